import { apiKeyCorpus } from './apiKey';
import { cardCorpus } from './card';
import { emailCorpus } from './email';
import { hardCasesCorpus } from './hardCases';
import { ibanCorpus } from './iban';
import { ipv4Corpus } from './ipv4';
import { ipv6Corpus } from './ipv6';
import { jwtCorpus } from './jwt';
import { nipCorpus } from './nip';
import { noPersonalDataCorpus } from './noPersonalData';
import { peselCorpus } from './pesel';
import { phoneCorpus } from './phone';
import type { CorpusEntry } from './types';

export type { CorpusEntry } from './types';

/**
 * Polish and English strings as they appear in prompts: true values of every kind in the formats people write
 * them, and look-alikes (wrong check digits, order and tracking numbers, dates, prices, versions, product codes).
 */
export const labelledCorpus: CorpusEntry[] = [
  ...emailCorpus,
  ...phoneCorpus,
  ...peselCorpus,
  ...nipCorpus,
  ...ibanCorpus,
  ...cardCorpus,
  ...ipv4Corpus,
  ...ipv6Corpus,
  ...jwtCorpus,
  ...apiKeyCorpus,
  ...noPersonalDataCorpus,
  ...hardCasesCorpus,
];
