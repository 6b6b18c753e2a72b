// The flow-style examples of the real-world corpus (../shared/corpus, noted `flow-style` in its
// index): at every key of a flow mapping whose schema lists its fields, completion offers that key
// (in the whole file, and with the file cut just after the key, brackets left unclosed) and hover
// names the key's field path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPair, isScalar, visit, type Node, type Pair, type YAMLMap } from 'yaml';
import { getLanguageService } from '../../server/src/languageService';
import { getSchemaStore } from '../../server/src/schema';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const present = existsSync(join(CORPUS, 'index.tsv'));
const service = getLanguageService();

interface FlowKey {
  file: string;
  line: number;
  key: string;
  /** File offset just after the key. */
  end: number;
  /** Offset inside the key (for hover). */
  inside: number;
  fieldPath: string;
}

/** Keys of flow mappings whose parent schema has declared fields (free maps like labels have none to offer). */
function flowKeys(name: string, text: string): FlowKey[] {
  const store = getSchemaStore();
  const file = service.parse(text);
  const out: FlowKey[] = [];
  for (const chunk of file.chunks) {
    for (const md of chunk.documents) {
      if (!md.apiVersion || !md.kind || !store.lookup(md.apiVersion, md.kind)) continue;
      visit(md.doc, {
        Pair(_, pair: Pair, ancestors) {
          const key = pair.key as Node;
          const map = ancestors[ancestors.length - 1] as YAMLMap;
          if (!isScalar(key) || !key.range || !map?.flow) return;
          const path: (string | number)[] = [];
          for (let i = 0; i < ancestors.length; i++) {
            const a = ancestors[i];
            if (isPair(a)) path.push(String((a.key as { value: unknown }).value));
            else if (Array.isArray((a as { items?: unknown[] }).items) && !isPair(ancestors[i + 1]) && ancestors[i + 1])
              path.push((a as { items: unknown[] }).items.indexOf(ancestors[i + 1]));
          }
          const parent = store.schemaAt(md.apiVersion!, md.kind!, path);
          if (!parent?.properties || !(String(key.value) in parent.properties)) return;
          const end = chunk.offset + key.range[1];
          out.push({
            file: name,
            line: file.lines.positionAt(end).line + 1,
            key: String(key.value),
            end,
            inside: chunk.offset + key.range[0] + 1,
            fieldPath: [md.kind, ...path.filter((p) => typeof p === 'string'), String(key.value)].join('.'),
          });
        },
      });
    }
  }
  return out;
}

test(
  'flow-style corpus files: completion offers each key where it stands, hover names its field',
  { skip: !present && 'no corpus' },
  () => {
    const rows = readFileSync(join(CORPUS, 'index.tsv'), 'utf8')
      .split('\n')
      .filter((r) => /\bflow-style\b/.test(r));
    assert.ok(rows.length >= 20, 'the index notes flow-style files');
    const misses: string[] = [];
    let checked = 0;
    for (const row of rows) {
      const name = row.split('\t')[0];
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const file = service.parse(text);
      for (const k of flowKeys(name, text)) {
        checked++;
        const where = `${name}:${k.line} ${k.key}`;
        if (!service.complete(file, file.lines.positionAt(k.end)).items.some((i) => i.label === k.key))
          misses.push(`${where}: not offered`);
        const cut = service.parse(text.slice(0, k.end));
        if (!service.complete(cut, cut.lines.positionAt(k.end)).items.some((i) => i.label === k.key))
          misses.push(`${where}: not offered in the cut file`);
        const hover = service.hover(file, file.lines.positionAt(k.inside));
        const shown = (hover?.contents as { value: string } | undefined)?.value ?? '';
        if (!shown.startsWith(`**${k.fieldPath}**`)) misses.push(`${where}: hover shows ${shown.slice(0, 60)}`);
      }
    }
    assert.ok(checked > 500, `checked ${checked} keys`);
    assert.deepEqual(misses, []);
  },
);
