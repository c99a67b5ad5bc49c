import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import type { Report } from '../../src/core/model.js';
import { renderJson } from '../../src/report/json.js';
import { emptyReport, sampleReport } from './fixtures.js';
import { toMatchGolden } from './golden.js';

expect.extend({ toMatchGolden });

/** The same values with every object's keys in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).toReversed().map(([key, item]) => [key, reverseKeys(item)])) as T;
}

const reportSchema = JSON.parse(
  readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'),
) as object;

describe('renderJson', () => {
  it('matches the golden output', () => {
    expect(renderJson(sampleReport)).toMatchGolden('sample.json');
    expect(renderJson(emptyReport)).toMatchGolden('empty.json');
  });

  it('validates against the published report schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(reportSchema);
    for (const report of [sampleReport, emptyReport]) {
      validate(JSON.parse(renderJson(report)));
      expect(validate.errors ?? []).toEqual([]);
    }
  });

  it('round-trips the report', () => {
    expect(JSON.parse(renderJson(sampleReport))).toEqual(sampleReport);
    expect(JSON.parse(renderJson(emptyReport))).toEqual(emptyReport);
  });

  it('is byte-identical across calls and independent of input key order', () => {
    const first = renderJson(sampleReport);
    expect(renderJson(sampleReport)).toBe(first);
    expect(renderJson(reverseKeys<Report>(sampleReport))).toBe(first);
  });

  it('is indented by two spaces and ends with a newline', () => {
    const output = renderJson(sampleReport);
    expect(output.startsWith('{\n  "version": 1,\n  "tool": {\n    "name": "shipshape"')).toBe(true);
    expect(output.endsWith('}\n')).toBe(true);
  });
});
