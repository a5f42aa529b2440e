// Where the window may go: nowhere but the app's own pages. Links to the outside are never followed (the app is
// offline by design), and new windows are always refused, so there is no policy to decide for them.
import { isAppUrl } from '../protocol/app-origin.ts';

export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}
