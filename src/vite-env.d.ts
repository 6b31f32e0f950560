interface ImportMetaEnv {
  readonly VITE_EXIT_URL: string;
}
