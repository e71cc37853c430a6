export const SESSION_STORAGE_KEY = 'msa.web.refreshToken';
export const GUEST_CART_STORAGE_KEY = 'msa.web.guestCartId';

/** Products per "Load more" step; a multiple of 2, 3 and 4 so every grid row fills. */
export const PRODUCT_PAGE_SIZE = 12;
export const ORDER_PAGE_SIZE = 10;
