// First: the database starts opening while everything else loads (see databaseOpening.ts).
import './app/databaseOpening';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// The font's stylesheet loads beside the app, not before its first paint (see app/fonts.ts).
// Should it fail, the system fonts named after Noto Sans SC stay in use.
import('./app/fonts').catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
