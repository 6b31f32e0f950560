interface ImportMetaEnv {
  readonly VITE_EXIT_URL: string;
}

declare module 'virtual:safe-signs/bank' {
  import type { Bank } from './bank/schema';

  /** questions/bank.json, validated at build time by src/build/bank-plugin.ts. */
  const bank: Bank;
  export default bank;
}
