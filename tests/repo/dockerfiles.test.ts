import { describe, expect, it } from 'vitest';
import { NEXT_DOCKERFILE, NODE_DOCKERFILE } from './support/compose-file';
import { existsInRepo, listRepoFiles, readRepoFile, readYaml } from './support/repo-files';

/** Instructions of a Dockerfile with line continuations joined, comments dropped. */
function instructions(path: string): string[] {
  return readRepoFile(path)
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** The final stage: what the running container gets. */
function finalStage(path: string): string[] {
  const all = instructions(path);
  const from = all.map((line, i) => (line.startsWith('FROM ') ? i : -1)).filter((i) => i >= 0);
  return all.slice(from[from.length - 1]);
}

/** Source without block comments and whole-line `//` comments (examples in docs are not reads). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** .dockerignore semantics for plain patterns: `**` spans folders, `*` one name, `!` re-includes, last match wins. */
function isIgnored(ignoreFile: string, path: string): boolean {
  const rules = readRepoFile(ignoreFile)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      const glob = (negated ? line.slice(1) : line).replace(/^\/|\/$/g, '');
      const source = glob
        .split('/')
        .map((part) =>
          part === '**' ? '.*' : part.replace(/[.+^${}()|[\]]/g, '\\$&').replace(/\*/g, '[^/]*'),
        )
        .join('/')
        .replace(/\.\*\//g, '(?:.*/)?');
      return { negated, pattern: new RegExp(`^${source}(?:/.*)?$`) };
    });
  let ignored = false;
  for (const rule of rules) if (rule.pattern.test(path)) ignored = !rule.negated;
  return ignored;
}

/** Every workspace manifest: `npm ci` compares the whole lockfile against all of them. */
function workspaceManifests(): string[] {
  const globs = (JSON.parse(readRepoFile('package.json')) as { workspaces: string[] }).workspaces;
  return globs.flatMap((glob) =>
    glob.endsWith('/*')
      ? listRepoFiles(glob.slice(0, -2), (name) => name === 'package.json').filter(
          (file) => file.split('/').length === glob.split('/').length + 1,
        )
      : [`${glob}/package.json`],
  );
}

describe('infrastructure/docker/Dockerfile', () => {
  const all = instructions(NODE_DOCKERFILE);
  const last = finalStage(NODE_DOCKERFILE);

  it('installs from the lockfile without install scripts and generates the Prisma clients', () => {
    expect(all.some((line) => /^RUN .*npm ci --ignore-scripts --include-workspace-root/.test(line))).toBe(
      true,
    );
    expect(
      all.some((line) => /^RUN .*subgraphs\/\*\/prisma\/schema\.prisma.*npx prisma generate/.test(line)),
    ).toBe(true);
  });

  /** The instructions of one named stage (`FROM … AS name`) up to the next FROM. */
  function stage(name: string): string[] {
    const start = all.findIndex((line) => new RegExp(`^FROM \\S+ AS ${name}$`).test(line));
    if (start < 0) return [];
    const next = all.findIndex((line, i) => i > start && line.startsWith('FROM '));
    return all.slice(start, next < 0 ? undefined : next);
  }

  it('pins its base image', () => {
    const nodeImage = all.find((line) => line.startsWith('ARG NODE_IMAGE='));
    expect(nodeImage).toMatch(/^ARG NODE_IMAGE=node:\d+\.\d+(\.\d+)?-[a-z]+(-slim)?(@sha256:[0-9a-f]{64})?$/);
    for (const from of all.filter((line) => line.startsWith('FROM ')))
      expect(from, from).toMatch(/^FROM (\$\{NODE_IMAGE\}|[a-z-]+) AS [a-z-]+$/);
  });

  it('compiles SERVICE to JavaScript, mapping it to the folder the compose tests assume and rejecting unknown ones', () => {
    const compile = stage('compile');
    const selection = compile.find((line) => line.startsWith('RUN case "$SERVICE"'));
    expect(selection).toMatch(/router\) dir=router ;;/);
    expect(selection).toMatch(/\*\) dir="subgraphs\/\$SERVICE" ;;/);
    expect(selection).toMatch(/src\/index\.ts" \]; then .*exit 1/);
    expect(selection).toMatch(/node infrastructure\/docker\/build-service\.mjs "\$SERVICE"/);
    expect(existsInRepo('infrastructure/docker/build-service.mjs')).toBe(true);
  });

  it('runs the compiled service with node as the non-root node user, on production dependencies only, with a /health check', () => {
    expect(last[0]).toMatch(/^FROM \$\{NODE_IMAGE\} AS service$|^FROM base AS service$/);
    expect(last).toContain('USER node');
    expect(last.find((line) => line.startsWith('HEALTHCHECK'))).toMatch(/\/health/);
    expect(last.at(-1)).toBe('CMD ["node", "--enable-source-maps", "dist/index.mjs"]');
    expect(last.join('\n')).not.toMatch(/\btsx\b/);
    // Dependencies come only from the stage that installs without devDependencies.
    const copies = last.filter((line) => line.startsWith('COPY --from='));
    expect(copies.some((line) => line.includes('--from=runtime-deps /app/node_modules'))).toBe(true);
    expect(copies.every((line) => /--from=(runtime-deps|compile) /.test(line))).toBe(true);
    expect(stage('runtime-deps').some((line) => /npm ci --omit=dev --ignore-scripts/.test(line))).toBe(true);
    expect(last.find((line) => line.startsWith('ENV '))).toMatch(/HOST=0\.0\.0\.0/);
  });

  it('keeps the migration toolchain in its own target, which the compose migrate service builds', () => {
    const migrate = stage('migrate');
    expect(migrate[0]).toBe('FROM build AS migrate');
    expect(migrate).toContain('USER node');
    expect(migrate.at(-1)).toBe('CMD ["npm", "run", "db:migrate"]');
    const compose = readYaml<{
      services: Record<string, { build?: { target?: string; args?: Record<string, string> } }>;
    }>('docker-compose.yml');
    for (const [name, service] of Object.entries(compose.services)) {
      if (service.build?.args?.SERVICE === 'migrate') expect(service.build.target, name).toBe('migrate');
      else if (service.build?.args?.SERVICE) expect(service.build.target, name).toBeUndefined();
    }
  });
});

describe('infrastructure/docker/Dockerfile.next', () => {
  it('reads the router origin at run time: no NEXT_PUBLIC_* value is compiled into an image', () => {
    // One image serves any deployment: the apps read API_ORIGIN on the server and hand it to the browser.
    const compiledIn = ['web', 'admin', 'packages/web-kit']
      .flatMap((app) => listRepoFiles(`${app}/src`, (name) => /(?<!\.spec)\.tsx?$/.test(name)))
      .map((file) => withoutComments(readRepoFile(file)))
      .flatMap((code) => [...code.matchAll(/process\.env\.(NEXT_PUBLIC_[A-Z0-9_]+)/g)]);
    expect(compiledIn).toEqual([]);
    const build = instructions(NEXT_DOCKERFILE);
    expect(build.some((line) => line.startsWith('ENV ') && /\bAPI_ORIGIN=/.test(line))).toBe(true);
  });

  it('builds the app named by APP and serves it as the node user', () => {
    const all = instructions(NEXT_DOCKERFILE);
    expect(
      all.some((line) => /npm ci --ignore-scripts --include-workspace-root --workspace="\$APP"/.test(line)),
    ).toBe(true);
    expect(all.some((line) => /npm run build --workspace="\$APP"/.test(line))).toBe(true);
    const last = finalStage(NEXT_DOCKERFILE);
    expect(last).toContain('USER node');
    // Next's standalone server: node and the traced files only, no devDependencies.
    expect(last.at(-1)).toBe('CMD ["node", "server.js"]');
    expect(last.filter((line) => line.startsWith('COPY '))).toEqual(['COPY --from=standalone /out/ /app/']);
    expect(instructions(NEXT_DOCKERFILE).some((line) => /\.next\/standalone/.test(line))).toBe(true);
    expect(readRepoFile('packages/web-kit/src/next-config.ts')).toMatch(/output: 'standalone'/);
  });
});

describe('build contexts', () => {
  const ignoreFiles = [`${NODE_DOCKERFILE}.dockerignore`, `${NEXT_DOCKERFILE}.dockerignore`];

  it('keep every workspace manifest and the lockfile (npm ci needs all of them)', () => {
    const manifests = workspaceManifests();
    expect(manifests).toEqual(
      expect.arrayContaining(['web/package.json', 'tests/package.json', 'router/package.json']),
    );
    for (const ignoreFile of ignoreFiles) {
      expect(existsInRepo(ignoreFile), ignoreFile).toBe(true);
      for (const path of [...manifests, 'package-lock.json'])
        expect(isIgnored(ignoreFile, path), `${ignoreFile}: ${path}`).toBe(false);
    }
  });

  it('leave out installed, generated and local state', () => {
    for (const ignoreFile of ignoreFiles) {
      for (const path of [
        'node_modules/x',
        'router/node_modules/x',
        'subgraphs/users/src/__generated__/prisma/client.ts',
        '.data/keys/jwt-ed25519.pem',
        '.git/HEAD',
      ]) {
        expect(isIgnored(ignoreFile, path), `${ignoreFile}: ${path}`).toBe(true);
      }
    }
    expect(isIgnored(`${NODE_DOCKERFILE}.dockerignore`, 'web/app/page.tsx')).toBe(true);
    expect(isIgnored(`${NODE_DOCKERFILE}.dockerignore`, 'subgraphs/users/src/index.ts')).toBe(false);
    expect(isIgnored(`${NODE_DOCKERFILE}.dockerignore`, 'infrastructure/docker/build-service.mjs')).toBe(
      false,
    );
    expect(isIgnored(`${NODE_DOCKERFILE}.dockerignore`, 'subgraphs/users/dist/index.mjs')).toBe(true);
    expect(isIgnored(`${NEXT_DOCKERFILE}.dockerignore`, 'web/app/page.tsx')).toBe(false);
  });
});
