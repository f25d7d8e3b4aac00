// @vitest-environment jsdom
/** Menus: keys move through the items; focus goes back to whatever opened the menu. */
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MenuButton } from '../../../src/app/components/MenuButton';

afterEach(cleanup);

const ITEMS = ['One', 'Two', 'Three', 'Four'].map((label) => ({ key: label, label, onSelect: vi.fn() }));

function openMenu() {
  render(<MenuButton label="Things" icon="T" items={ITEMS} />);
  fireEvent.click(screen.getByRole('button', { name: 'Things' }));
  return screen.getAllByRole('menuitem');
}

describe('menu keys', () => {
  it('End moves to the last item and Home to the first', () => {
    const items = openMenu();
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0], { key: 'ArrowDown' });
    fireEvent.keyDown(items[1], { key: 'End' });
    expect(document.activeElement).toBe(items[3]);
    fireEvent.keyDown(items[3], { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
  });
});
