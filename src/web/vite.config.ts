import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web app's Vite root is this folder; the build lands in dist/web at the repository root, where the
// server serves it. Assets are never inlined as data: URIs, because the server's Content-Security-Policy
// allows only the page's own origin.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../../dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    sourcemap: false,
    // .vite/manifest.json maps each source to its chunk; scripts/web-size.ts reads it to size the
    // welcome page's initial JavaScript.
    manifest: true,
  },
  server: {
    // `npm run dev:web` talks to a server started separately with `npm start`.
    proxy: { "/api": "http://localhost:3000" },
  },
});
