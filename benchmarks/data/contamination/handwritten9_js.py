"""Ninth batch of hand-written documents, JavaScript (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation outputs were read while writing these.

Names defined here:

JS9          -- dict int -> str. Keys are HumanEval item numbers (0, 2, 4, 5, 8, 13, 18,
                24, 28, 45, 46, 54, 56, 60, 64, 65). Each value is a hand-written
                JavaScript translation of that item, dressed up as a realistic
                training-corpus document (bare snippet, ES module, node script, class
                with a static method, object of helpers, JSDoc'd function, markdown
                ```js fence with prose around it). Function and variable names are new,
                comments are in our own words, and the code is idiomatic modern JS rather
                than a line-by-line port of the canonical Python. Positives.
JS_HELDOUT9  -- dict int -> str. Same kind of JS translation for the held-out items
                63, 83, 87, 99, 111, 127. Negatives.
OTHER_JS9    -- list of 6 str. JavaScript solutions to small problems that are NOT
                HumanEval items but sit close to one in topic (a variant with a different
                rule). Negatives.

About half of the documents in each name state input/output examples; those inputs
were chosen fresh (not taken from the original docstrings) and every stated output was
computed with the canonical Python solution (or a small Python reference for OTHER_JS9)
and re-checked by running the JavaScript under node.
"""

JS9 = {
    0: r'''// Detect whether a list of readings contains a pair of values that sit
// strictly closer together than a given tolerance.
// Sorting a copy first means only neighbouring values need comparing.
const assert = require('node:assert');

function anyPairWithin(readings, tolerance) {
  const sorted = [...readings].sort((p, q) => p - q);
  return sorted.some((val, i) => i > 0 && val - sorted[i - 1] < tolerance);
}

assert.strictEqual(anyPairWithin([4.5, 1.2, 4.9], 0.5), true);
assert.strictEqual(anyPairWithin([10, 20, 30.5], 9.9), false);
assert.strictEqual(anyPairWithin([3.0, 7.25, -1.0, 7.0], 0.3), true);
assert.strictEqual(anyPairWithin([], 1.0), false);
''',

    2: r'''/**
 * Drop the whole-number part of a positive float and keep only what
 * follows the decimal point. The result is always in [0, 1).
 *
 * @param {number} positiveValue
 * @returns {number}
 */
export const fractionalPart = (positiveValue) =>
  positiveValue - Math.floor(positiveValue);
''',

    4: r'''Quick stats helper: how far, on average, do the values in a sample sit from their own average? Work out the mean once, then take the average of the absolute gaps between each value and that mean.

```js
const avgDistanceFromMean = (samples) => {
  const centre = samples.reduce((acc, v) => acc + v, 0) / samples.length;
  return samples.reduce((acc, v) => acc + Math.abs(v - centre), 0) / samples.length;
};

console.log(avgDistanceFromMean([2, 4, 6, 8]));   // 2
console.log(avgDistanceFromMean([1, 1, 1, 5]));   // 1.5
console.log(avgDistanceFromMean([-3, 3]));        // 3
```

Note that we divide by the number of samples, not by one less than it -- this is a plain descriptive measure, not an unbiased estimator.
''',

    5: r'''// Build a new array in which a separator value is slipped in between
// every pair of neighbouring items. An empty input gives an empty
// array back, and a single item comes back on its own.
class ArrayWeaver {
  static weave(items, separator) {
    return items.flatMap((item, idx) => (idx === 0 ? [item] : [separator, item]));
  }
}

module.exports = ArrayWeaver;
''',

    8: r'''// Fold an array of integers into both its total and its product in a
// single pass. With no elements we fall back to the identities: 0 for
// the total and 1 for the product.
function totalAndProduct(values) {
  return values.reduce(
    ([total, product], v) => [total + v, product * v],
    [0, 1]
  );
}

console.log(totalAndProduct([2, 5, 3])); // [ 10, 30 ]
console.log(totalAndProduct([-1, 4]));   // [ 3, -4 ]
console.log(totalAndProduct([]));        // [ 0, 1 ]
console.log(totalAndProduct([7]));       // [ 7, 7 ]
''',

    13: r'''// Small number-theory helpers.
const numberUtils = {
  // Euclid: keep swapping the pair (p, q) for (q, p mod q) until the
  // second one reaches zero; the first is then the biggest integer
  // that divides both of the starting values.
  gcd: (p, q) => (q === 0 ? p : numberUtils.gcd(q, p % q)),

  // Handy companion built on top of it.
  lcm: (p, q) => (p / numberUtils.gcd(p, q)) * q,
};

export default numberUtils;
''',

    18: r'''/**
 * Count every position where `needle` occurs inside `haystack`.
 * Matches are allowed to share characters with each other, so after a
 * hit we only step forward by one before searching again.
 * An empty needle is treated as "no matches".
 */
function countOverlapping(haystack, needle) {
  if (needle.length === 0) return 0;
  let hits = 0;
  for (let pos = haystack.indexOf(needle); pos !== -1; pos = haystack.indexOf(needle, pos + 1)) {
    hits++;
  }
  return hits;
}

console.assert(countOverlapping('banana', 'ana') === 2);
console.assert(countOverlapping('xxxx', 'xxx') === 2);
console.assert(countOverlapping('abc', 'd') === 0);
console.assert(countOverlapping('mississippi', 'ssi') === 2);
''',

    24: r'''#!/usr/bin/env node
// Print the biggest proper factor of an integer: the largest value below
// it that divides it with no remainder. Nothing above half the input
// (other than the input itself) can divide it, so start the search there
// and walk downwards.
const biggestProperFactor = (target) => {
  for (let cand = Math.floor(target / 2); cand > 1; cand--) {
    if (target % cand === 0) return cand;
  }
  return 1;
};

const arg = process.argv[2];
if (arg === undefined) {
  console.error('usage: node factor.js <integer>');
  process.exit(1);
}
console.log(biggestProperFactor(parseInt(arg, 10)));
''',

    28: r'''// Glue an array of strings together end to end, no separator in between.
// An empty array simply produces the empty string.
export function joinAll(pieces) {
  return pieces.join('');
}
''',

    45: r'''The area of a triangle is half of base times height -- as long as the height is measured perpendicular to the side you picked as the base. Here's the tiny helper I keep in my geometry utils:

```js
/**
 * @param {number} base   length of the chosen side
 * @param {number} height perpendicular distance from that side to the opposite corner
 * @returns {number} the enclosed area
 */
const areaFromBaseHeight = (base, height) => (base * height) / 2;
```

No validation on purpose; callers are expected to pass non-negative lengths.
''',

    46: r'''// A Fibonacci-like sequence where every term is the sum of the FOUR
// terms before it. It starts 0, 0, 2, 0. We avoid recursion entirely and
// just slide a four-element window forward until we reach the index.
function quadSum(index) {
  let lastFour = [0, 0, 2, 0];
  if (index < 4) return lastFour[index];
  for (let step = 4; step <= index; step++) {
    const next = lastFour.reduce((acc, v) => acc + v, 0);
    lastFour = [...lastFour.slice(1), next];
  }
  return lastFour[3];
}

[4, 8, 10, 12].forEach((k) => console.log(`term ${k}:`, quadSum(k)));
// term 4: 2
// term 8: 28
// term 10: 104
// term 12: 386
''',

    54: r'''// Two words "match" here when they are made from exactly the same set of
// distinct letters -- how many times each letter repeats is irrelevant.
const sameLetterSet = (first, second) => {
  const left = new Set(first);
  const right = new Set(second);
  return left.size === right.size && [...left].every((ch) => right.has(ch));
};

const cases = [
  ['moon', 'mon', true],
  ['stack', 'tacks', true],
  ['hello', 'help', false],
  ['aab', 'b', false],
];

for (const [w1, w2, expected] of cases) {
  console.assert(sameLetterSet(w1, w2) === expected, `${w1} / ${w2}`);
}
''',

    56: r'''### Checking angle brackets without a counter

Suppose the input only ever contains `<` and `>`, and we want to know whether every opener is eventually closed and no closer shows up before its opener. A cute trick: keep deleting adjacent `<>` pairs until none remain. If the string is well formed it shrinks to nothing; any leftover characters mean something was unmatched.

```js
const anglesBalanced = (seq) => {
  let rest = seq;
  while (rest.includes('<>')) {
    rest = rest.replaceAll('<>', '');
  }
  return rest.length === 0;
};
```

It is quadratic in the worst case, so for very long inputs prefer a running depth that must never dip below zero and must end at zero.
''',

    60: r'''import assert from 'node:assert/strict';

// Add up every whole number from 1 through `limit` -- i.e. the limit-th
// triangular number. Gauss' closed form means no loop is needed.
export const sumUpTo = (limit) => (limit * (limit + 1)) / 2;

assert.deepEqual([12, 20, 3].map(sumUpTo), [78, 210, 6]);
''',

    64: r'''/**
 * Count the vowels in a single word. The letters a, e, i, o and u count
 * wherever they appear (upper or lower case); y counts as well, but only
 * when it is the very last character of the word.
 *
 * @param {string} word
 * @returns {number}
 */
function countWordVowels(word) {
  const core = (word.match(/[aeiou]/gi) ?? []).length;
  return /y$/i.test(word) ? core + 1 : core;
}

module.exports = { countWordVowels };
''',

    65: r'''// Rotate the decimal digits of an integer to the right by `places` and
// return the result as a string. If more places are requested than the
// number has digits, just hand back the digits in reverse order.
function rotateDigitsRight(num, places) {
  const digits = String(num);
  if (places > digits.length) return [...digits].reverse().join('');
  const cut = digits.length - places;
  return digits.slice(cut) + digits.slice(0, cut);
}

console.log(rotateDigitsRight(4567, 1));  // 7456
console.log(rotateDigitsRight(123, 5));   // 321
console.log(rotateDigitsRight(123, 3));   // 123
console.log(rotateDigitsRight(90210, 2)); // 10902
''',
}


JS_HELDOUT9 = {
    63: r'''/**
 * Tribonacci-style sequence seeded with 0, 0, 1: every later term is the
 * sum of the three terms right before it. Computed bottom-up with three
 * rolling variables, so even large indices are cheap.
 *
 *   triSeq(3)  -> 1
 *   triSeq(6)  -> 7
 *   triSeq(10) -> 81
 *   triSeq(14) -> 927
 */
export function triSeq(idx) {
  let [p0, p1, p2] = [0, 0, 1];
  for (let step = 0; step < idx; step++) {
    [p0, p1, p2] = [p1, p2, p0 + p1 + p2];
  }
  return p0;
}
''',

    83: r'''// How many positive integers with exactly `digitCount` digits begin or
// end with the digit 1?
// Inclusion-exclusion: the ones that start with 1, plus the ones that end
// with 1, minus those that do both. For two or more digits that works out
// to 18 * 10^(digitCount - 2); with a single digit only "1" itself counts.
const countOneBookended = (digitCount) =>
  digitCount === 1 ? 1 : 18 * 10 ** (digitCount - 2);

module.exports = countOneBookended;
''',

    87: r'''Searching a ragged grid (rows can have different lengths) for every cell equal to some target value. The coordinates come back as `[row, col]` pairs: rows in top-to-bottom order, and inside one row the columns run from right to left.

```js
function locateAll(grid, target) {
  return grid.flatMap((row, r) =>
    row
      .map((cell, c) => (cell === target ? [r, c] : null))
      .filter(Boolean)
      .reverse()
  );
}

console.log(JSON.stringify(locateAll([[7, 0, 7], [], [0, 0, 7, 7]], 7)));
// [[0,2],[0,0],[2,3],[2,2]]
console.log(JSON.stringify(locateAll([[2, 2], [2]], 2)));
// [[0,1],[0,0],[1,0]]
console.log(JSON.stringify(locateAll([[1, 2], [3]], 9)));
// []
```

Because `flatMap` walks the rows in order, the row sort comes for free; only the per-row reversal is needed.
''',

    99: r'''// Parse a numeric string and round it to the nearest whole number.
// When the value sits exactly halfway between two integers, choose the
// one further from zero (so negative halves go more negative).
export function roundAwayFromZero(text) {
  const num = Number.parseFloat(text);
  if (Number.isNaN(num)) return 0;
  const rounded = Math.round(Math.abs(num));
  return rounded === 0 ? 0 : Math.sign(num) * rounded;
}
''',

    111: r'''// Takes a string of lowercase letters separated by single spaces and
// reports which letter(s) occur most often, as an object mapping each
// winning letter to that top count. Ties keep every tied letter, and a
// blank input gives back an empty object.
const topLetters = (line) => {
  const tally = new Map();
  for (const tok of line.split(' ').filter(Boolean)) {
    tally.set(tok, (tally.get(tok) ?? 0) + 1);
  }
  const best = Math.max(0, ...tally.values());
  return Object.fromEntries([...tally].filter(([, cnt]) => cnt === best));
};

module.exports = { topLetters };
''',

    127: r'''const assert = require('assert');

// Two closed integer ranges, each given as [lo, hi] with lo <= hi.
// Find the stretch they share and answer "YES" when its length
// (hi - lo of the shared part) is prime, "NO" otherwise -- which also
// covers ranges that do not meet at all.
const isPrime = (k) => {
  if (k < 2) return false;
  for (let d = 2; d * d <= k; d++) {
    if (k % d === 0) return false;
  }
  return true;
};

function overlapIsPrime([startA, endA], [startB, endB]) {
  const span = Math.min(endA, endB) - Math.max(startA, startB);
  return isPrime(span) ? 'YES' : 'NO';
}

assert.equal(overlapIsPrime([0, 5], [2, 9]), 'YES');
assert.equal(overlapIsPrime([-4, -2], [-3, 6]), 'NO');
assert.equal(overlapIsPrime([1, 10], [4, 4]), 'NO');
assert.equal(overlapIsPrime([-6, 0], [-10, -1]), 'YES');
''',
}


OTHER_JS9 = [
    # Non-overlapping occurrence count.
    r'''// Count how many times a pattern shows up in a text when the matches are
// NOT allowed to overlap: once a match is found, scanning resumes right
// after it. Splitting on the pattern does exactly that.
function countDisjoint(text, pattern) {
  if (pattern.length === 0) return 0;
  return text.split(pattern).length - 1;
}

console.log(countDisjoint('aaaa', 'aa'));      // 2
console.log(countDisjoint('banana', 'ana'));   // 1
console.log(countDisjoint('abababa', 'aba'));  // 2
console.log(countDisjoint('xyz', 'q'));        // 0
''',

    # Padovan sequence.
    r'''/**
 * Terms of the Padovan sequence: the first three terms are all 1, and
 * after that each term is the sum of the terms two and three places
 * back (the one immediately before is skipped). Iterative, no recursion.
 *
 *   padovanTerm(0)  -> 1
 *   padovanTerm(5)  -> 3
 *   padovanTerm(9)  -> 9
 *   padovanTerm(12) -> 21
 *   padovanTerm(15) -> 49
 */
export function padovanTerm(pos) {
  const seq = [1, 1, 1];
  for (let i = 3; i <= pos; i++) {
    seq.push(seq[i - 2] + seq[i - 3]);
  }
  return seq[pos];
}
''',

    # Maximum nesting depth of parentheses.
    r'''A slightly different bracket exercise: given a string of `(` and `)`, report how deeply the parentheses nest at their deepest point. If the string is not properly balanced, return -1 instead.

```js
const maxParenDepth = (parens) => {
  let depth = 0;
  let deepest = 0;
  for (const ch of parens) {
    depth += ch === '(' ? 1 : -1;
    if (depth < 0) return -1;
    deepest = Math.max(deepest, depth);
  }
  return depth === 0 ? deepest : -1;
};

console.assert(maxParenDepth('(()(()))') === 3);
console.assert(maxParenDepth('()()') === 1);
console.assert(maxParenDepth('())(') === -1);
console.assert(maxParenDepth('') === 0);
console.assert(maxParenDepth('((()') === -1);
```
''',

    # Smallest factor above one.
    r'''// Return the smallest integer greater than 1 that divides the input
// exactly. For a prime input that is the number itself. Trial division
// only has to go up to the square root.
export const smallestFactor = (target) => {
  for (let cand = 2; cand * cand <= target; cand++) {
    if (target % cand === 0) return cand;
  }
  return target;
};
''',

    # Insert midpoints between neighbours.
    r'''/**
 * Produce a new array where, between every two neighbouring values, the
 * average of that pair is inserted. Arrays of length 0 or 1 come back
 * as (copies of) themselves.
 *
 * @param {number[]} series
 * @returns {number[]}
 */
function withMidpoints(series) {
  return series.flatMap((val, i) =>
    i === 0 ? [val] : [(series[i - 1] + val) / 2, val]
  );
}

module.exports = { withMidpoints };
''',

    # Anagram check (multiplicities matter).
    r'''// Decide whether two phrases are anagrams of each other: same letters,
// each used the same number of times. Case and spaces are ignored, so
// this is stricter than just comparing the sets of letters.
const letterCounts = (phrase) => {
  const counts = new Map();
  for (const ch of phrase.toLowerCase().replace(/\s+/g, '')) {
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
};

export function areAnagrams(left, right) {
  const lc = letterCounts(left);
  const rc = letterCounts(right);
  if (lc.size !== rc.size) return false;
  for (const [ch, cnt] of lc) {
    if (rc.get(ch) !== cnt) return false;
  }
  return true;
}
''',
]
