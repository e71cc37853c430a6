'use client';

import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { ShipmentStatus } from '@/__generated__/graphql';
import { UpdateShipmentStatusMutation } from '@/graphql/orders.graphql';
import { actionProblem } from '@/lib/action-outcome';
import { nextShipmentStatuses, shipmentStatusLabel } from '@/lib/order-timeline';
import { ConfirmDialog } from './confirm-dialog';

/** Records what the carrier reported: the next status and, optionally, where. Asks before saving. */
export function ShipmentStatusForm({
  shipmentId,
  current,
  onDone,
}: {
  shipmentId: string;
  current: string;
  onDone: (problem: string | null, status: string) => void;
}) {
  const options = nextShipmentStatuses(current);
  const [status, setStatus] = useState<string>(options[0] ?? '');
  const [location, setLocation] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [update] = useMutation(UpdateShipmentStatusMutation);
  if (options.length === 0) return null;
  const chosen = options.includes(status) ? status : options[0]!;

  return (
    <>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1 }}>
        <TextField
          select
          size="small"
          label="New shipment status"
          value={chosen}
          onChange={(event) => setStatus(event.target.value)}
          sx={{ minWidth: 180 }}
        >
          {options.map((option) => (
            <MenuItem key={option} value={option}>
              {shipmentStatusLabel(option)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label="Location (optional)"
          value={location}
          onChange={(event) => setLocation(event.target.value)}
        />
        <Button variant="outlined" onClick={() => setConfirming(true)}>
          Update shipment
        </Button>
      </Stack>
      {confirming && (
        <ConfirmDialog
          title="Update the shipment?"
          confirmLabel="Update"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const problem = await actionProblem(async () => {
              const { data } = await update({
                variables: {
                  shipmentId,
                  status: chosen as ShipmentStatus,
                  location: location.trim() || null,
                },
              });
              return data?.updateShipmentStatus.userErrors;
            });
            if (!problem) onDone(null, chosen);
            return problem;
          }}
        >
          The shipment becomes “{shipmentStatusLabel(chosen)}”
          {location.trim() ? ` at ${location.trim()}` : ''}. The customer is told, and the order follows
          (shipped or delivered).
        </ConfirmDialog>
      )}
    </>
  );
}
