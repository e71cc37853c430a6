export const SESSION_STORAGE_KEY = 'msa.admin.refreshToken';

/** The currency the API prices new variants in (prices are sent as plain minor units). */
export const STORE_CURRENCY = 'USD';

export const PAGE_SIZE = 20;
