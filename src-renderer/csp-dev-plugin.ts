import type { Plugin } from 'vite';

/**
 * The dev server's hot reload needs an inline preamble script and a websocket,
 * which the production CSP forbids. Relax it only while serving; every build
 * keeps the strict policy from index.html untouched.
 */
export function relaxCspWhileServing(): Plugin {
  return {
    name: 'klachtenbalie-relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(
        "script-src 'self';",
        "script-src 'self' 'unsafe-inline'; connect-src 'self' ws: http://localhost:*;",
      );
    },
  };
}
