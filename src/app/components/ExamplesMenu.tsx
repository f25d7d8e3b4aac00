/** app/components/ExamplesMenu — the examples gallery menu in the toolbar. */
import { loadExample } from '../actions/load-example';
import { newDiagramAction } from '../actions/new-diagram';
import { EXAMPLES } from '../examples/catalogue';
import { MenuButton } from './MenuButton';

/** The examples gallery: each entry names what the diagram teaches. */
export function ExamplesMenu() {
  return (
    <MenuButton
      label="Examples"
      icon="☰"
      className="examples-menu"
      align="end"
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
  );
}
