import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ANSWERED as AZURE_ANSWERED } from '../../stand-ins/azure-devops-api.mjs';
import { ANSWERED as GITEA_ANSWERED } from '../../stand-ins/gitea-api.mjs';
import { swagger2Validator } from '../../stand-ins/swagger2.mjs';

// The forge stand-ins check requests against verbatim subsets of the published descriptions
// (stand-ins/azure-devops-api/, stand-ins/gitea-api/). These cases keep each subset whole (every
// reference has its target, nothing unreferenced rides along), tied to its source (README names
// repository, path and commit) and equal to what its stand-in answers: a provider call outside the
// subset is refused until its operation is copied in from the source.

const standIns = join(dirname(fileURLToPath(import.meta.url)), '../../stand-ins');

type Description = Record<string, unknown> & { paths: Record<string, Record<string, { operationId?: string }>> };

const SUBSETS = [
  {
    forge: 'Azure DevOps',
    file: 'azure-devops-api/git.subset.json',
    source: ['MicrosoftDocs/vsts-rest-api-specs', 'specification/git/7.1/git.json'],
    answered: AZURE_ANSWERED as string[],
    options: { caseInsensitive: true },
    // An operation of the published description the provider does not call: Pull Requests_Get Pull Request.
    outside: ['GET', '/contoso/Fabrikam/_apis/git/repositories/hld/pullrequests/7', 'api-version=7.1'],
  },
  {
    forge: 'Gitea',
    file: 'gitea-api/v1_json.subset.json',
    source: ['go-gitea/gitea', 'templates/swagger/v1_json.tmpl'],
    answered: GITEA_ANSWERED as string[],
    options: {},
    // An operation of the published description the provider does not call: repoGetPullRequest.
    outside: ['GET', '/api/v1/repos/org/hld/pulls/7', ''],
  },
] as const;

/** Every `$ref` target in the text, as [section, name]. */
function refs(text: string): [string, string][] {
  return [...text.matchAll(/"\$ref":\s*"#\/(definitions|parameters|responses)\/([^"]+)"/g)].map((m) => [m[1], m[2]]);
}

describe.each(SUBSETS)('$forge: the vendored subset of the published description', (s) => {
  const text = readFileSync(join(standIns, s.file), 'utf8');
  const description = JSON.parse(text) as Description;

  test('the README beside it names the repository, the path and the 40-hex commit it was copied from', () => {
    const readme = readFileSync(join(standIns, dirname(s.file), 'README.md'), 'utf8');
    for (const part of s.source) expect(readme).toContain(part);
    expect(readme).toMatch(/commit\s+`[0-9a-f]{40}`/);
    expect(readme).toMatch(/verbatim subset/);
  });

  test('every reference has its target, and every definition kept is referenced', () => {
    const found = refs(text);
    for (const [section, name] of found)
      expect({ ref: `${section}/${name}`, present: name in ((description[section] as object) ?? {}) }).toEqual({
        ref: `${section}/${name}`,
        present: true,
      });
    for (const section of ['definitions', 'responses', 'parameters'])
      for (const name of Object.keys((description[section] as object) ?? {}))
        expect({ kept: `${section}/${name}`, referenced: found.some(([x, n]) => x === section && n === name) }).toEqual(
          {
            kept: `${section}/${name}`,
            referenced: true,
          },
        );
  });

  test('its operations are exactly the ones the stand-in answers', () => {
    const operations = Object.values(description.paths).flatMap((item) =>
      Object.values(item)
        .map((op) => op.operationId)
        .filter((id): id is string => !!id),
    );
    expect([...operations].sort()).toEqual([...s.answered].sort());
  });

  test('an operation of the full description that is not in the subset is refused', () => {
    const [method, path, query] = s.outside;
    const check = swagger2Validator(description, s.options);
    expect(check(method, path, new URLSearchParams(query), undefined)).toMatch(/no such path|is not an operation/);
  });
});
