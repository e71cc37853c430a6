import { checkPostalAddress, type PostalAddress, type PostalAddressDraft } from '@msa/subgraph-kit';
import { CheckoutErrorCode, type Problem } from './checkout-problems';

/** The address an order ships to, copied onto the order at checkout (the address book's rules). */
export type ShippingAddress = PostalAddress;
export type ShippingAddressDraft = PostalAddressDraft;

export type AddressCheck = { ok: true; address: ShippingAddress } | { ok: false; problems: Problem[] };

/** Validates and normalises an address; every problem is INVALID_ADDRESS at its field under `fieldPrefix`. */
export function checkShippingAddress(draft: ShippingAddressDraft, fieldPrefix: string[]): AddressCheck {
  const checked = checkPostalAddress(draft, { code: CheckoutErrorCode.INVALID_ADDRESS, fieldPrefix });
  return checked.ok ? { ok: true, address: checked.value } : checked;
}
