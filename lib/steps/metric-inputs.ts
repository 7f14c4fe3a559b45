import { readFile } from 'node:fs/promises';
import { UsageError, withInput } from '../errors.js';
import { parseDuration } from '../duration.js';
import { loadYaml } from '../hld/yaml-engine.js';
import {
  LOG_ANALYTICS_ENDPOINT,
  logAnalyticsEndpoint,
  logAnalyticsSource,
  workspaceId,
} from '../monitoring/log-analytics.js';
import { parseHeaders, prometheusSource, prometheusUrl } from '../monitoring/prometheus.js';
import type { MetricSource } from '../monitoring/series.js';
import { parseMetricChecks, type MetricCheck } from '../promotion/metric-checks.js';
import type { Inputs } from './inputs.js';
import type { InputDef } from './types.js';

/** The gate's metric checks and the backends that answer them (docs/gate.md, "Metric checks"). */
export const metricInputs: InputDef[] = [
  {
    name: 'metrics',
    description:
      "Metric checks over the soak window, as a YAML or JSON list (or @file): each with name, provider (prometheus or azure-monitor-logs), query (PromQL or KQL with {service}, {ring}, {tag}, {from}, {to}, {window}), condition ('< 0.01', 'between 0 and 0.5'), and optional interval, count, failure-limit, error-limit (azure-monitor-logs: workspace, value-column). A failed condition rejects; a query error or no data is an error, never a reject",
    kind: 'multiline',
  },
  {
    name: 'prometheus-url',
    description:
      'Prometheus HTTP API root (Prometheus, Thanos, Mimir, VictoriaMetrics, Azure Monitor managed Prometheus query endpoint)',
  },
  { name: 'prometheus-token', description: 'Bearer token for the Prometheus API', secret: true },
  { name: 'prometheus-user', description: 'User for Basic auth to the Prometheus API (with prometheus-password)' },
  {
    name: 'prometheus-password',
    description: 'Password or API key for Basic auth to the Prometheus API',
    secret: true,
  },
  {
    name: 'prometheus-headers',
    description: "More request headers for the Prometheus API, 'Name: value' one per line (X-Scope-OrgID: tenant)",
    kind: 'list',
    secret: true,
  },
  {
    name: 'log-analytics-workspace',
    description: 'Log Analytics workspace ID (a GUID) for azure-monitor-logs checks that name no workspace',
    label: 'Log Analytics workspace ID',
  },
  {
    name: 'log-analytics-token',
    description: `Microsoft Entra access token for the Log Analytics query API (az account get-access-token --resource ${LOG_ANALYTICS_ENDPOINT})`,
    secret: true,
    label: 'Log Analytics token',
  },
  {
    name: 'log-analytics-endpoint',
    description:
      'Log Analytics query API root (sovereign clouds: https://api.loganalytics.azure.cn, https://api.loganalytics.us)',
    default: LOG_ANALYTICS_ENDPOINT,
    label: 'Log Analytics endpoint',
  },
  { name: 'metrics-timeout', description: 'How long each metric query may take', default: '30s' },
];

/** The `metrics` input: YAML or JSON text, or `@file`; parsed and validated whole, before anything runs. */
export async function readMetricChecks(inputs: Inputs): Promise<MetricCheck[]> {
  const value = inputs.string('metrics');
  if (!value.trim()) return [];
  const checks = await withInput('metrics', async () => {
    let text = value;
    if (value.trim().startsWith('@')) {
      const file = value.trim().slice(1);
      text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read ${file}: ${err.code ?? 'error'}`);
      });
    }
    const { parse } = await loadYaml();
    let parsed: unknown;
    try {
      parsed = parse(text, { uniqueKeys: true });
    } catch (err) {
      // A plain `condition: > 0.5` starts a folded scalar in YAML: say how to write it.
      const hint = /:\s*>/.test(text) ? ` (quote a condition that starts with '>': condition: "> 0.5")` : '';
      throw new UsageError(`not YAML or JSON: ${(err as Error).message.split('\n')[0].replace(/:$/, '')}${hint}`);
    }
    return parseMetricChecks(parsed);
  });
  // Each backend a check uses must be configured: said now, not after the soak.
  const required = (input: string, check: MetricCheck | undefined) => {
    const value = inputs.string(input);
    if (check && !value) throw new UsageError(`input '${input}' is required by check '${check.name}'`, { input });
    return value;
  };
  const prometheus = checks.find((c) => c.provider === 'prometheus');
  if (prometheus) {
    const url = required('prometheus-url', prometheus);
    withInput('prometheus-url', () => prometheusUrl(url));
    withInput('prometheus-headers', () => parseHeaders(inputs.list('prometheus-headers')));
  }
  const logs = checks.filter((c) => c.provider === 'azure-monitor-logs');
  if (logs.length) {
    const workspace = required(
      'log-analytics-workspace',
      logs.find((c) => !c.workspace),
    );
    if (workspace) withInput('log-analytics-workspace', () => workspaceId(workspace));
    required('log-analytics-token', logs[0]);
    withInput('log-analytics-endpoint', () => logAnalyticsEndpoint(inputs.string('log-analytics-endpoint')));
  }
  if (checks.length) withInput('metrics-timeout', () => parseDuration(inputs.string('metrics-timeout')));
  return checks;
}

/** The backend of each check, from the inputs checked by readMetricChecks. */
export function metricSources(inputs: Inputs): (check: MetricCheck) => MetricSource {
  return (check) => {
    const timeoutMs = parseDuration(inputs.string('metrics-timeout')) || 30_000;
    if (check.provider === 'azure-monitor-logs')
      return logAnalyticsSource({
        workspace: check.workspace ?? inputs.string('log-analytics-workspace'),
        endpoint: inputs.string('log-analytics-endpoint') || undefined,
        token: inputs.string('log-analytics-token'),
        valueColumn: check.valueColumn,
        timeoutMs,
      });
    return prometheusSource({
      url: inputs.string('prometheus-url'),
      token: inputs.string('prometheus-token') || undefined,
      username: inputs.string('prometheus-user') || undefined,
      password: inputs.string('prometheus-password') || undefined,
      headers: parseHeaders(inputs.list('prometheus-headers')),
      timeoutMs,
    });
  };
}
