import type { Detector } from '../types';
import { re2TokenLead } from './boundaries';

const OCTET = String.raw`(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])`;
const IPV4 = String.raw`${OCTET}(?:\.${OCTET}){3}`;

/** `v1.2.3.4`, `wersja 1.2.3.4`, `punkt 3.2.1.4`: a version or an outline number, not an address. */
const VERSION_BEFORE =
  /(?:\bv|\bver\.?|version|wersj[aięą]|release|build|firmware|punkt\w*|pkt\.?|section|rozdzia\w*|§|ust\.?|oid)\s*$/iu;

export const ipv4Detector: Detector = {
  name: 'ipv4',
  pattern: new RegExp(String.raw`(?<![\w.]|\d\.)${IPV4}(?![\w]|\.\d)`, 'g'),
  re2: String.raw`(?:^|[^0-9A-Za-z.]|\\[nrt])(${IPV4})(?:[^0-9.]|\.[^0-9]|\.?$)`,
  validate: (_value, { text, start }) => !VERSION_BEFORE.test(text.slice(Math.max(0, start - 16), start)),
  hint: /\d\.\d/,
  builtIn: true,
};

const HEX = '[0-9A-Fa-f]{1,4}';
/** The forms of RFC 4291 and 5952: full, compressed with `::`, and with an embedded IPv4 address. */
const IPV6_FORMS = [
  `(?:(?:${HEX})?:){2,7}${IPV4}`,
  `(?:${HEX}:){7}${HEX}`,
  `(?:${HEX}:){1,7}:`,
  `(?:${HEX}:){1,6}:${HEX}`,
  `(?:${HEX}:){1,5}(?::${HEX}){1,2}`,
  `(?:${HEX}:){1,4}(?::${HEX}){1,3}`,
  `(?:${HEX}:){1,3}(?::${HEX}){1,4}`,
  `(?:${HEX}:){1,2}(?::${HEX}){1,5}`,
  `${HEX}:(?::${HEX}){1,6}`,
  `:(?::${HEX}){1,7}`,
].join('|');
const ZONE = '(?:%[0-9A-Za-z._-]+)?';

/** Counts the groups so that a `::` never stands for nothing and a full address has exactly eight. */
function isIpv6(value: string): boolean {
  const address = value.replace(/%.*$/, '');
  const embedsIpv4 = /\d+\.\d+\.\d+\.\d+$/.test(address);
  const halves = address.split('::');
  if (halves.length > 2) {
    return false;
  }
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  const groupCount = groups.length + (embedsIpv4 ? 1 : 0);
  return halves.length === 2 ? groupCount <= 7 : groupCount === 8;
}

export const ipv6Detector: Detector = {
  name: 'ipv6',
  pattern: new RegExp(`(?<![\\w:.])(?:${IPV6_FORMS})${ZONE}(?![\\w:]|\\.\\d)`, 'g'),
  re2: `${re2TokenLead('0-9A-Za-z:.')}((?:${IPV6_FORMS})${ZONE})(?:[^0-9A-Za-z:.]|\\.[^0-9]|\\.?$)`,
  validate: isIpv6,
  hint: /[0-9A-Fa-f]:|::/,
  builtIn: true,
};
