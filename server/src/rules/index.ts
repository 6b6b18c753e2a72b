import type { DocumentCheck, FileCheck } from '../checks';
import { documentCheck, fileCheck } from './adapter';
import type { Rule } from './types';
import { rule as objectName } from './objectName';
import { rule as podContainers } from './podContainers';
import { rule as containerName } from './containerName';
import { rule as volumeName } from './volumeName';
import { rule as volumeMountName } from './volumeMountName';
import { rule as mountPathUnique } from './mountPathUnique';

/** Every Kubernetes API rule, in the order of docs/rules.md. */
export const RULES: Rule[] = [objectName, podContainers, containerName, volumeName, volumeMountName, mountPathUnique];

/** The rules as engine checks (registered in checkList.ts). */
export const RULE_DOCUMENT_CHECKS: DocumentCheck[] = RULES.flatMap((r) => (r.scope === 'document' ? [documentCheck(r)] : []));
export const RULE_FILE_CHECKS: FileCheck[] = RULES.flatMap((r) => (r.scope === 'file' ? [fileCheck(r)] : []));
