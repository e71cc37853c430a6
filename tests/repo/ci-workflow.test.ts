import { describe, expect, it } from 'vitest';
import { loadCompose, nodeServices } from './support/compose-file';
import { existsInRepo, readYaml } from './support/repo-files';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  services?: Record<string, { image: string }>;
  strategy?: { matrix: { node?: string[]; include?: { name: string; dockerfile: string; args: string }[] } };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const WORKFLOW = '.github/workflows/ci.yml';
const workflow = readYaml<Workflow>(WORKFLOW);
const engines = (readYaml<{ engines: { node: string } }>('package.json').engines.node.match(/\d+/) ?? [])[0];

describe(WORKFLOW, () => {
  it('runs on pull requests and on main', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  it('tests on the lowest declared Node major and the next LTS, against Postgres and Redis service containers', () => {
    const test = workflow.jobs.test!;
    const majors = (test.strategy?.matrix.node ?? []).map((v) => v.split('.')[0]);
    expect(majors).toEqual([engines, '22']);
    expect(test.services?.postgres?.image).toMatch(/^postgres:\d+/);
    expect(test.services?.redis?.image).toMatch(/^redis:\d+/);
  });

  it('installs from the lockfile, then lints, typechecks, tests and builds both web apps, in that order', () => {
    const runs = workflow.jobs.test!.steps.flatMap((s) => (s.run ? [s.run] : []));
    const order = ['npm ci', 'npm run lint', 'npm run typecheck', 'npm test', 'npm run build'].map(
      (command) => runs.findIndex((run) => run.startsWith(command)),
    );
    expect(
      order.every((index) => index >= 0),
      runs.join(' | '),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const build = runs.find((run) => run.startsWith('npm run build'));
    expect(build).toMatch(/--workspace=web/);
    expect(build).toMatch(/--workspace=admin/);
  });

  it('builds an image for every service of docker-compose.yml with docker/build-push-action, after the tests', () => {
    const images = workflow.jobs.images!;
    expect(images.needs).toBe('test');
    expect(images.steps.some((s) => s.uses?.startsWith('docker/build-push-action@'))).toBe(true);
    const built = (images.strategy?.matrix.include ?? []).map((i) => ({
      name: i.name,
      dockerfile: i.dockerfile,
      args: i.args,
    }));
    const expected = nodeServices(loadCompose()).map((s) => ({
      name: s.name,
      dockerfile: s.dockerfile,
      args: s.kind === 'next' ? `APP=${s.dir}` : `SERVICE=${s.service.build!.args!.SERVICE}`,
    }));
    expect(built.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      expected.sort((a, b) => a.name.localeCompare(b.name)),
    );
    for (const image of built) expect(existsInRepo(image.dockerfile), image.dockerfile).toBe(true);
  });

  it('has dependency updates configured', () => {
    expect(existsInRepo('.github/dependabot.yml') || existsInRepo('renovate.json')).toBe(true);
  });
});
