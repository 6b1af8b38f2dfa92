import { describe, expect, it } from 'vitest';
import { resources as en } from '@/i18n/locales/en';
import { resources as fr } from '@/i18n/locales/fr';

function leaves(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof obj === 'string') out.set(prefix, obj);
  else if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj))
      for (const [p, s] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, s);
  }
  return out;
}

// A placeholder is its name; a formatter after the comma (`{{org, de}}`) is the language's own business.
const placeholders = (s: string) =>
  [...s.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

describe('French is complete', () => {
  const e = leaves(en);
  const f = leaves(fr);
  it('has every English key, and no extra one', () => {
    expect([...f.keys()].sort()).toEqual([...e.keys()].sort());
  });
  it('keeps every interpolation placeholder', () => {
    for (const [k, v] of e) expect({ k, p: placeholders(f.get(k) ?? '') }).toEqual({ k, p: placeholders(v) });
  });
  it('has no empty message', () => {
    for (const [k, v] of f) expect({ k, empty: v.trim() === '' }).toEqual({ k, empty: false });
  });
});
