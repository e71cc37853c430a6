import { Kind, parse, type ConstValueNode } from 'graphql';

export interface SubgraphEndpoint {
  name: string;
  /** The subgraph's GraphQL endpoint, e.g. http://localhost:4001/graphql. */
  url: string;
}

/** The service root of a subgraph (its GraphQL URL without `/graphql`), where /health, /uploads and /media live. */
export function serviceBaseUrl(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql\/?$/, '').replace(/\/$/, '');
}

/** The graphql-ws address of a subgraph: its GraphQL URL with `ws:` (or `wss:` for https) as the scheme. */
export function websocketUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`A subgraph URL must be http or https, got ${graphqlUrl}`);
  }
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

function stringArgument(args: readonly { name: { value: string }; value: ConstValueNode }[], name: string) {
  const value = args.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/** The subgraphs a supergraph SDL routes to, read from its `join__Graph` enum. */
export function subgraphsOfSupergraph(supergraphSdl: string): SubgraphEndpoint[] {
  const endpoints: SubgraphEndpoint[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const name = directive && stringArgument(directive.arguments ?? [], 'name');
      const url = directive && stringArgument(directive.arguments ?? [], 'url');
      if (name && url) endpoints.push({ name, url });
    }
  }
  return endpoints;
}
