'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { describeApiError } from '@msa/web-kit/api-errors';
import { Loading } from '@msa/web-kit/query-state';
import { useRuntime } from '@msa/web-kit/runtime-provider';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { VerifyEmailMutation } from '@/graphql/account-recovery.graphql';
import { RecoveryCard } from './recovery-card';

type Outcome = { state: 'verifying' } | { state: 'verified' } | { state: 'failed'; text: string };

/** Uses the verification link as soon as the page opens (once, even when React runs effects twice). */
export function VerifyEmailView({ token }: { token: string }) {
  const { client } = useRuntime();
  const [verifyEmail] = useMutation(VerifyEmailMutation);
  const [outcome, setOutcome] = useState<Outcome>(
    token ? { state: 'verifying' } : { state: 'failed', text: 'This verification link is not complete.' },
  );
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    verifyEmail({ variables: { token } })
      .then(({ data }) => {
        const refused = userErrorsMessage(data?.verifyEmail.userErrors);
        if (refused) setOutcome({ state: 'failed', text: refused });
        else {
          setOutcome({ state: 'verified' });
          // The account page's notice reads `emailVerified`: let it see the change.
          void client.refetchQueries({ include: 'active' }).catch(() => undefined);
        }
      })
      .catch((error: unknown) => setOutcome({ state: 'failed', text: describeApiError(error) }));
  }, [client, token, verifyEmail]);

  if (outcome.state === 'verifying') return <Loading label="Confirming your email…" />;
  return (
    <RecoveryCard
      title={outcome.state === 'verified' ? 'Email confirmed' : 'We could not confirm your email'}
    >
      <Stack spacing={2}>
        {outcome.state === 'verified' ? (
          <Alert severity="success" role="status">
            Thank you: your email address is verified.
          </Alert>
        ) : (
          <Alert severity="warning">{outcome.text}</Alert>
        )}
        <Button component={Link} href="/account" variant="contained">
          Go to your account
        </Button>
      </Stack>
    </RecoveryCard>
  );
}
