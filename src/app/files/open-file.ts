/**
 * app/files/open-file — opens a file into the editor: the graph (and its notes) is replaced only
 * when the whole file reads, as one undo step; otherwise a notice says what is wrong and where.
 */
import { notify } from '../persistence/notices';
import { openDocument } from '../persistence/session';
import { isReadOnly } from '../share/review-mode';
import { type FileReading, readDocumentFile } from './read-file';

export function applyReading(fileName: string, reading: FileReading): boolean {
  if (isReadOnly()) {
    notify({ tone: 'warning', topic: 'open-file', text: 'This shared graph is read-only. Make an editable copy first, then open the file.' });
    return false;
  }
  if (!reading.ok) {
    const sentence = /[.!?]$/.test(reading.message) ? reading.message : `${reading.message}.`;
    notify({ tone: 'error', topic: 'open-file', text: `${sentence} The diagram was not changed.` });
    return false;
  }
  openDocument(reading.document, `Opened ${fileName}.`);
  const warnings = reading.warnings.slice(0, 3).map((d) => `line ${d.line}, column ${d.column}: ${d.message}`);
  notify({
    tone: warnings.length ? 'warning' : 'info',
    topic: 'open-file',
    text: `Opened “${fileName}” (undo brings the previous diagram back).${warnings.length ? ` Notes: ${warnings.join('; ')}` : ''}`,
  });
  return true;
}

export async function openFile(file: File): Promise<boolean> {
  return applyReading(file.name, await readDocumentFile(file));
}
