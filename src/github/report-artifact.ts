/**
 * The Action's `shipshape-report` artifact as the App's report source: when the Action already
 * scanned a commit on a runner, the App reads its report instead of scanning again (DESIGN.md
 * "Scale"). The artifact is a zip written by a workflow of the scanned repository, so it is
 * untrusted: sizes are capped, and the report must validate against schema/report.schema.json
 * and describe the commit asked for. Anything else counts as "invalid", and the caller scans.
 */
import type { ValidateFunction } from 'ajv';
import { inflateRawSync } from 'node:zlib';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };
import { createAjv } from '../core/config.js';
import type { Report } from '../core/model.js';
import type { GitHub, RepoRef } from './tracking/github.js';

export const REPORT_ARTIFACT = 'shipshape-report';
/** Names the report may have inside the artifact, preferred first (the CLI writes shipshape.json). */
const REPORT_FILES = ['shipshape.json', 'report.json'];
const MAX_ARTIFACT_BYTES = 50 * 1024 * 1024;
const MAX_REPORT_BYTES = 50 * 1024 * 1024;

export type ArtifactOutcome =
  | { kind: 'none' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'report'; report: Report; artifactId: number };

interface ArtifactData {
  id: number;
  name: string;
  expired: boolean;
  workflow_run?: { id?: number; head_sha?: string } | null;
}

// ------------------------------------------------------------------ zip

export interface ZipEntry {
  name: string;
  read(): Buffer;
}

/** The entries of a zip (stored or deflated, no zip64), with every size checked before inflating. */
export function readZip(zip: Buffer, maxEntryBytes = MAX_REPORT_BYTES): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new Error('a zip central directory entry is damaged');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (compressed === 0xffffffff || size === 0xffffffff) throw new Error(`zip64 entries are not supported (${name})`);
    entries.push({
      name,
      read() {
        if (size > maxEntryBytes) throw new Error(`${name} is ${size} bytes, over the limit of ${maxEntryBytes}`);
        if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`the zip entry ${name} is damaged`);
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + compressed);
        if (data.length < compressed) throw new Error(`the zip entry ${name} is truncated`);
        if (method === 0) return Buffer.from(data);
        if (method === 8) return inflateRawSync(data, { maxOutputLength: maxEntryBytes });
        throw new Error(`the zip entry ${name} uses compression method ${method}`);
      },
    });
  }
  return entries;
}

// ------------------------------------------------------------------ report

let validate: ValidateFunction | null = null;

/** Reads and checks the report in an artifact's zip; a reason when it is not a usable report for `sha`. */
export function reportFromZip(zip: Buffer, sha: string): { report: Report } | { reason: string } {
  let entries: ZipEntry[];
  try {
    entries = readZip(zip);
  } catch (error) {
    return { reason: (error as Error).message };
  }
  const json = entries.filter((e) => e.name.endsWith('.json') && !e.name.includes('/'));
  const entry = REPORT_FILES.map((f) => json.find((e) => e.name === f)).find((e) => e !== undefined) ?? (json.length === 1 ? json[0] : undefined);
  if (!entry) return { reason: `no ${REPORT_FILES.join(' or ')} in the artifact` };
  let data: unknown;
  try {
    data = JSON.parse(entry.read().toString('utf8'));
  } catch (error) {
    return { reason: `${entry.name}: ${(error as Error).message}` };
  }
  validate ??= createAjv().compile(reportSchema);
  if (!validate(data)) {
    const first = validate.errors?.[0];
    return { reason: `${entry.name} does not match the report schema: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim() };
  }
  const report = data as Report;
  if (report.repository.commit !== null && report.repository.commit !== sha) {
    return { reason: `${entry.name} describes commit ${report.repository.commit.slice(0, 7)}, not ${sha.slice(0, 7)}` };
  }
  return { report: { ...report, notices: report.notices ?? [], repository: { ...report.repository, commit: sha } } };
}

async function download(octokit: GitHub, ref: RepoRef, artifact: ArtifactData, sha: string): Promise<ArtifactOutcome> {
  if (artifact.expired) return { kind: 'invalid', reason: `artifact ${artifact.id} has expired` };
  const response = await octokit.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
    ...ref,
    artifact_id: artifact.id,
    archive_format: 'zip',
  });
  const zip = Buffer.from(response.data as ArrayBuffer);
  if (zip.length > MAX_ARTIFACT_BYTES) return { kind: 'invalid', reason: `artifact ${artifact.id} is over ${MAX_ARTIFACT_BYTES} bytes` };
  const read = reportFromZip(zip, sha);
  return 'report' in read ? { kind: 'report', report: read.report, artifactId: artifact.id } : { kind: 'invalid', reason: read.reason };
}

/** The report a workflow run uploaded for `sha`; `none` when the run uploaded none (another workflow). */
export async function reportFromRun(octokit: GitHub, ref: RepoRef, runId: number, sha: string): Promise<ArtifactOutcome> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { ...ref, run_id: runId, name: REPORT_ARTIFACT, per_page: 100 });
  const artifact = (data.artifacts as ArtifactData[]).find((a) => a.name === REPORT_ARTIFACT);
  return artifact ? download(octokit, ref, artifact, sha) : { kind: 'none' };
}

export interface RepoArtifacts {
  /** The newest report artifact for the commit, if the Action uploaded one. */
  forCommit: ArtifactOutcome;
  /** Whether the Action has ever uploaded a report here: then it will for new pushes too. */
  actionInUse: boolean;
}

/** Looks for the Action's report for `sha` among the repository's recent artifacts. */
export async function reportForCommit(octokit: GitHub, ref: RepoRef, sha: string): Promise<RepoArtifacts> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/artifacts', { ...ref, name: REPORT_ARTIFACT, per_page: 100 });
  const artifacts = (data.artifacts as ArtifactData[]).filter((a) => a.name === REPORT_ARTIFACT);
  const match = artifacts.find((a) => a.workflow_run?.head_sha === sha && !a.expired);
  return { forCommit: match ? await download(octokit, ref, match, sha) : { kind: 'none' }, actionInUse: artifacts.length > 0 };
}
