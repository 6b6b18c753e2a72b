import { currentLocale, t } from '../l10n';
import { formatBytes, formatCpu, parseQuantity } from '../k8s/quantity';
import { describeSchedule } from '../k8s/cron';
import { parseImage } from '../k8s/image';

/** `1Gi` → its size in bytes and in the other family of units, so `1G` and `1Gi` are told apart. */
export function quantityHover(text: string, resource: string | undefined): string | undefined {
  const q = parseQuantity(text);
  if (!q) return undefined;
  if (resource === 'cpu') return `**${text}** = ${formatCpu(q.value)}`;
  if (
    resource === 'pods' ||
    (resource && !/memory|storage|hugepages/.test(resource) && resource !== 'cpu' && !/Ki|Mi|Gi|Ti|Pi|Ei/.test(text))
  ) {
    return `**${text}** = ${q.value.toLocaleString('en-US')}`;
  }
  const bytes = Math.round(q.value);
  const lines = [`**${text}** = ${bytes.toLocaleString('en-US')} ${t('bytes')}`];
  const binary = formatBytes(bytes).replace(/ \(.*\)$/, '');
  const decimal = decimalBytes(bytes);
  const other = [binary, decimal].filter((s) => s && !s.endsWith(' bytes') && !s.startsWith('0 '));
  if (other.length) lines.push(`= ${[...new Set(other)].join(' = ')}`);
  if (q.kind === 'decimal' && q.suffix && 'kMGTPE'.includes(q.suffix)) {
    lines.push(
      t(
        '`{0}` uses powers of 1000; `{1}` would be {2} bytes.',
        q.suffix,
        `${q.suffix === 'k' ? 'K' : q.suffix}i`,
        (Number(text.replace(/[^\d.]/g, '')) * 2 ** (10 * ('kMGTPE'.indexOf(q.suffix) + 1))).toLocaleString('en-US'),
      ),
    );
  }
  return lines.join('\n\n');
}

function decimalBytes(bytes: number): string {
  const units = ['kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  for (let i = units.length - 1; i >= 0; i--) {
    const size = 10 ** (3 * (i + 1));
    if (Math.abs(bytes) >= size) return `${Number((bytes / size).toFixed(3))} ${units[i]}`;
  }
  return `${bytes} bytes`;
}

/** A cron schedule in words and its next runs. */
export function scheduleHover(text: string, timeZone: string | undefined, now = new Date()): string {
  const s = describeSchedule(text, { from: now, count: 3, timeZone });
  if ('error' in s) return t('`{0}` is not a valid schedule: {1}', text, s.error);
  const zone = timeZone ?? 'UTC';
  const runs = s.next.map((d) => `- ${formatDate(d, zone)}`).join('\n');
  if (!s.next.length) return `\`${text}\`: **${s.description}**`;
  const note = timeZone
    ? ''
    : `\n\n${t('Times are in the time zone of the kube-controller-manager (shown here in UTC); set `spec.timeZone` to fix one.')}`;
  return `\`${text}\`: **${s.description}**\n\n${t('Next runs ({0}):', zone)}\n${runs}${note}`;
}

function formatDate(d: Date, timeZone: string): string {
  try {
    // Dates in the hover's language: "Tue, 01 Dec 2026, 03:00" / "2026년 12월 1일 (화) 03:00".
    const ko = currentLocale() === 'ko';
    return new Intl.DateTimeFormat(ko ? 'ko-KR' : 'en-GB', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: ko ? 'numeric' : '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).format(d);
  } catch {
    return d.toISOString();
  }
}

/** Registry, repository, tag and digest of an image, with the defaults the runtime applies. */
export function imageHover(text: string): string | undefined {
  const ref = parseImage(text);
  if (!ref) return t('**{0}** is not a valid image reference (lowercase `[registry/]repository[:tag][@digest]`).', text);
  const rows = [
    `| ${t('registry')} | \`${ref.registry}\`${ref.defaultRegistry ? ` (${t('default: Docker Hub')})` : ''} |`,
    `| ${t('repository')} | \`${ref.repository}\` |`,
    `| ${t('tag')} | ${ref.tag ? `\`${ref.tag}\`` : ref.effectiveTag ? `\`latest\` (${t('none given')})` : '—'} |`,
  ];
  if (ref.digest) rows.push(`| ${t('digest')} | \`${ref.digest}\` |`);
  const notes: string[] = [];
  if (!ref.tag && !ref.digest)
    notes.push(
      t('Without a tag the image is `:latest`, which changes over time, and `imagePullPolicy` defaults to `Always`. Pin a version.'),
    );
  if (ref.digest) notes.push(t('A digest pins the exact image content; the tag, if any, is ignored for pulling.'));
  return [`**${ref.canonical}**`, `| | |\n|---|---|\n${rows.join('\n')}`, ...notes].join('\n\n');
}
