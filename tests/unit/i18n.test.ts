import { describe, expect, it } from 'vitest';
import { allKeys, translate } from '../../shared/i18n/catalog';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in Malay and English', () => {
    expect(allKeys('ms').sort()).toEqual(allKeys('en').sort());
  });

  it('use the same placeholders in both languages, and no empty text', () => {
    for (const key of allKeys('en')) {
      const en = translate('en', key);
      const ms = translate('ms', key);
      expect(en.trim(), key).not.toBe('');
      expect(ms.trim(), key).not.toBe('');
      expect(placeholders(ms), key).toEqual(placeholders(en));
    }
  });

  it('fills placeholders and falls back to the key for unknown messages', () => {
    expect(translate('en', 'companies.created', { name: 'Kedai' })).toBe('Company “Kedai” added.');
    expect(translate('ms', 'companies.created', { name: 'Kedai' })).toBe('Syarikat “Kedai” ditambah.');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
