import {
  startTransition,
  useEffect,
  useState,
  type ComponentType,
} from 'react';
import { useTranslation } from 'react-i18next';
import { addEnglishBank } from '../i18n/english-bank';
import { loadEnglishBank } from '../i18n/load-english-bank';
import { StartPage } from '../screens/start/start-page';
import type { QuestionnaireProps } from './questionnaire';
import './flow.css';

type LazyQuestionnaireProps = Omit<QuestionnaireProps, 'bank'>;

const importQuestionnaire = () => import('./bank-questionnaire');
let questionnaireChunk: ReturnType<typeof importQuestionnaire> | undefined;

/** Starts fetching the questionnaire and the English bank strings; main.tsx calls it before hydrating, so the download overlaps that work. */
export const preloadQuestionnaire = () => {
  if (!questionnaireChunk) {
    questionnaireChunk = importQuestionnaire();
    // LazyQuestionnaire reports a failure when it waits for these; until then it is no unhandled rejection.
    questionnaireChunk.catch(() => undefined);
    loadEnglishBank().catch(() => undefined);
  }
  return questionnaireChunk;
};

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ready'; Questionnaire: ComponentType<LazyQuestionnaireProps> }
  | { kind: 'failed'; error: unknown };

/**
 * The questionnaire with its bank, loaded as soon as the app runs. Until it arrives the start page
 * shows as prerendered, without choices: they appear when they work (DESIGN.md 6 and 10).
 */
export const LazyQuestionnaire = (props: LazyQuestionnaireProps) => {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    Promise.all([preloadQuestionnaire(), addEnglishBank(i18n)]).then(
      ([{ BankQuestionnaire }]) => {
        if (!current) return;
        // In slices, so a slow phone stays responsive while the choices render.
        startTransition(() => {
          setLoaded({ kind: 'ready', Questionnaire: BankQuestionnaire });
        });
      },
      (error: unknown) => {
        if (current) setLoaded({ kind: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [i18n]);

  // The error boundary above shows a plain message.
  if (loaded.kind === 'failed') throw loaded.error;
  if (loaded.kind === 'ready') return <loaded.Questionnaire {...props} />;
  return (
    <div className="questionnaire">
      <StartPage intro={props.intro} phone={undefined} />
    </div>
  );
};
