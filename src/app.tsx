export const App = () => (
  <main>
    <h1>Safe Signs</h1>
  </main>
);
