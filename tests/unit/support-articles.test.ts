import { describe, expect, it } from 'vitest';
import { matchArticles, type ArticleId } from '@/features/support/data/articles';
import { support } from '@/i18n/locales/en/support';

const keywordsOf = (id: ArticleId) => support.articles[id].keywords;

describe('matchArticles (deflection)', () => {
  it('finds articles sharing words with the title, best match first', () => {
    expect(matchArticles('API call returns 403 forbidden', keywordsOf)[0]).toBe('apiErrors');
    expect(matchArticles('Emails land in spam after campaign send', keywordsOf)).toContain('emailDelivery');
  });
  it('returns nothing for an empty or unrelated title, and at most 3', () => {
    expect(matchArticles('', keywordsOf)).toEqual([]);
    expect(matchArticles('zzz qqq', keywordsOf)).toEqual([]);
    expect(
      matchArticles('data report segment audience email api page publish login', keywordsOf).length,
    ).toBeLessThanOrEqual(3);
  });
});
