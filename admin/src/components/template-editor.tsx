'use client';

import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { userErrorsByField } from '@msa/web-kit/api-errors';
import { useSession } from '@msa/web-kit/runtime-provider';
import type { NotificationTemplateFieldsFragment } from '@/__generated__/graphql';
import {
  ResetNotificationTemplateMutation,
  UpdateNotificationTemplateMutation,
} from '@/graphql/notifications.graphql';
import { actionProblem } from '@/lib/action-outcome';
import { mayPerform } from '@/lib/dashboard-routes';
import { checkTemplate, type TemplateErrors } from '@/lib/template-check';
import { useActionNotice } from '@/lib/use-action-notice';
import { ActionNotice } from './action-notice';
import { ConfirmDialog } from './confirm-dialog';
import { TemplatePreview } from './template-preview';

/** Rewording one template: fields, the placeholders it may use, a live preview, save and reset. */
export function TemplateEditor({ template }: { template: NotificationTemplateFieldsFragment }) {
  const [subject, setSubject] = useState(template.subject ?? '');
  const [body, setBody] = useState(template.body);
  const [serverErrors, setServerErrors] = useState<TemplateErrors>({});
  const notices = useActionNotice();
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [update, updating] = useMutation(UpdateNotificationTemplateMutation);
  const [reset, resetting] = useMutation(ResetNotificationTemplateMutation);
  const session = useSession();
  const mayEdit =
    session.status === 'signed-in' && mayPerform(session.user.role, 'editNotificationTemplates');
  const isSms = template.channel === 'SMS';
  const errors = {
    ...serverErrors,
    ...checkTemplate({ channel: template.channel, subject, body }, template.placeholders),
  };
  const changed = subject !== (template.subject ?? '') || body !== template.body;
  const label = `${template.key} (${template.channel})`;

  const save = () =>
    notices.perform(
      async () => {
        const { data } = await update({
          variables: { key: template.key, channel: template.channel, subject: isSms ? null : subject, body },
        });
        const userErrors = data?.updateNotificationTemplate.userErrors ?? [];
        setServerErrors(userErrorsByField(userErrors));
        return userErrors;
      },
      { success: `The ${label} template was saved.` },
    );

  const restore = async () => {
    notices.dismiss();
    let restored: NotificationTemplateFieldsFragment | null | undefined = null;
    const problem = await actionProblem(async () => {
      const { data } = await reset({ variables: { key: template.key, channel: template.channel } });
      restored = data?.resetNotificationTemplate.template;
      return data?.resetNotificationTemplate.userErrors;
    });
    if (problem) return problem;
    if (!restored) return 'The template could not be reset.';
    const { subject: defaultSubject, body: defaultBody } = restored as NotificationTemplateFieldsFragment;
    setSubject(defaultSubject ?? '');
    setBody(defaultBody);
    setServerErrors({});
    notices.show({ severity: 'success', text: `The ${label} template is back to its default wording.` });
    return null;
  };

  return (
    <Stack spacing={2}>
      <Box>
        <Typography variant="h6" component="h2">
          {template.key} <Chip size="small" label={template.channel} sx={{ ml: 1 }} />
          {!template.isDefault && <Chip size="small" color="info" label="Edited" sx={{ ml: 1 }} />}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {template.description}
        </Typography>
      </Box>
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      <Box>
        <Typography variant="body2" sx={{ mb: 0.5 }}>
          {mayEdit ? 'Placeholders (click to add to the message):' : 'Placeholders:'}
        </Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
          {template.placeholders.map((name) => (
            <Chip
              key={name}
              size="small"
              variant="outlined"
              label={`{{${name}}}`}
              onClick={mayEdit ? () => setBody((current) => `${current}{{${name}}}`) : undefined}
            />
          ))}
        </Stack>
      </Box>
      {!isSms && (
        <TextField
          label="Subject"
          value={subject}
          onChange={(event) => {
            setSubject(event.target.value);
            setServerErrors({});
          }}
          error={Boolean(errors.subject)}
          helperText={errors.subject ?? ' '}
          slotProps={{ input: { readOnly: !mayEdit } }}
          fullWidth
          size="small"
        />
      )}
      <TextField
        label="Message"
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          setServerErrors({});
        }}
        error={Boolean(errors.body)}
        helperText={errors.body ?? `${body.length} characters`}
        multiline
        minRows={5}
        slotProps={{ input: { readOnly: !mayEdit } }}
        fullWidth
      />
      <Paper variant="outlined" sx={{ p: 2, bgcolor: 'grey.50' }} aria-label="Preview">
        <Typography variant="overline" color="text.secondary">
          Preview with example values
        </Typography>
        <TemplatePreview subject={isSms ? null : subject} body={body} allowed={template.placeholders} />
      </Paper>
      {mayEdit && (
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button
            color="error"
            onClick={() => setConfirmingReset(true)}
            disabled={template.isDefault || resetting.loading}
          >
            Reset to default
          </Button>
          <Button
            variant="contained"
            onClick={() => void save()}
            disabled={!changed || updating.loading || Object.keys(errors).length > 0}
          >
            {updating.loading ? 'Saving…' : 'Save template'}
          </Button>
        </Stack>
      )}
      {confirmingReset && (
        <ConfirmDialog
          title="Reset template"
          confirmLabel="Reset"
          destructive
          onConfirm={restore}
          onClose={() => setConfirmingReset(false)}
        >
          Reset the {label} template to the wording shipped with the shop? Your changes to it are lost.
        </ConfirmDialog>
      )}
    </Stack>
  );
}
