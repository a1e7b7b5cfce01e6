import i18next from 'i18next';

import messages from './foodsave-ollamachat-panel.json';

type Messages = { [key: string]: string | Messages };

function flatten(tree: Messages, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`)
  );
}

const entries = flatten(messages);
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

async function translator() {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'en-US', resources: { 'en-US': { translation: messages } } });
  return instance.t;
}

describe('the en-US messages', () => {
  it('give every message that shows a count its singular and plural forms', () => {
    const counted = entries.filter(([key, text]) => text.includes('{{count}}') || pluralSuffix.test(key));
    const bases = new Set(counted.map(([key]) => key.replace(pluralSuffix, '')));
    const missing = [...bases].filter(
      (base) => !entries.some(([key]) => key === `${base}_one`) || !entries.some(([key]) => key === `${base}_other`)
    );
    expect(counted.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('read "1 turn" and "2 turns" once Grafana has loaded them', async () => {
    const t = await translator();
    expect(t('conversation.turns', { count: 1 })).toBe('1 turn');
    expect(t('conversation.turns', { count: 2 })).toBe('2 turns');
    expect(t('summary.skipped', { count: 1 })).toBe('1 row skipped');
    expect(t('summary.skipped', { count: 0 })).toBe('0 rows skipped');
  });
});
