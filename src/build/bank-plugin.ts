import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readBankFile, readBankStrings } from '../cli/read-bank-file.ts';

/** Fails the build, naming the file and each path, when questions/bank.json or locales/en/bank.json is broken. */
export const bankPlugin = (
  files = { bank: 'questions/bank.json', strings: 'locales/en/bank.json' },
): Plugin => {
  let root = process.cwd();
  return {
    name: 'safe-signs-bank',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const bankFile = join(root, files.bank);
      const stringsFile = join(root, files.strings);
      this.addWatchFile(bankFile);
      this.addWatchFile(stringsFile);
      readBankStrings(
        readBankFile(bankFile, files.bank),
        stringsFile,
        files.strings,
      );
    },
  };
};
