import type { SgNode } from '@ast-grep/napi';
import type { SourceExtractor } from '../types.js';
import { claimsFromBlocks, decodeEntities, PRIVACY_TEXT, type Block, type Segment } from '../text/privacy-policy.js';
import { unquote } from '../source.js';

/** Elements that sit inside a paragraph: their text belongs to the surrounding block. */
const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'code', 'small', 'mark', 'abbr', 'sup', 'sub', 'u', 'br', 'Link', 'Trans', 'FormattedMessage']);
/** Prose kept in string literals (a page built from an array of sections): long, with words. */
const PROSE_STRING = /^(?=[^\n]{40,})(?:\S+\s+){6,}\S/;

/**
 * Privacy-policy pages written as JSX/TSX (`app/privacy/page.tsx`, `pages/privacy.jsx`): the
 * text of the page, paragraph by paragraph, read from the tree and handed to the same
 * sentence reader as Markdown and HTML policies.
 */
export const privacyPageExtractor: SourceExtractor = {
  id: 'privacy-page',
  languages: ['tsx', 'javascript'],
  // Its own queries run only in files its text prefilter selects.
  kinds: [],
  applies: (text) => PRIVACY_TEXT.test(text) && text.includes('<'),
  extract(file, facts) {
    const groups = new Map<number, { order: number; block: Block }>();
    const add = (key: number, segment: Segment) => {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { order: key, block: [] }));
      group.block.push(segment);
    };
    for (const node of file.root.findAll({ rule: { any: [{ kind: 'jsx_text' }, { kind: 'string_fragment', inside: { kind: 'string', inside: { kind: 'jsx_expression' } } }] } })) {
      const key = blockOf(node);
      for (const segment of segmentsOf(node)) add(key, segment);
    }
    for (const node of file.root.findAll({ rule: { any: [{ kind: 'string' }, { kind: 'template_string' }], not: { any: [{ inside: { kind: 'jsx_attribute', stopBy: 'end' } }, { inside: { kind: 'jsx_expression' } }, { inside: { kind: 'import_statement', stopBy: 'end' } }] } } })) {
      const value = unquote(node.text());
      if (value.includes('${') || !PROSE_STRING.test(value)) continue;
      const { start } = node.range();
      add(start.index, { text: decodeEntities(value), line: start.line + 1, column: start.column + 2 });
    }
    const blocks = [...groups.values()].toSorted((a, b) => a.order - b.order).map((g) => g.block.toSorted((x, y) => x.line - y.line || x.column - y.column));
    facts.privacyClaims.push(...claimsFromBlocks(file.path, blocks));
  },
};

/** The nearest enclosing element that is not inline, identified by its start offset. */
function blockOf(node: SgNode): number {
  for (let p = node.parent(); p; p = p.parent()) {
    if (p.kind() !== 'jsx_element') continue;
    const name = p.field('open_tag')?.field('name')?.text() ?? '';
    if (!INLINE.has(name)) return p.range().start.index;
  }
  return 0;
}

/** A JSX text node line by line, so every piece keeps its own line. */
function segmentsOf(node: SgNode): Segment[] {
  const { start } = node.range();
  const out: Segment[] = [];
  node.text().split('\n').forEach((line, i) => {
    if (!/\S/.test(line)) return;
    out.push({ text: decodeEntities(line), line: start.line + 1 + i, column: i === 0 ? start.column + 1 : 1 });
  });
  return out;
}
