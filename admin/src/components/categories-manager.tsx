'use client';

import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice, Loading } from '@msa/web-kit/query-state';
import { DeleteCategoryMutation } from '@/graphql/categories.graphql';
import { buildCategoryTree, type CategoryNode } from '@/lib/category-tree';
import { useActionNotice } from '@/lib/use-action-notice';
import { useCategoryRecords } from '@/lib/use-categories';
import { ActionNotice } from './action-notice';
import { CategoryDialog, type CategoryDialogMode } from './category-dialog';
import { PageHeader } from './page-header';

/** The category tree with create, edit (including moving) and delete. */
export function CategoriesManager() {
  const { records, error, loading, reload } = useCategoryRecords();
  const [dialog, setDialog] = useState<CategoryDialogMode | null>(null);
  const notices = useActionNotice();
  const [deleteCategory, deletion] = useMutation(DeleteCategoryMutation);

  const remove = async (node: CategoryNode) => {
    if (!window.confirm(`Delete the category “${node.name}”?`)) return;
    await notices.perform(
      async () => (await deleteCategory({ variables: { id: node.id } })).data?.deleteCategory.userErrors,
      { refused: 'warning', onDone: reload, success: `Deleted “${node.name}”.` },
    );
  };

  const renderNode = (node: CategoryNode) => (
    <Box key={node.id}>
      <Stack
        direction="row"
        spacing={1}
        sx={{
          alignItems: 'center',
          py: 1,
          pr: 2,
          pl: 2 + node.depth * 3,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography sx={{ fontWeight: node.depth === 0 ? 600 : 400 }}>{node.name}</Typography>
          <Typography variant="caption" color="text.secondary">
            /{node.slug}
            {node.description ? ` · ${node.description}` : ''}
          </Typography>
        </Box>
        <Button size="small" onClick={() => setDialog({ kind: 'create', parentId: node.id })}>
          Add subcategory
        </Button>
        <Button size="small" onClick={() => setDialog({ kind: 'edit', category: node })}>
          Edit
        </Button>
        <Button size="small" color="error" onClick={() => void remove(node)} disabled={deletion.loading}>
          Delete
        </Button>
      </Stack>
      {node.children.map(renderNode)}
    </Box>
  );

  return (
    <>
      <PageHeader
        title="Categories"
        actions={
          <Button
            variant="contained"
            onClick={() => setDialog({ kind: 'create', parentId: null })}
            disabled={!records}
          >
            New category
          </Button>
        }
      />
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      {error !== null && <ErrorNotice error={error} onRetry={() => void reload()} />}
      {loading && !records && <Loading label="Loading categories…" />}
      {records && (
        <Paper variant="outlined">
          {records.length === 0 ? (
            <Typography color="text.secondary" sx={{ p: 2 }}>
              No categories yet.
            </Typography>
          ) : (
            buildCategoryTree(records).map(renderNode)
          )}
        </Paper>
      )}
      {dialog && records && (
        <CategoryDialog
          mode={dialog}
          records={records}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            void reload();
          }}
        />
      )}
    </>
  );
}
