'use client';

import Box from '@mui/material/Box';
import { useState } from 'react';
import { periodWindow, presetPeriod, type PeriodChoice } from '@/lib/sales-period';
import { LowStockCard } from './low-stock-card';
import { OrdersByStatusCard } from './orders-by-status-card';
import { PageHeader } from './page-header';
import { PeriodPicker } from './period-picker';
import { SalesSection } from './sales-section';
import { SearchAnalyticsCard } from './search-analytics-card';
import { TopProductsCard } from './top-products-card';

/** Sales over a chosen period, orders by status, top products, searches and low stock. */
export function AnalyticsPage() {
  const [choice, setChoice] = useState<PeriodChoice>(() => presetPeriod('LAST_30_DAYS'));
  const picked = periodWindow(choice);
  // While the dates are being corrected the last valid window stays on screen.
  const [shown, setShown] = useState(() => periodWindow(choice));
  if (
    picked.ok &&
    (!shown.ok || picked.from !== shown.from || picked.to !== shown.to || picked.interval !== shown.interval)
  ) {
    setShown(picked);
  }

  return (
    <>
      <PageHeader title="Analytics" />
      <PeriodPicker choice={choice} error={picked.ok ? null : picked.message} onChange={setChoice} />
      {shown.ok && (
        <>
          <SalesSection from={shown.from} to={shown.to} interval={shown.interval} />
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              mt: 2,
              gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
            }}
          >
            <OrdersByStatusCard from={shown.from} to={shown.to} />
            <TopProductsCard from={shown.from} to={shown.to} />
            <SearchAnalyticsCard from={shown.from} to={shown.to} />
            <LowStockCard />
          </Box>
        </>
      )}
    </>
  );
}
