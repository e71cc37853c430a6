'use client';

import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { cancellationReasonText, orderStatusPresentation } from '@msa/web-kit/order-status';
import { taxLineLabel } from '@msa/web-kit/tax-display';
import type { OrderDetailFieldsFragment } from '@/__generated__/graphql';
import { paymentStatusLabel, shipmentStatusLabel } from '@/lib/order-timeline';
import { AppLink } from './app-link';

export const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** A titled box of the order detail page. */
export function Section({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2, minWidth: 0 }}>
      <Stack
        direction="row"
        sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1, gap: 1, flexWrap: 'wrap' }}
      >
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
          {title}
        </Typography>
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}

function Row({ label, value, strong = false }: { label: string; value: ReactNode; strong?: boolean }) {
  return (
    <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 2, py: 0.25 }}>
      <Typography
        variant="body2"
        color={strong ? 'text.primary' : 'text.secondary'}
        sx={{ fontWeight: strong ? 700 : 400 }}
      >
        {label}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: strong ? 700 : 400, textAlign: 'right' }}>
        {value}
      </Typography>
    </Stack>
  );
}

/** The ordered items with subtotal, discounts, shipping, tax and total. */
export function LinesSection({ order }: { order: OrderDetailFieldsFragment }) {
  return (
    <Section title="Items">
      <TableContainer>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>Item</TableCell>
              <TableCell align="right">Qty</TableCell>
              <TableCell align="right">Price</TableCell>
              <TableCell align="right">Total</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {order.lines.map((line) => (
              <TableRow key={line.id}>
                <TableCell>
                  {line.variant.product.name}
                  <Typography variant="caption" color="text.secondary" component="div">
                    {line.variant.title} · {line.variant.sku}
                  </Typography>
                </TableCell>
                <TableCell align="right">{line.quantity}</TableCell>
                <TableCell align="right">{line.unitPrice.formatted}</TableCell>
                <TableCell align="right">{line.lineTotal.formatted}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Box sx={{ maxWidth: 360, ml: 'auto', mt: 1.5 }}>
        <Row label="Subtotal" value={order.subtotal.formatted} />
        {order.discounts.map((discount, index) => (
          <Row
            key={index}
            label={discount.code ? `${discount.label} (${discount.code})` : discount.label}
            value={`−${discount.amount.formatted}`}
          />
        ))}
        <Row label="Shipping" value={order.shippingTotal.formatted} />
        {order.taxLines.length === 0 ? (
          <Row label="Tax" value="None (exempt)" />
        ) : (
          order.taxLines.map((line) => (
            <Row key={line.name} label={taxLineLabel(line)} value={line.amount.formatted} />
          ))
        )}
        <Divider sx={{ my: 0.5 }} />
        <Row label="Total" value={order.total.formatted} strong />
      </Box>
    </Section>
  );
}

/** Who ordered and where it goes. */
export function CustomerSection({ order }: { order: OrderDetailFieldsFragment }) {
  const address = order.shippingAddress;
  return (
    <Section title="Customer">
      <Typography variant="body2">
        {order.customer ? (
          <AppLink href={`/users/${encodeURIComponent(order.customer.id)}`}>{order.customer.name}</AppLink>
        ) : (
          'Guest (no account)'
        )}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
        {(order.customer ? order.customer.email : order.guestEmail) ?? ''}
      </Typography>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 1.5 }}>
        Shipping address
      </Typography>
      <Typography variant="body2" component="address" sx={{ fontStyle: 'normal' }}>
        {address.name}
        <br />
        {address.line1}
        {address.line2 && (
          <>
            <br />
            {address.line2}
          </>
        )}
        <br />
        {address.postalCode} {address.city}
        {address.region ? `, ${address.region}` : ''}
        <br />
        {address.country}
        {address.phone && (
          <>
            <br />
            {address.phone}
          </>
        )}
      </Typography>
    </Section>
  );
}

/** The payment, what was captured and refunded, and each refund. */
export function PaymentSection({
  order,
  actions,
}: {
  order: OrderDetailFieldsFragment;
  actions?: ReactNode;
}) {
  const payment = order.payment;
  return (
    <Section title="Payment" actions={actions}>
      {!payment ? (
        <Typography variant="body2" color="text.secondary">
          No payment was taken for this order.
        </Typography>
      ) : (
        <>
          <Row label="Status" value={paymentStatusLabel(payment.status)} />
          <Row label="Method" value={payment.method} />
          <Row label="Amount" value={payment.amount.formatted} />
          <Row label="Captured" value={payment.capturedAmount.formatted} />
          <Row label="Refunded" value={payment.refundedAmount.formatted} />
          <Row label="Left to refund" value={payment.refundableAmount.formatted} />
          {payment.failureReason && (
            <Typography variant="body2" color="error" sx={{ mt: 1 }}>
              {payment.failureReason}
            </Typography>
          )}
          <Typography variant="subtitle2" component="h3" sx={{ mt: 1.5 }}>
            Refunds
          </Typography>
          {payment.refunds.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              None.
            </Typography>
          ) : (
            <Stack component="ul" aria-label="Refunds" sx={{ listStyle: 'none', p: 0, m: 0 }} spacing={0.75}>
              {payment.refunds.map((refund) => (
                <li key={refund.id}>
                  <Typography variant="body2">
                    {refund.amount.formatted} · {paymentStatusLabel(refund.status)} ·{' '}
                    {dateTimeFormat.format(new Date(refund.createdAt))}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {refund.reason}
                    {refund.failureReason ? ` — ${refund.failureReason}` : ''}
                  </Typography>
                </li>
              ))}
            </Stack>
          )}
        </>
      )}
    </Section>
  );
}

/** The shipment and what the carrier reported, newest first. */
export function ShipmentSection({
  order,
  actions,
}: {
  order: OrderDetailFieldsFragment;
  actions?: ReactNode;
}) {
  const shipment = order.shipment;
  return (
    <Section title="Shipment">
      {!shipment ? (
        <Typography variant="body2" color="text.secondary">
          No shipment yet.
        </Typography>
      ) : (
        <>
          <Row label="Status" value={shipmentStatusLabel(shipment.status)} />
          <Row label="Carrier" value={`${shipment.carrier} · ${shipment.service.toLowerCase()}`} />
          <Row label="Tracking" value={shipment.trackingNumber} />
          <Row
            label={shipment.deliveredAt ? 'Delivered' : 'Expected'}
            value={dateTimeFormat.format(new Date(shipment.deliveredAt ?? shipment.estimatedDelivery))}
          />
          <Stack component="ol" aria-label="Shipment events" sx={{ p: 0, pl: 2.5, my: 1 }} spacing={0.5}>
            {[...shipment.events].reverse().map((event, index) => (
              <li key={index}>
                <Typography variant="body2">
                  {shipmentStatusLabel(event.status)}
                  {event.location ? ` — ${event.location}` : ''}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {dateTimeFormat.format(new Date(event.at))}
                </Typography>
              </li>
            ))}
          </Stack>
          {actions}
        </>
      )}
    </Section>
  );
}

/** Every status the order went through, oldest first, with the notes (e.g. what a cancellation undid). */
export function HistorySection({ order }: { order: OrderDetailFieldsFragment }) {
  return (
    <Section title="Status history">
      <Box component="ol" aria-label="Status history" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {order.statusHistory.map((change, index) => (
          <Box
            component="li"
            key={index}
            sx={{
              position: 'relative',
              pl: 3,
              pb: 1.5,
              borderLeft: index < order.statusHistory.length - 1 ? '2px solid' : '2px solid transparent',
              borderColor: 'divider',
              ml: 0.75,
              '&::before': {
                content: '""',
                position: 'absolute',
                left: -7,
                top: 4,
                width: 12,
                height: 12,
                borderRadius: '50%',
                bgcolor: change.status === 'CANCELLED' ? 'error.main' : 'primary.main',
              },
            }}
          >
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {orderStatusPresentation(change.status).label}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {dateTimeFormat.format(new Date(change.at))}
            </Typography>
            {change.note && <Typography variant="body2">{change.note}</Typography>}
          </Box>
        ))}
      </Box>
      {order.status === 'CANCELLED' && order.cancellationReason && (
        <Typography variant="body2" color="text.secondary">
          Reason: {cancellationReasonText(order.cancellationReason)}
        </Typography>
      )}
    </Section>
  );
}

/** Returns asked for on this order. */
export function ReturnsSection({ order }: { order: OrderDetailFieldsFragment }) {
  if (order.returns.length === 0) return null;
  return (
    <Section title="Returns">
      <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} spacing={0.75}>
        {order.returns.map((entry) => (
          <li key={entry.id}>
            <Typography variant="body2">
              {paymentStatusLabel(entry.status)} · {entry.refundAmount.formatted} ·{' '}
              {dateTimeFormat.format(new Date(entry.createdAt))}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {entry.reason}
            </Typography>
          </li>
        ))}
      </Stack>
      <AppLink href="/returns" variant="body2">
        Open the returns queue
      </AppLink>
    </Section>
  );
}
