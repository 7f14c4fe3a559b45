// `npm run release`: tags the current commit vX.Y.Z (package.json's version) and moves the major
// tag vX to it, as actions/typescript-action releases do, after checking that the committed
// bundles and generated files are the ones the sources give, that CHANGELOG.md has the version
// and that the docs name that major tag (`@vX`) and version (`ringway@X.y.z`) and no other.
// Nothing is pushed unless --push is given; then the tags go to `origin` (vX forced).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ReleaseOptions {
  cwd: string;
  /** Proves the committed dist is current (npm run check); throws when it is not. */
  check: () => void;
  push?: boolean;
  log?: (line: string) => void;
}

/** Files users copy references from: README, docs, starter workflows, the marketplace page. */
const DOC_ROOTS = ['README.md', 'docs', 'workflows-examples', 'marketplace'];

/**
 * Every place a doc names a ringway action tag (`ringway/ringway/actions/gate@v2`,
 * `ringway/ringway@v2`) or npm version (`ringway@2.0.0`) whose major is not `major`, as
 * "file:line: reference" lines.
 */
export function docReferenceMismatches(root: string, major: number): string[] {
  const files: string[] = [];
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else if (/\.(md|ya?ml)$|Jenkinsfile$/.test(p)) files.push(p);
  };
  for (const r of DOC_ROOTS) walk(join(root, r));
  const out: string[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(
          /\bringway\/ringway(?:\/actions\/[a-z-]+)?@v(\d+)\b|(?<![\w/.-])ringway@(\d+)\.\d+\.\d+\b/g,
        )) {
          if (Number(m[1] ?? m[2]) !== major) out.push(`${relative(root, file)}:${i + 1}: ${m[0]}`);
        }
      });
  }
  return out;
}

export function release(opts: ReleaseOptions): { tag: string; major: string; commit: string } {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: opts.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const log = opts.log ?? (() => undefined);
  const { version } = JSON.parse(readFileSync(join(opts.cwd, 'package.json'), 'utf8')) as { version: string };
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`package.json version '${version}' is not X.Y.Z`);
  const tag = `v${version}`;
  const major = `v${m[1]}`;
  if (git('status', '--porcelain', '--untracked-files=no'))
    throw new Error('the working tree has uncommitted changes: commit them first');
  if (git('tag', '--list', tag)) throw new Error(`${tag} already exists: bump the version in package.json`);
  const changelog = readFileSync(join(opts.cwd, 'CHANGELOG.md'), 'utf8');
  if (!new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?\\b`, 'm').test(changelog))
    throw new Error(`CHANGELOG.md has no '## ${version}' section`);
  const stale = docReferenceMismatches(opts.cwd, Number(m[1]));
  if (stale.length) throw new Error(`the docs name another major version than ${major}: ${stale.join(', ')}`);
  opts.check();
  const commit = git('rev-parse', 'HEAD');
  git('tag', '-a', tag, '-m', `ringway ${tag}`);
  git('tag', '-f', '-a', major, '-m', `ringway ${major} (at ${tag})`, `${tag}^{commit}`);
  log(`tagged ${commit.slice(0, 12)} ${tag}, moved ${major}`);
  if (opts.push) {
    git('push', 'origin', `refs/tags/${tag}`);
    git('push', '--force', 'origin', `refs/tags/${major}`);
    log(`pushed ${tag} and ${major} to origin`);
  } else log(`push with: git push origin ${tag} && git push --force origin ${major}`);
  return { tag, major, commit };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), '..', '..');
  try {
    release({
      cwd: root,
      push: process.argv.includes('--push'),
      log: (l) => console.log(l),
      check: () => execFileSync('npm', ['run', '-s', 'check'], { cwd: root, stdio: 'inherit' }),
    });
  } catch (err) {
    console.error(`release: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
