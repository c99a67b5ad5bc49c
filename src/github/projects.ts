/**
 * The phase issues on a GitHub Projects (v2) board (`project: <owner>/<number>` in the config),
 * with the board's Status field following each issue's progress: Todo until a gap is resolved,
 * In progress while some are, Done when all are. An organisation-wide board that every
 * repository's phase issues join is the org-level view DESIGN.md "Scale" promises. Writes only
 * what differs: an issue already on the board with the right status costs one query.
 */
import type { GitHub } from './tracking/github.js';

export type BoardStatus = 'Todo' | 'In progress' | 'Done';

export interface BoardItem {
  /** GraphQL node id of the issue. */
  nodeId: string;
  status: BoardStatus;
}

export interface BoardResult {
  writes: number;
  /** Why nothing was done, when the board cannot be used (not found, no Status field...). */
  problem: string | null;
}

export function statusFor(progress: { total: number; open: number }): BoardStatus {
  if (progress.open === 0) return 'Done';
  return progress.open === progress.total ? 'Todo' : 'In progress';
}

interface ProjectData {
  id: string;
  fields: { nodes: Array<{ id?: string; name?: string; options?: Array<{ id: string; name: string }> } | null> };
}

const PROJECT_FIELDS = `projectV2(number: $number) {
      id
      fields(first: 50) { nodes { ... on ProjectV2SingleSelectField { id name options { id name } } } }
    }`;

function notFound(error: unknown): boolean {
  const errors = (error as { errors?: Array<{ type?: string }> }).errors;
  return Array.isArray(errors) && errors.some((e) => e.type === 'NOT_FOUND');
}

/** The project of an organisation, or else of a user, with that login. */
async function findProject(octokit: GitHub, login: string, number: number): Promise<ProjectData | null> {
  for (const owner of ['organization', 'user'] as const) {
    try {
      const data = await octokit.graphql<Record<string, { projectV2: ProjectData | null } | null>>(
        `query($login: String!, $number: Int!) { ${owner}(login: $login) { ${PROJECT_FIELDS} } }`,
        { login, number },
      );
      const project = data[owner]?.projectV2;
      if (project) return project;
    } catch (error) {
      if (!notFound(error)) throw error;
    }
  }
  return null;
}

const normalise = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

interface ItemsData {
  node: { projectItems: { nodes: Array<{ id: string; project: { id: string }; fieldValueByName: { optionId?: string | null } | null } | null> } } | null;
}

export async function syncProjectBoard(octokit: GitHub, project: string, items: readonly BoardItem[]): Promise<BoardResult> {
  const m = /^([A-Za-z0-9-]+)\/(\d+)$/.exec(project);
  if (!m) return { writes: 0, problem: `project '${project}' is not <owner>/<number>` };
  const board = await findProject(octokit, m[1] as string, Number(m[2]));
  if (!board) return { writes: 0, problem: `no project ${project} (or the App cannot see it: it needs the "Projects" permission)` };
  const field = board.fields.nodes.find((f) => f?.name !== undefined && normalise(f.name) === 'status');
  if (!field?.id || !field.options) return { writes: 0, problem: `project ${project} has no single-select Status field` };
  const options = new Map(field.options.map((o) => [normalise(o.name), o.id]));
  let writes = 0;
  const missing: string[] = [];
  for (const item of items) {
    const optionId = options.get(normalise(item.status));
    if (!optionId) {
      missing.push(item.status);
      continue;
    }
    const data = await octokit.graphql<ItemsData>(
      'query($id: ID!, $field: String!) { node(id: $id) { ... on Issue { projectItems(first: 50) { nodes { id project { id } fieldValueByName(name: $field) { ... on ProjectV2ItemFieldSingleSelectValue { optionId } } } } } } }',
      { id: item.nodeId, field: field.name },
    );
    const existing = data.node?.projectItems.nodes.find((n) => n?.project.id === board.id);
    if (existing?.fieldValueByName?.optionId === optionId) continue;
    let itemId = existing?.id;
    if (!itemId) {
      const added = await octokit.graphql<{ addProjectV2ItemById: { item: { id: string } } }>(
        'mutation($project: ID!, $content: ID!) { addProjectV2ItemById(input: {projectId: $project, contentId: $content}) { item { id } } }',
        { project: board.id, content: item.nodeId },
      );
      itemId = added.addProjectV2ItemById.item.id;
      writes++;
    }
    await octokit.graphql(
      'mutation($project: ID!, $item: ID!, $field: ID!, $option: String!) { updateProjectV2ItemFieldValue(input: {projectId: $project, itemId: $item, fieldId: $field, value: {singleSelectOptionId: $option}}) { projectV2Item { id } } }',
      { project: board.id, item: itemId, field: field.id, option: optionId },
    );
    writes++;
  }
  return { writes, problem: missing.length > 0 ? `project ${project}'s Status field has no option ${[...new Set(missing)].join(', ')}` : null };
}
