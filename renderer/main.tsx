import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { memoryWorkspaceSetupTarget } from './app/workspace-setup.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The in-memory target stands in until renderer/storage's Dexie target is wired here (see workspace-setup.ts).
createRoot(container).render(
  <StrictMode>
    <App setupTarget={memoryWorkspaceSetupTarget()} />
  </StrictMode>,
);
