/**
 * engine/io/latex-text — escaping for LaTeX text mode, shared by the TikZ export and the TeX
 * printer of identification formulas (inside `\textit{…}`), so a user's label can never run a
 * command (`\input{…}`) or unbalance a group.
 *
 * Contract: every character special to LaTeX or ambiguous in its default font encoding is written
 * as a command KaTeX also renders; line breaks become spaces. Complexity: O(length).
 * Reference: the LaTeX2e manual, "Special characters"; KaTeX's supported-functions list.
 */
const LATEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '^': '\\textasciicircum{}',
  _: '\\_',
  '%': '\\%',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
  '"': "''",
};

/** Escapes text for a LaTeX text-mode argument; line breaks become spaces. */
export function latexText(text: string): string {
  return text.replace(/[\\{}$&#^_%~<>|"]/g, (c) => LATEX_SPECIALS[c]).replace(/[\r\n]+/g, ' ');
}
