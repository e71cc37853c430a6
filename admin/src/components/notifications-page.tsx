'use client';

import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { CapturedEmails } from './captured-emails';
import { DeliveryLog } from './delivery-log';
import { NotificationTemplates } from './notification-templates';
import { PageHeader } from './page-header';

type Section = 'templates' | 'deliveries' | 'captured';

/** Notification templates, the delivery log and the emails captured in development. */
export function NotificationsPage() {
  const [section, setSection] = useState<Section>('templates');
  return (
    <>
      <PageHeader title="Notifications" />
      <Tabs
        value={section}
        onChange={(_, value: Section) => setSection(value)}
        sx={{ mb: 2 }}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label="Notification sections"
      >
        <Tab value="templates" label="Templates" />
        <Tab value="deliveries" label="Delivery log" />
        <Tab value="captured" label="Captured emails" />
      </Tabs>
      {section === 'templates' && <NotificationTemplates />}
      {section === 'deliveries' && <DeliveryLog />}
      {section === 'captured' && <CapturedEmails />}
    </>
  );
}
