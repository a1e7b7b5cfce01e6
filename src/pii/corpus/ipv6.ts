import type { CorpusEntry } from './types';

export const ipv6Corpus: CorpusEntry[] = [
  {
    text: 'Połączenie z 2001:db8:85a3::8a2e:370:7334 odrzucone',
    pii: [{ kind: 'ipv6', value: '2001:db8:85a3::8a2e:370:7334' }],
  },
  {
    text: 'client_ip=2001:0db8:85a3:0000:0000:8a2e:0370:7334',
    pii: [{ kind: 'ipv6', value: '2001:0db8:85a3:0000:0000:8a2e:0370:7334' }],
  },
  { text: 'IPv6: ::1', pii: [{ kind: 'ipv6', value: '::1' }] },
  { text: 'Request from [fe80::1%eth0]:8080', pii: [{ kind: 'ipv6', value: 'fe80::1%eth0' }] },
  { text: 'Adres ::ffff:192.0.2.128 w logach', pii: [{ kind: 'ipv6', value: '::ffff:192.0.2.128' }] },
  {
    text: 'Połączenie z 2a02:a31a:c23f:1e00:5d2c:6bd:3f1c:9a1e odrzucone',
    pii: [{ kind: 'ipv6', value: '2a02:a31a:c23f:1e00:5d2c:6bd:3f1c:9a1e' }],
  },
  { text: 'client_ip=fd00::42', pii: [{ kind: 'ipv6', value: 'fd00::42' }] },
  { text: 'IPv6: 2001:db8::', pii: [{ kind: 'ipv6', value: '2001:db8::' }] },
  { text: 'Request from [64:ff9b::192.0.2.33]:8080', pii: [{ kind: 'ipv6', value: '64:ff9b::192.0.2.33' }] },
  { text: 'Adres 2606:4700:4700::1111 w logach', pii: [{ kind: 'ipv6', value: '2606:4700:4700::1111' }] },
  { text: 'Godzina 12:30:45', pii: [] },
  { text: 'MAC 00:1A:2B:3C:4D:5E', pii: [] },
  { text: 'Use std::vector<int> here', pii: [] },
  { text: 'Format 16:9', pii: [] },
  { text: 'Wynik meczu 2:1', pii: [] },
  { text: 'Czas 01:02:03:04', pii: [] },
  { text: 'Klucz a:b:c w konfiguracji', pii: [] },
  { text: 'Time 23:59:59.999', pii: [] },
  { text: 'Proporcje 1:2:3 (ryż:woda:sól)', pii: [] },
  { text: 'Foo::Bar::baz() wywołane', pii: [] },
];
