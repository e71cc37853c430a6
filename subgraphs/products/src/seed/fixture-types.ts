/** Shapes of the demo catalog's data, in the compact form the fixture files write it. */
export interface FixtureCategory {
  slug: string;
  name: string;
  description: string;
  parent?: string;
}

export interface FixtureProduct {
  name: string;
  category: string;
  description: string;
  price: number;
  compareAtPrice?: number;
  weightGrams: number;
  /** Option axes, e.g. { Color: ['Black', 'White'], Size: ['S', 'M'] }; one variant per combination. */
  options?: Record<string, string[]>;
  /** Extra cents per value of the first option axis, e.g. larger sizes costing more. */
  surcharge?: Record<string, number>;
}

/** A single Color option axis. */
export const colors = (...values: string[]) => ({ Color: values });
