import type { TextExtractor } from '../types.js';

/** Prisma schema models and their fields. */
export const prismaSchemaExtractor: TextExtractor = {
  id: 'prisma-schema',
  accepts: (path) => path.endsWith('.prisma'),
  extract(path, text, facts) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = /^\s*model\s+(\w+)\s*\{/.exec(lines[i]!);
      if (!m) continue;
      const fields: string[] = [];
      let j = i + 1;
      for (; j < lines.length && !/^\s*\}/.test(lines[j]!); j++) {
        const f = /^\s*(\w+)\s+\w/.exec(lines[j]!);
        if (f && !lines[j]!.trim().startsWith('//')) fields.push(f[1]!);
      }
      facts.models.push({
        name: m[1]!,
        fields,
        orm: 'prisma',
        location: { path, startLine: i + 1, endLine: j + 1, startColumn: 1, endColumn: (lines[j] ?? '').length + 1 },
      });
      i = j;
    }
  },
};
