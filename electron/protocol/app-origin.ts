// The renderer's origin, fixed from the first release: IndexedDB data belongs to the origin, so changing the scheme
// or the host later would strand every clerk's catalog.
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'mulu';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * standard: a real origin, relative URLs and IndexedDB; secure: a secure context, like https; supportFetchAPI and
 * corsEnabled: module scripts, workers and fetch() of the app's own files. No other origin exists to use CORS.
 */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

/**
 * True only for the app's own pages: app://mulu/… with no credentials and no port. Compares scheme and host, never
 * `origin`: Node's URL reports the origin of a custom scheme as "null".
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password && !parsed.port;
}
