/**
 * app/persistence/Notices — the notice area under the toolbar. Errors are alerts (read out at
 * once), the rest polite status messages; each has a Dismiss button and maybe one action.
 */
import { useNotices } from './notices';

export function Notices() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="notices" aria-label="Notices" role="region">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <p className="notice-text">{n.text}</p>
          {n.action && (
            <button
              type="button"
              className="tool"
              onClick={() => {
                dismiss(n.id);
                n.action!.run();
              }}
            >
              {n.action.label}
            </button>
          )}
          <button type="button" className="tool compact" aria-label="Dismiss notice" onClick={() => dismiss(n.id)}>
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
