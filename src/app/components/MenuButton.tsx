/**
 * app/components/MenuButton — a toolbar button that opens a menu hanging under it; focus returns to
 * the button whenever the menu closes (before a chosen item runs, as the menu-button pattern has it).
 * ArrowDown or ArrowUp on the button opens the menu at its first or last item (the same pattern).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Menu, type MenuAnchor, type MenuItem } from './Menu';

export function MenuButton({
  label,
  icon,
  items,
  className,
  align,
}: {
  label: string;
  icon: string;
  items: readonly MenuItem[];
  className?: string;
  /** 'end' lines the menu up with the button's right edge (for buttons at the end of a bar). */
  align?: 'start' | 'end';
}) {
  const [open, setOpen] = useState(false);
  const [startAtEnd, setStartAtEnd] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  // The menu focuses its first item as it mounts (its effect runs before this one); ArrowUp wants the last.
  useEffect(() => {
    if (!open || !startAtEnd) return;
    const all = wrapper.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]');
    all?.[all.length - 1]?.focus({ preventScroll: true });
  }, [open, startAtEnd]);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const anchor = useCallback((): MenuAnchor => button.current?.getBoundingClientRect() ?? { left: 0, right: 0, top: 0, bottom: 0 }, []);
  return (
    <div ref={wrapper} className="menu-anchor">
      <button
        ref={button}
        type="button"
        className="tool"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setStartAtEnd(false);
          setOpen((o) => !o);
        }}
        onKeyDown={(e) => {
          if (open || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
          e.preventDefault();
          setStartAtEnd(e.key === 'ArrowUp');
          setOpen(true);
        }}
      >
        <span className="tool-icon" aria-hidden="true">
          {icon}
        </span>
        <span className="tool-label">{label}</span>
      </button>
      {open && <Menu label={label} className={className} items={items} onClose={close} anchor={anchor} align={align} />}
    </div>
  );
}
