/**
 * YAML text for front-matter values the tools write (importer, scaffold, synthetic playbooks):
 * js-yaml's own dump with the FAILSAFE schema, the schema the core reads front matter with
 * (frontmatter.ts), so every value reads back as the same string. Plain when that is safe,
 * quoted (or a block scalar for several lines) when not.
 */
import yaml from 'js-yaml';

const DUMP = { lineWidth: -1, schema: yaml.FAILSAFE_SCHEMA } as const;

/** A YAML scalar for `value`, for `key: <scalar>` at the top of a front-matter block. */
export function yamlScalar(value: string): string {
  return yaml.dump(value, DUMP).trimEnd();
}

/** A YAML flow list whose items read back unchanged: `[Legal/Regulatory, 'Billing, Licensing']`. */
export function yamlList(values: readonly string[]): string {
  return yaml.dump([...values], { ...DUMP, flowLevel: 0 }).trimEnd();
}
