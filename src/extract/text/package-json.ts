import type { TextExtractor } from '../types.js';

/**
 * package.json: its name and scripts (so a CI step `pnpm --filter @acme/api ci` can be followed to
 * `vitest run` in apps/api) and an embedded Renovate configuration (`"renovate": { … }`).
 */
export const packageJsonExtractor: TextExtractor = {
  id: 'package-json',
  accepts: (p) => /(?:^|\/)package\.json$/.test(p),
  extract(p, content, facts) {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (error) {
      facts.problems.push({ kind: 'notice', line: null, message: `could not be read as JSON: ${(error as Error).message}` });
      return;
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) return;
    const manifest = data as Record<string, unknown>;
    const lines = content.split('\n');
    const lineOf = (key: string) => lines.findIndex((l) => l.includes(`"${key}"`)) + 1 || 1;
    if (typeof manifest.name === 'string' && manifest.name) facts.packages.push({ name: manifest.name, line: lineOf('name') });
    const scripts = manifest.scripts;
    if (scripts && typeof scripts === 'object' && !Array.isArray(scripts)) {
      for (const [name, command] of Object.entries(scripts as Record<string, unknown>)) {
        if (typeof command === 'string') facts.scripts.push({ runner: 'npm', name, command, line: lineOf(name) });
      }
    }
    const renovate = manifest.renovate;
    if (renovate !== undefined) {
      const line = lineOf('renovate');
      const problems: string[] = [];
      if (!renovate || typeof renovate !== 'object' || Array.isArray(renovate)) problems.push('the "renovate" key is not a configuration object');
      else if ((renovate as Record<string, unknown>).enabled === false) problems.push('Renovate is switched off ("enabled": false)');
      if (p !== 'package.json') problems.push('Renovate reads the "renovate" key only from the root package.json');
      facts.dependencyUpdates.push({ tool: 'renovate', location: { path: p, startLine: line, endLine: line, startColumn: 1, endColumn: 1 }, problems, ecosystems: ['*'] });
    }
  },
};
