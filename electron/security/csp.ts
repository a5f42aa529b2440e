// The Content-Security-Policy sent with every app:// response (documents and worker scripts alike, since a worker
// takes its policy from its own response). Everything is the app's own origin; nothing may be loaded from elsewhere.
const DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'none'"]],
  // 'wasm-unsafe-eval' lets WebAssembly compile (hash-wasm's SM3 in core/crypto); JavaScript eval stays forbidden.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['worker-src', ["'self'"]],
  // antd's CSS-in-JS inserts <style> elements at run time.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  // These do not fall back to default-src.
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
