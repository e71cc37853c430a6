export { composeSupergraph, CompositionFailedError, type ComposedSupergraph } from './compose-supergraph';
export {
  fetchSubgraphSdls,
  SubgraphsUnreachableError,
  type SubgraphSdl,
  type SdlSource,
} from './fetch-subgraph-sdls';
export { committedSchemaFile, readCommittedSubgraphSdls } from './read-subgraph-sdls';
