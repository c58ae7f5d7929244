// Finds the journeys declared in a .journey document, so that the flowchart command knows which
// journey the cursor is in. Pure logic (no `vscode` import): a small scanner that skips comments and
// strings and balances braces, the way the lexer does (language.md §2).

export interface JourneyRange {
  name: string;
  /** Offset of the `journey` keyword. */
  start: number;
  /** Offset just after the closing brace (the end of the text when the journey is not closed). */
  end: number;
}

interface Token {
  text: string;
  offset: number;
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;
const RESERVED = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'true', 'false', 'contact', 'event']);

export function findJourneys(text: string): JourneyRange[] {
  const result: JourneyRange[] = [];
  let depth = 0;
  let open: JourneyRange | undefined;
  // The last two significant tokens at depth 0 (to recognise `journey NAME {`).
  let prev: Token | undefined;
  let prev2: Token | undefined;
  const push = (t: Token) => {
    prev2 = prev;
    prev = t;
  };

  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
      continue;
    }
    if (c === '"') {
      if (text.startsWith('"""', i)) {
        const close = text.indexOf('"""', i + 3);
        i = close < 0 ? n : close + 3;
      } else {
        i++;
        while (i < n && text[i] !== '"' && text[i] !== '\n' && text[i] !== '\r') i += text[i] === '\\' ? 2 : 1;
        if (text[i] === '"') i++;
      }
      if (depth === 0) push({ text: '"', offset: i });
      continue;
    }
    if (IDENT_START.test(c)) {
      const start = i;
      while (i < n && IDENT_PART.test(text[i])) i++;
      if (depth === 0) push({ text: text.slice(start, i), offset: start });
      continue;
    }
    if (c === '{') {
      if (depth === 0 && prev2?.text === 'journey' && prev && IDENT_START.test(prev.text) && !RESERVED.has(prev.text)) {
        open = { name: prev.text, start: prev2.offset, end: n };
      }
      if (depth === 0) push({ text: c, offset: i });
      depth++;
      i++;
      continue;
    }
    if (c === '}') {
      if (depth > 0) depth--;
      i++;
      if (depth === 0) {
        if (open) {
          open.end = i;
          result.push(open);
          open = undefined;
        }
        push({ text: '}', offset: i - 1 });
      }
      continue;
    }
    if (!/\s/.test(c) && depth === 0) push({ text: c, offset: i });
    i++;
  }
  if (open) result.push(open);
  return result;
}

/** The journey whose declaration contains the offset (from the `journey` keyword to its `}`). */
export function journeyAt(text: string, offset: number): JourneyRange | undefined {
  return findJourneys(text).find((j) => offset >= j.start && offset <= j.end);
}
