import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer: built to dist/renderer with relative URLs, so the same files load from app:// and from the web host. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
