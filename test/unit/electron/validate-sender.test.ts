// Only the app's own page, in the window's top frame, may call main.
import { describe, expect, it } from 'vitest';
import { checkSenderFrame } from '../../../electron/ipc/validate-sender.ts';

const top = (url: string) => ({ url, parent: null });

describe('checkSenderFrame', () => {
  it.each(['app://mulu/index.html', 'app://mulu/', 'app://mulu/index.html#/catalog?x=1'])('accepts the app main frame at %s', (url) => {
    expect(checkSenderFrame(top(url))).toEqual({ ok: true });
  });

  it('refuses a frame that no longer exists', () => {
    expect(checkSenderFrame(null)).toMatchObject({ ok: false, reason: expect.stringMatching(/no longer exists/) });
    expect(checkSenderFrame(undefined)).toMatchObject({ ok: false });
  });

  it('refuses a subframe, even one at an app:// URL', () => {
    expect(checkSenderFrame({ url: 'app://mulu/index.html', parent: top('app://mulu/index.html') })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/subframe/),
    });
  });

  it.each([
    'https://example.com/',
    'http://mulu/index.html',
    'file:///C:/app/index.html',
    'app://evil/index.html',
    'app://mulu.evil/index.html',
    'app://mulu:8080/index.html',
    'app://user@mulu/index.html',
    'app://user:pw@mulu/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,<p>hi',
    '',
    'not a url',
  ])('refuses a main frame at %s', (url) => {
    expect(checkSenderFrame(top(url))).toMatchObject({ ok: false, reason: expect.stringMatching(/not the app/) });
  });
});
