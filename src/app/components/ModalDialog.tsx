/**
 * app/components/ModalDialog — the modal pattern every dialog shares (help, library, report): focus
 * moves in, Tab cycles inside, Escape or the backdrop closes, focus returns where it was.
 */
import { type ReactNode, useLayoutEffect, useRef } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), textarea, select, a[href], [tabindex="0"]';

export function ModalDialog({
  title,
  titleId,
  onClose,
  children,
  className,
}: {
  title: string;
  titleId: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  // A layout effect, so focus is inside the dialog in the same commit that shows it: a passive
  // effect leaves a frame (longer on a busy machine) where keys still go to the page behind.
  useLayoutEffect(() => {
    const returnTo = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    // When the focused control disappears (a deleted entry), focus falls to the page; keep it in the dialog.
    const keepFocus = (e: FocusEvent) => {
      if (e.relatedTarget === null && ref.current && !ref.current.contains(document.activeElement)) {
        setTimeout(() => {
          if (ref.current && (document.activeElement === document.body || document.activeElement === null)) ref.current.focus();
        });
      }
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !ref.current?.contains(e.target as Node)) onCloseRef.current();
    };
    document.addEventListener('focusout', keepFocus);
    window.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('focusout', keepFocus);
      window.removeEventListener('keydown', escape);
      returnTo?.focus?.();
    };
  }, []);
  return (
    <div className="backdrop" onClick={onClose}>
      <div
        ref={ref}
        className={`dialog ${className ?? ''}`}
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') {
            onClose();
          } else if (e.key === 'Tab') {
            const focusable = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
            const first = focusable[0];
            const last = focusable[focusable.length - 1];
            if (e.shiftKey && document.activeElement === first) {
              e.preventDefault();
              last?.focus();
            } else if (!e.shiftKey && document.activeElement === last) {
              e.preventDefault();
              first?.focus();
            }
          }
        }}
      >
        <div className="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="tool compact" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
