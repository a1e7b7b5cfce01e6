import type { CorpusEntry } from './types';

export const ibanCorpus: CorpusEntry[] = [
  {
    text: 'Przelej na konto PL61 1090 1014 0000 0712 1981 2874',
    pii: [{ kind: 'iban', value: 'PL61 1090 1014 0000 0712 1981 2874' }],
  },
  { text: 'IBAN: PL35102070919613613342720517', pii: [{ kind: 'iban', value: 'PL35102070919613613342720517' }] },
  {
    text: 'Please pay to PL49 1140 8292 3279 1687 1277 2352 by Friday',
    pii: [{ kind: 'iban', value: 'PL49 1140 8292 3279 1687 1277 2352' }],
  },
  {
    text: 'Numer rachunku DE89370400440532013000, tytuł: catering',
    pii: [{ kind: 'iban', value: 'DE89370400440532013000' }],
  },
  { text: 'Konto bankowe GB29 NWBK 6016 1331 9268 19.', pii: [{ kind: 'iban', value: 'GB29 NWBK 6016 1331 9268 19' }] },
  {
    text: 'Przelej na konto FR1420041010050500013M02606',
    pii: [{ kind: 'iban', value: 'FR1420041010050500013M02606' }],
  },
  { text: 'IBAN: ES27 2100 9687 7599 6818 9553', pii: [{ kind: 'iban', value: 'ES27 2100 9687 7599 6818 9553' }] },
  {
    text: 'Please pay to IT60X0542811101000000123456 by Friday',
    pii: [{ kind: 'iban', value: 'IT60X0542811101000000123456' }],
  },
  {
    text: 'Numer rachunku NL67 ABNA 0910 9216 01, tytuł: catering',
    pii: [{ kind: 'iban', value: 'NL67 ABNA 0910 9216 01' }],
  },
  { text: 'Konto bankowe CZ7592207474813854256593.', pii: [{ kind: 'iban', value: 'CZ7592207474813854256593' }] },
  {
    text: 'Przelej na konto UA15 3223 1366 4589 2546 4113 7302 1',
    pii: [{ kind: 'iban', value: 'UA15 3223 1366 4589 2546 4113 7302 1' }],
  },
  { text: 'IBAN: NO1589255686804', pii: [{ kind: 'iban', value: 'NO1589255686804' }] },
  {
    text: 'Please pay to CH92 0076 4205 1525 7633 8 by Friday',
    pii: [{ kind: 'iban', value: 'CH92 0076 4205 1525 7633 8' }],
  },
  {
    text: 'Numer rachunku LT490419229555372397, tytuł: catering',
    pii: [{ kind: 'iban', value: 'LT490419229555372397' }],
  },
  {
    text: 'Konto bankowe PL95 2490 5311 4320 9493 0982 0337.',
    pii: [{ kind: 'iban', value: 'PL95 2490 5311 4320 9493 0982 0337' }],
  },
  {
    text: 'Nr konta: 90 1050 7637 6012 8160 2473 3105',
    pii: [{ kind: 'iban', value: '90 1050 7637 6012 8160 2473 3105' }],
  },
  {
    text: 'Wpłać na rachunek 38105032922593546652532710 do piątku',
    pii: [{ kind: 'iban', value: '38105032922593546652532710' }],
  },
  {
    text: 'konto 72 1050 0974 4063 2348 3780 3188',
    pii: [{ kind: 'iban', value: '72 1050 0974 4063 2348 3780 3188' }],
  },
  { text: 'Nr konta: 46105090789923202394510040', pii: [{ kind: 'iban', value: '46105090789923202394510040' }] },
  {
    text: 'Wpłać na rachunek 88 1050 8991 7862 2080 8334 9277 do piątku',
    pii: [{ kind: 'iban', value: '88 1050 8991 7862 2080 8334 9277' }],
  },
  { text: 'Konto PL62 1090 1014 0000 0712 1981 2874 (stary numer z błędem)', pii: [] },
  { text: 'IBAN PL36102070919613613342720517', pii: [] },
  { text: 'Konto PL50 1140 8292 3279 1687 1277 2352 (stary numer z błędem)', pii: [] },
  { text: 'IBAN DE90370400440532013000', pii: [] },
  { text: 'Konto GB30 NWBK 6016 1331 9268 19 (stary numer z błędem)', pii: [] },
  { text: 'IBAN FR1520041010050500013M02606', pii: [] },
  { text: 'Konto ES28 2100 9687 7599 6818 9553 (stary numer z błędem)', pii: [] },
  { text: 'IBAN IT61X0542811101000000123456', pii: [] },
  { text: 'Konto NL68 ABNA 0910 9216 01 (stary numer z błędem)', pii: [] },
  { text: 'IBAN CZ7692207474813854256593', pii: [] },
  { text: 'Numer seryjny AB12 3456 7890 1234', pii: [] },
  { text: 'Kod rabatowy PL2026ZIMA', pii: [] },
  { text: 'Partia PL12 ABCD EFGH IJKL MNOP', pii: [] },
  { text: '12 3456 7890 1234 5678 9012 3456 to nie jest konto z poprawną sumą', pii: [] },
  { text: 'Plik DE_2026_11_30.csv', pii: [] },
];
