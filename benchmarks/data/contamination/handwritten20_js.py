"""Twentieth batch of hand-written documents, JavaScript (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS20: positives keyed by HumanEval item number, items 4, 25, 29, 32, 36, 41,
    42, 57, 69, 108, 117, 125, 130, 132, 138, 148, 152, 161.
  JS_HELDOUT20: held-out documents, items 47, 63, 91, 111, 119, 127, 151, 155.
  OTHER_JS20: seven JavaScript look-alikes with a different rule:
    0. mean absolute deviation measured around the median, not the mean.
    1. distinct prime factors of n, each prime listed once, ascending.
    2. how many multiples of 11 or 13 below n contain a 7 (numbers counted,
       not digit occurrences).
    3. planets from the first named planet to the second, both ends included,
       in travel order (may run towards the Sun).
    4. "mountain" check: strictly rising, then strictly falling, both parts
       non-empty.
    5. words of a sentence that contain exactly n vowels.
    6. whether n is the sum of exactly three positive odd numbers.
"""

JS20 = {}
JS_HELDOUT20 = {}
OTHER_JS20 = []


JS20[4] = r'''// stats.js - small descriptive-statistics helpers used by the dashboard widgets.
'use strict';

function total(values) {
  let acc = 0;
  for (const v of values) acc += v;
  return acc;
}

function average(values) {
  return total(values) / values.length;
}

/**
 * Average distance of each sample from the arithmetic mean of the sample.
 * Nothing gets squared (unlike the standard deviation), so a single outlier
 * does not dominate the number.
 *
 *   meanAbsDeviation([2, 4, 6, 8])   // => 2   (mean 5, distances 3, 1, 1, 3)
 *   meanAbsDeviation([10, 10, 10])   // => 0
 *   meanAbsDeviation([1, 5])         // => 2
 */
function meanAbsDeviation(values) {
  const centre = average(values);
  return average(values.map((v) => Math.abs(v - centre)));
}

function spread(values) {
  return Math.max(...values) - Math.min(...values);
}

module.exports = { total, average, meanAbsDeviation, spread };
'''

JS20[25] = r'''**Q: How do I get the prime factorization of an integer in JavaScript, repeated factors included?**

I want something like `[2, 2, 3]` back for twelve, smallest factor first.

**A:** You don't need a sieve for this. Plain trial division is enough: keep
dividing by the current candidate for as long as it divides, and only move on to
the next candidate once it stops dividing. Because the small factors are stripped
out first, every divisor you hit this way is automatically prime, and the result
comes out already sorted. Whatever is left once `d * d` passes the remaining value
has to be a prime itself, so push it too.

```js
function primeFactors(num) {
  const out = [];
  let rest = num;
  for (let d = 2; d * d <= rest; d++) {
    while (rest % d === 0) {
      out.push(d);
      rest /= d;
    }
  }
  if (rest > 1) out.push(rest);
  return out;
}
```

Multiplying the returned array back together always reproduces the input, which
makes a handy property check for your unit tests. For values above
`Number.MAX_SAFE_INTEGER` switch to `BigInt`, otherwise the division quietly loses
precision.
'''

JS20[29] = r'''// src/util/strings.js

/**
 * Keeps only the entries of `list` that begin with `head`.
 * Order is preserved and the input array is left untouched.
 *
 *   withPrefix(["git-log", "git-push", "npm-ci", "gitk"], "git-")  // ["git-log", "git-push"]
 *   withPrefix(["x", "y"], "")                                     // ["x", "y"]  (everything starts with "")
 *   withPrefix([], "q")                                            // []
 */
export function withPrefix(list, head) {
  return list.filter((item) => item.startsWith(head));
}

/** Upper-cases the first character, leaves the rest alone. */
export function capitalize(word) {
  return word.length ? word[0].toUpperCase() + word.slice(1) : word;
}

/** Collapses runs of whitespace to single spaces and trims the ends. */
export function squish(text) {
  return text.replace(/\s+/g, ' ').trim();
}
'''

JS20[32] = r'''/*
 * Numerical methods, lab 3: root finding by bisection
 *
 * A polynomial is stored as an array of coefficients, lowest power first, so
 * coeffs[k] multiplies x^k. When the array has an even length the degree is odd,
 * and with a non-zero leading coefficient an odd-degree polynomial heads to plus
 * infinity on one side and minus infinity on the other: there is always at least
 * one real root. polyRoot() returns one of them (which one is not specified).
 *
 * Strategy: start from the bracket [-1, 1] and keep doubling it until the
 * polynomial takes opposite signs at the two ends, then halve the bracket until it
 * is narrower than 1e-10 and report its left end.
 */

function evalPoly(coeffs, x) {
  // Horner's scheme, walking from the highest power down
  let acc = 0;
  for (let k = coeffs.length - 1; k >= 0; k--) {
    acc = acc * x + coeffs[k];
  }
  return acc;
}

function polyRoot(coeffs) {
  let lo = -1;
  let hi = 1;
  while (evalPoly(coeffs, lo) * evalPoly(coeffs, hi) > 0) {
    lo *= 2;
    hi *= 2;
  }
  while (hi - lo > 1e-10) {
    const mid = (lo + hi) / 2;
    if (evalPoly(coeffs, mid) * evalPoly(coeffs, lo) > 0) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return lo;
}

module.exports = { evalPoly, polyRoot };
'''

JS20[36] = r'''// Puzzle of the day: write down every number below N that is a multiple of 11 or
// of 13 (a multiple of both, such as 143, is written only once). How many times
// did you write the digit 7?

const sevensIn = (k) => {
  let c = 0;
  for (; k > 0; k = Math.floor(k / 10)) {
    if (k % 10 === 7) c++;
  }
  return c;
};

function countSevens(limit) {
  let total = 0;
  for (let k = 0; k < limit; k++) {
    if (k % 11 === 0 || k % 13 === 0) total += sevensIn(k);
  }
  return total;
}

console.log(countSevens(80));   // 3  (77 has two sevens, 78 has one)
console.log(countSevens(150));  // 4  (117 adds one more)
console.log(countSevens(300));  // 10
'''

JS20[41] = r'''## Collisions on an endless road

Picture a perfectly straight road with no ends. A group of `n` cars drives
east, and a second group of `n` cars drives west; the two groups start a very
long way apart and every car has the same speed. Whenever an eastbound car meets
a westbound one we call it a collision, but these cars are indestructible: they
simply pass through each other and keep going as if nothing happened.

How many collisions happen in total?

Since nobody stops, turns or bounces back, every eastbound car eventually meets
every westbound car exactly once, and cars going the same way never meet at all.
The answer is just the number of (eastbound, westbound) pairs:

```js
function countCrossings(carsEachWay) {
  // each of the n eastbound cars meets each of the n westbound cars once
  return carsEachWay * carsEachWay;
}
```

No simulation needed; the speed and the starting distance do not matter.
'''

JS20[42] = r'''// bump.js
'use strict';

/** Returns a new array where every number is one larger than in the input. */
function bumpAll(nums) {
  const out = new Array(nums.length);
  for (let i = 0; i < nums.length; i++) {
    out[i] = nums[i] + 1;
  }
  return out;
}

module.exports = bumpAll;

if (require.main === module) {
  const assert = require('node:assert');
  assert.deepStrictEqual(bumpAll([0, 7, -3]), [1, 8, -2]);
  assert.deepStrictEqual(bumpAll([99]), [100]);
  assert.deepStrictEqual(bumpAll([]), []);
  console.log('bump.js: all good');
}
'''

JS20[57] = r'''// validators/series.js
// Sanity checks for sensor series before they are charted.

/**
 * True when the series never changes direction: it is entirely non-decreasing
 * or entirely non-increasing. Flat stretches (equal neighbours) are fine either
 * way, and series with fewer than two points count as ordered.
 */
function isOrderedEitherWay(series) {
  let rises = false;
  let falls = false;
  for (let i = 1; i < series.length; i++) {
    if (series[i] > series[i - 1]) rises = true;
    else if (series[i] < series[i - 1]) falls = true;
    if (rises && falls) return false;
  }
  return true;
}

/** True when every reading is a finite number. */
function allFinite(series) {
  return series.every((x) => Number.isFinite(x));
}

module.exports = { isOrderedEitherWay, allFinite };
'''

JS20[69] = r'''// Kata: "frequent enough"
//
// You get a non-empty array of positive integers. Find the largest value v that
// occurs at least v times in the array. If no value qualifies, return -1.

function biggestSelfFrequent(arr) {
  const tally = new Map();
  for (const x of arr) tally.set(x, (tally.get(x) || 0) + 1);

  let best = -1;
  for (const [value, times] of tally) {
    if (value > 0 && times >= value && value > best) best = value;
  }
  return best;
}

// quick checks
console.assert(biggestSelfFrequent([3, 3, 3, 1, 2]) === 3);
console.assert(biggestSelfFrequent([1, 1, 2, 2, 2, 4]) === 2);
console.assert(biggestSelfFrequent([6, 6, 2]) === -1);
console.assert(biggestSelfFrequent([1]) === 1);
'''

JS20[108] = r'''/*
 * Digit sums where the sign sticks to the leading digit: -305 is read as
 * (-3) + 0 + 5, while 305 is 3 + 0 + 5. We want to know how many entries of an
 * integer array have a digit sum that is strictly greater than zero under this
 * reading. An empty array gives 0.
 */

function signedDigitSum(value) {
  const digits = String(Math.abs(value)).split('').map(Number);
  if (value < 0) digits[0] = -digits[0];
  return digits.reduce((a, b) => a + b, 0);
}

function countPositiveDigitSums(values) {
  return values.filter((v) => signedDigitSum(v) > 0).length;
}
'''

JS20[117] = r'''> How can I pick out the words in a sentence that have a given number of consonants? The input only has letters and spaces.

Strip the vowels out of each word and look at what is left. Since the input is
letters only, everything that survives is a consonant (`y` included):

```js
function wordsWithConsonants(sentence, n) {
  return sentence
    .split(/\s+/)
    .filter(Boolean)                                   // "" gives no words at all
    .filter((w) => w.replace(/[aeiou]/gi, '').length === n);
}

wordsWithConsonants('Quick brown fox jumps', 3);  // ['Quick']
wordsWithConsonants('Quick brown fox jumps', 4);  // ['brown', 'jumps']
wordsWithConsonants('Quick brown fox jumps', 9);  // []
wordsWithConsonants('', 2);                       // []
```

The words come back in the same order they appear in the sentence, and the `i`
flag takes care of upper-case vowels like the `U` in `Uber`.
'''

JS20[125] = r'''### Review comments on `parseTokens()` (PR #412)

**@mkowalski** on `src/tokens.js`:

> The return type changes depending on the input, which I don't love, but it
> matches the ticket, so fine. Just double-checking I read the rules right:
> 1. if the text has a space in it, split on whitespace;
> 2. otherwise, if it has a comma, split on commas;
> 3. otherwise return a number: how many lower-case letters sit at an odd
>    position in the alphabet when `a` is position 0 (so b, d, f, ... z).

**@author:** Yes, that's the spec. Updated version below; I folded the
"is this letter odd" check into the char code, since 'a' is 97 and therefore
b, d, f... all have even codes.

```js
function parseTokens(text) {
  if (text.includes(' ')) {
    return text.split(/\s+/).filter((t) => t !== '');
  }
  if (text.includes(',')) {
    return text.split(/[,\s]+/).filter((t) => t !== '');
  }
  let count = 0;
  for (const ch of text) {
    if (ch >= 'a' && ch <= 'z' && ch.charCodeAt(0) % 2 === 0) count++;
  }
  return count;
}
```

**@mkowalski:** LGTM. Maybe leave a comment on the `% 2 === 0` trick, it reads
backwards at first glance.
'''

JS20[130] = r'''// A "tribonacci-like" sequence from a puzzle site. The rules:
//   t(0) = 1
//   t(1) = 3
//   t(k) = 1 + k / 2                        when k is even
//   t(k) = t(k - 1) + t(k - 2) + t(k + 1)   when k is odd
//
// The odd rule looks ahead, but k + 1 is even, so t(k + 1) is just
// 1 + (k + 1) / 2 = (k + 3) / 2 and the whole thing can be filled in left to
// right. seqUpTo(n) returns the n + 1 values t(0) .. t(n).
//
//   seqUpTo(2)  -> [1, 3, 2]
//   seqUpTo(11) -> [1, 3, 2, 8, 3, 15, 4, 24, 5, 35, 6, 48]

function seqUpTo(n) {
  const t = [1];
  if (n === 0) return t;
  t.push(3);
  for (let k = 2; k <= n; k++) {
    if (k % 2 === 0) {
      t.push(k / 2 + 1);
    } else {
      t.push(t[k - 1] + t[k - 2] + (k + 3) / 2);
    }
  }
  return t;
}
'''

JS20[132] = r'''// Does a string made only of '[' and ']' contain a nested pair somewhere, i.e.
// can we choose a subsequence that reads "[[]]"? The brackets do not have to be
// balanced overall; we only care whether one matched pair can sit inside another.
//
// Greedy idea: match the earliest '[' with the latest ']', then the next '[' with
// the next-latest ']', moving inward. Two successful matches means nesting.

function hasNestedBrackets(str) {
  const opens = [];
  const closes = [];
  for (let i = 0; i < str.length; i++) {
    if (str[i] === '[') opens.push(i);
    else closes.push(i);
  }

  let pairs = 0;
  let j = closes.length - 1;
  for (const o of opens) {
    if (j >= 0 && o < closes[j]) {
      pairs++;
      j--;
    }
  }
  return pairs >= 2;
}

export default hasNestedBrackets;
'''

JS20[138] = r'''/**
 * Can `n` be written as the sum of exactly four positive even numbers?
 *
 * The smallest such sum is 2 + 2 + 2 + 2 = 8, and any bigger even total is
 * reachable by growing one of the summands, while an odd total never is. So the
 * whole question reduces to "even and at least 8".
 *
 *   isSumOfFourEvens(10)  -> true   (2 + 2 + 2 + 4)
 *   isSumOfFourEvens(14)  -> true   (2 + 2 + 4 + 6, among others)
 *   isSumOfFourEvens(7)   -> false  (odd)
 *   isSumOfFourEvens(2)   -> false  (too small)
 */
const isSumOfFourEvens = (n) => n % 2 === 0 && n >= 8;

module.exports = { isSumOfFourEvens };
'''

JS20[148] = r'''// solar.js

const ORBIT_ORDER = [
  'Mercury', 'Venus', 'Earth', 'Mars',
  'Jupiter', 'Saturn', 'Uranus', 'Neptune',
];

/**
 * Planets whose orbits lie strictly between the orbits of the two named planets,
 * listed outward from the Sun no matter which order the arguments come in.
 * Unknown names (sorry, Pluto) or the same planet twice give an empty array.
 */
function planetsBetween(a, b) {
  const i = ORBIT_ORDER.indexOf(a);
  const j = ORBIT_ORDER.indexOf(b);
  if (i < 0 || j < 0 || i === j) return [];
  return ORBIT_ORDER.slice(Math.min(i, j) + 1, Math.max(i, j));
}

function isPlanet(name) {
  return ORBIT_ORDER.includes(name);
}

module.exports = { ORBIT_ORDER, planetsBetween, isPlanet };
'''

JS20[152] = r'''<!-- blog: "Scoring the office prediction pool" -->

Every week half the office submits predictions for the weekend matches, and every
Monday somebody has to work out how wrong everyone was. The rule we settled on:
for each match, your penalty is the absolute difference between what you
predicted and what actually happened, so a spot-on guess costs nothing.

The results and the predictions arrive as two arrays of the same length, one
entry per match, and the function hands back one penalty per match:

```js
function guessPenalties(actual, predicted) {
  return actual.map((score, i) => Math.abs(score - predicted[i]));
}

console.log(guessPenalties([3, 1, 0], [3, 2, 4]));   // [ 0, 1, 4 ]
console.log(guessPenalties([2, -1], [-2, -1]));      // [ 4, 0 ]
```

Lowest total at the end of the month buys the doughnuts... no, wait, highest.
'''

JS20[161] = r'''// flip.js
//
// Inverts the case of every letter in the string and leaves every other
// character where it is. A string with no letters at all gets reversed instead,
// so the caller always sees some transformation.

function isLetter(ch) {
  return /\p{L}/u.test(ch);
}

function flipCaseOrReverse(text) {
  let sawLetter = false;
  let out = '';
  for (const ch of text) {
    if (isLetter(ch)) {
      sawLetter = true;
      out += ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
    } else {
      out += ch;
    }
  }
  return sawLetter ? out : [...text].reverse().join('');
}

module.exports = flipCaseOrReverse;
'''


JS_HELDOUT20[47] = r'''// Median of an array of numbers.
//
// Note the comparator: Array.prototype.sort() without one compares values as
// strings, so [10, 9, 1] would "sort" to [1, 10, 9]. Classic bug.
// We also copy first so the caller's array is not reordered behind their back.
//
//   medianOf([7, 1, 3])      === 3
//   medianOf([8, 2, 4, 6])   === 5     (mean of the two middle values 4 and 6)
//   medianOf([5])            === 5

function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) {
    return sorted[mid];
  }
  return (sorted[mid - 1] + sorted[mid]) / 2;
}

module.exports = medianOf;
'''

JS_HELDOUT20[63] = r'''/*
 * A Fibonacci variant where each term adds up the previous three instead of two,
 * seeded with 0, 0, 1:
 *
 *   a(0) = 0, a(1) = 0, a(2) = 1
 *   a(n) = a(n-1) + a(n-2) + a(n-3)    for n >= 3
 *
 * The naive recursive definition branches three ways and blows up exponentially,
 * so roll three running values forward instead: O(n) time, O(1) space.
 */
function threeStepFib(n) {
  if (n < 2) return 0;
  let x = 0;  // a(k-2)
  let y = 0;  // a(k-1)
  let z = 1;  // a(k)
  for (let k = 2; k < n; k++) {
    [x, y, z] = [y, z, x + y + z];
  }
  return z;
}
'''

JS_HELDOUT20[91] = r'''// Counting "boring" sentences: a sentence is boring when its first word is "I".
// Sentences end at '.', '?' or '!', and any whitespace after the terminator is
// skipped before the next sentence begins.
//
//   countBoring('I slept. You ran! I ate?')  // 2
//   countBoring('It is late. I know')        // 1   ("It" is not the word "I")
//   countBoring('Nobody here')               // 0

function countBoring(text) {
  return text
    .split(/[.?!]\s*/)
    .filter((sentence) => sentence.startsWith('I '))
    .length;
}
'''

JS_HELDOUT20[111] = r'''/**
 * Takes a string of lower-case letters separated by single spaces and reports
 * which letter(s) occur most often. The result maps each of the most frequent
 * letters to that top count; ties are all included, in order of first
 * appearance. An empty (or blank) string yields an empty object.
 */
function mostFrequentLetters(input) {
  const counts = {};
  for (const token of input.split(' ')) {
    if (token === '') continue;
    counts[token] = (counts[token] || 0) + 1;
  }

  const top = Math.max(0, ...Object.values(counts));
  const result = {};
  for (const [letter, n] of Object.entries(counts)) {
    if (n === top) result[letter] = n;
  }
  return result;
}

module.exports = { mostFrequentLetters };
'''

JS_HELDOUT20[119] = r'''## Gluing two bracket strings together

You have exactly two strings made of `(` and `)` characters. Can you join them,
in one order or the other, so that the result is a properly balanced string,
every `)` closing an earlier `(` and nothing left open at the end? Answer with
"Yes" or "No".

There are only two orders, so just try both:

```js
function balanced(s) {
  let depth = 0;
  for (const c of s) {
    depth += c === '(' ? 1 : -1;
    if (depth < 0) return false;     // closed something that was never opened
  }
  return depth === 0;
}

function canJoinBalanced([first, second]) {
  return balanced(first + second) || balanced(second + first) ? 'Yes' : 'No';
}

canJoinBalanced(['((', '))']);     // 'Yes'
canJoinBalanced(['))', '((']);     // 'Yes'  ("((" + "))")
canJoinBalanced(['(()', ')(']);    // 'No'
```
'''

JS_HELDOUT20[127] = r'''// intervals.js
//
// Two closed integer intervals [a0, a1] and [b0, b1] (each with start <= end).
// Work out the length of their overlap, measured as end - start of the shared
// part, and answer "YES" when that length is a prime number, "NO" otherwise.
// Intervals that do not overlap, or only touch in a single point (length 0),
// give "NO".

function isPrime(k) {
  if (k < 2) return false;
  for (let d = 2; d * d <= k; d++) {
    if (k % d === 0) return false;
  }
  return true;
}

function overlapIsPrime(a, b) {
  const start = Math.max(a[0], b[0]);
  const end = Math.min(a[1], b[1]);
  const len = end - start;
  return len > 0 && isPrime(len) ? 'YES' : 'NO';
}

module.exports = { isPrime, overlapIsPrime };
'''

JS_HELDOUT20[151] = r'''/**
 * Adds up the squares of the odd positive whole numbers in the list.
 * Negative values, zero, even numbers and fractions are skipped, and an empty
 * list sums to 0.
 *
 * @example
 * sumOddSquares([7, -3, 2.5, 1]);  // 49 + 1 = 50
 * sumOddSquares([4, 6, -9]);       // 0
 * sumOddSquares([]);               // 0
 */
function sumOddSquares(list) {
  let sum = 0;
  for (const x of list) {
    if (Number.isInteger(x) && x > 0 && x % 2 === 1) {
      sum += x * x;
    }
  }
  return sum;
}
'''

JS_HELDOUT20[155] = r'''// digits.js - helpers for the number-formatting exercises

/** Number of decimal digits in an integer, ignoring its sign. */
function digitCount(num) {
  return String(Math.abs(num)).length;
}

/**
 * Counts the even and the odd digits of an integer (the minus sign is ignored)
 * and returns them as a two-element array [evenCount, oddCount]. Zero counts as
 * an even digit.
 */
function evenOddDigits(num) {
  let even = 0;
  let odd = 0;
  for (const ch of String(Math.abs(num))) {
    if (Number(ch) % 2 === 0) even++;
    else odd++;
  }
  return [even, odd];
}

module.exports = { digitCount, evenOddDigits };
'''


# 0. mean absolute deviation around the median (not the mean)
OTHER_JS20.append(r'''// robust.js
//
// Mean absolute deviation measured from the MEDIAN rather than from the mean.
// The median is the point that minimises the sum of absolute distances, so
// this is the smallest "average distance to a single centre" a data set can
// have, and it is less sensitive to one wild value than the mean-centred version.
//
//   madAroundMedian([1, 2, 3, 10])  // median 2.5, distances 1.5, 0.5, 0.5, 7.5 -> 2.5
//   madAroundMedian([4, 4, 4])      // 0

function medianOf(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function madAroundMedian(xs) {
  const centre = medianOf(xs);
  let acc = 0;
  for (const x of xs) acc += Math.abs(x - centre);
  return acc / xs.length;
}

module.exports = { medianOf, madAroundMedian };
''')

# 1. distinct prime factors, each listed once
OTHER_JS20.append(r'''/**
 * The set of primes dividing n, each listed once, smallest first.
 * Multiplicity is deliberately dropped: 72 = 2^3 * 3^2 gives just [2, 3].
 * Useful for Euler's totient, radical(n), squarefree checks and the like.
 */
function distinctPrimeDivisors(n) {
  const primes = [];
  let rest = n;
  for (let p = 2; p * p <= rest; p++) {
    if (rest % p !== 0) continue;
    primes.push(p);
    while (rest % p === 0) rest /= p;
  }
  if (rest > 1) primes.push(rest);
  return primes;
}

/** Euler's phi via the product formula over the distinct prime divisors. */
function totient(n) {
  return distinctPrimeDivisors(n).reduce((acc, p) => (acc / p) * (p - 1), n);
}
''')

# 2. count the multiples of 11 or 13 below n that contain a 7 (numbers, not digits)
OTHER_JS20.append(r'''// How many numbers below `limit` are divisible by 11 or by 13 AND have at least
// one digit 7 somewhere? Each qualifying number counts once, however many sevens
// it contains (77 counts as one number, not two).

function multiplesWithSeven(limit) {
  let count = 0;
  for (let k = 0; k < limit; k++) {
    if ((k % 11 === 0 || k % 13 === 0) && String(k).includes('7')) count++;
  }
  return count;
}

console.log(multiplesWithSeven(80));   // 2  (77 and 78)
console.log(multiplesWithSeven(150));  // 3  (77, 78, 117)
''')

# 3. planets from planet1 to planet2 inclusive, in travel order
OTHER_JS20.append(r'''// route.js - toy "grand tour" planner for the space-sim game.
//
// Returns the planets you pass on a trip from `from` to `to`, BOTH endpoints
// included, in the order you visit them. Flying sunward gives the list in
// reverse orbital order. Unknown names give an empty route; the same planet
// twice gives a one-stop route.

const PLANETS = ['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune'];

function tourRoute(from, to) {
  const a = PLANETS.indexOf(from);
  const b = PLANETS.indexOf(to);
  if (a === -1 || b === -1) return [];
  const step = a <= b ? 1 : -1;
  const route = [];
  for (let i = a; i !== b + step; i += step) route.push(PLANETS[i]);
  return route;
}

// tourRoute('Earth', 'Mercury') -> ['Earth', 'Venus', 'Mercury']
// tourRoute('Mars', 'Saturn')   -> ['Mars', 'Jupiter', 'Saturn']
// tourRoute('Venus', 'Venus')   -> ['Venus']
''')

# 4. mountain array: strictly up, then strictly down, both parts non-empty
OTHER_JS20.append(r'''/**
 * "Mountain" check: the values must climb strictly to a single peak and then
 * descend strictly, with at least one step up and one step down. Plateaus are
 * not allowed, and a purely increasing or purely decreasing array is not a
 * mountain.
 */
function isMountain(arr) {
  const n = arr.length;
  let i = 0;
  while (i + 1 < n && arr[i] < arr[i + 1]) i++;
  if (i === 0 || i === n - 1) return false;   // no climb, or no descent
  while (i + 1 < n && arr[i] > arr[i + 1]) i++;
  return i === n - 1;
}
''')

# 5. words with exactly n vowels
OTHER_JS20.append(r'''// Picks the words of a sentence that contain exactly `n` vowels (a, e, i, o, u,
// either case; y is not treated as a vowel). Words keep their original order.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function countVowels(word) {
  let c = 0;
  for (const ch of word.toLowerCase()) if (VOWELS.has(ch)) c++;
  return c;
}

function wordsWithVowelCount(sentence, n) {
  const words = sentence.trim() === '' ? [] : sentence.trim().split(/\s+/);
  return words.filter((w) => countVowels(w) === n);
}

const assert = require('assert');
assert.deepStrictEqual(wordsWithVowelCount('Quiet evening at the harbour', 3), ['Quiet', 'evening', 'harbour']);
assert.deepStrictEqual(wordsWithVowelCount('Quiet evening at the harbour', 1), ['at', 'the']);
assert.deepStrictEqual(wordsWithVowelCount('', 2), []);
''')

# 6. sum of exactly three positive odd numbers
OTHER_JS20.append(r'''/**
 * Can n be written as the sum of exactly three positive odd integers?
 *
 * Three odd numbers always add up to an odd number, and the smallest possible
 * total is 1 + 1 + 1 = 3. Every odd n >= 3 works: take 1 + 1 + (n - 2).
 */
function isSumOfThreeOdds(n) {
  return Number.isInteger(n) && n >= 3 && Math.abs(n % 2) === 1;
}

// isSumOfThreeOdds(3)  -> true
// isSumOfThreeOdds(11) -> true   (1 + 1 + 9, 3 + 3 + 5, ...)
// isSumOfThreeOdds(8)  -> false
// isSumOfThreeOdds(1)  -> false
''')
