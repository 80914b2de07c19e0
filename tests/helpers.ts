import { readFileSync } from 'node:fs';
import { analyze } from '../src/core/pipeline.js';
import type { Doc, Span } from '../src/types.js';

export const SEED = readFileSync(new URL('../corpora/sample/korea-china-summit.txt', import.meta.url), 'utf8');
export const seedDoc: Doc = analyze(SEED, { id: 'seed' });

/** Analyses a snippet as an article body (a headline line is prepended, as news has one). */
export const body = (text: string): Doc => analyze(`Headline\n\n${text}`, { id: 't' });
export const sl = (doc: Doc, s: Span): string => doc.text.slice(s.start, s.end);

/** A tiny JSON Schema checker for the subset the table schemas use. */
export function validate(schema: Record<string, any>, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  const t = typeOf(value);
  if (types.length && !types.some((x: string) => x === t || (x === 'number' && t === 'integer'))) return [`${path}: expected ${types.join('|')}, got ${t}`];
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below minimum`);
  if (typeof value === 'number' && schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above maximum`);
  if (t === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in obj)) errors.push(`${path}.${k}: missing`);
    for (const [k, v] of Object.entries(obj)) {
      const sub = schema.properties?.[k] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      if (!sub && schema.additionalProperties === false) errors.push(`${path}.${k}: not allowed`);
      if (sub) errors.push(...validate(sub, v, `${path}.${k}`));
    }
  }
  if (t === 'array') {
    const arr = value as unknown[];
    if (schema.minItems !== undefined && arr.length < schema.minItems) errors.push(`${path}: too few items`);
    if (schema.maxItems !== undefined && arr.length > schema.maxItems) errors.push(`${path}: too many items`);
    if (schema.items) arr.forEach((v, i) => errors.push(...validate(schema.items, v, `${path}[${i}]`)));
  }
  return errors;
}
