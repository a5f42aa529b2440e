// What platform-page.ts puts on `window.platformPage`, shared with the test that drives it (no DOM types here).
export interface PlatformPageApi {
  shell: string;
  /** What the next click on #pick offers, and what that click gave. */
  accept: { name: string; extensions: string[] }[];
  picked?: Promise<{ name: string; bytes: number[] } | null>;
  /** What the next click on #save saves, and its result. */
  toSave: { name: string; bytes: number[] };
  saved?: Promise<{ name: string } | null>;
  /** What the next click on #open gave: the file's name, size and bytes 2–5 read by position. */
  opened?: Promise<{ name: string; size: number; slice: number[] } | null>;
  /**
   * How the next click on #stream saves toSave in three pieces: the download fallback ('download': the page hides
   * Chromium's save picker), or the File System Access picker answered with a file in the origin-private file system
   * that already holds "old" ('opfs'), committed or aborted. `streamed` is the result, `opfsText` the file after.
   */
  streamMode: { picker: 'download' | 'opfs'; finish: 'commit' | 'abort' };
  streamed?: Promise<{ name: string } | null>;
  opfsText(): Promise<string>;
  hasSavePicker: boolean;
  appInfo(): Promise<{ name: string; version: string; shell: string; runtime: string }>;
  /** The shell choosePlatform picks when a bridge is present. */
  shellWithBridge(): string;
}
