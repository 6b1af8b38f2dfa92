import type { PopperProps } from '@mui/material/Popper';
import { createContext, forwardRef, useContext, useLayoutEffect, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';

interface Place {
  left: number;
  /** Below the field (`top`) or, when there is clearly more room above, above it (`bottom`). */
  top?: number;
  bottom?: number;
}

const ROOM_BELOW = 240;
/** Room for the one `Add new user …` offer above the field (over the step's heading, which takes no input). */
const ROOM_FOR_OFFER = 72;
const LABEL_CLEARANCE = 10;

/**
 * True while the popup holds only the offer to add the typed email as a new user: its `First name` and `Last name`
 * fields are then right under the field, so the popup opens above it when there is room, not over them.
 */
export const OfferAboveContext = createContext(false);

function placeOf(anchor: Element, offerAbove: boolean): Place {
  const r = anchor.getBoundingClientRect();
  const below = window.innerHeight - r.bottom;
  if (offerAbove && r.top >= ROOM_FOR_OFFER) {
    // Clear of the field's label, which sits on its top border.
    return { left: r.left, bottom: window.innerHeight - r.top + LABEL_CLEARANCE };
  }
  const above = below < ROOM_BELOW && r.top > below;
  return above ? { left: r.left, bottom: window.innerHeight - r.top } : { left: r.left, top: r.bottom };
}

/**
 * The popup of the user search: a fixed box under the field, in a portal like MUI's Popper, placed when it
 * opens (or its content changes to or from the new-user offer) and again only on resize, scroll or when its dialog
 * changes size. MUI's Popper re-measures on every render (popper.js
 * `forceUpdate`: a forced layout per keystroke and per result); the field does not move while one types.
 */
export const SuggestionsPopper = forwardRef<HTMLDivElement, PopperProps>(
  function SuggestionsPopper(props, ref) {
    const { open, anchorEl, children, className, style, role, id } = props;
    const anchor = typeof anchorEl === 'function' ? anchorEl() : anchorEl;
    const element = anchor && 'nodeType' in anchor ? (anchor as Element) : null;
    const offerAbove = useContext(OfferAboveContext);
    const [place, setPlace] = useState<Place | null>(null);
    useLayoutEffect(() => {
      if (!open || !element) return undefined;
      const update = () => setPlace(placeOf(element, offerAbove));
      update();
      window.addEventListener('resize', update);
      window.addEventListener('scroll', update, true);
      // A centred dialog that grows (the new user's name fields appearing) moves the field: place the popup again.
      const box = element.closest('[role="dialog"]');
      const resized = box && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(update) : null;
      if (box) resized?.observe(box);
      return () => {
        window.removeEventListener('resize', update);
        window.removeEventListener('scroll', update, true);
        resized?.disconnect();
      };
    }, [open, element, offerAbove]);
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
