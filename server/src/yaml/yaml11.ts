import type { ParseOptions, DocumentOptions, SchemaOptions, ToJSOptions } from 'yaml';

/**
 * kubectl and the API server read YAML with go-yaml v2 (YAML 1.1 scalars): `yes`/`no`/`on`/`off`/`y`/`n`
 * are booleans and `0400` is octal. go-yaml does NOT resolve sexagesimal numbers (`1:20`) or
 * timestamps (they stay strings), so those tags of the `yaml` package's 1.1 schema are dropped.
 */
const DROPPED_TAGS = new Set(['tag:yaml.org,2002:timestamp']);

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  prettyErrors: false,
  keepSourceTokens: false,
  uniqueKeys: true,
  customTags: (tags) =>
    tags.filter((tag) => {
      if (typeof tag !== 'object') return true;
      if (DROPPED_TAGS.has(tag.tag)) return false;
      return tag.format !== 'TIME';
    }),
};

/** Alias expansion is bounded so that a "billion laughs" document cannot exhaust memory. */
export const TO_JS_OPTIONS: ToJSOptions = { maxAliasCount: 1000 };
