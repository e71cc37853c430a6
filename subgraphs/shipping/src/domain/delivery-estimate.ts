const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Carriers count transit time in business days: Saturdays and Sundays do not move a parcel closer. Counted
 * in UTC so the same shipment gets the same estimate wherever the service runs.
 */
export function addBusinessDays(start: Date, days: number): Date {
  let date = new Date(start.getTime());
  let remaining = days;
  while (remaining > 0) {
    date = new Date(date.getTime() + DAY_MS);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining--;
  }
  return date;
}

/** The latest day the service promises, counted from when the label was created. */
export function estimatedDelivery(labelCreatedAt: Date, maxDays: number): Date {
  return addBusinessDays(labelCreatedAt, maxDays);
}
