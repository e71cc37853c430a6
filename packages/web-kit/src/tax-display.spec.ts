import { describe, expect, it } from 'vitest';
import {
  formatRate,
  grossFigures,
  priceDisplayFromEnv,
  shippingWasTaxed,
  splitByLargestRemainder,
  taxLineLabel,
  type NetFigures,
} from './tax-display';

describe('tax display', () => {
  it.each([
    [undefined, 'excluding-tax'],
    ['', 'excluding-tax'],
    ['false', 'excluding-tax'],
    ['0', 'excluding-tax'],
    ['true', 'including-tax'],
    [' YES ', 'including-tax'],
    ['1', 'including-tax'],
  ])('SHOP_PRICES_INCLUDE_TAX=%s shows prices %s', (value, display) => {
    expect(priceDisplayFromEnv({ SHOP_PRICES_INCLUDE_TAX: value })).toBe(display);
  });

  it('refuses a value it cannot read', () => {
    expect(() => priceDisplayFromEnv({ SHOP_PRICES_INCLUDE_TAX: 'sometimes' })).toThrow(/true or false/);
  });

  it('formats rates and names tax lines', () => {
    expect(formatRate(0.0725)).toBe('7.25%');
    expect(formatRate(0.19)).toBe('19%');
    expect(formatRate(0.08875)).toBe('8.875%');
    expect(formatRate(0.1)).toBe('10%');
    expect(taxLineLabel({ name: 'Tax US-CA', rate: 0.0725 })).toBe('Tax US-CA (7.25%)');
  });

  describe('gross figures of a tax-inclusive shop', () => {
    const netTotal = (figures: NetFigures) =>
      figures.lines.reduce((a, b) => a + b, 0) -
      figures.discounts.reduce((a, b) => a + b, 0) +
      figures.shipping +
      figures.taxLines.reduce((a, line) => a + line.amount, 0);

    it('puts the tax into the line and leaves untaxed shipping as it is', () => {
      // $38.00 at 6.25 % in Illinois, $8.90 delivery not taxed: $2.38 tax, $49.28 total.
      const figures = {
        lines: [3800],
        discounts: [],
        shipping: 890,
        taxLines: [{ rate: 0.0625, amount: 238 }],
      };
      expect(shippingWasTaxed(figures)).toBe(false);
      expect(grossFigures(figures)).toEqual({
        lines: [4038],
        discounts: [],
        shipping: 890,
        subtotal: 4038,
        tax: 238,
        total: 4928,
      });
    });

    it('spreads odd cents by largest remainder, ties to the earlier line', () => {
      const figures = {
        lines: [333, 333, 334],
        discounts: [],
        shipping: 0,
        taxLines: [{ rate: 0.1, amount: 100 }],
      };
      expect(grossFigures(figures).lines).toEqual([366, 366, 368]);
      expect(splitByLargestRemainder(2, [1, 1, 1])).toEqual([1, 1, 0]);
      expect(splitByLargestRemainder(0, [5, 7])).toEqual([0, 0]);
    });

    it('grosses up discounts and taxed shipping', () => {
      // Goods 1000 + 2000 − 300 and shipping 500, all at 20 %: 640 tax.
      const figures = {
        lines: [1000, 2000],
        discounts: [300],
        shipping: 500,
        taxLines: [{ rate: 0.2, amount: 640 }],
      };
      expect(shippingWasTaxed(figures)).toBe(true);
      expect(grossFigures(figures)).toEqual({
        lines: [1200, 2400],
        discounts: [360],
        shipping: 600,
        subtotal: 3600,
        tax: 640,
        total: 3840,
      });
    });

    it('gives a discount its negative share of an odd tax', () => {
      // 9.99 − 1.00 at 7.25 %: 65.1775 → 65 tax; the discount's −7.23 share rounds to −7.
      const gross = grossFigures({
        lines: [999],
        discounts: [100],
        shipping: 0,
        taxLines: [{ rate: 0.0725, amount: 65 }],
      });
      expect(gross.lines).toEqual([1071]);
      expect(gross.discounts).toEqual([107]);
      expect(gross.total).toBe(964);
    });

    it('adds several tax lines together', () => {
      // GST 5 % and QST 9.975 % on 15.55: 78 + 155.
      const gross = grossFigures({
        lines: [1000, 555],
        discounts: [],
        shipping: 0,
        taxLines: [
          { rate: 0.05, amount: 78 },
          { rate: 0.09975, amount: 155 },
        ],
      });
      expect(gross).toMatchObject({ lines: [1150, 638], tax: 233, total: 1788 });
    });

    it('changes nothing without tax, or when everything is discounted away', () => {
      expect(grossFigures({ lines: [1234], discounts: [34], shipping: 500, taxLines: [] })).toEqual({
        lines: [1234],
        discounts: [34],
        shipping: 500,
        subtotal: 1234,
        tax: 0,
        total: 1700,
      });
      expect(
        grossFigures({ lines: [500], discounts: [500], shipping: 0, taxLines: [{ rate: 0.2, amount: 0 }] }),
      ).toMatchObject({ lines: [500], discounts: [500], total: 0 });
    });

    it('always adds up to the net total plus tax, to the minor unit', () => {
      let seed = 7;
      const next = (max: number) => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        return seed % max;
      };
      for (let round = 0; round < 500; round += 1) {
        const lines = Array.from({ length: 1 + next(5) }, () => 1 + next(100_000));
        const goods = lines.reduce((a, b) => a + b, 0);
        const discounts = next(3) === 0 ? [next(goods)] : [];
        const shipping = next(2) === 0 ? 0 : next(3_000);
        const rate = next(250_000) / 1_000_000;
        const taxShipping = next(2) === 0;
        const base = goods - (discounts[0] ?? 0) + (taxShipping ? shipping : 0);
        const figures = { lines, discounts, shipping, taxLines: [{ rate, amount: Math.round(base * rate) }] };
        const gross = grossFigures(figures);
        expect(gross.total).toBe(netTotal(figures));
        expect(gross.subtotal - gross.discounts.reduce((a, b) => a + b, 0) + gross.shipping).toBe(
          gross.total,
        );
        expect(gross.lines.every((line, index) => line >= lines[index]!)).toBe(true);
      }
    });
  });
});
