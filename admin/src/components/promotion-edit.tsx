'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useState } from 'react';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { useSession } from '@msa/web-kit/runtime-provider';
import { mayPerform } from '@/lib/dashboard-routes';
import { useActionNotice } from '@/lib/use-action-notice';
import {
  DeactivatePromotionMutation,
  PromotionQuery,
  UpdatePromotionMutation,
} from '@/graphql/promotions.graphql';
import { ActionNotice } from './action-notice';
import { ConfirmDialog } from './confirm-dialog';
import { PageHeader } from './page-header';
import { PromotionEditor } from './promotion-editor';
import { PromotionStatsCard } from './promotion-stats-card';
import { PromotionStatusChip } from './promotion-status-chip';

/** One promotion: its results, its form, and switching it off or on again. */
export function PromotionEdit({ id, created }: { id: string; created: boolean }) {
  const query = useQuery(PromotionQuery, { variables: { id } });
  const [update] = useMutation(UpdatePromotionMutation);
  const [deactivate] = useMutation(DeactivatePromotionMutation);
  const session = useSession();
  const mayManage = session.status === 'signed-in' && mayPerform(session.user.role, 'managePromotions');
  const notices = useActionNotice(created ? { severity: 'success', text: 'Promotion created.' } : null);
  const [confirming, setConfirming] = useState(false);
  // The form starts again from the saved promotion after each save.
  const [formVersion, setFormVersion] = useState(0);
  const promotion = query.data?.promotion;

  if (!promotion) {
    if (query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
    if (query.loading) return <Loading label="Loading the promotion…" />;
    return (
      <>
        <PageHeader title="Promotion not found" />
        <Typography>
          There is no such promotion. <Link href="/promotions">Back to promotions</Link>
        </Typography>
      </>
    );
  }

  const switchOff = () =>
    notices.confirmed(
      async () => (await deactivate({ variables: { id } })).data?.deactivatePromotion.userErrors,
      { success: `“${promotion.name}” was deactivated.` },
    );

  const switchOn = () =>
    notices.perform(
      async () =>
        (await update({ variables: { id, input: { active: true } } })).data?.updatePromotion.userErrors,
      { success: `“${promotion.name}” is switched on again.` },
    );

  return (
    <>
      <PageHeader
        title={promotion.name}
        actions={
          !mayManage ? undefined : promotion.active ? (
            <Button color="error" variant="outlined" onClick={() => setConfirming(true)}>
              Deactivate
            </Button>
          ) : (
            <Button variant="outlined" onClick={() => void switchOn()}>
              Activate again
            </Button>
          )
        }
      />
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <PromotionStatusChip status={promotion.status} />
        <Typography variant="body2" color="text.secondary">
          {promotion.code ? `Code ${promotion.code}` : 'Automatic'} · used {promotion.usageCount}
          {promotion.usageLimit !== null ? ` of ${promotion.usageLimit}` : ''} times
        </Typography>
      </Stack>
      <Stack spacing={2}>
        <PromotionStatsCard id={id} />
        <PromotionEditor
          key={formVersion}
          promotion={promotion}
          readOnly={!mayManage}
          submitLabel="Save changes"
          save={async (input) => {
            const { data } = await update({ variables: { id, input } });
            return {
              promotion: data?.updatePromotion.promotion,
              userErrors: data?.updatePromotion.userErrors ?? [],
            };
          }}
          onSaved={(saved) => {
            setFormVersion((version) => version + 1);
            notices.show({ severity: 'success', text: `“${saved.name}” was saved.` });
            window.scrollTo({ top: 0, behavior: 'smooth' });
          }}
        />
      </Stack>
      {confirming && (
        <ConfirmDialog
          title="Deactivate promotion"
          confirmLabel="Deactivate"
          destructive
          onConfirm={switchOff}
          onClose={() => setConfirming(false)}
        >
          Deactivate “{promotion.name}”? Carts stop showing it and checkouts stop redeeming it.
        </ConfirmDialog>
      )}
    </>
  );
}
