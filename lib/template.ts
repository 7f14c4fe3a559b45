import { UsageError } from './errors.js';

/**
 * Fills the `{name}` placeholders of a template (image tags, branch names) from `values`. A
 * placeholder not among them is an error that lists those that are; `value` may refine a known
 * one or refuse it (an empty value). `what` begins the error: where the template came from.
 */
export function fillTemplate(
  template: string,
  values: Record<string, string>,
  what: string,
  value: (key: string, v: string, placeholder: string) => string = (_k, v) => v,
): string {
  return template.replace(/\{([\w-]+)\}/g, (m, key: string) => {
    if (!Object.hasOwn(values, key))
      throw new UsageError(
        `${what}: unknown placeholder ${m} in '${template}' (known: ${Object.keys(values)
          .map((k) => `{${k}}`)
          .join(', ')})`,
      );
    return value(key, values[key], m);
  });
}
