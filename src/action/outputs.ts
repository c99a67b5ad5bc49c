/** Files and step outputs every run leaves behind: the report JSON (for the artifact and the App), SARIF, counts. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { ScanResult } from '../core/engine.js';
import { PHASES } from '../core/model.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';

export interface WrittenFiles {
  report: string;
  sarif: string | null;
}

/**
 * Writes `shipshape.json` under the runner's temp folder (outside the checkout, so a later step
 * cannot commit it by accident) and SARIF where the `sarif` input asks; sets the step outputs.
 */
export async function writeOutputs(
  result: ScanResult,
  where: { tempDir: string; workspace: string; sarif: string | null },
  counts: { new: number; fixed: number },
): Promise<WrittenFiles> {
  const dir = path.join(where.tempDir, 'shipshape');
  await mkdir(dir, { recursive: true });
  const report = path.join(dir, 'shipshape.json');
  await writeFile(report, renderJson(result.report));
  let sarif: string | null = null;
  if (where.sarif !== null) {
    sarif = path.resolve(where.workspace, where.sarif);
    await mkdir(path.dirname(sarif), { recursive: true });
    await writeFile(sarif, renderSarif(result.report, result.catalogue));
  }
  for (const phase of PHASES) core.setOutput(phase, result.report.summary[phase]);
  core.setOutput('new', counts.new);
  core.setOutput('fixed', counts.fixed);
  core.setOutput('report', report);
  if (sarif !== null) core.setOutput('sarif', sarif);
  return { report, sarif };
}
