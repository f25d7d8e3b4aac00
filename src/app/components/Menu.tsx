/**
 * app/components/Menu — a keyboard-operable menu (WAI-ARIA menu pattern): arrow keys move,
 * Enter/Space choose, Escape closes and gives focus back to whatever opened the menu.
 */
import { type ReactNode, useEffect, useRef } from 'react';

export interface MenuItem {
  readonly key: string;
  readonly label: ReactNode;
  /** Plain text for screen readers when `label` is rich. */
  readonly ariaLabel?: string;
  readonly checked?: boolean;
  readonly onSelect: () => void;
}

export function Menu({
  label,
  items,
  onClose,
  style,
  className,
}: {
  label: string;
  items: readonly MenuItem[];
  onClose: (chosen: boolean) => void;
  style?: React.CSSProperties;
  className?: string;
}) {
  const ref = useRef<HTMLUListElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    const outside = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [onClose]);
  const move = (delta: number) => {
    const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    all[(at + delta + all.length) % all.length]?.focus();
  };
  return (
    <ul
      ref={ref}
      role="menu"
      aria-label={label}
      className={`menu ${className ?? ''}`}
      style={style}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'ArrowDown') move(1);
        else if (e.key === 'ArrowUp') move(-1);
        else if (e.key === 'Home') move(-1e6);
        else if (e.key === 'Escape' || e.key === 'Tab') onClose(false);
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
          onClick={() => {
            item.onSelect();
            onClose(true);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              item.onSelect();
              onClose(true);
            }
          }}
        >
          {item.label}
        </li>
      ))}
    </ul>
  );
}
