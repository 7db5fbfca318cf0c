// Vite builds the renderer (root renderer/) into dist/renderer with relative asset URLs, so the
// same build loads from app://kfq in Electron and from the browser shell's HTTP server.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  // Resolved from this file, so building works from any working directory.
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Electron 40 ships Chromium 144; the browser shell targets a current Chromium as well.
    target: 'chrome120',
    sourcemap: true,
    chunkSizeWarningLimit: 2_000,
  },
});
