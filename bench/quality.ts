// Prints per-rule precision and recall over the fixture apps (test/fixtures/apps/*/{gapped,fixed}),
// with every false positive and miss, so the closing notes can quote real figures.
//   npm run quality                         → every root in FIXTURE_ROOTS (test/quality/measure.ts)
//   npm run quality -- test/fixtures/blind  → another fixture root (same layout)
//   npm run quality -- test/fixtures/blind clinic,payroll → only those apps of the root
import path from 'node:path';
import { loadFixtures, measureFixture, precision, recall, scoreByRule } from '../test/quality/measure.js';

const results = [];
const root = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
const only = process.argv[3]?.split(',');
for (const fixture of loadFixtures(root)) {
  if (only && !only.some((app) => fixture.name.startsWith(`${app}/`))) continue;
  results.push(await measureFixture(fixture));
}
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
console.log('rule'.padEnd(48), 'TP'.padStart(4), 'FP'.padStart(4), 'FN'.padStart(4), 'precision'.padStart(10), 'recall'.padStart(8));
for (const s of scoreByRule(results)) {
  console.log(s.rule.padEnd(48), String(s.truePositives).padStart(4), String(s.falsePositives).padStart(4), String(s.falseNegatives).padStart(4), pct(precision(s)).padStart(10), pct(recall(s)).padStart(8));
}
for (const r of results) {
  for (const g of r.falsePositives) console.log(`FP ${r.fixture.name}: ${g.ruleId} ${g.location?.path ?? '(repository)'}:${g.location?.startLine ?? ''} ${g.title}`);
  for (const e of r.falseNegatives) console.log(`FN ${r.fixture.name}: ${e.rule} ${e.path ?? '(repository)'}:${e.line ?? ''} ${e.note ?? ''}`);
  for (const e of r.errors) console.log(`ERROR ${r.fixture.name}: ${e}`);
}
