/**
 * Browser build: replaces `@emotion/use-insertion-effect-with-fallbacks` (see vite.config.ts).
 *
 * Emotion inserts a styled component's CSS rules (stylis compiling, `insertRule`) from `useInsertionEffect`, i.e. in
 * React's commit, which cannot be sliced: the first screen's commit spent two thirds of its ~40 ms there. Here it
 * inserts them while rendering, as Emotion does on React versions without that hook and as server rendering orders
 * them (parents first): the work lands in the render, which React slices into ~5 ms pieces. A render that never
 * commits leaves its rules in the sheet, unused; Emotion keeps one rule per class name, so nothing is inserted twice.
 *
 * `<Global>` styles keep the effect: they are removed again when the component unmounts.
 */
import { useInsertionEffect } from 'react';

export const useInsertionEffectAlwaysWithSyncFallback = (create: () => unknown): void => {
  create();
};

export const useInsertionEffectWithLayoutFallback = useInsertionEffect;
