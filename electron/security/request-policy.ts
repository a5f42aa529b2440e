// Which requests the session lets through: the app's own files, and nothing that could leave the machine.
import { isAppUrl } from '../protocol/app-origin.ts';

/** Content the renderer made itself (inline images, generated downloads): no network involved. */
const IN_MEMORY_SCHEMES = new Set(['data:', 'blob:']);

export interface RequestPolicyOptions {
  /** The developer tools load their own pages from devtools://; they are only enabled outside production. */
  devtools: boolean;
}

export function isRequestAllowed(url: string, options: RequestPolicyOptions): boolean {
  if (isAppUrl(url)) return true;
  const scheme = schemeOf(url);
  return IN_MEMORY_SCHEMES.has(scheme) || (options.devtools && scheme === 'devtools:');
}

function schemeOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}
