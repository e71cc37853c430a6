'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { AddAddressMutation, MyAddressesQuery } from '@/graphql/checkout.graphql';
import {
  addressInput,
  addressProblems,
  addressSummary,
  EMPTY_ADDRESS,
  type AddressLike,
  type AddressProblems,
} from '@/lib/address-form';
import { describeApiError } from '@msa/web-kit/api-errors';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { AddressFields } from './address-fields';

const NEW_ADDRESS = 'new';

/**
 * Where the order goes: a saved address of the address book, or a new one (optionally saved to it). Reports
 * the chosen address, or null while none is settled.
 */
export function AddressStep({
  onAddress,
  guest = false,
}: {
  onAddress: (address: AddressLike | null) => void;
  /** A guest has no address book: only the form, nothing saved. */
  guest?: boolean;
}) {
  const { data, error, loading, refetch } = useQuery(MyAddressesQuery, { skip: guest });
  const addresses = data?.me?.addresses ?? [];
  const [choice, setChoice] = useState<string | null>(guest ? NEW_ADDRESS : null);
  const [draft, setDraft] = useState(EMPTY_ADDRESS);
  const [problems, setProblems] = useState<AddressProblems>({});
  const [save, setSave] = useState(!guest);
  const [notice, setNotice] = useState<string | null>(null);
  const [addAddress, adding] = useMutation(AddAddressMutation);

  // Start on the default (else the first) saved address, or on the form when the book is empty.
  const initial = data ? ((addresses.find((a) => a.isDefault) ?? addresses[0])?.id ?? NEW_ADDRESS) : null;
  const selected = choice ?? initial;
  const savedAddress = addresses.find((address) => address.id === selected) ?? null;
  useEffect(() => {
    if (selected !== NEW_ADDRESS) onAddress(savedAddress);
  }, [selected, savedAddress, onAddress]);

  if (loading && !data) return <Loading label="Loading your addresses…" />;
  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;

  const confirmNewAddress = async () => {
    setNotice(null);
    const found = addressProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if (!save) {
      onAddress(draft);
      return;
    }
    try {
      const result = await addAddress({ variables: { input: addressInput(draft) } });
      const payload = result.data?.addAddress;
      const refused = userErrorsMessage(payload?.userErrors);
      if (refused || !payload?.address) {
        setNotice(refused ?? 'The address was not saved.');
        return;
      }
      setChoice(payload.address.id);
      setDraft(EMPTY_ADDRESS);
    } catch (failure) {
      setNotice(describeApiError(failure));
    }
  };

  return (
    <Stack spacing={2}>
      {addresses.length > 0 && (
        <RadioGroup
          aria-label="Shipping address"
          value={selected ?? ''}
          onChange={(event) => {
            setChoice(event.target.value);
            if (event.target.value === NEW_ADDRESS) onAddress(null);
          }}
        >
          {addresses.map((address) => (
            <FormControlLabel
              key={address.id}
              value={address.id}
              control={<Radio />}
              label={addressSummary(address)}
              sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.5 }, py: 0.5 }}
            />
          ))}
          <FormControlLabel value={NEW_ADDRESS} control={<Radio />} label="A new address" />
        </RadioGroup>
      )}
      {selected === NEW_ADDRESS && (
        <Stack spacing={2}>
          {addresses.length === 0 && (
            <Typography color="text.secondary">Where should we send your order?</Typography>
          )}
          <AddressFields
            draft={draft}
            problems={problems}
            onChange={(next) => {
              setDraft(next);
              onAddress(null);
            }}
          />
          {!guest && (
            <FormControlLabel
              control={<Checkbox checked={save} onChange={(event) => setSave(event.target.checked)} />}
              label="Save to my address book"
            />
          )}
          {notice && <Alert severity="warning">{notice}</Alert>}
          <Button
            variant="outlined"
            onClick={() => void confirmNewAddress()}
            disabled={adding.loading}
            sx={{ alignSelf: 'flex-start' }}
          >
            {adding.loading ? 'Saving…' : 'Ship to this address'}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
