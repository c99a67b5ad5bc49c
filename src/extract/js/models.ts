import type { SgNode } from '@ast-grep/napi';
import type { FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, firstArgument, kindOf, type SourceFile, unquote } from '../source.js';

/** Drizzle's table builders (`pgTable`, `mysqlTable`, `sqliteTable`, a schema's `.table`). */
const TABLE_BUILDER = /^(?:pgTable|mysqlTable|sqliteTable|singlestoreTable|[\w$]+\.table)$/;

/** Drizzle's table-creator factories, which return a table builder (`pgTableCreator((name) => \`app_${name}\`)`). */
const TABLE_CREATOR = /^(?:pgTableCreator|mysqlTableCreator|sqliteTableCreator|singlestoreTableCreator)$/;

/** How a table creator names its tables: `(name) => \`app_${name}\`` prefixes them; anything else is taken as given. */
function tableNaming(fn: SgNode | null): (table: string) => string {
  const kind = fn ? kindOf(fn) : '';
  if (kind !== 'arrow_function') return (t) => t;
  const param = firstParamName(fn!);
  const body = fn!.field('body');
  if (!param || body?.kind() !== 'template_string') return (t) => t;
  const parts = body.text().slice(1, -1).split(`\${${param}}`);
  if (parts.length !== 2 || parts.some((p) => p.includes('${'))) return (t) => t;
  return (t) => `${parts[0]}${t}${parts[1]}`;
}

/**
 * Data models declared in JavaScript/TypeScript code: Drizzle tables
 * (`export const invitations = pgTable('invitations', { expiresAt: timestamp('expires_at') })`),
 * named by the variable code uses (`db.delete(invitations)`), with the table's name and its
 * columns' property names, and Mongoose schemas (see `mongooseModels`). Prisma schemas are
 * read by their own extractor.
 */
export const jsModels: SourceExtractor = {
  id: 'js-models',
  languages: ['typescript', 'tsx', 'javascript'],
  // Its own queries run only in the files the text test below selects.
  kinds: [],
  applies: (text) =>
    (text.includes('drizzle-orm') && /(?:Table|\.table)\s*\(/.test(text)) || (text.includes('mongoose') && /\bSchema\b/.test(text)) || (text.includes('typeorm') && /@Entity\s*\(/.test(text)) || (/\bcreateTable(?:IfNotExists)?\s*\(/.test(text) && /\bschema\b/.test(text)) || (/sequelize/i.test(text) && /\.(?:define|init)\s*\(/.test(text)),
  extract(file, facts) {
    if (/\bcreateTable(?:IfNotExists)?\s*\(/.test(file.text)) knexTables(file, facts);
    if (facts.imports.some((i) => i.source === 'typeorm')) typeormEntities(file, facts);
    if (facts.imports.some((i) => i.source === 'mongoose')) mongooseModels(file, facts);
    if (facts.imports.some((i) => i.source === '@nestjs/mongoose')) nestMongooseModels(file, facts);
    if (/sequelize/i.test(file.text)) sequelizeModels(file, facts);
    if (!facts.imports.some((i) => /^drizzle-orm(?:\/|$)/.test(i.source))) return;
    const declarators = file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', kind: 'call_expression' } } });
    // `const createTable = pgTableCreator((name) => \`studiohub_${name}\`)`: a table builder that prefixes the names it is given.
    const creators = new Map<string, (table: string) => string>();
    for (const declarator of declarators) {
      const name = declarator.field('name');
      const call = declarator.field('value')!;
      if (name?.kind() === 'identifier' && TABLE_CREATOR.test(compact(call.field('function')?.text() ?? ''))) creators.set(name.text(), tableNaming(firstArgument(call.field('arguments'))));
    }
    for (const declarator of declarators) {
      const name = declarator.field('name');
      const call = declarator.field('value')!;
      const builder = compact(call.field('function')?.text() ?? '');
      if (name?.kind() !== 'identifier' || !(TABLE_BUILDER.test(builder) || creators.has(builder))) continue;
      const [table, columns] = argumentsOf(call.field('arguments'));
      if (table?.kind() !== 'string') continue;
      const statement = declarator.parent()?.parent()?.kind() === 'export_statement' ? declarator.parent()!.parent()! : (declarator.parent() ?? declarator);
      const tableName = (creators.get(builder) ?? ((t: string) => t))(unquote(table.text()));
      facts.models.push({ name: name.text(), fields: columnNames(columns), orm: 'drizzle', location: file.location(statement), table: tableName });
    }
  },
};

/** Calls on a Knex table builder that declare no column of their own (`t.index([...])`, `t.primary(['a', 'b'])`). */
const KNEX_NOT_COLUMN = /^(?:index|unique|primary|foreign|check|comment|engine|charset|collate|inherits|queryContext|drop\w*|rename\w*|setNullable|dropNullable)$/;

/**
 * Knex migrations: `knex.schema.createTable('password_reset_tokens', (t) => { t.timestamp('expires_at'); … })` declares
 * a table code reaches as `db('password_reset_tokens')`: named by the table, with the columns the builder adds
 * (`t.timestamps()` adds `created_at` and `updated_at`).
 */
function knexTables(file: SourceFile, facts: FileFacts): void {
  const calls = file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', has: { field: 'property', regex: '^createTable(?:IfNotExists)?$' } } } });
  for (const call of calls) {
    const receiver = compact(call.field('function')!.field('object')?.text() ?? '');
    if (!/(?:^|\.)schema(?:\.withSchema\(.*\))?$/.test(receiver)) continue;
    const [table, builder] = argumentsOf(call.field('arguments'));
    if (!table || (table.kind() !== 'string' && table.kind() !== 'template_string') || /\$\{/.test(table.text())) continue;
    const name = unquote(table.text());
    const fields: string[] = [];
    const param = builder && (kindOf(builder) === 'arrow_function' || kindOf(builder) === 'function_expression') ? firstParamName(builder) : null;
    if (param) {
      for (const column of builder!.findAll({ rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', has: { field: 'object', regex: `^${param}$` } } } })) {
        const method = column.field('function')!.field('property')?.text() ?? '';
        if (method === 'timestamps') fields.push('created_at', 'updated_at');
        if (KNEX_NOT_COLUMN.test(method)) continue;
        const first = argumentsOf(column.field('arguments'))[0];
        if (first?.kind() === 'string') fields.push(unquote(first.text()));
      }
    }
    facts.models.push({ name, fields: [...new Set(fields)], orm: 'knex', location: file.location(call), table: name });
  }
}

function firstParamName(fn: SgNode): string | null {
  const params = fn.field('parameters') ?? fn.field('parameter');
  const first = params?.kind() === 'identifier' ? params : params?.namedChildren()[0];
  const id = first?.kind() === 'identifier' ? first : (first?.field('pattern') ?? null);
  return id?.kind() === 'identifier' ? id.text() : null;
}

/** The property names of the columns object, also when a callback returns it (`(t) => ({ … })`). */
function columnNames(node: SgNode | undefined): string[] {
  let object: SgNode | null | undefined = node;
  if (object && (kindOf(object) === 'arrow_function' || kindOf(object) === 'function_expression')) object = object.field('body');
  while (object && object.kind() === 'parenthesized_expression') object = object.namedChildren()[0];
  if (!object || object.kind() !== 'object') return [];
  const out: string[] = [];
  for (const child of object.namedChildren()) {
    if (child.kind() !== 'pair' && child.kind() !== 'shorthand_property_identifier') continue;
    const key = child.kind() === 'pair' ? child.field('key') : child;
    if (key) out.push(unquote(key.text()));
  }
  return out;
}

/** `Schema`, `mongoose.Schema`, `new Schema<IUser>(…)`. */
const SCHEMA_CONSTRUCTOR = /^(?:[\w$]+\.)?Schema$/;
/** `model(…)`, `mongoose.model(…)`, `connection.model(…)`, `model<IUser>(…)`. */
const MODEL_CALL = /^(?:[\w$.]+\.)?model$/;
/** Values of `expires` that are a nested path's type (`session: { token: String, expires: Date }`), not a TTL. */
const PATH_TYPE = /^(?:Date|Number|String|Boolean|(?:[\w$]+\.)*(?:Schema\.)?Types\.[\w$]+)$/;

interface MongooseSchema {
  statement: SgNode;
  fields: string[];
  ttlField: string | null;
}

/**
 * Mongoose models: a `new Schema({ … })` registered with `model('Invite', inviteSchema)`. The
 * model is named by the name it is registered under, anchored at the schema that lists its
 * paths; a schema this file does not register is named by its variable (`inviteSchema` →
 * `Invite`, registered where the connection is made). A TTL index — `expires` on a path, or
 * `schema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 })` — is kept as the model's
 * `ttlField`: MongoDB deletes the expired documents itself.
 */
function mongooseModels(file: Parameters<SourceExtractor['extract']>[0], facts: Parameters<SourceExtractor['extract']>[1]): void {
  const schemas = new Map<string, MongooseSchema>();
  const inline = new Map<number, MongooseSchema>();
  const read = (node: SgNode): MongooseSchema => {
    const statement = enclosingStatement(node);
    const definition = firstArgument(node.field('arguments'));
    return { statement, fields: columnNames(definition ?? undefined), ttlField: definition ? ttlPath(definition) : null };
  };
  for (const created of file.root.findAll({ rule: { kind: 'new_expression' } })) {
    if (!SCHEMA_CONSTRUCTOR.test(compact(created.field('constructor')?.text() ?? ''))) continue;
    const declarator = created.parent();
    if (declarator?.kind() === 'variable_declarator' && declarator.field('name')?.kind() === 'identifier') schemas.set(declarator.field('name')!.text(), read(created));
    else inline.set(created.range().start.index, read(created));
  }
  if (schemas.size === 0 && inline.size === 0) return;
  const calls = file.root.findAll({ rule: { kind: 'call_expression' } });
  for (const call of calls) {
    const callee = call.field('function');
    if (callee?.kind() !== 'member_expression' || callee.field('property')?.text() !== 'index') continue;
    const receiver = callee.field('object');
    const schema = receiver?.kind() === 'identifier' ? schemas.get(receiver.text()) : undefined;
    if (!schema || schema.ttlField) continue;
    const [keys, options] = argumentsOf(call.field('arguments'));
    if (options && keys?.kind() === 'object' && propertyNames(options).some((k) => k === 'expireAfterSeconds' || k === 'expires')) schema.ttlField = columnNames(keys)[0] ?? null;
  }
  const registered = new Set<string>();
  for (const call of calls) {
    if (!MODEL_CALL.test(compact(call.field('function')?.text() ?? ''))) continue;
    const [name, schemaArg, collection] = argumentsOf(call.field('arguments'));
    if (name?.kind() !== 'string' || !schemaArg) continue;
    const schema = schemaArg.kind() === 'identifier' ? schemas.get(schemaArg.text()) : inline.get(schemaArg.range().start.index);
    if (!schema) continue;
    if (schemaArg.kind() === 'identifier') registered.add(schemaArg.text());
    const modelName = unquote(name.text());
    const variable = boundVariable(call);
    facts.models.push({
      name: modelName,
      fields: schema.fields,
      orm: 'mongoose',
      location: file.location(schema.statement),
      ...(collection?.kind() === 'string' ? { table: unquote(collection.text()) } : {}),
      ...(variable && variable !== modelName ? { aliases: [variable] } : {}),
      ...(schema.ttlField ? { ttlField: schema.ttlField } : {}),
    });
  }
  // A schema exported for registration elsewhere is a model; one kept to itself is a subdocument's (`lines: [lineSchema]`).
  for (const [variable, schema] of schemas) {
    const named = /^([A-Za-z][\w$]*?)_?Schema$/i.exec(variable)?.[1];
    if (registered.has(variable) || !named || schema.fields.length === 0 || !isExported(file.text, variable, schema.statement)) continue;
    facts.models.push({ name: named[0]!.toUpperCase() + named.slice(1), fields: schema.fields, orm: 'mongoose', location: file.location(schema.statement), ...(schema.ttlField ? { ttlField: schema.ttlField } : {}) });
  }
}

function isExported(text: string, variable: string, statement: SgNode): boolean {
  if (statement.kind() === 'export_statement') return true;
  const name = variable.replace(/\$/g, '\\$');
  return new RegExp(`\\bexport\\s*\\{[^}]*\\b${name}\\b|\\bexport\\s+default\\s+${name}\\b|\\bmodule\\.exports\\b[^;]*\\b${name}\\b`).test(text);
}

/** The statement a node's value belongs to (`export const x = …` as a whole). */
function enclosingStatement(node: SgNode): SgNode {
  let at = node;
  for (let parent = at.parent(); parent && parent.kind() !== 'program' && parent.kind() !== 'statement_block'; parent = parent.parent()) at = parent;
  return at;
}

/** The variable a call's result is held in, through `mongoose.models.X || model(…)` and `as` casts. */
function boundVariable(call: SgNode): string | null {
  for (let parent = call.parent(); parent; parent = parent.parent()) {
    const kind = parent.kind();
    if (kind === 'variable_declarator') return parent.field('name')?.kind() === 'identifier' ? parent.field('name')!.text() : null;
    if (kind !== 'binary_expression' && kind !== 'parenthesized_expression' && kind !== 'as_expression' && kind !== 'satisfies_expression' && kind !== 'non_null_expression') return null;
  }
  return null;
}

/** The property names of an object literal. */
function propertyNames(node: SgNode): string[] {
  return node.kind() === 'object' ? columnNames(node) : [];
}

/** The path of a schema definition that has a TTL: `{ expiresAt: { type: Date, expires: 0 } }`, or `index: { expireAfterSeconds: 0 }`. */
function ttlPath(definition: SgNode): string | null {
  if (definition.kind() !== 'object') return null;
  for (const pair of definition.namedChildren()) {
    if (pair.kind() !== 'pair') continue;
    const options = pair.field('value');
    // `{ type: Date, expires: 0 }` is a path's options; `{ token: String, expires: Date }` a nested path.
    if (options?.kind() === 'object' && hasTtl(options, propertyNames(options).includes('type'))) return unquote(pair.field('key')!.text());
  }
  return null;
}

/** Whether a path's options declare a TTL index (`expires: 0`, `index: { expireAfterSeconds: 0 }`). */
function hasTtl(options: SgNode, isOptions: boolean): boolean {
  const entries = new Map(options.namedChildren().filter((p) => p.kind() === 'pair').map((p) => [unquote(p.field('key')?.text() ?? ''), p.field('value')]));
  const expires = entries.get('expires');
  const index = entries.get('index');
  if (isOptions && expires && expires.kind() !== 'object' && !PATH_TYPE.test(compact(expires.text()))) return true;
  return index?.kind() === 'object' && propertyNames(index).some((k) => k === 'expires' || k === 'expireAfterSeconds');
}

/** TypeORM's column decorators: a property they decorate is a column of the entity. */
const TYPEORM_COLUMN = /^@(?:Column|PrimaryColumn|PrimaryGeneratedColumn|CreateDateColumn|UpdateDateColumn|DeleteDateColumn|VersionColumn|ObjectIdColumn)\s*\(/;

/**
 * TypeORM entities: a class decorated `@Entity()` (or `@Entity('password_reset_tokens')`, the
 * table's name) whose `@Column()`, `@CreateDateColumn()`… properties are its fields, named by the
 * class (`@InjectRepository(PasswordResetToken)`, `Repository<PasswordResetToken>`).
 */
function typeormEntities(file: Parameters<SourceExtractor['extract']>[0], facts: Parameters<SourceExtractor['extract']>[1]): void {
  for (const declaration of file.root.findAll({ rule: { kind: 'class_declaration' } })) {
    const holder = declaration.parent()?.kind() === 'export_statement' ? declaration.parent()! : declaration;
    const decorators = [...holder.children(), ...declaration.children()].filter((c) => c.kind() === 'decorator');
    const entity = decorators.find((d) => /^@Entity\s*\(/.test(d.text()));
    const name = declaration.field('name')?.text();
    if (!entity || !name) continue;
    const fields: string[] = [];
    for (const member of declaration.field('body')?.children() ?? []) {
      if (member.kind() !== 'public_field_definition') continue;
      const field = member.field('name')?.text();
      if (field && member.children().some((c) => c.kind() === 'decorator' && TYPEORM_COLUMN.test(c.text()))) fields.push(field);
    }
    const argument = firstArgument(entity.namedChildren()[0]?.field('arguments') ?? null);
    let table: string | undefined;
    if (argument?.kind() === 'string') table = unquote(argument.text());
    else if (argument?.kind() === 'object') {
      const pair = argument.children().find((c) => c.kind() === 'pair' && c.field('key')?.text() === 'name');
      if (pair?.field('value')?.kind() === 'string') table = unquote(pair.field('value')!.text());
    }
    facts.models.push({ name, fields, orm: 'typeorm', location: file.location(holder), ...(table ? { table } : {}) });
  }
}

/** The receiver of `define` that is a Sequelize instance: `sequelize.define(…)`, `db.define(…)`, `this.sequelize.define(…)`. */
const SEQUELIZE_INSTANCE = /^(?:this\.)?(?:[\w$]*sequelize[\w$]*|db|database|orm)$/i;

/**
 * Sequelize models: `sequelize.define('VerificationCode', { expiresAt: … }, { tableName })`, and
 * `class Invite extends Model {}` with `Invite.init({ expiresAt: … }, { sequelize, tableName })`.
 * Named by the model name (the class), with the attributes' property names and the table when
 * the options name it.
 */
function sequelizeModels(file: Parameters<SourceExtractor['extract']>[0], facts: Parameters<SourceExtractor['extract']>[1]): void {
  const importsSequelize = facts.imports.some((i) => /^(?:sequelize|sequelize-typescript)$/.test(i.source));
  const classes = new Set(
    file.root
      .findAll({ rule: { kind: 'class_declaration' } })
      .filter((c) => /^(?:[\w$]+\.)?Model\b/.test(c.children().find((x) => x.kind() === 'class_heritage')?.text().replace(/^extends\s+/, '') ?? ''))
      .map((c) => c.field('name')?.text() ?? '')
      .filter(Boolean),
  );
  const calls = file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', has: { field: 'property', regex: '^(?:define|init)$' } } } });
  for (const call of calls) {
    const fn = call.field('function')!;
    const method = fn.field('property')!.text();
    const receiver = compact(fn.field('object')?.text() ?? '');
    const args = argumentsOf(call.field('arguments'));
    let name: string;
    let attributes: SgNode | undefined;
    let options: SgNode | undefined;
    if (method === 'define') {
      if (!SEQUELIZE_INSTANCE.test(receiver) || args[0]?.kind() !== 'string') continue;
      name = unquote(args[0].text());
      [, attributes, options] = args;
    } else {
      // `Invite.init({ … }, { sequelize })`: a class extending Model, or any class the options hand a Sequelize instance.
      [attributes, options] = args;
      const handsInstance = options?.kind() === 'object' && columnNames(options).includes('sequelize');
      if (!classes.has(receiver) && !(importsSequelize && handsInstance && /^[A-Z][\w$]*$/.test(receiver))) continue;
      name = receiver;
    }
    if (attributes?.kind() !== 'object') continue;
    let table: string | undefined;
    if (options?.kind() === 'object') {
      const pair = options.children().find((c) => c.kind() === 'pair' && unquote(c.field('key')?.text() ?? '') === 'tableName');
      if (pair?.field('value')?.kind() === 'string') table = unquote(pair.field('value')!.text());
    }
    facts.models.push({ name, fields: columnNames(attributes), orm: 'sequelize', location: file.location(enclosingStatement(call)), ...(table ? { table } : {}) });
  }
}

/**
 * `@nestjs/mongoose` schemas: a class decorated `@Schema()` whose `@Prop()` fields are its paths,
 * named by the class (`@InjectModel(Session.name)`). A TTL is `@Prop({ expires: … })`, or
 * `SessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 })` on the schema
 * `SchemaFactory.createForClass(Session)` builds.
 */
function nestMongooseModels(file: Parameters<SourceExtractor['extract']>[0], facts: Parameters<SourceExtractor['extract']>[1]): void {
  const models = new Map<string, { fields: string[]; ttlField: string | null; statement: SgNode }>();
  for (const declaration of file.root.findAll({ rule: { kind: 'class_declaration' } })) {
    const holder = declaration.parent()?.kind() === 'export_statement' ? declaration.parent()! : declaration;
    const decorators = [...holder.children(), ...declaration.children()].filter((c) => c.kind() === 'decorator');
    if (!decorators.some((d) => /^@Schema\s*\(/.test(d.text()))) continue;
    const name = declaration.field('name')?.text();
    if (!name) continue;
    const fields: string[] = [];
    let ttlField: string | null = null;
    for (const member of declaration.field('body')?.children() ?? []) {
      if (member.kind() !== 'public_field_definition') continue;
      const prop = member.children().find((c) => c.kind() === 'decorator' && /^@Prop\s*\(/.test(c.text()));
      const field = member.field('name')?.text();
      if (!prop || !field) continue;
      fields.push(field);
      const options = firstArgument(prop.namedChildren()[0]?.field('arguments') ?? null);
      if (!ttlField && options?.kind() === 'object' && hasTtl(options, true)) ttlField = field;
    }
    models.set(name, { fields, ttlField, statement: holder });
  }
  if (models.size === 0) return;
  const schemaOf = new Map<string, string>();
  for (const declarator of file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', kind: 'call_expression', regex: '^SchemaFactory\\.createForClass' } } })) {
    const target = firstArgument(declarator.field('value')!.field('arguments'));
    const variable = declarator.field('name')?.text();
    if (target?.kind() === 'identifier' && variable) schemaOf.set(variable, target.text());
  }
  for (const call of file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', regex: '\\.index$' } } })) {
    const receiver = call.field('function')!.field('object')?.text() ?? '';
    const model = models.get(schemaOf.get(receiver) ?? '');
    const [keys, options] = argumentsOf(call.field('arguments'));
    if (model && !model.ttlField && options && keys?.kind() === 'object' && propertyNames(options).some((k) => k === 'expireAfterSeconds' || k === 'expires')) model.ttlField = columnNames(keys)[0] ?? null;
  }
  for (const [name, model] of models) {
    facts.models.push({ name, fields: model.fields, orm: 'mongoose', location: file.location(model.statement), ...(model.ttlField ? { ttlField: model.ttlField } : {}) });
  }
}
