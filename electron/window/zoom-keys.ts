// Zoom and full screen from the keyboard. The application menu is removed (its defaults offer reload, devtools and
// links out), and with it went Ctrl+= / Ctrl+- / Ctrl+0 and F11, which clerks with 1366x768 screens and poor
// eyesight need. These keys are handled here instead, before the page sees them; nothing else is added back.

/** The subset of Electron's Input that decides a key. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
}

export type WindowKeyAction = 'zoomIn' | 'zoomOut' | 'zoomReset' | 'fullScreen';

/** The action a key press asks for, or undefined for every other key (the page handles those). */
export function windowKeyAction(input: KeyInput): WindowKeyAction | undefined {
  if (input.type !== 'keyDown' || input.alt) return undefined;
  if (input.key === 'F11' && !input.control && !input.meta) return 'fullScreen';
  if (!(input.control || input.meta)) return undefined;
  switch (input.key) {
    case '=':
    case '+':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
    case '0':
      return 'zoomReset';
    default:
      return undefined;
  }
}

/** Chromium's own zoom steps, so Mulu zooms like the browser a clerk knows. */
export const ZOOM_FACTORS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

/** The next zoom factor from the current one (which may lie between steps); stays within the list's ends. */
export function nextZoomFactor(current: number, action: 'zoomIn' | 'zoomOut' | 'zoomReset'): number {
  if (action === 'zoomReset') return 1;
  const epsilon = 1e-3;
  if (action === 'zoomIn') return ZOOM_FACTORS.find((f) => f > current + epsilon) ?? ZOOM_FACTORS[ZOOM_FACTORS.length - 1]!;
  return [...ZOOM_FACTORS].reverse().find((f) => f < current - epsilon) ?? ZOOM_FACTORS[0];
}
