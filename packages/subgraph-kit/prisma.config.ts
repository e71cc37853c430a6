import { definePrismaConfig } from '@msa/prisma-toolkit/prisma-config';

/** The kit's test database (its own tests of the database module); the kit itself owns no database. */
export default { ...definePrismaConfig('subgraph-kit-test'), schema: 'test/prisma/schema.prisma' };
