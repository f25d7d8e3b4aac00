/**
 * app/exporting/png — a PNG of the model SVG at twice its size (sharp on high-density screens
 * and in print): the SVG is loaded as an image from a `blob:` URL, drawn on a canvas scaled by
 * `scale`, and encoded by the browser. No DOM screenshot, no extra library.
 */

/** Width and height of an SVG document from its root element's attributes. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) return null;
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  return Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0 ? { width, height } : null;
}

/** Largest canvas side browsers reliably allow. */
const MAX_SIDE = 16_000;

export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const size = svgSize(svg);
  if (!size) throw new Error('app/exporting/png: the SVG has no width and height');
  const factor = Math.min(scale, MAX_SIDE / size.width, MAX_SIDE / size.height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('app/exporting/png: the browser could not draw the SVG'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * factor);
    canvas.height = Math.round(size.height * factor);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('app/exporting/png: no 2D canvas');
    context.setTransform(factor, 0, 0, factor, 0, 0);
    context.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('app/exporting/png: encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
