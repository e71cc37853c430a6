/** Where a deleted customer's parcel went, as far as shipping still tells: the country only. */
export const ERASED_CITY = '';

/** The shipping part of a customer's data export: their shipments and tracking timelines. */
export function shippingExportPart(
  shipments: readonly {
    id: string;
    orderId: string;
    carrier: string;
    service: string;
    trackingNumber: string;
    status: string;
    amount: number;
    currency: string;
    destinationCountry: string;
    destinationCity: string;
    estimatedDelivery: Date;
    deliveredAt: Date | null;
    createdAt: Date;
    events: readonly { status: string; location: string | null; at: Date }[];
  }[],
): unknown {
  return {
    shipments: shipments.map((s) => ({
      id: s.id,
      orderId: s.orderId,
      carrier: s.carrier,
      service: s.service,
      trackingNumber: s.trackingNumber,
      status: s.status,
      amount: s.amount,
      currency: s.currency,
      destination: { country: s.destinationCountry, city: s.destinationCity },
      estimatedDelivery: s.estimatedDelivery.toISOString(),
      deliveredAt: s.deliveredAt?.toISOString() ?? null,
      createdAt: s.createdAt.toISOString(),
      events: s.events.map((e) => ({ status: e.status, location: e.location, at: e.at.toISOString() })),
    })),
  };
}
