'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import {
  EmailVerificationStatusQuery,
  RequestEmailVerificationMutation,
} from '@/graphql/account-recovery.graphql';
import { FormFeedback, type Feedback } from './form-feedback';

/** Shown on the account page until the email is verified, with a button that mails a new link. */
export function EmailVerificationNotice() {
  const { data } = useQuery(EmailVerificationStatusQuery);
  const [requestVerification, { loading }] = useMutation(RequestEmailVerificationMutation);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const me = data?.me;
  if (!me || me.emailVerified) return null;

  const send = async () => {
    setFeedback(null);
    try {
      const { data: sent } = await requestVerification();
      const refused = userErrorsMessage(sent?.requestEmailVerification.userErrors);
      setFeedback(
        refused
          ? { severity: 'warning', text: refused }
          : { severity: 'success', text: `We sent a verification link to ${me.email ?? 'your email'}.` },
      );
    } catch (error) {
      setFeedback({ severity: 'error', text: describeApiError(error) });
    }
  };

  return (
    <>
      <Alert
        severity="info"
        aria-label="Verify your email"
        action={
          <Button
            color="inherit"
            size="small"
            onClick={() => void send()}
            disabled={loading}
            sx={{ whiteSpace: 'nowrap' }}
          >
            {loading ? 'Sending…' : 'Resend link'}
          </Button>
        }
      >
        <strong>Verify your email.</strong> Confirm that {me.email ?? 'your address'} is yours so we can reach
        you about your orders and your account.
      </Alert>
      <FormFeedback feedback={feedback} />
    </>
  );
}
