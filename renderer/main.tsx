import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { version } from '../package.json';
import { App } from './app/App.tsx';
import { choosePlatform } from './services/platform/choose-platform.ts';
import { openAppBackend } from './services/session/app-backend.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const platform = choosePlatform({ name: '目录 Mulu', version });

createRoot(container).render(
  <StrictMode>
    <App openBackend={openAppBackend} platform={platform} />
  </StrictMode>,
);
