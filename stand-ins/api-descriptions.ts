import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The published API descriptions the forge stand-ins check requests against, by file name, with
// where each was published and its SHA-256, so a test runs against exactly that text or not at all
// (see stand-ins/API-DESCRIPTIONS.md). Gitea's comes from its Go module in the module cache
// (scripts/tools/gitea-api.sh puts it there); Azure DevOps' is public repository data kept beside
// the project as `shared/api-descriptions/`.

const here = dirname(fileURLToPath(import.meta.url));

/** Gitea's release whose description the Gitea stand-in uses; scripts/tools/gitea-api.sh downloads the same. */
export const GITEA_MODULE = 'code.gitea.io/gitea@v1.27.3';

export const API_DESCRIPTIONS = {
  'gitea/v1_json.tmpl': {
    forge: 'Gitea',
    source: 'Go module code.gitea.io/gitea templates/swagger/v1_json.tmpl',
    version: 'v1.27.3',
    sha256: '5a95a50cf527825dfb251071f1dea4634d1ec28adca93f408d1cbc2380779215',
    install: 'run scripts/tools/gitea-api.sh (or scripts/ensure-tools.sh)',
  },
  'azure-devops/git.json': {
    forge: 'Azure DevOps',
    source: 'MicrosoftDocs/vsts-rest-api-specs specification/git/7.1/git.json',
    version: 'commit 3f48b30420980dac96213f84cebf62449695e97c',
    sha256: 'b5b2c1b9aa2cf73bd843eeace8c9f0f1d693e255fdea1c7f28bdc1b591f7e76e',
    install: 'place it in shared/api-descriptions/ beside the clone as stand-ins/API-DESCRIPTIONS.md says',
  },
} as const;

export type ApiDescription = keyof typeof API_DESCRIPTIONS;

/** The Go module cache, where `go mod download` unpacks Gitea's release. */
function goModCache(): string | undefined {
  if (process.env.GOMODCACHE) return process.env.GOMODCACHE;
  try {
    return execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** shared/ beside the clone (as CI lays it out), or beside the main checkout of a git worktree. */
function sharedFolders(repo: string): string[] {
  const folders = [join(repo, '..', 'shared')];
  try {
    const common = execFileSync('git', ['-C', repo, 'rev-parse', '--path-format=absolute', '--git-common-dir'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    folders.push(join(dirname(dirname(common)), 'shared'));
  } catch {
    // not a git checkout: shared/ beside it is the only place
  }
  return [...new Set(folders)];
}

/** Where a description is looked for: $RINGWAY_API_DESCRIPTIONS/<name> first, then its usual home. */
export function descriptionCandidates(name: ApiDescription): string[] {
  const repo = resolve(here, '..');
  const usual =
    name === 'gitea/v1_json.tmpl'
      ? [goModCache()]
          .filter((d): d is string => !!d)
          .map((d) => join(d, GITEA_MODULE, 'templates/swagger/v1_json.tmpl'))
      : sharedFolders(repo).map((d) => join(d, 'api-descriptions', name));
  const override = process.env.RINGWAY_API_DESCRIPTIONS;
  return [...(override ? [join(override, name)] : []), ...usual];
}

/** The path of a published description, checked against its SHA-256; one clear error when it is missing or differs. */
export function apiDescription(name: ApiDescription): string {
  const want = API_DESCRIPTIONS[name];
  const candidates = descriptionCandidates(name);
  const path = candidates.find((p) => existsSync(p));
  if (!path)
    throw new Error(
      `the published ${want.forge} API description (${want.source}, ${want.version}) is missing: ${want.install}; looked for ${candidates.join(', ') || '(go env GOMODCACHE failed)'}`,
    );
  const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (sha !== want.sha256)
    throw new Error(`${path} is not ${want.source} (${want.version}): SHA-256 ${sha}, expected ${want.sha256}`);
  return path;
}
