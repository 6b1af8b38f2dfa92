/** Static knowledge-base articles (texts in the `support` namespace, under `articles.<id>`). */
export const ARTICLE_IDS = [
  'noData',
  'loginIssues',
  'emailDelivery',
  'segmentDelay',
  'apiErrors',
  'slowPages',
] as const;
export type ArticleId = (typeof ARTICLE_IDS)[number];

/** The home page's top articles. */
export const TOP_ARTICLES: readonly ArticleId[] = ['loginIssues', 'noData', 'apiErrors', 'emailDelivery'];

export const LEARNING_RESOURCES = [
  { id: 'courses', url: 'https://experienceleague.adobe.com/en/browse' },
  { id: 'community', url: 'https://experienceleaguecommunities.adobe.com/' },
  { id: 'events', url: 'https://experienceleague.adobe.com/en/events' },
] as const;

export const SYSTEM_STATUS_URL = 'https://status.adobe.com/';
export const COMMERCE_HELP_URL =
  'https://experienceleague.adobe.com/en/docs/commerce-knowledge-base/kb/help-center-guide/magento-help-center-user-guide';

/** Where an article is read: a search for its title on Experience League. */
export const articleUrl = (title: string) =>
  `https://experienceleague.adobe.com/search.html#q=${encodeURIComponent(title)}`;

const words = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length >= 3);

/**
 * Deflection: the articles whose keywords share a word with the case title, best match first (at most `max`).
 * `keywordsOf(id)` gives an article's comma-separated keywords in the current language.
 */
export function matchArticles(title: string, keywordsOf: (id: ArticleId) => string, max = 3): ArticleId[] {
  const inTitle = new Set(words(title));
  if (inTitle.size === 0) return [];
  return ARTICLE_IDS.map((id) => ({ id, score: words(keywordsOf(id)).filter((k) => inTitle.has(k)).length }))
    .filter((a) => a.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((a) => a.id);
}
