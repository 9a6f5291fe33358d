/**
 * The headers the app is served with, in one place for the dev and preview servers (vite.config.ts),
 * the service worker (src/app/pwa/isolation-headers.ts) and the README's advice to static hosts. Content-Security-Policy: only this origin's code,
 * styles, images and connections; WebAssembly compiled from bytes ('wasm-unsafe-eval': our kernels
 * and TF.js's); workers from this origin. No inline script and no eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The two headers that make a page cross-origin isolated, so its workers can share memory
 * (SharedArrayBuffer). Many static hosts cannot send them; the service worker then adds them.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Headers for the built app (vite preview, and what a static host should send). */
export const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

/**
 * The dev server's: Vite injects its React refresh preamble as an inline script and CSS as
 * <style> elements, and talks to the page over a WebSocket, so these three are allowed in dev only.
 */
export const devSecurityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
  'X-Content-Type-Options': 'nosniff',
};
