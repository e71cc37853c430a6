import type { UserRoleName } from '@msa/auth';
import { registerEnumType } from 'type-graphql';

export const UserRole = { CUSTOMER: 'CUSTOMER', STAFF: 'STAFF', ADMIN: 'ADMIN' } as const satisfies {
  [R in UserRoleName]: R;
};

registerEnumType(UserRole, {
  name: 'UserRole',
  description: 'What a user may do.',
  valuesConfig: {
    CUSTOMER: { description: 'Shops and manages their own account.' },
    STAFF: { description: 'May read admin data.' },
    ADMIN: { description: 'May read and change admin data, including roles.' },
  },
});
