/**
 * app/files/use-file-drop — a file dropped on the canvas opens like File → Open. A file dropped
 * anywhere else is ignored instead of letting the browser navigate away from the work.
 */
import { useEffect } from 'react';
import { openFile } from './open-file';

const carriesFiles = (e: DragEvent) => Boolean(e.dataTransfer && [...e.dataTransfer.types].includes('Files'));
const onCanvas = (e: DragEvent) => e.target instanceof Element && e.target.closest('.canvas-wrap') !== null;

export function useFileDrop(): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = onCanvas(e) ? 'copy' : 'none';
      document.body.classList.toggle('is-dropping', onCanvas(e));
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) document.body.classList.remove('is-dropping');
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      document.body.classList.remove('is-dropping');
      const file = e.dataTransfer?.files[0];
      if (file && onCanvas(e)) void openFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
