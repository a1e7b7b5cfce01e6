import type { CorpusEntry } from './types';

export const jwtCorpus: CorpusEntry[] = [
  {
    text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NTk0MyIsIm5hbWUiOiJKYW4iLCJpYXQiOjE3NjQ1MjU3MzF9.FMzhM48lGsIfOowiO5imXYJqWZAJ3eNxRlz5oA8ACfw',
    pii: [
      {
        kind: 'jwt',
        value:
          'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NTk0MyIsIm5hbWUiOiJKYW4iLCJpYXQiOjE3NjQ1MjU3MzF9.FMzhM48lGsIfOowiO5imXYJqWZAJ3eNxRlz5oA8ACfw',
      },
    ],
  },
  {
    text: 'token=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3NTAxOSIsIm5hbWUiOiJBbm5hIiwiaWF0IjoxNzY0NTI1NzMyfQ.L_k20SbG2K7w3B4oy58DZfObTs_8ugmBrY_p-72vBxg',
    pii: [
      {
        kind: 'jwt',
        value:
          'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3NTAxOSIsIm5hbWUiOiJBbm5hIiwiaWF0IjoxNzY0NTI1NzMyfQ.L_k20SbG2K7w3B4oy58DZfObTs_8ugmBrY_p-72vBxg',
      },
    ],
  },
  {
    text: 'Mój token to eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyMzgwMSIsIm5hbWUiOiJCb2IiLCJpYXQiOjE3NjQ1MjU3MzN9.tbW2j9zyahYIlb3R8a6-hKiQAyAi5gXrGqvibi-mQkI, czemu nie działa?',
    pii: [
      {
        kind: 'jwt',
        value:
          'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyMzgwMSIsIm5hbWUiOiJCb2IiLCJpYXQiOjE3NjQ1MjU3MzN9.tbW2j9zyahYIlb3R8a6-hKiQAyAi5gXrGqvibi-mQkI',
      },
    ],
  },
  {
    text: 'JWT: eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI3Nzk3NCIsIm5hbWUiOiJFdmUiLCJpYXQiOjE3NjQ1MjU3MzR9.',
    pii: [
      {
        kind: 'jwt',
        value: 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI3Nzk3NCIsIm5hbWUiOiJFdmUiLCJpYXQiOjE3NjQ1MjU3MzR9.',
      },
    ],
  },
  {
    text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NTk3MiIsIm5hbWUiOiJKYW4iLCJpYXQiOjE3NjQ1MjU3MzV9.JWPpN0XlNBI97sfNKbgnr3asV1ZW858iEW7fXdRldTo',
    pii: [
      {
        kind: 'jwt',
        value:
          'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NTk3MiIsIm5hbWUiOiJKYW4iLCJpYXQiOjE3NjQ1MjU3MzV9.JWPpN0XlNBI97sfNKbgnr3asV1ZW858iEW7fXdRldTo',
      },
    ],
  },
  {
    text: 'token=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2Nzg3IiwibmFtZSI6IkFubmEiLCJpYXQiOjE3NjQ1MjU3MzZ9.a4TFvhUYfadPrf17k37kgRt5jIw83j2dqikC-L1KnYk',
    pii: [
      {
        kind: 'jwt',
        value:
          'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2Nzg3IiwibmFtZSI6IkFubmEiLCJpYXQiOjE3NjQ1MjU3MzZ9.a4TFvhUYfadPrf17k37kgRt5jIw83j2dqikC-L1KnYk',
      },
    ],
  },
  {
    text: 'Mój token to eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzOTU3MyIsIm5hbWUiOiJCb2IiLCJpYXQiOjE3NjQ1MjU3Mzd9.098Q5dG-pJ0wuqw5kxSnH1rO38WhahWO6hjMjNLRAMw, czemu nie działa?',
    pii: [
      {
        kind: 'jwt',
        value:
          'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzOTU3MyIsIm5hbWUiOiJCb2IiLCJpYXQiOjE3NjQ1MjU3Mzd9.098Q5dG-pJ0wuqw5kxSnH1rO38WhahWO6hjMjNLRAMw',
      },
    ],
  },
  {
    text: 'JWT: eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI3Mjg3MiIsIm5hbWUiOiJFdmUiLCJpYXQiOjE3NjQ1MjU3Mzh9.',
    pii: [
      {
        kind: 'jwt',
        value: 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI3Mjg3MiIsIm5hbWUiOiJFdmUiLCJpYXQiOjE3NjQ1MjU3Mzh9.',
      },
    ],
  },
  { text: 'Nagłówek eyJhbGciOiJIUzI1NiJ9 bez reszty', pii: [] },
  { text: 'Format header.payload.signature', pii: [] },
  { text: 'eyJ to początek base64 z JSON', pii: [] },
  { text: 'plik archive.tar.gz', pii: [] },
  { text: 'eyJabc.eyJdef', pii: [] },
  { text: 'Wersja eyJ.eyJ.x', pii: [] },
];
