// Test page: the app's providers and error boundary around a component that fails to render, to show what the
// clerk sees when the interface breaks.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '../../../renderer/app/AppProviders.tsx';
import { ErrorBoundary } from '../../../renderer/app/ErrorBoundary.tsx';
import { createI18n } from '../../../renderer/i18n/i18n.ts';

function Broken(): never {
  throw new Error('测试：界面渲染失败');
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  createElement(AppProviders, { i18n: createI18n(), children: createElement(ErrorBoundary, { children: createElement(Broken) }) }),
);
