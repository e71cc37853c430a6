import type { Identity } from '@msa/auth';
import { forbidden, requireIdentity, type SubgraphContext } from '@msa/subgraph-kit';
import { canVote, canWriteReviews } from '../domain/review-access';

/** The signed-in customer about to write a review; staff accounts and services are FORBIDDEN. */
export function requireReviewer(ctx: Pick<SubgraphContext, 'identity'>): Identity {
  const identity = requireIdentity(ctx);
  if (!canWriteReviews(identity)) throw forbidden('Only customers can write reviews');
  return identity;
}

/** The signed-in person voting; internal services do not vote. */
export function requireVoter(ctx: Pick<SubgraphContext, 'identity'>): Identity {
  const identity = requireIdentity(ctx);
  if (!canVote(identity)) throw forbidden('Only people can mark reviews helpful');
  return identity;
}
