/** Why automatic moderation held a review, in words a moderator reads at a glance. */
const REASON_LABELS: Record<string, string> = {
  PROFANITY: 'Profanity',
  LINK: 'Contains a link',
  EMAIL: 'Contains an email address',
  PHONE_NUMBER: 'Contains a phone number',
  REPEATED_CHARACTERS: 'Repeated characters',
  REPEATED_WORDS: 'Repeated words',
  ALL_CAPS: 'Mostly capitals',
  EXCESSIVE_PUNCTUATION: 'Excessive punctuation',
  RESUBMITTED: 'Edited after rejection',
};

export function reviewReasonLabel(reason: string): string {
  return REASON_LABELS[reason] ?? reason.toLowerCase().replace(/_/g, ' ');
}
