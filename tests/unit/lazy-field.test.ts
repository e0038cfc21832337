// shared/lazy-field.ts: a field worked out on first read, which every way data leaves a process
// still carries (issue 14: a month's pay run no longer builds 2,000 explanations nobody reads).
import { describe, expect, it } from 'vitest';
import { serialize, deserialize } from 'node:v8';
import { withLazyField } from '../../shared/lazy-field';

describe('withLazyField', () => {
  it('works the value out on the first read only, and never when nothing reads it', () => {
    let calls = 0;
    const unread = withLazyField({ a: 1 }, 'story', () => (calls += 1));
    expect(unread.a).toBe(1);
    expect(calls).toBe(0);
    const read = withLazyField({ a: 1 }, 'story', () => ['told', (calls += 1)]);
    expect(read.story).toEqual(['told', 1]);
    expect(read.story).toBe(read.story);
    expect(calls).toBe(1);
  });

  it('is carried by structured clone (Electron IPC uses V8 serialisation), JSON and a spread, like a plain field', () => {
    const make = () => withLazyField({ a: 1 }, 'story', () => ['one', 'two']);
    expect(structuredClone(make())).toEqual({ a: 1, story: ['one', 'two'] });
    expect(deserialize(serialize(make()))).toEqual({ a: 1, story: ['one', 'two'] });
    expect(JSON.parse(JSON.stringify(make()))).toEqual({ a: 1, story: ['one', 'two'] });
    expect({ ...make() }).toEqual({ a: 1, story: ['one', 'two'] });
    expect(Object.keys(make())).toEqual(['a', 'story']);
  });
});
