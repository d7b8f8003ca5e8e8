/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// Served under /desk/ by the CDN; the callback page is the app itself, so the tokens it gets
// stay in this page's memory instead of crossing a page load.
export default defineConfig({
  base: '/desk/',
  build: {
    rollupOptions: {
      input: { main: 'index.html', callback: 'callback.html' },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
