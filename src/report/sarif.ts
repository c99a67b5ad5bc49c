/**
 * SARIF 2.1.0 for GitHub code scanning (and any other SARIF viewer). One run, one result per
 * gap, suppressed gaps included as suppressed results so code scanning dismisses their alerts
 * instead of reporting them as fixed.
 */
import { PHASE_SEVERITY, type Gap, type Location, type RelatedLocation, type Report, type RuleRun } from '../core/model.js';
import type { RuleDefinition } from '../core/rule.js';
import { codeFence, safeHref } from './escape.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Code scanning reads uris relative to the checkout; `%SRCROOT%` is the conventional base id for it. */
const SOURCE_ROOT = '%SRCROOT%';

/**
 * Where repository-level gaps (no runbook, no privacy policy...) are anchored. GitHub code
 * scanning drops a result without a physical location and rejects `.` or a directory as its
 * uri, so such a gap needs a file. README.md is the file that speaks for the repository as a
 * whole and exists in nearly every repository; the shipshape config would be the other
 * candidate, but it is optional and absent in most repositories scanned for the first time.
 */
const REPOSITORY_LEVEL_ANCHOR = 'README.md';

/**
 * Category of the analysis. Code scanning matches the alerts of a new upload to earlier ones by
 * this id (and each result's fingerprint), so it must never change: a changed id would leave the
 * old alerts open forever instead of closing them as fixed.
 */
const AUTOMATION_ID = 'shipshape/';

/** The fingerprint key under which code scanning tracks a result across commits. */
const FINGERPRINT_KEY = 'shipshape/v1';

/** Paths become URI references: `app/[id]/route.ts` or a space in a name is not a valid uri as is. */
function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function physicalLocation(location: Location): object {
  return {
    artifactLocation: { uri: pathToUri(location.path), uriBaseId: SOURCE_ROOT },
    region: {
      startLine: location.startLine,
      startColumn: location.startColumn,
      endLine: location.endLine,
      endColumn: location.endColumn,
      ...(location.snippet === undefined ? {} : { snippet: { text: location.snippet } }),
    },
  };
}

function resultLocation(gap: Gap): object {
  if (gap.location !== null) return { physicalLocation: physicalLocation(gap.location) };
  return {
    physicalLocation: {
      artifactLocation: { uri: REPOSITORY_LEVEL_ANCHOR, uriBaseId: SOURCE_ROOT },
      region: { startLine: 1 },
    },
    message: { text: `Repository-level gap: it has no single source location, so it is shown on ${REPOSITORY_LEVEL_ANCHOR}.` },
  };
}

function relatedLocation(related: RelatedLocation, index: number): object {
  return {
    id: index,
    physicalLocation: {
      artifactLocation: { uri: pathToUri(related.path), uriBaseId: SOURCE_ROOT },
      region: { startLine: related.startLine },
    },
    message: { text: related.message },
  };
}

function helpText(definition: RuleDefinition): string {
  const { example } = definition;
  return [
    definition.why.trimEnd(),
    `How to fix: ${definition.fix.trimEnd()}`,
    `Before (${example.language}):\n${example.before}`,
    `After (${example.language}):\n${example.after}`,
  ].join('\n\n');
}

function helpMarkdown(definition: RuleDefinition): string {
  const { example } = definition;
  const references = definition.references.map((reference) => `- ${reference}`);
  return [
    definition.why.trimEnd(),
    `## How to fix\n\n${definition.fix.trimEnd()}`,
    `### Before\n\n${codeFence(example.before, example.language)}`,
    `### After\n\n${codeFence(example.after, example.language)}`,
    ...(references.length === 0 ? [] : [`## References\n\n${references.join('\n')}`]),
  ].join('\n\n');
}

/**
 * A rule as code scanning shows it. A rule without a definition in the catalogue (possible only
 * if the caller passed a partial catalogue) still gets a descriptor, so its results stay valid.
 */
function reportingDescriptor(rule: RuleRun, definition: RuleDefinition | undefined): object {
  const properties = { tags: [rule.dimension, rule.phase] };
  const defaultConfiguration = { level: PHASE_SEVERITY[rule.phase] };
  if (definition === undefined) {
    return { id: rule.id, shortDescription: { text: rule.id }, defaultConfiguration, properties };
  }
  // helpUri must be an absolute URI; a reference that is prose stays in help.markdown only.
  const helpUri = definition.references.map(safeHref).find((href) => href !== null) ?? null;
  return {
    id: rule.id,
    shortDescription: { text: definition.title },
    fullDescription: { text: definition.why.trimEnd() },
    help: { text: helpText(definition), markdown: helpMarkdown(definition) },
    ...(helpUri === null ? {} : { helpUri }),
    defaultConfiguration,
    properties,
  };
}

function result(gap: Gap, ruleIndex: ReadonlyMap<string, number>, suppressions: object[] | null): object {
  // Every gap comes from a rule that ran; should report.rules lack it, no index beats a wrong one.
  const index = ruleIndex.get(gap.ruleId);
  return {
    ruleId: gap.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: gap.severity,
    // Code scanning shows the first line where space is short, so the specific title leads.
    message: { text: `${gap.title}\n\n${gap.message}\n\nFix: ${gap.fix}` },
    locations: [resultLocation(gap)],
    ...(gap.related.length === 0 ? {} : { relatedLocations: gap.related.map(relatedLocation) }),
    partialFingerprints: { [FINGERPRINT_KEY]: gap.id },
    ...(suppressions === null ? {} : { suppressions }),
    properties: { phase: gap.phase, dimension: gap.dimension },
  };
}

function notificationLocations(path: string | null, line: number | null): object {
  if (path === null) return {};
  const artifactLocation = { uri: pathToUri(path), uriBaseId: SOURCE_ROOT };
  const region = line === null ? {} : { region: { startLine: line } };
  return { locations: [{ physicalLocation: { artifactLocation, ...region } }] };
}

/** Scan errors and notices become tool notifications: visible on code scanning's tool status page. */
function notifications(report: Report): object[] {
  return [
    ...report.errors.map((error) => ({
      level: 'error',
      message: { text: error.message },
      ...notificationLocations(error.path, null),
    })),
    ...report.notices.map((notice) => ({
      level: 'note',
      message: { text: notice.message },
      ...notificationLocations(notice.path, notice.line),
    })),
  ];
}

export function renderSarif(report: Report, catalogue: readonly RuleDefinition[]): string {
  const definitions = new Map(catalogue.map((definition) => [definition.id, definition]));
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  const results = [
    ...report.gaps.map((gap) => result(gap, ruleIndex, null)),
    ...report.suppressed.map((gap) =>
      result(gap, ruleIndex, [
        {
          // An inline `shipshape-ignore` comment lives in the source; a config ignore outside it.
          kind: gap.source === 'inline' ? 'inSource' : 'external',
          status: 'accepted',
          justification: gap.reason,
          ...(gap.until === null ? {} : { properties: { until: gap.until } }),
        },
      ]),
    ),
  ];
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            rules: report.rules.map((rule) => reportingDescriptor(rule, definitions.get(rule.id))),
          },
        },
        automationDetails: { id: AUTOMATION_ID },
        // A file that failed to parse is a notification, not a failed run: the report is complete otherwise.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications(report) }],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
