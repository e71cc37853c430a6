'use client';

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useQuery } from '@apollo/client/react';
import { AdminUsersQuery } from '@/graphql/operations.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { roleLabel } from '@/lib/user-roles';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { useSubmittedText } from '@/lib/use-submitted-text';
import { AppLink } from './app-link';
import { ConnectionTable } from './connection-table';
import { PageHeader } from './page-header';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** Accounts, searchable, with their role; each opens its detail page (role, account, addresses). */
export function UsersTable() {
  const searchField = useSubmittedText();
  const search = searchField.submitted;
  const paging = useCursorPages(search);
  const query = useQuery(AdminUsersQuery, {
    variables: { first: PAGE_SIZE, after: paging.after, search: search || null },
  });
  const connection = query.data?.users;

  return (
    <>
      <PageHeader title="Users" />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }} component="form" onSubmit={searchField.submit}>
        <TextField
          size="small"
          label="Search by name or email"
          value={searchField.text}
          onChange={(event) => searchField.setText(event.target.value)}
          sx={{ flexGrow: 1, maxWidth: 480 }}
        />
        <Button type="submit" variant="outlined">
          Search
        </Button>
      </Stack>
      <ConnectionTable
        connection={connection}
        query={query}
        paging={paging}
        loadingLabel="Loading users…"
        emptyText="No users found."
        columns={[{ label: 'Name' }, { label: 'Email' }, { label: 'Joined' }, { label: 'Role' }]}
        rows={(connection) =>
          connection.edges.map(({ node }) => (
            <TableRow key={node.id} hover>
              <TableCell>
                <AppLink href={`/users/${encodeURIComponent(node.id)}`}>{node.name}</AppLink>
              </TableCell>
              <TableCell>{node.email ?? '—'}</TableCell>
              <TableCell>{dateFormat.format(new Date(node.createdAt))}</TableCell>
              <TableCell>
                {roleLabel(node.role)}
                {node.disabled ? ' · disabled' : ''}
              </TableCell>
            </TableRow>
          ))
        }
      />
    </>
  );
}
