import bank from 'virtual:safe-signs/bank';
import { Questionnaire, type QuestionnaireProps } from './questionnaire';

/** The questionnaire over the app's bank: the chunk that loads after the first screen. */
export const BankQuestionnaire = (props: Omit<QuestionnaireProps, 'bank'>) => (
  <Questionnaire bank={bank} {...props} />
);
