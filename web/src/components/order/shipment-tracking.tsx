'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLazyQuery } from '@apollo/client/react';
import type { ShipmentFieldsFragment } from '@/__generated__/graphql';
import { TrackShipmentQuery } from '@/graphql/orders.graphql';
import { serviceName } from '@/lib/delivery-options';
import { shipmentStatusText } from '@/lib/order-actions';
import { ErrorNotice } from '@msa/web-kit/query-state';

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/**
 * The parcel: carrier, tracking number and the carrier's scans, newest first. The order's live updates carry
 * new scans; "Refresh" asks the carrier (`trackShipment`) in between.
 */
export function ShipmentTracking({ shipment }: { shipment: ShipmentFieldsFragment }) {
  const [track, { loading, error }] = useLazyQuery(TrackShipmentQuery, { fetchPolicy: 'network-only' });
  const events = [...shipment.events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Stack spacing={2}>
      <Stack spacing={0.5}>
        <Typography>
          <strong>{shipmentStatusText(shipment.status)}</strong> · {shipment.carrier}{' '}
          {serviceName(shipment.service)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Tracking number {shipment.trackingNumber}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {shipment.deliveredAt
            ? `Delivered ${date.format(new Date(shipment.deliveredAt))}`
            : `Expected by ${date.format(new Date(shipment.estimatedDelivery))}`}
        </Typography>
      </Stack>
      <Stack component="ol" spacing={1.5} aria-label="Tracking events" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {events.map((event, index) => (
          <Stack
            component="li"
            key={`${event.status}-${event.at}`}
            direction="row"
            spacing={1.5}
            sx={{ alignItems: 'flex-start' }}
          >
            <Typography
              component="span"
              aria-hidden
              sx={{ color: index === 0 ? 'primary.main' : 'text.disabled', lineHeight: 1.5 }}
            >
              ●
            </Typography>
            <Stack>
              <Typography sx={{ fontWeight: index === 0 ? 600 : 400 }}>
                {shipmentStatusText(event.status)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {dateTime.format(new Date(event.at))}
                {event.location ? ` · ${event.location}` : ''}
              </Typography>
            </Stack>
          </Stack>
        ))}
      </Stack>
      {error && <ErrorNotice error={error} />}
      <Button
        size="small"
        onClick={() => void track({ variables: { trackingNumber: shipment.trackingNumber } })}
        disabled={loading}
        sx={{ alignSelf: 'flex-start' }}
      >
        {loading ? 'Refreshing…' : 'Refresh tracking'}
      </Button>
    </Stack>
  );
}
