import type { DocumentCheck, FileCheck } from './checks';
import { RULE_DOCUMENT_CHECKS, RULE_FILE_CHECKS } from './rules';
import { schemaCheck } from './validate/schemaCheck';
import { crdCheck } from './validate/crd';
import { duplicateObjectCheck } from './validate/duplicates';
import { fieldVersionCheck } from './validate/fieldVersion';

/**
 * Every check the validation service runs, in order. Feature modules (schema validation, API rules)
 * add theirs here, explicitly, so what runs is visible in one place.
 */
export const DOCUMENT_CHECKS: DocumentCheck[] = [schemaCheck, fieldVersionCheck, ...RULE_DOCUMENT_CHECKS];

export const FILE_CHECKS: FileCheck[] = [crdCheck, duplicateObjectCheck, ...RULE_FILE_CHECKS];
