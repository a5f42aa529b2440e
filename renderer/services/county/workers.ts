// The inbox worker as Vite bundles it (a module worker in Electron and in the browser build alike).
export const createInboxWorker = () => new Worker(new URL('./inbox.worker.ts', import.meta.url), { type: 'module' });
