import { describe, expect, it } from '@jest/globals';
import { FILE_NAMES, FORMATS, render } from '../../src/report/index.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { catalogue, sampleReport } from './fixtures.js';

describe('render', () => {
  it('names a file for every format', () => {
    expect(Object.keys(FILE_NAMES).toSorted()).toEqual([...FORMATS].toSorted());
    expect(new Set(Object.values(FILE_NAMES)).size).toBe(FORMATS.length);
  });

  it('dispatches each format to its renderer', () => {
    const options = { catalogue, color: true };
    expect(render('text', sampleReport, options)).toBe(renderText(sampleReport, { color: true }));
    expect(render('json', sampleReport, options)).toBe(renderJson(sampleReport));
    expect(render('sarif', sampleReport, options)).toBe(renderSarif(sampleReport, catalogue));
    expect(render('markdown', sampleReport, options)).toBe(renderMarkdown(sampleReport));
    expect(render('html', sampleReport, options)).toBe(renderHtml(sampleReport, catalogue));
  });
});
