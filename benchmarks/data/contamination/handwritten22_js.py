"""Twenty-second batch of hand-written documents, JavaScript (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS22: positives keyed by HumanEval item number, items 0, 5, 18, 33, 37, 46,
    54, 58, 64, 68, 69, 72, 96, 129, 138, 140, 154, 157.
  JS_HELDOUT22: held-out documents, items 11, 43, 67, 103, 131, 143, 147, 163.
  OTHER_JS22: seven JavaScript look-alikes with a different rule:
    0. anagram test: both words use the same letters with the same
       multiplicities (not merely the same set of characters).
    1. Narayana's cows sequence N(n) = N(n-1) + N(n-3), N(0..2) = 1.
    2. symmetric difference: sorted unique values found in exactly one of
       two arrays (not in both).
    3. cargo row may be loaded when the left-half sum equals the right-half
       sum (middle element ignored) and the total is within capacity
       (no palindrome requirement).
    4. trim leading/trailing spaces and turn every inner run of spaces,
       whatever its length, into one underscore.
    5. list of twin-prime pairs [p, p + 2] with p + 2 below n.
    6. count groups of consecutive vowels (a run like "eau" counts once,
       y is never a vowel).
"""

JS22 = {}
JS_HELDOUT22 = {}
OTHER_JS22 = []

JS22[0] = r'''// numeric-utils.js
'use strict';

function mean(values) {
  if (values.length === 0) return NaN;
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}

function clamp(x, lo, hi) {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Returns true when at least two entries of `readings` lie closer together
 * than `tolerance` (strictly less). Works on a sorted copy: once the values
 * are in order only neighbours have to be compared, which brings the check
 * down from O(n^2) to O(n log n).
 */
function anyPairWithin(readings, tolerance) {
  const sorted = [...readings].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] - sorted[i - 1] < tolerance) {
      return true;
    }
  }
  return false;
}

module.exports = { mean, clamp, anyPairWithin };
'''

JS22[5] = r'''**Q: Is there an Array equivalent of `join` that keeps the separator as an element?**

I have an array of values and want a new array with a separator value placed between every two neighbouring elements (nothing before the first or after the last). `arr.join(x)` gives me a string, which is not what I need.

**A:** `flatMap` does it in one line. For every element after the first, emit the separator followed by the element:

```js
const weave = (items, sep) =>
  items.flatMap((item, i) => (i === 0 ? [item] : [sep, item]));

console.log(weave([7, 8, 9, 10], 0)); // [ 7, 0, 8, 0, 9, 0, 10 ]
console.log(weave(['home'], '>'));    // [ 'home' ]  (nothing to separate)
console.log(weave([], '>'));          // []
```

An empty array stays empty and a one-element array comes back unchanged. If you have to support engines without `flatMap`, a plain loop works just as well:

```js
function weaveLoop(items, sep) {
  const out = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.push(sep);
    out.push(items[i]);
  }
  return out;
}
```
'''

JS22[18] = r'''/**
 * countOverlapping(haystack, needle)
 *
 * Number of positions at which `needle` occurs inside `haystack`, where
 * occurrences are allowed to share characters. split() or match(/.../g)
 * would only count non-overlapping hits, which is why this walks with
 * indexOf and moves on by a single character after each match.
 *
 *   countOverlapping("banana", "ana")        -> 2
 *   countOverlapping("aaaaa", "aa")          -> 4
 *   countOverlapping("mississippi", "issi")  -> 2
 *   countOverlapping("", "x")                -> 0
 */
function countOverlapping(haystack, needle) {
  if (needle.length === 0) {
    // an empty pattern matches at every boundary, including the very end
    return haystack.length + 1;
  }
  let hits = 0;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    hits++;
    at = haystack.indexOf(needle, at + 1);
  }
  return hits;
}

module.exports = countOverlapping;
'''

JS22[33] = r'''// Rearranges only the slots whose index is a multiple of three (0, 3, 6, ...):
// the numbers found there are sorted in ascending order and written back into
// those same slots. Every other element stays exactly where it was. The input
// array is left untouched; a fresh copy is returned.

function reorderThirdSlots(values) {
  const result = values.slice();
  const picked = [];
  for (let i = 0; i < result.length; i += 3) {
    picked.push(result[i]);
  }
  picked.sort((x, y) => x - y);
  let k = 0;
  for (let i = 0; i < result.length; i += 3) {
    result[i] = picked[k++];
  }
  return result;
}

export default reorderThirdSlots;
'''

JS22[37] = r'''// array-tools/orderEvenIndexed.js
//
// `orderEvenIndexed(arr)` returns a new array in which the elements sitting at
// even positions (0, 2, 4, ...) have been sorted among themselves, while the
// elements at odd positions keep their place. For instance
// orderEvenIndexed([9, 1, 4, 7, 2]) gives [2, 1, 4, 7, 9], and
// orderEvenIndexed([10, -3, 8]) gives [8, -3, 10].

'use strict';

const orderEvenIndexed = (arr) => {
  const evens = arr.filter((_, i) => i % 2 === 0).sort((a, b) => a - b);
  return arr.map((v, i) => (i % 2 === 0 ? evens[i / 2] : v));
};

module.exports = { orderEvenIndexed };
'''

JS22[46] = r'''/*
 * A four-term cousin of Fibonacci. The first values are fixed:
 *   Q(0) = 0, Q(1) = 0, Q(2) = 2, Q(3) = 0
 * and every later term is the total of the four terms right before it.
 * Computed bottom-up with a sliding window of four numbers, so there is no
 * recursion and the memory use is constant.
 *
 *   Q(4) = 2, Q(9) = 54, Q(11) = 200, Q(13) = 744
 */
function nthQuadSum(n) {
  let w = [0, 0, 2, 0];
  if (n < 4) return w[n];
  for (let step = 4; step <= n; step++) {
    const next = w[0] + w[1] + w[2] + w[3];
    w = [w[1], w[2], w[3], next];
  }
  return w[3];
}

for (const [n, want] of [[4, 2], [9, 54], [11, 200], [13, 744]]) {
  const got = nthQuadSum(n);
  console.log(`Q(${n}) = ${got}`, got === want ? "ok" : "MISMATCH");
}
'''

JS22[54] = r'''// Review comment on utils/strings.js, function sameAlphabet:
//
// The previous version sorted both strings and compared the results, which
// answers a different question. Here we only care whether the two words are
// made from the same *set* of characters; how often a character repeats and
// where it appears do not matter. Suggest replacing the body with a plain Set
// comparison:

function sameAlphabet(first, second) {
  const left = new Set(first);
  const right = new Set(second);
  if (left.size !== right.size) return false;
  for (const ch of left) {
    if (!right.has(ch)) return false;
  }
  return true;
}

// Sizes are compared first, so one loop is enough: equal size plus "every
// element of left is also in right" means the two sets are identical.
'''

JS22[58] = r'''const assert = require('node:assert/strict');

/**
 * Values present in both arrays, each reported once, smallest first.
 * @param {number[]} xs
 * @param {number[]} ys
 * @returns {number[]}
 */
function sharedValues(xs, ys) {
  const inSecond = new Set(ys);
  const both = new Set(xs.filter((x) => inSecond.has(x)));
  return [...both].sort((a, b) => a - b);
}

assert.deepEqual(sharedValues([12, 7, 7, 3, 40], [40, 1, 7, 12, 12]), [7, 12, 40]);
assert.deepEqual(sharedValues([-2, 0, 5], [5, -2, -2]), [-2, 5]);
assert.deepEqual(sharedValues([1, 2, 3], [4, 5, 6]), []);
assert.deepEqual(sharedValues([], [1]), []);
console.log('sharedValues: all checks passed');
'''

JS22[64] = r'''// Kata: count the vowels in a single word.
//
// a, e, i, o and u always count, in either case. The letter y is a vowel only
// when it is the final character of the word; anywhere else it is treated as
// a consonant and ignored.

const PLAIN_VOWELS = 'aeiouAEIOU';

function vowelTally(word) {
  let total = 0;
  for (const ch of word) {
    if (PLAIN_VOWELS.includes(ch)) total += 1;
  }
  const last = word.slice(-1);
  if (last === 'y' || last === 'Y') total += 1;
  return total;
}
'''

JS22[68] = r'''/**
 * Think of `nodes` as the values along one branch of a tree (all of them
 * non-negative integers). Choose the smallest even value; when several nodes
 * share that value, take the one that comes first. The choice is returned as
 * a pair [value, index], or as an empty array when there is nothing even to
 * choose (this includes an empty branch).
 */
function smallestEvenNode(nodes) {
  let best = -1;
  nodes.forEach((value, idx) => {
    if (value % 2 !== 0) return;
    if (best === -1 || value < nodes[best]) best = idx;
  });
  return best === -1 ? [] : [nodes[best], best];
}
'''

JS22[69] = r'''// Among the positive integers in `nums`, find the largest value v that shows
// up at least v times. If no value qualifies, the answer is -1.
//
//   largestFrequentEnough([3, 3, 3, 1, 6])        -> 3   (3 appears 3 times)
//   largestFrequentEnough([2, 2, 5, 5, 5, 5, 5])  -> 5
//   largestFrequentEnough([7, 8, 9])              -> -1
//   largestFrequentEnough([1, 4, 4, 4])           -> 1   (4 appears only 3 times)

function largestFrequentEnough(nums) {
  const freq = new Map();
  for (const n of nums) freq.set(n, (freq.get(n) || 0) + 1);

  let answer = -1;
  for (const [value, count] of freq) {
    if (value > 0 && count >= value && value > answer) answer = value;
  }
  return answer;
}
'''

JS22[72] = r'''// flight-check.js
//
// A load can be flown when it is symmetric (the list of weights reads the same
// from both ends) and its total weight does not exceed the allowed maximum.

function isMirrored(arr) {
  for (let lo = 0, hi = arr.length - 1; lo < hi; lo++, hi--) {
    if (arr[lo] !== arr[hi]) return false;
  }
  return true;
}

function totalOf(arr) {
  return arr.reduce((acc, x) => acc + x, 0);
}

function canTakeOff(load, maxWeight) {
  return totalOf(load) <= maxWeight && isMirrored(load);
}

module.exports = { canTakeOff, isMirrored, totalOf };
'''

JS22[96] = r'''/**
 * primesBelow(limit): every prime p with p < limit, in increasing order.
 * A sieve of Eratosthenes, so it stays fast for limits in the millions.
 *
 *   primesBelow(2)  -> []
 *   primesBelow(13) -> [2, 3, 5, 7, 11]
 *   primesBelow(30) -> [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
 */
function primesBelow(limit) {
  if (limit < 3) return [];
  const composite = new Uint8Array(limit);
  const primes = [];
  for (let i = 2; i < limit; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j < limit; j += i) composite[j] = 1;
  }
  return primes;
}

module.exports = { primesBelow };
'''

JS22[129] = r'''## Smallest walk of length k on a permutation grid

The setup: an N x N grid (N >= 2) holds each of the numbers 1 .. N*N exactly
once. A walk of length k visits k cells (revisits allowed), starting anywhere
and stepping each time to a cell that shares an edge with the current one.
Among all walks we want the one whose sequence of visited values is
lexicographically smallest, and we return that sequence.

No search is needed. Whatever the walk does, its first value is smallest if it
starts on the cell holding 1. The second value must be a neighbour of that
cell, so the best choice is the smallest neighbour of 1, call it m. From there
we can always step back onto 1, and nothing beats 1, so the optimal walk just
bounces: 1, m, 1, m, ...

```js
function lexSmallestWalk(grid, k) {
  const n = grid.length;
  let row = -1;
  let col = -1;
  for (let r = 0; r < n && row < 0; r++) {
    const c = grid[r].indexOf(1);
    if (c !== -1) {
      row = r;
      col = c;
    }
  }

  let m = Infinity;
  for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
    const r = row + dr;
    const c = col + dc;
    if (r >= 0 && r < n && c >= 0 && c < n) m = Math.min(m, grid[r][c]);
  }

  const walk = [];
  for (let i = 0; i < k; i++) walk.push(i % 2 === 0 ? 1 : m);
  return walk;
}

// 1 sits in the top middle; its neighbours are 7, 4 and 9.
console.log(lexSmallestWalk([[7, 1, 4], [3, 9, 2], [8, 5, 6]], 4)); // [1, 4, 1, 4]
console.log(lexSmallestWalk([[2, 3], [4, 1]], 3));                  // [1, 3, 1]
```
'''

JS22[138] = r'''// Can n be split into exactly four positive even addends?
//
// Four positive even numbers add up to at least 2 + 2 + 2 + 2 = 8, and their
// sum is always even. Conversely every even n of 8 or more works: take
// 2 + 2 + 2 + (n - 6). So the whole question comes down to a parity check
// plus a lower bound.
const isSumOfFourPositiveEvens = (n) => n >= 8 && n % 2 === 0;

export { isSumOfFourPositiveEvens };
'''

JS22[140] = r'''/**
 * Turn the blanks in a string into something safe for identifiers and
 * file names:
 *  - a run of three or more consecutive spaces collapses into a single "-";
 *  - a shorter run (one or two spaces) becomes the same number of "_".
 *
 *   normalizeBlanks("my file name")       === "my_file_name"
 *   normalizeBlanks("a  b    c")          === "a__b-c"
 *   normalizeBlanks("   lead and trail ") === "-lead_and_trail_"
 */
function normalizeBlanks(text) {
  return text.replace(/ {3,}/g, "-").replace(/ /g, "_");
}
'''

JS22[154] = r'''// Does `text` contain `word`, or some rotation of `word` (move any number of
// leading characters to the back), as one contiguous piece?
//
// Trick: every rotation of a word is a substring of the word written twice.
// So slide a window of word.length over `text` and ask whether the window
// occurs inside the doubled word.
function containsRotation(text, word) {
  const size = word.length;
  const doubled = word + word;
  for (let start = 0; start + size <= text.length; start++) {
    if (doubled.includes(text.slice(start, start + size))) return true;
  }
  return false;
}
'''

JS22[157] = r'''/**
 * True when the lengths a, b and c can be the two legs and the hypotenuse of
 * a right triangle, in any order. The squares are sorted so that the largest
 * one is compared against the sum of the other two (Pythagoras).
 */
export function formsRightAngle(a, b, c) {
  const [p, q, r] = [a * a, b * b, c * c].sort((x, y) => x - y);
  return r === p + q;
}
'''

JS_HELDOUT22[11] = r'''// Bitwise XOR of two binary strings, one character at a time.
// When the lengths differ, only the common prefix length is used.
//
//   xorBitStrings("1100", "1010")  // "0110"
//   xorBitStrings("111", "000")    // "111"
//   xorBitStrings("0101", "01")    // "00"

function xorBitStrings(a, b) {
  const len = Math.min(a.length, b.length);
  let out = "";
  for (let i = 0; i < len; i++) {
    out += a[i] === b[i] ? "0" : "1";
  }
  return out;
}
'''

JS_HELDOUT22[43] = r'''/**
 * Reports whether two different entries of the list (different positions;
 * the values themselves may be equal, e.g. two zeros) add up to exactly zero.
 * Single pass: remember every value seen so far and look for its negation.
 */
function hasZeroSumPair(list) {
  const seen = new Set();
  for (const x of list) {
    if (seen.has(-x)) return true;
    seen.add(x);
  }
  return false;
}

module.exports = hasZeroSumPair;
'''

JS_HELDOUT22[67] = r'''/*
 * Fruit basket puzzle
 * -------------------
 * A basket holds apples, oranges and mangoes. We are told the apple and
 * orange counts in a sentence such as "12 apples and 4 oranges" and,
 * separately, how many fruits the basket holds altogether. Whatever is left
 * over must be mangoes.
 *
 *   mangoCount("12 apples and 4 oranges", 30)  -> 14
 *   mangoCount("0 apples and 9 oranges", 9)    -> 0
 *   mangoCount("7 apples and 0 oranges", 50)   -> 43
 */
function mangoCount(description, totalFruit) {
  const known = description
    .split(" ")
    .filter((token) => /^\d+$/.test(token))
    .map(Number)
    .reduce((acc, x) => acc + x, 0);
  return totalFruit - known;
}
'''

JS_HELDOUT22[103] = r'''// Average of the whole numbers n..m (both ends included), rounded to the
// nearest integer and written in binary with a "0b" prefix:
//   binaryMeanRounded(3, 9)  -> "0b110"   (mean 6)
//   binaryMeanRounded(2, 5)  -> "0b100"   (mean 3.5, the tie goes to the even 4)
//   binaryMeanRounded(4, 7)  -> "0b110"   (mean 5.5 -> 6)
//   binaryMeanRounded(9, 2)  -> -1        (n after m: no range)
//
// Mind the tie rule: an exact half is rounded to the nearest *even* integer
// (banker's rounding, as Python's round() does), not always upwards like
// Math.round.

function roundHalfToEven(x) {
  const down = Math.floor(x);
  const frac = x - down;
  if (frac < 0.5) return down;
  if (frac > 0.5) return down + 1;
  return down % 2 === 0 ? down : down + 1;
}

function binaryMeanRounded(n, m) {
  if (n > m) return -1;
  let sum = 0;
  for (let i = n; i <= m; i++) sum += i;
  const mean = sum / (m - n + 1);
  return "0b" + roundHalfToEven(mean).toString(2);
}
'''

JS_HELDOUT22[131] = r'''/**
 * Multiplies together the odd decimal digits of a positive integer.
 * A number without any odd digit gives 0 (not the empty product 1).
 */
function oddDigitProduct(num) {
  let product = 1;
  let sawOdd = false;
  for (let rest = num; rest > 0; rest = Math.floor(rest / 10)) {
    const d = rest % 10;
    if (d % 2 === 1) {
      product *= d;
      sawOdd = true;
    }
  }
  return sawOdd ? product : 0;
}
'''

JS_HELDOUT22[143] = r'''function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

/**
 * Keeps only the words of a sentence whose length is a prime number, in
 * their original order, and joins them back together with single spaces.
 */
function primeLengthWords(sentence) {
  return sentence
    .split(/\s+/)
    .filter((w) => w.length > 0 && isPrime(w.length))
    .join(" ");
}

module.exports = { isPrime, primeLengthWords };
'''

JS_HELDOUT22[147] = r'''/*
 * Build a[i] = i*i - i + 1 for i = 1..n and count the index triples
 * i < j < k whose three values add up to a multiple of 3.
 *
 * Brute force is O(n^3). Looking at residues instead: i*i - i + 1 (mod 3) is
 * 1 when i leaves remainder 0 or 1, and 0 when i leaves remainder 2. With only
 * the residues 0 and 1 in play, three of them sum to a multiple of 3 exactly
 * when all three agree, so the answer is C(zeros, 3) + C(ones, 3).
 *
 *   countTriples(3)  === 0
 *   countTriples(7)  === 10
 *   countTriples(12) === 60
 */
const choose3 = (x) => (x * (x - 1) * (x - 2)) / 6;

function countTriples(n) {
  let zeros = 0;
  for (let i = 1; i <= n; i++) {
    if (i % 3 === 2) zeros++;
  }
  const ones = n - zeros;
  return choose3(zeros) + choose3(ones);
}

console.log([3, 7, 12].map(countTriples)); // [ 0, 10, 60 ]
'''

JS_HELDOUT22[163] = r'''// Even single-digit numbers (2, 4, 6 and 8) that lie between a and b,
// bounds included, in increasing order. The bounds may come in either order.
const EVEN_DIGITS = [2, 4, 6, 8];

function evenDigitsInRange(a, b) {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return EVEN_DIGITS.filter((d) => d >= lo && d <= hi);
}
'''

OTHER_JS22.append(r'''// Two words are anagrams when one is a rearrangement of the other: the same
// letters, each used exactly the same number of times.
//
//   isAnagram("listen", "silent")  -> true
//   isAnagram("aab", "abb")        -> false  (same letters, different counts)
//   isAnagram("night", "thing")    -> true

function isAnagram(a, b) {
  if (a.length !== b.length) return false;
  const counts = new Map();
  for (const ch of a) counts.set(ch, (counts.get(ch) || 0) + 1);
  for (const ch of b) {
    const left = counts.get(ch) || 0;
    if (left === 0) return false;
    counts.set(ch, left - 1);
  }
  return true;
}
''')

OTHER_JS22.append(r'''// Narayana's cows: every cow gives birth to one calf a year, starting in its
// fourth year of life. Starting from a single calf, the herd size follows
//   N(0) = N(1) = N(2) = 1,   N(n) = N(n - 1) + N(n - 3).
// Iterative, three rolling variables.
function herdSize(year) {
  if (year < 3) return 1;
  let a = 1; // N(y - 3)
  let b = 1; // N(y - 2)
  let c = 1; // N(y - 1)
  for (let y = 3; y <= year; y++) {
    [a, b, c] = [b, c, c + a];
  }
  return c;
}

module.exports = herdSize;
''')

OTHER_JS22.append(r'''/**
 * Values that occur in exactly one of the two arrays (the symmetric
 * difference), without repeats and in ascending order.
 *
 *   onlyInOne([1, 2, 2, 5], [2, 3, 5, 8])  // [1, 3, 8]
 *   onlyInOne([4, 4], [4])                 // []
 *   onlyInOne([], [9, 6])                  // [6, 9]
 */
function onlyInOne(left, right) {
  const a = new Set(left);
  const b = new Set(right);
  const out = [];
  for (const x of a) if (!b.has(x)) out.push(x);
  for (const x of b) if (!a.has(x)) out.push(x);
  return out.sort((x, y) => x - y);
}
''')

OTHER_JS22.append(r'''// cargo.js
//
// A row of crates may be loaded onto the barge when it is balanced and light
// enough. Balanced here means that the crates left of the centre weigh as
// much as the crates right of the centre; with an odd number of crates the
// middle one sits on the axis and counts for neither side. The order of the
// crates within each half does not matter.

function halfSums(crates) {
  const half = Math.floor(crates.length / 2);
  let left = 0;
  let right = 0;
  for (let i = 0; i < half; i++) {
    left += crates[i];
    right += crates[crates.length - 1 - i];
  }
  return [left, right];
}

function canLoad(crates, capacity) {
  const [left, right] = halfSums(crates);
  const total = crates.reduce((s, w) => s + w, 0);
  return left === right && total <= capacity;
}

module.exports = { canLoad, halfSums };
''')

OTHER_JS22.append(r'''/**
 * Squeeze the spaces of a title into underscores: spaces at either end are
 * dropped, and every run of spaces inside the text, however long, becomes
 * exactly one "_".
 *
 *   squeezeSpaces("  hello   big  world ") === "hello_big_world"
 *   squeezeSpaces("one two")               === "one_two"
 *   squeezeSpaces("solo")                  === "solo"
 */
function squeezeSpaces(title) {
  return title.replace(/^ +| +$/g, "").replace(/ +/g, "_");
}
''')

OTHER_JS22.append(r'''/**
 * twinPrimesBelow(n): all pairs [p, p + 2] in which both numbers are prime
 * and the larger one is still below n, ordered by p.
 *
 *   twinPrimesBelow(20) -> [[3, 5], [5, 7], [11, 13], [17, 19]]
 *   twinPrimesBelow(7)  -> [[3, 5]]
 *   twinPrimesBelow(5)  -> []
 */
function isPrime(k) {
  if (k < 2) return false;
  for (let d = 2; d * d <= k; d++) if (k % d === 0) return false;
  return true;
}

function twinPrimesBelow(n) {
  const pairs = [];
  for (let p = 2; p + 2 < n; p++) {
    if (isPrime(p) && isPrime(p + 2)) pairs.push([p, p + 2]);
  }
  return pairs;
}
''')

OTHER_JS22.append(r'''// Rough syllable estimate for an English word: count the groups of
// consecutive vowels (a, e, i, o, u in either case). A run such as "eau" or
// "oo" counts once; y is always treated as a consonant here.
function vowelGroups(word) {
  let groups = 0;
  let inGroup = false;
  for (const ch of word.toLowerCase()) {
    const isVowel = "aeiou".includes(ch);
    if (isVowel && !inGroup) groups++;
    inGroup = isVowel;
  }
  return groups;
}
''')
