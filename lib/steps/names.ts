// The names an input, output or step has on each surface, from its one kebab-case name:
// GitHub `with:` keys and CLI flags use it as it is (`manifest-repo`).

/** Azure task input and output names: `manifestRepo`. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Azure task names and folders: `PushManifests` from `push-manifests`. */
export function pascalCase(name: string): string {
  const c = camelCase(name);
  return c[0].toUpperCase() + c.slice(1);
}

/** The environment variable an input is also read from: `RINGWAY_MANIFEST_REPO`. */
export function envName(name: string): string {
  return `RINGWAY_${name.replace(/-/g, '_').toUpperCase()}`;
}
