import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import type { SubgraphSdl } from './fetch-subgraph-sdls';

export interface ComposedSupergraph {
  /** The supergraph SDL with join/link metadata that a router serves. */
  supergraphSdl: string;
  /** The client-facing API schema (no federation internals), the schema codegen and clients read. */
  apiSchemaSdl: string;
}

export class CompositionFailedError extends Error {
  constructor(readonly errors: { message: string; code?: string }[]) {
    super(
      `Composition failed with ${errors.length} error(s):\n${errors.map((e) => `  - ${e.code ? `[${e.code}] ` : ''}${e.message}`).join('\n')}`,
    );
    this.name = 'CompositionFailedError';
  }
}

/** Both SDLs are written to files as they are returned, so each ends with exactly one newline. */
function asTextFile(sdl: string): string {
  return `${sdl.trimEnd()}\n`;
}

/** Composes subgraph SDLs with Apollo Federation 2 composition; the output depends only on the input. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): ComposedSupergraph {
  const result = composeServices(
    subgraphs.map((subgraph) => ({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) })),
  );
  if (result.errors) {
    throw new CompositionFailedError(
      result.errors.map((error) => ({
        message: error.message,
        code: error.extensions?.code as string | undefined,
      })),
    );
  }
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return {
    supergraphSdl: asTextFile(result.supergraphSdl),
    apiSchemaSdl: asTextFile(printSchema(apiSchema)),
  };
}
