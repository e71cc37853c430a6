/**
 * Brings back, for comparison only, what formatting money cost before formatters were cached: every
 * `format` call first builds a new Intl.NumberFormat with the same locale and options, as the old code did.
 * Loaded into the "before" server process of bench:catalog; never used by the services themselves. Since
 * formatted amounts are kept too (formatMoney), a formatter is only built for an amount not formatted before,
 * so this peer now differs from the cached one by little more than its first listings.
 */
const Original = Intl.NumberFormat;

class FormatterBuiltPerCall extends Original {
  readonly #locale: string | string[] | undefined;
  readonly #options: Intl.NumberFormatOptions | undefined;

  constructor(locale?: string | string[], options?: Intl.NumberFormatOptions) {
    super(locale, options);
    this.#locale = locale;
    this.#options = options;
  }

  override format(value: number | bigint): string {
    return new Original(this.#locale, this.#options).format(value);
  }
}

Intl.NumberFormat = FormatterBuiltPerCall as unknown as typeof Intl.NumberFormat;

export {};
