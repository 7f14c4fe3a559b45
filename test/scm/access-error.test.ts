import { accessError } from '../../lib/scm/access-error.js';

describe('accessError', () => {
  const needs = { read: "'checks: read'", write: "'contents: write'" };
  const shape = (e: ReturnType<typeof accessError>) =>
    e && { message: e.message, kind: e.kind, status: e.status, input: e.input };

  test('401 blames the token input', () => {
    expect(shape(accessError('pushing the branch', 401, 'GitHub', 'o/hld', needs))).toEqual({
      message: "pushing the branch: GitHub rejected the token (HTTP 401): check the 'token' input",
      kind: 'unauthorized',
      status: 401,
      input: 'token',
    });
  });

  test('403 says what the token needs: read needs for reading, write needs otherwise', () => {
    expect(shape(accessError('reading checks', 403, 'GitHub', 'o/app', needs))).toEqual({
      message: "reading checks: the token may not do this on o/app (HTTP 403): it needs 'checks: read'",
      kind: 'forbidden',
      status: 403,
      input: undefined,
    });
    expect(accessError('opening a pull request', 403, 'GitHub', 'o/hld', needs)?.message).toBe(
      "opening a pull request: the token may not do this on o/hld (HTTP 403): it needs 'contents: write'",
    );
  });

  test('404 says the repository is missing or hidden', () => {
    expect(shape(accessError('reading reviews', 404, 'Azure DevOps', 'p/r', needs))).toEqual({
      message: 'reading reviews: repository p/r was not found, or the token cannot see it (HTTP 404)',
      kind: 'not-found',
      status: 404,
      input: undefined,
    });
  });

  test("when the job's token stood in, every answer says to set 'token' and names it", () => {
    const note = "'token' was empty, so the job's GITHUB_TOKEN was sent";
    for (const status of [401, 403, 404]) {
      const e = accessError('pushing', status, 'GitHub', 'o/hld', needs, note);
      expect(e?.message).toMatch(
        new RegExp(
          `: 'token' was empty, so the job's GITHUB_TOKEN was sent: set 'token' to a token with 'contents: write' on o/hld$`,
        ),
      );
      expect(e?.input).toBe('token');
    }
  });

  test('other statuses are left to the forge', () => {
    for (const status of [undefined, 400, 409, 422, 500])
      expect(accessError('x', status, 'GitHub', 'o/r', needs)).toBeUndefined();
  });
});
