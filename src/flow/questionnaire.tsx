import { useCallback, useState, type ReactNode } from 'react';
import type { Bank, Region } from '../bank/schema';
import './questionnaire.css';
import type { Perspective } from '../bank/schema';
import { QuestionnaireSession } from './questionnaire-session';
import { regionFromLanguages } from './region-from-languages';

export type QuestionnaireProps = {
  bank: Bank;
  intro?: ReactNode;
  /** From `readStartParams`; an unknown region falls back to the browser's or the bank's default. */
  initialRegion?: Region;
  initialPerspective?: Perspective;
};

// The build prerenders the start page in Node, where there may be no navigator.
const browserLanguages = (): readonly string[] => {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0
    ? navigator.languages
    : [navigator.language];
};

export const Questionnaire = ({
  bank,
  intro,
  initialRegion,
  initialPerspective,
}: QuestionnaireProps) => {
  const [session, setSession] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const startOver = useCallback(() => setSession((count) => count + 1), []);
  const region =
    initialRegion && bank.regions.some(({ id }) => id === initialRegion)
      ? initialRegion
      : regionFromLanguages(bank, browserLanguages());
  return (
    <>
      {/* A new key remounts the session, so start over keeps nothing of the last one. */}
      <QuestionnaireSession
        key={session}
        bank={bank}
        intro={intro}
        initialRegion={region}
        initialPerspective={initialPerspective}
        focusOnMount={session > 0}
        onAnnounce={setAnnouncement}
        onStartOver={startOver}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
};
