/// <reference types="vitest/config" />
import { type Plugin, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The production page's Content-Security-Policy: no inline or remote script, no eval, no
 * plugins, nothing sent anywhere but this origin. Inline styles stay allowed because React Flow
 * and KaTeX position elements with style attributes. Only the build gets it: the dev server's
 * hot-reload preamble is an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'causeway-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 900 },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/property/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/support/testing-library.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
