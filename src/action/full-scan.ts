/**
 * `push` to the default branch, `schedule`, `workflow_dispatch` (and any other event): a full
 * scan of the checkout, the job summary, SARIF and the report JSON for the `shipshape-report`
 * artifact (uploaded by the workflow's `actions/upload-artifact` step from the `report` output).
 * A full scan never fails the step for gaps: the default branch's backlog is the tracking
 * issues' business, not a red build on every push.
 */
import * as core from '@actions/core';
import { scan } from '../core/engine.js';
import { openCache, saveCache } from './cache.js';
import type { Inputs, RunContext } from './inputs.js';
import { writeOutputs } from './outputs.js';
import { fullScanSummary } from './summary.js';

export async function runFullScan(ctx: RunContext, inputs: Inputs): Promise<void> {
  const { cache, file } = openCache(inputs.cacheFile, ctx.workspace);
  const result = await scan({ root: ctx.workspace, ...(inputs.config ? { configPath: inputs.config } : {}), commit: ctx.sha, cache });
  saveCache(file);
  const { report } = result;
  core.info(`shipshape: ${report.summary.critical} critical, ${report.summary.hardening} hardening, ${report.summary.polish} polish in ${report.timings.totalMs} ms`);
  const written = await writeOutputs(result, { tempDir: ctx.tempDir, workspace: ctx.workspace, sarif: inputs.sarif }, { new: 0, fixed: 0 });
  const notes = ctx.eventName === 'push' || ctx.eventName === 'schedule' || ctx.eventName === 'workflow_dispatch' ? [] : [`Event \`${ctx.eventName}\` is not a pull request: this is a full scan.`];
  await core.summary.addRaw(fullScanSummary(report, notes)).write();
  core.info(`shipshape: report written to ${written.report}`);
}
