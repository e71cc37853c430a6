import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLNamedInputType,
} from 'graphql';
import {
  documentFor,
  sampleArguments,
  sampleValue,
  type ExistingId,
  type RootField,
} from './schema-operations';

/** One argument or input field reachable from a root field, by path (`input.shippingAddress.city`). */
export interface InputSlot {
  path: string[];
  type: GraphQLNamedInputType;
  /** Whether the slot sits inside a list. */
  inList: boolean;
}

export interface FuzzCase {
  field: string;
  slot: string;
  label: string;
  document: string;
  variables: Record<string, unknown>;
}

const MAX_DEPTH = 4;
/** 10^6 characters: a megabyte that still fits the router's 1 MiB body limit, so it reaches the services. */
const ONE_MEGABYTE = 'a'.repeat(1_000_000);

const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: nested(depth - 1) });
const nestedList = (depth: number): unknown => (depth === 0 ? 'leaf' : [nestedList(depth - 1)]);

/** Hostile text: what the input rule and every validator must turn into a clean answer. */
export const TEXT_VALUES: Record<string, unknown> = {
  empty: '',
  blank: '   ',
  'one megabyte': ONE_MEGABYTE,
  NUL: 'a\u0000b',
  'lone high surrogate': 'x\uD800y',
  'lone low surrogate': '\uDC00',
  'right-to-left override': '\u202Egnp.exe',
  emoji: '👩‍👩‍👧‍👦🔥✨',
  'SQL injection': "' OR 1=1; DROP TABLE users; --",
  'operator injection': '{"$gt": ""}',
  'markup injection': '<script>alert(1)</script>',
  'path traversal': '../../../../etc/passwd',
  'log forging': 'x\r\nINFO forged line',
  'template injection': '{{constructor.constructor("return process")()}}',
  'deep object': nested(200),
};

export const ID_VALUES: Record<string, unknown> = {
  'not an id': 'not-an-id',
  'negative number': '-1',
  'almost a uuid': 'ffffffff-ffff-ffff-ffff-fffffffffffffff',
  'huge number': '1e309',
  'number as id': 12345,
};

export const INT_VALUES: Record<string, unknown> = {
  'Int max': 2_147_483_647,
  'Int min': -2_147_483_648,
  'beyond Int': 2_147_483_648,
  zero: 0,
  'minus one': -1,
  'float for int': 1.5,
  'numeric string': '1',
};

export const FLOAT_VALUES: Record<string, unknown> = {
  'huge float': 1e308,
  'tiny float': 5e-324,
  'negative float': -1e308,
  'string for float': 'one',
};

export const DATE_VALUES: Record<string, unknown> = {
  'not a date': 'not a date',
  'February 30th': '2026-02-30T10:00:00Z',
  'year 0': '0000-01-01T00:00:00Z',
  'year 9999': '9999-12-31T23:59:59Z',
  'date only': '2026-01-01',
  'epoch number': 1_700_000_000_000,
};

const OTHER_VALUES: Record<string, unknown> = {
  'unknown enum value': 'NOT_A_VALUE',
  'deep list': nestedList(200),
  null: null,
};

/** Every argument and input field of a root field, to MAX_DEPTH input objects deep. */
export function inputSlots(root: RootField): InputSlot[] {
  const slots: InputSlot[] = [];
  const walk = (type: GraphQLInputType, path: string[], inList: boolean, depth: number) => {
    const list = isListType(isNonNullType(type) ? type.ofType : type);
    const named = getNamedType(type) as GraphQLNamedInputType;
    slots.push({ path, type: named, inList: inList || list });
    if (isInputObjectType(named) && depth < MAX_DEPTH)
      for (const field of Object.values(named.getFields()))
        walk(field.type, [...path, field.name], inList || list, depth + 1);
  };
  for (const arg of root.field.args) walk(arg.type, [arg.name], false, 0);
  return slots;
}

function valuesFor(slot: InputSlot): Record<string, unknown> {
  const name = slot.type.name;
  const shared = { null: null, 'deep list': OTHER_VALUES['deep list'] };
  if (isInputObjectType(slot.type)) return { ...shared, 'not an object': 'text', 'deep object': nested(200) };
  if (isEnumType(slot.type))
    return { ...shared, 'unknown enum value': 'NOT_A_VALUE', lowercase: 'x', empty: '' };
  if (name === 'Int') return { ...shared, ...INT_VALUES };
  if (name === 'Float') return { ...shared, ...FLOAT_VALUES };
  if (name === 'Boolean') return { ...shared, 'string for boolean': 'true', 'number for boolean': 1 };
  if (name === 'DateTime') return { ...shared, ...DATE_VALUES, ...TEXT_VALUES };
  if (name === 'ID') return { ...shared, ...ID_VALUES, ...TEXT_VALUES };
  return { ...shared, ...TEXT_VALUES };
}

/** The ids of existing objects by operation (`Mutation.updatePromotion`) and argument or field name. */
export type ExistingIds = (operation: string, name: string) => string | undefined;

/** The sample variables with one slot replaced, building the objects on its path from samples. */
function withValueAt(
  root: RootField,
  slot: InputSlot,
  value: unknown,
  existing?: ExistingId,
): Record<string, unknown> {
  const variables: Record<string, unknown> = sampleArguments(root.field, existing);
  const [argName, ...rest] = slot.path;
  const arg = root.field.args.find((a) => a.name === argName)!;
  if (rest.length === 0) {
    variables[argName!] = value;
    return variables;
  }
  const base = (variables[argName!] ?? sampleValue(arg.type, arg.name, existing)) as unknown;
  variables[argName!] = setPath(base, rest, value, arg.type, existing);
  return variables;
}

function setPath(
  container: unknown,
  path: string[],
  value: unknown,
  type: GraphQLInputType,
  existing?: ExistingId,
): unknown {
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  if (isListType(unwrapped)) {
    const items =
      Array.isArray(container) && container.length
        ? container
        : [sampleValue(unwrapped.ofType, '', existing)];
    return [setPath(items[0], path, value, unwrapped.ofType, existing), ...items.slice(1)];
  }
  const named = getNamedType(type);
  if (!isInputObjectType(named) || path.length === 0) return value;
  const [head, ...rest] = path;
  const field = named.getFields()[head!]!;
  const object = { ...((container as Record<string, unknown> | null) ?? {}) };
  object[head!] = rest.length
    ? setPath(
        object[head!] ?? sampleValue(field.type, field.name, existing),
        rest,
        value,
        field.type,
        existing,
      )
    : value;
  return object;
}

/**
 * Every hostile value for every slot of every root field. The other arguments get sample values, with the ids
 * of existing objects where `existing` names one, so that a hostile value reaches validation instead of
 * stopping at "not found".
 */
export function fuzzCases(roots: readonly RootField[], existing?: ExistingIds): FuzzCase[] {
  return roots.flatMap((root) =>
    inputSlots(root).flatMap((slot) =>
      Object.entries(valuesFor(slot)).map(([label, value]) => {
        const ids: ExistingId | undefined = existing && ((name) => existing(root.key, name));
        const variables = withValueAt(root, slot, value, ids);
        return {
          field: root.key,
          slot: slot.path.join('.'),
          label,
          document: documentFor(root, Object.keys(variables)),
          variables,
        };
      }),
    ),
  );
}

/** A small seeded generator (mulberry32), so a sample is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * At most `budget` cases, chosen deterministically: every slot keeps `perSlot` of its cases (so every
 * argument and input field is exercised), and the rest of the budget is filled by a seeded shuffle.
 */
export function sampleCases(
  cases: readonly FuzzCase[],
  budget: number,
  perSlot: number,
  seed: number,
): FuzzCase[] {
  if (cases.length <= budget) return [...cases];
  const random = seededRandom(seed);
  const shuffled = [...cases];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const taken = new Set<FuzzCase>();
  const perSlotCount = new Map<string, number>();
  for (const fuzzCase of shuffled) {
    const key = `${fuzzCase.field}|${fuzzCase.slot}`;
    const count = perSlotCount.get(key) ?? 0;
    if (count < perSlot) {
      taken.add(fuzzCase);
      perSlotCount.set(key, count + 1);
    }
  }
  for (const fuzzCase of shuffled) {
    if (taken.size >= budget) break;
    taken.add(fuzzCase);
  }
  return cases.filter((fuzzCase) => taken.has(fuzzCase));
}
