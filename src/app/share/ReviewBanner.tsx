/**
 * app/share/ReviewBanner — shown while a shared graph is open read-only: says so, offers
 * "Make an editable copy" and a way back to one's own work. Also marks the page
 * (`body.is-reviewing`) so editing affordances are hidden.
 */
import { useEffect } from 'react';
import { browserStorage } from '../persistence/autosave';
import { closeReview, makeEditableCopy } from './share';
import { useReviewMode } from './review-mode';

export function ReviewBanner() {
  const readOnly = useReviewMode((s) => s.readOnly);
  useEffect(() => {
    document.body.classList.toggle('is-reviewing', readOnly);
  }, [readOnly]);
  if (!readOnly) return null;
  return (
    <section className="review-banner" aria-label="Reviewing a shared graph">
      <p>
        <strong>Read-only review.</strong> This graph came from a share link. The analyses are recomputed from it here; nothing
        you do changes it.
      </p>
      <button type="button" className="tool primary" onClick={() => makeEditableCopy(browserStorage())}>
        Make an editable copy
      </button>
      <button type="button" className="tool" onClick={() => closeReview(browserStorage())}>
        Back to my own graph
      </button>
    </section>
  );
}
