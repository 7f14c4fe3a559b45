// The bad-input catalogue: values an attacker or a clumsy user gives, per step and input. Each
// case names the input (or the value) its one-line error must name. Shared by catalogue.test.ts.

export type Surface = 'cli' | 'github' | 'azure';

export interface Case {
  id: string;
  step: string;
  /** Inputs on top of the step's valid base inputs; '' removes a base input. */
  inputs: Record<string, string>;
  /** Input whose name the error must carry (kebab-case; camelCase on Azure). */
  input: string;
  /** Or a fragment of the value the error may name instead (a URL, a file, a component). */
  alt?: string;
  /** A credential in the value: it must appear nowhere in the run's output. */
  secret?: string;
  /** Run on the GitHub action and the Azure task too, not only one value of its family. */
  everySurface?: boolean;
}

export const MARKER = '/tmp/ringway-catalogue-pwned';
const HUGE = 'x'.repeat(100_000);
const OPT = `--upload-pack=touch ${MARKER}`;
const SHELL = [
  `$(touch ${MARKER})`,
  `\`touch ${MARKER}\``,
  `x; touch ${MARKER}`,
  `x && touch ${MARKER} | cat > /dev/null`,
];
const BAD_URLS = [
  'ftp://example.com/x.git',
  'javascript:alert(1)',
  'not a url',
  'ext::sh -c touch% /tmp/ringway-catalogue-pwned',
  `-oProxyCommand=touch ${MARKER}`,
];
/** One valid metric check of the gate, for cases about the inputs that configure its backend. */
const METRIC_CHECK = '[{"name": "error-rate", "provider": "prometheus", "query": "up", "condition": "> 0"}]';
/** One valid KQL check, and a valid workspace ID, for the inputs of the Log Analytics backend. */
const KQL_CHECK =
  '[{"name": "failure-ratio", "provider": "azure-monitor-logs", "query": "AppRequests", "condition": "< 0.01"}]';
const WORKSPACE = '63613592-b6f7-4c3d-a390-22ba13102111';
export const LOG_ANALYTICS_SECRET = 'la-catalogue-secret-77';
/**
 * Runner commands behind characters the runners trim (U+0085, U+2028, \v, \f, a BOM) or skip
 * (zero-width, soft hyphen), echoed by the error: catalogue.test.ts applies the runners' parsing
 * rules (test/support/runner-parsers.ts) to every run's output. Rotated per family, so the GitHub
 * and Azure runs (first and second value) meet different ones.
 */
const COMMANDS = [
  '\u0085::add-mask::pwn-nel',
  '#\u200b#vso[task.setvariable variable=pwn;]zwsp',
  '\u2028::error title=pwn::ls',
  ':\u00ad:add-mask::pwn-shy',
  'x\u0085::set-env name=pwn::1',
  '\v##vso[task.prependpath pwn=1]/tmp',
  '\ufeff\u200b::add-mask::pwn-bom',
  '\f##[add-mask pwn=1]ff',
];
const commands = (from: number) => [...COMMANDS.slice(from), ...COMMANDS.slice(0, from)].slice(0, 4);
/** Credentials in repository URLs (userinfo, token-like query parameters): refused, never printed. */
export const URL_SECRET = 'ghp_CatalogueUrlSecret0123456789';
const SECRET_URLS = [
  `https://example.com/o/hld.git?access_token=${URL_SECRET}`,
  `https://x-access-token:${URL_SECRET}@example.com/o/hld.git`,
  `https://${URL_SECRET}@example.com/o/hld.git`,
  `https://example.com/o/hld.git?private_token=${URL_SECRET}&x=1`,
];
const BAD_REFS = ['--orphan', 'a..b', 'x y', 'a.lock', 'x@{1}', '-x', 'refs/../x', 'x~1', 'x^', 'x:y', 'x\\y'];

function family(step: string, input: string, values: string[], extra: Partial<Case> = {}): Case[] {
  return values.map((v, i) => ({
    ...(extra.secret ? { secret: extra.secret } : {}),
    id:
      extra.id ??
      `${step} ${input} #${i + 1} ${JSON.stringify(v.length > 40 ? `${v.slice(0, 20)}… (${v.length} chars)` : v)}`,
    step,
    input,
    ...(extra.alt ? { alt: extra.alt } : {}),
    ...(extra.everySurface ? { everySurface: true } : {}),
    inputs: { ...extra.inputs, [input]: v },
  }));
}

export function catalogue(fx: {
  hldUrl: string;
  manifestUrl: string;
  hldDir: string;
  bombHld: string;
  brokenHld: string;
  /** An HLD whose access.yaml names SYSTEM_ACCESSTOKEN for its private git component (fx.tokenUrl). */
  accessHld: string;
  localSourceHld: string;
  linkedHttpHld: string;
  file: string;
  outside: string;
  tokenUrl: string;
}): Case[] {
  return [
    // update-hld
    ...family('update-hld', 'hld-repo', ['', '   ', OPT, ...BAD_URLS, HUGE]),
    ...family('update-hld', 'hld-repo', ['file:///nonexistent/ringway/hld.git'], {
      alt: 'file:///nonexistent/ringway/hld.git',
    }),
    ...family('update-hld', 'hld-repo', [fx.tokenUrl], {
      alt: fx.tokenUrl.replace(/^http:\/\//, ''),
      id: 'update-hld hld-repo wrong credentials',
    }),
    ...family('update-hld', 'branch', BAD_REFS),
    ...family('update-hld', 'component', ['../x', 'nope', '--x', 'a..b', HUGE]),
    ...family('update-hld', 'environment', ['../x', 'a/b', '--x', 'x y', '.hidden', HUGE]),
    ...family('update-hld', 'hld-path', ['../..', '/etc', '../../../../etc/passwd']),
    ...family('update-hld', 'set', ['noequals', '=v', 'a..b=1', '--x=1', 'nope:image.tag=1']),
    ...family('update-hld', 'image-tag', [HUGE]),
    ...family('update-hld', 'pr-branch', ['{nope}', '...'], { inputs: { 'pull-request': 'true', provider: 'local' } }),
    ...family('update-hld', 'provider', ['bitbucket', '--x']),
    // A self-hosted Gitea's API root cannot be guessed: without api-url, one line naming it, nothing pushed.
    ...family('update-hld', 'api-url', [''], {
      inputs: { 'pull-request': 'true', provider: 'gitea' },
      everySurface: true,
    }),
    ...family('update-hld', 'merge-method', ['fast']),
    ...family('update-hld', 'max-attempts', ['-1', 'abc', '0', '1e3']),
    ...family('update-hld', 'timeout', ['soon', '-5s', '0', '1y', '25d', '100000h']),
    ...family('update-hld', 'request-timeout', ['soon', '0', '25d']),
    ...family('update-hld', 'dry-run', ['maybe', '2']),
    ...family('update-hld', 'pull-request', ['perhaps']),
    ...family('update-hld', 'environment', commands(0), { everySurface: true }),
    // push-manifests
    ...family('push-manifests', 'manifest-repo', ['', ' ', OPT, ...BAD_URLS, HUGE]),
    ...family('push-manifests', 'manifest-repo', ['http://127.0.0.1:9/manifests.git'], {
      alt: 'http://127.0.0.1:9/manifests.git',
    }),
    ...family('push-manifests', 'source', ['/nonexistent/ringway/generated', fx.file, '--x', HUGE], { alt: 'source' }),
    // Several sources (the shards of a matrix generate): one named twice, one missing, none at all.
    ...family('push-manifests', 'source', [
      `${fx.hldDir},${fx.hldDir}/`,
      `${fx.hldDir}\n/nonexistent/ringway/shard-2`,
      ',',
    ]),
    ...family('push-manifests', 'branch', BAD_REFS),
    ...family('push-manifests', 'path', ['../..', '/etc', '--x', '.git', '../../../../tmp']),
    ...family('push-manifests', 'max-attempts', ['-1', 'x']),
    ...family('push-manifests', 'timeout', ['later', '0']),
    ...family('push-manifests', 'dry-run', ['maybe']),
    ...family('push-manifests', 'branch', commands(2), { everySurface: true }),
    // gate
    ...family('gate', 'service', ['', '  ']),
    ...family('gate', 'image-tag', ['', ' ', HUGE]),
    ...family('gate', 'soak-time', ['forever', '-1h', '1y', ...SHELL.slice(0, 1)]),
    ...family('gate', 'health-url', ['ftp://x/health', 'javascript:alert(1)', '--x', ...SHELL.slice(0, 2)]),
    ...family('gate', 'health-timeout', ['fast', '-1s']),
    ...family('gate', 'to-ring', ['qa', 'dev', '--x']),
    ...family('gate', 'to-ring', commands(4), { everySurface: true }),
    ...family('gate', 'from-ring', ['nowhere']),
    ...family('gate', 'required-approvals', ['two', '-1']),
    ...family('gate', 'manifest-repo', [OPT, 'ftp://x/y.git', 'not a url']),
    ...family('gate', 'checks-repo', [OPT, 'javascript:x']),
    ...family('gate', 'hld-repo', [OPT, 'ext::sh -c id']),
    ...family('gate', 'sync-tag', ['--x', 'a b', ...SHELL.slice(2, 3)]),
    ...family('gate', 'checks-commit', ['other']),
    ...family('gate', 'provider', ['bitbucket']),
    ...family('gate', 'connection-string', ['garbage', 'AccountName=x', ' ;;; ']),
    ...family('gate', 'table-name', ['', ' ']),
    ...family('gate', 'partition-key', ['']),
    ...family('gate', 'timeout', ['never']),
    ...family('gate', 'fail-on-wait', ['sometimes']),
    ...family('gate', 'metrics', [
      'not: [closed',
      '{"name": "error-rate"}',
      '[{"name": "error-rate", "provider": "prometheus", "query": "up"}]',
      '[{"name": "e", "provider": "datadog", "query": "up", "condition": "< 1"}]',
      '[{"name": "e", "provider": "prometheus", "query": "up{job=\\"{job}\\"}", "condition": "< 1"}]',
      '[{"name": "e", "provider": "prometheus", "query": "up", "condition": "~ 1"}]',
      '[{"name": "e", "provider": "prometheus", "query": "up", "condition": "< 1", "count": 5}]',
      '- name: e\n  provider: prometheus\n  query: up\n  condition: > 0\n',
      '[{"name": "e", "provider": "azure-monitor-logs", "query": "AppRequests", "condition": "< 1", "workspace": "fabrikam-logs"}]',
      '[{"name": "e", "provider": "prometheus", "query": "up", "condition": "< 1", "value-column": "ratio"}]',
      '[{"name": "e", "provider": "azure-monitor-logs", "query": "AppRequests | where AppRoleName == \\"{app}\\"", "condition": "< 1"}]',
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      `@${fx.outside}/no-such-checks.yaml`,
      HUGE,
    ]),
    ...family(
      'gate',
      'prometheus-url',
      ['', 'ftp://x/', 'not a url', 'http://user:pass@prometheus.example', ...SHELL.slice(0, 1)],
      {
        inputs: { metrics: METRIC_CHECK },
      },
    ),
    ...family('gate', 'prometheus-headers', ['no colon here', 'Authorization: Bearer x'], {
      inputs: { metrics: METRIC_CHECK, 'prometheus-url': 'http://127.0.0.1:9' },
    }),
    ...family('gate', 'metrics-timeout', ['soon', '-5s'], {
      inputs: { metrics: METRIC_CHECK, 'prometheus-url': 'http://127.0.0.1:9' },
    }),
    ...family('gate', 'log-analytics-workspace', ['', 'fabrikam-logs', '../../subscriptions/x'], {
      inputs: { metrics: KQL_CHECK, 'log-analytics-token': 'x' },
    }),
    ...family('gate', 'log-analytics-token', [''], {
      inputs: { metrics: KQL_CHECK, 'log-analytics-workspace': WORKSPACE },
    }),
    ...family(
      'gate',
      'log-analytics-endpoint',
      ['http://api.loganalytics.io', 'not a url', 'https://api.loganalytics.io/v1?api-version=1'],
      { inputs: { metrics: KQL_CHECK, 'log-analytics-workspace': WORKSPACE, 'log-analytics-token': 'x' } },
    ),
    ...family('gate', 'log-analytics-endpoint', [`https://reader:${LOG_ANALYTICS_SECRET}@api.loganalytics.io`], {
      inputs: { metrics: KQL_CHECK, 'log-analytics-workspace': WORKSPACE, 'log-analytics-token': 'x' },
      secret: LOG_ANALYTICS_SECRET,
      everySurface: true,
    }),
    // record-deployment (CLI)
    ...family('record-deployment', 'connection-string', ['garbage', 'DefaultEndpointsProtocol=http;AccountName=a']),
    ...family('record-deployment', 'stage', ['bogus', '--x']),
    ...family('record-deployment', 'table-name', ['']),
    ...family('record-deployment', 'flux-event', [
      'not json',
      '{"involvedObject":1}',
      '@/nonexistent/event.json',
      '@/dev/zero', // no size: refused once more than the limit is read
    ]),
    ...family('record-deployment', 'argocd-event', ['@/dev/zero']),
    ...family('record-deployment', 'timeout', ['soon']),
    // generate (CLI)
    ...family('generate', 'hld', ['/nonexistent/ringway/hld', fx.file], { alt: 'component' }),
    ...family('generate', 'output', [fx.hldDir]),
    ...family('generate', 'cache-dir', ['/proc/ringway-cache', '/proc/self/x', fx.file]),
    ...family('generate', 'environments', ['../x', 'a b', 'x/y', '--x']),
    ...family('generate', 'fab-envs', ['../x', 'prod,--x']),
    ...family('generate', 'concurrency', ['many', '0', '-2']),
    ...family('generate', 'validate', ['maybe']),
    ...family('generate', 'shard', ['0/4', '5/4', 'half', '1/0', '1/300', '--x', '2/4/1']),
    // access-tokens: the author's VARIABLE=host entries; runner credentials are never listed.
    ...family('generate', 'access-tokens', [
      'github.com',
      'HLD-PAT=github.com',
      'HLD_PAT=',
      'HLD_PAT=not a host',
      'HLD_PAT=--upload-pack=x',
      'SYSTEM_ACCESSTOKEN=dev.azure.com',
      'ACTIONS_RUNTIME_TOKEN=github.com',
      'INPUT_TOKEN=github.com',
    ]),
    {
      // The entry is ignored (a warning names access.yaml:1); the fetch fails without a token and says why.
      id: 'generate access.yaml naming a runner token for a private component',
      step: 'generate',
      inputs: { hld: fx.accessHld },
      input: 'access-tokens',
      alt: 'access.yaml:1 names SYSTEM_ACCESSTOKEN',
    },
    {
      id: 'generate --output <hld> --environments config',
      step: 'generate',
      inputs: { output: fx.hldDir, environments: 'config' },
      input: 'output',
    },
    {
      id: 'generate environments and fab-envs together',
      step: 'generate',
      inputs: { environments: 'prod', 'fab-envs': 'DEV' },
      input: 'fab-envs',
    },
    {
      id: 'generate YAML bomb in HLD config',
      step: 'generate',
      inputs: { hld: fx.bombHld },
      input: 'hld',
      alt: 'common.yaml',
    },
    {
      id: 'generate malformed component.yaml',
      step: 'generate',
      inputs: { hld: fx.brokenHld },
      input: 'hld',
      alt: 'component.yaml',
    },
    {
      id: 'generate git component reading another repository of this machine (file://)',
      step: 'generate',
      inputs: { hld: fx.localSourceHld },
      input: 'local-sources',
    },
    {
      id: 'generate installed http component linking to /etc/passwd',
      step: 'generate',
      inputs: { hld: fx.linkedHttpHld },
      input: 'hld',
      alt: 'components/web/web.yaml',
    },
    // build-image (CLI)
    ...family('build-image', 'image', ['UPPER/Case', '--x', '', 'a b', HUGE]),
    ...family('build-image', 'tags', ['{nope}', '{branch}', '...']),
    ...family('build-image', 'builder', ['kaniko']),
    ...family('build-image', 'context', ['/nonexistent/ringway/context']),
    // A context without a Dockerfile: the error is about the 'file' input (default Dockerfile in the context).
    {
      id: 'build-image context without a Dockerfile',
      step: 'build-image',
      inputs: { context: fx.outside },
      input: 'file',
    },
    // Issue 25: secrets in URLs (never printed, never stored), row-like values, clear errors.
    ...family('update-hld', 'hld-repo', SECRET_URLS, { secret: URL_SECRET, everySurface: true }),
    ...family('push-manifests', 'manifest-repo', SECRET_URLS.slice(0, 2), { secret: URL_SECRET, everySurface: true }),
    ...family('gate', 'manifest-repo', SECRET_URLS.slice(0, 1), { secret: URL_SECRET, everySurface: true }),
    ...family('gate', 'checks-repo', SECRET_URLS.slice(3), { secret: URL_SECRET, everySurface: true }),
    ...family('gate', 'hld-repo', SECRET_URLS.slice(2, 3), { secret: URL_SECRET, everySurface: true }),
    ...family('record-deployment', 'repository', [...SECRET_URLS, OPT], { secret: URL_SECRET, everySurface: true }),
    ...family('update-hld', 'image-tag', ['a\nb', OPT, 'x'.repeat(10_000), 'a b'], { everySurface: true }),
    ...family('update-hld', 'pr-branch', ['main', 'refs/heads/main'], {
      inputs: { 'pull-request': 'true', provider: 'local' },
      everySurface: true,
    }),
    ...family('update-hld', 'branch', ['HEAD', 'refs/heads/HEAD'], { everySurface: true }),
    ...family('push-manifests', 'branch', ['HEAD'], { everySurface: true }),
    ...family('update-hld', 'hld-path', ['nope', 'x'.repeat(5_000)], { everySurface: true }),
    ...family('gate', 'table-name', ['bad-name!', 'ab', 'x'.repeat(100), '--x'], { everySurface: true }),
    ...family('record-deployment', 'table-name', ['Bad Name']),
    ...family('record-deployment', 'flux-event', [`@/tmp/${'x'.repeat(5_000)}`]),
    ...family('build-image', 'target', ['--x']),
    ...family('build-image', 'isolation', ['--x', 'vm']),
    ...family('build-image', 'platforms', ['--x', 'linux/amd64,--x']),
    ...family('build-image', 'file', ['--x', 'x'.repeat(5_000)]),
    ...family('build-image', 'context', ['x'.repeat(5_000)]),
    ...family('generate', 'hld', ['x'.repeat(5_000)]),
    ...family('generate', 'output', ['x'.repeat(5_000)]),
    ...family('generate', 'cache-dir', ['x'.repeat(5_000)]),
    ...family('push-manifests', 'path', ['x'.repeat(5_000)], { everySurface: true }),
  ];
}
