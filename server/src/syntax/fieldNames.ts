import { getSchemaStore } from '../schema';

/**
 * Field names common in Kubernetes manifests. Used only to decide whether `name:value` (no space)
 * was meant as a mapping; the schema store supplies the complete set when a name is not here.
 */
const COMMON = `apiVersion kind metadata name namespace labels annotations spec status data stringData type
containers initContainers image imagePullPolicy command args env value valueFrom ports containerPort hostPort
protocol port targetPort nodePort selector matchLabels matchExpressions key operator values replicas template
volumes volumeMounts mountPath subPath readOnly claimName persistentVolumeClaim emptyDir hostPath path medium
configMap secret secretName items mode defaultMode resources requests limits cpu memory storage capacity
accessModes storageClassName volumeMode persistentVolumeReclaimPolicy nfs server restartPolicy schedule
jobTemplate backoffLimit completions parallelism concurrencyPolicy successfulJobsHistoryLimit
failedJobsHistoryLimit suspend startingDeadlineSeconds serviceName clusterIP externalName sessionAffinity
livenessProbe readinessProbe startupProbe httpGet tcpSocket exec grpc initialDelaySeconds periodSeconds
timeoutSeconds failureThreshold successThreshold scheme host httpHeaders nodeSelector nodeName tolerations
effect tolerationSeconds affinity serviceAccountName securityContext runAsUser runAsGroup fsGroup privileged
runAsNonRoot capabilities add drop hostNetwork dnsPolicy strategy rollingUpdate maxSurge maxUnavailable
minReadySeconds revisionHistoryLimit updateStrategy podManagementPolicy volumeClaimTemplates rules http paths
pathType backend service number ingressClassName tls hosts provisioner parameters reclaimPolicy
allowVolumeExpansion volumeBindingMode workingDir lifecycle postStart preStop terminationGracePeriodSeconds
envFrom configMapKeyRef secretKeyRef fieldRef fieldPath optional local nodeAffinity required
nodeSelectorTerms gitRepo repository revision directory csi driver volumeHandle fsType`;

const FIELDS = new Set(COMMON.split(/\s+/).filter(Boolean));
let schemaFields: Set<string> | undefined;

function allSchemaFields(): Set<string> {
  if (!schemaFields) {
    schemaFields = new Set();
    try {
      for (const def of Object.values(getSchemaStore().definitions())) {
        for (const name of Object.keys(def.properties ?? {})) schemaFields.add(name);
      }
    } catch {
      // No schema bundle (a broken build): the common names still work.
    }
  }
  return schemaFields;
}

export function isKnownFieldName(name: string): boolean {
  return FIELDS.has(name) || allSchemaFields().has(name);
}
