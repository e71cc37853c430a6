import { definePrismaConfig } from '@msa/prisma-toolkit/prisma-config';

export default definePrismaConfig('search');
