/**
 * A matcher for golden files, installed per test file with `expect.extend({ toMatchGolden })`:
 * `expect(output).toMatchGolden('sample.md')` compares with `__golden__/sample.md`.
 * `UPDATE_GOLDEN=1 npm test -- test/report` rewrites the files from the current output instead;
 * review their diff before committing them.
 */
import type { ExpectationResult, MatcherContext } from 'expect';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

declare module 'expect' {
  interface Matchers<R extends void | Promise<void>> {
    toMatchGolden(name: string): R;
  }
}

const GOLDEN_DIR = fileURLToPath(new URL('./__golden__/', import.meta.url));

export function toMatchGolden(this: MatcherContext, received: unknown, name: string): ExpectationResult {
  const path = GOLDEN_DIR + name;
  if (typeof received !== 'string') {
    return { pass: false, message: () => `toMatchGolden(${name}) needs a string, got ${typeof received}` };
  }
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, received);
    return { pass: true, message: () => `rewrote ${path}` };
  }
  if (!existsSync(path)) {
    return { pass: false, message: () => `missing golden file ${path}: run with UPDATE_GOLDEN=1 to create it` };
  }
  const expected = readFileSync(path, 'utf8');
  return {
    pass: received === expected,
    message: () => `output differs from ${path} (UPDATE_GOLDEN=1 rewrites it):\n${this.utils.diff(expected, received) ?? ''}`,
  };
}
