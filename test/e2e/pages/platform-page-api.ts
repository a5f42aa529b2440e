// What platform-page.ts puts on `window.platformPage`, shared with the test that drives it (no DOM types here).
export interface PlatformPageApi {
  shell: string;
  /** What the next click on #pick offers, and what that click gave. */
  accept: { name: string; extensions: string[] }[];
  picked?: Promise<{ name: string; bytes: number[] } | null>;
  /** What the next click on #save saves, and its result. */
  toSave: { name: string; bytes: number[] };
  saved?: Promise<{ name: string } | null>;
  appInfo(): Promise<{ name: string; version: string; shell: string; runtime: string }>;
  /** The shell choosePlatform picks when a bridge is present. */
  shellWithBridge(): string;
}
