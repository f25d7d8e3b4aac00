/**
 * app/components/MenuButton — a toolbar button that opens a menu hanging under it; focus returns to
 * the button whenever the menu closes (before a chosen item runs, as the menu-button pattern has it).
 */
import { useCallback, useRef, useState } from 'react';
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
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const anchor = useCallback((): MenuAnchor => button.current?.getBoundingClientRect() ?? { left: 0, right: 0, top: 0, bottom: 0 }, []);
  return (
    <div className="menu-anchor">
      <button ref={button} type="button" className="tool" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <span className="tool-icon" aria-hidden="true">
          {icon}
        </span>
        <span className="tool-label">{label}</span>
      </button>
      {open && <Menu label={label} className={className} items={items} onClose={close} anchor={anchor} align={align} />}
    </div>
  );
}
