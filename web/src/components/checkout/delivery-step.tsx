'use client';

import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import type { ShippingRatesQuery as ShippingRatesResult } from '@/__generated__/graphql';
import { ShippingRatesQuery } from '@/graphql/checkout.graphql';
import { destinationOf, type AddressLike } from '@/lib/address-form';
import { keptRateId } from '@/lib/checkout-steps';
import { deliveryEstimate, noDeliveryReason, serviceName } from '@/lib/delivery-options';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';

export type ShippingRate = ShippingRatesResult['shippingRates'][number];

/** The carriers' prices for this cart and address, to choose one from; says why when there is none. */
export function DeliveryStep({
  cartId,
  address,
  cartWeightGrams,
  ratesVersion,
  chosen,
  onChoose,
}: {
  cartId: string;
  address: AddressLike;
  cartWeightGrams: number;
  /** Changes when the rates must be asked for again (the cart changed, a rate expired). */
  ratesVersion: string;
  chosen: ShippingRate | null;
  onChoose: (rate: ShippingRate | null) => void;
}) {
  const { data, error, loading, refetch } = useQuery(ShippingRatesQuery, {
    variables: { input: { cartId, destination: destinationOf(address) } },
    fetchPolicy: 'network-only',
  });
  const rates = data?.shippingRates;

  const askedFor = useRef(ratesVersion);
  useEffect(() => {
    if (askedFor.current === ratesVersion) return;
    askedFor.current = ratesVersion;
    void refetch();
  }, [ratesVersion, refetch]);

  // A new list (another address, a changed cart) may no longer offer the chosen rate.
  useEffect(() => {
    if (rates && chosen && !keptRateId(chosen.id, rates)) onChoose(null);
  }, [rates, chosen, onChoose]);

  if (loading && !rates) return <Loading label="Getting delivery prices…" />;
  if (error && !rates) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!rates) return null;
  if (rates.length === 0) {
    return (
      <Alert severity="warning" role="alert">
        {noDeliveryReason(cartWeightGrams)}
      </Alert>
    );
  }

  return (
    <RadioGroup
      aria-label="Delivery option"
      value={chosen?.id ?? ''}
      onChange={(event) => onChoose(rates.find((rate) => rate.id === event.target.value) ?? null)}
    >
      {rates.map((rate) => (
        <FormControlLabel
          key={rate.id}
          value={rate.id}
          control={<Radio />}
          sx={{ py: 0.5, mr: 0, '& .MuiFormControlLabel-label': { flexGrow: 1 } }}
          label={
            <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
              <span>
                <Typography component="span" sx={{ fontWeight: 600 }}>
                  {serviceName(rate.service)}
                </Typography>{' '}
                <Typography component="span" color="text.secondary">
                  · {rate.carrier}
                </Typography>
                <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
                  {deliveryEstimate(rate)}
                </Typography>
              </span>
              <Typography component="span" sx={{ fontWeight: 600 }}>
                {rate.amount.formatted}
              </Typography>
            </Stack>
          }
        />
      ))}
    </RadioGroup>
  );
}
