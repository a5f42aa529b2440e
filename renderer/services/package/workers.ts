// The packaging worker as Vite bundles it (a module worker in Electron and in the browser build alike).
export const createPackWorker = () => new Worker(new URL('./pack.worker.ts', import.meta.url), { type: 'module' });
