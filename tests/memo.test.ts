import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { detached, memo } from '../src/core/memo.js';

const root = new URL('..', import.meta.url).pathname;

describe('memo', () => {
  it('computes once per key and empties itself past its limit', () => {
    const calls: string[] = [];
    const upper = memo(2, (s: string) => { calls.push(s); return s.toUpperCase(); });
    expect([upper('lee'), upper('xi'), upper('lee')]).toEqual(['LEE', 'XI', 'LEE']);
    expect(calls).toEqual(['lee', 'xi']);
    // (a third key empties it: "lee" is computed again)
    upper('kang');
    upper('lee');
    expect(calls).toEqual(['lee', 'xi', 'kang', 'lee']);
  });

  it('copies a string without changing it', () => {
    const text = 'Presidential spokesperson Kang Yu-jung said on Monday.';
    for (const s of [text.slice(26, 38), text.slice(0, 38), text, '']) expect(detached(s)).toBe(s);
  });

  // a name sliced from an article and kept as a key must not keep the article's text alive: 200
  // texts of 1 MB each, a name taken from each into the memo, and after a collection the heap
  // holds far less than the texts (before the copy, all 200 MB stayed)
  it('keeps no article text alive through a key or a value', () => {
    const script = `
      const { memo } = await import(${JSON.stringify(join(root, 'dist', 'core', 'memo.js'))});
      const parts = memo(1000, (name) => name.split(' '));
      for (let i = 0; i < 200; i++) {
        const text = ('Senator Max Baucus' + i + ' said ').padEnd(1 << 20, 'x' + i);
        parts(text.slice(8, 8 + 10 + String(i).length));
      }
      globalThis.gc();
      console.log(Math.round(process.memoryUsage().heapUsed / 1048576));
    `;
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(Number(r.stdout.trim())).toBeLessThan(40);
  });
});
