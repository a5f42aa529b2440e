// The keys that replace the removed menu's zoom and full screen, and the zoom steps they walk.
import { describe, expect, it } from 'vitest';
import { nextZoomFactor, windowKeyAction, ZOOM_FACTORS } from '../../../electron/window/zoom-keys.ts';

const key = (k: string, mods: Partial<{ control: boolean; meta: boolean; alt: boolean; type: string }> = {}) =>
  windowKeyAction({ type: 'keyDown', key: k, control: false, meta: false, alt: false, ...mods });

describe('windowKeyAction', () => {
  it('maps Ctrl+= / Ctrl++ / Ctrl+- / Ctrl+0 and F11', () => {
    expect(key('=', { control: true })).toBe('zoomIn');
    expect(key('+', { control: true })).toBe('zoomIn');
    expect(key('-', { control: true })).toBe('zoomOut');
    expect(key('_', { control: true })).toBe('zoomOut');
    expect(key('0', { control: true })).toBe('zoomReset');
    expect(key('0', { meta: true })).toBe('zoomReset');
    expect(key('F11')).toBe('fullScreen');
  });

  it('leaves everything else to the page: plain keys, Alt combinations, key releases, other shortcuts', () => {
    expect(key('=')).toBeUndefined();
    expect(key('0')).toBeUndefined();
    expect(key('=', { control: true, alt: true })).toBeUndefined();
    expect(key('=', { control: true, type: 'keyUp' })).toBeUndefined();
    expect(key('z', { control: true })).toBeUndefined();
    expect(key('r', { control: true })).toBeUndefined();
    expect(key('F12')).toBeUndefined();
    expect(key('F11', { control: true })).toBeUndefined();
  });
});

describe('nextZoomFactor', () => {
  it('walks Chromium’s steps and stops at both ends', () => {
    let f = 1;
    const up: number[] = [];
    for (let i = 0; i < ZOOM_FACTORS.length; i++) up.push((f = nextZoomFactor(f, 'zoomIn')));
    expect(up.slice(0, 3)).toEqual([1.1, 1.25, 1.5]);
    expect(up.at(-1)).toBe(3);
    expect(nextZoomFactor(3, 'zoomIn')).toBe(3);
    expect(nextZoomFactor(0.5, 'zoomOut')).toBe(0.5);
    expect(nextZoomFactor(1, 'zoomOut')).toBe(0.9);
  });

  it('steps from a factor between steps to the neighbouring step, and resets to 100 %', () => {
    expect(nextZoomFactor(1.2, 'zoomIn')).toBe(1.25);
    expect(nextZoomFactor(1.2, 'zoomOut')).toBe(1.1);
    expect(nextZoomFactor(2.5, 'zoomReset')).toBe(1);
  });
});
