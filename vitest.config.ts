import { defineConfig } from 'vitest/config';
import { testProjects } from './vitest.workspace.ts';

export default defineConfig({
  test: {
    projects: testProjects,
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      APOLLO_TELEMETRY_DISABLED: '1',
      CHECKPOINT_DISABLE: '1',
    },
  },
});
