import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { renderSarif } from '../../src/report/sarif.js';
import { catalogue, emptyReport, sampleReport } from './fixtures.js';
import { toMatchGolden } from './golden.js';

expect.extend({ toMatchGolden });

/*
 * sarif-schema-2.1.0.json is `sarif-2.1.0.json` copied unchanged from the npm package
 * @microsoft/sarif-multitool-linux@5.7.0 (Microsoft's SARIF SDK, whose maintainers edit the
 * OASIS standard). Its definitions are the SARIF 2.1.0 schema; the SDK declares it as JSON
 * Schema 2020-12 rather than draft-07, so it is compiled with Ajv's 2020-12 class. It uses only
 * keywords that mean the same in both drafts.
 */
const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
// Strict mode lints the schema's own style (it flags the official schema's `anyOf` + `required`);
// it has no bearing on how instances are validated.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function errorsOf(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

// Loosely typed on purpose: tests reach into the log the way a SARIF consumer would.
interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    automationDetails: { id: string };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
      suppressions?: { kind: string; justification: string }[];
    }[];
  }[];
}

const sample = (): SarifLog => JSON.parse(renderSarif(sampleReport, catalogue)) as SarifLog;

describe('renderSarif', () => {
  it('matches the golden output', () => {
    expect(renderSarif(sampleReport, catalogue)).toMatchGolden('sample.sarif');
    expect(renderSarif(emptyReport, catalogue)).toMatchGolden('empty.sarif');
  });

  it('is valid SARIF 2.1.0', () => {
    expect(errorsOf(sample())).toEqual([]);
    expect(errorsOf(JSON.parse(renderSarif(emptyReport, catalogue)))).toEqual([]);
  });

  it('fails validation when the log is broken, so the check above can fail', () => {
    const badLevel = sample();
    badLevel.runs[0]!.results[0]!.level = 'fatal';
    expect(errorsOf(badLevel)).toContain('/runs/0/results/0/level must be equal to one of the allowed values');

    const badLine = sample();
    badLine.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    expect(errorsOf(badLine)).toContain('/runs/0/results/0/locations/0/physicalLocation/region/startLine must be >= 1');

    const badUri = sample();
    badUri.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'src/app/api/members/[id]/route.ts';
    expect(errorsOf(badUri)).toContain(
      '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri must match format "uri-reference"',
    );
  });

  it('reports every gap, suppressed ones with their suppression', () => {
    const [run] = sample().runs;
    const results = run!.results;
    expect(results).toHaveLength(sampleReport.gaps.length + sampleReport.suppressed.length);
    expect(results.map((result) => result.partialFingerprints['shipshape/v1'])).toEqual([
      ...sampleReport.gaps.map((gap) => gap.id),
      ...sampleReport.suppressed.map((gap) => gap.id),
    ]);
    expect(results.filter((result) => result.suppressions !== undefined).map((result) => result.suppressions)).toEqual([
      [{ kind: 'inSource', status: 'accepted', justification: 'Stripe webhook: authenticated by signature verification' }],
      [{ kind: 'external', status: 'accepted', justification: 'Import is being rewritten in <ACME-212>', properties: { until: '2031-03-31' } }],
    ]);
  });

  it('points every result at its rule and at a file', () => {
    const [run] = sample().runs;
    const rules = run!.tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual(sampleReport.rules.map((rule) => rule.id));
    for (const result of run!.results) {
      expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(result.locations[0]?.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(run!.automationDetails.id).toBe('shipshape/');
  });

  it('anchors repository-level gaps on README.md and encodes paths as URIs', () => {
    const uris = sample().runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);
    const runbook = sampleReport.gaps.findIndex((gap) => gap.location === null);
    expect(uris[runbook]).toBe('README.md');
    expect(uris[0]).toBe('src/app/api/members/%5Bid%5D/route.ts');
  });

  it('is byte-identical across calls', () => {
    expect(renderSarif(sampleReport, catalogue)).toBe(renderSarif(sampleReport, catalogue));
  });
});
