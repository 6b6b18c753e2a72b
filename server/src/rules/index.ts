import type { DocumentCheck, FileCheck } from '../checks';
import { documentCheck, fileCheck } from './adapter';
import type { Rule } from './types';
import { rule as objectName } from './objectName';
import { rule as podContainers } from './podContainers';
import { rule as containerName } from './containerName';
import { rule as volumeName } from './volumeName';
import { rule as volumeMountName } from './volumeMountName';
import { rule as mountPathUnique } from './mountPathUnique';
import { rule as containerPorts } from './containerPorts';
import { rule as volumeSource } from './volumeSource';
import { rule as hostPathType } from './hostPathType';
import { rule as probeHandler } from './probeHandler';
import { rule as restartPolicy } from './restartPolicy';
import { rule as quantity } from './quantity';
import { rule as requestsWithinLimits } from './requestsWithinLimits';
import { rule as memoryUnit } from './memoryUnit';
import { rule as podWarnings } from './podWarnings';
import { rule as podAnnotations } from './podAnnotations';
import { rule as podResources } from './podResources';
import { rule as workloadFields } from './workloadFields';
import { rule as jobFields } from './jobFields';
import { rule as ingressFields } from './ingressFields';
import { rule as storageClass } from './storageClass';
import { rule as serviceWarnings } from './serviceWarnings';
import { rule as storageWarnings } from './storageWarnings';
import { rule as resourceClaims } from './resourceClaims';
import { rule as labels } from './labels';
import { rule as selectorOperators } from './selectorOperators';
import { rule as servicePorts } from './servicePorts';
import { rule as serviceNodePort } from './serviceNodePort';
import { rule as serviceType } from './serviceType';
import { rule as persistentVolume } from './persistentVolume';
import { rule as pvRecycle } from './pvRecycle';
import { rule as persistentVolumeClaim } from './persistentVolumeClaim';
import { rule as workloadSelector } from './workloadSelector';
import { rule as rollingUpdate } from './rollingUpdate';
import { rule as cronSchedule } from './cronSchedule';
import { rule as concurrencyPolicy } from './concurrencyPolicy';
import { rule as gitRepoVolume } from './gitRepoVolume';
import { rule as hostPathVolume } from './hostPathVolume';
import { rule as imageTag } from './imageTag';
import { rule as resourcesMissing } from './resourcesMissing';
import { rule as privileged } from './privileged';
import { rule as serviceSelectorMatches } from './serviceSelectorMatches';
import { rule as pvcUnsatisfiable } from './pvcUnsatisfiable';
import { rule as references } from './reference';
import { rule as podOs } from './podOs';
import { rule as volumeFields } from './volumeFields';
import { rule as podSpecFields } from './podSpecFields';
import { rule as containerFields } from './containerFields';
import { rule as serviceSpec } from './serviceSpec';
import { rule as configData } from './configData';
import { rule as storageFields } from './storageFields';
import { rule as objectMeta } from './objectMeta';
import { rule as rbacFields } from './rbacFields';
import { rule as networkPolicy } from './networkPolicy';
import { rule as ingressClass } from './ingressClass';
import { rule as hpaFields } from './hpaFields';
import { rule as policyObjects } from './policyObjects';
import { rule as endpointSlice } from './endpointSlice';

/** Every Kubernetes API rule, in the order of docs/rules.md. */
export const RULES: Rule[] = [
  objectName,
  podContainers,
  containerName,
  volumeName,
  volumeMountName,
  mountPathUnique,
  containerPorts,
  volumeSource,
  hostPathType,
  probeHandler,
  restartPolicy,
  quantity,
  requestsWithinLimits,
  memoryUnit,
  podWarnings,
  podAnnotations,
  podResources,
  workloadFields,
  jobFields,
  ingressFields,
  storageClass,
  serviceWarnings,
  storageWarnings,
  resourceClaims,
  labels,
  selectorOperators,
  servicePorts,
  serviceNodePort,
  serviceType,
  persistentVolume,
  pvRecycle,
  persistentVolumeClaim,
  workloadSelector,
  rollingUpdate,
  cronSchedule,
  concurrencyPolicy,
  gitRepoVolume,
  hostPathVolume,
  imageTag,
  resourcesMissing,
  privileged,
  serviceSelectorMatches,
  pvcUnsatisfiable,
  references,
  podOs,
  volumeFields,
  podSpecFields,
  containerFields,
  serviceSpec,
  configData,
  storageFields,
  objectMeta,
  rbacFields,
  networkPolicy,
  ingressClass,
  hpaFields,
  policyObjects,
  endpointSlice,
];

/** The rules as engine checks (registered in checkList.ts). */
export const RULE_DOCUMENT_CHECKS: DocumentCheck[] = RULES.flatMap((r) => (r.scope === 'document' ? [documentCheck(r)] : []));
export const RULE_FILE_CHECKS: FileCheck[] = RULES.flatMap((r) => (r.scope === 'file' ? [fileCheck(r)] : []));
