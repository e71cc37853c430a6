import { badUserInput } from '@msa/subgraph-kit';
import { idempotencyKeyProblem } from '../domain/idempotency';
import type { CheckoutRequest } from './checkout.service';

const MAX_TOKEN_LENGTH = 200;

/** Malformed checkout input is BAD_USER_INPUT, named by field, before anything is read or written. */
export function checkCheckoutShape(request: CheckoutRequest): void {
  const keyProblem = idempotencyKeyProblem(request.idempotencyKey);
  if (keyProblem) throw badUserInput(keyProblem, ['input', 'idempotencyKey']);
  if (request.cartId.trim() === '' || request.cartId.length > 100)
    throw badUserInput('cartId must be 1 to 100 characters', ['input', 'cartId']);
  for (const [field, value] of [
    ['shippingRateId', request.shippingRateId],
    ['paymentToken', request.paymentToken],
  ] as const) {
    if (value.trim() === '')
      throw badUserInput(
        `${field} is required: ${field === 'paymentToken' ? 'a token from the payment form' : 'a rate from shippingRates'}`,
        ['input', field],
      );
    if (value.length > MAX_TOKEN_LENGTH)
      throw badUserInput(`${field} must be at most ${MAX_TOKEN_LENGTH} characters`, ['input', field]);
  }
}
