// First: the database starts opening while everything else loads (see databaseOpening.ts).
import { databaseOpened } from './app/databaseOpening';
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
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// A quick open (the usual case) goes straight to the library: no frame of DatabaseGate's
// spinner first, whose render and layout would hold up the library's. A slow one (an upgrade,
// and the backup before it) shows the spinner after 250 ms.
void Promise.race([databaseOpened, new Promise((resolve) => setTimeout(resolve, 250))]).then(render);
