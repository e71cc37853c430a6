import {
  Kind,
  parse,
  type DirectiveNode,
  type ValueNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

/** `@listSize` of a field, as the GraphQL cost directive specification (and Apollo demand control) define it. */
export interface ListSize {
  /** Elements assumed when no slicing argument is given (or the field has none). */
  assumedSize?: number;
  /** Arguments whose value is the number of elements returned, e.g. ["first", "last"]. */
  slicingArguments?: string[];
  /** Child fields the size applies to instead of this field, e.g. ["edges", "nodes"] of a connection. */
  sizedFields?: string[];
}

/** The cost directives of a schema, by `Type.field` for fields and by name for types. */
export interface CostDirectives {
  fieldWeights: ReadonlyMap<string, number>;
  typeWeights: ReadonlyMap<string, number>;
  listSizes: ReadonlyMap<string, ListSize>;
}

export const NO_COST_DIRECTIVES: CostDirectives = {
  fieldWeights: new Map(),
  typeWeights: new Map(),
  listSizes: new Map(),
};

const COST_SPEC = /^https:\/\/specs\.apollo\.dev\/(cost|federation)\/v/;

/**
 * The names `@cost` and `@listSize` have in a schema: as imported by its `@link`s to the cost or federation
 * spec (with any `as` rename), else the spec-prefixed names the link specification gives unimported ones.
 */
function directiveNames(document: DocumentNode): { cost: Set<string>; listSize: Set<string> } {
  const names = {
    cost: new Set(['cost', 'federation__cost']),
    listSize: new Set(['listSize', 'cost__listSize', 'federation__listSize']),
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const url = argument(link, 'url');
      if (url?.kind !== Kind.STRING || !COST_SPEC.test(url.value)) continue;
      const imports = argument(link, 'import');
      for (const item of imports?.kind === Kind.LIST ? imports.values : []) {
        const [name, as] = importedName(item);
        if (name === '@cost') names.cost.add(as.slice(1));
        if (name === '@listSize') names.listSize.add(as.slice(1));
      }
    }
  }
  return names;
}

function importedName(item: ValueNode): [string, string] {
  if (item.kind === Kind.STRING) return [item.value, item.value];
  if (item.kind === Kind.OBJECT) {
    const field = (key: string) => item.fields.find((f) => f.name.value === key)?.value;
    const name = field('name');
    const as = field('as');
    if (name?.kind === Kind.STRING) return [name.value, as?.kind === Kind.STRING ? as.value : name.value];
  }
  return ['', ''];
}

function argument(directive: DirectiveNode, name: string): ValueNode | undefined {
  return directive.arguments?.find((arg) => arg.name.value === name)?.value;
}

function numberOf(value: ValueNode | undefined): number | undefined {
  if (value?.kind === Kind.INT || value?.kind === Kind.FLOAT) return Number(value.value);
  // The IBM draft of the specification types `weight` as a String.
  if (value?.kind === Kind.STRING && value.value.trim() !== '' && Number.isFinite(Number(value.value)))
    return Number(value.value);
  return undefined;
}

function stringsOf(value: ValueNode | undefined): string[] | undefined {
  if (value?.kind === Kind.STRING) return [value.value];
  if (value?.kind !== Kind.LIST) return undefined;
  return value.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : []));
}

function listSizeOf(directive: DirectiveNode): ListSize {
  const size: ListSize = {};
  const assumedSize = numberOf(argument(directive, 'assumedSize'));
  const slicingArguments = stringsOf(argument(directive, 'slicingArguments'));
  const sizedFields = stringsOf(argument(directive, 'sizedFields'));
  if (assumedSize !== undefined) size.assumedSize = assumedSize;
  if (slicingArguments?.length) size.slicingArguments = slicingArguments;
  if (sizedFields?.length) size.sizedFields = sizedFields;
  return size;
}

/** Reads `@cost` and `@listSize` from SDL: a composed supergraph (they compose into it) or a subgraph. */
export function readCostDirectives(sdl: string | DocumentNode): CostDirectives {
  const document = typeof sdl === 'string' ? parse(sdl) : sdl;
  const names = directiveNames(document);
  const fieldWeights = new Map<string, number>();
  const typeWeights = new Map<string, number>();
  const listSizes = new Map<string, ListSize>();
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    for (const directive of definition.directives ?? []) {
      const weight = names.cost.has(directive.name.value)
        ? numberOf(argument(directive, 'weight'))
        : undefined;
      if (weight !== undefined) typeWeights.set(typeName, weight);
    }
    if (!('fields' in definition)) continue;
    for (const field of definition.fields ?? []) {
      if (field.kind !== Kind.FIELD_DEFINITION) continue;
      const key = `${typeName}.${field.name.value}`;
      for (const directive of field.directives ?? []) {
        if (names.cost.has(directive.name.value)) {
          const weight = numberOf(argument(directive, 'weight'));
          if (weight !== undefined) fieldWeights.set(key, weight);
        } else if (names.listSize.has(directive.name.value)) {
          listSizes.set(key, listSizeOf(directive));
        }
      }
    }
  }
  return { fieldWeights, typeWeights, listSizes };
}

const bySchema = new WeakMap<GraphQLSchema, CostDirectives>();

/**
 * Attaches the cost directives of the supergraph to an API schema built from it: the API schema clients are
 * validated against no longer carries them, so the router reads them from the supergraph once per load.
 */
export function registerCostDirectives(schema: GraphQLSchema, supergraphSdl: string): CostDirectives {
  const directives = readCostDirectives(supergraphSdl);
  bySchema.set(schema, directives);
  return directives;
}

/** The cost directives registered for a schema, else those written in its own SDL (a plain schema). */
export function costDirectivesOf(schema: GraphQLSchema): CostDirectives {
  let directives = bySchema.get(schema);
  if (!directives) {
    directives = fromSchemaAst(schema);
    bySchema.set(schema, directives);
  }
  return directives;
}

/** Cost directives a schema built from SDL (buildSchema) still has on its types' AST nodes. */
function fromSchemaAst(schema: GraphQLSchema): CostDirectives {
  const definitions = Object.values(schema.getTypeMap()).flatMap((type) =>
    type.astNode ? [type.astNode, ...(type.extensionASTNodes ?? [])] : [],
  );
  const schemaNodes = [schema.astNode, ...schema.extensionASTNodes].filter((node) => node != null);
  return readCostDirectives({ kind: Kind.DOCUMENT, definitions: [...schemaNodes, ...definitions] });
}

/** What the router needs of Apollo Gateway here: its schema-load notification. */
interface SchemaSource {
  onSchemaLoadOrUpdate(
    callback: (update: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void,
  ): () => void;
}

/** Registers the supergraph's cost directives for every API schema the gateway loads; returns unsubscribe. */
export function trackCostDirectives(gateway: SchemaSource): () => void {
  return gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
    registerCostDirectives(apiSchema, coreSupergraphSdl);
  });
}
