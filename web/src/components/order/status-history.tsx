import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { OrderDetailFieldsFragment } from '@/__generated__/graphql';
import { orderStatusPresentation } from '@msa/web-kit/order-status';

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Every status the order went through, newest first. */
export function StatusHistory({ history }: { history: OrderDetailFieldsFragment['statusHistory'] }) {
  const entries = [...history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Stack component="ol" spacing={1} aria-label="Order history" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {entries.map((entry, index) => (
        <li key={`${entry.status}-${entry.at}-${index}`}>
          <Typography sx={{ fontWeight: 600 }}>{orderStatusPresentation(entry.status).label}</Typography>
          <Typography variant="body2" color="text.secondary">
            {dateTime.format(new Date(entry.at))}
          </Typography>
        </li>
      ))}
    </Stack>
  );
}
