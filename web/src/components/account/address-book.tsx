'use client';

import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import type { AddressFieldsFragment } from '@/__generated__/graphql';
import {
  AddAddressMutation,
  MyProfileQuery,
  RemoveAddressMutation,
  UpdateAddressMutation,
} from '@/graphql/account-settings.graphql';
import { AddressFormDialog, type AddressDraft } from './address-form-dialog';
import { FormFeedback, type Feedback } from './form-feedback';
import { AccountHeading, SignedInOnly } from './signed-in-only';

/** Optional fields left empty are sent as absent (add) or cleared (edit, as null). */
function inputOf(draft: AddressDraft, emptyAs: null | undefined) {
  const optional = (value: string) => (value.trim() ? value.trim() : emptyAs);
  return {
    name: draft.name.trim(),
    line1: draft.line1.trim(),
    line2: optional(draft.line2),
    city: draft.city.trim(),
    region: optional(draft.region),
    postalCode: draft.postalCode.trim(),
    country: draft.country.trim().toUpperCase(),
    phone: optional(draft.phone),
    ...(draft.isDefault ? { isDefault: true } : {}),
  };
}

export function AddressBook() {
  return (
    <SignedInOnly title="Your addresses" path="/account/addresses">
      <AccountHeading>Your addresses</AccountHeading>
      <Addresses />
    </SignedInOnly>
  );
}

function Addresses() {
  const { data, error, loading, refetch } = useQuery(MyProfileQuery);
  const [addAddress] = useMutation(AddAddressMutation);
  const [updateAddress, { loading: updating }] = useMutation(UpdateAddressMutation);
  const [removeAddress, { loading: removing }] = useMutation(RemoveAddressMutation);
  const [editing, setEditing] = useState<AddressFieldsFragment | 'new' | null>(null);
  const [pendingRemoval, setRemoving] = useState<AddressFieldsFragment | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);

  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading label="Loading your addresses…" />;
  const addresses = data?.me?.addresses ?? [];

  const save = async (draft: AddressDraft): Promise<string | null> => {
    try {
      if (editing === 'new') {
        const result = await addAddress({ variables: { input: inputOf(draft, undefined) } });
        const problem = userErrorsMessage(result.data?.addAddress.userErrors);
        if (!problem) setFeedback({ severity: 'success', text: 'Address added.' });
        return problem;
      }
      if (!editing) return null;
      const result = await updateAddress({ variables: { id: editing.id, input: inputOf(draft, null) } });
      const problem = userErrorsMessage(result.data?.updateAddress.userErrors);
      if (!problem) setFeedback({ severity: 'success', text: 'Address saved.' });
      return problem;
    } catch (failure) {
      return describeApiError(failure);
    }
  };

  const makeDefault = async (address: AddressFieldsFragment) => {
    setFeedback(null);
    try {
      const result = await updateAddress({ variables: { id: address.id, input: { isDefault: true } } });
      const problem = userErrorsMessage(result.data?.updateAddress.userErrors);
      setFeedback(
        problem
          ? { severity: 'warning', text: problem }
          : { severity: 'success', text: `${address.line1} is now your default address.` },
      );
    } catch (failure) {
      setFeedback({ severity: 'error', text: describeApiError(failure) });
    }
  };

  const confirmRemove = async () => {
    if (!pendingRemoval) return;
    const address = pendingRemoval;
    setRemoving(null);
    setFeedback(null);
    try {
      const result = await removeAddress({ variables: { id: address.id } });
      const problem = userErrorsMessage(result.data?.removeAddress.userErrors);
      setFeedback(
        problem ? { severity: 'warning', text: problem } : { severity: 'success', text: 'Address removed.' },
      );
    } catch (failure) {
      setFeedback({ severity: 'error', text: describeApiError(failure) });
    }
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <FormFeedback feedback={feedback} />
      {addresses.length === 0 && (
        <Typography color="text.secondary">No addresses yet. Add one to check out faster.</Typography>
      )}
      <Stack spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} aria-label="Addresses">
        {addresses.map((address) => (
          <Paper
            key={address.id}
            component="li"
            variant="outlined"
            sx={{ p: 2 }}
            aria-label={`${address.name}, ${address.line1}`}
          >
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
              <Typography sx={{ fontWeight: 600 }}>{address.name}</Typography>
              {address.isDefault && <Chip label="Default" color="primary" size="small" />}
            </Stack>
            <Typography color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
              {[
                address.line1,
                address.line2,
                `${address.city}${address.region ? `, ${address.region}` : ''} ${address.postalCode}`,
                address.country,
                address.phone,
              ]
                .filter(Boolean)
                .join('\n')}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
              <Button size="small" onClick={() => setEditing(address)}>
                Edit
              </Button>
              {!address.isDefault && (
                <Button size="small" onClick={() => void makeDefault(address)} disabled={updating}>
                  Make default
                </Button>
              )}
              <Button size="small" color="error" onClick={() => setRemoving(address)} disabled={removing}>
                Remove
              </Button>
            </Stack>
          </Paper>
        ))}
      </Stack>
      <Button variant="contained" onClick={() => setEditing('new')} sx={{ alignSelf: 'flex-start' }}>
        Add address
      </Button>
      {editing && (
        <AddressFormDialog
          key={editing === 'new' ? 'new' : editing.id}
          open
          address={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSave={save}
        />
      )}
      <Dialog open={pendingRemoval !== null} onClose={() => setRemoving(null)}>
        <DialogTitle>Remove this address?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {pendingRemoval ? `${pendingRemoval.name}, ${pendingRemoval.line1}, ${pendingRemoval.city}` : ''}{' '}
            will be removed from your address book.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setRemoving(null)}>Keep it</Button>
          <Button color="error" variant="contained" onClick={() => void confirmRemove()}>
            Remove
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
