import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  DIMENSIONS,
  PHASE_SEVERITY,
  codeFence,
  safeHref
} from "./chunk-MSOO67BI.js";

// src/report/json.ts
function location(value) {
  if (value === null) return null;
  return {
    path: value.path,
    startLine: value.startLine,
    endLine: value.endLine,
    startColumn: value.startColumn,
    endColumn: value.endColumn,
    ...value.snippet === void 0 ? {} : { snippet: value.snippet }
  };
}
function related(value) {
  return { path: value.path, startLine: value.startLine, message: value.message };
}
function gap(value) {
  return {
    id: value.id,
    ruleId: value.ruleId,
    dimension: value.dimension,
    phase: value.phase,
    severity: value.severity,
    title: value.title,
    message: value.message,
    location: location(value.location),
    related: value.related.map(related),
    fix: value.fix,
    docs: value.docs
  };
}
function suppressedGap(value) {
  return { ...gap(value), reason: value.reason, source: value.source, until: value.until };
}
function ruleRun(value) {
  return { id: value.id, dimension: value.dimension, phase: value.phase, status: value.status };
}
function scanError(value) {
  return { path: value.path, message: value.message };
}
function notice(value) {
  return { path: value.path, line: value.line, message: value.message };
}
function timings(value) {
  const stages = Object.keys(value).filter((key) => key !== "totalMs").toSorted();
  return { totalMs: value.totalMs, ...Object.fromEntries(stages.map((key) => [key, value[key]])) };
}
function renderJson(report) {
  const output = {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    repository: { root: report.repository.root, commit: report.repository.commit },
    summary: {
      critical: report.summary.critical,
      hardening: report.summary.hardening,
      polish: report.summary.polish,
      byDimension: Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, report.summary.byDimension[dimension]])),
      suppressed: report.summary.suppressed
    },
    gaps: report.gaps.map(gap),
    suppressed: report.suppressed.map(suppressedGap),
    rules: report.rules.map(ruleRun),
    errors: report.errors.map(scanError),
    notices: report.notices.map(notice),
    stats: {
      files: report.stats.files,
      lines: report.stats.lines,
      parsed: report.stats.parsed,
      cached: report.stats.cached
    },
    timings: timings(report.timings)
  };
  return `${JSON.stringify(output, null, 2)}
`;
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SOURCE_ROOT = "%SRCROOT%";
var REPOSITORY_LEVEL_ANCHOR = "README.md";
var AUTOMATION_ID = "shipshape/";
var FINGERPRINT_KEY = "shipshape/v1";
function pathToUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function physicalLocation(location2) {
  return {
    artifactLocation: { uri: pathToUri(location2.path), uriBaseId: SOURCE_ROOT },
    region: {
      startLine: location2.startLine,
      startColumn: location2.startColumn,
      endLine: location2.endLine,
      endColumn: location2.endColumn,
      ...location2.snippet === void 0 ? {} : { snippet: { text: location2.snippet } }
    }
  };
}
function resultLocation(gap2) {
  if (gap2.location !== null) return { physicalLocation: physicalLocation(gap2.location) };
  return {
    physicalLocation: {
      artifactLocation: { uri: REPOSITORY_LEVEL_ANCHOR, uriBaseId: SOURCE_ROOT },
      region: { startLine: 1 }
    },
    message: { text: `Repository-level gap: it has no single source location, so it is shown on ${REPOSITORY_LEVEL_ANCHOR}.` }
  };
}
function relatedLocation(related2, index) {
  return {
    id: index,
    physicalLocation: {
      artifactLocation: { uri: pathToUri(related2.path), uriBaseId: SOURCE_ROOT },
      region: { startLine: related2.startLine }
    },
    message: { text: related2.message }
  };
}
function helpText(definition) {
  const { example } = definition;
  return [
    definition.why.trimEnd(),
    `How to fix: ${definition.fix.trimEnd()}`,
    `Before (${example.language}):
${example.before}`,
    `After (${example.language}):
${example.after}`
  ].join("\n\n");
}
function helpMarkdown(definition) {
  const { example } = definition;
  const references = definition.references.map((reference) => `- ${reference}`);
  return [
    definition.why.trimEnd(),
    `## How to fix

${definition.fix.trimEnd()}`,
    `### Before

${codeFence(example.before, example.language)}`,
    `### After

${codeFence(example.after, example.language)}`,
    ...references.length === 0 ? [] : [`## References

${references.join("\n")}`]
  ].join("\n\n");
}
function reportingDescriptor(rule, definition) {
  const properties = { tags: [rule.dimension, rule.phase] };
  const defaultConfiguration = { level: PHASE_SEVERITY[rule.phase] };
  if (definition === void 0) {
    return { id: rule.id, shortDescription: { text: rule.id }, defaultConfiguration, properties };
  }
  const helpUri = definition.references.map(safeHref).find((href) => href !== null) ?? null;
  return {
    id: rule.id,
    shortDescription: { text: definition.title },
    fullDescription: { text: definition.why.trimEnd() },
    help: { text: helpText(definition), markdown: helpMarkdown(definition) },
    ...helpUri === null ? {} : { helpUri },
    defaultConfiguration,
    properties
  };
}
function result(gap2, ruleIndex, suppressions) {
  const index = ruleIndex.get(gap2.ruleId);
  return {
    ruleId: gap2.ruleId,
    ...index === void 0 ? {} : { ruleIndex: index },
    level: gap2.severity,
    // Code scanning shows the first line where space is short, so the specific title leads.
    message: { text: `${gap2.title}

${gap2.message}

Fix: ${gap2.fix}` },
    locations: [resultLocation(gap2)],
    ...gap2.related.length === 0 ? {} : { relatedLocations: gap2.related.map(relatedLocation) },
    partialFingerprints: { [FINGERPRINT_KEY]: gap2.id },
    ...suppressions === null ? {} : { suppressions },
    properties: { phase: gap2.phase, dimension: gap2.dimension }
  };
}
function notificationLocations(path, line) {
  if (path === null) return {};
  const artifactLocation = { uri: pathToUri(path), uriBaseId: SOURCE_ROOT };
  const region = line === null ? {} : { region: { startLine: line } };
  return { locations: [{ physicalLocation: { artifactLocation, ...region } }] };
}
function notifications(report) {
  return [
    ...report.errors.map((error) => ({
      level: "error",
      message: { text: error.message },
      ...notificationLocations(error.path, null)
    })),
    ...report.notices.map((notice2) => ({
      level: "note",
      message: { text: notice2.message },
      ...notificationLocations(notice2.path, notice2.line)
    }))
  ];
}
function renderSarif(report, catalogue) {
  const definitions = new Map(catalogue.map((definition) => [definition.id, definition]));
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  const results = [
    ...report.gaps.map((gap2) => result(gap2, ruleIndex, null)),
    ...report.suppressed.map(
      (gap2) => result(gap2, ruleIndex, [
        {
          // An inline `shipshape-ignore` comment lives in the source; a config ignore outside it.
          kind: gap2.source === "inline" ? "inSource" : "external",
          status: "accepted",
          justification: gap2.reason,
          ...gap2.until === null ? {} : { properties: { until: gap2.until } }
        }
      ])
    )
  ];
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            rules: report.rules.map((rule) => reportingDescriptor(rule, definitions.get(rule.id)))
          }
        },
        automationDetails: { id: AUTOMATION_ID },
        // A file that failed to parse is a notification, not a failed run: the report is complete otherwise.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications(report) }],
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

export {
  renderJson,
  renderSarif
};
