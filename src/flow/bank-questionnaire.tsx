import bank from 'virtual:safe-signs/bank';
import { Questionnaire, type QuestionnaireProps } from './questionnaire';

export { addEnglishBank } from '../i18n/english-bank';

/** The questionnaire over the app's bank: the chunk that loads after the first screen. */
export const BankQuestionnaire = (props: Omit<QuestionnaireProps, 'bank'>) => (
  <Questionnaire bank={bank} {...props} />
);
