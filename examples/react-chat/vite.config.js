import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// `npm run build` writes dist/, which the Python backend (server.py) serves.
// `npm run dev` serves the page with hot reload and passes /api to a backend
// already running on BACKEND_PORT (default 8080).
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", chunkSizeWarningLimit: 8000 },
  server: {
    host: "127.0.0.1",
    proxy: { "/api": `http://127.0.0.1:${process.env.BACKEND_PORT ?? "8080"}` },
  },
});
