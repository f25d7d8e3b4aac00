/**
 * app/actions/registry — every declared command, in the order the help dialog lists them.
 */
import { addNodeAction } from './add-node';
import { autoLayoutAction } from './auto-layout';
import { cancelAction } from './cancel';
import { connectAction, connectBidirectedAction } from './connect';
import { contextMenuAction } from './context-menu';
import { copyAction } from './copy';
import { deleteSelectionAction } from './delete-selection';
import { helpAction } from './help';
import { redoAction, undoAction } from './history';
import { newDiagramAction } from './new-diagram';
import { pasteAction } from './paste';
import { renameAction } from './rename';
import { reverseEdgeAction } from './reverse-edge';
import { roleActions } from './roles';
import { selectAllAction } from './select-all';
import { toggleEdgeKindAction } from './toggle-edge-kind';
import type { Action } from './types';
import { fitViewAction, zoomInAction, zoomOutAction } from './view';
import { FILE_ACTIONS } from '../files/file-actions';

export const ACTIONS: readonly Action[] = [
  addNodeAction,
  renameAction,
  deleteSelectionAction,
  selectAllAction,
  copyAction,
  pasteAction,
  cancelAction,
  contextMenuAction,
  newDiagramAction,
  connectAction,
  connectBidirectedAction,
  toggleEdgeKindAction,
  reverseEdgeAction,
  ...roleActions,
  undoAction,
  redoAction,
  autoLayoutAction,
  zoomInAction,
  zoomOutAction,
  fitViewAction,
  ...FILE_ACTIONS,
  helpAction,
];

export function actionById(id: string): Action {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`app/actions: unknown action "${id}"`);
  return action;
}
