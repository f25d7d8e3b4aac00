/**
 * engine/io/exports-svg — the graph as a standalone SVG figure for papers and slides.
 *
 * Contract: a well-formed SVG document drawn from the model (not from the screen), so it is the
 * same on every machine. All text is XML-escaped; ids never reach attribute names. Roles are
 * drawn with shape and line style as well as colour (exposure: bold border with a ▶ mark;
 * outcome: double border; adjusted: square corners and grey fill; latent: dashed border;
 * selected: thick border), and bidirected edges are dashed, curved and have two arrowheads, so
 * the figure reads the same in greyscale. Nodes without positions are placed on a row.
 * Complexity: O(n + m). Reference: SVG 1.1 (paths, markers, text).
 */
import type { CausalEdge, CausalGraph, CausalNode } from '../graph/types';

export interface SvgOptions {
  /** Pixels per model unit (default 160). */
  readonly unit?: number;
  /** Margin around the drawing in pixels (default 24). */
  readonly margin?: number;
}

/** Escapes text for XML character data and attribute values. */
export function xmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // XML 1.0 forbids these control characters even when escaped, so they become U+FFFD.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
}

const CHAR_WIDTH = 7.5;
const BOX_HEIGHT = 30;

interface Box {
  readonly cx: number;
  readonly cy: number;
  readonly w: number;
  readonly h: number;
}

function nodeText(node: CausalNode): string {
  return (node.label ?? node.id).replace(/[\r\n]+/g, ' ');
}

/** Where the segment from the box centre towards (tx, ty) leaves the box. */
function boxExit(box: Box, tx: number, ty: number): [number, number] {
  const dx = tx - box.cx;
  const dy = ty - box.cy;
  if (dx === 0 && dy === 0) return [box.cx, box.cy];
  const sx = dx === 0 ? Infinity : box.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : box.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [box.cx + dx * s, box.cy + dy * s];
}

const f = (v: number) => String(Math.round(v * 10) / 10 + 0);

function edgePath(edge: CausalEdge, a: Box, b: Box): string {
  const curved = edge.kind === '<->';
  const [x1, y1] = boxExit(a, b.cx, b.cy);
  const [x2, y2] = boxExit(b, a.cx, a.cy);
  const style = edge.kind === '<->' ? ' stroke-dasharray="6 4"' : edge.kind === '--' ? '' : '';
  const start = edge.kind === '<->' ? ' marker-start="url(#arrow-start)"' : edge.kind.startsWith('@') ? ' marker-start="url(#circle)"' : '';
  const end = edge.kind === '->' || edge.kind === '<->' || edge.kind === '@->' ? ' marker-end="url(#arrow)"' : edge.kind === '@-@' ? ' marker-end="url(#circle)"' : '';
  let d = `M${f(x1)},${f(y1)} L${f(x2)},${f(y2)}`;
  if (curved) {
    const mx = (x1 + x2) / 2 - (y2 - y1) * 0.2;
    const my = (y1 + y2) / 2 + (x2 - x1) * 0.2;
    d = `M${f(x1)},${f(y1)} Q${f(mx)},${f(my)} ${f(x2)},${f(y2)}`;
  }
  const title = `<title>${xmlText(`${edge.from} ${edge.kind} ${edge.to}`)}</title>`;
  return `<path d="${d}" fill="none" stroke="#334155" stroke-width="1.6"${style}${start}${end}>${title}</path>`;
}

function nodeShape(node: CausalNode, box: Box): string {
  const roles = new Set(node.roles);
  const x = box.cx - box.w / 2;
  const y = box.cy - box.h / 2;
  const rx = roles.has('adjusted') ? 0 : 8;
  const fill = roles.has('adjusted') ? '#e2e8f0' : roles.has('exposure') ? '#fef3c7' : roles.has('outcome') ? '#dbeafe' : '#ffffff';
  const width = roles.has('selected') ? 3.5 : roles.has('exposure') ? 2.5 : 1.4;
  const dash = roles.has('latent') ? ' stroke-dasharray="5 3"' : '';
  const parts = [
    `<rect x="${f(x)}" y="${f(y)}" width="${f(box.w)}" height="${f(box.h)}" rx="${rx}" fill="${fill}" stroke="#0f172a" stroke-width="${width}"${dash}/>`,
  ];
  if (roles.has('outcome')) {
    parts.push(`<rect x="${f(x + 3)}" y="${f(y + 3)}" width="${f(box.w - 6)}" height="${f(box.h - 6)}" rx="${Math.max(0, rx - 3)}" fill="none" stroke="#0f172a" stroke-width="1"/>`);
  }
  const mark = roles.has('exposure') ? '▶ ' : '';
  parts.push(
    `<text x="${f(box.cx)}" y="${f(box.cy + 4.5)}" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="13">${xmlText(mark + nodeText(node))}</text>`,
  );
  const roleText = node.roles.length ? ` (${node.roles.join(', ')})` : '';
  return `<g><title>${xmlText(nodeText(node) + roleText)}</title>${parts.join('')}</g>`;
}

export function exportSvg(graph: CausalGraph, options: SvgOptions = {}): string {
  const unit = options.unit ?? 160;
  const margin = options.margin ?? 24;
  const boxes = new Map<string, Box>();
  graph.nodes.forEach((node, i) => {
    const text = (node.roles.includes('exposure') ? '▶ ' : '') + nodeText(node);
    const w = Math.max(44, Math.min(320, text.length * CHAR_WIDTH + 24));
    boxes.set(node.id, { cx: (node.pos?.x ?? i * 1.2) * unit, cy: (node.pos?.y ?? 0) * unit, w, h: BOX_HEIGHT });
  });
  const all = [...boxes.values()];
  const minX = all.length ? Math.min(...all.map((b) => b.cx - b.w / 2)) - margin : 0;
  const minY = all.length ? Math.min(...all.map((b) => b.cy - b.h / 2)) - margin : 0;
  const maxX = all.length ? Math.max(...all.map((b) => b.cx + b.w / 2)) + margin : 2 * margin;
  const maxY = all.length ? Math.max(...all.map((b) => b.cy + b.h / 2)) + margin : 2 * margin;
  const width = maxX - minX;
  const height = maxY - minY;
  const title = graph.name ? xmlText(graph.name) : 'Causal diagram';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width)}" height="${f(height)}" viewBox="${f(minX)} ${f(minY)} ${f(width)} ${f(height)}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    '<defs>',
    '<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#334155"/></marker>',
    '<marker id="arrow-start" viewBox="0 0 10 10" refX="0" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M10,0 L0,5 L10,10 z" fill="#334155"/></marker>',
    '<marker id="circle" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="7" markerHeight="7"><circle cx="5" cy="5" r="4" fill="#fff" stroke="#334155" stroke-width="1.5"/></marker>',
    '</defs>',
    `<rect x="${f(minX)}" y="${f(minY)}" width="${f(width)}" height="${f(height)}" fill="#ffffff"/>`,
    ...graph.edges.map((e) => edgePath(e, boxes.get(e.from)!, boxes.get(e.to)!)),
    ...graph.nodes.map((n) => nodeShape(n, boxes.get(n.id)!)),
    '</svg>',
  ].join('\n') + '\n';
}
