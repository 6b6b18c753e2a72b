// The volume-source checks of validateVolumeSource and ValidatePersistentVolumeSpec
// (pkg/apis/core/validation/validation.go): validateHostPathVolumeSource, validateNFSVolumeSource, validateKeyToPath,
// validateProjectionSources, validateISCSIVolumeSource, ValidateCSIDriverName, … Each case names the row it proves.
import { rule } from '../../server/src/rules/volumeFields';
import { ruleTester, yaml, type InvalidCase } from './ruleTester';
import { at } from './cases';

/** The fields each source needs besides the one under test, as YAML lines. */
const BASE: Record<string, string[]> = {
  hostPath: ['path: /data'],
  gitRepo: ['repository: https://example.com/repo.git'],
  iscsi: ['targetPortal: 10.0.0.1:3260', 'iqn: iqn.2001-04.com.example:storage', 'lun: 0'],
  gcePersistentDisk: ['pdName: disk'],
  awsElasticBlockStore: ['volumeID: vol-1'],
  secret: ['secretName: s'],
  configMap: ['name: c'],
  persistentVolumeClaim: ['claimName: c'],
  nfs: ['server: nfs.local', 'path: /exports'],
  quobyte: ['registry: reg:7861', 'volume: v'],
  glusterfs: ['endpoints: gl', 'path: vol'],
  rbd: ['monitors: [10.0.0.1:6789]', 'image: img'],
  cinder: ['volumeID: v'],
  cephfs: ['monitors: [10.0.0.1:6789]'],
  flexVolume: ['driver: example/lvm'],
  azureFile: ['secretName: s', 'shareName: share'],
  azureDisk: ['diskName: d', 'diskURI: https://x.blob.core.windows.net/vhds/d.vhd'],
  vsphereVolume: ['volumePath: "[ds] v.vmdk"'],
  photonPersistentDisk: ['pdID: p'],
  portworxVolume: ['volumeID: v'],
  scaleIO: ['gateway: https://gw', 'system: sys', 'secretRef: {name: s}', 'volumeName: v'],
  storageos: ['volumeName: v'],
  csi: ['driver: ebs.csi.aws.com', 'volumeHandle: h'],
  ephemeral: ['volumeClaimTemplate: {spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}}'],
  image: ['reference: quay.io/x:1'],
  local: ['path: /mnt/disks/ssd1'],
};

/** [row id, source, field path]: the field given an empty value must be reported. */
const POD_EMPTY: [string, string, string][] = [
  ['validateHostPathVolumeSource#1', 'hostPath', 'path'],
  ['validateGitRepoVolumeSource#1', 'gitRepo', 'repository'],
  ['validateISCSIVolumeSource#1', 'iscsi', 'targetPortal'],
  ['validateISCSIVolumeSource#2', 'iscsi', 'iqn'],
  ['validateGCEPersistentDiskVolumeSource#1', 'gcePersistentDisk', 'pdName'],
  ['validateAWSElasticBlockStoreVolumeSource#1', 'awsElasticBlockStore', 'volumeID'],
  ['validateSecretVolumeSource#1', 'secret', 'secretName'],
  ['validateConfigMapVolumeSource#1', 'configMap', 'name'],
  ['validatePersistentClaimVolumeSource#1', 'persistentVolumeClaim', 'claimName'],
  ['validateNFSVolumeSource#1', 'nfs', 'server'],
  ['validateNFSVolumeSource#2', 'nfs', 'path'],
  ['validateQuobyteVolumeSource#1', 'quobyte', 'registry'],
  ['validateQuobyteVolumeSource#4', 'quobyte', 'volume'],
  ['validateGlusterfsVolumeSource#1', 'glusterfs', 'endpoints'],
  ['validateGlusterfsVolumeSource#2', 'glusterfs', 'path'],
  ['validateRBDVolumeSource#1', 'rbd', 'monitors'],
  ['validateRBDVolumeSource#2', 'rbd', 'image'],
  ['validateCinderVolumeSource#1', 'cinder', 'volumeID'],
  ['validateCinderVolumeSource#2', 'cinder', 'secretRef.name'],
  ['validateCephFSVolumeSource#1', 'cephfs', 'monitors'],
  ['validateFlexVolumeSource#1', 'flexVolume', 'driver'],
  ['validateAzureFile#1', 'azureFile', 'secretName'],
  ['validateAzureFile#2', 'azureFile', 'shareName'],
  ['validateAzureDisk#1', 'azureDisk', 'diskName'],
  ['validateAzureDisk#2', 'azureDisk', 'diskURI'],
  ['validateVsphereVolumeSource#1', 'vsphereVolume', 'volumePath'],
  ['validatePhotonPersistentDiskVolumeSource#1', 'photonPersistentDisk', 'pdID'],
  ['validatePortworxVolumeSource#1', 'portworxVolume', 'volumeID'],
  ['validateScaleIOVolumeSource#1', 'scaleIO', 'gateway'],
  ['validateScaleIOVolumeSource#2', 'scaleIO', 'system'],
  ['validateScaleIOVolumeSource#3', 'scaleIO', 'volumeName'],
  ['validateStorageOSVolumeSource#1', 'storageos', 'volumeName'],
  ['validateStorageOSVolumeSource#2', 'storageos', 'secretRef.name'],
  ['ValidateCSIDriverName#1', 'csi', 'driver'],
  ['validateCSIVolumeSource#1', 'csi', 'nodePublishSecretRef.name'],
  ['validateImageVolumeSource#1', 'image', 'reference'],
];
const PV_EMPTY: [string, string, string][] = [
  ['validateISCSIPersistentVolumeSource#1', 'iscsi', 'targetPortal'],
  ['validateISCSIPersistentVolumeSource#3', 'iscsi', 'iqn'],
  ['validateISCSIPersistentVolumeSource#10', 'iscsi', 'secretRef.name'],
  ['validateGlusterfsPersistentVolumeSource#1', 'glusterfs', 'endpoints'],
  ['validateGlusterfsPersistentVolumeSource#2', 'glusterfs', 'path'],
  ['validateRBDPersistentVolumeSource#1', 'rbd', 'monitors'],
  ['validateRBDPersistentVolumeSource#2', 'rbd', 'image'],
  ['validateCinderPersistentVolumeSource#1', 'cinder', 'volumeID'],
  ['validateCinderPersistentVolumeSource#2', 'cinder', 'secretRef.name'],
  ['validateCinderPersistentVolumeSource#3', 'cinder', 'secretRef.namespace'],
  ['validateCephFSPersistentVolumeSource#1', 'cephfs', 'monitors'],
  ['validateFlexPersistentVolumeSource#1', 'flexVolume', 'driver'],
  ['validateAzureFilePV#1', 'azureFile', 'secretName'],
  ['validateAzureFilePV#2', 'azureFile', 'shareName'],
  ['validateScaleIOPersistentVolumeSource#1', 'scaleIO', 'gateway'],
  ['validateScaleIOPersistentVolumeSource#2', 'scaleIO', 'system'],
  ['validateScaleIOPersistentVolumeSource#3', 'scaleIO', 'volumeName'],
  ['validateLocalVolumeSource#1', 'local', 'path'],
  ['validateStorageOSPersistentVolumeSource#1', 'storageos', 'volumeName'],
  ['validateStorageOSPersistentVolumeSource#2', 'storageos', 'secretRef.name'],
  ['validateStorageOSPersistentVolumeSource#3', 'storageos', 'secretRef.namespace'],
  ['validateCSIPersistentVolumeSource#1', 'csi', 'volumeHandle'],
  ['validatePVSecretReference#1', 'csi', 'nodeStageSecretRef.name'],
  ['validatePVSecretReference#2', 'csi', 'nodeStageSecretRef.namespace'],
];

const POD_HEAD = ['apiVersion: v1', 'kind: Pod', 'spec:', '  containers: [{name: app, image: app:1}]', '  volumes:', '    - name: v'];
const PV_HEAD = [
  'apiVersion: v1',
  'kind: PersistentVolume',
  'metadata: {name: pv}',
  'spec:',
  '  capacity: {storage: 1Gi}',
  '  accessModes: [ReadWriteOnce]',
];

/** A document whose source has every base field, and `path` set to an empty value on the last line. */
function emptyCase([id, source, path]: [string, string, string], pv: boolean): InvalidCase {
  const head = pv ? PV_HEAD : POD_HEAD;
  const indent = pv ? '    ' : '        ';
  const [first, second] = path.split('.');
  const base = BASE[source].filter((l) => !l.startsWith(`${first}:`));
  const empty = source === 'rbd' || source === 'cephfs' ? '[]' : '""';
  const lines = [...head, `${pv ? '  ' : '      '}${source}:`, ...base.map((l) => indent + l)];
  let column: number;
  if (second) {
    lines.push(`${indent}${first}:`);
    if (second === 'namespace') lines.push(`${indent}  name: s`);
    else if (pv) lines.push(`${indent}  namespace: ns`);
    lines.push(`${indent}  ${second}: ${empty}`);
    column = indent.length + 2 + second.length + 3;
  } else {
    lines.push(`${indent}${first}: ${empty}`);
    column = indent.length + first.length + 3;
  }
  const line = lines.length;
  return {
    name: `${id}: ${source}.${path} empty`,
    code: lines.join('\n') + '\n',
    errors: [
      {
        line,
        column,
        endLine: line,
        endColumn: column + 2,
        message: `${pv ? 'spec.' : 'volume "v": '}${source}.${path} must not be empty`,
      },
    ],
  };
}

const pod = (volume: string) =>
  `apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: app, image: app:1}]\n  volumes:\n    - name: v\n${volume}`;

ruleTester(rule, {
  valid: [
    {
      name: 'every source with its base fields',
      code: Object.entries(BASE)
        .filter(([s]) => s !== 'local')
        .map(([s, lines]) => pod(`      ${s}:\n${lines.map((l) => `        ${l}\n`).join('')}`))
        .join('---\n'),
    },
    {
      name: 'validateSecretVolumeSource#2 boundary: defaultMode 0777 and 0 are allowed',
      boundary: true,
      code: pod('      secret: {secretName: s, defaultMode: 0777, items: [{key: a, path: a, mode: 0}]}\n'),
    },
    {
      name: 'boundary: lun 255, partition 255, expirationSeconds 600 and 2^32, a CSI driver name of 63 characters',
      boundary: true,
      code:
        pod(`      iscsi: {targetPortal: "10.0.0.1:3260", iqn: "iqn.2001-04.com.example:storage", lun: 255}\n`) +
        '---\n' +
        pod('      gcePersistentDisk: {pdName: d, partition: 255}\n') +
        '---\n' +
        pod(
          '      projected:\n        sources:\n          - serviceAccountToken: {path: token, expirationSeconds: 600}\n          - serviceAccountToken: {path: token2, expirationSeconds: 4294967296}\n',
        ) +
        '---\n' +
        pod(`      csi: {driver: ${'a'.repeat(59)}.com}\n`),
    },
    {
      name: 'nested relative paths, and a hostPath with dots in names',
      code:
        pod('      configMap:\n        name: c\n        items: [{key: a, path: conf/app..d/a.conf}]\n') +
        '---\n' +
        pod('      hostPath: {path: /var/log/..hidden}\n'),
    },
    {
      name: 'a template may leave the image reference empty',
      code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        template:
          spec:
            containers: [{name: app, image: app:1}]
            volumes: [{name: v, image: {reference: ""}}]
    `,
    },
    {
      name: 'an azure managed disk with a resource id',
      code: pod(
        '      azureDisk: {diskName: d, kind: Managed, diskURI: /subscriptions/x/resourceGroups/g/providers/Microsoft.Compute/disks/d}\n',
      ),
    },
  ],
  invalid: [...POD_EMPTY.map((r) => emptyCase(r, false)), ...PV_EMPTY.map((r) => emptyCase(r, true)), ...hand()],
});

function hand(): InvalidCase[] {
  const V = 'volume "v": ';
  const pv = (source: string) =>
    `apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv}\nspec:\n  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteOnce]\n${source}`;
  return [
    at(
      'validateSecretVolumeSource#1 and validateConfigMapVolumeSource#1: the name is missing (the schema does not require it)',
      pod('      secret: {defaultMode: 0400}\n') + '---\n' + pod('      configMap: {items: []}\n'),
      [
        ['secret', `${V}secret.secretName is required: add "secretName:" with a value`],
        ['configMap', `${V}configMap.name is required: add "name:" with a value`],
      ],
    ),
    at(
      'validateSecretVolumeSource#2, validateConfigMapVolumeSource#2, validateKeyToPath#3, validateDownwardAPIVolumeSource#1, validateDownwardAPIVolumeFile#4, validateProjectedVolumeSource#1: file modes',
      pod('      secret: {secretName: s, defaultMode: 644}\n') +
        '---\n' +
        pod('      configMap: {name: c, defaultMode: 1000, items: [{key: a, path: a, mode: 755}]}\n') +
        '---\n' +
        pod('      downwardAPI: {defaultMode: 600, items: [{path: labels, fieldRef: {fieldPath: metadata.labels}, mode: -1}]}\n') +
        '---\n' +
        pod('      projected: {defaultMode: 420000, sources: []}\n'),
      [
        [
          '644',
          `${V}secret.defaultMode 644 is not a file mode: use a number from 0 to 0777 (octal), e.g. 0644 — 644 is read as decimal, write the leading 0 for octal`,
        ],
        ['1000', `${V}configMap.defaultMode 1000 is not a file mode: use a number from 0 to 0777 (octal)`],
        [
          '755',
          `${V}configMap.items[0].mode 755 is not a file mode: use a number from 0 to 0777 (octal), e.g. 0755 — 755 is read as decimal, write the leading 0 for octal`,
        ],
        [
          '600',
          `${V}downwardAPI.defaultMode 600 is not a file mode: use a number from 0 to 0777 (octal), e.g. 0600 — 600 is read as decimal, write the leading 0 for octal`,
        ],
        ['-1', `${V}downwardAPI.items[0].mode -1 is not a file mode: use a number from 0 to 0777 (octal)`],
        ['420000', `${V}projected.defaultMode 420000 is not a file mode: use a number from 0 to 0777 (octal)`],
      ],
      pod('      secret: {secretName: s, defaultMode: 0644}\n') +
        '---\n' +
        pod('      configMap: {name: c, defaultMode: 1000, items: [{key: a, path: a, mode: 0755}]}\n') +
        '---\n' +
        pod('      downwardAPI: {defaultMode: 0600, items: [{path: labels, fieldRef: {fieldPath: metadata.labels}, mode: -1}]}\n') +
        '---\n' +
        pod('      projected: {defaultMode: 420000, sources: []}\n'),
    ),
    at(
      'validateLocalDescendingPath#1, validatePathNoBacksteps#1, ValidateLocalNonReservedPath#1, validateKeyToPath#1, validateKeyToPath#2: item paths',
      pod(
        '      configMap:\n        name: c\n        items:\n          - {key: a, path: /etc/app.conf}\n          - {key: b, path: ../b}\n          - {key: c, path: ..c}\n          - {key: "", path: ""}\n',
      ),
      [
        [
          '/etc/app.conf',
          `${V}configMap.items[0].path "/etc/app.conf" must be a relative path (inside the volume), not an absolute one: write "etc/app.conf"`,
        ],
        ['../b', `${V}configMap.items[1].path "../b" must not contain ".." (it would point outside the volume)`],
        ['..c', `${V}configMap.items[2].path "..c" must not start with ".." (the kubelet keeps its own files there)`],
        ['""', `${V}configMap.items[3].key must not be empty`],
        ['""', `${V}configMap.items[3].path must not be empty`, 1],
      ],
    ),
    at(
      'validatePathNoBacksteps#1 on a hostPath, and validateLocalDescendingPath#1 on a gitRepo directory',
      pod('      hostPath: {path: /var/../etc}\n') +
        '---\n' +
        pod('      gitRepo: {repository: https://example.com/r.git, directory: /src}\n'),
      [
        ['/var/../etc', `${V}hostPath.path "/var/../etc" must not contain ".."`],
        ['/src', `${V}gitRepo.directory "/src" must be a relative path (inside the volume), not an absolute one: write "src"`],
      ],
    ),
    at('validateVolumeSource#1: a negative emptyDir size', pod('      emptyDir: {sizeLimit: -1Gi}\n'), [
      ['-1Gi', `${V}emptyDir.sizeLimit must not be negative: use a size such as 1Gi`],
    ]),
    at('validateNFSVolumeSource#3: a relative NFS path', pod('      nfs: {server: nfs.local, path: exports/data}\n'), [
      ['exports/data', `${V}nfs.path "exports/data" must be an absolute path on the NFS server: write "/exports/data"`],
    ]),
    at(
      'validateISCSIVolumeSource#3, validateISCSIVolumeSource#7, validateISCSIVolumeSource#8: not an iSCSI name, a LUN out of range, CHAP without a secret',
      pod('      iscsi: {targetPortal: "10.0.0.1:3260", iqn: "com.example:storage", lun: 256, chapAuthSession: true}\n'),
      [
        [
          '"com.example:storage"',
          `${V}iscsi.iqn "com.example:storage" is not an iSCSI name: it must start with iqn, eui or naa (e.g. iqn.2001-04.com.example:storage)`,
        ],
        ['256', `${V}iscsi.lun must be from 0 to 255, not 256`],
        ['chapAuthSession', `${V}iscsi uses CHAP authentication, so it needs a secretRef naming the Secret with the CHAP credentials`],
      ],
    ),
    at(
      'validateISCSIVolumeSource#4, validateISCSIVolumeSource#5, validateISCSIVolumeSource#6, validateISCSIVolumeSource#9, validateISCSIVolumeSource#10, validateISCSIVolumeSource#11, validateISCSIVolumeSource#12: iqn, eui and naa formats',
      pod('      iscsi: {targetPortal: "10.0.0.1:3260", iqn: "iqn.2001.com.example", lun: 0, initiatorName: "iqn.bad"}\n') +
        '---\n' +
        pod('      iscsi: {targetPortal: "10.0.0.1:3260", iqn: "eui.02004567A425678", lun: 0, initiatorName: "eui.1"}\n') +
        '---\n' +
        pod('      iscsi: {targetPortal: "10.0.0.1:3260", iqn: "naa.1234", lun: 0, initiatorName: "naa.x"}\n') +
        '---\n' +
        pod('      iscsi: {targetPortal: "10.0.0.1:3260", iqn: "iqn.2001-04.com.example:storage", lun: 0, initiatorName: "x"}\n'),
      [
        [
          '"iqn.2001.com.example"',
          `${V}iscsi.iqn "iqn.2001.com.example" is not a valid iSCSI name: use iqn.YYYY-MM.reverse.domain:name, eui. and 16 hex digits, or naa. and 32 hex digits`,
        ],
        [
          '"iqn.bad"',
          `${V}iscsi.initiatorName "iqn.bad" is not a valid iSCSI name: use iqn.YYYY-MM.reverse.domain:name, eui. and 16 hex digits, or naa. and 32 hex digits`,
        ],
        [
          '"eui.02004567A425678"',
          `${V}iscsi.iqn "eui.02004567A425678" is not a valid iSCSI name: use iqn.YYYY-MM.reverse.domain:name, eui. and 16 hex digits, or naa. and 32 hex digits`,
        ],
        [
          '"eui.1"',
          `${V}iscsi.initiatorName "eui.1" is not a valid iSCSI name: use iqn.YYYY-MM.reverse.domain:name, eui. and 16 hex digits, or naa. and 32 hex digits`,
        ],
        [
          '"naa.1234"',
          `${V}iscsi.iqn "naa.1234" is not a valid iSCSI name: use iqn.YYYY-MM.reverse.domain:name, eui. and 16 hex digits, or naa. and 32 hex digits`,
        ],
        [
          '"naa.x"',
          `${V}iscsi.initiatorName "naa.x" is not a valid iSCSI name: use iqn.YYYY-MM.reverse.domain:name, eui. and 16 hex digits, or naa. and 32 hex digits`,
        ],
        [
          '"x"',
          `${V}iscsi.initiatorName "x" is not an iSCSI name: it must start with iqn, eui or naa (e.g. iqn.2001-04.com.example:storage)`,
        ],
      ],
    ),
    at(
      'validateVolumeSource#9 and validateISCSIPersistentVolumeSource#2: with an initiator name, name and portal fit in 64 characters',
      pod(
        `      iscsi: {targetPortal: "${'p'.repeat(63)}", iqn: "iqn.2001-04.com.example:storage", lun: 0, initiatorName: "iqn.2001-04.com.example:node"}\n`,
      ) +
        '---\n' +
        pv(
          `  iscsi: {targetPortal: "${'p'.repeat(62)}", iqn: "iqn.2001-04.com.example:storage", lun: 0, initiatorName: "iqn.2001-04.com.example:node"}\n`,
        ),
      [
        [
          `"${'p'.repeat(63)}"`,
          `${V}with an initiatorName, the volume name and targetPortal together ("v:${'p'.repeat(63)}") must be at most 64 characters, not 65`,
        ],
        [
          `"${'p'.repeat(62)}"`,
          `with an initiatorName, the PersistentVolume name and targetPortal together ("pv:${'p'.repeat(62)}") must be at most 64 characters, not 65`,
        ],
      ],
    ),
    at(
      "validateISCSIPersistentVolumeSource#4, validateISCSIPersistentVolumeSource#5, validateISCSIPersistentVolumeSource#6, validateISCSIPersistentVolumeSource#7, validateISCSIPersistentVolumeSource#8, validateISCSIPersistentVolumeSource#9, validateISCSIPersistentVolumeSource#11, validateISCSIPersistentVolumeSource#12, validateISCSIPersistentVolumeSource#13, validateISCSIPersistentVolumeSource#14: a PersistentVolume's iSCSI fields",
      pv('  iscsi: {targetPortal: "10.0.0.1:3260", iqn: "x", lun: -1, chapAuthDiscovery: true, initiatorName: "y"}\n') +
        '---\n' +
        pv('  iscsi: {targetPortal: "10.0.0.1:3260", iqn: "iqn.x", lun: 0, initiatorName: "iqn.y"}\n') +
        '---\n' +
        pv('  iscsi: {targetPortal: "10.0.0.1:3260", iqn: "eui.x", lun: 0, initiatorName: "eui.y"}\n') +
        '---\n' +
        pv('  iscsi: {targetPortal: "10.0.0.1:3260", iqn: "naa.x", lun: 0, initiatorName: "naa.y"}\n'),
      [
        ['"x"', 'spec.iscsi.iqn "x" is not an iSCSI name: it must start with iqn, eui or naa (e.g. iqn.2001-04.com.example:storage)'],
        ['-1', 'spec.iscsi.lun must be from 0 to 255, not -1'],
        ['chapAuthDiscovery', 'spec.iscsi uses CHAP authentication, so it needs a secretRef naming the Secret with the CHAP credentials'],
        [
          '"y"',
          'spec.iscsi.initiatorName "y" is not an iSCSI name: it must start with iqn, eui or naa (e.g. iqn.2001-04.com.example:storage)',
        ],
        ...['iqn', 'eui', 'naa'].flatMap((p): [string, string][] => [
          [
            `"${p}.x"`,
            `spec.iscsi.iqn "${p}.x" is not a valid iSCSI name: use iqn.YYYY-MM.reverse.domain:name, eui. and 16 hex digits, or naa. and 32 hex digits`,
          ],
          [
            `"${p}.y"`,
            `spec.iscsi.initiatorName "${p}.y" is not a valid iSCSI name: use iqn.YYYY-MM.reverse.domain:name, eui. and 16 hex digits, or naa. and 32 hex digits`,
          ],
        ]),
      ],
    ),
    at(
      'validateFCVolumeSource#1, validateFCVolumeSource#2, validateFCVolumeSource#3, validateFCVolumeSource#4: Fibre Channel targets and LUN',
      pod('      fc: {fsType: ext4}\n') +
        '---\n' +
        pod('      fc: {targetWWNs: [500a0982991b8dc5], wwids: [x], lun: 1}\n') +
        '---\n' +
        pod('      fc: {targetWWNs: [500a0982991b8dc5]}\n') +
        '---\n' +
        pv('  fc: {wwids: [x], lun: 300}\n'),
      [
        ['fc', `${V}fc needs either targetWWNs (with a lun) or wwids`],
        ['wwids', `${V}fc sets both targetWWNs and wwids: use one of them`],
        ['targetWWNs', `${V}fc.lun is required with targetWWNs: add "lun:" (0 to 255)`, 1],
        ['300', 'spec.fc.lun must be from 0 to 255, not 300'],
      ],
    ),
    at(
      'validateGCEPersistentDiskVolumeSource#2 and validateAWSElasticBlockStoreVolumeSource#2: partitions',
      pod('      gcePersistentDisk: {pdName: d, partition: 256}\n') +
        '---\n' +
        pod('      awsElasticBlockStore: {volumeID: v, partition: -1}\n'),
      [
        ['256', `${V}gcePersistentDisk.partition must be from 0 to 255, not 256`],
        ['-1', `${V}awsElasticBlockStore.partition must be from 0 to 255, not -1`],
      ],
    ),
    at(
      'validateQuobyteVolumeSource#2 and validateQuobyteVolumeSource#3: tenant length, registry pairs',
      pod(`      quobyte: {registry: "reg:7861,reg2", volume: v, tenant: ${'t'.repeat(65)}}\n`),
      [
        [
          '"reg:7861,reg2"',
          `${V}quobyte.registry "reg:7861,reg2" must be host:port pairs separated by commas, e.g. registry.example.com:7861`,
        ],
        ['t'.repeat(65), `${V}quobyte.tenant is 65 characters long: a Quobyte tenant (a UUID) is at most 64`],
      ],
    ),
    at(
      'validateGlusterfsPersistentVolumeSource#3 and validateGlusterfsPersistentVolumeSource#4: endpointsNamespace',
      pv('  glusterfs: {endpoints: gl, path: vol, endpointsNamespace: ""}\n') +
        '---\n' +
        pv('  glusterfs: {endpoints: gl, path: vol, endpointsNamespace: Storage}\n'),
      [
        ['""', "spec.glusterfs.endpointsNamespace must not be empty: leave it out to use the claim's namespace"],
        [
          'Storage',
          'spec.glusterfs.endpointsNamespace "Storage" is not a valid namespace name: lowercase letters, digits and "-", at most 63 characters',
        ],
      ],
    ),
    at(
      'validateFlockerVolumeSource#1, validateFlockerVolumeSource#2, validateFlockerVolumeSource#3',
      pod('      flocker: {}\n') + '---\n' + pod('      flocker: {datasetName: a/b, datasetUUID: u}\n'),
      [
        ['flocker', `${V}flocker needs one of datasetName and datasetUUID`],
        ['datasetUUID', `${V}flocker sets both datasetName and datasetUUID: use one of them`],
        ['a/b', `${V}flocker.datasetName "a/b" must not contain "/"`],
      ],
    ),
    at(
      'validateDownwardAPIVolumeFile#1, validateDownwardAPIVolumeFile#2, validateDownwardAPIVolumeFile#3: a downward API file shows one field',
      pod(
        '      downwardAPI:\n        items:\n          - {path: a, fieldRef: {fieldPath: metadata.name}, resourceFieldRef: {containerName: app, resource: limits.cpu}}\n          - {path: b}\n          - {path: "", fieldRef: {fieldPath: metadata.name}}\n',
      ),
      [
        ['resourceFieldRef', `${V}downwardAPI.items[0] sets both fieldRef and resourceFieldRef: a file shows one of them`],
        ['path', `${V}downwardAPI.items[1] needs a fieldRef (e.g. metadata.labels) or a resourceFieldRef (e.g. limits.memory)`, 1],
        ['""', `${V}downwardAPI.items[2].path must not be empty`],
      ],
    ),
    at(
      'validateProjectionSources#1, validateProjectionSources#2, validateProjectionSources#3, validateProjectionSources#4, validateProjectionSources#5, validateProjectionSources#6, validateProjectionSources#7, validateProjectionSources#8, validateProjectionSources#25: projected volumes',
      pod(
        '      projected:\n        sources:\n          - secret: {items: [{key: a, path: conf}]}\n            configMap: {name: c, items: [{key: b, path: conf}]}\n          - configMap: {name: ""}\n          - downwardAPI: {items: [{path: conf, fieldRef: {fieldPath: metadata.name}}]}\n          - serviceAccountToken: {path: "", expirationSeconds: 599}\n          - serviceAccountToken: {path: t, expirationSeconds: 4294967297}\n',
      ),
      [
        ['secret', `${V}projected.sources[0].secret.name is required: name the Secret to project`],
        [
          'configMap',
          `${V}projected.sources[0] already projects "secret": each entry of sources projects one thing, so "configMap" needs its own "- configMap:" entry`,
        ],
        ['path: «conf»}', 'path "conf" is already used by another source of this projected volume: each file needs its own path', 1],
        ['""', `${V}projected.sources[1].configMap.name is required: name the ConfigMap to project`],
        ['path: «conf»,', 'path "conf" is already used by another source of this projected volume: each file needs its own path'],
        ['599', `${V}projected.sources[3].serviceAccountToken.expirationSeconds must be at least 600 (10 minutes), not 599`],
        ['""', `${V}projected.sources[3].serviceAccountToken.path must not be empty`, 1],
        ['4294967297', `${V}projected.sources[4].serviceAccountToken.expirationSeconds must be at most 2^32 (4294967296), not 4294967297`],
      ],
    ),
    at(
      'validateFlexVolumeSource#2 and validateFlexPersistentVolumeSource#2: reserved option keys',
      pod('      flexVolume: {driver: example/lvm, options: {kubernetes.io/fsType: ext4, size: 1G}}\n') +
        '---\n' +
        pv('  flexVolume: {driver: example/lvm, options: {volume.k8s.io/x: y}}\n'),
      [
        [
          'kubernetes.io/fsType',
          `${V}flexVolume.options key "kubernetes.io/fsType" uses a reserved prefix (kubernetes.io, k8s.io): Kubernetes sets those options itself`,
        ],
        [
          'volume.k8s.io/x',
          'spec.flexVolume.options key "volume.k8s.io/x" uses a reserved prefix (kubernetes.io, k8s.io): Kubernetes sets those options itself',
        ],
      ],
    ),
    at(
      'validateAzureDisk#5 and validateAzureDisk#6: the disk URI matches the kind (Shared by default)',
      pod('      azureDisk: {diskName: d, kind: Managed, diskURI: https://x/d.vhd}\n') +
        '---\n' +
        pod('      azureDisk: {diskName: d, diskURI: /subscriptions/x}\n'),
      [
        ['https://x/d.vhd', `${V}azureDisk.diskURI of a Managed disk must be its resource ID, starting with /subscriptions/`],
        [
          '/subscriptions/x',
          `${V}azureDisk.diskURI of a Shared (blob) disk must be a URL starting with https:// (kind defaults to Shared; set kind: Managed for a managed disk)`,
        ],
      ],
    ),
    at(
      'validateAzureFilePV#3 and validateEphemeralVolumeSource#1: an empty secret namespace, an ephemeral volume without a template',
      pv('  azureFile: {secretName: s, shareName: share, secretNamespace: ""}\n') + '---\n' + pod('      ephemeral: {}\n'),
      [
        ['""', "spec.azureFile.secretNamespace must not be empty: leave it out to use the claim's namespace"],
        ['ephemeral', `${V}ephemeral.volumeClaimTemplate is required: add "volumeClaimTemplate:" with a value`],
      ],
    ),
    at(
      'ValidateCSIDriverName#2, ValidateCSIDriverName#3, validateCSIVolumeSource#2: CSI driver and secret names',
      pod(`      csi: {driver: ${'a'.repeat(60)}.com}\n`) +
        '---\n' +
        pod('      csi: {driver: ebs_csi, nodePublishSecretRef: {name: My_Secret}}\n') +
        '---\n' +
        pv('  csi: {driver: -bad-, volumeHandle: h}\n'),
      [
        [`${'a'.repeat(60)}.com`, `${V}csi.driver "${'a'.repeat(60)}.com" is 64 characters long: a CSI driver name is at most 63`],
        ['ebs_csi', `${V}csi.driver "ebs_csi" is not a valid CSI driver name: use a DNS subdomain such as ebs.csi.aws.com`],
        [
          'My_Secret',
          `${V}csi.nodePublishSecretRef.name "My_Secret" is not a valid Secret name: lowercase letters, digits, "-" and ".", at most 253 characters`,
        ],
        ['-bad-', 'spec.csi.driver "-bad-" is not a valid CSI driver name: use a DNS subdomain such as ebs.csi.aws.com'],
      ],
    ),
  ];
}
