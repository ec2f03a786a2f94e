// The bare yardstick page, built with the dashboard's Vite and build settings (see ../../../vite.config.ts).
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true, emptyOutDir: true },
  logLevel: 'warn',
})
