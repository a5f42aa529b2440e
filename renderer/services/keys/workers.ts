// The key worker as Vite bundles it (a module worker in Electron and in the browser build alike).
export const createKeystoreWorker = () => new Worker(new URL('./keystore.worker.ts', import.meta.url), { type: 'module' });
