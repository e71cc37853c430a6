'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { PageInfoLike } from '@msa/web-kit/cursor-pages';
import { ErrorNotice } from '@msa/web-kit/query-state';

/**
 * "Load more" under a list: fetches the page after `pageInfo.endCursor` (the cache policy appends it) and
 * shows a failure with a retry. Nothing when there is no further page.
 */
export function LoadMore({
  pageInfo,
  fetchPage,
}: {
  pageInfo: PageInfoLike;
  fetchPage: (after: string) => Promise<unknown>;
}) {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!pageInfo.hasNextPage || !pageInfo.endCursor) return null;
  const after = pageInfo.endCursor;

  const load = async () => {
    setLoading(true);
    setError(null);
    try {
      await fetchPage(after);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Stack spacing={1} sx={{ alignItems: 'center' }}>
      {error !== null && <ErrorNotice error={error} onRetry={() => void load()} />}
      <Button variant="outlined" onClick={() => void load()} disabled={loading}>
        {loading ? 'Loading…' : 'Load more'}
      </Button>
    </Stack>
  );
}
