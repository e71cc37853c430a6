/** How much of a push token the export shows: enough to recognise the device, not to send to it. */
const TOKEN_TAIL = 6;

/** The notifications part of a customer's data export: inbox, preferences, devices and what was sent. */
export function notificationsExportPart(rows: {
  notifications: readonly {
    id: string;
    category: string;
    kind: string;
    title: string;
    body: string;
    readAt: Date | null;
    createdAt: Date;
  }[];
  preferences: readonly { category: string; channel: string; enabled: boolean; updatedAt: Date }[];
  pushTokens: readonly { token: string; platform: string; createdAt: Date; disabledAt: Date | null }[];
  deliveries: readonly {
    id: string;
    channel: string;
    kind: string;
    status: string;
    createdAt: Date;
    sentAt: Date | null;
  }[];
}): unknown {
  return {
    notifications: rows.notifications.map((n) => ({
      id: n.id,
      category: n.category,
      kind: n.kind,
      title: n.title,
      body: n.body,
      readAt: n.readAt?.toISOString() ?? null,
      createdAt: n.createdAt.toISOString(),
    })),
    preferences: rows.preferences.map((p) => ({
      category: p.category,
      channel: p.channel,
      enabled: p.enabled,
      updatedAt: p.updatedAt.toISOString(),
    })),
    pushTokens: rows.pushTokens.map((t) => ({
      tokenEnding: t.token.slice(-TOKEN_TAIL),
      platform: t.platform,
      registeredAt: t.createdAt.toISOString(),
      active: t.disabledAt === null,
    })),
    deliveries: rows.deliveries.map((d) => ({
      id: d.id,
      channel: d.channel,
      kind: d.kind,
      status: d.status,
      createdAt: d.createdAt.toISOString(),
      sentAt: d.sentAt?.toISOString() ?? null,
    })),
  };
}
