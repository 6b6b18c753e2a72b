import { rule } from '../../server/src/rules/imageTag';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  noBoundary: 'a tag is present or not (latest or none); there is no limit to be just inside',
  valid: [
    yaml`
    apiVersion: v1
    kind: Pod
    spec:
      containers:
        - {name: a, image: nginx:1.27}
        - {name: b, image: "localhost:5000/team/app:2.0"}
        - {name: c, image: "busybox@sha256:4b6ad3a68d34da29bf7c8ccb5d355ba8b4babcad1f99798204e7abb43e54ee3d"}
  `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - name: web
              image: nginx
            - name: proxy
              image: registry.local:5000/proxy:latest
      `,
      errors: [
        {
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 19,
          message:
            'image "nginx" of the container "web" has no tag, so it means "nginx:latest", which changes whenever a new version is pushed: name a version, e.g. nginx:1.2.3',
        },
        {
          line: 8,
          column: 14,
          endLine: 8,
          endColumn: 46,
          message:
            'container "proxy" uses the "latest" tag, which changes whenever a new version is pushed: name a version instead, e.g. registry.local:5000/proxy:1.2.3',
        },
      ],
    },
  ],
});
