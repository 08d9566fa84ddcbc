// Builds the web page into dist/web as a static site that also works from a local folder (file://).

import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/** Module scripts and crossorigin links do not load from file://; a deferred classic script does. */
function classicScript(): Plugin {
  return {
    name: 'wuerr-classic-script',
    enforce: 'post',
    transformIndexHtml(html) {
      return html.replace(/<script type="module" crossorigin src=/g, '<script defer src=').replace(/ crossorigin(?=[ >])/g, '');
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [classicScript()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    cssCodeSplit: false,
    reportCompressedSize: false,
    rollupOptions: { output: { format: 'iife', inlineDynamicImports: true } },
  },
});
