/**
 * Heavy libraries, loaded on first use only (start-up: `caselint --version` and a clean one-case lint never load
 * them). The bundle keeps them external, so each is required from node_modules the first time it is needed.
 */
import { createRequire } from 'node:module';
import type * as YamlLib from 'yaml';

const load = createRequire(import.meta.url);
let yamlLib: typeof YamlLib | undefined;

/** the `yaml` package (positions, the full YAML 1.2 parser, stringify) */
export function yaml(): typeof YamlLib {
  yamlLib ??= load('yaml') as typeof YamlLib;
  return yamlLib;
}
