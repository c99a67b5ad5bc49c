// POST /graphql for the Projects (v2) operations an issue-tracking app needs. A small GraphQL
// parser, a static validation pass over a hand-written slice of GitHub's schema (field names,
// argument names and types, unions needing fragments, declared/used variables — with GitHub's
// error texts), then execution against state. Anything outside the slice is an error, not a
// silent null, so a query that works here uses only names GitHub's schema has.
import type { Identity } from './context.js';
import type { IssueState, ProjectFieldState, ProjectItemState, ProjectState, RepoState, State } from './state.js';

// ------------------------------------------------------------------ parser

type ValueNode =
  | { kind: 'Variable'; name: string }
  | { kind: 'Int' | 'Float'; value: number }
  | { kind: 'String'; value: string }
  | { kind: 'Boolean'; value: boolean }
  | { kind: 'Null' }
  | { kind: 'Enum'; value: string }
  | { kind: 'List'; values: ValueNode[] }
  | { kind: 'Object'; fields: Array<{ name: string; value: ValueNode }> };

interface Loc {
  line: number;
  column: number;
}

type Selection =
  | { kind: 'Field'; alias: string | null; name: string; args: Array<{ name: string; value: ValueNode }>; selections: Selection[] | null; loc: Loc }
  | { kind: 'InlineFragment'; typeCondition: string | null; selections: Selection[]; loc: Loc }
  | { kind: 'FragmentSpread'; name: string; loc: Loc };

interface OperationNode {
  kind: 'Operation';
  operation: 'query' | 'mutation' | 'subscription';
  name: string | null;
  variables: Array<{ name: string; type: string; defaultValue: ValueNode | null; loc: Loc }>;
  selections: Selection[];
  loc: Loc;
}

interface FragmentNode {
  kind: 'Fragment';
  name: string;
  typeCondition: string;
  selections: Selection[];
  loc: Loc;
}

interface Token {
  kind: 'punct' | 'name' | 'int' | 'float' | 'string' | 'eof';
  value: string;
  loc: Loc;
}

export class GraphQLSyntaxError extends Error {
  constructor(
    message: string,
    readonly loc: Loc,
  ) {
    super(message);
  }
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const loc = (): Loc => ({ line, column: i - lineStart + 1 });
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ',' || c === '\ufeff') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const start = loc();
    if (src.startsWith('...', i)) {
      tokens.push({ kind: 'punct', value: '...', loc: start });
      i += 3;
      continue;
    }
    if ('!$&()+:=@[]{}|'.includes(c)) {
      tokens.push({ kind: 'punct', value: c, loc: start });
      i++;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'name', value: m[0], loc: start });
      i += m[0].length;
      continue;
    }
    if (/[-0-9]/.test(c)) {
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(src.slice(i));
      if (!m) throw new GraphQLSyntaxError(`Parse error on "${c}" (error)`, start);
      tokens.push({ kind: m[2] || m[3] ? 'float' : 'int', value: m[0], loc: start });
      i += m[0].length;
      continue;
    }
    if (src.startsWith('"""', i)) {
      const end = src.indexOf('"""', i + 3);
      if (end < 0) throw new GraphQLSyntaxError('Unterminated string', start);
      const raw = src.slice(i + 3, end);
      for (const ch of raw) if (ch === '\n') line++;
      tokens.push({ kind: 'string', value: blockString(raw), loc: start });
      i = end + 3;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\n') throw new GraphQLSyntaxError('Unterminated string', start);
        if (src[j] === '\\') {
          const e = src[j + 1];
          if (e === 'u') {
            value += String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16));
            j += 6;
            continue;
          }
          value += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e as string] ?? e;
          j += 2;
          continue;
        }
        value += src[j];
        j++;
      }
      if (j >= src.length) throw new GraphQLSyntaxError('Unterminated string', start);
      tokens.push({ kind: 'string', value, loc: start });
      i = j + 1;
      continue;
    }
    throw new GraphQLSyntaxError(`Parse error on "${c}" (error)`, start);
  }
  tokens.push({ kind: 'eof', value: '', loc: loc() });
  return tokens;
}

function blockString(raw: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const indents = lines.slice(1).filter((l) => l.trim() !== '').map((l) => (/^[ \t]*/.exec(l) as RegExpExecArray)[0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  const out = lines.map((l, i) => (i === 0 ? l : l.slice(common)));
  while (out.length > 0 && (out[0] as string).trim() === '') out.shift();
  while (out.length > 0 && (out[out.length - 1] as string).trim() === '') out.pop();
  return out.join('\n').replaceAll('\\"""', '"""');
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos] as Token;
  }

  private next(): Token {
    return this.tokens[this.pos++] as Token;
  }

  private is(value: string): boolean {
    const t = this.peek();
    return (t.kind === 'punct' || t.kind === 'name') && t.value === value;
  }

  private expect(value: string): Token {
    const t = this.next();
    if (t.value !== value || (t.kind !== 'punct' && t.kind !== 'name')) {
      throw new GraphQLSyntaxError(`Parse error on ${t.kind === 'eof' ? 'end of file' : JSON.stringify(t.value)} (${t.kind.toUpperCase()}): expected ${value}`, t.loc);
    }
    return t;
  }

  private name(): Token {
    const t = this.next();
    if (t.kind !== 'name') throw new GraphQLSyntaxError(`Parse error on ${JSON.stringify(t.value)} (${t.kind.toUpperCase()}): expected a name`, t.loc);
    return t;
  }

  document(): Array<OperationNode | FragmentNode> {
    const defs: Array<OperationNode | FragmentNode> = [];
    while (this.peek().kind !== 'eof') defs.push(this.definition());
    if (defs.length === 0) throw new GraphQLSyntaxError('Unexpected end of document', this.peek().loc);
    return defs;
  }

  private definition(): OperationNode | FragmentNode {
    const t = this.peek();
    if (this.is('{')) return { kind: 'Operation', operation: 'query', name: null, variables: [], selections: this.selectionSet(), loc: t.loc };
    if (this.is('fragment')) {
      this.next();
      const name = this.name().value;
      this.expect('on');
      const typeCondition = this.name().value;
      this.directives();
      return { kind: 'Fragment', name, typeCondition, selections: this.selectionSet(), loc: t.loc };
    }
    if (this.is('query') || this.is('mutation') || this.is('subscription')) {
      const operation = this.next().value as OperationNode['operation'];
      const name = this.peek().kind === 'name' ? this.next().value : null;
      const variables: OperationNode['variables'] = [];
      if (this.is('(')) {
        this.next();
        while (!this.is(')')) {
          const vt = this.expect('$');
          const vname = this.name().value;
          this.expect(':');
          const type = this.typeRef();
          let defaultValue: ValueNode | null = null;
          if (this.is('=')) {
            this.next();
            defaultValue = this.value(true);
          }
          variables.push({ name: vname, type, defaultValue, loc: vt.loc });
        }
        this.next();
      }
      this.directives();
      return { kind: 'Operation', operation, name, variables, selections: this.selectionSet(), loc: t.loc };
    }
    throw new GraphQLSyntaxError(`Parse error on ${JSON.stringify(t.value)} (${t.kind.toUpperCase()})`, t.loc);
  }

  private typeRef(): string {
    let type: string;
    if (this.is('[')) {
      this.next();
      type = `[${this.typeRef()}]`;
      this.expect(']');
    } else {
      type = this.name().value;
    }
    if (this.is('!')) {
      this.next();
      type += '!';
    }
    return type;
  }

  private directives(): void {
    while (this.is('@')) {
      this.next();
      this.name();
      if (this.is('(')) this.args();
    }
  }

  private selectionSet(): Selection[] {
    this.expect('{');
    const out: Selection[] = [];
    while (!this.is('}')) {
      if (this.peek().kind === 'eof') throw new GraphQLSyntaxError('Parse error on end of file: expected }', this.peek().loc);
      out.push(this.selection());
    }
    this.next();
    if (out.length === 0) throw new GraphQLSyntaxError('Parse error on "}" (RCURLY): a selection set is empty', this.peek().loc);
    return out;
  }

  private selection(): Selection {
    const t = this.peek();
    if (this.is('...')) {
      this.next();
      if (this.is('on')) {
        this.next();
        const typeCondition = this.name().value;
        this.directives();
        return { kind: 'InlineFragment', typeCondition, selections: this.selectionSet(), loc: t.loc };
      }
      if (this.is('{') || this.is('@')) {
        this.directives();
        return { kind: 'InlineFragment', typeCondition: null, selections: this.selectionSet(), loc: t.loc };
      }
      return { kind: 'FragmentSpread', name: this.name().value, loc: t.loc };
    }
    let name = this.name().value;
    let alias: string | null = null;
    if (this.is(':')) {
      this.next();
      alias = name;
      name = this.name().value;
    }
    const args = this.is('(') ? this.args() : [];
    this.directives();
    const selections = this.is('{') ? this.selectionSet() : null;
    return { kind: 'Field', alias, name, args, selections, loc: t.loc };
  }

  private args(): Array<{ name: string; value: ValueNode }> {
    this.expect('(');
    const out: Array<{ name: string; value: ValueNode }> = [];
    while (!this.is(')')) {
      const name = this.name().value;
      this.expect(':');
      out.push({ name, value: this.value(false) });
    }
    this.next();
    return out;
  }

  private value(constant: boolean): ValueNode {
    const t = this.next();
    if (t.kind === 'punct' && t.value === '$' && !constant) return { kind: 'Variable', name: this.name().value };
    if (t.kind === 'int') return { kind: 'Int', value: Number(t.value) };
    if (t.kind === 'float') return { kind: 'Float', value: Number(t.value) };
    if (t.kind === 'string') return { kind: 'String', value: t.value };
    if (t.kind === 'name') {
      if (t.value === 'true' || t.value === 'false') return { kind: 'Boolean', value: t.value === 'true' };
      if (t.value === 'null') return { kind: 'Null' };
      return { kind: 'Enum', value: t.value };
    }
    if (t.kind === 'punct' && t.value === '[') {
      const values: ValueNode[] = [];
      while (!this.is(']')) values.push(this.value(constant));
      this.next();
      return { kind: 'List', values };
    }
    if (t.kind === 'punct' && t.value === '{') {
      const fields: Array<{ name: string; value: ValueNode }> = [];
      while (!this.is('}')) {
        const name = this.name().value;
        this.expect(':');
        fields.push({ name, value: this.value(constant) });
      }
      this.next();
      return { kind: 'Object', fields };
    }
    throw new GraphQLSyntaxError(`Parse error on ${JSON.stringify(t.value)} (${t.kind.toUpperCase()})`, t.loc);
  }
}

export function parse(query: string): Array<OperationNode | FragmentNode> {
  return new Parser(tokenize(query)).document();
}

// ------------------------------------------------------------------ the schema slice

export interface GraphQLContext {
  state: State;
  identity: Identity;
  webUrl: string;
}

/** A runtime error with GitHub's `type` (NOT_FOUND, FORBIDDEN, ...). */
class FieldError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

type Resolver = (parent: unknown, args: Record<string, unknown>, ctx: GraphQLContext) => unknown;

interface FieldDef {
  type: string;
  args?: Record<string, string>;
  resolve?: Resolver;
}

type TypeDef =
  | { kind: 'OBJECT'; fields: Record<string, FieldDef>; interfaces?: string[] }
  | { kind: 'INTERFACE' | 'UNION'; fields: Record<string, FieldDef>; resolveType: (value: unknown) => string }
  | { kind: 'INPUT_OBJECT'; fields: Record<string, string> }
  | { kind: 'SCALAR' | 'ENUM'; values?: string[] };

interface Owner {
  login: string;
  type: 'Organization' | 'User';
}
interface FieldRef {
  project: ProjectState;
  field: ProjectFieldState;
}
interface ItemRef {
  project: ProjectState;
  item: ProjectItemState;
}
interface ContentRef {
  repo: RepoState;
  issue: IssueState;
}
interface ValueRef {
  item: ItemRef;
  field: ProjectFieldState;
  value: string | number;
}
interface Connection<T> {
  items: T[];
  offset: number;
  total: number;
}

const cursor = (i: number) => Buffer.from(`cursor:${i + 1}`).toString('base64');

function connection<T>(all: T[], args: Record<string, unknown>, name: string): Connection<T> {
  const first = args.first as number | null | undefined;
  const last = args.last as number | null | undefined;
  if ((first === undefined || first === null) && (last === undefined || last === null)) {
    throw new FieldError('MISSING_PAGINATION_BOUNDARIES', `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`);
  }
  const n = (first ?? last) as number;
  if (n > 100 || n < 0) {
    throw new FieldError('EXCESSIVE_PAGINATION', `Requesting ${n} records on the \`${name}\` connection exceeds the \`${first !== undefined && first !== null ? 'first' : 'last'}\` limit of 100 records.`);
  }
  let offset = 0;
  if (typeof args.after === 'string') {
    const m = /^cursor:(\d+)$/.exec(Buffer.from(args.after, 'base64').toString('utf8'));
    if (!m) throw new FieldError('INVALID_CURSOR_ARGUMENTS', `\`${args.after}\` does not appear to be a valid cursor.`);
    offset = Number(m[1]);
  }
  if (first === undefined || first === null) {
    return { items: all.slice(Math.max(offset, all.length - n)), offset: Math.max(offset, all.length - n), total: all.length };
  }
  return { items: all.slice(offset, offset + n), offset, total: all.length };
}

function connectionType(node: string): TypeDef {
  return {
    kind: 'OBJECT',
    fields: {
      nodes: { type: `[${node}]`, resolve: (c) => (c as Connection<unknown>).items },
      edges: {
        type: `[${node}Edge]`,
        resolve: (c) => {
          const conn = c as Connection<unknown>;
          return conn.items.map((item, i) => ({ item, cursor: cursor(conn.offset + i) }));
        },
      },
      totalCount: { type: 'Int!', resolve: (c) => (c as Connection<unknown>).total },
      pageInfo: {
        type: 'PageInfo!',
        resolve: (c) => {
          const conn = c as Connection<unknown>;
          const end = conn.offset + conn.items.length;
          return {
            hasNextPage: end < conn.total,
            hasPreviousPage: conn.offset > 0,
            startCursor: conn.items.length > 0 ? cursor(conn.offset) : null,
            endCursor: conn.items.length > 0 ? cursor(end - 1) : null,
          };
        },
      },
    },
  };
}

function edgeType(node: string): TypeDef {
  return {
    kind: 'OBJECT',
    fields: {
      cursor: { type: 'String!', resolve: (e) => (e as { cursor: string }).cursor },
      node: { type: node, resolve: (e) => (e as { item: unknown }).item },
    },
  };
}

const pagingArgs = { first: 'Int', last: 'Int', after: 'String', before: 'String' };

function canReadProject(ctx: GraphQLContext, project: ProjectState, write: boolean): void {
  const owner = ctx.state.user(project.owner);
  if (ctx.identity.kind !== 'token') throw new FieldError('FORBIDDEN', 'Resource not accessible by integration');
  const token = ctx.identity.token;
  if (token.kind === 'user') return;
  const level = token.permissions.organization_projects;
  const ok = owner.type === 'Organization' && token.kind === 'installation' && (write ? level === 'write' || level === 'admin' : level !== undefined);
  if (!ok) throw new FieldError('FORBIDDEN', 'Resource not accessible by integration');
}

function ownerOf(kind: 'Organization' | 'User'): Resolver {
  return (_p, args, ctx) => {
    const login = String(args.login);
    const u = ctx.state.users.get(login.toLowerCase());
    if (!u || (kind === 'Organization') !== (u.type === 'Organization')) {
      throw new FieldError('NOT_FOUND', `Could not resolve to ${kind === 'Organization' ? 'an Organization' : 'a User'} with the login of '${login}'.`);
    }
    return { login: u.login, type: kind } satisfies Owner;
  };
}

const ownerFields: Record<string, FieldDef> = {
  id: { type: 'ID!', resolve: (o, _a, ctx) => ctx.state.user((o as Owner).login).nodeId },
  login: { type: 'String!', resolve: (o) => (o as Owner).login },
  projectV2: {
    type: 'ProjectV2',
    args: { number: 'Int!' },
    resolve: (o, args, ctx) => {
      const project = ctx.state.projects.find((p) => p.owner.toLowerCase() === (o as Owner).login.toLowerCase() && p.number === args.number);
      if (!project) throw new FieldError('NOT_FOUND', `Could not resolve to a ProjectV2 with the number ${String(args.number)}.`);
      canReadProject(ctx, project, false);
      return project;
    },
  },
  projectsV2: {
    type: 'ProjectV2Connection!',
    args: { ...pagingArgs, query: 'String', orderBy: 'ProjectV2Order' },
    resolve: (o, args, ctx) =>
      connection(
        ctx.state.projects.filter((p) => p.owner.toLowerCase() === (o as Owner).login.toLowerCase()),
        args,
        'projectsV2',
      ),
  },
};

function contentFields(kind: 'Issue' | 'PullRequest'): Record<string, FieldDef> {
  return {
    id: { type: 'ID!', resolve: (c) => (c as ContentRef).issue.nodeId },
    number: { type: 'Int!', resolve: (c) => (c as ContentRef).issue.number },
    title: { type: 'String!', resolve: (c) => (c as ContentRef).issue.title },
    state: { type: kind === 'Issue' ? 'IssueState!' : 'PullRequestState!', resolve: (c) => (c as ContentRef).issue.state.toUpperCase() },
    url: {
      type: 'URI!',
      resolve: (c, _a, ctx) => `${ctx.webUrl}/${(c as ContentRef).repo.fullName}/${kind === 'Issue' ? 'issues' : 'pull'}/${(c as ContentRef).issue.number}`,
    },
    repository: { type: 'Repository!', resolve: (c) => (c as ContentRef).repo },
    projectItems: {
      type: 'ProjectV2ItemConnection!',
      args: { ...pagingArgs, includeArchived: 'Boolean' },
      resolve: (c, args, ctx) =>
        connection(
          ctx.state.projects.flatMap((project) =>
            project.items.filter((item) => item.contentId === (c as ContentRef).issue.nodeId).map((item) => ({ project, item })),
          ),
          args,
          'projectItems',
        ),
    },
  };
}

const fieldCommon: Record<string, FieldDef> = {
  id: { type: 'ID!', resolve: (f) => (f as FieldRef).field.id },
  name: { type: 'String!', resolve: (f) => (f as FieldRef).field.name },
  dataType: { type: 'ProjectV2FieldType!', resolve: (f) => (f as FieldRef).field.dataType },
  project: { type: 'ProjectV2!', resolve: (f) => (f as FieldRef).project },
};

const fieldTypeName = (v: unknown) => ((v as FieldRef).field.dataType === 'SINGLE_SELECT' ? 'ProjectV2SingleSelectField' : 'ProjectV2Field');

function itemValues(ref: ItemRef): ValueRef[] {
  return ref.project.fields
    .filter((f) => ref.item.fieldValues.has(f.id))
    .map((field) => ({ item: ref, field, value: ref.item.fieldValues.get(field.id) as string | number }));
}

const valueTypeName = (v: unknown) => ((v as ValueRef).field.dataType === 'SINGLE_SELECT' ? 'ProjectV2ItemFieldSingleSelectValue' : 'ProjectV2ItemFieldTextValue');

const valueCommon: Record<string, FieldDef> = {
  id: { type: 'ID!', resolve: (v) => `PVTFSV_${Buffer.from(`${(v as ValueRef).item.item.id}:${(v as ValueRef).field.id}`).toString('base64url')}` },
  field: { type: 'ProjectV2FieldConfiguration!', resolve: (v) => ({ project: (v as ValueRef).item.project, field: (v as ValueRef).field }) },
  item: { type: 'ProjectV2Item!', resolve: (v) => (v as ValueRef).item },
};

function findProject(ctx: GraphQLContext, id: unknown, write: boolean): ProjectState {
  const project = ctx.state.projects.find((p) => p.id === id);
  if (!project) throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(id)}'`);
  canReadProject(ctx, project, write);
  return project;
}

function findItem(project: ProjectState, id: unknown): ProjectItemState {
  const item = project.items.find((i) => i.id === id);
  if (!item) throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(id)}'`);
  return item;
}

function nodeById(ctx: GraphQLContext, id: string): unknown {
  const project = ctx.state.projects.find((p) => p.id === id);
  if (project) return project;
  for (const p of ctx.state.projects) {
    const item = p.items.find((i) => i.id === id);
    if (item) return { project: p, item } satisfies ItemRef;
    const field = p.fields.find((f) => f.id === id);
    if (field) return { project: p, field } satisfies FieldRef;
  }
  return ctx.state.contentByNodeId(id) ?? null;
}

function nodeTypeName(v: unknown): string {
  if ((v as ProjectState).fields && (v as ProjectState).items) return 'ProjectV2';
  if ((v as ItemRef).item) return 'ProjectV2Item';
  if ((v as FieldRef).field) return fieldTypeName(v);
  return (v as ContentRef).issue.isPullRequest ? 'PullRequest' : 'Issue';
}

const SCHEMA: Record<string, TypeDef> = {
  ID: { kind: 'SCALAR' },
  String: { kind: 'SCALAR' },
  Int: { kind: 'SCALAR' },
  Float: { kind: 'SCALAR' },
  Boolean: { kind: 'SCALAR' },
  URI: { kind: 'SCALAR' },
  Date: { kind: 'SCALAR' },
  ProjectV2FieldType: { kind: 'ENUM', values: ['ASSIGNEES', 'DATE', 'ITERATION', 'LABELS', 'LINKED_PULL_REQUESTS', 'MILESTONE', 'NUMBER', 'REPOSITORY', 'REVIEWERS', 'SINGLE_SELECT', 'TEXT', 'TITLE', 'TRACKS', 'TRACKED_BY'] },
  ProjectV2ItemType: { kind: 'ENUM', values: ['DRAFT_ISSUE', 'ISSUE', 'PULL_REQUEST', 'REDACTED'] },
  IssueState: { kind: 'ENUM', values: ['OPEN', 'CLOSED'] },
  PullRequestState: { kind: 'ENUM', values: ['OPEN', 'CLOSED', 'MERGED'] },
  ProjectV2Order: { kind: 'INPUT_OBJECT', fields: { field: 'String!', direction: 'String!' } },
  ProjectV2FieldOrder: { kind: 'INPUT_OBJECT', fields: { field: 'String!', direction: 'String!' } },

  Query: {
    kind: 'OBJECT',
    fields: {
      organization: { type: 'Organization', args: { login: 'String!' }, resolve: ownerOf('Organization') },
      user: { type: 'User', args: { login: 'String!' }, resolve: ownerOf('User') },
      viewer: {
        type: 'User!',
        resolve: (_p, _a, ctx) => ({ login: ctx.identity.kind === 'token' ? ctx.identity.token.login : 'ghost', type: 'User' }) satisfies Owner,
      },
      repository: {
        type: 'Repository',
        args: { owner: 'String!', name: 'String!', followRenames: 'Boolean' },
        resolve: (_p, args, ctx) => {
          const repo = ctx.state.findRepo(String(args.owner), String(args.name));
          if (!repo) throw new FieldError('NOT_FOUND', `Could not resolve to a Repository with the name '${String(args.owner)}/${String(args.name)}'.`);
          return repo;
        },
      },
      node: {
        type: 'Node',
        args: { id: 'ID!' },
        resolve: (_p, args, ctx) => {
          const node = nodeById(ctx, String(args.id));
          if (!node) throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(args.id)}'`);
          return node;
        },
      },
    },
  },
  Mutation: {
    kind: 'OBJECT',
    fields: {
      addProjectV2ItemById: {
        type: 'AddProjectV2ItemByIdPayload',
        args: { input: 'AddProjectV2ItemByIdInput!' },
        resolve: (_p, args, ctx) => {
          const input = args.input as { projectId: string; contentId: string; clientMutationId?: string };
          const project = findProject(ctx, input.projectId, true);
          const content = ctx.state.contentByNodeId(input.contentId);
          if (!content) throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${input.contentId}'`);
          // Adding content that is already on the board returns the existing item.
          let item = project.items.find((i) => i.contentId === input.contentId);
          if (!item) {
            item = { id: `PVTI_${Buffer.from(`item:${ctx.state.id()}`).toString('base64url')}`, contentId: input.contentId, fieldValues: new Map() };
            project.items.push(item);
          }
          return { clientMutationId: input.clientMutationId ?? null, item: { project, item } satisfies ItemRef };
        },
      },
      updateProjectV2ItemFieldValue: {
        type: 'UpdateProjectV2ItemFieldValuePayload',
        args: { input: 'UpdateProjectV2ItemFieldValueInput!' },
        resolve: (_p, args, ctx) => {
          const input = args.input as {
            projectId: string;
            itemId: string;
            fieldId: string;
            value: { singleSelectOptionId?: string; text?: string; number?: number; date?: string; iterationId?: string };
            clientMutationId?: string;
          };
          const project = findProject(ctx, input.projectId, true);
          const item = findItem(project, input.itemId);
          const field = project.fields.find((f) => f.id === input.fieldId);
          if (!field) throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${input.fieldId}'`);
          const given = Object.entries(input.value).filter(([, v]) => v !== undefined && v !== null);
          if (given.length !== 1) throw new FieldError('UNPROCESSABLE', 'Exactly one value must be given for the field value.');
          const [kind, value] = given[0] as [string, string | number];
          if (field.dataType === 'SINGLE_SELECT') {
            if (kind !== 'singleSelectOptionId') throw new FieldError('UNPROCESSABLE', `The field of type single_select requires singleSelectOptionId, got ${kind}.`);
            if (!field.options.some((o) => o.id === value)) throw new FieldError('UNPROCESSABLE', 'The single select option Id does not belong to the field');
          } else if (field.dataType === 'TITLE') {
            throw new FieldError('UNPROCESSABLE', 'The title field cannot be updated this way.');
          }
          item.fieldValues.set(field.id, value);
          return { clientMutationId: input.clientMutationId ?? null, projectV2Item: { project, item } satisfies ItemRef };
        },
      },
      deleteProjectV2Item: {
        type: 'DeleteProjectV2ItemPayload',
        args: { input: 'DeleteProjectV2ItemInput!' },
        resolve: (_p, args, ctx) => {
          const input = args.input as { projectId: string; itemId: string; clientMutationId?: string };
          const project = findProject(ctx, input.projectId, true);
          const item = findItem(project, input.itemId);
          project.items.splice(project.items.indexOf(item), 1);
          return { clientMutationId: input.clientMutationId ?? null, deletedItemId: item.id };
        },
      },
    },
  },
  AddProjectV2ItemByIdInput: { kind: 'INPUT_OBJECT', fields: { clientMutationId: 'String', contentId: 'ID!', projectId: 'ID!' } },
  UpdateProjectV2ItemFieldValueInput: {
    kind: 'INPUT_OBJECT',
    fields: { clientMutationId: 'String', fieldId: 'ID!', itemId: 'ID!', projectId: 'ID!', value: 'ProjectV2FieldValue!' },
  },
  ProjectV2FieldValue: { kind: 'INPUT_OBJECT', fields: { date: 'Date', iterationId: 'String', number: 'Float', singleSelectOptionId: 'String', text: 'String' } },
  DeleteProjectV2ItemInput: { kind: 'INPUT_OBJECT', fields: { clientMutationId: 'String', itemId: 'ID!', projectId: 'ID!' } },
  AddProjectV2ItemByIdPayload: {
    kind: 'OBJECT',
    fields: { clientMutationId: { type: 'String' }, item: { type: 'ProjectV2Item' } },
  },
  UpdateProjectV2ItemFieldValuePayload: {
    kind: 'OBJECT',
    fields: { clientMutationId: { type: 'String' }, projectV2Item: { type: 'ProjectV2Item' } },
  },
  DeleteProjectV2ItemPayload: { kind: 'OBJECT', fields: { clientMutationId: { type: 'String' }, deletedItemId: { type: 'ID' } } },

  Node: {
    kind: 'INTERFACE',
    fields: { id: { type: 'ID!' } },
    resolveType: nodeTypeName,
  },
  Organization: { kind: 'OBJECT', fields: ownerFields, interfaces: ['Node'] },
  User: { kind: 'OBJECT', fields: ownerFields, interfaces: ['Node'] },
  Repository: {
    kind: 'OBJECT',
    interfaces: ['Node'],
    fields: {
      id: { type: 'ID!', resolve: (r) => (r as RepoState).nodeId },
      name: { type: 'String!', resolve: (r) => (r as RepoState).name },
      nameWithOwner: { type: 'String!', resolve: (r) => (r as RepoState).fullName },
      issue: {
        type: 'Issue',
        args: { number: 'Int!' },
        resolve: (r, args) => {
          const issue = (r as RepoState).issues.find((i) => i.number === args.number && !i.isPullRequest);
          if (!issue) throw new FieldError('NOT_FOUND', `Could not resolve to an Issue with the number of ${String(args.number)}.`);
          return { repo: r as RepoState, issue } satisfies ContentRef;
        },
      },
      pullRequest: {
        type: 'PullRequest',
        args: { number: 'Int!' },
        resolve: (r, args) => {
          const issue = (r as RepoState).issues.find((i) => i.number === args.number && i.isPullRequest);
          if (!issue) throw new FieldError('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${String(args.number)}.`);
          return { repo: r as RepoState, issue } satisfies ContentRef;
        },
      },
    },
  },
  Issue: { kind: 'OBJECT', fields: contentFields('Issue'), interfaces: ['Node'] },
  PullRequest: { kind: 'OBJECT', fields: contentFields('PullRequest'), interfaces: ['Node'] },
  DraftIssue: { kind: 'OBJECT', fields: { id: { type: 'ID!' }, title: { type: 'String!' } }, interfaces: ['Node'] },
  PageInfo: {
    kind: 'OBJECT',
    fields: {
      hasNextPage: { type: 'Boolean!' },
      hasPreviousPage: { type: 'Boolean!' },
      startCursor: { type: 'String' },
      endCursor: { type: 'String' },
    },
  },
  ProjectV2: {
    kind: 'OBJECT',
    interfaces: ['Node'],
    fields: {
      id: { type: 'ID!', resolve: (p) => (p as ProjectState).id },
      number: { type: 'Int!', resolve: (p) => (p as ProjectState).number },
      title: { type: 'String!', resolve: (p) => (p as ProjectState).title },
      closed: { type: 'Boolean!', resolve: (p) => (p as ProjectState).closed },
      url: {
        type: 'URI!',
        resolve: (p, _a, ctx) => {
          const owner = ctx.state.user((p as ProjectState).owner);
          return `${ctx.webUrl}/${owner.type === 'Organization' ? 'orgs' : 'users'}/${owner.login}/projects/${(p as ProjectState).number}`;
        },
      },
      field: {
        type: 'ProjectV2FieldConfiguration',
        args: { name: 'String!' },
        resolve: (p, args) => {
          const field = (p as ProjectState).fields.find((f) => f.name === args.name);
          return field ? ({ project: p as ProjectState, field } satisfies FieldRef) : null;
        },
      },
      fields: {
        type: 'ProjectV2FieldConfigurationConnection!',
        args: { ...pagingArgs, orderBy: 'ProjectV2FieldOrder' },
        resolve: (p, args) => connection((p as ProjectState).fields.map((field) => ({ project: p as ProjectState, field })), args, 'fields'),
      },
      items: {
        type: 'ProjectV2ItemConnection!',
        args: { ...pagingArgs, query: 'String' },
        resolve: (p, args) => connection((p as ProjectState).items.map((item) => ({ project: p as ProjectState, item })), args, 'items'),
      },
    },
  },
  ProjectV2Connection: connectionType('ProjectV2'),
  ProjectV2Edge: edgeType('ProjectV2'),
  ProjectV2FieldConfigurationConnection: connectionType('ProjectV2FieldConfiguration'),
  ProjectV2FieldConfigurationEdge: edgeType('ProjectV2FieldConfiguration'),
  ProjectV2ItemConnection: connectionType('ProjectV2Item'),
  ProjectV2ItemEdge: edgeType('ProjectV2Item'),
  ProjectV2ItemFieldValueConnection: connectionType('ProjectV2ItemFieldValue'),
  ProjectV2ItemFieldValueEdge: edgeType('ProjectV2ItemFieldValue'),
  // A union: selecting `id` on it needs a fragment (`... on ProjectV2FieldCommon`), as on GitHub.
  ProjectV2FieldConfiguration: { kind: 'UNION', fields: {}, resolveType: fieldTypeName },
  ProjectV2FieldCommon: { kind: 'INTERFACE', fields: fieldCommon, resolveType: fieldTypeName },
  ProjectV2Field: { kind: 'OBJECT', fields: fieldCommon, interfaces: ['ProjectV2FieldCommon', 'Node'] },
  // Iteration fields exist on GitHub; the server never creates one, but queries may name them.
  ProjectV2IterationField: { kind: 'OBJECT', fields: fieldCommon, interfaces: ['ProjectV2FieldCommon', 'Node'] },
  ProjectV2SingleSelectField: {
    kind: 'OBJECT',
    interfaces: ['ProjectV2FieldCommon', 'Node'],
    fields: {
      ...fieldCommon,
      options: {
        type: '[ProjectV2SingleSelectFieldOption!]!',
        args: { names: '[String!]' },
        resolve: (f, args) => {
          const names = args.names as string[] | undefined | null;
          return (f as FieldRef).field.options.filter((o) => !names || names.includes(o.name));
        },
      },
    },
  },
  ProjectV2SingleSelectFieldOption: {
    kind: 'OBJECT',
    fields: {
      id: { type: 'String!' },
      name: { type: 'String!' },
      color: { type: 'String!' },
      description: { type: 'String!', resolve: () => '' },
    },
  },
  ProjectV2ItemContent: {
    kind: 'UNION',
    fields: {},
    resolveType: (v) => ((v as ContentRef).issue.isPullRequest ? 'PullRequest' : 'Issue'),
  },
  ProjectV2Item: {
    kind: 'OBJECT',
    interfaces: ['Node'],
    fields: {
      id: { type: 'ID!', resolve: (i) => (i as ItemRef).item.id },
      type: {
        type: 'ProjectV2ItemType!',
        resolve: (i, _a, ctx) => (ctx.state.contentByNodeId((i as ItemRef).item.contentId)?.issue.isPullRequest ? 'PULL_REQUEST' : 'ISSUE'),
      },
      isArchived: { type: 'Boolean!', resolve: () => false },
      project: { type: 'ProjectV2!', resolve: (i) => (i as ItemRef).project },
      content: { type: 'ProjectV2ItemContent', resolve: (i, _a, ctx) => ctx.state.contentByNodeId((i as ItemRef).item.contentId) ?? null },
      fieldValueByName: {
        type: 'ProjectV2ItemFieldValue',
        args: { name: 'String!' },
        resolve: (i, args) => itemValues(i as ItemRef).find((v) => v.field.name === args.name) ?? null,
      },
      fieldValues: {
        type: 'ProjectV2ItemFieldValueConnection!',
        args: { ...pagingArgs, orderBy: 'ProjectV2FieldOrder' },
        resolve: (i, args) => connection(itemValues(i as ItemRef), args, 'fieldValues'),
      },
    },
  },
  ProjectV2ItemFieldValue: { kind: 'UNION', fields: {}, resolveType: valueTypeName },
  ProjectV2ItemFieldValueCommon: { kind: 'INTERFACE', fields: valueCommon, resolveType: valueTypeName },
  ProjectV2ItemFieldSingleSelectValue: {
    kind: 'OBJECT',
    interfaces: ['ProjectV2ItemFieldValueCommon', 'Node'],
    fields: {
      ...valueCommon,
      optionId: { type: 'String', resolve: (v) => String((v as ValueRef).value) },
      name: { type: 'String', resolve: (v) => (v as ValueRef).field.options.find((o) => o.id === (v as ValueRef).value)?.name ?? null },
      color: { type: 'String!', resolve: (v) => (v as ValueRef).field.options.find((o) => o.id === (v as ValueRef).value)?.color ?? 'GRAY' },
    },
  },
  ProjectV2ItemFieldTextValue: {
    kind: 'OBJECT',
    interfaces: ['ProjectV2ItemFieldValueCommon', 'Node'],
    fields: { ...valueCommon, text: { type: 'String', resolve: (v) => String((v as ValueRef).value) } },
  },
};

const UNION_MEMBERS: Record<string, string[]> = {
  ProjectV2FieldConfiguration: ['ProjectV2Field', 'ProjectV2SingleSelectField', 'ProjectV2IterationField'],
  ProjectV2ItemContent: ['Issue', 'PullRequest', 'DraftIssue'],
  ProjectV2ItemFieldValue: ['ProjectV2ItemFieldSingleSelectValue', 'ProjectV2ItemFieldTextValue'],
};

function possibleTypes(name: string): string[] {
  const def = SCHEMA[name];
  if (!def) return [];
  if (def.kind === 'OBJECT') return [name];
  if (def.kind === 'UNION') return UNION_MEMBERS[name] ?? [];
  if (def.kind === 'INTERFACE') {
    return Object.entries(SCHEMA)
      .filter(([, d]) => d.kind === 'OBJECT' && (d.interfaces ?? []).includes(name))
      .map(([n]) => n);
  }
  return [];
}

const namedType = (type: string) => type.replace(/[[\]!]/g, '');

// ------------------------------------------------------------------ validation

export interface GraphQLError {
  message: string;
  locations?: Loc[];
  path?: Array<string | number>;
  type?: string;
  extensions?: Record<string, unknown>;
}

interface Validation {
  errors: GraphQLError[];
  fragments: Map<string, FragmentNode>;
  usedVariables: Set<string>;
  declared: Map<string, string>;
  operationName: string;
}

function validateSelections(v: Validation, typeName: string, selections: Selection[], path: string[]): void {
  const def = SCHEMA[typeName];
  if (!def || !(def.kind === 'OBJECT' || def.kind === 'INTERFACE' || def.kind === 'UNION')) return;
  const fields: Record<string, FieldDef> = def.fields;
  for (const sel of selections) {
    if (sel.kind === 'FragmentSpread') {
      const frag = v.fragments.get(sel.name);
      if (!frag) {
        v.errors.push({ message: `Fragment ${sel.name} was used, but not defined`, locations: [sel.loc], path, extensions: { code: 'useAndDefineFragment', fragmentName: sel.name } });
        continue;
      }
      validateFragment(v, typeName, frag.typeCondition, frag.selections, sel.loc, [...path, `... ${sel.name}`]);
      continue;
    }
    if (sel.kind === 'InlineFragment') {
      validateFragment(v, typeName, sel.typeCondition ?? typeName, sel.selections, sel.loc, [...path, `... on ${sel.typeCondition ?? typeName}`]);
      continue;
    }
    const fieldPath = [...path, sel.alias ?? sel.name];
    if (sel.name === '__typename') continue;
    const field = fields[sel.name];
    if (!field) {
      const message =
        def.kind === 'UNION'
          ? `Selections can't be made directly on unions (see selections on ${typeName})`
          : `Field '${sel.name}' doesn't exist on type '${typeName}'`;
      v.errors.push({ message, locations: [sel.loc], path: fieldPath, extensions: { code: def.kind === 'UNION' ? 'selectionMismatch' : 'undefinedField', typeName, fieldName: sel.name } });
      continue;
    }
    const declaredArgs = field.args ?? {};
    for (const arg of sel.args) {
      const argType = declaredArgs[arg.name];
      if (!argType) {
        v.errors.push({ message: `Field '${sel.name}' doesn't accept argument '${arg.name}'`, locations: [sel.loc], path: [...fieldPath, arg.name], extensions: { code: 'argumentNotAccepted', name: sel.name, typeName: 'Field', argumentName: arg.name } });
        continue;
      }
      validateValue(v, arg.value, argType, [...fieldPath, arg.name], sel.loc, `Argument '${arg.name}' on Field '${sel.name}'`);
    }
    const missing = Object.entries(declaredArgs)
      .filter(([name, type]) => type.endsWith('!') && !sel.args.some((a) => a.name === name))
      .map(([name]) => name);
    if (missing.length > 0) {
      v.errors.push({ message: `Field '${sel.name}' is missing required arguments: ${missing.join(', ')}`, locations: [sel.loc], path: fieldPath, extensions: { code: 'missingRequiredArguments', className: 'Field', name: sel.name, arguments: missing.join(', ') } });
    }
    const target = namedType(field.type);
    const targetDef = SCHEMA[target];
    const leaf = !targetDef || targetDef.kind === 'SCALAR' || targetDef.kind === 'ENUM';
    if (leaf && sel.selections) {
      v.errors.push({ message: `Selections can't be made on scalars (field '${sel.name}' returns ${target} but has selections [${sel.selections.map((s) => (s.kind === 'Field' ? s.name : '...')).join(', ')}])`, locations: [sel.loc], path: fieldPath, extensions: { code: 'selectionMismatch', nodeName: `field '${sel.name}'`, typeName: target } });
    } else if (!leaf && !sel.selections) {
      v.errors.push({ message: `Field must have selections (field '${sel.name}' returns ${target} but has no selections. Did you mean '${sel.name} { ... }'?)`, locations: [sel.loc], path: fieldPath, extensions: { code: 'selectionMismatch', nodeName: `field '${sel.name}'`, typeName: target } });
    } else if (sel.selections) {
      validateSelections(v, target, sel.selections, fieldPath);
    }
  }
}

function validateFragment(v: Validation, parentType: string, typeCondition: string, selections: Selection[], loc: Loc, path: string[]): void {
  if (!SCHEMA[typeCondition]) {
    v.errors.push({ message: `No such type ${typeCondition}, so it can't be a fragment condition`, locations: [loc], path, extensions: { code: 'undefinedType', typeName: typeCondition } });
    return;
  }
  const parentPossible = possibleTypes(parentType);
  const fragPossible = possibleTypes(typeCondition);
  if (!fragPossible.some((t) => parentPossible.includes(t))) {
    v.errors.push({ message: `Fragment on ${typeCondition} can't be spread inside ${parentType}`, locations: [loc], path, extensions: { code: 'fragmentSpreadTypeMismatch', typeName: typeCondition } });
    return;
  }
  validateSelections(v, typeCondition, selections, path);
}

function validateValue(v: Validation, value: ValueNode, type: string, path: Array<string | number>, loc: Loc, what: string): void {
  if (value.kind === 'Variable') {
    v.usedVariables.add(value.name);
    const declared = v.declared.get(value.name);
    if (declared === undefined) {
      v.errors.push({ message: `Variable $${value.name} is used by ${v.operationName} but not declared`, locations: [loc], path, extensions: { code: 'variableNotDefined', variableName: value.name } });
    } else if (namedType(declared) !== namedType(type) || (type.endsWith('!') && !declared.endsWith('!'))) {
      v.errors.push({ message: `Nullability mismatch or type mismatch on variable $${value.name} and argument: ${declared} / ${type}`, locations: [loc], path, extensions: { code: 'variableMismatch', variableName: value.name, typeName: declared } });
    }
    return;
  }
  const problem = literalProblem(value, type);
  if (problem) {
    v.errors.push({ message: `${what} has an invalid value (${printValue(value)}). Expected type '${type}'.`, locations: [loc], path, extensions: { code: 'argumentLiteralsIncompatible', typeName: what.split(' ')[0], argumentName: String(path[path.length - 1]) } });
  }
  if (value.kind === 'Object') {
    const def = SCHEMA[namedType(type)];
    if (def?.kind === 'INPUT_OBJECT') {
      for (const f of value.fields) {
        const fieldType = def.fields[f.name];
        if (fieldType) validateValue(v, f.value, fieldType, [...path, f.name], loc, `Argument '${f.name}' on InputObject '${namedType(type)}'`);
      }
    }
  }
}

/** Why a literal does not fit `type` (variables inside are checked separately). */
function literalProblem(value: ValueNode, type: string): string | null {
  if (value.kind === 'Variable') return null;
  if (value.kind === 'Null') return type.endsWith('!') ? 'null for a non-null type' : null;
  const inner = type.endsWith('!') ? type.slice(0, -1) : type;
  if (inner.startsWith('[')) {
    const item = inner.slice(1, -1);
    const values = value.kind === 'List' ? value.values : [value];
    return values.map((x) => literalProblem(x, item)).find((p) => p !== null) ?? null;
  }
  const def = SCHEMA[inner];
  switch (inner) {
    case 'Int':
      return value.kind === 'Int' ? null : 'not an Int';
    case 'Float':
      return value.kind === 'Int' || value.kind === 'Float' ? null : 'not a Float';
    case 'Boolean':
      return value.kind === 'Boolean' ? null : 'not a Boolean';
    case 'ID':
      return value.kind === 'String' || value.kind === 'Int' ? null : 'not an ID';
    case 'String':
    case 'URI':
    case 'Date':
      return value.kind === 'String' ? null : `not a ${inner}`;
    default:
      break;
  }
  if (def?.kind === 'ENUM') return value.kind === 'Enum' && (def.values ?? []).includes(value.value) ? null : 'not an enum value';
  if (def?.kind === 'INPUT_OBJECT') {
    if (value.kind !== 'Object') return 'not an input object';
    const unknown = value.fields.find((f) => !(f.name in def.fields));
    if (unknown) return `unknown field ${unknown.name}`;
    const missing = Object.entries(def.fields).find(([name, t]) => t.endsWith('!') && !value.fields.some((f) => f.name === name));
    if (missing) return `missing ${missing[0]}`;
    return null;
  }
  return null;
}

function printValue(value: ValueNode): string {
  switch (value.kind) {
    case 'Variable':
      return `$${value.name}`;
    case 'String':
      return JSON.stringify(value.value);
    case 'Null':
      return 'null';
    case 'Enum':
      return value.value;
    case 'List':
      return `[${value.values.map(printValue).join(', ')}]`;
    case 'Object':
      return `{${value.fields.map((f) => `${f.name}: ${printValue(f.value)}`).join(', ')}}`;
    default:
      return String(value.value);
  }
}

/** Checks a runtime variable value against a declared type; returns a problem or null. */
function variableProblem(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return type.endsWith('!') ? 'Expected value to not be null' : null;
  const inner = type.endsWith('!') ? type.slice(0, -1) : type;
  if (inner.startsWith('[')) {
    const list = Array.isArray(value) ? value : [value];
    return list.map((x) => variableProblem(x, inner.slice(1, -1))).find((p) => p !== null) ?? null;
  }
  const def = SCHEMA[inner];
  if (inner === 'Int') return Number.isInteger(value) ? null : `Could not coerce value ${JSON.stringify(value)} to Int`;
  if (inner === 'Float') return typeof value === 'number' ? null : `Could not coerce value ${JSON.stringify(value)} to Float`;
  if (inner === 'Boolean') return typeof value === 'boolean' ? null : `Could not coerce value ${JSON.stringify(value)} to Boolean`;
  if (inner === 'ID') return typeof value === 'string' || Number.isInteger(value) ? null : `Could not coerce value ${JSON.stringify(value)} to ID`;
  if (inner === 'String' || inner === 'URI' || inner === 'Date') return typeof value === 'string' ? null : `Could not coerce value ${JSON.stringify(value)} to ${inner}`;
  if (def?.kind === 'ENUM') return (def.values ?? []).includes(String(value)) ? null : `Expected "${String(value)}" to be one of: ${(def.values ?? []).join(', ')}`;
  if (def?.kind === 'INPUT_OBJECT') {
    if (typeof value !== 'object' || Array.isArray(value)) return `Expected ${JSON.stringify(value)} to be a key-value object.`;
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(obj)) if (!(key in def.fields)) return `Field is not defined on ${inner}: ${key}`;
    for (const [name, t] of Object.entries(def.fields)) {
      const p = variableProblem(obj[name], t);
      if (p) return `${name} (${p})`;
    }
    return null;
  }
  if (!def) return `Unknown type ${inner}`;
  return null;
}

// ------------------------------------------------------------------ execution

function argValue(value: ValueNode, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case 'Variable':
      return variables[value.name] ?? null;
    case 'Null':
      return null;
    case 'List':
      return value.values.map((x) => argValue(x, variables));
    case 'Object':
      return Object.fromEntries(value.fields.map((f) => [f.name, argValue(f.value, variables)]));
    default:
      return value.value;
  }
}

interface Exec {
  ctx: GraphQLContext;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentNode>;
  errors: GraphQLError[];
}

function concreteType(typeName: string, value: unknown): string {
  const def = SCHEMA[typeName];
  return def && (def.kind === 'UNION' || def.kind === 'INTERFACE') ? def.resolveType(value) : typeName;
}

function applies(typeCondition: string, concrete: string): boolean {
  return typeCondition === concrete || possibleTypes(typeCondition).includes(concrete);
}

function executeSelections(ex: Exec, typeName: string, value: unknown, selections: Selection[], path: Array<string | number>, out: Record<string, unknown>): void {
  const concrete = concreteType(typeName, value);
  const def = SCHEMA[concrete];
  if (!def || def.kind !== 'OBJECT') return;
  for (const sel of selections) {
    if (sel.kind === 'FragmentSpread') {
      const frag = ex.fragments.get(sel.name) as FragmentNode;
      if (applies(frag.typeCondition, concrete)) executeSelections(ex, concrete, value, frag.selections, path, out);
      continue;
    }
    if (sel.kind === 'InlineFragment') {
      if (applies(sel.typeCondition ?? concrete, concrete)) executeSelections(ex, concrete, value, sel.selections, path, out);
      continue;
    }
    const key = sel.alias ?? sel.name;
    if (sel.name === '__typename') {
      out[key] = concrete;
      continue;
    }
    const field = def.fields[sel.name] as FieldDef;
    const args: Record<string, unknown> = {};
    for (const a of sel.args) args[a.name] = argValue(a.value, ex.variables);
    let result: unknown;
    try {
      result = field.resolve ? field.resolve(value, args, ex.ctx) : (value as Record<string, unknown>)[sel.name];
    } catch (err) {
      if (!(err instanceof FieldError)) throw err;
      ex.errors.push({ type: err.type, path: [...path, key], locations: [sel.loc], message: err.message });
      out[key] = null;
      continue;
    }
    out[key] = complete(ex, field.type, result, sel, [...path, key]);
  }
}

function complete(ex: Exec, type: string, result: unknown, sel: Selection & { kind: 'Field' }, path: Array<string | number>): unknown {
  if (result === null || result === undefined) return null;
  const inner = type.endsWith('!') ? type.slice(0, -1) : type;
  if (inner.startsWith('[')) {
    return (result as unknown[]).map((item, i) => complete(ex, inner.slice(1, -1), item, sel, [...path, i]));
  }
  if (!sel.selections) return result;
  const obj: Record<string, unknown> = {};
  executeSelections(ex, inner, result, sel.selections, path, obj);
  return obj;
}

export interface GraphQLResult {
  body: { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
  /** Errors that mean the client's document or variables are wrong (not runtime outcomes). */
  invalid: boolean;
  operation: 'query' | 'mutation' | null;
}

export function executeGraphQL(ctx: GraphQLContext, request: { query?: unknown; variables?: unknown; operationName?: unknown }): GraphQLResult {
  const fail = (errors: GraphQLError[]): GraphQLResult => ({ body: { errors }, invalid: true, operation: null });
  if (typeof request.query !== 'string' || request.query.trim() === '') {
    return fail([{ message: 'A query attribute must be specified and must be a string.' }]);
  }
  if (request.variables !== undefined && request.variables !== null && (typeof request.variables !== 'object' || Array.isArray(request.variables))) {
    return fail([{ message: 'Variables are invalid JSON.' }]);
  }
  let doc: Array<OperationNode | FragmentNode>;
  try {
    doc = parse(request.query);
  } catch (err) {
    if (!(err instanceof GraphQLSyntaxError)) throw err;
    return fail([{ message: err.message, locations: [err.loc] }]);
  }
  const operations = doc.filter((d): d is OperationNode => d.kind === 'Operation');
  const fragments = new Map(doc.filter((d): d is FragmentNode => d.kind === 'Fragment').map((f) => [f.name, f]));
  let op: OperationNode | undefined;
  if (typeof request.operationName === 'string' && request.operationName !== '') {
    op = operations.find((o) => o.name === request.operationName);
    if (!op) return fail([{ message: `No operation named "${request.operationName}"` }]);
  } else if (operations.length === 1) {
    op = operations[0];
  } else {
    return fail([{ message: 'An operation name is required' }]);
  }
  if (!op) return fail([{ message: 'No operations in query document' }]);
  if (op.operation === 'subscription') return fail([{ message: 'Schema is not configured for subscriptions', locations: [op.loc] }]);
  const root = op.operation === 'mutation' ? 'Mutation' : 'Query';
  const operationName = op.name ?? `anonymous ${op.operation}`;
  const v: Validation = {
    errors: [],
    fragments,
    usedVariables: new Set(),
    declared: new Map(op.variables.map((x) => [x.name, x.type])),
    operationName,
  };
  for (const variable of op.variables) {
    if (!SCHEMA[namedType(variable.type)]) {
      v.errors.push({ message: `${namedType(variable.type)} isn't a defined input type (on $${variable.name})`, locations: [variable.loc], path: [operationName], extensions: { code: 'variableRequiresValidType', typeName: namedType(variable.type), variableName: variable.name } });
    }
  }
  validateSelections(v, root, op.selections, [operationName]);
  for (const frag of fragments.values()) validateSelections(v, frag.typeCondition, frag.selections, [`fragment ${frag.name}`]);
  for (const variable of op.variables) {
    if (!v.usedVariables.has(variable.name)) {
      v.errors.push({ message: `Variable $${variable.name} is declared by ${operationName} but not used`, locations: [variable.loc], path: [operationName], extensions: { code: 'variableNotUsed', variableName: variable.name } });
    }
  }
  if (v.errors.length > 0) return { body: { errors: v.errors }, invalid: true, operation: op.operation === 'mutation' ? 'mutation' : 'query' };

  const given = (request.variables ?? {}) as Record<string, unknown>;
  const variables: Record<string, unknown> = {};
  const variableErrors: GraphQLError[] = [];
  for (const variable of op.variables) {
    const value = variable.name in given ? given[variable.name] : variable.defaultValue ? argValue(variable.defaultValue, {}) : undefined;
    const problem = variableProblem(value, variable.type);
    if (problem) {
      variableErrors.push({
        message: `Variable $${variable.name} of type ${variable.type} was provided invalid value`,
        locations: [variable.loc],
        extensions: { value: value ?? null, problems: [{ path: [], explanation: problem }] },
      });
    }
    variables[variable.name] = value ?? null;
  }
  if (variableErrors.length > 0) return { body: { errors: variableErrors }, invalid: true, operation: op.operation === 'mutation' ? 'mutation' : 'query' };

  const ex: Exec = { ctx, variables, fragments, errors: [] };
  const data: Record<string, unknown> = {};
  executeSelections(ex, root, {}, op.selections, [], data);
  return {
    body: ex.errors.length > 0 ? { data, errors: ex.errors } : { data },
    invalid: false,
    operation: op.operation === 'mutation' ? 'mutation' : 'query',
  };
}
