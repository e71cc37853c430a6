/**
 * What a parcel weighs for pricing. Carriers bill the larger of the scale weight and the volumetric weight
 * (the space it takes in the van), so a light but bulky parcel costs like a heavy one.
 */
export interface BoxSize {
  lengthCm: number;
  widthCm: number;
  heightCm: number;
}

export interface ParcelItem {
  quantity: number;
  /** From the catalog; null (or 0, the catalog's "not set") falls back to DEFAULT_ITEM_WEIGHT_GRAMS. */
  weightGrams: number | null;
  /** The catalog has no dimensions yet: without a box of its own each unit ships in DEFAULT_ITEM_BOX. */
  box?: BoxSize;
}

export interface ParcelWeight {
  actualGrams: number;
  volumetricGrams: number;
  /** max(actual, volumetric): what prices are computed from. */
  billableGrams: number;
}

/** An unweighed item is priced like a typical small apparel or accessory item rather than for free. */
export const DEFAULT_ITEM_WEIGHT_GRAMS = 500;

/** A small mailer box; every unit is packed in one unless it has a box of its own. */
export const DEFAULT_ITEM_BOX: BoxSize = Object.freeze({ lengthCm: 20, widthCm: 15, heightCm: 8 });

/** Cubic centimetres per billable kilogram: the common express-carrier divisor. */
export const VOLUMETRIC_DIVISOR_CM3_PER_KG = 5000;

export function itemWeightGrams(weightGrams: number | null): number {
  return weightGrams && weightGrams > 0 ? weightGrams : DEFAULT_ITEM_WEIGHT_GRAMS;
}

export function volumetricGrams(box: BoxSize): number {
  const volume = box.lengthCm * box.widthCm * box.heightCm;
  return Math.ceil((volume * 1000) / VOLUMETRIC_DIVISOR_CM3_PER_KG);
}

export function parcelWeight(items: readonly ParcelItem[]): ParcelWeight {
  let actualGrams = 0;
  let volumetric = 0;
  for (const item of items) {
    actualGrams += item.quantity * itemWeightGrams(item.weightGrams);
    volumetric += item.quantity * volumetricGrams(item.box ?? DEFAULT_ITEM_BOX);
  }
  return { actualGrams, volumetricGrams: volumetric, billableGrams: Math.max(actualGrams, volumetric) };
}
