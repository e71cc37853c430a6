import type { Identity } from '@msa/auth';
import type { NotificationsDb, NotificationsTx } from '../data/database';
import {
  deleteTemplateOverride,
  saveTemplateOverride,
  templateOverride,
  templateOverrides,
} from '../data/template.repo';
import { channelsOf, defaultTemplate, type TemplateContent } from '../domain/default-templates';
import type { NotificationChannel } from '../domain/notification-catalog';
import {
  allowedVariables,
  isNotificationKind,
  NOTIFICATION_KIND_KEYS,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '../domain/notification-kinds';
import { validateTemplate, type TemplateProblem } from '../domain/template-rendering';

/** A template as administrators see it: the override when there is one, else the default. */
export interface TemplateView extends TemplateContent {
  key: NotificationKind;
  channel: NotificationChannel;
  description: string;
  placeholders: readonly string[];
  isDefault: boolean;
  updatedBy: string | null;
  updatedAt: Date | null;
}

export type TemplateUpdateOutcome =
  | { ok: true; template: TemplateView }
  | {
      ok: false;
      problems: (TemplateProblem | { code: 'TEMPLATE_NOT_FOUND'; field: 'key'; message: string })[];
    };

function view(
  key: NotificationKind,
  channel: NotificationChannel,
  override: { subject: string | null; body: string; updatedBy: string; updatedAt: Date } | null,
): TemplateView {
  const base = defaultTemplate(key, channel)!;
  return {
    key,
    channel,
    description: NOTIFICATION_KINDS[key].description,
    placeholders: allowedVariables(key),
    subject: override ? override.subject : base.subject,
    body: override ? override.body : base.body,
    isDefault: !override,
    updatedBy: override?.updatedBy ?? null,
    updatedAt: override?.updatedAt ?? null,
  };
}

const notFound = (key: string, channel: string) => ({
  ok: false as const,
  problems: [
    {
      code: 'TEMPLATE_NOT_FOUND' as const,
      field: 'key' as const,
      message: `There is no ${channel} template "${key}"; see Query.notificationTemplates for the keys.`,
    },
  ],
});

export function createTemplatesService(db: NotificationsDb) {
  return {
    /**
     * The template to render now; null when the kind is not sent on this channel. `reader` reads it inside
     * the caller's transaction.
     */
    async current(
      kind: NotificationKind,
      channel: NotificationChannel,
      reader: NotificationsDb | NotificationsTx = db,
    ): Promise<TemplateContent | null> {
      if (!defaultTemplate(kind, channel)) return null;
      const override = await templateOverride(reader, kind, channel);
      return override ? { subject: override.subject, body: override.body } : defaultTemplate(kind, channel);
    },

    async list(): Promise<TemplateView[]> {
      const overrides = new Map((await templateOverrides(db)).map((o) => [`${o.key}:${o.channel}`, o]));
      return NOTIFICATION_KIND_KEYS.flatMap((key) =>
        channelsOf(key).map((channel) => view(key, channel, overrides.get(`${key}:${channel}`) ?? null)),
      );
    },

    async update(
      admin: Identity,
      key: string,
      channel: NotificationChannel,
      subject: string | null,
      body: string,
    ): Promise<TemplateUpdateOutcome> {
      if (!isNotificationKind(key) || !defaultTemplate(key, channel)) return notFound(key, channel);
      const content = { subject: channel === 'SMS' ? null : (subject?.trim() ?? null), body: body.trim() };
      const problems = validateTemplate({ channel, subject, body }, allowedVariables(key));
      if (problems.length) return { ok: false, problems };
      const saved = await saveTemplateOverride(db, { key, channel, ...content, updatedBy: admin.userId });
      return { ok: true, template: view(key, channel, saved) };
    },

    async reset(key: string, channel: NotificationChannel): Promise<TemplateUpdateOutcome> {
      if (!isNotificationKind(key) || !defaultTemplate(key, channel)) return notFound(key, channel);
      await deleteTemplateOverride(db, key, channel);
      return { ok: true, template: view(key, channel, null) };
    },
  };
}

export type TemplatesService = ReturnType<typeof createTemplatesService>;
