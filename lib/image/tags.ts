import { UsageError } from '../errors.js';
import { fillTemplate } from '../template.js';

/** The OCI distribution spec's tag grammar. */
export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * An image tag as the OCI distribution spec writes it: 1 to 128 of letters, digits, `_`, `.`, `-`,
 * not starting with `.` or `-`. Tags reach HLD files, branch names and commit messages, so a value
 * from an input, a table row or an HLD's history passes here first; the caller names where it came from.
 */
export function checkImageTag(tag: string): string {
  if (TAG_PATTERN.test(tag)) return tag;
  const shown = tag.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, '?');
  throw new UsageError(
    `'${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}'${tag.length > 60 ? ` (${tag.length} characters)` : ''} is not an image tag: at most 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'`,
  );
}

/** What a tag template can name; the build metadata of a run has all of these. */
export interface TagValues {
  branch: string;
  commit: string;
  buildId: string;
  buildNumber: string;
  runAttempt: string;
}

/**
 * Fills a tag template from build metadata and makes it a valid tag: characters outside the
 * grammar become '-' (Bedrock turned '/', '.', '_' of branch names into '-': `feature/x` →
 * `feature-x`), leading separators are dropped, and it is cut to 128 characters.
 */
export function renderTag(
  template: string,
  build: TagValues,
  now = new Date(),
  surface: 'github' | 'azure' | 'cli' = 'cli',
): string {
  const values: Record<string, string> = {
    branch: build.branch,
    sha: build.commit,
    'short-sha': build.commit.slice(0, 7),
    'build-id': build.buildId,
    'build-number': build.buildNumber,
    'run-attempt': build.runAttempt,
    date: now.toISOString().slice(0, 10).replace(/-/g, ''),
  };
  // Errors name the template; the step adds the input it came from.
  const filled = fillTemplate(template, values, `tag template '${template}'`, (key, v, m) => {
    if (!v)
      throw new UsageError(
        `tag template '${template}': ${m} is empty: this build has no ${key.replace('-', ' ')} (${emptyHint(key, surface)})`,
      );
    return key === 'branch' ? v.replace(/[/._]/g, '-') : v;
  });
  const tag = filled
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
  if (!TAG_PATTERN.test(tag))
    throw new UsageError(`tag template '${template}' gives '${filled}', which cannot be made a valid image tag`);
  return tag;
}

/** Where an empty placeholder's value comes from, in the words of the surface the step runs on. */
function emptyHint(key: string, surface: 'github' | 'azure' | 'cli'): string {
  const flag = `build-${key === 'sha' || key === 'short-sha' ? 'commit' : key}`;
  if (surface === 'cli') return `set it with --${flag} or RINGWAY_${flag.replace(/-/g, '_').toUpperCase()}`;
  const where = surface === 'github' ? 'the workflow run' : 'the pipeline run';
  return `${where} does not provide it: use another placeholder`;
}

/** `registry/repo[:tag|@digest]` split; Docker Hub short names are expanded. */
export interface ImageRef {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

export function parseImageRef(ref: string): ImageRef {
  const m =
    /^(?:([^/]+[.:][^/]*|localhost)\/)?([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/.exec(
      ref.trim(),
    );
  if (!m) throw new UsageError(`'${ref}' is not an image reference (registry/repository[:tag])`);
  const registry = m[1] ?? 'registry-1.docker.io';
  const repository = !m[1] && !m[2].includes('/') ? `library/${m[2]}` : m[2];
  return { registry, repository, tag: m[3], digest: m[4] };
}

export function formatRef(r: ImageRef): string {
  return `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
