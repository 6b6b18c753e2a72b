// Is a CronJob timeZone one the API server can load? Kubernetes calls Go's time.LoadLocation, which reads the
// IANA tz database (the zoneinfo files, or the copy embedded in kube-apiserver) by exact, case-sensitive name.
// Offline, the closest copy of that database is the ICU one that ships with Node (process.versions.tz): it knows
// every IANA zone and alias, but matches names without regard to case, so a name that differs from ICU's own
// spelling only in case is reported as that spelling. Known differences: ICU lacks tzdata's "Factory" zone, and
// an alias written in the wrong case (us/eastern) is not caught, since ICU resolves it to another name.

export type TimeZoneAnswer = { known: true } | { known: false } | { known: true; spelled: string };

export function lookupTimeZone(name: string): TimeZoneAnswer {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return { known: false };
  }
  // Offsets (+01:00) are ICU-only: Go knows no zone by that name.
  if (/^[+-]/.test(name)) return { known: false };
  if (resolved !== name && resolved.toLowerCase() === name.toLowerCase()) return { known: true, spelled: resolved };
  return { known: true };
}
