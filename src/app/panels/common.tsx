/**
 * app/panels/common — the pieces every analysis panel is made of: the landmark section, set and
 * path text, a control that previews its highlight on hover and focus, and the messages shown
 * instead of results (a cycle, a refused question).
 */
import { type ReactNode, useEffect, useId, useState } from 'react';
import type { IdSet, PathView, Section } from '../analysis/types';
import { type HighlightSpec, stepArrow } from './highlight';
import { useNodeName, usePanelEnvironment } from './panel-context';

/** A landmark region whose accessible name is exactly `title`. */
export function Panel({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="cw-panel" aria-labelledby={id}>
      <h2 id={id} className="cw-panel-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The message every panel shows instead of results when the graph cannot be analysed. */
export function BlockedMessage({ message }: { message: string }) {
  return (
    <p className="cw-blocked" role="note">
      {capitalise(message)}
    </p>
  );
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `{A, B}` with display names; the empty set as ∅. */
export function SetText({ set }: { set: IdSet }) {
  const name = useNodeName();
  if (set.length === 0) return <span className="cw-set">∅</span>;
  return <span className="cw-set">{`{${set.map(name).join(', ')}}`}</span>;
}

export function setAsText(set: IdSet, name: (id: string) => string): string {
  return set.length === 0 ? '∅' : `{${set.map(name).join(', ')}}`;
}

const ARROWS = { '->': '→', '<-': '←', '<->': '↔' } as const;

export function pathAsText(path: PathView, name: (id: string) => string): string {
  let text = name(path.nodes[0]);
  for (let i = 1; i < path.nodes.length; i++) text += ` ${ARROWS[path.edges[i - 1]]} ${name(path.nodes[i])}`;
  return text;
}

/** A path known only by its nodes (the arrows are looked up in the graph). */
export function NodePathText({ nodes }: { nodes: IdSet }) {
  const { graph } = usePanelEnvironment();
  const name = useNodeName();
  let text = name(nodes[0]);
  for (let i = 1; i < nodes.length; i++) text += ` ${stepArrow(graph, nodes[i - 1], nodes[i])} ${name(nodes[i])}`;
  return <span className="cw-path">{text}</span>;
}

export function PathText({ path }: { path: PathView }) {
  const name = useNodeName();
  return <span className="cw-path">{pathAsText(path, name)}</span>;
}

/**
 * A button that shows `highlight` on the canvas while it is hovered or focused (touch: tapped).
 * `onClick` adds an action of its own (applying a set).
 */
export function PreviewButton({
  highlight,
  onClick,
  className,
  label,
  pressed,
  describedBy,
  children,
}: {
  describedBy?: string;
  highlight: HighlightSpec;
  onClick?: () => void;
  className?: string;
  label?: string;
  pressed?: boolean;
  children: ReactNode;
}) {
  const { preview } = usePanelEnvironment();
  return (
    <button
      type="button"
      className={`cw-item ${className ?? ''}`}
      aria-label={label}
      aria-pressed={pressed}
      aria-describedby={describedBy}
      onMouseEnter={() => preview(highlight)}
      onMouseLeave={() => preview(null)}
      onFocus={() => preview(highlight)}
      onBlur={() => preview(null)}
      onClick={() => {
        preview(highlight);
        onClick?.();
      }}
    >
      {children}
    </button>
  );
}

/** Renders a section's value, or the engine's message when it refused the question. */
export function SectionBody<T>({ section, children }: { section: Section<T>; children: (value: T) => ReactNode }) {
  if (!section.ok) return <p className="cw-note">{capitalise(section.message)}</p>;
  return <>{children(section.value)}</>;
}

export function TruncatedNote({ truncated, shown }: { truncated: boolean; shown: number }) {
  if (!truncated) return null;
  return <p className="cw-note">Showing the first {shown}; there are more.</p>;
}

/** Pins `highlight` for `source` while it stays the same, and withdraws it on unmount. */
export function usePinnedHighlight(source: string, highlight: HighlightSpec | null): void {
  const { pin } = usePanelEnvironment();
  const key = highlight ? JSON.stringify(highlight) : '';
  useEffect(() => {
    pin(source, key ? (JSON.parse(key) as HighlightSpec) : null);
    return () => pin(source, null);
  }, [pin, source, key]);
}

/** One sentence on why a path is blocked or what opened it; null when there is nothing to say. */
export function pathWhyText(path: PathView, name: (id: string) => string): string | null {
  const why = path.why;
  if (!why) return null;
  if (!path.open && why.blockedAt.length > 0) {
    const parts = why.blockedAt.map((b) =>
      b.collider ? `${name(b.id)} (a collider; nothing at or below it is conditioned on)` : `${name(b.id)} (conditioned on)`,
    );
    return `Blocked at ${parts.join(' and at ')}.`;
  }
  if (path.open && why.opened.length > 0) {
    const parts = why.opened.map((o) =>
      o.by === o.id ? `${name(o.id)} is a collider that is conditioned on` : `${name(o.id)} is a collider whose descendant ${name(o.by)} is conditioned on`,
    );
    return `Open because ${parts.join(', and ')}.`;
  }
  return null;
}

/**
 * A list that shows its first `limit` items and a button for the rest, so a large graph's
 * hundred implications do not push every other panel out of sight.
 */
export function LongList<T>({
  items,
  limit = 10,
  className,
  noun,
  itemKey,
  children,
}: {
  items: readonly T[];
  limit?: number;
  className?: string;
  noun: string;
  itemKey: (item: T) => string;
  children: (item: T) => ReactNode;
}) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const shown = expanded ? items : items.slice(0, limit);
  return (
    <>
      <ul id={listId} className={`cw-items ${className ?? ''}`}>
        {shown.map((item) => (
          <li key={itemKey(item)}>{children(item)}</li>
        ))}
      </ul>
      {items.length > limit && (
        <button type="button" className="cw-more-button" aria-controls={listId} aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? `Show the first ${limit} only` : `Show all ${items.length} ${noun}`}
        </button>
      )}
    </>
  );
}
