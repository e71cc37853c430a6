'use client';

import { createContext, use, type ReactNode } from 'react';
import type { PriceDisplay } from '@msa/web-kit/tax-display';

const PriceDisplayContext = createContext<PriceDisplay>('excluding-tax');

/** Hands the shop's SHOP_PRICES_INCLUDE_TAX setting, read on the server per request, to the client components. */
export function PriceDisplayProvider({ display, children }: { display: PriceDisplay; children: ReactNode }) {
  return <PriceDisplayContext value={display}>{children}</PriceDisplayContext>;
}

export function usePriceDisplay(): PriceDisplay {
  return use(PriceDisplayContext);
}
