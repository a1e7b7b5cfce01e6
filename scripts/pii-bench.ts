/**
 * Times masking over 10,000 exchanges (2,000 conversations of 5 turns, each prompt repeating its history, as
 * Ollama chats do), over 10,000 texts never seen before, and over one 1 MB prompt.
 * Usage: npx tsx scripts/pii-bench.ts
 */
import type { Conversation, Exchange, Message } from '../src/data/types';
import { exchange as modelExchange } from '../src/data/testing/model';
import { createMasker, maskConversation } from '../src/pii';

const CONVERSATIONS = 2000;
const TURNS = 5;

const questions = [
  'Co ugotować z ryżu, marchewki i jajek? Mój e-mail to ola{n}@example.com.',
  'Ile minut gotować jajko na miękko? Zadzwoń pod 600 123 {n3}, jeśli trzeba.',
  'Please plan meals for 4 people, budget 350 zł, order 600123456, delivery to 10.0.{n}.1',
  'Przepis na pierogi ruskie, 500 g mąki, 250 ml wody, 2026-11-30 18:02.',
  'Mój PESEL to 44051401359, dieta bez laktozy; konto PL61 1090 1014 0000 0712 1981 2874.',
];
const answer =
  'Możesz zrobić **smażony ryż z warzywami**:\n\n1. Podsmaż marchewkę.\n2. Dodaj ryż.\n3. Wbij jajka.\n\nCzas: ok. 20 minut, 180 °C.';

function exchange(conversation: number, turn: number, history: Message[]): Exchange {
  const question = questions[turn % questions.length]
    .replace('{n}', String(conversation))
    .replace('{n3}', String(100 + (conversation % 900)));
  const messages = [...history, { role: 'user', content: question }];
  return modelExchange({
    key: `${conversation}-${turn}`,
    startMs: 0,
    durationMs: undefined,
    messages,
    newMessagesFrom: history.length,
    response: { role: 'assistant', content: answer },
    ids: { sessionId: `web-${conversation}` },
    labels: { job: 'backend_logs', level: 'info' },
    rowIds: [`${conversation}_${turn}`],
  });
}

function conversations(): Conversation[] {
  return Array.from({ length: CONVERSATIONS }, (_, index) => {
    const exchanges: Exchange[] = [];
    let history: Message[] = [{ role: 'system', content: 'Jesteś asystentem kulinarnym FoodSave AI.' }];
    for (let turn = 0; turn < TURNS; turn++) {
      const next = exchange(index, turn, history);
      exchanges.push(next);
      history = [...next.messages, next.response as Message];
    }
    return {
      key: `web-${index}`,
      threadedBy: 'id',
      exchanges,
      models: ['gemma3:12b'],
      startMs: 0,
      lastActivityMs: 0,
      status: 'ok',
    };
  });
}

/** Reports processor time, not wall time: on a shared machine the wall clock mostly measures the neighbours. */
function time(label: string, run: () => number) {
  const before = process.cpuUsage();
  const count = run();
  const used = process.cpuUsage(before);
  const milliseconds = (used.user + used.system) / 1000;
  process.stdout.write(`${label.padEnd(58)} ${milliseconds.toFixed(0).padStart(6)} ms CPU  (${count} masked)\n`);
}

const data = conversations();
time(`${CONVERSATIONS * TURNS} exchanges, histories repeated, new masker`, () => {
  const masker = createMasker('orderId: ORD-\\d{6}');
  return data.reduce((sum, conversation) => sum + maskConversation(conversation, masker).maskedCount, 0);
});

const unique = Array.from(
  { length: 10000 },
  (_, index) => `${questions[index % questions.length]} #${index} ${answer}`
);
time('10000 distinct texts of ~250 characters', () => {
  const masker = createMasker();
  return unique.reduce((sum, text) => sum + masker.mask(text).count, 0);
});

const huge = Array.from({ length: 4000 }, (_, index) => `${questions[index % questions.length]} ${answer}`).join('\n');
time(`one prompt of ${(huge.length / 1e6).toFixed(1)} MB`, () => createMasker().mask(huge).count);

const digits = '1234567890 '.repeat(100000);
time(`one ${(digits.length / 1e6).toFixed(1)} MB run of digit groups`, () => createMasker().mask(digits).count);
