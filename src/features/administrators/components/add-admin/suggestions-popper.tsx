import type { PopperProps } from '@mui/material/Popper';
import { forwardRef, useLayoutEffect, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';

interface Place {
  left: number;
  /** Below the field (`top`) or, when there is clearly more room above, above it (`bottom`). */
  top?: number;
  bottom?: number;
}

const ROOM_BELOW = 240;

function placeOf(anchor: Element): Place {
  const r = anchor.getBoundingClientRect();
  const below = window.innerHeight - r.bottom;
  return below < ROOM_BELOW && r.top > below
    ? { left: r.left, bottom: window.innerHeight - r.top }
    : { left: r.left, top: r.bottom };
}

/**
 * The popup of the user search: a fixed box under the field, in a portal like MUI's Popper, placed when it
 * opens and again only on resize or scroll. MUI's Popper re-measures on every render (popper.js
 * `forceUpdate`: a forced layout per keystroke and per result); the field does not move while one types.
 */
export const SuggestionsPopper = forwardRef<HTMLDivElement, PopperProps>(
  function SuggestionsPopper(props, ref) {
    const { open, anchorEl, children, className, style, role, id } = props;
    const anchor = typeof anchorEl === 'function' ? anchorEl() : anchorEl;
    const element = anchor && 'nodeType' in anchor ? (anchor as Element) : null;
    const [place, setPlace] = useState<Place | null>(null);
    useLayoutEffect(() => {
      if (!open || !element) return undefined;
      const update = () => setPlace(placeOf(element));
      update();
      window.addEventListener('resize', update);
      window.addEventListener('scroll', update, true);
      return () => {
        window.removeEventListener('resize', update);
        window.removeEventListener('scroll', update, true);
      };
    }, [open, element]);
    if (!open || !element || typeof children === 'function') return null;
    const boxStyle: CSSProperties = {
      ...style,
      position: 'fixed',
      left: place?.left ?? 0,
      top: place?.top,
      bottom: place?.bottom,
      visibility: place ? undefined : 'hidden',
    };
    return createPortal(
      <div ref={ref} id={id} role={role} className={className} style={boxStyle}>
        {children}
      </div>,
      document.body,
    );
  },
);
