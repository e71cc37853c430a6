import { MODERATION_RULES, type ModerationReason } from './moderation-rules';
import type { ReviewStatus } from './review';

export { MODERATION_REASONS, type ModerationReason } from './moderation-rules';

export type ModerationDecision = 'APPROVE' | 'REJECT';

/** Which automatic checks the review's text fails; empty when it may be published at once. */
export function screenReview(content: { title: string | null; body: string | null }): ModerationReason[] {
  const text = [content.title, content.body].filter((part): part is string => part !== null).join('\n');
  if (!text) return [];
  return MODERATION_RULES.filter((rule) => rule.matches(text)).map((rule) => rule.reason);
}

export interface ModerationOutcome {
  status: ReviewStatus;
  reasons: ModerationReason[];
}

/** A new review: clean text publishes at once, anything flagged waits for an administrator. */
export function moderateNewReview(reasons: ModerationReason[]): ModerationOutcome {
  return { status: reasons.length ? 'PENDING' : 'PUBLISHED', reasons };
}

/**
 * An edited review is screened again. A review an administrator rejected goes back to the queue however clean
 * the new text is: otherwise editing would be a way around the rejection.
 */
export function moderateEditedReview(previous: ReviewStatus, reasons: ModerationReason[]): ModerationOutcome {
  if (previous === 'REJECTED') return { status: 'PENDING', reasons: [...reasons, 'RESUBMITTED'] };
  return moderateNewReview(reasons);
}

/** An administrator's decision; deciding the same thing twice changes nothing. */
export function statusAfterDecision(decision: ModerationDecision): ReviewStatus {
  return decision === 'APPROVE' ? 'PUBLISHED' : 'REJECTED';
}
