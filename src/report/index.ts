/** The report outputs by name: what `--format` accepts and the file each one is written to. */
import type { Report } from '../core/model.js';
import type { RuleDefinition } from '../core/rule.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export const FILE_NAMES: Readonly<Record<Format, string>> = {
  text: 'shipshape.txt',
  json: 'shipshape.json',
  sarif: 'shipshape.sarif',
  markdown: 'shipshape.md',
  html: 'shipshape.html',
};

export interface RenderOptions {
  /** Rule definitions, for the rule titles, docs and examples that SARIF and HTML show. */
  catalogue: readonly RuleDefinition[];
  /** ANSI colour in the text output. */
  color: boolean;
}

export function render(format: Format, report: Report, options: RenderOptions): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color });
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, options.catalogue);
    case 'markdown':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report, options.catalogue);
  }
}
