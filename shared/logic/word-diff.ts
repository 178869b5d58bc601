/**
 * A word diff of two texts, for showing two versions of a long text side by side (the merge review's
 * conflicts): the words only one side has are marked, the rest reads as plain text.
 */
export type DiffPart = { op: 'same' | 'del' | 'ins'; text: string };

/** Beyond this many word pairs the texts are just shown whole (one deleted, one inserted). */
const MAX_CELLS = 4_000_000;

// words as the language writes them: Chinese has no spaces between words, so split by a word segmenter
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const words = (s: string) => Array.from(segmenter.segment(s), (x) => x.segment);

function push(out: DiffPart[], op: DiffPart['op'], text: string) {
  const last = out[out.length - 1];
  if (last?.op === op) last.text += text;
  else out.push({ op, text });
}

/** The parts turning `a` into `b`, by longest common subsequence of words (whitespace kept as typed). */
export function wordDiff(a: string, b: string): DiffPart[] {
  const x = words(a);
  const y = words(b);
  const out: DiffPart[] = [];
  if (x.length * y.length > MAX_CELLS) {
    if (a) push(out, 'del', a);
    if (b) push(out, 'ins', b);
    return out;
  }
  // lcs[i][j]: length of the longest common subsequence of x[i..] and y[j..]
  const w = y.length + 1;
  const lcs = new Uint32Array((x.length + 1) * w);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i * w + j] = x[i] === y[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      push(out, 'same', x[i++]!);
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) push(out, 'del', x[i++]!);
    else push(out, 'ins', y[j++]!);
  }
  while (i < x.length) push(out, 'del', x[i++]!);
  while (j < y.length) push(out, 'ins', y[j++]!);
  return out;
}
