import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The dev server forwards /api to a running engine (Karaf listens on 8181 by default).
const engineUrl = process.env.WAVEGRID_ENGINE_URL ?? 'http://127.0.0.1:8181';

export default defineConfig({
  plugins: [react()],
  // Relative asset links: the page keeps working if Karaf ever serves it below a path other than /.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: engineUrl, changeOrigin: true },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
  },
});
