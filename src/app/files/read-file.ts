/**
 * app/files/read-file — turns an opened or dropped file's text into a Causeway document.
 *
 * Contract: `.dot`/`.gv` files are read as Graphviz DOT; everything else goes to the engine's
 * `readGraphInput` (a Causeway JSON document when the text starts like one, DAGitty model code
 * otherwise). Never throws; a failure carries the reader's sentence and, where known, the line
 * and column, already worded for a notice.
 */
import { type CausewayDocument, type Diagnostic, documentFromGraph, importDot, readGraphInput } from '../../engine';

/** Largest file Causeway opens; the engine refuses larger documents anyway. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type FileReading =
  | { readonly ok: true; readonly document: CausewayDocument; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly message: string };

const where = (line?: number, column?: number) => (line !== undefined ? `line ${line}${column !== undefined ? `, column ${column}` : ''}: ` : '');

export function readDocumentText(fileName: string, text: string): FileReading {
  const name = fileName.toLowerCase();
  if (name.endsWith('.dot') || name.endsWith('.gv')) {
    const dot = importDot(text);
    if (dot.ok) return { ok: true, document: documentFromGraph(dot.graph), warnings: [] };
    return { ok: false, message: `Could not open “${fileName}”: ${where(dot.error.line, dot.error.column)}${dot.error.message}` };
  }
  const read = readGraphInput(text);
  if (read.ok) return { ok: true, document: read.document, warnings: read.diagnostics.filter((d) => d.severity !== 'info') };
  return { ok: false, message: `Could not open “${fileName}”: ${where(read.error.line, read.error.column)}${read.error.message}` };
}

/** Reads a `File` (from an input or a drop). */
export async function readDocumentFile(file: File): Promise<FileReading> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, message: `Could not open “${file.name}”: it is larger than 5 MB.` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: `Could not read “${file.name}”.` };
  }
  return readDocumentText(file.name, text);
}
