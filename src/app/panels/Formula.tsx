/**
 * app/panels/Formula — renders TeX with KaTeX, loaded on first use so it stays out of the initial
 * bundle. `trust: false` (no \href, \includegraphics, …) and `throwOnError: false` (a bad formula
 * shows in red instead of breaking the panel). Until KaTeX arrives, the TeX source is shown.
 */
import { Fragment, useEffect, useState } from 'react';
import { useNodeName } from './panel-context';

type RenderToString = (tex: string, options: Record<string, unknown>) => string;

let katexPromise: Promise<RenderToString> | null = null;

/** Loads KaTeX and its stylesheet once. */
export function loadKatex(): Promise<RenderToString> {
  katexPromise ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([module]) => module.default.renderToString as RenderToString,
  );
  return katexPromise;
}

/**
 * Under a formula, what its symbols stand for where the diagram shows a label instead of the id
 * (the formula writes ids, which stay short and unambiguous). Nothing when every id is its name.
 */
function SymbolKey({ variables }: { variables: readonly string[] }) {
  const name = useNodeName();
  const labelled = [...new Set(variables)].filter((id) => name(id) !== id).sort();
  if (labelled.length === 0) return null;
  return (
    <p className="cw-hint cw-formula-key">
      In the formula,{' '}
      {labelled.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && '; '}
          <code>{id}</code> is {name(id)}
        </Fragment>
      ))}
      .
    </p>
  );
}

export function Formula({ tex, variables = [] }: { tex: string; variables?: readonly string[] }) {
  return (
    <>
      <FormulaMath tex={tex} />
      <SymbolKey variables={variables} />
    </>
  );
}

function FormulaMath({ tex }: { tex: string }) {
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
