import { readdirSync } from 'node:fs';
import { DATA_EXPORT_CONTRIBUTORS, EVENT_SUBSCRIBERS } from '@msa/events';
import { describe, expect, it } from 'vitest';
import { existsInRepo, readRepoFile, repoPath } from './support/repo-files';

/** The subgraphs whose sources register the privacy handlers (`privacyEventHandlers({ service: '<name>' … })`). */
function subgraphsWithPrivacyHandlers(): string[] {
  return readdirSync(repoPath('subgraphs')).filter((name) => {
    const path =
      name === 'users'
        ? 'subgraphs/users/src/services/privacy.service.ts'
        : `subgraphs/${name}/src/jobs/privacy-handlers.ts`;
    return existsInRepo(path) && readRepoFile(path).includes(`service: '${name}'`);
  });
}

describe('privacy request contributors', () => {
  it('waits for an export part from exactly the subgraphs that answer the request', () => {
    expect([...DATA_EXPORT_CONTRIBUTORS].sort()).toEqual(subgraphsWithPrivacyHandlers().sort());
  });

  it('tells every contributor but users (which erases in deleteMyAccount itself) about a deleted account', () => {
    expect([...EVENT_SUBSCRIBERS['user.account_deleted']].sort()).toEqual(
      DATA_EXPORT_CONTRIBUTORS.filter((name) => name !== 'users').sort(),
    );
  });

  it('registers the handlers with each contributor event worker', () => {
    for (const name of DATA_EXPORT_CONTRIBUTORS.filter((n) => n !== 'users')) {
      const app = readRepoFile(`subgraphs/${name}/src/app.ts`);
      expect(app, `subgraphs/${name}/src/app.ts`).toMatch(/PrivacyHandlers\(/);
    }
  });
});
