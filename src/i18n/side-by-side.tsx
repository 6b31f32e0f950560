import {
  createContext,
  Fragment,
  useContext,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { TOptions } from 'i18next';
import { catalogOf } from './i18n';
import { findLanguage, type Language, type Namespace } from './languages';
import './side-by-side.css';

type SideBySideState = {
  second: string | undefined;
  setSecond: (code: string | undefined) => void;
};

const SideBySideContext = createContext<SideBySideState>({
  second: undefined,
  setSecond: () => undefined,
});

/** Holds the second language in memory only; nothing remembers it. */
export const SideBySideProvider = ({ children }: { children: ReactNode }) => {
  const [second, setSecond] = useState<string>();
  return (
    <SideBySideContext value={{ second, setSecond }}>
      {children}
    </SideBySideContext>
  );
};

/** The second language, when one is chosen and differs from the first, and a way to choose it (loading its strings first). */
export const useSideBySide = () => {
  const { second, setSecond } = useContext(SideBySideContext);
  const { i18n } = useTranslation();
  const language: Language | undefined =
    second && second !== i18n.resolvedLanguage
      ? findLanguage(catalogOf(i18n), second)
      : undefined;
  const choose = async (code: string | undefined) => {
    if (code) await i18n.loadLanguages(code);
    setSecond(code);
  };
  return { second: language, choose };
};

type SecondTextProps = { language: Language; children: ReactNode };

/** A block in the side-by-side language, with its own lang and dir. */
export const SecondText = ({ language, children }: SecondTextProps) => (
  <span
    className="side-by-side__second"
    lang={language.meta.htmlLang}
    dir={language.meta.dir}
  >
    {children}
  </span>
);

type BothText = (key: string, options?: TOptions) => ReactNode;

/** Returns `both(key, options)`: the text in the first language and, when side by side is on, the second language's under it with its own lang and dir. */
export const useBoth = (ns: Namespace): BothText => {
  const { t, i18n } = useTranslation(ns);
  const { second } = useSideBySide();
  return (key, options) => {
    const first = t(key, options ?? {});
    if (!second) return first;
    const secondT = i18n.getFixedT(second.code, ns);
    return (
      <Fragment>
        {first}{' '}
        <SecondText language={second}>{secondT(key, options ?? {})}</SecondText>
      </Fragment>
    );
  };
};

type BothProps = { ns: Namespace; k: string; options?: TOptions };

/** One string in both languages; see useBoth. */
export const Both = ({ ns, k, options }: BothProps) => (
  <>{useBoth(ns)(k, options)}</>
);
