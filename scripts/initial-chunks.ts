/** One entry of Vite's build manifest (dist/web/.vite/manifest.json). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/**
 * The JavaScript files a page loads before it can show anything: the chunks named by `keys` and,
 * recursively, their static imports (dynamic imports are left out: they load later, on demand).
 * Returns output file names in a stable order. Throws on a key the manifest does not have.
 * O(chunks + import edges).
 *
 * Example: `initialChunks(manifest, ["index.html", "pages/welcome/welcome-page.tsx"])`.
 */
export function initialChunks(manifest: Manifest, keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`initialChunks requires a manifest entry for "${key}"`);
    seen.add(key);
    if (chunk.file.endsWith(".js")) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return files;
}
