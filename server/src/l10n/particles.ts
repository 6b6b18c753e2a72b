/**
 * Korean particles after a filled-in placeholder: the bundle writes the neutral forms 이(가),
 * 은(는), 을(를), 과(와), (으)로 (and (이)어야), because the word before them is only known at run time. Once it is
 * known, the right form follows from its last syllable: a final consonant (받침) takes 이/은/을/과/으로
 * (ㄹ takes 로). That is exact for Hangul and for digits read as Sino-Korean numbers (0 영/십/백/천/만,
 * 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in a consonant; 2, 4, 5, 9 do not), and for a bare kind name read as
 * the Korean documentation writes it (Secret 시크릿이, Deployment 디플로이먼트는). Any other word in
 * Latin letters or a symbol keeps the neutral form: its reading is not certain.
 */
const FORMS: Record<string, [consonant: string, vowel: string]> = {
  '이(가)': ['이', '가'],
  '은(는)': ['은', '는'],
  '을(를)': ['을', '를'],
  '과(와)': ['과', '와'],
  '(으)로': ['으로', '로'],
  // the bundle's own marker for the copula: 문자열이어야 / 리스트여야 (이어야 when not certain)
  '(이)어야': ['이어야', '여야'],
};
const NEUTRAL = /(이\(가\)|은\(는\)|을\(를\)|과\(와\)|\(으\)로|\(이\)어야)/g;
// Closing quotes and brackets are skipped: `"파드"이(가)` reads the word inside.
const CLOSERS = new Set(['"', "'", '`', ')', ']', '*', '”', '’']);

type Final = 'none' | 'rieul' | 'other';

/**
 * Kinds stay in English in messages but have one reading, the Korean documentation's (디플로이먼트,
 * 시크릿, 컨피그맵 …): the final sound of that reading. A kind not listed keeps the neutral form.
 */
const KIND_FINAL: Record<string, Final> = {
  Pod: 'none',
  Deployment: 'none',
  ReplicaSet: 'other',
  StatefulSet: 'other',
  DaemonSet: 'other',
  Job: 'other',
  CronJob: 'other',
  ReplicationController: 'none',
  Service: 'none',
  Endpoints: 'none',
  EndpointSlice: 'none',
  Ingress: 'none',
  IngressClass: 'none',
  NetworkPolicy: 'none',
  ConfigMap: 'other',
  Secret: 'other',
  PersistentVolume: 'other',
  PersistentVolumeClaim: 'other',
  StorageClass: 'none',
  VolumeAttributesClass: 'none',
  Namespace: 'none',
  Node: 'none',
  ServiceAccount: 'none',
  Role: 'rieul',
  ClusterRole: 'rieul',
  RoleBinding: 'other',
  ClusterRoleBinding: 'other',
  HorizontalPodAutoscaler: 'none',
  PodDisruptionBudget: 'other',
  LimitRange: 'none',
  ResourceQuota: 'none',
  PriorityClass: 'none',
  CustomResourceDefinition: 'other',
  Gateway: 'none',
  GatewayClass: 'none',
  HTTPRoute: 'none',
  GRPCRoute: 'none',
  Certificate: 'none',
  Issuer: 'none',
  ClusterIssuer: 'none',
  ServiceMonitor: 'none',
  PodMonitor: 'none',
};

/** The final sound of the word that ends at `end` (exclusive), or undefined when not certain. */
function finalSound(text: string, end: number): Final | undefined {
  let i = end - 1;
  while (i >= 0 && CLOSERS.has(text[i])) i--;
  if (i < 0) return undefined;
  const c = text.charCodeAt(i);
  if (c >= 0xac00 && c <= 0xd7a3) {
    const jong = (c - 0xac00) % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
  }
  const ch = text[i];
  if (ch >= '0' && ch <= '9') return '2459'.includes(ch) ? 'none' : '178'.includes(ch) ? 'rieul' : 'other';
  if (ch === '%') return 'none'; // 퍼센트
  // a kind written bare (not quoted): "이 Deployment은(는)" reads 디플로이먼트는
  if (i === end - 1) {
    const word = /[A-Za-z]+$/.exec(text.slice(0, end))?.[0];
    if (word && Object.hasOwn(KIND_FINAL, word) && !/[\w./-]$/.test(text.slice(0, end - word.length))) return KIND_FINAL[word];
  }
  return undefined;
}

export function resolveParticles(text: string): string {
  return text.replace(NEUTRAL, (form: string, _m: string, at: number) => {
    const sound = finalSound(text, at);
    if (!sound) return form === '(이)어야' ? '이어야' : form;
    const [consonant, vowel] = FORMS[form];
    if (form === '(으)로') return sound === 'other' ? consonant : vowel;
    return sound === 'none' ? vowel : consonant;
  });
}
