'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeApiError, userErrorText } from '@msa/web-kit/api-errors';
import { useSession } from '@msa/web-kit/runtime-provider';
import type { UserRole } from '@/__generated__/graphql';
import { AdminUsersQuery, SetUserRoleMutation } from '@/graphql/operations.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { ConnectionTable } from './connection-table';
import { PageHeader } from './page-header';

const ROLES: { value: UserRole; label: string }[] = [
  { value: 'CUSTOMER', label: 'Customer' },
  { value: 'STAFF', label: 'Staff' },
  { value: 'ADMIN', label: 'Administrator' },
];

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** Accounts, searchable, with their role; an administrator cannot change their own role. */
export function UsersTable() {
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [notice, setNotice] = useState<{ severity: 'success' | 'warning' | 'error'; text: string } | null>(
    null,
  );
  const paging = useCursorPages(search);
  const session = useSession();
  const myId = session.status === 'signed-in' ? session.user.id : null;
  const [setUserRole, roleChange] = useMutation(SetUserRoleMutation);

  const query = useQuery(AdminUsersQuery, {
    variables: { first: PAGE_SIZE, after: paging.after, search: search || null },
  });
  const connection = query.data?.users;

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(searchText.trim());
  };

  const changeRole = async (user: { id: string; name: string }, role: UserRole) => {
    setNotice(null);
    try {
      const { data: result } = await setUserRole({ variables: { userId: user.id, role } });
      const refused = userErrorText(result?.setUserRole.userErrors);
      setNotice(
        refused
          ? { severity: 'warning', text: refused }
          : {
              severity: 'success',
              text: `${user.name} is now ${ROLES.find((r) => r.value === role)?.label ?? role}.`,
            },
      );
    } catch (failure) {
      setNotice({ severity: 'error', text: describeApiError(failure) });
    }
  };

  return (
    <>
      <PageHeader title="Users" />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }} component="form" onSubmit={submitSearch}>
        <TextField
          size="small"
          label="Search by name or email"
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          sx={{ flexGrow: 1, maxWidth: 480 }}
        />
        <Button type="submit" variant="outlined">
          Search
        </Button>
      </Stack>
      {notice && (
        <Alert severity={notice.severity} sx={{ mb: 2 }} onClose={() => setNotice(null)}>
          {notice.text}
        </Alert>
      )}
      <ConnectionTable
        connection={connection}
        query={query}
        paging={paging}
        loadingLabel="Loading users…"
        emptyText="No users found."
        columns={[{ label: 'Name' }, { label: 'Email' }, { label: 'Joined' }, { label: 'Role' }]}
        rows={(connection) =>
          connection.edges.map(({ node }) => (
            <TableRow key={node.id}>
              <TableCell>{node.name}</TableCell>
              <TableCell>{node.email ?? '—'}</TableCell>
              <TableCell>{dateFormat.format(new Date(node.createdAt))}</TableCell>
              <TableCell>
                <TextField
                  select
                  size="small"
                  fullWidth
                  value={node.role}
                  disabled={node.id === myId || roleChange.loading}
                  helperText={node.id === myId ? 'Your own account' : undefined}
                  onChange={(event) => void changeRole(node, event.target.value as UserRole)}
                  slotProps={{ htmlInput: { 'aria-label': `Role of ${node.name}` } }}
                >
                  {ROLES.map((role) => (
                    <MenuItem key={role.value} value={role.value}>
                      {role.label}
                    </MenuItem>
                  ))}
                </TextField>
              </TableCell>
            </TableRow>
          ))
        }
      />
    </>
  );
}
