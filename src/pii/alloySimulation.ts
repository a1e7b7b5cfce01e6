import { RE2JS } from 're2js';

/**
 * Runs the `stage.replace` stages of an Alloy file with RE2JS, a port of the RE2 engine Alloy uses, the way
 * Alloy's replace stage does: every participating capture group of every match becomes the replacement. Used by
 * tests and the metrics script to show what reaches Loki; not part of the panel bundle.
 */
export interface AlloyStage {
  expression: string;
  replace: string;
}

const STAGE = /stage\.replace \{\s*expression = ("(?:[^"\\]|\\.)*")\s*replace\s*= ("(?:[^"\\]|\\.)*")/g;

/** The stages of an Alloy file, in order; Alloy strings use the escapes JSON does for `\\` and `\"`. */
export function readAlloyStages(alloyText: string): AlloyStage[] {
  return [...alloyText.matchAll(STAGE)].map((match) => ({
    expression: JSON.parse(match[1]),
    replace: JSON.parse(match[2]),
  }));
}

export function compileRe2(expression: string): RE2JS {
  return RE2JS.compile(expression);
}

function applyStage(line: string, pattern: RE2JS, replacement: string): string {
  const matcher = pattern.matcher(line);
  let result = '';
  let position = 0;
  while (matcher.find()) {
    for (let group = 1; group <= matcher.groupCount(); group++) {
      const start = matcher.start(group);
      if (start < 0 || start < position) {
        continue;
      }
      result += line.slice(position, start) + replacement;
      position = matcher.end(group);
    }
  }
  return result + line.slice(position);
}

/** A function that turns a line into what Loki would store after the stages. */
export function createAlloyRedactor(stages: AlloyStage[]): (line: string) => string {
  const compiled = stages.map((stage) => ({ pattern: compileRe2(stage.expression), replace: stage.replace }));
  return (line) => compiled.reduce((current, stage) => applyStage(current, stage.pattern, stage.replace), line);
}
