// Issue 9's messy-file row: the bench manifest with several hundred references left unresolved, as
// a real file has them; an edit must cost what it touched, not every cross-document check again.
import { join } from 'node:path';
import { generateMessyManifest } from './generate.mjs';
import { startServer, editLatencies } from './lsp.mjs';

export async function messyRows({ root, lsp, dir, floorOf, median, p95, docs = 2000 }) {
  const text = generateMessyManifest(docs);
  const floor = floorOf(text);
  const server = await startServer(root, lsp);
  await server.conn.sendNotification(lsp.InitializedNotification.type, {});
  const uri = 'file://' + join(dir, 'messy.yaml');
  const { latencies, opened } = await editLatencies(server, lsp, uri, text, 30);
  await server.stop();
  const ms = (x) => `${x.toFixed(1)} ms`;
  const ratio = (x) => `${(x / floor).toFixed(2)}×`;
  return {
    docs,
    problems: opened?.diagnostics.length ?? 0,
    rows: [
      ['floor: yaml package parse only', ms(floor), '1.00×', '', ''],
      [
        'edit → diagnostics (median)',
        ms(median(latencies)),
        ratio(median(latencies)),
        '≤ 50 ms',
        median(latencies) <= 50 ? 'ok  ' : 'MISS',
      ],
      ['edit → diagnostics (p95)', ms(p95(latencies)), ratio(p95(latencies)), '', ''],
    ],
  };
}
