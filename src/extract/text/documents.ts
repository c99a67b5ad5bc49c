import type { DocumentFact } from '../../core/facts.js';
import type { TextExtractor } from '../types.js';

const PROSE = /\.(?:md|mdx|markdown|txt|rst|html?)$/i;

/** Prose documents and their headings: runbooks, policies, READMEs. */
export const documentsExtractor: TextExtractor = {
  id: 'documents',
  accepts: (path) => PROSE.test(path),
  extract(path, text, facts) {
    const doc: DocumentFact = { path, headings: [], lines: 0 };
    const lines = text.split('\n');
    doc.lines = lines.length;
    const html = /\.html?$/i.test(path);
    let fenced = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) continue;
      const md = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
      if (md && !html) {
        doc.headings.push({ level: md[1]!.length, text: md[2]!, line: i + 1 });
        continue;
      }
      const h = /<h([1-6])[^>]*>(.*?)<\/h\1>/i.exec(line);
      if (h) doc.headings.push({ level: Number(h[1]), text: h[2]!.replace(/<[^>]+>/g, '').trim(), line: i + 1 });
      // reStructuredText: a title underlined with = - ~
      if (!html && i > 0 && /^(={3,}|-{3,}|~{3,})\s*$/.test(line) && /\S/.test(lines[i - 1]!) && path.endsWith('.rst')) {
        doc.headings.push({ level: line.startsWith('=') ? 1 : 2, text: lines[i - 1]!.trim(), line: i });
      }
    }
    facts.documents.push(doc);
  },
};
