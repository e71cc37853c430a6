'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { pageRangeLabel, type CursorPages, type PageInfoLike } from '@msa/web-kit/cursor-pages';

/** "21–40 of 75" with Previous / Next buttons under a paged table. */
export function PagedFooter({
  pages,
  pageSize,
  shown,
  total,
  pageInfo,
  onPrevious,
  onNext,
  busy = false,
}: {
  pages: CursorPages;
  pageSize: number;
  shown: number;
  total: number;
  pageInfo: PageInfoLike;
  onPrevious: () => void;
  onNext: (pageInfo: PageInfoLike) => void;
  busy?: boolean;
}) {
  return (
    <Stack direction="row" spacing={2} sx={{ justifyContent: 'flex-end', alignItems: 'center', p: 1.5 }}>
      <Typography variant="body2" color="text.secondary">
        {pageRangeLabel(pages, pageSize, shown, total)}
      </Typography>
      <Button size="small" onClick={onPrevious} disabled={busy || pages.afters.length <= 1}>
        Previous
      </Button>
      <Button size="small" onClick={() => onNext(pageInfo)} disabled={busy || !pageInfo.hasNextPage}>
        Next
      </Button>
    </Stack>
  );
}
