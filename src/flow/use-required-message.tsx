import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bankContext } from '../i18n/perspective';
import { SecondText, useSideBySide } from '../i18n/side-by-side';
import { requiredMessage } from './required-message';

/** The message for an unanswered question in the current language, and in the side-by-side language under it when one is chosen. */
export const useRequiredMessage = (perspective: string | undefined) => {
  const { i18n } = useTranslation();
  const { second } = useSideBySide();
  const context = bankContext(perspective);
  const messageIn = (lng: string | null, id: string): string => {
    const bankT = i18n.getFixedT(lng, 'bank');
    const flowT = i18n.getFixedT(lng, 'flow');
    const options = lng ? { ns: 'bank', lng } : { ns: 'bank' };
    const optional = (key: string) =>
      i18n.exists(key, options) ? bankT(key, { context }) : undefined;
    return requiredMessage({
      error: optional(`questions.${id}.error`),
      label: optional(`questions.${id}.label`),
      question: bankT(`questions.${id}.text`, { context }),
      withLabel: (label) => flowT('errors.required', { label }),
      withQuestion: (question) =>
        flowT('errors.requiredQuestion', { question }),
    });
  };
  return (id: string): ReactNode =>
    second ? (
      <>
        {messageIn(null, id)}{' '}
        <SecondText language={second}>{messageIn(second.code, id)}</SecondText>
      </>
    ) : (
      messageIn(null, id)
    );
};
