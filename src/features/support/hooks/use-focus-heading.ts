import { useEffect, useRef } from 'react';

/** Focus moves to the page's heading when the page opens (screen readers announce the new page). */
export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key?: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
