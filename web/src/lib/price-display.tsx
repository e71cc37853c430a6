'use client';

import { createContext, use, type ReactNode } from 'react';
import {
  grossFigures,
  type GrossFigures,
  type NetFigures,
  type PriceDisplay,
} from '@msa/web-kit/tax-display';

const PriceDisplayContext = createContext<PriceDisplay>('excluding-tax');

/** Hands the shop's SHOP_PRICES_INCLUDE_TAX setting, read on the server per request, to the client components. */
export function PriceDisplayProvider({ display, children }: { display: PriceDisplay; children: ReactNode }) {
  return <PriceDisplayContext value={display}>{children}</PriceDisplayContext>;
}

export function usePriceDisplay(): PriceDisplay {
  return use(PriceDisplayContext);
}

/**
 * The gross figures to show instead of the net ones: in a tax-inclusive shop once the tax is known (an
 * order, or checkout with a destination and delivery), else null (show the net figures as they are).
 */
export function useGrossFigures(
  figures: Omit<NetFigures, 'taxLines'> & { taxLines: NetFigures['taxLines'] | null },
): GrossFigures | null {
  const display = usePriceDisplay();
  if (display !== 'including-tax' || figures.taxLines === null) return null;
  return grossFigures({ ...figures, taxLines: figures.taxLines });
}

/** The tax situation of prices shown before the destination is known (product, cart): catalog prices are net. */
export function usePricesBeforeCheckoutNote(): string {
  return usePriceDisplay() === 'including-tax'
    ? 'Excl. tax, calculated at checkout'
    : 'Tax calculated at checkout';
}
