'use client';

import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { useSession } from '@msa/web-kit/runtime-provider';
import { OrderStatusChip } from '@msa/web-kit/status-chip';
import {
  AdminOrderQuery,
  AdminOrderUpdatedSubscription,
  CancelOrderMutation,
} from '@/graphql/orders.graphql';
import { cancellationSummary } from '@/lib/cancellation-summary';
import { mayPerform } from '@/lib/dashboard-routes';
import { isCancellable, shipmentStatusLabel } from '@/lib/order-timeline';
import { useActionNotice } from '@/lib/use-action-notice';
import { ActionNotice } from './action-notice';
import { AppLink } from './app-link';
import { ConfirmDialog } from './confirm-dialog';
import {
  CustomerSection,
  dateTimeFormat,
  HistorySection,
  LinesSection,
  PaymentSection,
  ReturnsSection,
  ShipmentSection,
} from './order-sections';
import { RefundDialog } from './refund-dialog';
import { ShipmentStatusForm } from './shipment-status-form';

/**
 * One order for staff: items, customer, address, money, payment with refunds, shipment with events and the
 * status history. Administrators cancel, refund and record shipment progress here. Changes made elsewhere
 * (the saga compensating a cancellation, a carrier update) arrive through `orderUpdated`.
 */
export function OrderDetail({ id }: { id: string }) {
  const session = useSession();
  const role = session.status === 'signed-in' ? session.user.role : 'CUSTOMER';
  const query = useQuery(AdminOrderQuery, { variables: { id } });
  useSubscription(AdminOrderUpdatedSubscription, { variables: { orderId: id } });
  const [cancelOrder] = useMutation(CancelOrderMutation);
  const notices = useActionNotice();
  const [dialog, setDialog] = useState<'cancel' | 'refund' | null>(null);

  const order = query.data?.order;
  if (!order) {
    if (query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
    if (query.loading) return <Loading label="Loading the order…" />;
    return (
      <Typography>
        There is no order with this id. <AppLink href="/orders">Back to the orders</AppLink>
      </Typography>
    );
  }

  const payment = order.payment;
  const canRefund = mayPerform(role, 'refundPayment') && payment && payment.refundableAmount.amount > 0;
  const canCancel = mayPerform(role, 'cancelOrder') && isCancellable(order.status);
  const canShip = mayPerform(role, 'updateShipmentStatus') && order.shipment && order.status !== 'CANCELLED';

  return (
    <>
      <AppLink href="/orders" variant="body2">
        ← Orders
      </AppLink>
      <Stack
        direction="row"
        sx={{
          alignItems: 'center',
          gap: 1.5,
          flexWrap: 'wrap',
          mt: 1,
          mb: 2,
          justifyContent: 'space-between',
        }}
      >
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
            Order {order.number}
          </Typography>
          <OrderStatusChip status={order.status} />
          <Typography variant="body2" color="text.secondary">
            {dateTimeFormat.format(new Date(order.createdAt))}
          </Typography>
        </Stack>
        {canCancel && (
          <Button variant="outlined" color="error" onClick={() => setDialog('cancel')}>
            Cancel order
          </Button>
        )}
      </Stack>
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 2fr) minmax(0, 1fr)' },
          alignItems: 'start',
        }}
      >
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <LinesSection order={order} />
          <PaymentSection
            order={order}
            actions={
              canRefund && (
                <Button size="small" variant="outlined" onClick={() => setDialog('refund')}>
                  Refund
                </Button>
              )
            }
          />
          <ShipmentSection
            order={order}
            actions={
              canShip && (
                <ShipmentStatusForm
                  key={order.shipment!.status}
                  shipmentId={order.shipment!.id}
                  current={order.shipment!.status}
                  onDone={(_, status) => {
                    notices.show({
                      severity: 'success',
                      text: `Shipment now “${shipmentStatusLabel(status)}”.`,
                    });
                    void query.refetch();
                  }}
                />
              )
            }
          />
        </Stack>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <CustomerSection order={order} />
          <HistorySection order={order} />
          <ReturnsSection order={order} />
        </Stack>
      </Box>
      {dialog === 'cancel' && (
        <ConfirmDialog
          title={`Cancel order ${order.number}?`}
          confirmLabel="Cancel order"
          destructive
          onClose={() => setDialog(null)}
          onConfirm={() =>
            notices.confirmed(
              async () => (await cancelOrder({ variables: { id: order.id } })).data?.cancelOrder.userErrors,
              {
                onDone: async () => (await query.refetch()).data?.order,
                success: (cancelled) =>
                  cancelled ? cancellationSummary(cancelled) : `Order ${order.number} cancelled.`,
              },
            )
          }
        >
          The order stops here: the shipment is cancelled, the payment voided or refunded, discounts given
          back and the stock released or restocked. This cannot be undone.
        </ConfirmDialog>
      )}
      {dialog === 'refund' && payment && (
        <RefundDialog
          paymentId={payment.id}
          refundable={payment.refundableAmount}
          refundableText={payment.refundableAmount.formatted}
          onClose={() => setDialog(null)}
          onRefunded={(message) => {
            setDialog(null);
            notices.show({ severity: 'success', text: message });
            void query.refetch();
          }}
        />
      )}
    </>
  );
}
