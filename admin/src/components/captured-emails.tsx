'use client';

import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { CapturedEmailsQuery } from '@/graphql/notifications.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { useSubmittedText } from '@/lib/use-submitted-text';
import { ConnectionTable } from './connection-table';

const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });

/** Emails the development mail capture recorded instead of sending, newest first. */
export function CapturedEmails() {
  const recipient = useSubmittedText();
  const to = recipient.submitted;
  const [open, setOpen] = useState<string | null>(null);
  const paging = useCursorPages(to);
  const query = useQuery(CapturedEmailsQuery, {
    variables: { first: PAGE_SIZE, after: paging.after, to: to || null },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Without an SMTP server the shop records outgoing email here instead of sending it; with one, this list
        stays empty.
      </Typography>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 2 }}
        component="form"
        onSubmit={recipient.submit}
      >
        <TextField
          size="small"
          label="Recipient"
          value={recipient.text}
          onChange={(event) => recipient.setText(event.target.value)}
        />
        <Button type="submit" variant="outlined">
          Filter
        </Button>
        <Button onClick={() => void query.refetch()}>Refresh</Button>
      </Stack>
      <ConnectionTable
        connection={query.data?.capturedEmails}
        query={query}
        paging={paging}
        loadingLabel="Loading emails…"
        emptyText="No captured emails."
        columns={[{ label: 'Recorded' }, { label: 'To' }, { label: 'Subject' }, { label: '' }]}
        rows={(connection) =>
          connection.edges.flatMap(({ node }) => [
            <TableRow key={node.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {dateTimeFormat.format(new Date(node.createdAt))}
              </TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>{node.to}</TableCell>
              <TableCell>{node.subject ?? '—'}</TableCell>
              <TableCell align="right">
                <Button size="small" onClick={() => setOpen(open === node.id ? null : node.id)}>
                  {open === node.id ? 'Hide' : 'Read'}
                </Button>
              </TableCell>
            </TableRow>,
            <TableRow key={`${node.id}-body`}>
              <TableCell colSpan={4} sx={{ py: 0, borderBottom: open === node.id ? undefined : 'none' }}>
                <Collapse in={open === node.id} unmountOnExit>
                  <Typography
                    component="pre"
                    variant="body2"
                    sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'inherit', my: 1 }}
                  >
                    {node.body}
                  </Typography>
                </Collapse>
              </TableCell>
            </TableRow>,
          ])
        }
      />
    </>
  );
}
