import { withEmotionCache, type EmotionCache } from '@emotion/react';

/**
 * Emotion's default cache (the one MUI uses when no CacheProvider is set), captured on the first render.
 * Test files share a worker's jsdom and module graph (`isolate: false`), so without a reset the `<style>`
 * rules of every earlier file stay in `document.head`: ~1,500 by the end of a run, and jsdom's
 * getComputedStyle (run by Testing Library's role queries for every element they look at) walks all of them.
 */
let cache: EmotionCache | null = null;

/** Renders nothing; records the Emotion cache in use. `renderApp` mounts it. */
export const CaptureEmotionCache = withEmotionCache((_props: object, c: EmotionCache) => {
  cache = c;
  return null;
});

/**
 * Remove the rules the cache inserted and forget them, as in a fresh page: the next render inserts the
 * rules it uses again (same class names). Run between test files, when nothing is mounted.
 */
export function removeEmotionStyles(): void {
  if (!cache) return;
  cache.sheet.flush();
  for (const key of Object.keys(cache.inserted)) delete cache.inserted[key];
}
