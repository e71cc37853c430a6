/** Stable codes of the expected failures this subgraph reports in mutation payloads. */
export const UserErrorCode = {
  INVALID_EMAIL: 'INVALID_EMAIL',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  INVALID_INPUT: 'INVALID_INPUT',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  INVALID_REFRESH_TOKEN: 'INVALID_REFRESH_TOKEN',
  REFRESH_TOKEN_REUSED: 'REFRESH_TOKEN_REUSED',
  ADDRESS_LIMIT_REACHED: 'ADDRESS_LIMIT_REACHED',
  CANNOT_CHANGE_OWN_ROLE: 'CANNOT_CHANGE_OWN_ROLE',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  CANNOT_DISABLE_SELF: 'CANNOT_DISABLE_SELF',
  // Mailed account links (password reset, email verification).
  INVALID_LINK: 'INVALID_LINK',
  LINK_EXPIRED: 'LINK_EXPIRED',
  LINK_ALREADY_USED: 'LINK_ALREADY_USED',
  LINK_FOR_ANOTHER_ACCOUNT: 'LINK_FOR_ANOTHER_ACCOUNT',
  EMAIL_ALREADY_VERIFIED: 'EMAIL_ALREADY_VERIFIED',
  /** Privacy requests (src/services/privacy.service.ts). */
  EXPORT_IN_PROGRESS: 'EXPORT_IN_PROGRESS',
} as const;

export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];

/** A validation or business failure tied to an input field, before it becomes a GraphQL UserError. */
export interface FieldProblem {
  code: UserErrorCode;
  message: string;
  field: string[];
}
