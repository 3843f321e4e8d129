"""Twenty-fourth batch of hand-written documents, JavaScript (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS24: positives keyed by HumanEval item number, items 0, 5, 17, 18, 20, 22,
    40, 44, 58, 69, 72, 96, 106, 121, 142, 148, 149, 154.
  JS_HELDOUT24: held-out documents, items 7, 31, 51, 67, 79, 99, 127, 147.
  OTHER_JS24: seven JavaScript look-alikes with a different rule:
    0. between every two neighbours insert their sum (not a fixed delimiter).
    1. count NON-overlapping occurrences of a substring (left-to-right scan).
    2. planets whose orbits lie farther from the Sun than both given planets.
    3. load is balanced when the left half and right half have equal sums
       (middle item ignored) and no single item exceeds a per-item limit.
    4. note string -> beat offset at which each note starts (running total,
       starting at 0), not the durations.
    5. values that occur in exactly one of two arrays (symmetric difference),
       unique and sorted.
    6. the pair of sorted neighbours with the LARGEST gap between them.
"""

JS24 = {}
JS_HELDOUT24 = {}
OTHER_JS24 = []

JS24[0] = r'''// Detecting near-duplicate readings
//
// A sensor log sometimes contains values that are practically the same
// reading recorded twice. Before de-duplicating anything we only want a
// yes/no answer: does the series hold two entries (at different positions)
// whose absolute difference is strictly smaller than a given tolerance?
//
// Comparing every pair works but is quadratic. Sorting a copy is enough:
// the smallest distance between any two values is always found between two
// neighbours in sorted order, so one linear pass after the sort settles it.

function anyPairWithin(readings, tolerance) {
  const sorted = [...readings].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] - sorted[i - 1] < tolerance) {
      return true;
    }
  }
  return false;
}

module.exports = { anyPairWithin };
'''

JS24[5] = r'''/**
 * array-utils.js -- small helpers shared by the report builder.
 */
'use strict';

/** Split an array into pieces of at most `size` elements. */
function chunk(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

/**
 * Put `separator` between each pair of neighbouring elements.
 * The separator never shows up at the start or at the end, so an empty
 * array or a one-element array comes back unchanged (as a new array).
 *
 *   weaveSeparator([7, 8, 9], 0)  -> [7, 0, 8, 0, 9]
 *   weaveSeparator([42], -1)      -> [42]
 *   weaveSeparator([], 3)         -> []
 */
function weaveSeparator(items, separator) {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}

/** Last element of an array, or undefined for an empty one. */
function last(items) {
  return items.length ? items[items.length - 1] : undefined;
}

module.exports = { chunk, weaveSeparator, last };
'''

JS24[17] = r'''**Q: Turning a string of note symbols into beat lengths**

I have rhythms stored as text like `o| o .| .|` and I need an array with the
length of every note in beats. What is the cleanest way to do this in JS?

**A:** The notes are separated by single spaces, so you do not need a real
parser. Split the string and look every token up in an object that maps the
symbol to its duration:

- `o`  whole note, 4 beats
- `o|` half note, 2 beats
- `.|` quarter note, 1 beat

```js
const BEATS = { 'o': 4, 'o|': 2, '.|': 1 };

function beatsFromNotation(score) {
  return score
    .split(' ')
    .filter(token => token !== '')
    .map(token => BEATS[token]);
}

console.log(beatsFromNotation('o| o .| .|'));  // [ 2, 4, 1, 1 ]
console.log(beatsFromNotation('.| o|'));       // [ 1, 2 ]
console.log(beatsFromNotation(''));            // []
```

The `filter` step matters: `''.split(' ')` returns `['']`, and a doubled space
would also leave an empty token behind, which would otherwise end up as
`undefined` in the output.
'''

JS24[18] = r'''// count-occurrences.test.js
const assert = require('node:assert/strict');

/**
 * Number of positions at which `needle` starts inside `haystack`.
 * Matches may overlap, so "aaa" contains "aa" twice.
 */
function countOverlapping(haystack, needle) {
  let count = 0;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (haystack.startsWith(needle, i)) {
      count++;
    }
  }
  return count;
}

assert.equal(countOverlapping('banana', 'ana'), 2);
assert.equal(countOverlapping('mississippi', 'issi'), 2);
assert.equal(countOverlapping('abcabc', 'c'), 2);
assert.equal(countOverlapping('', 'z'), 0);
assert.equal(countOverlapping('short', 'much longer'), 0);
console.log('countOverlapping: all checks passed');
'''

JS24[20] = r'''Review comment on `stats/nearest.js`, line 12

> for (let i = 0; i < xs.length; i++) for (let j = 0; j < xs.length; j++) { ... }

The double loop gives the right answer, but it is quadratic and it also has
to remember to skip i === j and to put the pair in order before returning it.
We only need the two values that lie closest to each other (the input always
has at least two numbers), so sorting a copy first removes both problems: the
closest two values are necessarily neighbours in sorted order, and the pair
comes out already as (smaller, larger). Suggested version:

function nearestPair(values) {
  const s = values.slice().sort((a, b) => a - b);
  let best = [s[0], s[1]];
  let bestGap = s[1] - s[0];
  for (let k = 2; k < s.length; k++) {
    const gap = s[k] - s[k - 1];
    if (gap < bestGap) {
      bestGap = gap;
      best = [s[k - 1], s[k]];
    }
  }
  return best;
}

Returning a two-element array instead of an object keeps the existing call
sites (`const [lo, hi] = nearestPair(samples)`) working unchanged.
'''

JS24[22] = r'''Filtering a mixed array down to whole numbers

Data that comes out of a loosely typed form or a JSON blob can contain just
about anything: strings, floats, objects, nested arrays, null. When only the
integers are wanted, check the type first and then ask Number.isInteger, which
is false for 2.5, NaN and Infinity. (Number.isInteger('4') is already false;
the explicit typeof check just makes the intent obvious to whoever reads it.)

const onlyIntegers = (mixed) =>
  mixed.filter((v) => typeof v === 'number' && Number.isInteger(v));

// onlyIntegers(['x', 7, 2.5, null, -3, {}, [1]])  ->  [7, -3]
'''

JS24[40] = r'''/*
 * Week 6 -- Two pointers
 * Exercise 3: three entries adding up to zero
 *
 * Given an array of integers, decide whether you can pick three entries at
 * three different positions whose sum is exactly 0. A value may be used more
 * than once only if it really occurs more than once in the array.
 *
 * Model solution: sort a copy, fix the first element, then move two pointers
 * towards each other over the remaining part. O(n^2) instead of O(n^3).
 */

function hasZeroSumTriple(nums) {
  const a = [...nums].sort((x, y) => x - y);
  const n = a.length;
  for (let first = 0; first < n - 2; first++) {
    let lo = first + 1;
    let hi = n - 1;
    while (lo < hi) {
      const total = a[first] + a[lo] + a[hi];
      if (total === 0) return true;
      if (total < 0) lo++;
      else hi--;
    }
  }
  return false;
}
'''

JS24[44] = r'''// Write a non-negative integer as a digit string in a small base (2..9).
// Digits come out least-significant first from repeated division, so each new
// one is prepended. Note: with this loop 0 gives an empty string; callers that
// want "0" have to special-case it.
function toBaseString(value, radix) {
  let digits = '';
  let rest = value;
  while (rest > 0) {
    digits = String(rest % radix) + digits;
    rest = Math.floor(rest / radix);
  }
  return digits;
}

console.log(toBaseString(11, 3));  // "102"
console.log(toBaseString(5, 2));   // "101"
console.log(toBaseString(64, 8));  // "100"
'''

JS24[58] = r''''use strict';

// Values that appear in both arrays, each reported once, in ascending order.
// Works for numbers as well as strings because the comparator uses < and >
// instead of subtraction.
function sharedSorted(first, second) {
  const inSecond = new Set(second);
  const both = new Set(first.filter((x) => inSecond.has(x)));
  return [...both].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

module.exports = sharedSorted;
'''

JS24[69] = r'''/**
 * Returns the largest positive integer k in `list` that occurs at least k
 * times. When no value qualifies the result is -1.
 *
 * Examples:
 *   largestSelfFrequent([2, 2, 5, 1])     === 2
 *   largestSelfFrequent([3, 3, 1, 1, 3])  === 3
 *   largestSelfFrequent([6, 6])           === -1
 *
 * @param {number[]} list  non-empty array of positive integers
 * @returns {number}
 */
function largestSelfFrequent(list) {
  const counts = new Map();
  for (const v of list) {
    counts.set(v, (counts.get(v) || 0) + 1);
  }
  let answer = -1;
  for (const [value, times] of counts) {
    if (value > 0 && times >= value && value > answer) {
      answer = value;
    }
  }
  return answer;
}
'''

JS24[72] = r'''// drone/payload.js
//
// A stack of crates can be lifted only when it is symmetric (it reads the
// same from both ends, so the load is balanced) and its total mass stays
// within the drone's payload limit -- hitting the limit exactly is allowed.

function isSymmetric(arr) {
  for (let i = 0, j = arr.length - 1; i < j; i++, j--) {
    if (arr[i] !== arr[j]) return false;
  }
  return true;
}

function canTakeOff(crates, payloadLimit) {
  const mass = crates.reduce((acc, c) => acc + c, 0);
  return mass <= payloadLimit && isSymmetric(crates);
}

module.exports = { canTakeOff, isSymmetric };
'''

JS24[96] = r'''/**
 * All primes strictly smaller than `limit`, in increasing order, using the
 * sieve of Eratosthenes. Anything up to and including 2 gives an empty array.
 */
function primesBelow(limit) {
  if (limit <= 2) return [];
  const composite = new Uint8Array(limit);
  const primes = [];
  for (let i = 2; i < limit; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let m = i * i; m < limit; m += i) {
      composite[m] = 1;
    }
  }
  return primes;
}
'''

JS24[106] = r'''// Build an array of length n in which the entry for position i (counting
// from 1, not 0) is i! when i is even and 1 + 2 + ... + i when i is odd.
// The factorial is kept as a running product and the odd entries use the
// triangular-number formula, so nothing is recomputed from scratch.
function factorialOrTriangle(n) {
  const out = [];
  let fact = 1;
  for (let i = 1; i <= n; i++) {
    fact *= i;
    out.push(i % 2 === 0 ? fact : (i * (i + 1)) / 2);
  }
  return out;
}
'''

JS24[121] = r'''// Add up the odd numbers that sit at even indices (0, 2, 4, ...).
// Math.abs is needed because in JavaScript -3 % 2 is -1, not 1.
function sumOddAtEvenSlots(arr) {
  let total = 0;
  for (let i = 0; i < arr.length; i += 2) {
    if (Math.abs(arr[i] % 2) === 1) {
      total += arr[i];
    }
  }
  return total;
}

console.assert(sumOddAtEvenSlots([7, 2, 4, 9, 1]) === 8);
console.assert(sumOddAtEvenSlots([-3, 5, 6]) === -3);
console.assert(sumOddAtEvenSlots([10, 11, 12]) === 0);
'''

JS24[142] = r'''/*
 * Index-weighted total used by the scoring kata:
 *   - position divisible by 3              -> add the value squared
 *   - position divisible by 4 but not by 3 -> add the value cubed
 *   - any other position                   -> add the value as it is
 * Positions start at 0, so the very first element is always squared.
 */
const weightedIndexSum = (values) =>
  values.reduce((sum, v, idx) => {
    if (idx % 3 === 0) return sum + v * v;
    if (idx % 4 === 0) return sum + v * v * v;
    return sum + v;
  }, 0);

module.exports = weightedIndexSum;
'''

JS24[148] = r'''const ORBIT_ORDER = [
  'Mercury', 'Venus', 'Earth', 'Mars',
  'Jupiter', 'Saturn', 'Uranus', 'Neptune',
];

/**
 * Planets whose orbits lie strictly between those of the two given planets,
 * listed from the Sun outwards. The order of the two arguments does not
 * matter. An unknown name, or the same planet twice, gives an empty array.
 *
 *   planetsBetween('Venus', 'Jupiter')  // ['Earth', 'Mars']
 *   planetsBetween('Uranus', 'Mars')    // ['Jupiter', 'Saturn']
 *   planetsBetween('Pluto', 'Earth')    // []
 */
function planetsBetween(a, b) {
  const i = ORBIT_ORDER.indexOf(a);
  const j = ORBIT_ORDER.indexOf(b);
  if (i < 0 || j < 0 || i === j) return [];
  return ORBIT_ORDER.slice(Math.min(i, j) + 1, Math.max(i, j));
}
'''

JS24[149] = r'''// Drop every word that has an odd number of characters, then order what is
// left by length (shortest first); words of the same length are ordered
// alphabetically. Duplicates are kept and the input array is not modified.
function evenLengthSorted(words) {
  return words
    .filter((w) => w.length % 2 === 0)
    .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}
'''

JS24[154] = r'''/**
 * true when some rotation of `word` (letters moved from the front to the
 * back, any number of times) appears as a contiguous piece of `text`.
 *
 *   containsRotation('stackoverflow', 'flowover')  -> true   ("overflow")
 *   containsRotation('stack', 'kcat')              -> false
 *   containsRotation('rotation', 'tati')           -> true
 *
 * Every rotation of a word is a window of the word written twice in a row,
 * so we slide over `word + word` instead of building the rotations by hand.
 */
function containsRotation(text, word) {
  const doubled = word + word;
  for (let shift = 0; shift < Math.max(word.length, 1); shift++) {
    if (text.includes(doubled.slice(shift, shift + word.length))) {
      return true;
    }
  }
  return false;
}
'''

JS_HELDOUT24[7] = r'''/**
 * Keep only the strings that contain `fragment` somewhere inside them
 * (case-sensitive). The original order is preserved.
 *
 *   keepMatching(['react', 'redux', 'vue'], 're')  -> ['react', 'redux']
 *   keepMatching([], 'anything')                    -> []
 */
const keepMatching = (strings, fragment) =>
  strings.filter((s) => s.includes(fragment));

module.exports = { keepMatching };
'''

JS_HELDOUT24[31] = r'''// Primality by trial division. Even numbers are handled up front, after
// that only odd divisors up to the square root need to be tried.
function primalityCheck(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}
'''

JS_HELDOUT24[51] = r'''Removing vowels from a string

A single regular expression does it: match any of a, e, i, o, u, with the
`i` flag so capitals go too, and replace every match with nothing. All other
characters -- consonants, digits, spaces, newlines -- are left alone. Note that
"y" is not treated as a vowel here.

```js
function stripVowels(str) {
  return str.replace(/[aeiou]/gi, '');
}

console.log(stripVowels('Programming'));  // "Prgrmmng"
console.log(stripVowels('AEIOUy'));       // "y"
console.log(stripVowels('queue\nline'));  // "q\nln"
```
'''

JS_HELDOUT24[67] = r'''// A basket holds apples, oranges and mangoes. We get a sentence describing
// how many apples and oranges there are, plus the total number of fruits in
// the basket; whatever is not accounted for by the sentence must be mangoes.
// Every space-separated token made only of digits is a count to subtract.
function mangoCount(description, totalFruit) {
  const counted = description
    .split(' ')
    .filter((tok) => /^\d+$/.test(tok))
    .reduce((acc, tok) => acc + Number(tok), 0);
  return totalFruit - counted;
}
'''

JS_HELDOUT24[79] = r'''// Binary representation framed by the marker "db" on both sides.
// Number.prototype.toString(2) already gives the bare digits ("0" for 0),
// so the only work is adding the markers.
const wrapBinary = (n) => `db${n.toString(2)}db`;

console.log(wrapBinary(5));   // db101db
console.log(wrapBinary(12));  // db1100db
console.log(wrapBinary(1));   // db1db
'''

JS_HELDOUT24[99] = r'''/**
 * Parse a numeric string and return the nearest integer. A value exactly
 * halfway between two integers is rounded away from zero, which is not what
 * Math.round does for negatives (Math.round(-7.5) is -7), so we round the
 * magnitude and put the sign back afterwards.
 *
 * @param {string} text  e.g. "42", "7.5", "-7.5", "3.2"
 * @returns {number}
 */
function roundAwayFromZero(text) {
  const num = Number(text);
  const magnitude = Math.round(Math.abs(num));
  const result = num < 0 ? -magnitude : magnitude;
  return result === 0 ? 0 : result; // never hand back -0
}
'''

JS_HELDOUT24[127] = r'''// Two closed integer intervals [s1, e1] and [s2, e2], each with start <= end.
// Their overlap runs from the larger start to the smaller end, and its length
// is taken as end - start. The answer is "YES" when that length is a prime
// number and "NO" otherwise, which includes intervals that do not overlap.
function overlapVerdict(first, second) {
  const start = Math.max(first[0], second[0]);
  const end = Math.min(first[1], second[1]);
  const len = end - start;
  if (len < 2) return 'NO';
  for (let d = 2; d * d <= len; d++) {
    if (len % d === 0) return 'NO';
  }
  return 'YES';
}
'''

JS_HELDOUT24[147] = r'''/*
 * For i = 1..n let a_i = i*i - i + 1. How many index triples i < j < k give
 * a_i + a_j + a_k divisible by 3?
 *
 * Brute force is O(n^3). Looking at residues instead: a_i mod 3 is 0 when
 * i mod 3 == 2 and 1 otherwise. Three residues taken from {0, 1} add up to a
 * multiple of 3 only if all three are 0 or all three are 1, so the answer is
 * C(zeros, 3) + C(ones, 3).
 *
 *   n = 4  -> 1
 *   n = 8  -> 11
 */
function choose3(m) {
  return m < 3 ? 0 : (m * (m - 1) * (m - 2)) / 6;
}

function countTriplesDivisibleBy3(n) {
  let zeros = 0;
  for (let i = 1; i <= n; i++) {
    if (i % 3 === 2) zeros++;
  }
  return choose3(zeros) + choose3(n - zeros);
}
'''

OTHER_JS24.append(r'''// Between every two neighbouring numbers insert the sum of those two, so the
// array grows from n to 2n - 1 entries:
//   interleaveSums([1, 2, 3])   -> [1, 3, 2, 5, 3]
//   interleaveSums([10, -4])    -> [10, 6, -4]
//   interleaveSums([9])         -> [9]
function interleaveSums(nums) {
  const out = [];
  nums.forEach((value, i) => {
    if (i > 0) out.push(nums[i - 1] + value);
    out.push(value);
  });
  return out;
}
''')

OTHER_JS24.append(r'''/**
 * How many times `piece` occurs in `text` when matches may NOT overlap:
 * scanning left to right, each match consumes its characters before the
 * search continues. So "aaaa" contains "aa" twice, not three times.
 */
function countNonOverlapping(text, piece) {
  if (piece === '') return 0;
  let count = 0;
  let at = text.indexOf(piece);
  while (at !== -1) {
    count++;
    at = text.indexOf(piece, at + piece.length);
  }
  return count;
}

module.exports = countNonOverlapping;
''')

OTHER_JS24.append(r'''const PLANETS = ['Mercury', 'Venus', 'Earth', 'Mars',
                 'Jupiter', 'Saturn', 'Uranus', 'Neptune'];

// Planets that orbit farther out than BOTH of the given planets, nearest to
// the Sun first. Returns [] if either name is not one of the eight planets.
function planetsBeyond(p, q) {
  const i = PLANETS.indexOf(p);
  const j = PLANETS.indexOf(q);
  if (i === -1 || j === -1) return [];
  return PLANETS.slice(Math.max(i, j) + 1);
}
''')

OTHER_JS24.append(r'''// Cargo check for a two-sided cart: the load is balanced when the items on
// the left half weigh exactly as much as the items on the right half (for an
// odd count the middle item sits on the axle and is ignored), and no single
// item may be heavier than `maxItem`.
//
//   isBalancedLoad([2, 5, 3, 4], 5)  -> true   (2+5 == 3+4)
//   isBalancedLoad([1, 9, 1], 9)     -> true   (middle 9 ignored)
//   isBalancedLoad([4, 4, 8], 10)    -> false  (4 != 8)
//   isBalancedLoad([6, 6], 5)        -> false  (item too heavy)
function isBalancedLoad(weights, maxItem) {
  if (weights.some((w) => w > maxItem)) return false;
  const half = Math.floor(weights.length / 2);
  let left = 0;
  let right = 0;
  for (let i = 0; i < half; i++) {
    left += weights[i];
    right += weights[weights.length - 1 - i];
  }
  return left === right;
}
''')

OTHER_JS24.append(r'''Scheduling notes on a timeline

For the sequencer we need to know *when* each note begins, not how long it
lasts. Notes are written as space-separated symbols: `o` lasts 4 beats, `o|`
2 beats and `.|` 1 beat. The first note starts at beat 0 and every following
note starts where the previous one ended.

```js
const LENGTH = { 'o': 4, 'o|': 2, '.|': 1 };

function noteOnsets(score) {
  const onsets = [];
  let clock = 0;
  for (const sym of score.split(' ')) {
    if (!sym) continue;
    onsets.push(clock);
    clock += LENGTH[sym];
  }
  return onsets;
}
```

So `noteOnsets('o o| .| .|')` gives `[0, 4, 6, 7]`.
''')

OTHER_JS24.append(r''''use strict';

/**
 * Values found in exactly one of the two arrays (the symmetric difference),
 * each listed once, in ascending order.
 */
function exclusiveValues(a, b) {
  const setA = new Set(a);
  const setB = new Set(b);
  const result = [];
  for (const v of setA) if (!setB.has(v)) result.push(v);
  for (const v of setB) if (!setA.has(v)) result.push(v);
  return result.sort((x, y) => x - y);
}

module.exports = { exclusiveValues };
''')

OTHER_JS24.append(r'''// Where is the biggest hole in the data? Sort a copy, look at each pair of
// neighbours, and return the pair (smaller, larger) with the widest gap.
// The first such pair wins when several gaps are equally wide.
function widestGap(values) {
  const s = [...values].sort((a, b) => a - b);
  let pair = [s[0], s[1]];
  for (let i = 2; i < s.length; i++) {
    if (s[i] - s[i - 1] > pair[1] - pair[0]) {
      pair = [s[i - 1], s[i]];
    }
  }
  return pair;
}
''')
