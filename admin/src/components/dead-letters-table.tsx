'use client';

import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { DeadLettersQuery as DeadLettersResult } from '@/__generated__/graphql';
import { DeadLettersQuery, RetryDeadLetterMutation } from '@/graphql/operations.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { useActionNotice } from '@/lib/use-action-notice';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { ActionNotice } from './action-notice';
import { ConnectionTable } from './connection-table';
import { PageHeader } from './page-header';

type DeadLetter = DeadLettersResult['deadLetters']['edges'][number]['node'];

const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });

function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

/** Messages that failed on every attempt, with their error and payload, and a retry button. */
export function DeadLettersTable() {
  const paging = useCursorPages('');
  const [expanded, setExpanded] = useState<string | null>(null);
  const notices = useActionNotice();
  const [retry, retrying] = useMutation(RetryDeadLetterMutation);
  const query = useQuery(DeadLettersQuery, {
    variables: { first: PAGE_SIZE, after: paging.after },
  });
  const connection = query.data?.deadLetters;

  const retryLetter = (letter: DeadLetter) => {
    let queue = letter.queue;
    return notices.perform(
      async () => {
        const { data } = await retry({ variables: { id: letter.id } });
        queue = data?.retryDeadLetter.queue ?? queue;
        // Refused or not, the letter may have moved on: the page shows it as it is now.
        await query.refetch();
        return data?.retryDeadLetter.userErrors;
      },
      { success: () => `${letter.jobName} was put back on ${queue}.`, refused: 'warning' },
    );
  };

  return (
    <>
      <PageHeader title="Dead letters" />
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      <ConnectionTable
        connection={connection}
        query={query}
        paging={paging}
        loadingLabel="Loading dead letters…"
        emptyText="No dead letters: every message was processed."
        columns={[
          { label: 'Failed' },
          { label: 'Queue' },
          { label: 'Message' },
          { label: 'Error' },
          { label: 'Attempts', align: 'right' },
          { label: '' },
        ]}
        rows={(connection) =>
          connection.edges.flatMap(({ node }) => [
            <TableRow key={node.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {dateTimeFormat.format(new Date(node.failedAt))}
              </TableCell>
              <TableCell>{node.queue}</TableCell>
              <TableCell>
                {node.jobName}
                <Typography variant="caption" color="text.secondary" component="div">
                  {node.jobId}
                </Typography>
              </TableCell>
              <TableCell sx={{ maxWidth: 360, wordBreak: 'break-word' }}>{node.failedReason}</TableCell>
              <TableCell align="right">{node.attemptsMade}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Button size="small" onClick={() => setExpanded(expanded === node.id ? null : node.id)}>
                  {expanded === node.id ? 'Hide payload' : 'Payload'}
                </Button>
                <Button
                  size="small"
                  variant="outlined"
                  onClick={() => void retryLetter(node)}
                  disabled={retrying.loading}
                >
                  Retry
                </Button>
              </TableCell>
            </TableRow>,
            <TableRow key={`${node.id}-payload`}>
              <TableCell colSpan={6} sx={{ py: 0, borderBottom: expanded === node.id ? undefined : 'none' }}>
                <Collapse in={expanded === node.id} unmountOnExit>
                  <Typography
                    component="pre"
                    variant="body2"
                    sx={{ fontFamily: 'monospace', whiteSpace: 'pre-wrap', my: 1 }}
                  >
                    {prettyPayload(node.payload)}
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
