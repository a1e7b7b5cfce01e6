import { readFileSync } from 'fs';
import { join } from 'path';

import { renderAlloyRedaction } from './alloy';
import { compileRe2, createAlloyRedactor, readAlloyStages } from './alloySimulation';
import { builtInDetectors, builtInKinds } from './catalogue';
import { labelledCorpus } from './corpus';
import { createMasker } from './masker';

const alloyPath = join(__dirname, '..', '..', 'alloy', 'pii-redaction.alloy');
const committed = readFileSync(alloyPath, 'utf8');
const stages = readAlloyStages(committed);
const redact = createAlloyRedactor(stages);

/** A prompt line in the FoodSave format, with Ollama's timings as JSON numbers. */
function promptLine(content: string): string {
  return JSON.stringify({
    event: 'ollama_prompt',
    model: 'gemma3:12b',
    messages: [{ role: 'user', content }],
    total_duration: 4120000000,
    load_duration: 512345678,
    eval_duration: 44051401359,
    eval_count: 256,
  });
}

describe('the Alloy redaction block', () => {
  it('is the one the catalogue generates (run npx tsx scripts/pii-alloy.ts after changing a detector)', () => {
    expect(committed).toBe(renderAlloyRedaction(builtInDetectors));
  });

  it('is the loki.process component the stack sends lines to, forwarding to the local writer', () => {
    expect(committed).toMatch(/^loki\.process "redact_pii" \{$/m);
    expect(committed).toMatch(/^ {2}forward_to = \[loki\.write\.local\.receiver\]$/m);
    expect(new Set(stages.map((stage) => stage.replace))).toEqual(new Set(builtInKinds.map((kind) => `[${kind}]`)));
  });

  it.each(stages.map((stage) => [stage.replace, stage.expression]))(
    'gives Alloy a valid RE2 expression with a capture group for %s',
    (_kind, expression) => {
      expect(() => compileRe2(expression)).not.toThrow();
      expect(compileRe2(expression).groupCount()).toBeGreaterThanOrEqual(1);
    }
  );

  it('checks RE2 syntax strictly enough to refuse what only JavaScript accepts', () => {
    for (const expression of ['(?<=a)b', '(?<!a)b', 'a(?=b)', 'a(?!b)', '(a)\\1', 'a++', '(?>a)']) {
      expect(() => compileRe2(expression)).toThrow();
    }
  });
});

describe('what reaches Loki through the shipped stages', () => {
  const masker = createMasker();

  it('removes every labelled value of the corpus from a JSON log line and keeps the line valid JSON', () => {
    const leaks: string[] = [];
    for (const entry of labelledCorpus.filter((candidate) => candidate.pii.length > 0)) {
      const parsed = JSON.parse(redact(promptLine(entry.text)));
      const content: string = parsed.messages[0].content;
      leaks.push(
        ...entry.pii.filter(({ value }) => content.includes(value)).map(({ value }) => `${value} in ${content}`)
      );
    }
    expect(leaks).toEqual([]);
  });

  it('redacts at least what the panel masks: the panel finds nothing left in a redacted line', () => {
    const remaining = labelledCorpus
      .map((entry) => JSON.parse(redact(promptLine(entry.text))).messages[0].content as string)
      .filter((content) => masker.mask(content).count > 0);
    expect(remaining).toEqual([]);
  });

  it("leaves Ollama's timings and counters intact", () => {
    const parsed = JSON.parse(redact(promptLine('Mój PESEL to 44051401359, tel. 600 123 456')));
    expect(parsed).toMatchObject({ total_duration: 4120000000, load_duration: 512345678, eval_duration: 44051401359 });
    expect(parsed.messages[0].content).toBe('Mój PESEL to [pesel], tel. [phone]');
  });

  it('redacts values that follow an escaped line break or quote inside the JSON string', () => {
    const parsed = JSON.parse(
      redact(promptLine('Dane:\nola@example.com\n"PL61 1090 1014 0000 0712 1981 2874"\n600123456'))
    );
    expect(parsed.messages[0].content).toBe('Dane:\n[email]\n"[iban]"\n[phone]');
  });

  it('redacts neighbours that share one separator', () => {
    const parsed = JSON.parse(redact(promptLine('Telefony 600123456,601234567,602345678')));
    expect(parsed.messages[0].content).toBe('Telefony [phone],[phone],[phone]');
  });

  it('keeps every line of the FoodSave sample valid JSON and changes only lines with personal data', () => {
    const fixture = join(__dirname, '..', '..', 'tests', 'fixtures', 'foodsave-logs', 'backend.jsonl');
    const lines = readFileSync(fixture, 'utf8').split('\n').filter(Boolean);
    const withPersonalData = lines.filter((line) => masker.mask(line).count > 0);
    for (const line of lines) {
      expect(() => JSON.parse(redact(line))).not.toThrow();
    }
    expect(withPersonalData.length).toBeGreaterThan(0);
    expect(lines.filter((line) => redact(line) !== line)).toEqual(withPersonalData);
    for (const line of withPersonalData) {
      expect(redact(line)).not.toMatch(/jan\.kowalski@example\.pl|601 234 567|44051401359/);
    }
  });
});
