import type { CorpusEntry } from './types';

export const ipv4Corpus: CorpusEntry[] = [
  { text: 'Klient łączył się z 192.168.1.10', pii: [{ kind: 'ipv4', value: '192.168.1.10' }] },
  { text: 'Request from 10.0.0.1 was blocked', pii: [{ kind: 'ipv4', value: '10.0.0.1' }] },
  { text: 'Adres IP: 172.16.254.3.', pii: [{ kind: 'ipv4', value: '172.16.254.3' }] },
  { text: 'Serwer Ollama działa na 8.8.8.8:11434', pii: [{ kind: 'ipv4', value: '8.8.8.8' }] },
  { text: 'host=83.12.45.190 port=3100', pii: [{ kind: 'ipv4', value: '83.12.45.190' }] },
  { text: 'Klient łączył się z 127.0.0.1', pii: [{ kind: 'ipv4', value: '127.0.0.1' }] },
  { text: 'Request from 255.255.255.0 was blocked', pii: [{ kind: 'ipv4', value: '255.255.255.0' }] },
  { text: 'Adres IP: 91.198.174.192.', pii: [{ kind: 'ipv4', value: '91.198.174.192' }] },
  { text: 'Serwer Ollama działa na 5.173.0.1:11434', pii: [{ kind: 'ipv4', value: '5.173.0.1' }] },
  { text: 'host=212.77.98.9 port=3100', pii: [{ kind: 'ipv4', value: '212.77.98.9' }] },
  { text: 'Klient łączył się z 0.0.0.0', pii: [{ kind: 'ipv4', value: '0.0.0.0' }] },
  { text: 'Request from 100.64.12.7 was blocked', pii: [{ kind: 'ipv4', value: '100.64.12.7' }] },
  {
    text: 'Sieć 192.168.0.0/16 i brama 192.168.0.1',
    pii: [
      { kind: 'ipv4', value: '192.168.0.0' },
      { kind: 'ipv4', value: '192.168.0.1' },
    ],
  },
  { text: 'Wersja 1.2.3.4 aplikacji', pii: [] },
  { text: 'Upgrade to v10.0.0.1 tomorrow', pii: [] },
  { text: 'Adres 999.168.1.1 jest niepoprawny', pii: [] },
  { text: 'Data 2026.11.30', pii: [] },
  { text: 'Punkt 3.2.1.4 regulaminu', pii: [] },
  { text: 'Proporcje 1.5.2', pii: [] },
  { text: 'Cena 12.99 zł', pii: [] },
  { text: 'Liczba 1.234.567.890', pii: [] },
  { text: 'Wynik 256.1.1.1', pii: [] },
  { text: 'version 2.4.10.3 released', pii: [] },
  { text: 'OID 1.3.6.1.4.1.311', pii: [] },
];
