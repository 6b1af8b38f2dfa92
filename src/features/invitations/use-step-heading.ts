import { useEffect, useRef } from 'react';

/** A ref for a step's heading that receives focus whenever `step` changes (and on first show). */
export function useStepHeading<T extends HTMLElement>(step: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [step]);
  return ref;
}
