import { RingwayError, statusKind, UsageError, withInput } from '../lib/errors.js';

/** The input an error names is data on the error, set once; the message is never read to decide. */
describe('withInput', () => {
  const thrown = (fn: () => unknown): RingwayError => {
    try {
      fn();
    } catch (err) {
      return err as RingwayError;
    }
    throw new Error('did not throw');
  };

  test('names the input once, keeping class, kind and status; the innermost input wins', () => {
    const err = thrown(() =>
      withInput('outer', () =>
        withInput('soak-time', () => {
          throw new UsageError("'an hour' is not a duration");
        }),
      ),
    );
    expect(err).toBeInstanceOf(UsageError);
    expect({ message: err.message, input: err.input, kind: err.kind }).toEqual({
      message: "input 'soak-time': 'an hour' is not a duration",
      input: 'soak-time',
      kind: 'usage',
    });
  });

  test('an error that already carries its input is left alone; one that only mentions an input in its text is not', () => {
    const named = thrown(() =>
      withInput('hld-repo', () => {
        throw new RingwayError("authentication failed (HTTP 401): check the 'token' input", {
          kind: 'unauthorized',
          status: 401,
          input: 'token',
        });
      }),
    );
    expect({ message: named.message, input: named.input, status: named.status }).toEqual({
      message: "authentication failed (HTTP 401): check the 'token' input",
      input: 'token',
      status: 401,
    });
    const mentions = thrown(() =>
      withInput('hld-repo', () => {
        throw new RingwayError("the server says: input 'x' was wrong");
      }),
    );
    expect(mentions.message).toBe("input 'hld-repo': the server says: input 'x' was wrong");
  });

  test('async calls too; errors that are not ours pass unchanged', async () => {
    await expect(
      withInput('image', async () => Promise.reject(new UsageError("'UPPER' is not an image reference"))),
    ).rejects.toMatchObject({ input: 'image', message: "input 'image': 'UPPER' is not an image reference" });
    const plain = new TypeError('x is undefined');
    await expect(withInput('image', async () => Promise.reject(plain))).rejects.toBe(plain);
    expect(plain.message).toBe('x is undefined');
  });

  test('HTTP statuses map to kinds', () => {
    expect([401, 403, 404, 409, 429, 500, 422].map(statusKind)).toEqual([
      'unauthorized',
      'forbidden',
      'not-found',
      'conflict',
      'rate-limited',
      'server',
      'server',
    ]);
  });
});
