// The app's workbook workers, addressed the way Vite bundles them (a literal `new URL(…, import.meta.url)` next to
// `new Worker`), as module workers in Electron and in the browser build alike.
export const createImportWorker = () => new Worker(new URL('./workbook-import.worker.ts', import.meta.url), { type: 'module' });

export const createAnnotateWorker = () => new Worker(new URL('./workbook-annotate.worker.ts', import.meta.url), { type: 'module' });
