const stringFile =
  /\/locales\/([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\/(?:ui|flow|bank)\.json$/;

/** Names the chunk for a language's string files (`locale-es`), so each language other than English loads as one file. */
export const localeChunkName = (moduleId: string): string | null => {
  const code = stringFile.exec(moduleId.replaceAll('\\', '/'))?.[1];
  return code && code !== 'en' ? `locale-${code}` : null;
};
