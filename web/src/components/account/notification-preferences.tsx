'use client';

import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeApiError } from '@msa/web-kit/api-errors';
import { userErrorsMessage } from '@msa/web-kit/user-error-messages';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import {
  NotificationPreferencesQuery,
  UpdateNotificationPreferencesMutation,
} from '@/graphql/notifications.graphql';
import { CHANNEL_LABELS, preferenceGrid, type PreferenceLike } from '@/lib/notifications/preference-grid';
import { FormFeedback, type Feedback } from './form-feedback';

/** A switch per category and channel; each change is saved at once. */
export function NotificationPreferences() {
  const { data, error, loading, refetch } = useQuery(NotificationPreferencesQuery);
  const [update, { loading: saving }] = useMutation(UpdateNotificationPreferencesMutation);
  const [feedback, setFeedback] = useState<Feedback>(null);

  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading label="Loading your preferences…" />;
  const grid = preferenceGrid(data?.notificationPreferences ?? []);

  const toggle = async (preference: PreferenceLike, enabled: boolean) => {
    setFeedback(null);
    try {
      const result = await update({
        variables: {
          input: { preferences: [{ category: preference.category, channel: preference.channel, enabled }] },
        },
        // The mutation answers the whole list (preferences have no id to be merged by): show it as the query's.
        update: (cache, { data: answer }) => {
          const preferences = answer?.updateNotificationPreferences.preferences;
          if (preferences)
            cache.writeQuery({
              query: NotificationPreferencesQuery,
              data: { notificationPreferences: preferences },
            });
        },
      });
      const problem = userErrorsMessage(result.data?.updateNotificationPreferences.userErrors);
      setFeedback(
        problem
          ? { severity: 'warning', text: problem }
          : { severity: 'success', text: 'Preferences saved.' },
      );
    } catch (failure) {
      setFeedback({ severity: 'error', text: describeApiError(failure) });
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        How we reach you
      </Typography>
      <TableContainer>
        <Table size="small" aria-label="Notification preferences">
          <TableHead>
            <TableRow>
              <TableCell>Topic</TableCell>
              {grid.channels.map((channel) => (
                <TableCell key={channel} align="center">
                  {CHANNEL_LABELS[channel]}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {grid.rows.map((row) => (
              <TableRow key={row.category}>
                <TableCell component="th" scope="row">
                  {row.label}
                </TableCell>
                {row.cells.map((cell, index) => (
                  <TableCell key={grid.channels[index]} align="center" sx={{ px: 0.5 }}>
                    {cell && (
                      <Switch
                        size="small"
                        checked={cell.enabled}
                        disabled={cell.required || saving}
                        onChange={(event) => void toggle(cell, event.target.checked)}
                        slotProps={{
                          input: {
                            'aria-label': `${row.label} by ${CHANNEL_LABELS[cell.channel]}`,
                          },
                        }}
                      />
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        Switches that cannot be turned off carry messages about your account&apos;s security.
      </Typography>
      <FormFeedback feedback={feedback} />
    </Paper>
  );
}
