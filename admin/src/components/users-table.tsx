'use client';

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeApiError, userErrorText } from '@shared/api-errors';
import { ErrorNotice, Loading } from '@shared/query-state';
import { useSession } from '@shared/runtime-provider';
import type { UserRole } from '@/__generated__/graphql';
import { AdminUsersQuery, SetUserRoleMutation } from '@/graphql/operations.graphql';
import { PAGE_SIZE } from '@/lib/config';
import { useCursorPages } from '@/lib/use-cursor-pages';
import { PageHeader } from './page-header';
import { PagedFooter } from './paged-footer';

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
  const [notice, setNotice] = useState<{ severity: 'success' | 'warning' | 'error'; text: string } | null>(null);
  const paging = useCursorPages(search);
  const session = useSession();
  const myId = session.status === 'signed-in' ? session.user.id : null;
  const [setUserRole, roleChange] = useMutation(SetUserRoleMutation);

  const { data, error, loading, refetch } = useQuery(AdminUsersQuery, {
    variables: { first: PAGE_SIZE, after: paging.after, search: search || null },
  });
  const connection = data?.users;

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
          : { severity: 'success', text: `${user.name} is now ${ROLES.find((r) => r.value === role)?.label ?? role}.` },
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
      {error && !connection && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !connection && <Loading label="Loading users…" />}
      {connection && (
        <Paper variant="outlined">
          <TableContainer>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>Name</TableCell>
                  <TableCell>Email</TableCell>
                  <TableCell>Joined</TableCell>
                  <TableCell sx={{ width: 200 }}>Role</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {connection.edges.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={4}>
                      <Typography color="text.secondary" sx={{ py: 2 }}>
                        No users found.
                      </Typography>
                    </TableCell>
                  </TableRow>
                )}
                {connection.edges.map(({ node }) => (
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
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <PagedFooter
            pages={paging.pages}
            pageSize={PAGE_SIZE}
            shown={connection.edges.length}
            total={connection.totalCount}
            pageInfo={connection.pageInfo}
            onPrevious={paging.previous}
            onNext={paging.next}
            busy={loading}
          />
        </Paper>
      )}
    </>
  );
}
