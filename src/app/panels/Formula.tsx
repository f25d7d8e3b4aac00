/**
 * app/panels/Formula — renders TeX with KaTeX, loaded on first use so it stays out of the initial
 * bundle. `trust: false` (no \href, \includegraphics, …) and `throwOnError: false` (a bad formula
 * shows in red instead of breaking the panel). Until KaTeX arrives, the TeX source is shown.
 */
import { useEffect, useState } from 'react';

type RenderToString = (tex: string, options: Record<string, unknown>) => string;

let katexPromise: Promise<RenderToString> | null = null;

/** Loads KaTeX and its stylesheet once. */
export function loadKatex(): Promise<RenderToString> {
  katexPromise ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([module]) => module.default.renderToString as RenderToString,
  );
  return katexPromise;
}

export function Formula({ tex }: { tex: string }) {
  const [html, setHtml] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setHtml(null);
    loadKatex().then(
      (render) => {
        if (!current) return;
        setHtml(render(tex, { displayMode: true, trust: false, throwOnError: false, output: 'htmlAndMathml' }));
      },
      () => {
        // KaTeX failed to load (offline): the TeX source stays visible.
      },
    );
    return () => {
      current = false;
    };
  }, [tex]);

  if (html === null) {
    return (
      <code className="cw-formula-source">{tex}</code>
    );
  }
  // KaTeX escapes every character it prints and, with trust: false, emits no links or images.
  return <div className="cw-formula" data-testid="formula" dangerouslySetInnerHTML={{ __html: html }} />;
}
