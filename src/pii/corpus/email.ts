import type { CorpusEntry } from './types';

export const emailCorpus: CorpusEntry[] = [
  {
    text: 'Mój e-mail to jan.kowalski@example.pl, wyślij mi przepis.',
    pii: [{ kind: 'email', value: 'jan.kowalski@example.pl' }],
  },
  {
    text: 'Napisz do mnie na anna_nowak+przepisy@gmail.com.',
    pii: [{ kind: 'email', value: 'anna_nowak+przepisy@gmail.com' }],
  },
  {
    text: 'Please send the shopping list to m.wisniewska@firma.com.pl',
    pii: [{ kind: 'email', value: 'm.wisniewska@firma.com.pl' }],
  },
  { text: 'Kontakt: <ZOFIA.KAMINSKA@WP.PL>', pii: [{ kind: 'email', value: 'ZOFIA.KAMINSKA@WP.PL' }] },
  { text: 'mailto:chef@foodsave.ai', pii: [{ kind: 'email', value: 'chef@foodsave.ai' }] },
  {
    text: 'piotr-zielinski@o2.pl prosi o dietę bezglutenową',
    pii: [{ kind: 'email', value: 'piotr-zielinski@o2.pl' }],
  },
  {
    text: 'Reply to k.lewandowski@uni.wroc.pl with the meal plan for Monday.',
    pii: [{ kind: 'email', value: 'k.lewandowski@uni.wroc.pl' }],
  },
  {
    text: 'Przepis od support@restauracja-pod-lipami.pl: bigos z kapustą kiszoną',
    pii: [{ kind: 'email', value: 'support@restauracja-pod-lipami.pl' }],
  },
  { text: 'Email: tomasz1987@interia.pl; phone unknown', pii: [{ kind: 'email', value: 'tomasz1987@interia.pl' }] },
  {
    text: 'Czy możesz zapisać john.smith@example.co.uk do newslettera?',
    pii: [{ kind: 'email', value: 'john.smith@example.co.uk' }],
  },
  {
    text: 'Mój e-mail to jane.doe@mail.example.org, wyślij mi przepis.',
    pii: [{ kind: 'email', value: 'jane.doe@mail.example.org' }],
  },
  { text: 'Napisz do mnie na obrien@example.ie.', pii: [{ kind: 'email', value: 'obrien@example.ie' }] },
  {
    text: 'Please send the shopping list to marek.wojcik@poczta.onet.pl',
    pii: [{ kind: 'email', value: 'marek.wojcik@poczta.onet.pl' }],
  },
  { text: 'Kontakt: <ewa.dabrowska@tlen.pl>', pii: [{ kind: 'email', value: 'ewa.dabrowska@tlen.pl' }] },
  {
    text: 'mailto:order-notifications@shop.example.com',
    pii: [{ kind: 'email', value: 'order-notifications@shop.example.com' }],
  },
  { text: 'a.b@c.io prosi o dietę bezglutenową', pii: [{ kind: 'email', value: 'a.b@c.io' }] },
  {
    text: 'Reply to łukasz.żak@przykład.pl with the meal plan for Monday.',
    pii: [{ kind: 'email', value: 'łukasz.żak@przykład.pl' }],
  },
  {
    text: 'Przepis od user.name+tag@sub.domain.example.travel: bigos z kapustą kiszoną',
    pii: [{ kind: 'email', value: 'user.name+tag@sub.domain.example.travel' }],
  },
  { text: 'Email: kontakt@sklep24.pl; phone unknown', pii: [{ kind: 'email', value: 'kontakt@sklep24.pl' }] },
  { text: 'Czy możesz zapisać x9@y8.eu do newslettera?', pii: [{ kind: 'email', value: 'x9@y8.eu' }] },
  {
    text: 'Dwa adresy: jan.kowalski@example.pl, anna.nowak@example.com',
    pii: [
      { kind: 'email', value: 'jan.kowalski@example.pl' },
      { kind: 'email', value: 'anna.nowak@example.com' },
    ],
  },
  { text: 'Follow @foodsave_ai on Instagram for recipes', pii: [] },
  { text: 'Zainstaluj pakiet npm i lodash@4.17.21 i uruchom ponownie', pii: [] },
  { text: "import { Button } from '@grafana/ui@13.2.3'", pii: [] },
  { text: 'Zdjęcie logo@2x.png jest za duże', pii: [] },
  { text: 'Spotkanie @ 18:00 w kuchni', pii: [] },
  { text: 'Użytkownik @kasia_gotuje poleca sernik', pii: [] },
  { text: 'Wpisz adres w formacie imie@domena (bez polskich znaków)', pii: [] },
  { text: 'git clone git@github.com:foodsave/app.git', pii: [{ kind: 'email', value: 'git@github.com' }] },
  { text: 'The ratio is 3@5 per serving, not an address', pii: [] },
];
