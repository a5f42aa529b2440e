// Who may call the bridge: only the app's own page in the window's top frame. A frame that navigated away, an
// iframe or any other page is refused before its arguments are even looked at.
import { isAppUrl } from '../protocol/app-origin.ts';

/** The parts of Electron's WebFrameMain the check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export type SenderCheck = { ok: true } | { ok: false; reason: string };

export function checkSenderFrame(frame: SenderFrame | null | undefined): SenderCheck {
  if (!frame) return { ok: false, reason: 'the sending frame no longer exists' };
  if (frame.parent !== null) return { ok: false, reason: 'sent from a subframe, not the main frame' };
  if (!isAppUrl(frame.url)) return { ok: false, reason: 'sent from a page that is not the app' };
  return { ok: true };
}
