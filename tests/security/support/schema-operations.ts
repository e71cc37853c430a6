import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** The public API schema the router serves, written by composition next to the supergraph. */
export const API_SCHEMA_FILE = new URL('../../../router/schema.graphql', import.meta.url);

export type OperationKind = 'query' | 'mutation';

export interface RootField {
  kind: OperationKind;
  name: string;
  /** `Query.cart`, `Mutation.checkout`. */
  key: string;
  field: GraphQLField<unknown, unknown>;
}

export function loadApiSchema(): GraphQLSchema {
  return buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
}

/** Every Query and Mutation field of the public API, in schema order. */
export function rootFields(schema: GraphQLSchema): RootField[] {
  const of = (kind: OperationKind, type: GraphQLObjectType | null | undefined) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({
      kind,
      name: field.name,
      key: `${type!.name}.${field.name}`,
      field,
    }));
  return [...of('query', schema.getQueryType()), ...of('mutation', schema.getMutationType())];
}

/** Plausible values for well-known argument and input field names, so calls get past shape checks. */
const BY_NAME: Record<string, () => unknown> = {
  email: () => `someone-${randomUUID().slice(0, 8)}@example.com`,
  password: () => 'a-long-enough-password-1',
  currentPassword: () => 'a-long-enough-password-1',
  newPassword: () => 'another-long-password-2',
  name: () => 'Test name',
  country: () => 'US',
  postalCode: () => '10001',
  city: () => 'New York',
  line1: () => '1 Main Street',
  currency: () => 'USD',
  paymentToken: () => 'tok_visa',
  idempotencyKey: () => randomUUID(),
  slug: () => 'no-such-slug',
  code: () => 'NOSUCHCODE',
  sku: () => `SKU-${randomUUID().slice(0, 8)}`,
  token: () => `device-token-${randomUUID()}`,
  refreshToken: () => randomUUID(),
  trackingNumber: () => 'PNS48213977612345679',
  reason: () => 'A reason in words',
  query: () => 'shirt',
  prefix: () => 'sh',
  rating: () => 5,
  quantity: () => 1,
  first: () => 1,
  from: () => '2026-01-01T00:00:00.000Z',
  to: () => '2026-02-01T00:00:00.000Z',
};

/** The id of an object that exists, for an ID argument or input field of this name; undefined for none. */
export type ExistingId = (name: string) => string | undefined;

/**
 * A minimal valid-looking value for a type: required input fields only, one list element. ID slots get the
 * id of an existing object where `existing` knows one (so calls get past "not found"), a fresh UUID otherwise.
 */
export function sampleValue(type: GraphQLInputType, name: string, existing?: ExistingId): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name, existing);
  if (isListType(type)) return [sampleValue(type.ofType, name, existing)];
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type, field.name, existing)]),
    );
  }
  if (isEnumType(named)) return named.getValues()[0]!.value;
  const byName = BY_NAME[name];
  if (byName && isScalarType(named) && named.name !== 'Boolean') {
    const value = byName();
    if (named.name === 'Int' || named.name === 'Float') return typeof value === 'number' ? value : 1;
    if (typeof value === 'string') return value;
  }
  switch (named.name) {
    case 'ID':
      return existing?.(name) ?? randomUUID();
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-01-01T00:00:00.000Z';
    default:
      return 'text';
  }
}

/** The required arguments of a field with sample values (optional ones are left out). */
export function sampleArguments(
  field: GraphQLField<unknown, unknown>,
  existing?: ExistingId,
): Record<string, unknown> {
  return Object.fromEntries(
    field.args
      .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
      .map((arg) => [arg.name, sampleValue(arg.type, arg.name, existing)]),
  );
}

/**
 * A document calling one root field with the given arguments as variables; the selection is `__typename`,
 * which every object, interface and union has, so the document is valid whatever the field returns.
 */
export function documentFor(root: RootField, argumentNames: readonly string[]): string {
  const args = root.field.args.filter((arg) => argumentNames.includes(arg.name));
  const declarations = args.map((arg: GraphQLArgument) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = args.length ? `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = isCompositeType(getNamedType(root.field.type)) ? ' { __typename }' : '';
  const name = `Sec_${root.name}`;
  return `${root.kind} ${name}${declarations ? `(${declarations})` : ''} { ${root.name}${call}${selection} }`;
}

export interface BatchEntry {
  root: RootField;
  variables: Record<string, unknown>;
}

/**
 * One document calling several root fields of one kind, each under an alias `f<i>` with its variables
 * renamed `f<i>_<name>`, so a caller's view of many fields costs one request.
 */
export function batchDocument(
  kind: OperationKind,
  entries: readonly BatchEntry[],
): { document: string; variables: Record<string, unknown> } {
  const declarations: string[] = [];
  const calls: string[] = [];
  const variables: Record<string, unknown> = {};
  entries.forEach(({ root, variables: own }, index) => {
    const alias = `f${index}`;
    const args = root.field.args.filter((arg) => arg.name in own);
    for (const arg of args) {
      declarations.push(`$${alias}_${arg.name}: ${String(arg.type)}`);
      variables[`${alias}_${arg.name}`] = own[arg.name];
    }
    const call = args.length ? `(${args.map((arg) => `${arg.name}: $${alias}_${arg.name}`).join(', ')})` : '';
    const selection = isCompositeType(getNamedType(root.field.type)) ? ' { __typename }' : '';
    calls.push(`${alias}: ${root.name}${call}${selection}`);
  });
  const head = declarations.length ? `(${declarations.join(', ')})` : '';
  return { document: `${kind} Sec_batch${head} { ${calls.join(' ')} }`, variables };
}
