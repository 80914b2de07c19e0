import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import * as api from '../src/index.js';

describe('library API', () => {
  it('exports a stable set of names', () => {
    expect(Object.keys(api).sort()).toEqual(['COLUMNS', 'STAGES', 'SaywhoError', 'analyze', 'createDoc', 'processCorpus', 'readInputs', 'toClaimRecords', 'toDocumentRecord', 'toQuoteRecords', 'toRecords']);
  });
  it('throws a typed error on misuse', () => {
    expect(() => api.analyze(42 as unknown as string)).toThrow(/Expected the article text as a string, got number 42/u);
    expect(() => api.analyze(42 as unknown as string)).toThrow(api.SaywhoError);
  });
  it('refuses a worker heap too small to load the model', async () => {
    await expect(api.processCorpus(['corpora'], { workerHeapMb: 24 }).next()).rejects.toThrow(/Expected workerHeapMb to be a whole number >= 32, got number 24/u);
  });
  it('keeps the core free of I/O', () => {
    for (const dir of ['core', 'stages', 'lexicon', 'records']) {
      for (const f of readdirSync(new URL(`../src/${dir}`, import.meta.url), { recursive: true }) as string[]) {
        if (!f.endsWith('.ts')) continue;
        const src = readFileSync(new URL(`../src/${dir}/${f}`, import.meta.url), 'utf8');
        expect(src, `${dir}/${f}`).not.toMatch(/from 'node:(fs|process|child_process)|from '\.\.\/io\//u);
      }
    }
  });
  it('documents every column of every table in docs/schema.md', () => {
    const doc = readFileSync(new URL('../docs/schema.md', import.meta.url), 'utf8');
    for (const [table, cols] of Object.entries(api.COLUMNS)) for (const c of cols) expect(doc, `${table}.${c}`).toContain(`\`${c}\``);
  });
});
