// Build step for the Kubernetes schemas: regenerates schemas/generated/kubernetes.json
// when it is missing or stale, and copies it to <distDir>/schemas/kubernetes.json,
// where the bundled server/CLI (dist/*.js) look for it.
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_OUT, generate, isStale } from "./generate.mjs";

export async function buildSchemas({ distDir, quiet = false } = {}) {
  if (!distDir) throw new Error("buildSchemas: distDir is required");
  if (isStale(DEFAULT_OUT)) await generate({ out: DEFAULT_OUT, quiet });
  const target = path.join(distDir, "schemas", "kubernetes.json");
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(DEFAULT_OUT, target);
  return target;
}
