import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  // simple-peer 9 and readable-stream reference Node's `global`.
  define: { global: 'globalThis' },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: { '/socket.io': { target: 'http://127.0.0.1:8080', ws: true } },
  },
});
