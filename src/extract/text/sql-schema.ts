import type { TextExtractor } from '../types.js';

const CREATE_TABLE = /\bcreate\s+(?:(?:global\s+|local\s+)?(?:temporary|temp)\s+|unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?((?:[`"[]?[\w$]+[`"\]]?\s*\.\s*)?[`"[]?[\w$]+[`"\]]?)\s*\(/gi;
/** Entries of a table body that declare constraints, not columns. */
const CONSTRAINT = /^(?:constraint|primary|unique|foreign|check|key|index|exclude|like|fulltext|spatial)\b/i;

/**
 * SQL schema files (`migrations/001_schema.sql`, `schema.sql`): each `CREATE TABLE password_resets (… expires_at …)`
 * declares a table, named by the table, with its columns. Code reaches it through raw SQL or a query builder
 * (`text("DELETE FROM password_resets …")`, `db('password_resets')`). A table an ORM model also declares (a Prisma
 * migration's `migration.sql`) is the model's: the rules keep one declaration per table.
 */
export const sqlSchemaExtractor: TextExtractor = {
  id: 'sql-schema',
  accepts: (path) => path.toLowerCase().endsWith('.sql'),
  extract(path, text, facts) {
    // Comments blanked out with spaces, so offsets and line numbers stay those of the file.
    const code = text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
    for (const m of code.matchAll(CREATE_TABLE)) {
      const open = m.index + m[0].length - 1;
      const body = tableBody(code, open);
      if (!body) continue;
      const { entries, close } = body;
      const name = unquote(m[1]!.split('.').pop()!.trim());
      const fields: string[] = [];
      for (const entry of entries) {
        if (CONSTRAINT.test(entry)) continue;
        const column = /^([`"[]?)([\w$]+)[`"\]]?/.exec(entry);
        if (column) fields.push(column[2]!);
      }
      const startLine = lineAt(code, m.index);
      const endLine = lineAt(code, close);
      const lastLine = code.split('\n')[endLine - 1] ?? '';
      facts.models.push({ name, fields, orm: 'sql', location: { path, startLine, endLine, startColumn: 1, endColumn: lastLine.length + 1 }, table: name });
    }
  },
};

/**
 * The table body whose `(` is at `open`: its comma-separated entries (commas inside parentheses or strings left alone)
 * and the index of its closing `)`; null when it never closes.
 */
function tableBody(code: string, open: number): { entries: string[]; close: number } | null {
  const entries: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = open + 1;
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) {
      entries.push(code.slice(start, i).trim());
      return { entries: entries.filter((e) => e !== ''), close: i };
    } else if (c === ',' && depth === 1) {
      entries.push(code.slice(start, i).trim());
      start = i + 1;
    }
  }
  return null;
}

function unquote(name: string): string {
  return name.replace(/^[`"[]|[`"\]]$/g, '');
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
