// What the UI needs from the shell it runs in, chosen once at start (choose-platform.ts): Electron's dialogs through
// the preload bridge, or the browser's file input and downloads. Screens use this interface and never ask which.
import type { RandomAccessSource } from '../../../core/zip/stream-reader.ts';

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

/** A file the clerk picked, read by position and never whole (a workspace backup); closed when done. */
export interface OpenedFile extends RandomAccessSource {
  readonly name: string;
  close(): Promise<void>;
}

/**
 * A file being saved piece by piece (a workspace backup): nothing is at the chosen place until `commit`, which makes
 * the whole file appear at once; `abort` (a wrong passphrase, a failure half-way) leaves nothing.
 */
export interface FileStream {
  readonly name: string;
  write(bytes: Uint8Array): Promise<void>;
  commit(): Promise<SavedFile>;
  abort(): Promise<void>;
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
  /** Lets the clerk choose one file to read by position (openFile's bytes are never all in memory); null when they cancel. */
  openFile(accept: readonly FileType[]): Promise<OpenedFile | null>;
  /** Asks where to save `suggestedName` first, then takes the bytes piece by piece; null when the clerk cancels. */
  saveStream(suggestedName: string, type: FileType): Promise<FileStream | null>;
  /** Shows a saved file in the system file manager; absent in the browser, which keeps its own downloads list. */
  readonly revealInFolder?: (file: SavedFile) => Promise<void>;
  appInfo(): Promise<AppInfo>;
}
