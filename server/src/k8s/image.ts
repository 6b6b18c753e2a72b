/**
 * Container image references as the container runtime reads them (distribution/reference):
 * `[registry[:port]/]path[:tag][@digest]`. A first path component is a registry only when it
 * looks like a host (has a `.` or `:`, or is `localhost`); otherwise the image is on Docker Hub,
 * where one-component names live under `library/`.
 */
export interface ImageReference {
  text: string;
  registry: string;
  /** Repository path on the registry, e.g. `library/nginx`. */
  repository: string;
  /** The tag as written, undefined when absent. */
  tag?: string;
  digest?: string;
  /** The tag the runtime pulls: the written one, or `latest` when neither tag nor digest is given. */
  effectiveTag?: string;
  /** Fully spelled reference, e.g. `docker.io/library/nginx:latest`. */
  canonical: string;
  /** Whether the registry was given or defaulted to Docker Hub. */
  defaultRegistry: boolean;
}

export const DOCKER_HUB = 'docker.io';

const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/** Undefined when the text is not a valid image reference (e.g. upper-case letters, empty). */
export function parseImage(text: string): ImageReference | undefined {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  let rest = trimmed;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return undefined;
  }
  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  let defaultRegistry = true;
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) {
    registry = parts.shift()!;
    defaultRegistry = false;
  }
  if (!parts.length || !parts.every((p) => PATH_COMPONENT.test(p))) return undefined;
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library');
  const repository = parts.join('/');
  const effectiveTag = tag ?? (digest ? undefined : 'latest');
  const canonical = `${registry}/${repository}${effectiveTag ? `:${effectiveTag}` : ''}${digest ? `@${digest}` : ''}`;
  return { text: trimmed, registry, repository, tag, digest, effectiveTag, canonical, defaultRegistry };
}
