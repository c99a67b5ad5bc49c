import { isPlaceholder } from '../secrets.js';
import type { TextExtractor } from '../types.js';

const DOTENV = /(?:^|\/)\.env(?:\.[\w.-]+)?$/;

/** Variables declared for a deployment: `.env.example` and friends (deployment configuration is read by deployment-config.ts). */
export const envDeclarationsExtractor: TextExtractor = {
  id: 'env-declarations',
  accepts: (path) => DOTENV.test(path),
  extract(path, text, facts) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^#\s]*))/.exec(lines[i]!);
      if (!m) continue;
      const raw = m[2] ?? m[3] ?? m[4] ?? '';
      const value = raw === '' ? 'empty' : isPlaceholder(raw) ? 'placeholder' : 'set';
      facts.envDeclarations.push({ name: m[1]!, location: { path, startLine: i + 1, endLine: i + 1, startColumn: 1, endColumn: lines[i]!.length + 1 }, source: 'dotenv', value });
    }
  },
};
