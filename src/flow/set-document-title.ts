export const setDocumentTitle = (title: string): void => {
  document.title = title;
};
