/** app/components/ExamplesMenu — the examples gallery menu in the toolbar. */
import { useCallback, useRef, useState } from 'react';
import { loadExample } from '../actions/load-example';
import { newDiagramAction } from '../actions/new-diagram';
import { EXAMPLES } from '../examples/catalogue';
import { Menu } from './Menu';

/** The examples gallery: each entry names what the diagram teaches. */
export function ExamplesMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback((chosen: boolean) => {
    setOpen(false);
    if (!chosen) button.current?.focus();
  }, []);
  return (
    <div className="menu-anchor">
      <button
        ref={button}
        type="button"
        className="tool"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="tool-icon" aria-hidden="true">
          ☰
        </span>
        <span className="tool-label">Examples</span>
      </button>
      {open && (
        <Menu
          label="Examples"
          className="examples-menu"
          onClose={close}
          items={[
            ...EXAMPLES.map((example) => ({
              key: example.id,
              ariaLabel: `${example.title}. ${example.teaches}`,
              label: (
                <>
                  <strong>{example.title}</strong>
                  <span className="menu-note">{example.teaches}</span>
                </>
              ),
              onSelect: () => loadExample(example.id),
            })),
            { key: 'new', label: <strong>{newDiagramAction.label}</strong>, onSelect: () => newDiagramAction.perform() },
          ]}
        />
      )}
    </div>
  );
}
