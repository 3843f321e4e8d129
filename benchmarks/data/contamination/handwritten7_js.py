"""Seventh batch of hand-written documents, JavaScript (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

JS7          -- dict int -> str. Hand-written JavaScript translations of
                benchmark items (keys are the item numbers), written as
                realistic training-corpus documents: bare snippets, JSDoc'd
                functions, small CommonJS / ES modules, node scripts. Function
                and variable names are new, comments are in our own words, and
                the code is idiomatic modern JS rather than a transliteration
                of the reference Python. About half state input/output
                examples (console.log with expected value, asserts, @example
                or comment lines), using example inputs of our own choosing;
                every stated output was computed with the reference solution
                and re-checked by running the JS under node. Positives.
JS_HELDOUT7  -- dict int -> str. Same kind of translations for held-out items.
                About half state examples. Negatives.
OTHER_JS7    -- list of 8 str. Small JavaScript problems in the same style
                that are NOT benchmark items but are close in topic to one
                (rolling minimum, vowels at even positions, suffix filter,
                farthest pair, digit counting among other multiples, second
                largest, all-even-digit filter, anagram window). About half
                state examples, checked against a small Python version and
                under node. Negatives.
"""

JS7 = {}
JS_HELDOUT7 = {}

# ---------------------------------------------------------------------------
# Positives
# ---------------------------------------------------------------------------

JS7[9] = r'''// Running maximum: each output slot holds the biggest value seen so far.
const runningPeak = (values) => {
  let best = -Infinity;
  return values.map((v) => (best = Math.max(best, v)));
};

console.log(runningPeak([4, 1, 6, 2, 6, 9, 3])); // [4, 4, 6, 6, 6, 9, 9]
console.log(runningPeak([-3, -5, -1]));          // [-3, -3, -1]
console.log(runningPeak([]));                    // []
'''

JS7[20] = r'''/**
 * Scan a list of numbers (two entries or more) and pick out the two values
 * that lie nearest to one another. The pair comes back as [low, high].
 *
 * Sorting a copy first means only neighbours have to be compared, which
 * turns the obvious O(n^2) scan into O(n log n).
 *
 * @param {number[]} readings
 * @returns {[number, number]}
 */
function nearestPair(readings) {
  const sorted = [...readings].sort((a, b) => a - b);
  let pair = [sorted[0], sorted[1]];
  let gap = sorted[1] - sorted[0];

  for (let i = 2; i < sorted.length; i++) {
    const d = sorted[i] - sorted[i - 1];
    if (d < gap) {
      gap = d;
      pair = [sorted[i - 1], sorted[i]];
    }
  }
  return pair;
}

module.exports = { nearestPair };
'''

JS7[25] = r'''/**
 * Break a positive integer into its prime factors, smallest first, with each
 * prime repeated as often as it divides the number (so multiplying the result
 * back together gives the input).
 *
 * @param {number} value - integer >= 2
 * @returns {number[]}
 * @example
 * primeFactorsOf(84);   // => [2, 2, 3, 7]
 * primeFactorsOf(97);   // => [97]
 * primeFactorsOf(360);  // => [2, 2, 2, 3, 3, 5]
 */
export function primeFactorsOf(value) {
  const out = [];
  let rest = value;
  for (let d = 2; d * d <= rest; d++) {
    while (rest % d === 0) {
      out.push(d);
      rest /= d;
    }
  }
  if (rest > 1) out.push(rest);
  return out;
}
'''

JS7[29] = r'''/*
 * Quick tip: narrowing an array of strings down to the ones that begin with
 * some piece of text is a one-liner in modern JavaScript, because
 * String.prototype.startsWith does the comparison for you. No regex needed,
 * and no escaping headaches when the lead text contains special characters.
 */
const keepStartingWith = (words, lead) => words.filter((w) => w.startsWith(lead));

module.exports = keepStartingWith;
'''

JS7[36] = r'''const assert = require('node:assert');

// Walk through every integer from 0 up to (but not including) the limit,
// keep only the multiples of 11 or of 13, and count how many '7' characters
// show up across their decimal spellings.
function sevensInElevensAndThirteens(limit) {
  let sevens = 0;
  for (let k = 0; k < limit; k++) {
    if (k % 11 !== 0 && k % 13 !== 0) continue;
    for (const ch of String(k)) if (ch === '7') sevens++;
  }
  return sevens;
}

assert.strictEqual(sevensInElevensAndThirteens(10), 0);
assert.strictEqual(sevensInElevensAndThirteens(100), 3);
assert.strictEqual(sevensInElevensAndThirteens(200), 6);
assert.strictEqual(sevensInElevensAndThirteens(1000), 47);
'''

JS7[40] = r'''// Does the array hold three entries (taken from different positions) whose
// total is exactly zero?
// Sort a copy, then for each anchor walk two pointers inward: O(n^2).
function hasZeroTriple(nums) {
  const s = [...nums].sort((a, b) => a - b);
  for (let i = 0; i < s.length - 2; i++) {
    let lo = i + 1;
    let hi = s.length - 1;
    while (lo < hi) {
      const total = s[i] + s[lo] + s[hi];
      if (total === 0) return true;
      if (total < 0) lo++;
      else hi--;
    }
  }
  return false;
}
'''

JS7[41] = r'''/*
 * Two convoys of equal size approach each other on an endless straight road,
 * one heading east and the other heading west, every car at the same speed.
 * The cars are indestructible and simply pass through each other, so each
 * eastbound car ends up meeting each westbound car exactly once. The number
 * of meetings is therefore just the convoy size squared.
 */
const countCrossings = (carsPerSide) => carsPerSide * carsPerSide;

export default countCrossings;
'''

JS7[52] = r'''// true when every reading is strictly smaller than the limit
const allUnder = (readings, limit) => readings.every((r) => r < limit);

module.exports = allUnder;
'''

JS7[53] = r''''use strict';

/**
 * Sum of two integers. Trivial on its own, but handy to pass around as a
 * reducer callback.
 * @param {number} left
 * @param {number} right
 * @returns {number}
 */
function sumOfTwo(left, right) {
  return left + right;
}

module.exports = { sumOfTwo };
'''

JS7[72] = r'''// A load can take off only if it is symmetric (reads the same from both
// ends) and its total weight stays within the allowed capacity.
function canTakeOff(load, capacity) {
  const total = load.reduce((acc, x) => acc + x, 0);
  const symmetric = load.every((x, i) => x === load[load.length - 1 - i]);
  return symmetric && total <= capacity;
}

console.log(canTakeOff([4, 1, 4], 10)); // true
console.log(canTakeOff([4, 1, 4], 8));  // false  (too heavy)
console.log(canTakeOff([2, 5], 20));    // false  (not symmetric)
console.log(canTakeOff([6], 6));        // true
'''

JS7[90] = r'''// Second-smallest distinct value in an array, or null when the array
// does not contain at least two different numbers.
//
//   secondLowest([7, 3, 9, 3])  -> 7
//   secondLowest([10, -2, 8])   -> 8
//   secondLowest([4, 4, 4])     -> null
//   secondLowest([])            -> null
const secondLowest = (arr) => {
  const distinct = [...new Set(arr)].sort((a, b) => a - b);
  return distinct.length < 2 ? null : distinct[1];
};
'''

JS7[96] = r'''/**
 * Collect every prime number strictly below `limit`, in ascending order,
 * with a plain sieve of Eratosthenes.
 * @param {number} limit non-negative integer
 * @returns {number[]}
 */
function primesBelow(limit) {
  if (limit < 3) return [];
  const composite = new Uint8Array(limit);
  const found = [];
  for (let p = 2; p < limit; p++) {
    if (composite[p]) continue;
    found.push(p);
    for (let m = p * p; m < limit; m += p) composite[m] = 1;
  }
  return found;
}

module.exports = primesBelow;
'''

JS7[104] = r'''// Keep only the numbers whose decimal digits are all odd, sorted ascending.
const onlyOddDigits = (nums) =>
  nums
    .filter((n) => [...String(n)].every((d) => Number(d) % 2 === 1))
    .sort((a, b) => a - b);

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
console.assert(same(onlyOddDigits([71, 13, 240, 9, 355]), [9, 13, 71, 355]));
console.assert(same(onlyOddDigits([2, 48, 60]), []));
console.assert(same(onlyOddDigits([111, 17, 19, 315]), [17, 19, 111, 315]));
'''

JS7[128] = r'''/**
 * Multiply together the sign of every element (+1, -1 or 0) and scale that
 * by the sum of the absolute values. An empty input yields null.
 *
 * @param {number[]} values
 * @returns {number|null}
 * @example
 * signedMagnitude([-3, 2, -1, 5]) // 11
 * signedMagnitude([4, -6])        // -10
 * signedMagnitude([3, 0, -7])     // 0
 * signedMagnitude([])             // null
 */
export const signedMagnitude = (values) => {
  if (values.length === 0) return null;
  if (values.includes(0)) return 0;
  const negatives = values.filter((v) => v < 0).length;
  const total = values.reduce((acc, v) => acc + Math.abs(v), 0);
  return negatives % 2 === 0 ? total : -total;
};
'''

JS7[136] = r'''// Returns [biggestNegative, smallestPositive]; either slot is null when the
// list has no value of that sign. Zeros count as neither.
function signExtremes(list) {
  const neg = list.filter((x) => x < 0);
  const pos = list.filter((x) => x > 0);
  return [
    neg.length ? Math.max(...neg) : null,
    pos.length ? Math.min(...pos) : null,
  ];
}
'''

JS7[154] = r'''#!/usr/bin/env node
// Checks whether the pattern word, or any rotation of it, occurs as a
// contiguous piece of the text word.
//
//   containsRotation('rotation', 'tati')  === true
//   containsRotation('banana', 'nba')     === true   ('ban' is a rotation)
//   containsRotation('keyboard', 'ardk')  === false
//
// Usage: node rotation-check.js <text> <pattern>

function containsRotation(text, pattern) {
  if (pattern.length === 0) return true;
  const doubled = pattern + pattern;
  for (let shift = 0; shift < pattern.length; shift++) {
    if (text.includes(doubled.slice(shift, shift + pattern.length))) return true;
  }
  return false;
}

if (require.main === module) {
  const [text = '', pattern = ''] = process.argv.slice(2);
  console.log(containsRotation(text, pattern));
}

module.exports = containsRotation;
'''

# ---------------------------------------------------------------------------
# Held-out items (negatives)
# ---------------------------------------------------------------------------

JS_HELDOUT7[27] = r'''// Turn upper-case letters into lower-case ones and vice versa; everything
// else (digits, punctuation, spaces) stays untouched.
const invertCase = (s) =>
  Array.from(s, (ch) => {
    const up = ch.toUpperCase();
    return ch === up ? ch.toLowerCase() : up;
  }).join('');

console.log(invertCase('JavaScript Rocks!')); // "jAVAsCRIPT rOCKS!"
console.log(invertCase('sNAKE_case 42'));     // "Snake_CASE 42"
'''

JS_HELDOUT7[35] = r'''/**
 * Largest value in a non-empty array of numbers, found with a single reduce
 * (this sidesteps the argument-count limit Math.max(...arr) can hit on very
 * large arrays).
 * @param {number[]} items
 * @returns {number}
 */
export function biggest(items) {
  return items.reduce((best, x) => (x > best ? x : best));
}
'''

JS_HELDOUT7[51] = r'''// Strip a, e, i, o, u (in either case) out of a piece of text. Newlines and
// every other character pass through unchanged.
const dropVowels = (text) => text.replace(/[aeiou]/gi, '');

module.exports = dropVowels;
'''

JS_HELDOUT7[59] = r'''const assert = require('assert');

// Find the biggest prime that divides a composite number n (n > 1).
// Small factors are divided out one at a time; whatever survives at the end
// (if above 1) is the answer, otherwise it is the last divisor we used.
function topPrimeDivisor(n) {
  let remaining = n;
  let last = 1;
  for (let f = 2; f * f <= remaining; f++) {
    while (remaining % f === 0) {
      remaining /= f;
      last = f;
    }
  }
  return remaining > 1 ? remaining : last;
}

assert.equal(topPrimeDivisor(84), 7);
assert.equal(topPrimeDivisor(1001), 13);
assert.equal(topPrimeDivisor(600), 5);
assert.equal(topPrimeDivisor(9991), 103);
'''

JS_HELDOUT7[79] = r'''// Binary spelling of a non-negative integer, wrapped in the marker "db" on
// both sides so a downstream parser can spot where it starts and ends.
function toTaggedBinary(num) {
  return `db${num.toString(2)}db`;
}
'''

JS_HELDOUT7[99] = r'''/**
 * Parse a numeric string and round it to the nearest integer. Values sitting
 * exactly halfway are pushed away from zero (Math.round alone would send
 * negative halves toward zero, hence the abs/sign dance).
 *
 * @param {string} text
 * @returns {number}
 * @example
 * nearestWhole('7.5')   // 8
 * nearestWhole('-2.5')  // -3
 * nearestWhole('3.49')  // 3
 * nearestWhole('-6.7')  // -7
 * nearestWhole('12.50') // 13
 */
function nearestWhole(text) {
  const x = Number(text);
  const rounded = Math.sign(x) * Math.round(Math.abs(x));
  return rounded === 0 ? 0 : rounded; // normalise -0
}

module.exports = { nearestWhole };
'''

JS_HELDOUT7[111] = r'''// Given space-separated lowercase letters, report the letter(s) that occur
// most often together with that count. Ties keep every winner; an empty
// string gives back an empty object.
function mostFrequentLetters(line) {
  const counts = new Map();
  for (const token of line.split(' ')) {
    if (token) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  const top = Math.max(0, ...counts.values());
  const result = {};
  for (const [letter, n] of counts) if (n === top) result[letter] = n;
  return result;
}

console.log(mostFrequentLetters('x y x z y x')); // { x: 3 }
console.log(mostFrequentLetters('p q p q'));     // { p: 2, q: 2 }
console.log(mostFrequentLetters('m'));           // { m: 1 }
'''

JS_HELDOUT7[139] = r'''// Product of successive factorials: 1! * 2! * ... * n!  (n >= 1).
// BigInt is used because the value outgrows Number precision very quickly.
const factorialProduct = (n) => {
  let fact = 1n;
  let product = 1n;
  for (let i = 1n; i <= BigInt(n); i++) {
    fact *= i;
    product *= fact;
  }
  return product;
};

export { factorialProduct };
'''

# ---------------------------------------------------------------------------
# Near-miss problems that are not benchmark items (negatives)
# ---------------------------------------------------------------------------

OTHER_JS7 = [
    # rolling minimum instead of maximum (examples)
    r'''// Running minimum: position i holds the smallest value among the first i+1.
function runningLow(series) {
  const out = [];
  for (const x of series) out.push(out.length ? Math.min(out[out.length - 1], x) : x);
  return out;
}

console.log(runningLow([5, 7, 3, 8, 1, 4])); // [5, 5, 3, 3, 1, 1]
console.log(runningLow([2, 2, 9]));          // [2, 2, 2]
console.log(runningLow([]));                 // []
''',
    # vowels counted only at even indices (examples)
    r'''const assert = require('node:assert');

// Count vowels (a, e, i, o, u, any case) but only those sitting at an even
// index of the string (0, 2, 4, ...).
const evenSlotVowels = (word) =>
  [...word].filter((ch, i) => i % 2 === 0 && 'aeiou'.includes(ch.toLowerCase())).length;

assert.strictEqual(evenSlotVowels('education'), 4);
assert.strictEqual(evenSlotVowels('AEIOU'), 3);
assert.strictEqual(evenSlotVowels('banana'), 0);
assert.strictEqual(evenSlotVowels('rhythm'), 0);
''',
    # filter by suffix instead of prefix (no examples)
    r'''/**
 * Keep only the file names that end with the given extension (the check is
 * case-insensitive, so ".JPG" and ".jpg" are treated alike).
 * @param {string[]} names
 * @param {string} ext
 * @returns {string[]}
 */
export const withExtension = (names, ext) => {
  const tail = ext.toLowerCase();
  return names.filter((n) => n.toLowerCase().endsWith(tail));
};
''',
    # farthest pair instead of closest (no examples)
    r'''// Pick the two values that are farthest apart in a list of at least two
// numbers and return them as [smaller, larger]. That is simply the min and
// the max, so a single pass is enough.
function widestPair(nums) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of nums) {
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  }
  return [lo, hi];
}

module.exports = widestPair;
''',
    # digit 3 among multiples of 7 or 9 (examples)
    r'''/*
 * Small counting puzzle: look at the numbers below a limit that are
 * multiples of 7 or of 9, write them all out, and count the digit 3.
 */
function threesInSevensAndNines(limit) {
  let count = 0;
  for (let n = 0; n < limit; n++) {
    if (n % 7 === 0 || n % 9 === 0) {
      count += String(n).split('').filter((c) => c === '3').length;
    }
  }
  return count;
}

console.log(threesInSevensAndNines(40));  // 2   (35 and 36)
console.log(threesInSevensAndNines(100)); // 3
console.log(threesInSevensAndNines(500)); // 46
''',
    # second largest distinct value instead of second smallest (no examples)
    r'''// Runner-up: the second-largest distinct value in the array, or undefined
// when fewer than two different values are present.
const runnerUp = (scores) => {
  const uniq = Array.from(new Set(scores)).sort((a, b) => b - a);
  return uniq[1];
};

export default runnerUp;
''',
    # numbers made only of even digits, sorted descending (examples)
    r'''/**
 * Select the numbers whose every decimal digit is even (0, 2, 4, 6, 8) and
 * return them from largest to smallest.
 *
 * @param {number[]} list
 * @returns {number[]}
 * @example
 * evenDigitsDesc([24, 13, 806, 8, 51, 460]) // [806, 460, 24, 8]
 * evenDigitsDesc([1, 3, 5])                 // []
 * evenDigitsDesc([200, 2, 42])              // [200, 42, 2]
 */
function evenDigitsDesc(list) {
  return list
    .filter((n) => /^[02468]+$/.test(String(n)))
    .sort((a, b) => b - a);
}

module.exports = { evenDigitsDesc };
''',
    # anagram of the pattern inside the text instead of rotation (no examples)
    r'''// Sliding-window check: is some permutation of `needle` present as a
// contiguous block inside `haystack`? Keeps a Map of letter deltas for the
// current window and tracks how many letters are still unbalanced.
function hasAnagramWindow(haystack, needle) {
  const k = needle.length;
  if (k === 0) return true;
  if (k > haystack.length) return false;

  const diff = new Map();
  const bump = (ch, by) => {
    const v = (diff.get(ch) ?? 0) + by;
    if (v === 0) diff.delete(ch);
    else diff.set(ch, v);
  };

  for (const ch of needle) bump(ch, -1);
  for (let i = 0; i < haystack.length; i++) {
    bump(haystack[i], 1);
    if (i >= k) bump(haystack[i - k], -1);
    if (i >= k - 1 && diff.size === 0) return true;
  }
  return false;
}
''',
]
