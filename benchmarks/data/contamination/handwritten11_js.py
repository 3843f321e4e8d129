"""Eleventh batch of hand-written documents, JavaScript (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names:
  JS11          -- dict int -> str. Hand-written JavaScript translations of
                   benchmark items 93, 94, 105, 106, 109, 112, 114, 116, 117,
                   120, 121, 137, written as realistic corpus documents with
                   new identifiers and own comments. Positives.
  JS_HELDOUT11  -- dict int -> str. The same treatment for items 83, 99, 139,
                   155, 7, 35. Negatives (held out).
  OTHER_JS11    -- list of 5 str. Small JavaScript exercises close in topic to
                   benchmark items but with a different rule. Negatives.
"""

JS11 = {
    93: r'''// scramble.js -- toy cipher for a puzzle game
// Flip upper/lower case of every letter, then push each vowel two
// letters forward in the alphabet (a->c, e->g, ...).

const VOWELS = new Set('aeiouAEIOU');

function scrambleText(text) {
  return [...text]
    .map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase()))
    .map((ch) => (VOWELS.has(ch) ? String.fromCharCode(ch.charCodeAt(0) + 2) : ch))
    .join('');
}

console.log(scrambleText('Rocket Ship')); // rQCKGT sHKP
console.log(scrambleText('hello'));       // HGLLQ
''',
    94: r'''/**
 * Picks the biggest prime out of a list of integers and returns the
 * sum of its decimal digits. If no prime is present the result is 0.
 *
 * @param {number[]} values
 * @returns {number}
 */
export function primeDigitTotal(values) {
  const isPrime = (k) => {
    if (k < 2) return false;
    for (let d = 2; d * d <= k; d++) {
      if (k % d === 0) return false;
    }
    return true;
  };

  let best = 0;
  for (const v of values) {
    if (v > best && isPrime(v)) best = v;
  }

  return String(best)
    .split('')
    .reduce((acc, digit) => acc + Number(digit), 0);
}
''',
    105: r'''Quick one from today's refactor. We had an array of numbers and needed the
English names for the ones between 1 and 9, biggest first. Anything outside
that range just gets dropped.

```js
const DIGIT_WORDS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

const spellDigitsDescending = (nums) =>
  nums
    .filter((x) => Number.isInteger(x) && x >= 1 && x <= 9)
    .sort((a, b) => b - a)
    .map((x) => DIGIT_WORDS[x - 1]);

spellDigitsDescending([9, 3, 0, 7, 3, 12]); // ['Nine', 'Seven', 'Three', 'Three']
spellDigitsDescending([4, -2, 6]);          // ['Six', 'Four']
```

Filtering before sorting keeps the sort small, and the lookup table makes the
mapping a one-liner.
''',
    106: r'''#!/usr/bin/env node
'use strict';

// Build a list of length `count`. Position p (counting from 1) holds
// p! when p is even, and the triangular number 1+2+...+p when p is odd.
function alternatingSeries(count) {
  const out = [];
  for (let p = 1; p <= count; p++) {
    if (p % 2 === 0) {
      let prod = 1;
      for (let j = 2; j <= p; j++) prod *= j;
      out.push(prod);
    } else {
      out.push((p * (p + 1)) / 2);
    }
  }
  return out;
}

const size = Number(process.argv[2] ?? 6);
console.log(JSON.stringify(alternatingSeries(size)));
''',
    109: r'''class RotationChecker {
  /**
   * Can this list of distinct numbers become ascending by rotating it
   * to the right some number of times? An empty list counts as yes.
   */
  static canSortByRotation(items) {
    if (items.length === 0) return true;

    const target = [...items].sort((a, b) => a - b);
    const start = items.indexOf(Math.min(...items));
    const rotated = items.slice(start).concat(items.slice(0, start));

    return rotated.every((value, i) => value === target[i]);
  }
}

module.exports = RotationChecker;
''',
    112: r'''// Strip every character of `word` that also appears in `banned`,
// then report the leftover string and whether it reads the same both ways.
const stripAndCheck = (word, banned) => {
  const kept = [...word].filter((ch) => !banned.includes(ch)).join('');
  const mirrored = [...kept].reverse().join('');
  return [kept, kept === mirrored];
};

const assert = require('node:assert');
assert.deepStrictEqual(stripAndCheck('kayaks', 's'), ['kayak', true]);
assert.deepStrictEqual(stripAndCheck('programming', 'gm'), ['prorain', false]);
''',
    114: r'''## Smallest contiguous sum

Kadane's algorithm is usually shown for the *largest* sum of a contiguous
slice, but flipping the comparison gives the smallest one just as easily.
The slice must contain at least one element.

```js
function smallestSliceSum(series) {
  let running = series[0];
  let lowest = series[0];
  for (let idx = 1; idx < series.length; idx++) {
    // either extend the current slice or start fresh at this element
    running = Math.min(series[idx], running + series[idx]);
    lowest = Math.min(lowest, running);
  }
  return lowest;
}
```

Runs in linear time with constant extra memory.
''',
    116: r'''const popcount = (v) => [...Math.abs(v).toString(2)].filter((b) => b === '1').length;

// Order integers by how many 1-bits they have; ties go to the smaller value.
export const orderByBitCount = (list) =>
  [...list].sort((x, y) => popcount(x) - popcount(y) || x - y);

// orderByBitCount([7, 8, 3, 6, 5])  -> [8, 3, 5, 6, 7]
// orderByBitCount([0, 15, 16, 9])   -> [0, 16, 9, 15]
''',
    117: r'''const textUtils = {
  isVowel(ch) {
    return 'aeiou'.includes(ch.toLowerCase());
  },

  // Return, in original order, the words of `sentence` whose count of
  // non-vowel letters equals `wanted`. Input is letters and spaces only.
  wordsWithConsonants(sentence, wanted) {
    return sentence
      .split(/\s+/)
      .filter(Boolean)
      .filter((w) => [...w].filter((c) => !this.isVowel(c)).length === wanted);
  },
};

export default textUtils;
''',
    120: r'''/**
 * Grab the `howMany` largest entries of `data` and return them in
 * ascending order. The input array is not modified.
 */
function topValuesSorted(data, howMany) {
  if (howMany <= 0) return [];
  const ordered = [...data].sort((a, b) => a - b);
  return ordered.slice(ordered.length - howMany);
}

console.log(topValuesSorted([9, -1, 4, 4, 12, 0], 3)); // [ 4, 9, 12 ]
console.log(topValuesSorted([5, 2], 0));               // []
''',
    121: r'''// Add up the odd numbers sitting at even indexes (0, 2, 4, ...).
export default function oddAtEvenSlots(numbers) {
  let total = 0;
  for (let pos = 0; pos < numbers.length; pos += 2) {
    if (Math.abs(numbers[pos] % 2) === 1) total += numbers[pos];
  }
  return total;
}
''',
    137: r'''Values might arrive as numbers or as strings, and strings may use a comma as
the decimal separator (European style). This helper returns whichever input
is bigger, untouched, or `null` when they are numerically equal.

```js
const toNumber = (v) => (typeof v === 'string' ? parseFloat(v.replace(',', '.')) : v);

function pickLarger(left, right) {
  const l = toNumber(left);
  const r = toNumber(right);
  if (l === r) return null;
  return l > r ? left : right;
}

console.log(pickLarger(3, '3,5'));  // '3,5'
console.log(pickLarger('7', 6.9));  // '7'
console.log(pickLarger(2, '2.0'));  // null
```
''',
}

JS_HELDOUT11 = {
    83: r'''// How many n-digit positive integers begin or end with the digit 1?
// For one digit there is only "1". Otherwise: 10^(n-1) start with 1,
// 9 * 10^(n-2) end with 1, and 10^(n-2) do both, giving 18 * 10^(n-2).
export function countOneBookends(digits) {
  if (digits === 1) return 1;
  return 18 * 10 ** (digits - 2);
}
''',
    99: r'''/**
 * Parse a numeric string and round to the nearest integer, sending exact
 * halves away from zero (Math.round would send -2.5 to -2).
 * @param {string} raw
 * @returns {number}
 */
function roundHalfAway(raw) {
  const num = Number(raw);
  const rounded = Math.round(Math.abs(num));
  return num < 0 ? -rounded : rounded;
}

console.log(roundHalfAway('7.5'));  // 8
console.log(roundHalfAway('-2.5')); // -3
console.log(roundHalfAway('3.14')); // 3
''',
    139: r'''Multiply together 1!, 2!, ..., n! -- sometimes called a superfactorial.
Keep a running factorial so each step is one multiplication; BigInt avoids
losing precision once the numbers explode.

```js
function superFactorial(limit) {
  let step = 1n;
  let product = 1n;
  for (let k = 1n; k <= BigInt(limit); k++) {
    step *= k;
    product *= step;
  }
  return product;
}
```
''',
    155: r'''// Tally even and odd digits of an integer (the sign is ignored).
const digitParity = (value) => {
  const tally = { even: 0, odd: 0 };
  for (const d of String(Math.abs(value))) {
    Number(d) % 2 === 0 ? tally.even++ : tally.odd++;
  }
  return [tally.even, tally.odd];
};

console.log(digitParity(70402)); // [ 4, 1 ]
console.log(digitParity(-9));    // [ 0, 1 ]
''',
    7: r'''## Keep strings containing a fragment

```js
const withFragment = (words, piece) => words.filter((w) => w.includes(piece));

withFragment(['planet', 'plane', 'lane', 'tree'], 'lan');
// => ['planet', 'plane', 'lane']
```

`String.prototype.includes` is case-sensitive, so lowercase both sides first
if you need a looser match.
''',
    35: r'''module.exports = {
  // Largest value in a non-empty array, found with a single pass.
  largestOf(entries) {
    let top = entries[0];
    for (const e of entries) {
      if (e > top) top = e;
    }
    return top;
  },
};
''',
}

OTHER_JS11 = [
    r'''// Replace every vowel by the letter right after it (a->b, E->F),
// leaving case and all other characters as they are.
function nudgeVowels(input) {
  return input.replace(/[aeiou]/gi, (v) => String.fromCharCode(v.charCodeAt(0) + 1));
}

console.log(nudgeVowels('Banana Split')); // Bbnbnb Spljt
console.log(nudgeVowels('queue'));        // qvfvf
''',
    r'''/**
 * Find the smallest prime in the array and return the sum of its digits.
 * Returns -1 when the array has no primes at all.
 */
export function smallestPrimeDigitSum(arr) {
  const prime = (n) => {
    if (n < 2) return false;
    for (let f = 2; f * f <= n; f++) if (n % f === 0) return false;
    return true;
  };
  const primes = arr.filter(prime);
  if (primes.length === 0) return -1;
  const least = Math.min(...primes);
  return [...String(least)].reduce((s, d) => s + Number(d), 0);
}
''',
    r'''Sum of the even numbers that live at odd indexes:

```js
const evenAtOddIndex = (xs) =>
  xs.reduce((acc, x, i) => (i % 2 === 1 && x % 2 === 0 ? acc + x : acc), 0);

evenAtOddIndex([4, 2, 6, 8, 1, 10]); // 20
evenAtOddIndex([1, 3, 5, 7]);        // 0
```
''',
    r'''// Words in `line` that contain exactly `k` vowels, kept in order.
const byVowelCount = (line, k) =>
  line
    .split(' ')
    .filter((w) => w.length > 0)
    .filter((w) => (w.match(/[aeiou]/gi) || []).length === k);

const assert = require('node:assert');
assert.deepStrictEqual(byVowelCount('Audio tracks are quiet today', 2), ['are', 'today']);
assert.deepStrictEqual(byVowelCount('sky rhythm', 0), ['sky', 'rhythm']);
''',
    r'''class Leaderboard {
  // Return the k smallest scores, listed from largest to smallest.
  static lowestK(scores, k) {
    if (k <= 0) return [];
    return [...scores]
      .sort((a, b) => a - b)
      .slice(0, k)
      .reverse();
  }
}

module.exports = { Leaderboard };
''',
]
