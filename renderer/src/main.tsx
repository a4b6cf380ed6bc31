// First: the database starts opening while everything else loads (see databaseOpening.ts).
import './app/databaseOpening';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
// Fonts are bundled: the app never fetches anything from the network.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
