import { describe, expect, it } from '@jest/globals';
import { mermaidChart, phaseDimensionTable, renderMarkdown } from '../../src/report/markdown.js';
import { emptyReport, sampleReport } from './fixtures.js';
import { toMatchGolden } from './golden.js';

expect.extend({ toMatchGolden });

describe('renderMarkdown', () => {
  it('matches the golden output', () => {
    expect(renderMarkdown(sampleReport)).toMatchGolden('sample.md');
    expect(renderMarkdown(emptyReport)).toMatchGolden('empty.md');
  });

  it('leads with the phase counts', () => {
    expect(renderMarkdown(sampleReport).split('\n')[0]).toBe('## shipshape: 3 critical · 3 hardening · 2 polish');
    expect(renderMarkdown(sampleReport, { title: 'acme-portal' }).split('\n')[0]).toBe(
      '## acme\\-portal: 3 critical · 3 hardening · 2 polish',
    );
  });

  it('has a phase × dimension table with a row per dimension and totals', () => {
    const table = phaseDimensionTable(sampleReport).split('\n');
    expect(table).toEqual([
      '| dimension | critical | hardening | polish | total |',
      '| :-- | --: | --: | --: | --: |',
      '| security | 2 | 0 | 0 | 2 |',
      '| audit | 1 | 0 | 1 | 2 |',
      '| privacy | 0 | 1 | 1 | 2 |',
      '| monitoring | 0 | 1 | 0 | 1 |',
      '| operations | 0 | 1 | 0 | 1 |',
      '| **total** | **3** | **3** | **2** | **8** |',
    ]);
    expect(renderMarkdown(sampleReport)).toContain(table.join('\n'));
  });

  it('has a mermaid pie of gaps per phase, and none for a clean report', () => {
    const chart = mermaidChart(sampleReport);
    expect(chart).toBe(
      ['```mermaid', 'pie showData title Open gaps by phase', '    "critical" : 3', '    "hardening" : 3', '    "polish" : 2', '```'].join('\n'),
    );
    expect(renderMarkdown(sampleReport)).toContain(chart);
    expect(mermaidChart(emptyReport)).toBeNull();
    expect(renderMarkdown(emptyReport)).not.toContain('```mermaid');
  });

  it('escapes text from the scanned repository', () => {
    const output = renderMarkdown(sampleReport);
    expect(output).not.toMatch(/<script/i);
    expect(output).toContain('&lt;script&gt;window.pwned = true&lt;/script&gt;');
    // Table pipes and backtick fences in a message stay text.
    expect(output).toContain('\\| \\`audit\\_log\\`');
    expect(output).toContain('\\`\\`\\`\n  fenced\n  \\`\\`\\`');
    expect(output.match(/^```/gm)).toEqual(['```', '```']); // the mermaid block's own fences only
    // Only http(s) docs become links; anything else is shown as code.
    expect(output).toContain('docs: `javascript:alert(1)`');
    expect(output).not.toMatch(/[<(]javascript:/);
    // Control characters cannot reach a terminal that `cat`s the file.
    expect(output).not.toContain('\u001b');
    expect(output).toContain('<https://shipshape.dev/rules/security/mutations-require-authorization>');
  });

  it('lists the most urgent gaps first, up to maxGaps', () => {
    const output = renderMarkdown(sampleReport, { maxGaps: 2 });
    expect(output).toContain('### Top 2 of 8 gaps');
    expect(output.match(/^- /gm)).toHaveLength(2);
    expect(output).toContain('- 🔴 **critical** · security · `src/app/api/members/[id]/route.ts:14`');
    expect(output).toContain('…and 6 more gaps in the full report.');
  });
});
