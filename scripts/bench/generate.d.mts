// Types for the tests that reuse the bench's manifests.
export function generateManifest(count: number): string;
export function generateMessyManifest(count: number): string;
