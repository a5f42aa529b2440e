// What the UI needs from the shell it runs in, chosen once at start (choose-platform.ts): Electron's dialogs through
// the preload bridge, or the browser's file input and downloads. Screens use this interface and never ask which.
/** A file type offered in the open dialog: 工作簿 → ['xlsx'], extensions without the dot. */
export interface FileType {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One of several files picked at once: its bytes, or why it could not be read (too large), in the clerk's words. */
export type PickedEntry = PickedFile | { readonly name: string; readonly unreadable: string };

export interface SavedFile {
  readonly name: string;
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly shell: 'electron' | 'browser';
  /** "Electron 45.4.1, Chromium 140…, win32 x64", or the browser's user agent. */
  readonly runtime: string;
}

/** The name and version the renderer was built as; the browser shell has no other source for them. */
export interface AppIdentity {
  readonly name: string;
  readonly version: string;
}

export interface Platform {
  readonly shell: 'electron' | 'browser';
  /** Lets the clerk choose one file of the given types; null when they cancel. */
  pickFile(accept: readonly FileType[]): Promise<PickedFile | null>;
  /**
   * Lets the clerk choose several files, or a whole folder (its files of the given types, sub-folders included);
   * null when they cancel. A file that could not be read is an entry saying why, so the others still arrive.
   */
  pickFiles(accept: readonly FileType[], options: { folder: boolean }): Promise<PickedEntry[] | null>;
  /** Offers `suggestedName` and writes the bytes; null when the clerk cancels (the browser cannot tell, so never). */
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<SavedFile | null>;
  /** Shows a saved file in the system file manager; absent in the browser, which keeps its own downloads list. */
  readonly revealInFolder?: (file: SavedFile) => Promise<void>;
  appInfo(): Promise<AppInfo>;
}
