import type { Detector } from '../types';
import { re2TokenLead } from './boundaries';

function decodesToJsonObject(segment: string): boolean {
  try {
    const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
    const decoded: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
    return typeof decoded === 'object' && decoded !== null;
  } catch {
    return false;
  }
}

export const jwtDetector: Detector = {
  name: 'jwt',
  pattern: /(?<![\w-])eyJ[\w-]+\.eyJ[\w-]+\.[\w-]*/g,
  re2: `${re2TokenLead('0-9A-Za-z_\\-')}(eyJ[0-9A-Za-z_\\-]+\\.eyJ[0-9A-Za-z_\\-]+\\.[0-9A-Za-z_\\-]*)`,
  validate: (value) => decodesToJsonObject(value.split('.')[0]),
  hint: /eyJ/,
  builtIn: true,
};

/**
 * Keys with a documented prefix: OpenAI and Anthropic (`sk-`), GitHub, AWS access key ids, Google, Slack,
 * Stripe, GitLab, Hugging Face, Grafana service accounts and Cloud, npm, SendGrid.
 */
const PREFIXED_KEYS = [
  String.raw`sk-(?:proj-|ant-(?:api\d\d-)?|svcacct-)?[0-9A-Za-z_\-]{20,}`,
  String.raw`gh[pousr]_[0-9A-Za-z]{36,}`,
  String.raw`github_pat_[0-9A-Za-z_]{22,}`,
  String.raw`(?:AKIA|ASIA)[0-9A-Z]{16}`,
  String.raw`AIza[0-9A-Za-z_\-]{35}`,
  String.raw`xox[abprs]-[0-9A-Za-z\-]{10,}`,
  String.raw`(?:sk|rk|pk)_(?:live|test)_[0-9A-Za-z]{16,}`,
  String.raw`glpat-[0-9A-Za-z_\-]{20,}`,
  String.raw`hf_[0-9A-Za-z]{30,}`,
  String.raw`glsa_[0-9A-Za-z]{32}_[0-9a-f]{8}`,
  String.raw`glc_[0-9A-Za-z+/=_\-]{32,}`,
  String.raw`npm_[0-9A-Za-z]{36}`,
  String.raw`SG\.[0-9A-Za-z_\-]{22}\.[0-9A-Za-z_\-]{43}`,
].join('|');
/** The credential after `Bearer` (the word itself stays readable). */
const BEARER_TOKEN = String.raw`[0-9A-Za-z._~+/\-]{16,}=*`;

export const apiKeyDetector: Detector = {
  name: 'apiKey',
  pattern: new RegExp(
    String.raw`(?<![\w-])(?:${PREFIXED_KEYS})(?![\w-])|(?<=\b[Bb]earer\s+|\bBEARER\s+)${BEARER_TOKEN}`,
    'g'
  ),
  re2:
    `${re2TokenLead('0-9A-Za-z_\\-')}(${PREFIXED_KEYS})` +
    String.raw`|(?i:bearer)(?:\s|\\[nrt])+(` +
    BEARER_TOKEN +
    ')',
  hint: /sk-|gh[pousr]_|github_pat_|AKIA|ASIA|AIza|xox|_live_|_test_|glpat-|hf_|glsa_|glc_|npm_|SG\.|bearer/i,
  // Real keys are random and hold digits; prose such as `sk-learn-pipeline-for-beginners` does not.
  validate: (value) => /\d/.test(value),
  builtIn: true,
};
