// The in-editor scenarios, as a table. Add a row to add a check.
//
//   { kind: 'diagnostics', file }                      expected diagnostics come from fixtures/expectations.json
//   { kind: 'hover', file, at: [lineText, token], expect: /re/, requires: 'hover' }
//   { kind: 'codeAction', file, line, title: /re/, expectLine, requires: 'codeAction' }
//        applies the quick fix titled /re/ offered for the diagnostic on `line` (1-based) of a
//        scratch copy of `file`, then checks the line's new text and that the diagnostic is gone.
//        `expectNoErrors: true` also requires the fixed file to have no error left.
//   { kind: 'fixAll', file, requires: 'codeAction' }
//        runs "k8sense: Fix All Problems in File" on a scratch copy of `file`; no diagnostic may remain.
//   { kind: 'graph', file, expectTitle }
//        runs k8sense.showGraph with `file` in the active editor; a webview tab titled
//        `expectTitle` must open beside it, and the editor must keep the focus.
//   { kind: 'completion', content, expectLabels, requires: 'completion' }
//        content: a YAML document with a single `|` marking the cursor; it is written to a
//        scratch file (outside the fixtures) and opened there.
//
//   Navigation (fixtures/nav/: a Deployment whose claim, ConfigMap and Service are in other files):
//   { kind: 'definition', file, at, expectFile, expectAt: [line, column] }   F12 (editor.action.revealDefinition)
//   { kind: 'references', file, at, expect: ['file:line:col', ...] }            the reference provider's list
//   { kind: 'rename', file, at, newName, expectLines: [[file, line, text]] }    rename, check every file, rename back
//   { kind: 'outline', file, expect: ['Kind name', '  child', ...] }            the document symbols, as a tree
//   { kind: 'codeLens', file, expect: ['title', ...] }                          resolved lens titles
//   { kind: 'format', file, expectText }                                        Format Document on a scratch copy
//
// `requires` names a server capability (hover, completion, codeAction, read from the server's
// initialize result by the harness). A case whose capability is not announced yet is reported
// as pending (SKIP) with its reason, and turns into a real check by itself once the server
// announces it. E2E_STRICT=1 makes pending cases fail instead.

module.exports = [
  { kind: 'diagnostics', name: 'diagnostics on bad-pod.yaml', file: 'bad-pod.yaml' },
  { kind: 'diagnostics', name: 'schema diagnostics on bad-deployment.yaml', file: 'bad-deployment.yaml' },
  { kind: 'diagnostics', name: 'no diagnostics on good.yaml (PV + PVC + Pod)', file: 'good.yaml' },
  { kind: 'diagnostics', name: 'no diagnostics on cronjob.yaml', file: 'cronjob.yaml' },
  { kind: 'diagnostics', name: 'no diagnostics on shop.yaml (Ingress, Service, Deployment, storage)', file: 'shop.yaml' },
  { kind: 'diagnostics', name: 'no diagnostics on docker-compose.yml (not Kubernetes)', file: 'docker-compose.yml' },

  {
    kind: 'codeAction',
    name: 'quick fix: insert the missing space after "image:"',
    file: 'bad-pod.yaml',
    line: 11,
    title: /^Insert a space after "image:"$/,
    expectLine: '      image: nginx:1.27',
    requires: 'codeAction',
  },
  {
    kind: 'codeAction',
    name: 'quick fix: replace the tab with spaces',
    file: 'bad-pod.yaml',
    line: 13,
    title: /^Replace tabs with 8 spaces$/,
    expectLine: '        - containerPort: 80',
    requires: 'codeAction',
  },
  {
    kind: 'codeAction',
    name: 'quick fix: the tab becomes the indentation the list needs, and the file has no error',
    file: 'tab-ports.yaml',
    line: 11,
    title: /^Replace tabs with 8 spaces$/,
    expectLine: '        - containerPort: 80',
    expectNoErrors: true,
    requires: 'codeAction',
  },
  {
    kind: 'fixAll',
    name: 'Fix All Problems in File leaves none of five classic mistakes',
    file: 'five-mistakes.yaml',
    requires: 'codeAction',
  },
  {
    kind: 'codeAction',
    name: 'quick fix: re-indent "cpu"',
    file: 'bad-pod.yaml',
    line: 17,
    title: /^Indent "cpu" 10 spaces$/,
    expectLine: '          cpu: 500m',
    requires: 'codeAction',
  },

  {
    kind: 'hover',
    name: 'hover on a field name (containers)',
    file: 'good.yaml',
    at: ['containers:', 'containers'],
    expect: /container/i,
    requires: 'hover',
  },
  {
    kind: 'hover',
    name: 'hover on a quantity (storage: 1Gi)',
    file: 'good.yaml',
    at: ['storage: 1Gi', '1Gi'],
    expect: /1\s*Gi|gibibyte|1073741824|quantity/i,
    requires: 'hover',
  },
  {
    kind: 'hover',
    name: 'hover on a cron schedule',
    file: 'cronjob.yaml',
    at: ['schedule:', '*/15'],
    expect: /15 minutes|minute/i,
    requires: 'hover',
  },
  {
    kind: 'completion',
    name: 'completion at a key position (container fields)',
    content: [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: completion-key',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: nginx:1.27',
      '      |',
      '',
    ].join('\n'),
    expectLabels: ['ports', 'resources', 'env'],
    requires: 'completion',
  },
  {
    kind: 'completion',
    name: 'completion at a value position (restartPolicy)',
    content: [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: completion-value',
      'spec:',
      '  restartPolicy: |',
      '  containers:',
      '    - name: app',
      '      image: nginx:1.27',
      '',
    ].join('\n'),
    expectLabels: ['Always', 'OnFailure', 'Never'],
    requires: 'completion',
  },

  { kind: 'graph', name: 'k8sense.showGraph opens the object graph beside good.yaml', file: 'good.yaml', expectTitle: 'Graph: good.yaml' },

  ...['nav/app.yaml', 'nav/storage.yaml', 'nav/config.yaml', 'nav/messy.yaml'].map((file) => ({
    kind: 'diagnostics',
    name: `no diagnostics on ${file} (navigation fixture)`,
    file,
  })),
  {
    kind: 'definition',
    name: "F12 on a claimName opens the claim's file at its name",
    file: 'nav/app.yaml',
    at: ['claimName: notes-data', 'notes-data'],
    expectFile: 'nav/storage.yaml',
    expectAt: [4, 9],
  },
  {
    kind: 'definition',
    name: 'F12 on a Service targetPort opens the container port it names',
    file: 'nav/config.yaml',
    at: ['targetPort: http', 'http'],
    expectFile: 'nav/app.yaml',
    expectAt: [21, 21],
  },
  {
    kind: 'references',
    name: 'Find All References on the ConfigMap lists its envFrom and volume in the other file',
    file: 'nav/config.yaml',
    at: ['name: notes-settings', 'notes-settings'],
    expect: ['nav/app.yaml:25:23', 'nav/app.yaml:38:19', 'nav/config.yaml:4:9'],
  },
  {
    kind: 'rename',
    name: 'rename the claim: both files change, renamed back after',
    file: 'nav/storage.yaml',
    at: ['name: notes-data', 'notes-data'],
    newName: 'notes-files',
    expectLines: [
      ['nav/storage.yaml', 4, '  name: notes-files'],
      ['nav/app.yaml', 35, '            claimName: notes-files'],
    ],
  },
  {
    kind: 'outline',
    name: 'the outline lists the objects and their parts',
    file: 'nav/config.yaml',
    expect: ['ConfigMap notes-settings', '  LOG_LEVEL', 'Service notes', '  web'],
  },
  {
    kind: 'codeLens',
    name: 'code lenses say what uses and selects the objects',
    file: 'nav/config.yaml',
    expect: ['used by Deployment notes', 'selects the pods of Deployment notes'],
  },
  {
    kind: 'format',
    name: 'Format Document reformats a messy file',
    file: 'nav/messy.yaml',
    expectText:
      '# Format Document turns this into the tidy form (the e2e suite reformats a scratch copy).\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: messy\n  namespace: nav\n  labels: { app: "messy" }\ndata:\n  enabled: "yes"\n  mode: "0400"\n',
  },
];
