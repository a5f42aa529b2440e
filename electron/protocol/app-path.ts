// Maps an app:// URL to a file under the built renderer folder, or refuses it. Only plain names are served: a
// segment must be letters, digits, '_', '-' and inner dots, so '..', encoded characters (%2e, %2f, %5c, double
// encoding), backslashes, drive letters, dot files and Windows device names never reach the file system.
import nodePath from 'node:path';
import { isAppUrl } from './app-origin.ts';

export type AppPathResult = { ok: true; path: string } | { ok: false; reason: string };

/** The path API of the host (node:path); tests pass path.win32 or path.posix to check both. */
export type PathApi = Pick<typeof nodePath, 'resolve' | 'sep' | 'isAbsolute'>;

const SEGMENT = /^[A-Za-z0-9_-](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(?:\.|$)/i;
const MAX_SEGMENT_LENGTH = 255;
const MAX_DEPTH = 16;

export function resolveAppPath(rootDir: string, url: string, path: PathApi = nodePath): AppPathResult {
  if (!path.isAbsolute(rootDir)) return { ok: false, reason: 'the renderer folder is not an absolute path' };
  if (!isAppUrl(url)) return { ok: false, reason: 'not an app:// URL of this app' };
  const pathname = new URL(url).pathname;
  const segments = pathname === '/' ? ['index.html'] : pathname.slice(1).split('/');
  if (segments.length > MAX_DEPTH) return { ok: false, reason: 'path too deep' };
  for (const segment of segments) {
    if (segment.length > MAX_SEGMENT_LENGTH || !SEGMENT.test(segment) || WINDOWS_DEVICE.test(segment)) {
      return { ok: false, reason: `refused path segment ${JSON.stringify(segment)}` };
    }
  }
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  // Unreachable with the segment rule above; kept as the last line of defence should that rule ever be loosened.
  if (!resolved.startsWith(root + path.sep)) return { ok: false, reason: 'path escapes the renderer folder' };
  return { ok: true, path: resolved };
}
