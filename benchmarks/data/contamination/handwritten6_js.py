"""Sixth batch of hand-written documents (2026-11-24), JavaScript.

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:

JS6
    dict mapping a HumanEval item number to a JavaScript translation of that
    item as a programmer might post it (new function and variable names,
    comments in the author's own words, idiomatic modern JS).  Positives.
    Items: 14, 16, 33, 34, 58, 73, 77, 100, 101, 102, 108, 157, 158, 162.

JS_HELDOUT6
    dict of the same kind for held-out items 7, 127, 131, 135, 155.
    Negatives, written the same way.

OTHER_JS6
    list of 7 small HumanEval-style JavaScript problems that are not
    HumanEval items but sit close to one in topic (a variant with a
    different rule).  Each was checked to behave differently from all 164
    HumanEval canonical solutions.  Negatives.

About half of the documents state input/output examples; every stated
output was computed by running the item's canonical solution (or, for
OTHER_JS6, a small Python version of the problem).
"""

JS6 = {}

JS6[14] = r'''// Build every leading slice of a string, shortest first.
// prefixesOf("dog") -> ["d", "do", "dog"]
// prefixesOf("")    -> []
const prefixesOf = (word) =>
  Array.from({ length: word.length }, (_, end) => word.slice(0, end + 1));

module.exports = prefixesOf;
'''

JS6[16] = r'''/**
 * Counts how many different characters show up in a piece of text,
 * treating the upper- and lower-case form of a letter as one character.
 *
 * @param {string} text
 * @returns {number}
 */
function uniqueCharCount(text) {
  return new Set(text.toLowerCase()).size;
}
'''

JS6[33] = r'''function reorderEveryThird(values) {
  // pull out the slots 0, 3, 6, ... and sort only those, numerically
  const picked = values
    .filter((_, idx) => idx % 3 === 0)
    .sort((a, b) => a - b);

  let next = 0;
  // every other slot keeps its original value
  return values.map((v, idx) => (idx % 3 === 0 ? picked[next++] : v));
}

console.log(reorderEveryThird([9, 1, 8, 7, 2, 6, 3])); // [3, 1, 8, 7, 2, 6, 9]
'''

JS6[34] = r'''// Dedupe an array of numbers and hand it back in ascending order.
export const sortedDistinct = (nums) => [...new Set(nums)].sort((x, y) => x - y);
'''

JS6[58] = r'''const sharedValues = (first, second) => {
  const lookup = new Set(second);
  const overlap = new Set(first.filter((item) => lookup.has(item)));
  return [...overlap].sort((a, b) => a - b);
};

test('sharedValues keeps one copy of each common number, sorted', () => {
  expect(sharedValues([7, 3, 3, 10, 1], [3, 1, 8, 1])).toEqual([1, 3]);
  expect(sharedValues([4, 5], [6])).toEqual([]);
});
'''

JS6[73] = r'''/*
 * How many positions would you have to overwrite so the array reads the
 * same from both ends? Walk inward from both sides and count each
 * mismatched pair -- rewriting one side of a pair is enough to fix it.
 */
function minEditsForMirror(arr) {
  let edits = 0;
  for (let lo = 0, hi = arr.length - 1; lo < hi; lo++, hi--) {
    if (arr[lo] !== arr[hi]) edits++;
  }
  return edits;
}

module.exports = { minEditsForMirror };
'''

JS6[77] = r'''// true when n === k * k * k for some whole number k (negatives work too)
function isPerfectCube(n) {
  const mag = Math.abs(n);
  const root = Math.round(Math.cbrt(mag));
  return root ** 3 === mag;
}

console.assert(isPerfectCube(27) === true);
console.assert(isPerfectCube(-8) === true);
console.assert(isPerfectCube(50) === false);
'''

JS6[100] = r'''/**
 * A stone pile with `levels` levels. Level 1 holds `levels` stones and each
 * following level holds two more than the previous one, so the parity of
 * the count never changes. Returns the stone count of every level in order.
 */
const stoneLevels = levels => [...Array(levels).keys()].map(k => levels + 2 * k);
'''

JS6[101] = r'''const assert = require('assert');

// Break a sentence apart on commas and/or whitespace, dropping empty bits.
function tokenize(sentence) {
  return sentence.split(/[\s,]+/).filter(Boolean);
}

assert.deepStrictEqual(tokenize('red,green blue, yellow'), ['red', 'green', 'blue', 'yellow']);
assert.deepStrictEqual(tokenize(''), []);
'''

JS6[102] = r'''// Largest even integer in the closed range [lo, hi], or -1 if there is none.
function biggestEvenBetween(lo, hi) {
  if (lo > hi) return -1;
  if (hi % 2 === 0) return hi;
  return hi - 1 >= lo ? hi - 1 : -1;
}
'''

JS6[108] = r'''/**
 * Count the entries whose "signed digit sum" is positive. For a negative
 * number only the leading digit carries the minus sign, so -47 becomes
 * -4 + 7 = 3.
 *
 *   input                  | result
 *   -----------------------+-------
 *   [-15, 4, 0, -3, 22]    |   3
 *   [-91, -19]             |   1
 *   [10, -10]              |   1
 *   []                     |   0
 */
const signedDigitSum = (num) => {
  const digits = String(Math.abs(num)).split('').map(Number);
  if (num < 0) digits[0] = -digits[0];
  return digits.reduce((acc, d) => acc + d, 0);
};

const countPositiveDigitSums = (list) =>
  list.reduce((count, num) => count + (signedDigitSum(num) > 0 ? 1 : 0), 0);

module.exports = { countPositiveDigitSums };
'''

JS6[157] = r'''function isRightTriangle(p, q, r) {
  // sort so the would-be hypotenuse ends up last, then check Pythagoras
  const [a, b, c] = [p, q, r].sort((m, n) => m - n);
  return a * a + b * b === c * c;
}
'''

JS6[158] = r'''/**
 * Pick the word that uses the greatest variety of characters.
 * When several words tie, the alphabetically smallest one wins.
 *
 * Example: mostVariedWord(["stone", "notes", "abc"]) // "notes"
 *
 * @param {string[]} words
 * @returns {string}
 */
function mostVariedWord(words) {
  let best = null;
  let bestCount = -1;
  for (const w of words) {
    const count = new Set(w).size;
    if (count > bestCount || (count === bestCount && w < best)) {
      best = w;
      bestCount = count;
    }
  }
  return best;
}
'''

JS6[162] = r'''const { createHash } = require('crypto');

/** Hex MD5 digest of a string, or null when the string is empty. */
function md5Hex(input) {
  if (!input) return null;
  return createHash('md5').update(input).digest('hex');
}

module.exports = md5Hex;
'''


JS_HELDOUT6 = {}

JS_HELDOUT6[7] = r'''// keep only the strings that have `needle` somewhere inside them
export function withSubstring(list, needle) {
  return list.filter(s => s.includes(needle));
}
'''

JS_HELDOUT6[127] = r'''function isPrime(k) {
  if (k < 2) return false;
  for (let d = 2; d * d <= k; d++) if (k % d === 0) return false;
  return true;
}

/**
 * Both arguments are closed ranges [start, end]. Take the part they share
 * and measure it as end - start; answer "YES" when that number is prime and
 * "NO" otherwise (ranges that don't touch at all are a "NO" too).
 */
function overlapIsPrime([s1, e1], [s2, e2]) {
  const len = Math.min(e1, e2) - Math.max(s1, s2);
  return isPrime(len) ? "YES" : "NO";
}

console.log(overlapIsPrime([0, 5], [2, 10]));  // "YES"  (shared part is 2..5)
console.log(overlapIsPrime([1, 4], [5, 6]));   // "NO"
console.log(overlapIsPrime([-6, 1], [-3, 8])); // "NO"
'''

JS_HELDOUT6[131] = r'''const oddDigitProduct = (n) => {
  const odds = [...String(n)].map(Number).filter((d) => d % 2 === 1);
  return odds.length ? odds.reduce((p, d) => p * d, 1) : 0;
};

describe('oddDigitProduct', () => {
  it('multiplies the odd digits together', () => {
    expect(oddDigitProduct(3521)).toBe(15);
    expect(oddDigitProduct(7)).toBe(7);
  });

  it('gives 0 when every digit is even', () => {
    expect(oddDigitProduct(2468)).toBe(0);
  });
});
'''

JS_HELDOUT6[135] = r'''/**
 * Scan an array with no repeated values and report the last position whose
 * value is smaller than its left neighbour. -1 means it never goes down.
 */
function lastDescentIndex(seq) {
  for (let i = seq.length - 1; i > 0; i--) {
    if (seq[i] < seq[i - 1]) return i;
  }
  return -1;
}
'''

JS_HELDOUT6[155] = r'''// Tally the even and odd digits of an integer (the sign is ignored).
// Returns [evens, odds].
//
// digitParity(-4071) => [2, 2]
// digitParity(88)    => [2, 0]
function digitParity(num) {
  let evens = 0, odds = 0;
  for (const ch of Math.abs(num).toString()) {
    if (Number(ch) % 2 === 0) evens++;
    else odds++;
  }
  return [evens, odds];
}
'''


OTHER_JS6 = [
    # near HumanEval/14 (prefixes) -- suffixes, longest first
    r'''const assert = require('node:assert');

/** Every tail of a string, from the whole string down to its last character. */
function tailsOf(str) {
  const out = [];
  for (let start = 0; start < str.length; start++) out.push(str.slice(start));
  return out;
}

assert.deepStrictEqual(tailsOf('cat'), ['cat', 'at', 't']);
assert.deepStrictEqual(tailsOf(''), []);
''',
    # near HumanEval/16 -- case-sensitive, whitespace ignored
    r'''// Number of different characters in `s`. Case matters here ('A' and 'a'
// are two different characters) and whitespace is not counted at all.
const distinctVisibleChars = s => new Set(s.replace(/\s/g, '')).size;

module.exports = distinctVisibleChars;
''',
    # near HumanEval/33 and /37 -- odd positions, descending
    r'''/**
 * Returns a copy of `arr` where the elements at odd positions (1, 3, 5, ...)
 * are rearranged into descending order among themselves; everything at an
 * even position stays where it was.
 */
function sortOddSlotsDesc(arr) {
  const oddVals = arr.filter((_, i) => i % 2 === 1).sort((a, b) => b - a);
  const result = arr.slice();
  for (let i = 1, k = 0; i < result.length; i += 2, k++) result[i] = oddVals[k];
  return result;
}
''',
    # near HumanEval/102 -- largest odd instead of largest even
    r'''// Largest odd integer in [lo, hi] (both ends included), -1 if none exists.
//
// largestOddInRange(3, 10) => 9
// largestOddInRange(4, 4)  => -1
// largestOddInRange(9, 2)  => -1
const largestOddInRange = (lo, hi) => {
  if (lo > hi) return -1;
  const candidate = hi % 2 !== 0 ? hi : hi - 1;
  return candidate >= lo ? candidate : -1;
};
''',
    # near HumanEval/77 -- perfect square instead of cube
    r'''/**
 * Tells whether an integer is a perfect square (0, 1, 4, 9, 16, ...).
 * Negative numbers are never squares.
 *
 * @param {number} n
 * @returns {boolean}
 */
function isPerfectSquare(n) {
  if (n < 0) return false;
  const r = Math.round(Math.sqrt(n));
  return r * r === n;
}
''',
    # near HumanEval/108 -- odd digit sum, sign ignored
    r'''// How many numbers in the list have an odd digit sum? The sign is ignored,
// so -23 counts exactly like 23 (2 + 3 = 5, which is odd).
function countOddDigitSums(nums) {
  let total = 0;
  for (const n of nums) {
    let sum = 0;
    for (const ch of String(Math.abs(n))) sum += +ch;
    if (sum % 2 === 1) total++;
  }
  return total;
}

module.exports = countOddDigitSums;
''',
    # near HumanEval/158 -- most vowels, ties go to the earliest word
    r'''const vowelCount = (w) => (w.match(/[aeiou]/gi) || []).length;

// Return the word that contains the most vowels (a, e, i, o, u, any case).
// If several words tie, the one that comes first in the input wins.
const mostVowels = (words) =>
  words.reduce((best, w) => (vowelCount(w) > vowelCount(best) ? w : best));

console.log(mostVowels(['sky', 'tree', 'ocean', 'audio'])); // "audio"
console.log(mostVowels(['tone', 'bead', 'kit']));           // "tone"
''',
]
