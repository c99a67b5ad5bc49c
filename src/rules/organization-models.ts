import type { FactIndex } from '../core/fact-index.js';

/** Names of the unit a SaaS app is divided into: the organization, tenant, workspace, account, team, company or agency. */
const UNIT_NAME = /^(?:organi[sz]ation|org|workspace|tenant|account|team|company|agency)$/;
/** A column that ties a row to such a unit: `org_id`, `organizationId`, `workspace_id`. */
const UNIT_KEY = /^(organi[sz]ation|org|workspace|tenant|account|team|company|agency)_?id$/i;

/** `Tenants`, `tenant`, `organisations`, `Orgs`, `companies` → the unit it names (`tenant`, `organization`, `company`), else null. */
function unitOf(name: string): string | null {
  const singular = name.toLowerCase().replace(/_/g, '').replace(/ies$/, 'y').replace(/s$/, '');
  if (!UNIT_NAME.test(singular)) return null;
  return singular === 'org' || singular === 'organisation' ? 'organization' : singular;
}

const memo = new WeakMap<FactIndex, Set<string>>();

/**
 * The models named like the organization that the repository shows are held by another one: a `tenants` table of renters
 * with an `org_id` column, when an `organizations` model exists too. Such a row belongs to the organization (its
 * property manager's tenants, a CRM's customer accounts); it is not the organization, and changing it is no more
 * privileged than changing any other record the organization holds. Returned as lower-case names and tables.
 */
export function unitsHeldByAnotherUnit(facts: FactIndex): Set<string> {
  let known = memo.get(facts);
  if (known) return known;
  known = new Set();
  const models = [...facts.fileFacts].flatMap((f) => f.models);
  const declaredUnits = new Set(models.flatMap((m) => [unitOf(m.name), m.table ? unitOf(m.table) : null]).filter((u): u is string => u !== null));
  for (const m of models) {
    const own = unitOf(m.table ?? m.name) ?? unitOf(m.name);
    if (!own) continue;
    const heldBy = m.fields.some((field) => {
      const key = UNIT_KEY.exec(field)?.[1];
      const unit = key ? unitOf(key) : null;
      return unit !== null && unit !== own && declaredUnits.has(unit);
    });
    if (!heldBy) continue;
    for (const name of [m.name, m.table, ...(m.aliases ?? [])]) if (name) known.add(name.toLowerCase());
  }
  memo.set(facts, known);
  return known;
}

/** Whether a model (`tenants`, `Tenant`) is one the repository shows is held by another organization model (see `unitsHeldByAnotherUnit`). */
export function isHeldByAnotherUnit(facts: FactIndex, model: string | null): boolean {
  return model !== null && unitsHeldByAnotherUnit(facts).has(model.toLowerCase());
}
