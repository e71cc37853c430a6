'use client';

import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { NotificationTemplatesQuery } from '@/graphql/notifications.graphql';
import { TemplateEditor } from './template-editor';

const CHANNELS = ['ALL', 'EMAIL', 'SMS', 'PUSH', 'IN_APP'] as const;

const templateId = (template: { key: string; channel: string }) => `${template.key}|${template.channel}`;

/** Every template, by channel, with the editor of the one picked. */
export function NotificationTemplates() {
  const { data, error, loading, refetch } = useQuery(NotificationTemplatesQuery);
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('EMAIL');
  const [selected, setSelected] = useState<string | null>(null);

  if (!data) {
    if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
    return loading ? <Loading label="Loading templates…" /> : null;
  }
  const templates = data.notificationTemplates.filter(
    (template) => channel === 'ALL' || template.channel === channel,
  );
  const current =
    data.notificationTemplates.find((template) => templateId(template) === selected) ?? templates[0] ?? null;

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '300px 1fr' } }}>
      <Paper variant="outlined" sx={{ alignSelf: 'start' }}>
        <Box sx={{ p: 1.5 }}>
          <TextField
            select
            size="small"
            fullWidth
            label="Channel"
            value={channel}
            onChange={(event) => {
              setChannel(event.target.value as (typeof CHANNELS)[number]);
              setSelected(null);
            }}
          >
            {CHANNELS.map((value) => (
              <MenuItem key={value} value={value}>
                {value === 'ALL' ? 'All channels' : value.replace('_', '-')}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        <List dense aria-label="Templates" sx={{ maxHeight: { md: 560 }, overflow: 'auto' }}>
          {templates.map((template) => (
            <ListItemButton
              key={templateId(template)}
              selected={current !== null && templateId(template) === templateId(current)}
              onClick={() => setSelected(templateId(template))}
            >
              <ListItemText
                primary={template.key}
                secondary={`${template.channel}${template.isDefault ? '' : ' · edited'}`}
              />
            </ListItemButton>
          ))}
          {templates.length === 0 && (
            <Typography color="text.secondary" sx={{ px: 2, py: 1 }}>
              No templates for this channel.
            </Typography>
          )}
        </List>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        {current ? (
          <TemplateEditor key={templateId(current)} template={current} />
        ) : (
          <Typography color="text.secondary">Pick a template to edit.</Typography>
        )}
      </Paper>
    </Box>
  );
}
