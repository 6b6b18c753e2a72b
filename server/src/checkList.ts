import type { DocumentCheck, FileCheck } from './checks';
import { RULE_DOCUMENT_CHECKS, RULE_FILE_CHECKS } from './rules';

/**
 * Every check the validation service runs, in order. Feature modules (schema validation, API rules)
 * add theirs here, explicitly, so what runs is visible in one place.
 */
export const DOCUMENT_CHECKS: DocumentCheck[] = [...RULE_DOCUMENT_CHECKS];

export const FILE_CHECKS: FileCheck[] = [...RULE_FILE_CHECKS];
