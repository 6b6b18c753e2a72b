import type { ParseOptions, DocumentOptions, SchemaOptions, ToJSOptions, ScalarTag, Tags } from 'yaml';
import { goNumberTag } from './goScalars';

/**
 * kubectl and the API server read YAML with go-yaml v2 (YAML 1.1 scalars): `yes`/`no`/`on`/`off`/`y`/`n`
 * are booleans and `0400` is octal. go-yaml does NOT resolve sexagesimal numbers (`1:20`) or
 * timestamps (they stay strings), so those tags of the `yaml` package's 1.1 schema are dropped, and its
 * numbers follow Go's parsing rather than the 1.1 spec (`0o755` is 493, `.` and `.e3` are strings):
 * one tag of ours replaces the package's int and float tags (test/yaml/kubectlParity.test.ts).
 */
const NUMBER_TAGS = new Set(['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float']);
const DROPPED_TAGS = new Set(['tag:yaml.org,2002:timestamp']);

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  prettyErrors: false,
  keepSourceTokens: false,
  // Duplicate keys are found by treeCheck.ts in one linear pass (the package's check is quadratic).
  uniqueKeys: false,
  // Collection keys are reported by treeCheck.ts; toJS would print a warning on stderr for each.
  logLevel: 'error',
  // The package asks for the tag list once per document (always the YAML 1.1 schema's): build it once.
  customTags: (tags) => (goTags ??= goYamlTags(tags)),
};

let goTags: Tags | undefined;

function goYamlTags(tags: Tags): Tags {
  const kept = tags.filter((tag) => {
    if (typeof tag !== 'object') return true;
    if (DROPPED_TAGS.has(tag.tag) || NUMBER_TAGS.has(tag.tag)) return false;
    return tag.format !== 'TIME';
  });
  const int = tags.find((t) => typeof t === 'object' && t.tag === 'tag:yaml.org,2002:int' && !t.format) as ScalarTag;
  return [...kept, goNumberTag(int)];
}

/** Alias expansion is bounded so that a "billion laughs" document cannot exhaust memory. */
export const TO_JS_OPTIONS: ToJSOptions = { maxAliasCount: 1000 };
