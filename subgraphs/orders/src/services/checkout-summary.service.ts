import type { Identity } from '@msa/auth';
import { badUserInput, forbidden, notFound, publicError } from '@msa/subgraph-kit';
import type { CheckoutReader } from '../clients/checkout-read.client';
import type { Problem } from '../domain/checkout-problems';
import type { TaxedOrderDraft } from '../domain/order-tax';
import { snapshotCheckout } from '../domain/order-snapshot';
import type { CheckoutTax } from './checkout-tax';

export interface CheckoutSummaryRequest {
  cartId: string;
  destination: { country: string; postalCode: string; region?: string | null };
  shippingRateId: string;
}

export interface CheckoutSummaryCaller {
  /** Null for a guest holding a guest cart's id. */
  identity: Identity | null;
  /** Forwarded so the cart is read as the caller; null for guests. */
  accessToken: string | null;
  requestId: string;
}

export interface CheckoutSummaryService {
  /** The priced, taxed draft checkout would freeze; NOT_FOUND or BAD_USER_INPUT (with a reason) otherwise. */
  summarize(caller: CheckoutSummaryCaller, request: CheckoutSummaryRequest): Promise<TaxedOrderDraft>;
}

export interface CheckoutSummaryDeps {
  reads: CheckoutReader;
  taxes: CheckoutTax;
  clock?: () => Date;
}

/** A cart or rate checkout would refuse: BAD_USER_INPUT with checkout's code as `reason`. */
const refused = (problem: Problem) =>
  publicError('BAD_USER_INPUT', problem.message, { field: problem.field ?? [], reason: problem.code });

function checkShape(request: CheckoutSummaryRequest): void {
  if (request.cartId.trim() === '' || request.cartId.length > 100)
    throw badUserInput('cartId must be 1 to 100 characters', ['input', 'cartId']);
  if (request.shippingRateId.trim() === '' || request.shippingRateId.length > 200)
    throw badUserInput('shippingRateId must be a rate from shippingRates', ['input', 'shippingRateId']);
  if (!/^[A-Za-z]{2}$/.test(request.destination.country.trim()))
    throw badUserInput('country must be a two-letter ISO 3166-1 code such as US or DE', [
      'input',
      'destination',
      'country',
    ]);
  const postalCode = request.destination.postalCode.trim();
  if (postalCode === '' || postalCode.length > 20)
    throw badUserInput('postalCode must be 1 to 20 characters', ['input', 'destination', 'postalCode']);
  if ((request.destination.region?.length ?? 0) > 100)
    throw badUserInput('region must be at most 100 characters', ['input', 'destination', 'region']);
}

/**
 * What checkout would charge, before placing the order: the cart is read and priced exactly as checkout does
 * (same read through the router as the caller, same snapshot, same tax), so the preview and the order agree.
 * The cart service decides who may see the cart: its owner, or anyone holding a guest cart's id.
 */
export function createCheckoutSummaryService(deps: CheckoutSummaryDeps): CheckoutSummaryService {
  const clock = deps.clock ?? (() => new Date());
  return {
    async summarize(caller, request) {
      if (caller.identity && caller.identity.kind !== 'user')
        throw forbidden('Only customers and guests can check out');
      checkShape(request);
      const { cart, rate } = await deps.reads.read(
        request.cartId,
        request.shippingRateId,
        caller.accessToken,
        caller.requestId,
      );
      if (!cart) throw notFound('Cart');
      const destination = {
        country: request.destination.country.trim().toUpperCase(),
        postalCode: request.destination.postalCode.trim().toUpperCase(),
        region: request.destination.region ?? null,
      };
      const snapshot = snapshotCheckout({ cart, rate, shipTo: destination, now: clock() });
      if (!snapshot.ok) throw refused(snapshot.problem);
      const taxed = await deps.taxes.tax(snapshot.draft, destination);
      if (!taxed.ok) throw refused(taxed.problem);
      return taxed.draft;
    },
  };
}
