import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in web/; `npm run dev` serves it with hot reload and
// proxies the API to the service on :8080.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:8080', headers: { origin: 'http://localhost:8080' } },
      '/health': 'http://localhost:8080',
    },
  },
});
