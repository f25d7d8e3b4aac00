/**
 * engine/io/json-locate — finds where a JSON text first goes wrong, for a located message.
 *
 * Contract: `locateJsonError(text)` scans the text with the JSON grammar (RFC 8259) and returns
 * the 1-based line and column of the first syntax error with a short description, or null when
 * the text is valid JSON. Used only after `JSON.parse` has failed, because engines' own messages
 * do not always say where. Iterative (an explicit stack), so deep nesting cannot overflow.
 * Complexity: O(length of text).
 * Reference: RFC 8259, The JavaScript Object Notation (JSON) Data Interchange Format.
 */
export interface JsonErrorLocation {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

export function locateJsonError(text: string): JsonErrorLocation | null {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const at = (offset: number, message: string): JsonErrorLocation => {
    let line = 1;
    let start = 0;
    for (let k = 0; k < offset && k < text.length; k++) {
      if (text[k] === '\n') {
        line++;
        start = k + 1;
      }
    }
    return { line, column: offset - start + 1, message };
  };
  const afterValue = (): Expect => (stack.length === 0 ? 'done' : 'commaOrEnd');
  for (;;) {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
    if (i >= text.length) return expect === 'done' ? null : at(i, 'unexpected end of the text');
    const c = text[i];
    const shown = JSON.stringify(c);
    if (expect === 'done') return at(i, `unexpected ${shown} after the end of the JSON value`);
    if (expect === 'colon') {
      if (c !== ':') return at(i, `expected ":" after a property name, found ${shown}`);
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'commaOrEnd') {
      const top = stack[stack.length - 1];
      const close = top === '{' ? '}' : ']';
      if (c === ',') expect = top === '{' ? 'key' : 'value';
      else if (c === close) {
        stack.pop();
        expect = afterValue();
      } else return at(i, `expected "," or "${close}", found ${shown}`);
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'keyOrEnd') {
      if (expect === 'keyOrEnd' && c === '}') {
        stack.pop();
        i++;
        expect = afterValue();
        continue;
      }
      if (c !== '"') return at(i, `expected a property name in double quotes, found ${shown}`);
      const end = scanString(i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
      continue;
    }
    if (expect === 'valueOrEnd' && c === ']') {
      stack.pop();
      i++;
      expect = afterValue();
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
      continue;
    }
    if (c === '"') {
      const end = scanString(i);
      if (typeof end !== 'number') return end;
      i = end;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return at(i, 'malformed number');
      i = NUMBER.lastIndex;
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (!word) return at(i, `unexpected ${shown}`);
      i += word.length;
    }
    expect = afterValue();
  }

  function scanString(start: number): number | JsonErrorLocation {
    let k = start + 1;
    while (k < text.length) {
      const ch = text[k];
      if (ch === '"') return k + 1;
      if (ch.charCodeAt(0) < 0x20) return at(k, 'control character (tab, line break, …) inside a string');
      if (ch === '\\') {
        const e = text[k + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(k + 2, k + 6))) return at(k, 'malformed \\u escape');
          k += 6;
          continue;
        }
        if (e === undefined || !ESCAPES.includes(e)) return at(k, 'unknown escape in a string');
        k += 2;
        continue;
      }
      k++;
    }
    return at(start, 'unterminated string');
  }
}
