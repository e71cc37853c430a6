import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

const SKIPPED_FOLDERS = new Set(['node_modules', '__generated__', '.next', '.turbo', '.data', 'coverage']);

export function repoPath(...segments: string[]): string {
  return join(REPO_ROOT, ...segments);
}

export function existsInRepo(path: string): boolean {
  return existsSync(repoPath(path));
}

export function readRepoFile(path: string): string {
  return readFileSync(repoPath(path), 'utf8');
}

/** Compose and Kubernetes files use YAML 1.1 merge keys (`<<: *anchor`); resolve them as those tools do. */
export function readYaml<T = unknown>(path: string): T {
  return parse(readRepoFile(path), { merge: true }) as T;
}

/** Every document of a multi-document YAML file; throws with the file name on the first syntax error. */
export function readYamlDocuments(path: string): unknown[] {
  const documents = parseAllDocuments(readRepoFile(path), { merge: true });
  const list = Array.isArray(documents) ? documents : [documents];
  for (const document of list) {
    if (document.errors.length)
      throw new Error(`${path}: ${document.errors.map((e) => e.message).join('; ')}`);
  }
  return list.map((document) => document.toJS()).filter((value) => value != null);
}

/** Files under a repository folder (paths relative to the root), skipping installed and generated output. */
export function listRepoFiles(folder: string, accept: (path: string) => boolean): string[] {
  const start = repoPath(folder);
  if (!existsSync(start)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(join(dir, entry.name));
      } else if (accept(entry.name)) {
        found.push(relative(REPO_ROOT, join(dir, entry.name)));
      }
    }
  };
  if (statSync(start).isDirectory()) walk(start);
  return found.sort();
}
