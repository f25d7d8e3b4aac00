/**
 * app/files/download — saves text or a blob as a file through a temporary `blob:` link with a
 * `download` attribute (no server, allowed by the page's Content-Security-Policy).
 */

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(fileName, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** A file name from the graph's name: letters, digits, `-` and `_` only. */
export function baseFileName(name: string | undefined): string {
  const cleaned = (name ?? '').normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return cleaned || 'causal-diagram';
}
