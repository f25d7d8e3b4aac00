// @vitest-environment jsdom
/** The share bar closes on Escape and on ✕, and focus goes back to the button that opened it. */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SharePanel, useSharePanel } from '../../../src/app/share/SharePanel';

afterEach(() => {
  act(() => useSharePanel.getState().show(null));
  cleanup();
});

function openFromButton() {
  render(
    <>
      <button type="button">Share</button>
      <SharePanel />
    </>,
  );
  const button = screen.getByRole('button', { name: 'Share' });
  button.focus();
  act(() => useSharePanel.getState().show('https://example.test/#c1.abc', true));
  const box = screen.getByRole('textbox', { name: 'Share link' });
  expect(document.activeElement).toBe(box);
  return { button, box };
}

describe('share bar', () => {
  it('Escape closes it and returns focus to the Share button', () => {
    const { button, box } = openFromButton();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Share link' })).toBeNull();
    expect(useSharePanel.getState().url).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('the close button does the same', () => {
    const { button } = openFromButton();
    fireEvent.click(screen.getByRole('button', { name: 'Close share link' }));
    expect(screen.queryByRole('region', { name: 'Share' })).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
