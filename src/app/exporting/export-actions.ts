/**
 * app/exporting/export-actions — downloads one export of the working document.
 */
import { baseFileName, downloadBlob, downloadText } from '../files/download';
import { notify } from '../persistence/notices';
import { currentDocument } from '../persistence/session';
import { type TextFormatId, textFormat } from './formats';
import { svgToPng } from './png';
import { exportSvg } from '../../engine';

export function exportText(id: TextFormatId): void {
  const doc = currentDocument();
  const format = textFormat(id);
  downloadText(`${baseFileName(doc.graph.name)}.${format.extension}`, format.produce(doc), format.mime);
}

export async function exportPng(scale = 2): Promise<void> {
  const doc = currentDocument();
  try {
    const png = await svgToPng(exportSvg(doc.graph), scale);
    downloadBlob(`${baseFileName(doc.graph.name)}@${scale}x.png`, png);
  } catch (error) {
    notify({ tone: 'error', topic: 'export', text: `The PNG could not be made: ${error instanceof Error ? error.message : String(error)}` });
  }
}
