// npm run quality:first-runs: what the blind rounds measured on code the rules had never been fixed
// against. Every blind root (test/fixtures/blind, blind2, …) keeps, per measured pair of apps, the
// untouched output of its first measurement (FIRST-RUN.txt, written by bench/quality.ts before
// anyone looked at the results). This sums those tables per round and per rule, so the figures
// quoted in notes come from the files rather than from memory. Later runs (after key corrections or
// fixes) are not counted here: `npm run quality` gives those.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const ROW = /^([a-z]+\/[a-z-]+)\s+(\d+)\s+(\d+)\s+(\d+)\s/;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const add = (into: Tally, row: Tally) => {
  into.tp += row.tp;
  into.fp += row.fp;
  into.fn += row.fn;
};
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((n / d) * 100).toFixed(1)}%`);
const line = (label: string, t: Tally, extra = '') =>
  `${label.padEnd(48)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)} ${pct(t.tp, t.tp + t.fp).padStart(10)} ${pct(t.tp, t.tp + t.fn).padStart(8)}${extra}`;

const rounds = readdirSync(fixtures)
  .filter((d) => /^blind\d*$/.test(d))
  .sort((a, b) => Number(a.slice(5) || 1) - Number(b.slice(5) || 1));
const byRule = new Map<string, Tally>();
const total: Tally = { tp: 0, fp: 0, fn: 0 };
console.log('round'.padEnd(48), 'TP'.padStart(4), 'FP'.padStart(4), 'FN'.padStart(4), 'precision'.padStart(10), 'recall'.padStart(8));
for (const round of rounds) {
  const tally: Tally = { tp: 0, fp: 0, fn: 0 };
  const apps: string[] = [];
  let files = 0;
  for (const app of readdirSync(path.join(fixtures, round)).sort()) {
    if (existsSync(path.join(fixtures, round, app, 'gapped'))) apps.push(app);
    const file = path.join(fixtures, round, app, 'FIRST-RUN.txt');
    if (!existsSync(file)) continue;
    files++;
    for (const text of readFileSync(file, 'utf8').split('\n')) {
      const m = ROW.exec(text);
      if (!m) continue;
      const row = { tp: Number(m[2]), fp: Number(m[3]), fn: Number(m[4]) };
      add(tally, row);
      if (!byRule.has(m[1]!)) byRule.set(m[1]!, { tp: 0, fp: 0, fn: 0 });
      add(byRule.get(m[1]!)!, row);
    }
  }
  add(total, tally);
  console.log(line(round, tally, `  ${apps.length} apps (${apps.join(', ')}), ${files} first-run file${files === 1 ? '' : 's'}`));
}
console.log(line('all rounds', total));
console.log();
console.log('rule (first runs, all rounds)'.padEnd(48), 'TP'.padStart(4), 'FP'.padStart(4), 'FN'.padStart(4), 'precision'.padStart(10), 'recall'.padStart(8));
for (const [rule, t] of [...byRule].sort((a, b) => b[1].fp - a[1].fp || a[0].localeCompare(b[0]))) console.log(line(rule, t));
