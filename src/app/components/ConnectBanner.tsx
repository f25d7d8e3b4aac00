/** app/components/ConnectBanner — the visible state of keyboard/click connect mode. */
import { useUiStore } from '../store/ui';

/** While an edge is being drawn by keyboard or click, says so and offers a way out. */
export function ConnectBanner() {
  const connecting = useUiStore((s) => s.connecting);
  if (!connecting) return null;
  return (
    <div className="connect-banner">
      <span>
        Drawing {connecting.kind === '->' ? 'an arrow' : 'a bidirected edge'} from <strong>{connecting.from}</strong>: click the target, or Tab
        to it and press Enter.
      </span>
      <button
        type="button"
        className="tool"
        onClick={() => {
          useUiStore.getState().setConnecting(null);
          useUiStore.getState().announce('Connection cancelled.');
        }}
      >
        Cancel
      </button>
    </div>
  );
}
