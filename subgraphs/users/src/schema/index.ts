import { buildFederatedSchema } from '@msa/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { UsersContext } from '../context';
import { AccountRecoveryResolver } from './account-recovery.resolver';
import { AddressResolver } from './address.resolver';
import { AdminResolver } from './admin.resolver';
import { AuthResolver } from './auth.resolver';
import { PrivacyResolver } from './privacy.resolver';
import { UserResolver } from './user.resolver';

export function buildUsersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<UsersContext>({
    resolvers: [
      AuthResolver,
      UserResolver,
      AddressResolver,
      AdminResolver,
      AccountRecoveryResolver,
      PrivacyResolver,
    ],
    referenceResolvers: {
      User: (reference: { id: string }, ctx) => ctx.services.directory.load(ctx.loaders, reference.id),
    },
  });
}
