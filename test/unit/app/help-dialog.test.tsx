// @vitest-environment jsdom
/** The shortcut list: keys with every modifier they need, and each undo note said once. */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ariaKeyShortcut, shortcutText } from '../../../src/app/actions/keyboard';
import { ACTIONS } from '../../../src/app/actions/registry';
import { HelpDialog } from '../../../src/app/components/HelpDialog';
import { useUiStore } from '../../../src/app/store/ui';

afterEach(cleanup);

describe('shortcut text', () => {
  it('names Shift for every key that needs it, letters or not', () => {
    expect(shortcutText({ key: 'F10', shift: true })).toBe('Shift+F10');
    expect(shortcutText({ key: 'L', shift: true })).toBe('Shift+L');
    expect(shortcutText({ key: 'z', mod: true, shift: true })).toMatch(/^(Ctrl|⌘)\+Shift\+Z$/);
    expect(shortcutText({ key: 'Escape' })).toBe('Esc');
    expect(ariaKeyShortcut({ key: 'F10', shift: true })).toBe('Shift+F10');
    expect(ariaKeyShortcut({ key: 'z', mod: true, shift: true })).toMatch(/^(Control|Meta)\+Shift\+z$/);
  });
});

describe('help dialog', () => {
  const rowOf = (label: string) => within(screen.getByRole('dialog')).getByRole('rowheader', { name: label }).closest('tr')!;

  it('shows Shift+F10 for the context menu and every declared modifier in the keys column', () => {
    useUiStore.setState({ helpOpen: true });
    render(<HelpDialog />);
    const menuAction = ACTIONS.find((a) => a.shortcuts.some((s) => s.key === 'F10'))!;
    expect(rowOf(menuAction.label).cells[1]).toHaveTextContent('Shift+F10');
    for (const action of ACTIONS) {
      const keys = rowOf(action.label).cells[1].textContent ?? '';
      for (const s of action.shortcuts) if (s.shift) expect(keys).toContain('Shift+');
    }
  });

  it('says how an action meets the undo history once', () => {
    useUiStore.setState({ helpOpen: true });
    render(<HelpDialog />);
    for (const action of ACTIONS) {
      const text = rowOf(action.label).cells[2].textContent ?? '';
      expect({ action: action.id, times: text.match(/undo step/gi)?.length ?? 0 }).toEqual({
        action: action.id,
        times: action.undo === 'record' || action.undo === 'gesture' || /undo step/i.test(action.description) ? 1 : 0,
      });
    }
  });
});

describe('help dialog wording', () => {
  it('reads as sentences: no description has two colons (as “…variables: unobserved: never…” had)', () => {
    useUiStore.setState({ helpOpen: true });
    render(<HelpDialog />);
    for (const action of ACTIONS) {
      const text = within(screen.getByRole('dialog')).getByRole('rowheader', { name: action.label }).closest('tr')!.cells[2].textContent ?? '';
      expect(text.split(':').length - 1, `${action.id}: ${text}`).toBeLessThanOrEqual(1);
    }
    const latent = within(screen.getByRole('dialog')).getByRole('rowheader', { name: 'Latent' }).closest('tr')!.cells[2];
    expect(latent).toHaveTextContent('Toggles “latent” on the focused or selected variables: unobserved, so never used for adjustment (dashed border, ◌).');
  });
});
