import type { CorpusEntry } from './types';

export const apiKeyCorpus: CorpusEntry[] = [
  {
    text: 'OPENAI_API_KEY=sk-proj-3omnIYrA2UqKs9YPJs1S2ci7McBmCkN7vXU6boHpj71mJgJw',
    pii: [{ kind: 'apiKey', value: 'sk-proj-3omnIYrA2UqKs9YPJs1S2ci7McBmCkN7vXU6boHpj71mJgJw' }],
  },
  {
    text: 'Mój klucz API: sk-rRjrwga4pkhED950HQoziig39x02V45piEf6CNcLx2bpqZVt',
    pii: [{ kind: 'apiKey', value: 'sk-rRjrwga4pkhED950HQoziig39x02V45piEf6CNcLx2bpqZVt' }],
  },
  {
    text: 'export TOKEN="sk-ant-api03-x28Ht3fKGVBAoOv8obVRdh7Qm9gpjK0arkdBzVmsjzBIrKNieiJGloeiwJA7"',
    pii: [{ kind: 'apiKey', value: 'sk-ant-api03-x28Ht3fKGVBAoOv8obVRdh7Qm9gpjK0arkdBzVmsjzBIrKNieiJGloeiwJA7' }],
  },
  {
    text: 'Use key ghp_3N8nPFnBoguW3t483OJ6RmFp5QTwKHzTh4c6 for the request',
    pii: [{ kind: 'apiKey', value: 'ghp_3N8nPFnBoguW3t483OJ6RmFp5QTwKHzTh4c6' }],
  },
  {
    text: 'api_key: github_pat_114DZbAiRLarBJoS9im4y3_TPcPxDCkDzVNWvJB6QQ0qAwj9u12wp',
    pii: [{ kind: 'apiKey', value: 'github_pat_114DZbAiRLarBJoS9im4y3_TPcPxDCkDzVNWvJB6QQ0qAwj9u12wp' }],
  },
  { text: 'OPENAI_API_KEY=AKIACFRYGVWTMRFCZH7G', pii: [{ kind: 'apiKey', value: 'AKIACFRYGVWTMRFCZH7G' }] },
  {
    text: 'Mój klucz API: AIzacpQrSA1bmmDg9pgYrhDTlAh4Ui2diV2aA82',
    pii: [{ kind: 'apiKey', value: 'AIzacpQrSA1bmmDg9pgYrhDTlAh4Ui2diV2aA82' }],
  },
  {
    text: 'export TOKEN="xoxb-87466529925-PKH6wYbYZ5L2cvPsx5x569Zs"',
    pii: [{ kind: 'apiKey', value: 'xoxb-87466529925-PKH6wYbYZ5L2cvPsx5x569Zs' }],
  },
  {
    text: 'Use key sk_live_H77xr3sywWMgNzJNWaEjOiKL for the request',
    pii: [{ kind: 'apiKey', value: 'sk_live_H77xr3sywWMgNzJNWaEjOiKL' }],
  },
  {
    text: 'api_key: rk_test_sKbkHzyLrUOq05udSiY6WAEG',
    pii: [{ kind: 'apiKey', value: 'rk_test_sKbkHzyLrUOq05udSiY6WAEG' }],
  },
  { text: 'OPENAI_API_KEY=glpat-LFRVyS2jmXRXr9sgSGJ2', pii: [{ kind: 'apiKey', value: 'glpat-LFRVyS2jmXRXr9sgSGJ2' }] },
  {
    text: 'Mój klucz API: hf_E5c6xyecM7fv1ocbdAffjwC2oO5Agzg5Hn',
    pii: [{ kind: 'apiKey', value: 'hf_E5c6xyecM7fv1ocbdAffjwC2oO5Agzg5Hn' }],
  },
  {
    text: 'export TOKEN="glsa_j4C5RdHI7ZvR29ScbjVeWg2AIddpYgIi_b6725061"',
    pii: [{ kind: 'apiKey', value: 'glsa_j4C5RdHI7ZvR29ScbjVeWg2AIddpYgIi_b6725061' }],
  },
  {
    text: 'Use key npm_jhQRr8W6LUQ6o6umQ4L4Nd9AuMNK2mPAwRpK for the request',
    pii: [{ kind: 'apiKey', value: 'npm_jhQRr8W6LUQ6o6umQ4L4Nd9AuMNK2mPAwRpK' }],
  },
  {
    text: 'api_key: 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',
    pii: [{ kind: 'apiKey', value: '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' }],
  },
  {
    text: 'OPENAI_API_KEY=gho_sGSudEG4v2eW1gvsT9Q9EnxW00ECBqZCKFAf',
    pii: [{ kind: 'apiKey', value: 'gho_sGSudEG4v2eW1gvsT9Q9EnxW00ECBqZCKFAf' }],
  },
  {
    text: 'Authorization: Bearer a5bbc8a2088584d27d9620d735426b34',
    pii: [{ kind: 'apiKey', value: 'a5bbc8a2088584d27d9620d735426b34' }],
  },
  {
    text: 'Authorization: Bearer 9H0h0n6JjrglthoVaXiiStAwVLO38fU4XdI0IJxB==',
    pii: [{ kind: 'apiKey', value: '9H0h0n6JjrglthoVaXiiStAwVLO38fU4XdI0IJxB==' }],
  },
  {
    text: 'Authorization: Bearer ya29.8y2QwO5FbkK8xVCwnsMScXrWovhCENI3SySXF5qAeE7Z3xXiqiiriu7p3pHJ',
    pii: [{ kind: 'apiKey', value: 'ya29.8y2QwO5FbkK8xVCwnsMScXrWovhCENI3SySXF5qAeE7Z3xXiqiiriu7p3pHJ' }],
  },
  { text: 'Użyj biblioteki sk-learn do klasyfikacji', pii: [] },
  { text: 'Zadanie task-manager-for-recipes-and-shopping', pii: [] },
  { text: 'Bearer of bad news', pii: [] },
  { text: 'Nagłówek Authorization: Bearer <token>', pii: [] },
  { text: 'ghp_ to prefiks tokenów GitHub', pii: [] },
  { text: 'AKIA to początek klucza AWS', pii: [] },
  { text: 'Klucz pk_live_ jest publiczny', pii: [] },
  { text: 'sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', pii: [] },
  { text: 'Wklej swój klucz sk-... tutaj', pii: [] },
  { text: 'bearer authentication scheme explained', pii: [] },
  { text: 'hf_transfer jest włączone', pii: [] },
  { text: 'risk-assessment-template-for-kitchens', pii: [] },
];
