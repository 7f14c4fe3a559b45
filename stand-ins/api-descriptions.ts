import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The published API descriptions the forge stand-ins check requests against, by file name, with
// where each was published and its SHA-256, so a test runs against exactly that text or not at all.
// The files are not in this repository: they are public repositories' data, kept beside the
// project as `shared/api-descriptions/` (see stand-ins/API-DESCRIPTIONS.md).

const here = dirname(fileURLToPath(import.meta.url));

export const API_DESCRIPTIONS = {
  'gitea/v1_json.tmpl': {
    forge: 'Gitea',
    source: 'go-gitea/gitea templates/swagger/v1_json.tmpl',
    commit: '545ed923547c19735befc2ed141c812a23e1a29d',
    sha256: 'd992bda04c59932663d19c812798d4153f44f8e134544b4fb31dd1ce1acabb16',
  },
  'azure-devops/git.json': {
    forge: 'Azure DevOps',
    source: 'MicrosoftDocs/vsts-rest-api-specs specification/git/7.1/git.json',
    commit: '3f48b30420980dac96213f84cebf62449695e97c',
    sha256: 'b5b2c1b9aa2cf73bd843eeace8c9f0f1d693e255fdea1c7f28bdc1b591f7e76e',
  },
} as const;

export type ApiDescription = keyof typeof API_DESCRIPTIONS;

/** Where descriptions are looked for: $RINGWAY_API_DESCRIPTIONS, then shared/ beside the clone, then stand-ins/. */
export function descriptionFolders(): string[] {
  const repo = resolve(here, '..');
  return [
    process.env.RINGWAY_API_DESCRIPTIONS ?? '',
    join(repo, '..', 'shared', 'api-descriptions'),
    join(here, 'api-descriptions'),
  ].filter(Boolean);
}

/** The path of a published description, checked against its SHA-256; one clear error when it is missing or differs. */
export function apiDescription(name: ApiDescription): string {
  const want = API_DESCRIPTIONS[name];
  const folders = descriptionFolders();
  const path = folders.map((f) => join(f, name)).find((p) => existsSync(p));
  if (!path)
    throw new Error(
      `the published ${want.forge} API description ${name} (${want.source} at ${want.commit}) is missing: looked in ${folders.join(', ')}; see stand-ins/API-DESCRIPTIONS.md`,
    );
  const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (sha !== want.sha256)
    throw new Error(`${path} is not ${want.source} at ${want.commit}: SHA-256 ${sha}, expected ${want.sha256}`);
  return path;
}
