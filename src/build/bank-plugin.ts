import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readBankFile, readBankStrings } from '../cli/read-bank-file.ts';

/** The validated bank, as the app imports it: checked here, so the browser ships neither zod nor the loader. */
export const bankModuleId = 'virtual:safe-signs/bank';
const resolvedBankModuleId = `\0${bankModuleId}`;

/** Fails the build, naming the file and each path, when questions/bank.json or locales/en/bank.json is broken; serves the checked bank as a module. */
export const bankPlugin = (
  files = { bank: 'questions/bank.json', strings: 'locales/en/bank.json' },
): Plugin => {
  let root = process.cwd();
  const bankFile = () => join(root, files.bank);
  return {
    name: 'safe-signs-bank',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const stringsFile = join(root, files.strings);
      this.addWatchFile(bankFile());
      this.addWatchFile(stringsFile);
      readBankStrings(
        readBankFile(bankFile(), files.bank),
        stringsFile,
        files.strings,
      );
    },
    resolveId(id) {
      return id === bankModuleId ? resolvedBankModuleId : undefined;
    },
    load(id) {
      if (id !== resolvedBankModuleId) return undefined;
      this.addWatchFile(bankFile());
      const bank = readBankFile(bankFile(), files.bank);
      // JSON.parse of a string literal is faster to start than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bank))});`;
    },
  };
};
