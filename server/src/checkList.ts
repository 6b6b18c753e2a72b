import type { DocumentCheck, FileCheck } from './checks';

/**
 * Every check the validation service runs, in order. Feature modules (schema validation, API rules)
 * add theirs here, explicitly, so what runs is visible in one place.
 */
export const DOCUMENT_CHECKS: DocumentCheck[] = [];

export const FILE_CHECKS: FileCheck[] = [];
