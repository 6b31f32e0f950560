import {
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { catalogOf } from '../i18n/i18n';
import {
  findLanguage,
  referenceLanguage,
  type Language,
} from '../i18n/languages';
import { useSideBySide } from '../i18n/side-by-side';
import './language-switch.css';

export const languageSelectId = 'language-select';
const secondSelectId = 'second-language-select';

const subscribeToNothing = () => () => undefined;

// The prerendered start page has no script behind it: its switch is shown disabled, so the page does not shift when the script arrives,
// and with only the chosen option, so the first layout does not wait for the fonts of every language's name.
const useIsClient = () =>
  useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );

// Each language named in its own script, with its lang and dir.
const optionsFor = (languages: readonly Language[]) =>
  languages.map(({ code, meta }) => (
    <option key={code} value={code} lang={meta.htmlLang} dir={meta.dir}>
      {meta.nativeName}
    </option>
  ));

/** The language switch: the first language, a second one to show side by side, and a notice when a translation is unreviewed. */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation('ui');
  const { second, choose } = useSideBySide();
  const [pending, setPending] = useState<string>();
  const selectRef = useRef<HTMLSelectElement>(null);
  const isClient = useIsClient();

  const { languages } = catalogOf(i18n);
  const current = i18n.resolvedLanguage ?? referenceLanguage;
  const currentMeta = findLanguage(catalogOf(i18n), current)?.meta;

  const change = async (code: string) => {
    setPending(code);
    if (second?.code === code) await choose(undefined);
    await i18n.changeLanguage(code);
    setPending(undefined);
  };
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    void change(event.target.value);
  };
  const onSecondChange = (event: ChangeEvent<HTMLSelectElement>) => {
    void choose(event.target.value || undefined);
  };
  const readInEnglish = async () => {
    // The notice and its button go away in English; keep focus on the switch.
    await change(referenceLanguage);
    selectRef.current?.focus();
  };

  return (
    <section className="language-bar" aria-label={t('language.label')}>
      <div className="language-bar__field">
        <label htmlFor={languageSelectId}>{t('language.label')}</label>
        <select
          id={languageSelectId}
          ref={selectRef}
          disabled={!isClient}
          value={pending ?? current}
          onChange={onChange}
        >
          {optionsFor(
            languages.filter(({ code }) => isClient || code === current),
          )}
        </select>
      </div>
      {languages.length > 1 && (
        <div className="language-bar__field">
          <label htmlFor={secondSelectId}>{t('language.sideBySide')}</label>
          <select
            id={secondSelectId}
            disabled={!isClient}
            value={second?.code ?? ''}
            onChange={onSecondChange}
          >
            <option value="">{t('language.sideBySideOff')}</option>
            {optionsFor(
              languages.filter(({ code }) => isClient && code !== current),
            )}
          </select>
        </div>
      )}
      {currentMeta && !currentMeta.reviewed && (
        <p className="language-bar__notice">
          {t('language.unreviewed')}{' '}
          <button
            type="button"
            className="language-bar__english"
            onClick={() => void readInEnglish()}
          >
            {t('language.readInEnglish')}
          </button>
        </p>
      )}
    </section>
  );
};
