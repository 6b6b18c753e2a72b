// Rows of docs/validation-coverage.md that the schema check implements (schema/required, schema/enum):
// each case names its row id, leaves the field out (or gives a value outside the enum) and asserts the
// schema problem a user sees. A Required row of Kubernetes also rejects an empty value: that half is the
// rule named beside schema/required in the table (e.g. k8s/volume-fields), tested in test/rules/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/engine';
import { RULES } from '../../server/src/rules';

const RULES_OFF = Object.fromEntries(RULES.map((r) => [r.id, 'off' as const]));
const schema = (text: string) => diagnose(text, { requireKubernetes: true, rules: RULES_OFF }).filter((d) => d.code.startsWith('schema/'));

const pod = (volume: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: app:1}]\n  volumes:\n    - name: v\n      ${volume}\n`;
const pv = (source: string) =>
  `apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv}\nspec:\n  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteOnce]\n  ${source}\n`;

/** [row id, manifest without the field, the field the schema must name]. */
const REQUIRED: [string, string, string][] = [
  ['validateHostPathVolumeSource#1', pod('hostPath: {type: Directory}'), 'path'],
  ['validateGitRepoVolumeSource#1', pod('gitRepo: {directory: src}'), 'repository'],
  ['validateISCSIVolumeSource#1', pod('iscsi: {iqn: "iqn.2001-04.com.example:s", lun: 0}'), 'targetPortal'],
  ['validateISCSIVolumeSource#2', pod('iscsi: {targetPortal: "10.0.0.1:3260", lun: 0}'), 'iqn'],
  ['validateGCEPersistentDiskVolumeSource#1', pod('gcePersistentDisk: {fsType: ext4}'), 'pdName'],
  ['validateAWSElasticBlockStoreVolumeSource#1', pod('awsElasticBlockStore: {fsType: ext4}'), 'volumeID'],
  ['validatePersistentClaimVolumeSource#1', pod('persistentVolumeClaim: {readOnly: true}'), 'claimName'],
  ['validateNFSVolumeSource#1', pod('nfs: {path: /exports}'), 'server'],
  ['validateNFSVolumeSource#2', pod('nfs: {server: nfs.local}'), 'path'],
  ['validateQuobyteVolumeSource#1', pod('quobyte: {volume: v}'), 'registry'],
  ['validateQuobyteVolumeSource#4', pod('quobyte: {registry: "reg:7861"}'), 'volume'],
  ['validateGlusterfsVolumeSource#1', pod('glusterfs: {path: vol}'), 'endpoints'],
  ['validateGlusterfsVolumeSource#2', pod('glusterfs: {endpoints: gl}'), 'path'],
  ['validateRBDVolumeSource#1', pod('rbd: {image: img}'), 'monitors'],
  ['validateRBDVolumeSource#2', pod('rbd: {monitors: ["10.0.0.1:6789"]}'), 'image'],
  ['validateCinderVolumeSource#1', pod('cinder: {fsType: ext4}'), 'volumeID'],
  ['validateCephFSVolumeSource#1', pod('cephfs: {path: /}'), 'monitors'],
  ['validateFlexVolumeSource#1', pod('flexVolume: {fsType: ext4}'), 'driver'],
  ['validateAzureFile#1', pod('azureFile: {shareName: s}'), 'secretName'],
  ['validateAzureFile#2', pod('azureFile: {secretName: s}'), 'shareName'],
  ['validateAzureDisk#1', pod('azureDisk: {diskURI: "https://x/d.vhd"}'), 'diskName'],
  ['validateAzureDisk#2', pod('azureDisk: {diskName: d}'), 'diskURI'],
  ['validateVsphereVolumeSource#1', pod('vsphereVolume: {fsType: ext4}'), 'volumePath'],
  ['validatePhotonPersistentDiskVolumeSource#1', pod('photonPersistentDisk: {fsType: ext4}'), 'pdID'],
  ['validatePortworxVolumeSource#1', pod('portworxVolume: {fsType: ext4}'), 'volumeID'],
  ['validateScaleIOVolumeSource#1', pod('scaleIO: {system: s, secretRef: {name: s}}'), 'gateway'],
  ['validateScaleIOVolumeSource#2', pod('scaleIO: {gateway: g, secretRef: {name: s}}'), 'system'],
  ['ValidateCSIDriverName#1', pod('csi: {readOnly: true}'), 'driver'],
  ['validateISCSIPersistentVolumeSource#1', pv('iscsi: {iqn: "iqn.2001-04.com.example:s", lun: 0}'), 'targetPortal'],
  ['validateISCSIPersistentVolumeSource#3', pv('iscsi: {targetPortal: "10.0.0.1:3260", lun: 0}'), 'iqn'],
  ['validateGlusterfsPersistentVolumeSource#1', pv('glusterfs: {path: vol}'), 'endpoints'],
  ['validateGlusterfsPersistentVolumeSource#2', pv('glusterfs: {endpoints: gl}'), 'path'],
  ['validateRBDPersistentVolumeSource#1', pv('rbd: {image: img}'), 'monitors'],
  ['validateRBDPersistentVolumeSource#2', pv('rbd: {monitors: ["10.0.0.1:6789"]}'), 'image'],
  ['validateCinderPersistentVolumeSource#1', pv('cinder: {fsType: ext4}'), 'volumeID'],
  ['validateCephFSPersistentVolumeSource#1', pv('cephfs: {path: /}'), 'monitors'],
  ['validateFlexPersistentVolumeSource#1', pv('flexVolume: {fsType: ext4}'), 'driver'],
  ['validateAzureFilePV#1', pv('azureFile: {shareName: s}'), 'secretName'],
  ['validateAzureFilePV#2', pv('azureFile: {secretName: s}'), 'shareName'],
  ['validateScaleIOPersistentVolumeSource#1', pv('scaleIO: {system: s, secretRef: {name: s}}'), 'gateway'],
  ['validateScaleIOPersistentVolumeSource#2', pv('scaleIO: {gateway: g, secretRef: {name: s}}'), 'system'],
  ['validateLocalVolumeSource#1', pv('local: {fsType: ext4}'), 'path'],
  ['validateCSIPersistentVolumeSource#1', pv('csi: {driver: ebs.csi.aws.com}'), 'volumeHandle'],
];

for (const [id, text, field] of REQUIRED) {
  test(`${id}: a missing "${field}" is schema/required`, () => {
    const found = schema(text).filter((d) => d.code === 'schema/required');
    assert.equal(found.length, 1, JSON.stringify(schema(text)));
    assert.match(found[0].message, new RegExp(`^missing required field "${field}" in `));
  });
}

const podWith = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}`;
const ctr = (fields: string) => podWith(`  containers:\n    - name: app\n      image: app:1\n${fields}`);
const svc = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n${spec}`;

/** Required fields of pod specs and containers that the schema requires too. */
const MORE_REQUIRED: [string, string, string][] = [
  ['ValidateVolumes#1', podWith('  containers: [{name: app, image: app:1}]\n  volumes:\n    - emptyDir: {}\n'), 'name'],
  ['ValidateVolumeMounts#1', ctr('      volumeMounts: [{mountPath: /data}]\n'), 'name'],
  ['ValidateVolumeMounts#2', ctr('      volumeMounts: [{name: data}]\n'), 'mountPath'],
  ['ValidateVolumeDevices#1', ctr('      volumeDevices: [{devicePath: /dev/x}]\n'), 'name'],
  ['ValidateVolumeDevices#4', ctr('      volumeDevices: [{name: x}]\n'), 'devicePath'],
  ['ValidateEnv#1', ctr('      env: [{value: x}]\n'), 'name'],
  ['validateObjectFieldSelector#2', ctr('      env: [{name: A, valueFrom: {fieldRef: {apiVersion: v1}}}]\n'), 'fieldPath'],
  [
    'validateContainerResourceFieldSelector#2',
    ctr('      env: [{name: A, valueFrom: {resourceFieldRef: {containerName: app}}}]\n'),
    'resource',
  ],
  ['validateConfigMapKeySelector#2', ctr('      env: [{name: A, valueFrom: {configMapKeyRef: {name: c}}}]\n'), 'key'],
  ['validateSecretKeySelector#2', ctr('      env: [{name: A, valueFrom: {secretKeyRef: {name: s}}}]\n'), 'key'],
  ['validateContainerCommon#1', podWith('  containers: [{image: app:1}]\n'), 'name'],
  ['validateContainerPorts#3', ctr('      ports: [{name: http}]\n'), 'containerPort'],
  ['validateSysctls#1', podWith('  containers: [{name: app, image: app:1}]\n  securityContext: {sysctls: [{value: "1"}]}\n'), 'name'],
  [
    'ValidateTopologyKey#1',
    podWith('  containers: [{name: app, image: app:1}]\n  topologySpreadConstraints: [{maxSkew: 1, whenUnsatisfiable: DoNotSchedule}]\n'),
    'topologyKey',
  ],
  ['validateOS#1', podWith('  containers: [{name: app, image: app:1}]\n  os: {}\n'), 'name'],
  [
    'validateSeccompProfileType#1',
    podWith('  containers: [{name: app, image: app:1}]\n  securityContext: {seccompProfile: {localhostProfile: p.json}}\n'),
    'type',
  ],
  [
    'ValidateAppArmorProfileField#6',
    podWith('  containers: [{name: app, image: app:1}]\n  securityContext: {appArmorProfile: {localhostProfile: p}}\n'),
    'type',
  ],
];

const TPL = '  template:\n    metadata: {labels: {app: a}}\n    spec: {containers: [{name: app, image: app:1}]}\n';
const apps = (kind: string, spec: string) => `apiVersion: apps/v1\nkind: ${kind}\nmetadata: {name: a}\nspec:\n${spec}${TPL}`;
const jobWith = (spec: string) =>
  `apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n${spec}  template:\n    spec: {restartPolicy: Never, containers: [{name: app, image: app:1}]}\n`;
const ingress = (path: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\nspec:\n  rules:\n    - http:\n        paths:\n          - ${path}\n`;
const storageClass = (body: string) => `apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: s}\n${body}`;

/** Required fields of the first wave's other kinds (apps, batch, networking, storage) that the schema requires too. */
const WORKLOAD_REQUIRED: [string, string, string][] = [
  ['apps:ValidateStatefulSetSpec#6', apps('StatefulSet', '  serviceName: a\n'), 'selector'],
  ['apps:ValidateDeploymentSpec#1', apps('Deployment', ''), 'selector'],
  ['apps:ValidateReplicaSetSpec#1', apps('ReplicaSet', ''), 'selector'],
  [
    'batch:validateCronJobSpec#1',
    'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: app, image: app:1}]}}}}\n',
    'schedule',
  ],
  [
    'batch:validatePodFailurePolicyRule#1',
    jobWith('  podFailurePolicy: {rules: [{onExitCodes: {operator: In, values: [1]}}]}\n'),
    'action',
  ],
  [
    'batch:validatePodFailurePolicyRuleOnExitCodes#1',
    jobWith('  podFailurePolicy: {rules: [{action: FailJob, onExitCodes: {values: [1]}}]}\n'),
    'operator',
  ],
  ['networking:validateHTTPIngressPath#1', ingress('{path: /, backend: {service: {name: web, port: {number: 80}}}}'), 'pathType'],
  ['networking:validateIngressBackend#2', ingress('{path: /, pathType: Prefix, backend: {service: {port: {number: 80}}}}'), 'name'],
  ['networking:validateIngressTypedLocalObjectReference#2', ingress('{path: /, pathType: Prefix, backend: {resource: {name: n}}}'), 'kind'],
  ['networking:validateIngressTypedLocalObjectReference#4', ingress('{path: /, pathType: Prefix, backend: {resource: {kind: K}}}'), 'name'],
  [
    'networking:validateHTTPIngressRuleValue#1',
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\nspec:\n  rules: [{http: {}}]\n',
    'paths',
  ],
  ['storage:validateProvisioner#1', storageClass('reclaimPolicy: Delete\n'), 'provisioner'],
  [
    'validateTopologySelectorLabelRequirement#1',
    storageClass('provisioner: p.example.com\nallowedTopologies: [{matchLabelExpressions: [{key: zone}]}]\n'),
    'values',
  ],
];

for (const [id, text, field] of WORKLOAD_REQUIRED) {
  test(`${id}: a missing "${field}" is schema/required`, () => {
    const found = schema(text).filter((d) => d.code === 'schema/required');
    assert.equal(found.length, 1, JSON.stringify(schema(text)));
    assert.match(found[0].message, new RegExp(`^missing required field "${field}" in `));
  });
}

for (const [id, text, field] of MORE_REQUIRED) {
  test(`${id}: a missing "${field}" is schema/required`, () => {
    const found = schema(text).filter((d) => d.code === 'schema/required');
    assert.equal(found.length, 1, JSON.stringify(schema(text)));
    assert.match(found[0].message, new RegExp(`^missing required field "${field}" in `));
  });
}

/** NotSupported rows whose values the schema lists as an enum: [row id, manifest with a bad value, the bad value]. */
const ENUMS: [string, string, string][] = [
  ['validateContainerPorts#7', ctr('      ports: [{containerPort: 80, protocol: HTTP}]\n'), 'HTTP'],
  ['validatePullPolicy#2', ctr('      imagePullPolicy: Sometimes\n'), 'Sometimes'],
  ['validateContainerCommon#4', ctr('      terminationMessagePolicy: Stdout\n'), 'Stdout'],
  ['validateMountPropagation#1', ctr('      volumeMounts: [{name: v, mountPath: /v, mountPropagation: Shared}]\n'), 'Shared'],
  ['validateHostPathType#1', pod('hostPath: {path: /x, type: Folder}'), 'Folder'],
  ['validateAzureDisk#3', pod('azureDisk: {diskName: d, diskURI: "https://x", cachingMode: Fast}'), 'Fast'],
  ['validateAzureDisk#4', pod('azureDisk: {diskName: d, diskURI: "https://x", kind: Premium}'), 'Premium'],
  ['validateHTTPGetAction#2', ctr('      livenessProbe: {httpGet: {port: 80, scheme: FTP}}\n'), 'FTP'],
  ['validateRestartPolicy#2', podWith('  restartPolicy: Sometimes\n  containers: [{name: app, image: app:1}]\n'), 'Sometimes'],
  ['validateDNSPolicy#2', podWith('  dnsPolicy: Google\n  containers: [{name: app, image: app:1}]\n'), 'Google'],
  ['ValidatePreemptionPolicy#2', podWith('  preemptionPolicy: Always\n  containers: [{name: app, image: app:1}]\n'), 'Always'],
  [
    'validateFSGroupChangePolicy#1',
    podWith('  securityContext: {fsGroupChangePolicy: Never}\n  containers: [{name: app, image: app:1}]\n'),
    'Never',
  ],
  [
    'validateTaintEffect#2',
    podWith('  tolerations: [{key: k, operator: Exists, effect: NoRun}]\n  containers: [{name: app, image: app:1}]\n'),
    'NoRun',
  ],
  [
    'validateSeccompProfileType#2',
    podWith('  securityContext: {seccompProfile: {type: Default}}\n  containers: [{name: app, image: app:1}]\n'),
    'Default',
  ],
  [
    'ValidateAppArmorProfileField#7',
    podWith('  securityContext: {appArmorProfile: {type: Default}}\n  containers: [{name: app, image: app:1}]\n'),
    'Default',
  ],
  [
    'ValidateWhenUnsatisfiable#1',
    podWith(
      '  topologySpreadConstraints: [{maxSkew: 1, topologyKey: zone, whenUnsatisfiable: Wait}]\n  containers: [{name: app, image: app:1}]\n',
    ),
    'Wait',
  ],
  [
    'validateNodeInclusionPolicy#1',
    podWith(
      '  topologySpreadConstraints: [{maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, nodeAffinityPolicy: Maybe}]\n  containers: [{name: app, image: app:1}]\n',
    ),
    'Maybe',
  ],
  ['ValidateProcMountType#1', ctr('      securityContext: {procMount: Masked}\n'), 'Masked'],
  [
    'validateSupplementalGroupsPolicy#1',
    podWith('  securityContext: {supplementalGroupsPolicy: Loose}\n  containers: [{name: app, image: app:1}]\n'),
    'Loose',
  ],
  ['validateService#10', svc('  sessionAffinity: Cookie\n'), 'Cookie'],
  ['validateService#13', svc('  type: Internal\n'), 'Internal'],
  ['validateServicePort#5', `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80, protocol: HTTP}]\n`, 'HTTP'],
  ['validateServiceExternalTrafficPolicy#3', svc('  type: NodePort\n  externalTrafficPolicy: Node\n'), 'Node'],
  ['validateServiceInternalTrafficFieldsValue#2', svc('  internalTrafficPolicy: Node\n'), 'Node'],
  ['ValidateServiceClusterIPsRelatedFields#4', svc('  ipFamilies: [IPv5]\n'), 'IPv5'],
  ['ValidateServiceClusterIPsRelatedFields#6', svc('  ipFamilyPolicy: DualStack\n'), 'DualStack'],
  ['ValidatePersistentVolumeSpec#10', pv('hostPath: {path: /x}\n  persistentVolumeReclaimPolicy: Keep'), 'Keep'],
  ['ValidatePersistentVolumeSpec#39', pv('hostPath: {path: /x}\n  volumeMode: Raw'), 'Raw'],
  [
    'ValidatePersistentVolumeClaimSpec#6',
    'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: c}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n  volumeMode: Raw\n',
    'Raw',
  ],
];

/** Enums of the first wave's other kinds. */
const WORKLOAD_ENUMS: [string, string, string][] = [
  [
    'apps:ValidateStatefulSetSpec#2',
    apps('StatefulSet', '  serviceName: a\n  selector: {matchLabels: {app: a}}\n  podManagementPolicy: Sequential\n'),
    'Sequential',
  ],
  [
    'apps:ValidateStatefulSetSpec#5',
    apps('StatefulSet', '  serviceName: a\n  selector: {matchLabels: {app: a}}\n  updateStrategy: {type: Rolling}\n'),
    'Rolling',
  ],
  [
    'apps:ValidateDeploymentStrategy#3',
    apps('Deployment', '  selector: {matchLabels: {app: a}}\n  strategy: {type: BlueGreen}\n'),
    'BlueGreen',
  ],
  [
    'apps:ValidateDaemonSetUpdateStrategy#2',
    apps('DaemonSet', '  selector: {matchLabels: {app: a}}\n  updateStrategy: {type: Recreate}\n'),
    'Recreate',
  ],
  ['batch:validateJobSpec#3', jobWith('  completionMode: indexed\n'), 'indexed'],
  ['batch:validatePodReplacementPolicy#2', jobWith('  podReplacementPolicy: Always\n'), 'Always'],
  [
    'batch:validatePodFailurePolicyRule#3',
    jobWith('  podFailurePolicy: {rules: [{action: Retry, onExitCodes: {operator: In, values: [1]}}]}\n'),
    'Retry',
  ],
  [
    'batch:validatePodFailurePolicyRuleOnExitCodes#2',
    jobWith('  podFailurePolicy: {rules: [{action: FailJob, onExitCodes: {operator: Equals, values: [1]}}]}\n'),
    'Equals',
  ],
  [
    'networking:validateHTTPIngressPath#6',
    ingress('{path: /, pathType: Regex, backend: {service: {name: web, port: {number: 80}}}}'),
    'Regex',
  ],
  ['storage:validateVolumeBindingMode#2', storageClass('provisioner: p.example.com\nvolumeBindingMode: Lazy\n'), 'Lazy'],
];

for (const [id, text, value] of WORKLOAD_ENUMS) {
  test(`${id}: "${value}" is schema/enum`, () => {
    const found = schema(text).filter((d) => d.code === 'schema/enum');
    assert.equal(found.length, 1, JSON.stringify(schema(text)));
    assert.ok(found[0].message.includes(`"${value}"`), found[0].message);
  });
}

for (const [id, text, value] of ENUMS) {
  test(`${id}: "${value}" is schema/enum`, () => {
    const found = schema(text).filter((d) => d.code === 'schema/enum');
    assert.equal(found.length, 1, JSON.stringify(schema(text)));
    assert.ok(found[0].message.includes(`"${value}"`), found[0].message);
  });
}

// Second wave (docs/validation-coverage.md, "Second wave").
const np = (port: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: n}\nspec:\n  podSelector: {}\n  ingress: [{ports: [${port}]}]\n`;
const pdb = (spec: string) =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec:\n  selector: {matchLabels: {app: a}}\n${spec}`;
const slice = (body: string) => `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: s}\n${body}`;
const SECOND_ENUMS: [string, string, string][] = [
  ['networking:ValidateNetworkPolicyPort#1', np('{protocol: ICMP, port: 80}'), 'ICMP'],
  ['policy:ValidatePodDisruptionBudgetSpec#2', pdb('  unhealthyPodEvictionPolicy: Never\n'), 'Never'],
  ['discovery:validateAddressType#2', slice('addressType: IPv5\nendpoints: []\n'), 'IPv5'],
  ['discovery:validatePorts#4', slice('addressType: IPv4\nendpoints: []\nports: [{name: http, protocol: HTTP, port: 80}]\n'), 'HTTP'],
];
for (const [id, text, value] of SECOND_ENUMS) {
  test(`${id}: "${value}" is schema/enum`, () => {
    const found = schema(text).filter((d) => d.code === 'schema/enum');
    assert.equal(found.length, 1, JSON.stringify(schema(text)));
    assert.ok(found[0].message.includes(`"${value}"`), found[0].message);
  });
}
test('discovery:validateAddressType#1: an EndpointSlice without addressType is schema/required', () => {
  const found = schema(slice('endpoints: []\n')).filter((d) => d.code === 'schema/required');
  assert.equal(found.length, 1, JSON.stringify(schema(slice('endpoints: []\n'))));
  assert.match(found[0].message, /addressType/);
});
