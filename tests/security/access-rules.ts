/**
 * Who may call each Query and Mutation field of the public API: the one table of declared access rules.
 * tests/security/access-matrix.test.ts fails when the composed schema has a field without a rule here, and
 * calls every field as anonymous, two customers, staff and an administrator to check the rule holds.
 *
 * - PUBLIC: anyone, signed in or not.
 * - GUEST_OR_OWNER: anyone; a guest acts on what they hold the id of (a guest cart), a signed-in customer on
 *   their own things. Refusing guests (UNAUTHENTICATED) is allowed; nobody is refused FORBIDDEN for their own.
 * - SIGNED_IN: any signed-in user, on their own things (staff may see others' through STAFF fields).
 * - STAFF: staff and administrators.
 * - ADMIN: administrators only.
 * - SERVICE: internal service tokens with a scope only.
 *
 * Entries for fields not (yet) in the schema are allowed: they are declared ahead of the feature.
 */
export type AccessRule = 'PUBLIC' | 'GUEST_OR_OWNER' | 'SIGNED_IN' | 'STAFF' | 'ADMIN' | 'SERVICE';

export const ACCESS_RULES: Readonly<Record<string, AccessRule>> = {
  // users
  'Query.me': 'GUEST_OR_OWNER',
  'Query.users': 'STAFF',
  'Query.user': 'STAFF',
  'Mutation.register': 'PUBLIC',
  'Mutation.login': 'PUBLIC',
  'Mutation.refreshToken': 'PUBLIC',
  'Mutation.logout': 'PUBLIC',
  'Mutation.changePassword': 'SIGNED_IN',
  'Mutation.updateProfile': 'SIGNED_IN',
  'Mutation.addAddress': 'SIGNED_IN',
  'Mutation.updateAddress': 'SIGNED_IN',
  'Mutation.removeAddress': 'SIGNED_IN',
  'Mutation.setUserRole': 'ADMIN',
  'Mutation.disableUser': 'ADMIN',
  'Mutation.enableUser': 'ADMIN',
  'Mutation.requestPasswordReset': 'PUBLIC',
  'Mutation.resetPassword': 'PUBLIC',
  'Mutation.requestEmailVerification': 'SIGNED_IN',
  'Mutation.verifyEmail': 'PUBLIC',
  'Mutation.requestDataExport': 'SIGNED_IN',
  'Query.myDataExport': 'SIGNED_IN',
  'Mutation.deleteMyAccount': 'SIGNED_IN',

  // products
  'Query.categories': 'PUBLIC',
  'Query.category': 'PUBLIC',
  'Query.product': 'PUBLIC',
  'Query.products': 'PUBLIC',
  'Query.variants': 'PUBLIC',
  'Mutation.createCategory': 'ADMIN',
  'Mutation.updateCategory': 'ADMIN',
  'Mutation.deleteCategory': 'ADMIN',
  'Mutation.createProduct': 'ADMIN',
  'Mutation.updateProduct': 'ADMIN',
  'Mutation.archiveProduct': 'ADMIN',
  'Mutation.reorderProductImages': 'ADMIN',
  'Mutation.removeProductImage': 'ADMIN',
  'Mutation.addProductVariant': 'ADMIN',
  'Mutation.updateProductVariant': 'ADMIN',
  'Mutation.removeProductVariant': 'ADMIN',

  // inventory
  'Query.lowStock': 'STAFF',
  'Query.stockMovements': 'STAFF',
  'Mutation.adjustStock': 'ADMIN',
  'Mutation.setLowStockThreshold': 'ADMIN',

  // cart
  'Query.cart': 'GUEST_OR_OWNER',
  'Mutation.addToCart': 'GUEST_OR_OWNER',
  'Mutation.updateCartLine': 'GUEST_OR_OWNER',
  'Mutation.removeCartLine': 'GUEST_OR_OWNER',
  'Mutation.clearCart': 'GUEST_OR_OWNER',
  'Mutation.mergeCart': 'SIGNED_IN',

  // orders
  // order, cancelOrder, retryPayment: also a guest presenting the order's access token (accessToken argument);
  // without one an anonymous caller must sign in.
  'Query.order': 'SIGNED_IN',
  'Query.myOrders': 'SIGNED_IN',
  'Query.orders': 'STAFF',
  'Query.orderReturn': 'SIGNED_IN',
  'Query.returns': 'STAFF',
  'Query.salesStats': 'STAFF',
  'Query.deadLetters': 'ADMIN',
  'Query.guestOrder': 'PUBLIC',
  'Query.checkoutSummary': 'GUEST_OR_OWNER',
  'Query.taxRates': 'ADMIN',
  'Mutation.checkout': 'GUEST_OR_OWNER',
  'Mutation.cancelOrder': 'SIGNED_IN',
  'Mutation.retryPayment': 'SIGNED_IN',
  'Mutation.requestReturn': 'SIGNED_IN',
  'Mutation.cancelReturn': 'SIGNED_IN',
  'Mutation.approveReturn': 'ADMIN',
  'Mutation.receiveReturn': 'ADMIN',
  'Mutation.rejectReturn': 'ADMIN',
  'Mutation.retryDeadLetter': 'ADMIN',
  'Mutation.setTaxRate': 'ADMIN',
  'Mutation.removeTaxRate': 'ADMIN',

  // payments
  'Mutation.refundPayment': 'ADMIN',

  // shipping
  'Query.shippingRates': 'GUEST_OR_OWNER',
  'Query.shippingRate': 'GUEST_OR_OWNER',
  'Query.trackShipment': 'PUBLIC',
  'Mutation.updateShipmentStatus': 'ADMIN',

  // promotions
  'Query.promotions': 'STAFF',
  'Query.promotion': 'STAFF',
  'Query.promotionStats': 'STAFF',
  'Mutation.applyCoupon': 'GUEST_OR_OWNER',
  'Mutation.removeCoupon': 'GUEST_OR_OWNER',
  'Mutation.createPromotion': 'ADMIN',
  'Mutation.updatePromotion': 'ADMIN',
  'Mutation.deactivatePromotion': 'ADMIN',

  // reviews
  'Query.review': 'PUBLIC',
  'Query.myReviews': 'SIGNED_IN',
  'Query.reviewsForModeration': 'STAFF',
  'Mutation.createReview': 'SIGNED_IN',
  'Mutation.updateReview': 'SIGNED_IN',
  'Mutation.deleteReview': 'SIGNED_IN',
  'Mutation.markReviewHelpful': 'SIGNED_IN',
  'Mutation.moderateReview': 'ADMIN',

  // search
  'Query.search': 'PUBLIC',
  'Query.suggest': 'PUBLIC',
  'Query.recommendations': 'PUBLIC',
  'Query.searchAnalytics': 'ADMIN',
  'Mutation.recordProductView': 'SIGNED_IN',
  'Mutation.recordSearchClick': 'PUBLIC',

  // notifications
  'Query.myNotifications': 'SIGNED_IN',
  'Query.notificationPreferences': 'SIGNED_IN',
  'Query.myPushDevices': 'SIGNED_IN',
  'Query.notificationTemplates': 'STAFF',
  'Query.notificationDeliveries': 'STAFF',
  'Query.capturedEmails': 'STAFF',
  'Query.capturedMessages': 'STAFF',
  'Mutation.markNotificationRead': 'SIGNED_IN',
  'Mutation.markAllNotificationsRead': 'SIGNED_IN',
  'Mutation.updateNotificationPreferences': 'SIGNED_IN',
  'Mutation.registerPushToken': 'SIGNED_IN',
  'Mutation.unregisterPushToken': 'SIGNED_IN',
  'Mutation.updateNotificationTemplate': 'ADMIN',
  'Mutation.resetNotificationTemplate': 'ADMIN',
  'Mutation.retryNotificationDelivery': 'ADMIN',
};
