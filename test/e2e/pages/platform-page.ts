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

(window as unknown as { platformPage: PlatformPageApi }).platformPage = page;
