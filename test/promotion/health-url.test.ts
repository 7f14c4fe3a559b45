import { UsageError } from '../../lib/errors.js';
import { healthTarget } from '../../lib/promotion/health-url.js';
import { clearSecrets, redact } from '../../lib/secrets.js';

afterEach(() => clearSecrets());

describe('healthTarget', () => {
  test('a plain URL is fetched and shown as it is, with no header', () => {
    expect(healthTarget('https://web.example/healthz')).toEqual({
      url: 'https://web.example/healthz',
      headers: {},
      shown: 'https://web.example/healthz',
    });
    expect(redact('GET https://web.example/healthz')).toBe('GET https://web.example/healthz');
  });

  test('userinfo becomes a Basic header, leaves the URL, and is redacted everywhere', () => {
    const t = healthTarget('https://probe:p%40ss-word@web.example/healthz');
    expect(t.url).toBe('https://web.example/healthz');
    expect(t.shown).toBe('https://web.example/healthz');
    expect(t.headers).toEqual({ authorization: `Basic ${Buffer.from('probe:p@ss-word').toString('base64')}` });
    expect(redact(`password p@ss-word, header ${t.headers.authorization}`)).toBe('password ***, header Basic ***');
  });

  test('the query string is fetched but never shown; key-like parameters are secrets on their own', () => {
    const t = healthTarget('https://fn.example/api/health?code=abc123xyz&region=weu');
    expect(t.url).toBe('https://fn.example/api/health?code=abc123xyz&region=weu');
    expect(t.shown).toBe('https://fn.example/api/health');
    expect(redact('code abc123xyz')).toBe('code ***');
    expect(redact(t.url)).not.toContain('abc123xyz');
  });

  test.each([
    ['not a url', "'not a url' is not an http(s) URL"],
    ['ftp://host/x', "'ftp://host/x' is not an http(s) URL"],
    ['file:///etc/passwd', "'file:///etc/passwd' is not an http(s) URL"],
  ])('%j is refused: %s', (value, message) => {
    expect(() => healthTarget(value)).toThrow(UsageError);
    expect(() => healthTarget(value)).toThrow(new Error(message));
  });

  test('the error line of a bad URL shows neither its userinfo nor its query', () => {
    expect(() => healthTarget('ftp://user:hunter22@host/x?sig=abcdef')).toThrow(
      new Error("'ftp://host/x' is not an http(s) URL"),
    );
  });
});
