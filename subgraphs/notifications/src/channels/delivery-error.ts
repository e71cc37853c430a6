/**
 * A provider's refusal. `permanent` failures (an address the provider rejects, a dead device token) are not
 * retried; anything else is assumed to pass on a later attempt.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
