import createCache, { type StylisPlugin } from '@emotion/cache';

/**
 * The only CSS properties jsdom's queries and matchers read: visibility for Testing Library's role queries and
 * jest-dom's `toBeVisible` (`display`, `visibility`, `opacity`), clickability for user-event (`pointer-events`).
 * jsdom lays nothing out, so margins, paddings, colours and fonts change no test outcome, while its
 * `getComputedStyle` (called for every element a role query looks at, and its ancestors) parses every declaration
 * of every matching rule: a large part of the suite's time.
 */
const READ_BY_TESTS = new Set(['display', 'visibility', 'opacity', 'pointer-events']);

/** A stylis step that drops other declarations (a rule left empty is not inserted at all). */
const keepTestedDeclarations: StylisPlugin = (element) => {
  if (element.type === 'decl' && !READ_BY_TESTS.has(String(element.props))) {
    element.value = '';
    element.return = '';
  }
};

/** The Emotion cache `renderApp` renders with; rules left without declarations are not inserted. */
export const testStyleCache = createCache({ key: 'css', stylisPlugins: [keepTestedDeclarations] });
const insert = testStyleCache.sheet.insert.bind(testStyleCache.sheet);
testStyleCache.sheet.insert = (rule: string) => {
  if (!/\{\s*\}$/.test(rule)) insert(rule);
};
