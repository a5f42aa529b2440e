// What the build says about itself, for 关于: set by vite.config.ts's `define`. Pages the tests bundle without Vite
// have none of it, hence the fallbacks.
declare const __MULU_VERSION__: string | undefined;
declare const __MULU_LICENCE__: string | undefined;
declare const __MULU_BUILD_DATE__: string | undefined;

export const BUILD_INFO = {
  version: typeof __MULU_VERSION__ === 'string' ? __MULU_VERSION__ : 'dev',
  licence: typeof __MULU_LICENCE__ === 'string' ? __MULU_LICENCE__ : 'UNLICENSED',
  buildDate: typeof __MULU_BUILD_DATE__ === 'string' ? __MULU_BUILD_DATE__ : '',
} as const;

/** Files the renderer build ships beside index.html (scripts/lib/shipped-texts-plugin.ts), relative to the page. */
export const NOTICES_URL = './third-party-notices.txt';
export const LICENCE_URL = './LICENSE.txt';
