/** app/components/Announcer — the aria-live region that speaks the outcome of each command. */
import { useUiStore } from '../store/ui';

/** The polite live region: every action's outcome is announced here for screen readers. */
export function Announcer() {
  const { text, seq } = useUiStore((s) => s.announcement);
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {/* The key makes a repeated message a new node, so it is read again. */}
      <span key={seq}>{text}</span>
    </div>
  );
}
