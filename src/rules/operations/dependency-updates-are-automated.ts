import { compare, listing } from '../environment.js';
import type { RuleCheck } from '../types.js';

/** Application package ecosystems Dependabot updates, by the manifests that reveal them. */
const ECOSYSTEMS: { name: string; accepts: string[]; manifest: RegExp }[] = [
  { name: 'npm', accepts: ['npm'], manifest: /(?:^|\/)package\.json$/ },
  { name: 'pip', accepts: ['pip', 'uv'], manifest: /(?:^|\/)(?:requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|setup\.py)$/ },
  { name: 'gomod', accepts: ['gomod'], manifest: /(?:^|\/)go\.mod$/ },
  { name: 'bundler', accepts: ['bundler'], manifest: /(?:^|\/)Gemfile$/ },
  { name: 'cargo', accepts: ['cargo'], manifest: /(?:^|\/)Cargo\.toml$/ },
  { name: 'composer', accepts: ['composer'], manifest: /(?:^|\/)composer\.json$/ },
];

const NOT_PRODUCT = /(?:^|\/)(?:examples?|samples?|fixtures?|__fixtures__|test|tests|docs?|website)\//;

export const dependencyUpdatesAreAutomated: RuleCheck = {
  id: 'operations/dependency-updates-are-automated',
  check({ facts, report }) {
    // Manifests of examples, fixtures and documentation sites are not the product's dependencies.
    const manifests = facts.paths().filter((p) => !NOT_PRODUCT.test(p));
    const present = ECOSYSTEMS.map((e) => ({ ...e, files: manifests.filter((p) => e.manifest.test(p)).toSorted() })).filter((e) => e.files.length > 0);
    if (present.length === 0) return 'not-applicable';
    const configs = [...facts.fileFacts].flatMap((f) => f.dependencyUpdates).toSorted((a, b) => compare(a.location.path, b.location.path));
    const working = configs.filter((c) => c.problems.length === 0 && c.ecosystems.length > 0);
    for (const config of configs) {
      if (config.problems.length === 0) continue;
      const tool = config.tool === 'dependabot' ? 'Dependabot' : 'Renovate';
      report({ messageId: 'broken', data: { tool, path: config.location.path, problems: listing(config.problems) }, location: config.location, anchor: `${config.tool}:${config.location.path}` });
    }
    if (configs.length === 0) {
      report({ messageId: 'missing', data: { ecosystems: listing(present.map((e) => e.name)) }, location: null, anchor: 'repository' });
      return;
    }
    // Renovate detects every package manager by itself; Dependabot updates only the ecosystems listed.
    if (working.length === 0 || working.some((c) => c.ecosystems.includes('*'))) return;
    const dependabot = working.find((c) => c.tool === 'dependabot')!;
    const covered = new Set(working.flatMap((c) => c.ecosystems));
    for (const ecosystem of present) {
      if (ecosystem.accepts.some((a) => covered.has(a))) continue;
      report({
        messageId: 'uncovered',
        data: { ecosystem: ecosystem.name, manifest: listing(ecosystem.files.slice(0, 3)), path: dependabot.location.path },
        location: dependabot.location,
        anchor: `uncovered:${ecosystem.name}`,
        related: ecosystem.files.slice(0, 3).map((p) => ({ path: p, startLine: 1, message: `${ecosystem.name} manifest` })),
      });
    }
  },
};
