/**
 * app/persistence/boot — what the page shows first: a shared graph when the address carries a
 * share link (read-only), else the autosaved work, else the built-in example. Then autosave and
 * the share-address watcher start. Called once, before the first render (so that the dialog key
 * guard runs before the editor's shortcut listener).
 */
import { isShareHash, openShareFragment, watchShareAddress } from '../share/share';
import { browserStorage, restoreAutosave, startAutosave } from './autosave';
import { guardDialogKeys } from './dialog-keys';
import { followNotesThroughHistory } from './session';

export function bootPersistence(): () => void {
  const stopGuard = guardDialogKeys();
  const storage = browserStorage();
  const opened = isShareHash(location.hash) && openShareFragment(location.hash);
  if (!opened) restoreAutosave(storage);
  const stopAutosave = startAutosave(storage);
  const stopWatching = watchShareAddress();
  const stopFollowing = followNotesThroughHistory();
  return () => {
    stopAutosave();
    stopWatching();
    stopFollowing();
    stopGuard();
  };
}
