import { registerEnumType } from 'type-graphql';
import { MODERATION_REASONS, type ModerationReason } from '../domain/moderation';
import { REVIEW_STATUSES, type ReviewStatus } from '../domain/review';
import { REVIEW_SORTS, type ReviewSort } from '../domain/review-order';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const ReviewStatusEnum = enumObject<ReviewStatus>(REVIEW_STATUSES);
registerEnumType(ReviewStatusEnum, {
  name: 'ReviewStatus',
  description:
    'Where a review is in moderation. Only PUBLISHED reviews are shown publicly and counted in ratings.',
  valuesConfig: {
    PENDING: { description: 'Held by automatic moderation until an administrator decides.' },
    PUBLISHED: { description: 'Visible to everyone and counted in the product rating.' },
    REJECTED: { description: 'Hidden by an administrator; only the author and staff see it.' },
  },
});

export const ReviewSortEnum = enumObject<ReviewSort>(REVIEW_SORTS);
registerEnumType(ReviewSortEnum, {
  name: 'ReviewSort',
  description: "Order of a product's reviews; ties go to the newer review.",
  valuesConfig: {
    NEWEST: { description: 'Newest first.' },
    MOST_HELPFUL: { description: 'Most helpful votes first.' },
    RATING_HIGH: { description: 'Highest rating first.' },
    RATING_LOW: { description: 'Lowest rating first.' },
  },
});

export const ReviewModerationDecisionEnum = { APPROVE: 'APPROVE', REJECT: 'REJECT' } as const;
registerEnumType(ReviewModerationDecisionEnum, {
  name: 'ReviewModerationDecision',
  description: "An administrator's decision on a review.",
  valuesConfig: {
    APPROVE: { description: 'Publish the review (it counts in the rating).' },
    REJECT: { description: 'Hide the review (it leaves the rating if it was published).' },
  },
});

export const ReviewModerationReasonEnum = enumObject<ModerationReason>(MODERATION_REASONS);
registerEnumType(ReviewModerationReasonEnum, {
  name: 'ReviewModerationReason',
  description: 'Why automatic moderation held a review for an administrator.',
  valuesConfig: {
    PROFANITY: { description: 'A word from the profanity list (whole words, common disguises undone).' },
    LINK: { description: 'A web address.' },
    EMAIL: { description: 'An email address.' },
    PHONE_NUMBER: { description: 'A phone number (nine or more digits).' },
    REPEATED_CHARACTERS: { description: 'The same letter five or more times in a row.' },
    REPEATED_WORDS: { description: 'A word three times in a row, or one word making up much of the text.' },
    ALL_CAPS: { description: 'Mostly capital letters.' },
    EXCESSIVE_PUNCTUATION: { description: 'Runs or floods of exclamation and question marks.' },
    RESUBMITTED: { description: 'A rejected review was edited, so an administrator decides again.' },
  },
});
