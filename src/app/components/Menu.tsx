/**
 * app/components/Menu — a keyboard-operable menu (WAI-ARIA menu pattern): arrow keys move, Home and
 * End jump to the first and last item, Enter/Space choose, Escape closes. The menu floats over the
 * page (position: fixed) under its anchor and is kept inside the viewport, so opening it moves
 * nothing and no scrolling or clipping ancestor (the phone's sideways-scrolling toolbar) cuts it.
 * Closing happens before the chosen item runs, so the opener has focus again when the action
 * starts and a dialog the action opens returns focus to the opener.
 */
import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';

export interface MenuItem {
  readonly key: string;
  readonly label: ReactNode;
  /** Plain text for screen readers when `label` is rich. */
  readonly ariaLabel?: string;
  readonly checked?: boolean;
  readonly onSelect: () => void;
}

/** Where a menu hangs from, in viewport coordinates (a button's rect, or a point for a context menu). */
export interface MenuAnchor {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const GAP = 4;
const MARGIN = 4;

/**
 * Top-left corner for a menu of `width`×`height` hanging under `anchor` (aligned to its left edge,
 * or its right edge for `align: 'end'`), moved inside a `viewWidth`×`viewHeight` viewport; flips
 * above the anchor when there is more room there. `maxHeight` is the room left in the chosen direction.
 */
export function placeMenu(
  anchor: MenuAnchor,
  size: { width: number; height: number },
  view: { width: number; height: number },
  align: 'start' | 'end' = 'start',
): { left: number; top: number; maxHeight: number } {
  const wanted = align === 'end' ? anchor.right - size.width : anchor.left;
  const left = Math.max(MARGIN, Math.min(wanted, view.width - size.width - MARGIN));
  const below = view.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  if (size.height <= below || below >= above) {
    return { left, top: anchor.bottom + GAP, maxHeight: Math.max(below, 0) };
  }
  const height = Math.min(size.height, above);
  return { left, top: anchor.top - GAP - height, maxHeight: above };
}

export function Menu({
  label,
  items,
  onClose,
  anchor,
  align,
  className,
}: {
  label: string;
  items: readonly MenuItem[];
  onClose: () => void;
  /** Called whenever the menu is placed (on opening, scrolling and resizing). */
  anchor: () => MenuAnchor;
  align?: 'start' | 'end';
  className?: string;
}) {
  const ref = useRef<HTMLUListElement>(null);
  const anchorRef = useRef(anchor);
  anchorRef.current = anchor;
  // Before paint, so the menu never shows at its unplaced position.
  useLayoutEffect(() => {
    const place = () => {
      const menu = ref.current;
      if (!menu) return;
      menu.style.maxHeight = '';
      const natural = menu.getBoundingClientRect();
      const spot = placeMenu(anchorRef.current(), natural, { width: window.innerWidth, height: window.innerHeight }, align);
      menu.style.left = `${spot.left}px`;
      menu.style.top = `${spot.top}px`;
      if (natural.height > spot.maxHeight) menu.style.maxHeight = `${spot.maxHeight}px`;
    };
    place();
    const onScroll = (e: Event) => {
      if (!ref.current?.contains(e.target as Node)) place();
    };
    window.addEventListener('resize', place);
    window.addEventListener('scroll', onScroll, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', onScroll, true);
    };
  }, [align]);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus({ preventScroll: true });
    const outside = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [onClose]);
  const focusItem = (pick: (at: number, count: number) => number) => {
    const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    if (all.length === 0) return;
    const at = all.indexOf(document.activeElement as HTMLElement);
    all[pick(at, all.length)]?.focus();
  };
  const choose = (item: MenuItem) => {
    onClose();
    item.onSelect();
  };
  return (
    <ul
      ref={ref}
      role="menu"
      aria-label={label}
      className={`menu ${className ?? ''}`}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'ArrowDown') focusItem((at, n) => (at + 1) % n);
        else if (e.key === 'ArrowUp') focusItem((at, n) => (at - 1 + n) % n);
        else if (e.key === 'Home') focusItem(() => 0);
        else if (e.key === 'End') focusItem((_, n) => n - 1);
        else if (e.key === 'Escape' || e.key === 'Tab') onClose();
        else return;
        if (e.key !== 'Tab') e.preventDefault();
      }}
    >
      {items.map((item) => (
        <li
          key={item.key}
          role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
          aria-checked={item.checked}
          aria-label={item.ariaLabel}
          tabIndex={-1}
          className="menu-item"
          onClick={() => choose(item)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              choose(item);
            }
          }}
        >
          {item.label}
        </li>
      ))}
    </ul>
  );
}
