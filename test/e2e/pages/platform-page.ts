// Test page for the renderer's platform adapter in real Chromium: the platform is chosen as the app chooses it (no
// bridge here, so the browser one), and two buttons pick and save files through it, as the UI's buttons will.
import { choosePlatform } from '../../../renderer/services/platform/choose-platform.ts';
import type { PickedFile } from '../../../renderer/services/platform/platform.ts';
import type { PlatformPageApi } from './platform-page-api.ts';

const identity = { name: 'Mulu', version: '0.0.0-test' };
const platform = choosePlatform(identity);

const page: PlatformPageApi = {
  shell: platform.shell,
  accept: [],
  toSave: { name: 'empty.bin', bytes: [] },
  streamMode: { picker: 'download', finish: 'commit' },
  hasSavePicker: 'showSaveFilePicker' in globalThis,
  opfsText: async () => (await (await (await navigator.storage.getDirectory()).getFileHandle(OPFS_NAME)).getFile()).text(),
  appInfo: () => platform.appInfo(),
  // Any object at window.mulu makes the choice Electron's; no call is made here.
  shellWithBridge: () => choosePlatform(identity, { mulu: {} }).shell,
};

const plain = (file: PickedFile | null) => file && { name: file.name, bytes: [...file.bytes] };

const button = (id: string, onClick: () => void) => {
  const element = document.createElement('button');
  element.id = id;
  element.textContent = id;
  element.addEventListener('click', onClick);
  document.body.append(element);
};
button('pick', () => {
  page.picked = platform.pickFile(page.accept).then(plain);
});
button('save', () => {
  page.saved = platform.saveFile(page.toSave.name, new Uint8Array(page.toSave.bytes));
});

button('open', () => {
  page.opened = platform.openFile(page.accept).then(async (file) => {
    if (!file) return null;
    const slice = [...(await file.read(2, 4))];
    await file.close();
    return { name: file.name, size: file.size, slice };
  });
});

const OPFS_NAME = 'streamed.bin';
const scope = globalThis as { showSaveFilePicker?: unknown };
const chromiumPicker = scope.showSaveFilePicker;

/** A stand-in for the save dialog: the clerk "chooses" a file in the origin-private file system that holds "old". */
async function opfsPicker() {
  const root = await navigator.storage.getDirectory();
  const handle = await root.getFileHandle(OPFS_NAME, { create: true });
  const writable = await handle.createWritable();
  await writable.write('old');
  await writable.close();
  return handle;
}

button('stream', () => {
  const { picker, finish } = page.streamMode;
  if (picker === 'download') delete scope.showSaveFilePicker;
  else scope.showSaveFilePicker = opfsPicker;
  page.streamed = (async () => {
    const file = await platform.saveStream(page.toSave.name, { name: '工作区备份', extensions: ['mulu-backup'] });
    scope.showSaveFilePicker = chromiumPicker;
    if (!file) return null;
    const bytes = new Uint8Array(page.toSave.bytes);
    for (const cut of [[0, 3], [3, 4], [4, bytes.length]] as const) await file.write(bytes.slice(...cut));
    if (finish === 'abort') {
      await file.abort();
      return null;
    }
    return file.commit();
  })();
});

(window as unknown as { platformPage: PlatformPageApi }).platformPage = page;
