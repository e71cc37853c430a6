import { describe, expect, it } from 'vitest';
import type { AccessTokenVerifier } from '@msa/auth';
import { defineSubgraph } from './define-subgraph';
import { createLogger } from './logger';

const verifier: AccessTokenVerifier = { verify: () => Promise.reject(new Error('no tokens in this spec')) };

describe('defineSubgraph', () => {
  it('stops what the subgraph had started, newest first, when its start fails', async () => {
    const stopped: string[] = [];
    const started = defineSubgraph(
      {
        name: 'failing',
        databaseUrl: 'postgresql://127.0.0.1:1/unused',
        port: 0,
        verifier,
        logger: createLogger('failing', 'silent'),
      },
      async (kit) => {
        kit.defer(() => stopped.push('database'), 'database');
        kit.use({ stop: async () => void stopped.push('worker') }, 'worker');
        throw new Error('schema did not build');
      },
    );

    await expect(started).rejects.toThrow('schema did not build');
    expect(stopped).toEqual(['worker', 'database']);
  });
});
