/** The title the catalog gives the only variant of a product without options. */
const DEFAULT_VARIANT_TITLE = 'Default';

interface LabelledVariant {
  title: string;
  options?: readonly { name: string; value: string }[];
}

/**
 * How a variant is named next to its product: its options ("Size: M, Colour: Blue"), else its title, or
 * null when it is the single "Default" variant, whose title says nothing to a shopper.
 */
export function variantLabel(variant: LabelledVariant): string | null {
  const options = (variant.options ?? []).map((option) => `${option.name}: ${option.value}`).join(', ');
  if (options) return options;
  const title = variant.title.trim();
  return title && title !== DEFAULT_VARIANT_TITLE ? title : null;
}

/** The confirmation after adding to the cart: "Added 2 × Blue to your cart." or "Added 2 to your cart.". */
export function addedToCartMessage(quantity: number, variant: LabelledVariant, variantCount: number): string {
  const label = variantCount > 1 ? variantLabel({ title: variant.title }) : null;
  return label ? `Added ${quantity} × ${label} to your cart.` : `Added ${quantity} to your cart.`;
}
