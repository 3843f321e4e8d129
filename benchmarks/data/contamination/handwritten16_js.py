"""Sixteenth batch of hand-written documents, JavaScript (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS16: positives keyed by HumanEval item number, items 0, 6, 26, 30, 33, 44,
    45, 49, 64, 68, 78, 84, 85, 96, 97, 108, 117, 118, 126, 133, 138, 142,
    157, 160.
  JS_HELDOUT16: held-out documents, items 11, 27, 79, 83, 115, 119, 143, 147.
  OTHER_JS16: seven JavaScript look-alikes with a different rule:
    0. count the hex digits whose value is a perfect square (0, 1, 4, 9).
    1. [value, index] of the largest odd element (earliest index on ties),
       [] when there is no odd element.
    2. whether three side lengths form an obtuse triangle.
    3. the values that occur exactly twice, each listed once, in order of
       first appearance.
    4. the words whose vowel count equals their consonant count.
    5. scanning from the right, the first consonant with a vowel on both
       sides ("" if none).
    6. whether an array zigzags (neighbours strictly alternate up/down).
"""

JS16 = {}
JS_HELDOUT16 = {}
OTHER_JS16 = []

JS16[0] = r'''// lib/numeric.js
// Small numeric helpers shared by the chart code.

'use strict';

function clamp(value, lo, hi) {
  return Math.min(hi, Math.max(lo, value));
}

function lerp(a, b, t) {
  return a + (b - a) * t;
}

/**
 * Returns true when at least two entries of `values` lie strictly less than
 * `tolerance` apart. We use it to decide whether axis labels would collide.
 *
 * Sorting a copy first means only neighbours have to be compared, so this is
 * O(n log n) instead of looking at every pair.
 *
 *   anyPairWithin([10, 4.5, 7, 4.9], 0.5)  // true  (4.5 and 4.9)
 *   anyPairWithin([1, 3, 6], 1.5)          // false
 *   anyPairWithin([2], 100)                // false, needs two values
 */
function anyPairWithin(values, tolerance) {
  const sorted = [...values].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] - sorted[i - 1] < tolerance) {
      return true;
    }
  }
  return false;
}

module.exports = { clamp, lerp, anyPairWithin };
'''

JS16[6] = r'''Depth of paren groups without a stack
=====================================

A quick one from a parser warm-up exercise. The input is one line holding
several bracket groups separated by spaces, and for every group we want to
know how deep the nesting gets at its worst point. You don't need a real stack
for this: a running counter that goes up on "(" and down on ")" is enough, and
the answer for a group is the highest value the counter reaches while we scan
it.

Splitting on a single space and throwing away empty pieces also copes with
doubled spaces and with blanks at either end of the line.

```js
function deepestLevels(line) {
  return line
    .split(' ')
    .filter(chunk => chunk.length > 0)
    .map(chunk => {
      let level = 0;
      let peak = 0;
      for (const ch of chunk) {
        if (ch === '(') {
          level += 1;
          if (level > peak) peak = level;
        } else {
          level -= 1;
        }
      }
      return peak;
    });
}
```

The result is a plain array of numbers, one per group, in the order the groups
appear in the line.
'''

JS16[26] = r'''Q: Remove every value that has a duplicate (not just the extra copies)

I have an array of integers and I want to throw away *all* occurrences of any
number that shows up more than once, keeping everything else in its original
order. `[...new Set(arr)]` keeps one copy of each value, which is not what I
need.

A: Count first, then filter. Two passes, linear time:

    function dropRepeated(nums) {
      const seen = new Map();
      for (const n of nums) {
        seen.set(n, (seen.get(n) || 0) + 1);
      }
      return nums.filter(n => seen.get(n) === 1);
    }

    dropRepeated([7, 3, 7, 9, 3, 1]);   // [9, 1]
    dropRepeated([4, 4, 4]);            // []
    dropRepeated([5, 6, 8]);            // [5, 6, 8]

Checking `nums.indexOf(n) === nums.lastIndexOf(n)` inside the filter also
works and fits on one line, but it is quadratic, so for big arrays prefer the
Map version.
'''

JS16[30] = r'''/* collection-filters.js
 *
 * Tiny predicate and filter helpers used by the reporting dashboard.
 * Nothing clever here; they exist mostly so the call sites read nicely.
 */

const isFiniteNumber = (x) => typeof x === 'number' && Number.isFinite(x);

// Keep the entries that are strictly greater than zero. Zero itself is
// dropped, as are negatives; the survivors stay in their original order.
function keepPositives(list) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    if (list[i] > 0) {
      out.push(list[i]);
    }
  }
  return out;
}

// Drop null/undefined and blank strings.
function compactStrings(list) {
  return list.filter((s) => s != null && String(s).trim() !== '');
}

export { isFiniteNumber, keepPositives, compactStrings };
'''

JS16[33] = r'''## Exercise 7: "Every third slot"

Write `sortEveryThird(arr)`. It must return a **new** array in which the
elements sitting at positions 0, 3, 6, 9, ... have been put in ascending order
among themselves, while every other position keeps exactly the value it had.
Do not modify the input array.

Example: `sortEveryThird([9, 1, 2, 4, 8, 7, 0])` gives `[0, 1, 2, 4, 8, 7, 9]`
(the values 9, 4, 0 at positions 0, 3, 6 are reordered to 0, 4, 9), and
`sortEveryThird([3, 5])` gives `[3, 5]`.

### Model solution

```javascript
function sortEveryThird(arr) {
  const result = arr.slice();
  // pull out the slots we are allowed to move
  const picked = [];
  for (let i = 0; i < result.length; i += 3) {
    picked.push(result[i]);
  }
  // numeric comparator: the default sort would compare them as strings
  picked.sort((x, y) => x - y);
  // write them back, smallest first
  for (let i = 0, k = 0; i < result.length; i += 3, k++) {
    result[i] = picked[k];
  }
  return result;
}
```

Most common mistake in the submissions: calling `.sort()` with no comparator,
which happily puts 10 before 9.
'''

JS16[44] = r'''// radix.js: write a non-negative integer as a digit string in a small base
// (2..9). Written for the number-systems lab, so we deliberately avoid
// Number.prototype.toString(radix) and show the repeated division instead.
// Note that 0 comes back as an empty string; callers pad the result anyway.

const assert = require('assert');

function toBaseString(num, radix) {
  let digits = '';
  let rest = num;
  while (rest > 0) {
    digits = String(rest % radix) + digits;
    rest = Math.floor(rest / radix);
  }
  return digits;
}

// quick self-check
const cases = [
  [10, 3, '101'],
  [25, 4, '121'],
  [6, 6, '10'],
  [13, 2, '1101'],
];
for (const [n, b, expected] of cases) {
  assert.strictEqual(toBaseString(n, b), expected);
}
console.log('radix: all cases pass');
'''

JS16[45] = r'''// shapes/area.js

const PI = Math.PI;

export function rectangleArea(width, height) {
  return width * height;
}

export function circleArea(radius) {
  return PI * radius * radius;
}

// Triangle area when you know one side (the base) and the height dropped
// perpendicular onto that side: half of base times height.
export function areaFromBaseAndHeight(base, height) {
  return (base * height) / 2;
}
'''

JS16[49] = r'''# 2^n mod m without overflowing

If you compute `2 ** n % m` directly in JavaScript you get garbage as soon as
`2 ** n` passes 2^53, and `Infinity` once it passes 2^1023. The usual fix is
square-and-multiply: walk the bits of the exponent, square the base at every
step and fold it into the result whenever the current bit is set, reducing
modulo m each time. Doing the arithmetic in BigInt keeps the intermediate
products exact even for large moduli.

```js
function powerOfTwoMod(n, m) {
  const mod = BigInt(m);
  let result = 1n;
  let base = 2n % mod;
  let e = BigInt(n);
  while (e > 0n) {
    if (e & 1n) {
      result = (result * base) % mod;
    }
    base = (base * base) % mod;
    e >>= 1n;
  }
  return Number(result);
}

console.log(powerOfTwoMod(10, 1000)); // 24   (1024 mod 1000)
console.log(powerOfTwoMod(5, 7));     // 4    (32 mod 7)
console.log(powerOfTwoMod(0, 13));    // 1    (2^0)
```

That is O(log n) multiplications instead of the n steps of the naive "double
and reduce" loop, which starts to matter once n is in the millions.
'''

JS16[64] = r'''// text-stats.js
//
// Per-word statistics for the readability scorer.

const PLAIN_VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Number of vowels in a single word. a, e, i, o and u count wherever they
 * appear (either case); "y" counts as a vowel only when it is the very last
 * letter of the word.
 */
function vowelTally(word) {
  let total = 0;
  for (const ch of word) {
    if (PLAIN_VOWELS.has(ch.toLowerCase())) {
      total++;
    }
  }
  const last = word.charAt(word.length - 1);
  if (last === 'y' || last === 'Y') {
    total++;
  }
  return total;
}

function syllableGuess(word) {
  // very rough: one syllable per counted vowel, never fewer than one
  return Math.max(1, vowelTally(word));
}

module.exports = { vowelTally, syllableGuess };
'''

JS16[68] = r'''Solution notes: "smallest even node"

We get an array of non-negative integers and must return [value, index] for
the smallest even value, taking the earliest position when that value occurs
more than once. If there is no even value at all (or the array is empty) the
answer is [].

One pass is enough. Keep the index of the best candidate so far and replace it
only on a strictly smaller even value, so that ties keep the first occurrence.

function smallestEvenWithIndex(nodes) {
  let best = -1;
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i];
    if (v % 2 !== 0) continue;
    if (best === -1 || v < nodes[best]) {
      best = i;
    }
  }
  return best === -1 ? [] : [nodes[best], best];
}

Checks:
  smallestEvenWithIndex([7, 6, 9, 4, 4])  -> [4, 3]
  smallestEvenWithIndex([1, 3, 5])        -> []
  smallestEvenWithIndex([0, 8, 0])        -> [0, 0]

Time O(n), extra space O(1).
'''

JS16[78] = r'''/**
 * Counts how many characters of a hexadecimal string are prime digits.
 *
 * Going digit by digit, the hex digits whose numeric value is a prime are
 * 2, 3, 5, 7, B (eleven) and D (thirteen); 0, 1, 4, 6, 8, 9, A, C, E and F
 * are not. Letters are expected in upper case, and an empty string simply
 * yields zero.
 */
const PRIME_HEX_DIGITS = new Set('2357BD');

function primeHexDigitCount(hexString) {
  let count = 0;
  for (const digit of hexString) {
    if (PRIME_HEX_DIGITS.has(digit)) count += 1;
  }
  return count;
}

module.exports = primeHexDigitCount;
'''

JS16[84] = r'''// Kata: "binary digit sum"
// Take a non-negative integer, add up its decimal digits, and hand back that
// total written in binary (as a string, without any "0b" prefix).
//
//   digitSumInBinary(275) === "1110"   // 2 + 7 + 5 = 14
//   digitSumInBinary(9)   === "1001"
//   digitSumInBinary(0)   === "0"

function digitSumInBinary(n) {
  const total = String(n)
    .split('')
    .reduce((acc, d) => acc + Number(d), 0);
  return total.toString(2);
}
'''

JS16[85] = r'''/*
 * Exercise 3.2 (arrays)
 *
 * Walk the odd positions of a non-empty integer array (1, 3, 5, ...) and add
 * up only the values found there that are even. Whatever sits at the even
 * positions is ignored.
 */
function sumEvenAtOddPositions(values) {
  return values.reduce(
    (total, v, i) => (i % 2 === 1 && v % 2 === 0 ? total + v : total),
    0
  );
}
'''

JS16[96] = r'''// primes.js
//
// All primes strictly below `limit`, in increasing order, using the sieve of
// Eratosthenes. A limit of 2 or less gives an empty list.

function primesBelow(limit) {
  if (limit < 3) return [];
  const composite = new Uint8Array(limit);
  const found = [];
  for (let p = 2; p < limit; p++) {
    if (composite[p]) continue;
    found.push(p);
    for (let q = p * p; q < limit; q += p) {
      composite[q] = 1;
    }
  }
  return found;
}

module.exports = { primesBelow };
'''

JS16[97] = r'''> How do I multiply just the last digits of two integers? E.g. 123 and 456
> should give 3 * 6 = 18. For negative numbers I want the digit without the
> sign.

`% 10` gives you the last digit, but in JS the remainder keeps the sign of the
left operand (`-25 % 10` is `-5`), so wrap each one in `Math.abs`:

```js
const lastDigitProduct = (a, b) => Math.abs(a % 10) * Math.abs(b % 10);

lastDigitProduct(123, 456); // 18
lastDigitProduct(-25, 13);  // 15
lastDigitProduct(90, 5);    // 0
```

No string conversion needed, and it works for any safe integer.
'''

JS16[108] = r'''// Count the integers whose "signed digit sum" is positive.
//
// The signed digit sum adds up the decimal digits of a number, except that for
// a negative number the leading digit is taken as negative and the remaining
// digits as positive.

function signedDigitSum(n) {
  const digits = String(Math.abs(n)).split('').map(Number);
  if (n < 0) {
    digits[0] = -digits[0];
  }
  return digits.reduce((a, b) => a + b, 0);
}

function countPositiveDigitSums(numbers) {
  return numbers.filter((n) => signedDigitSum(n) > 0).length;
}
'''

JS16[117] = r'''### Kata: words by consonant count

Given a sentence made only of letters and spaces and a number `k`, return the
words (in their original order) that contain exactly `k` consonants. Anything
that is not a, e, i, o or u (in either case) counts as a consonant, so "y" is
a consonant here. An empty sentence gives an empty array.

```js
const VOWELS = 'aeiou';

function wordsWithConsonantCount(sentence, k) {
  const picked = [];
  for (const word of sentence.split(/\s+/)) {
    if (word === '') continue;
    let consonants = 0;
    for (const ch of word.toLowerCase()) {
      if (!VOWELS.includes(ch)) consonants++;
    }
    if (consonants === k) picked.push(word);
  }
  return picked;
}

console.log(wordsWithConsonantCount('Quick brown fox jumps', 4)); // [ 'brown', 'jumps' ]
console.log(wordsWithConsonantCount('Quick brown fox jumps', 3)); // [ 'Quick' ]
console.log(wordsWithConsonantCount('', 2));                      // []
```
'''

JS16[118] = r'''// Scan a word from the right and return the first vowel that has a consonant
// directly on both sides of it. The first and last letters can never qualify,
// because each lacks a neighbour on one side. Upper- and lower-case vowels are
// both recognised and the letter is returned with its original case; "y" is
// not a vowel here. If nothing qualifies the result is the empty string.

function isVowel(ch) {
  return 'aeiouAEIOU'.indexOf(ch) !== -1;
}

function innerVowelFromRight(word) {
  for (let i = word.length - 2; i >= 1; i--) {
    if (isVowel(word[i]) && !isVowel(word[i - 1]) && !isVowel(word[i + 1])) {
      return word[i];
    }
  }
  return '';
}
'''

JS16[126] = r'''// sorted-check.js: tiny self-running checks, no test framework needed

function ascendingWithFewRepeats(nums) {
  // reject as soon as any value shows up a third time
  const freq = {};
  for (const x of nums) {
    freq[x] = (freq[x] || 0) + 1;
    if (freq[x] > 2) return false;
  }
  // then every element must be >= the one before it
  for (let i = 1; i < nums.length; i++) {
    if (nums[i] < nums[i - 1]) return false;
  }
  return true;
}

const checks = [
  [[2, 4, 4, 9], true],
  [[3, 3, 3], false],
  [[8, 2], false],
  [[6, 6], true],
  [[0, 1, 1, 2, 2, 5], true],
];

checks.forEach(([input, want]) => {
  const got = ascendingWithFewRepeats(input);
  console.assert(got === want, `${JSON.stringify(input)}: expected ${want}, got ${got}`);
});
'''

JS16[133] = r'''/**
 * Round every number up to the nearest integer (ceiling), square it, and
 * return the total of those squares. Negative inputs round up towards zero,
 * which is what Math.ceil does anyway.
 */
const sumOfCeilSquares = (numbers) =>
  numbers.reduce((acc, x) => {
    const up = Math.ceil(x);
    return acc + up * up;
  }, 0);

module.exports = sumOfCeilSquares;
'''

JS16[138] = r'''Can n be written as exactly four positive even numbers?

Some reasoning before any code. Each of the four parts is at least 2, so the
total is at least 8. A sum of even numbers is always even, so an odd n is out.
And every even n from 8 upward works: take 2 + 2 + 2 + (n - 6), where n - 6 is
even and at least 2. So the whole check collapses into two conditions:

function fitsFourEvens(n) {
  return n % 2 === 0 && n >= 8;
}

No loops needed. A brute-force version that tries every combination gives the
same answers, only much more slowly.
'''

JS16[142] = r'''// indexPowerSum.js
//
// Go through an integer array by position:
//   - position divisible by 3          -> add the value squared
//   - otherwise, position divisible by 4 -> add the value cubed
//   - any other position               -> add the value unchanged
// and return the grand total (0 for an empty array).
//
// Examples:
//   indexPowerSum([2, 1, 1, 3, 2])  => 4 + 1 + 1 + 9 + 8 = 23
//   indexPowerSum([])               => 0

function indexPowerSum(arr) {
  let total = 0;
  arr.forEach((value, idx) => {
    if (idx % 3 === 0) {
      total += value ** 2;
    } else if (idx % 4 === 0) {
      total += value ** 3;
    } else {
      total += value;
    }
  });
  return total;
}
'''

JS16[157] = r'''// geometry/triangles.js

function perimeter(a, b, c) {
  return a + b + c;
}

// Do three side lengths make a right triangle? Compare the squares: after
// sorting them, the largest must equal the sum of the other two (Pythagoras).
// Sorting the squares rather than the sides means we only need one check.
function isRightTriangle(a, b, c) {
  const [x, y, z] = [a * a, b * b, c * c].sort((p, q) => p - q);
  return x + y === z;
}

module.exports = { perimeter, isRightTriangle };
'''

JS16[160] = r'''Evaluating an operator list with Python-style precedence
========================================================

The input is two arrays: operators (`+`, `-`, `*`, `//` for floor division and
`**` for power) and the non-negative integers between them, one more number
than operators. We want the value of the expression you get by interleaving
them, with normal precedence: `**` binds tightest and groups right to left,
then `*` and `//`, then `+` and `-`, both left to right.

Rather than building a string and calling `eval` (JS has no `//` anyway), here
is plain precedence climbing over the two arrays:

```js
const PREC = { '+': 1, '-': 1, '*': 2, '//': 2, '**': 3 };

function apply(op, a, b) {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '//': return Math.floor(a / b);
    case '**': return a ** b;
    default: throw new Error('unknown operator ' + op);
  }
}

function evaluateChain(ops, nums) {
  let i = 0; // index of the next operator; its right operand is nums[i + 1]

  function climb(lhs, minPrec) {
    while (i < ops.length && PREC[ops[i]] >= minPrec) {
      const op = ops[i];
      let rhs = nums[i + 1];
      i += 1;
      while (
        i < ops.length &&
        (PREC[ops[i]] > PREC[op] || (ops[i] === '**' && op === '**'))
      ) {
        rhs = climb(rhs, PREC[op] + (PREC[ops[i]] > PREC[op] ? 1 : 0));
      }
      lhs = apply(op, lhs, rhs);
    }
    return lhs;
  }

  return climb(nums[0], 1);
}

console.log(evaluateChain(['*', '+', '**'], [3, 4, 2, 3])); // 20  = 3*4 + 2**3
console.log(evaluateChain(['-', '//'], [10, 7, 2]));        // 7   = 10 - 7//2
console.log(evaluateChain(['**', '**'], [2, 3, 2]));        // 512 = 2**(3**2)
```

The inner loop is what gives `**` its right-to-left grouping: when the next
operator is another `**` we recurse at the same level instead of folding
`lhs ** rhs` straight away.
'''

JS_HELDOUT16[11] = r'''// bits.js: helpers for the checksum tool, working on strings of '0'/'1'

/**
 * Bitwise XOR of two bit strings of equal length, returned as a bit string.
 * If the lengths differ, the extra tail of the longer one is ignored.
 *
 *   xorBitStrings('1100', '1010')  -> '0110'
 *   xorBitStrings('111', '111')    -> '000'
 */
function xorBitStrings(left, right) {
  const n = Math.min(left.length, right.length);
  let out = '';
  for (let i = 0; i < n; i++) {
    out += left[i] === right[i] ? '0' : '1';
  }
  return out;
}

function popCount(bits) {
  return [...bits].filter((b) => b === '1').length;
}

module.exports = { xorBitStrings, popCount };
'''

JS_HELDOUT16[27] = r'''Review comment on src/format/caseTools.js

> function invertLetterCase(text) {
>   return text.split('').map(c => c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()).join('');
> }

This works, but every character without case (digits, spaces, punctuation)
still goes through a conversion for nothing, and `split('')` cuts astral
characters into surrogate halves. I'd iterate with `for...of` and leave
uncased characters alone explicitly:

```js
function invertLetterCase(text) {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) {
      out += ch;          // not a cased character
    } else if (ch === upper) {
      out += lower;       // was upper case
    } else {
      out += upper;       // was lower case
    }
  }
  return out;
}
```

Author: good points, pushed the change.
'''

JS_HELDOUT16[79] = r'''// serial/frame.js
//
// The legacy board expects numbers as ASCII binary wrapped in "db" markers on
// both ends, e.g. for a register dump. Input is a non-negative integer.
//
//   framedBinary(5)   -> "db101db"
//   framedBinary(2)   -> "db10db"
//   framedBinary(64)  -> "db1000000db"

const FRAME = 'db';

const framedBinary = (value) => `${FRAME}${value.toString(2)}${FRAME}`;

module.exports = { framedBinary };
'''

JS_HELDOUT16[83] = r'''Counting n-digit numbers that begin or end with 1
-------------------------------------------------

For n = 1 the only such number is 1 itself. For n >= 2, inclusion-exclusion
does it: numbers starting with 1 leave n - 1 free digits, so there are
10^(n-1) of them; numbers ending with 1 have a first digit from 1..9 and n - 2
free middle digits, 9 * 10^(n-2) of them; numbers doing both have 10^(n-2).
The total is 10^(n-1) + 9 * 10^(n-2) - 10^(n-2) = 18 * 10^(n-2).

    function countStartOrEndWithOne(n) {
      if (n === 1) return 1;
      return 18 * 10 ** (n - 2);
    }

No enumeration needed, which is handy since brute force over all n-digit
numbers becomes hopeless past n = 8 or so.
'''

JS_HELDOUT16[115] = r'''// wells.js
//
// Each row of `grid` is one well, and every 1 in a row is one unit of water.
// A bucket holding `capacity` units is lowered into a well again and again
// until that well is empty; wells are emptied independently, so a partly
// filled bucket is never shared between two wells. Return the total number
// of times a bucket goes down.

function totalBucketTrips(grid, capacity) {
  let trips = 0;
  for (const row of grid) {
    const water = row.reduce((sum, cell) => sum + cell, 0);
    trips += Math.ceil(water / capacity);
  }
  return trips;
}

module.exports = { totalBucketTrips };
'''

JS_HELDOUT16[119] = r'''/**
 * We get a pair of strings made only of '(' and ')'. Can they be glued
 * together, in one order or the other, so that the result is a balanced
 * bracket string? Answers 'Yes' or 'No'.
 *
 *   canJoinBalanced(['(()', ')'])   -> 'Yes'   ("(()" + ")" = "(())")
 *   canJoinBalanced([')()', '('])   -> 'Yes'   ("(" + ")()" = "()()")
 *   canJoinBalanced(['))(', '(('])  -> 'No'
 */

function isBalanced(s) {
  let open = 0;
  for (const c of s) {
    open += c === '(' ? 1 : -1;
    if (open < 0) return false; // closed more than we opened
  }
  return open === 0;
}

function canJoinBalanced([first, second]) {
  return isBalanced(first + second) || isBalanced(second + first) ? 'Yes' : 'No';
}
'''

JS_HELDOUT16[143] = r'''// Keep only the words of a sentence whose length is a prime number, in their
// original order, joined back together with single spaces.

function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

function primeLengthWords(sentence) {
  return sentence
    .split(/\s+/)
    .filter((w) => w.length > 0 && isPrime(w.length))
    .join(' ');
}
'''

JS_HELDOUT16[147] = r'''Counting triples in a[i] = i*i - i + 1 whose sum is divisible by 3
==================================================================

Build a[1..n] with a[i] = i*i - i + 1 and count the index triples i < j < k
with a[i] + a[j] + a[k] divisible by 3. The obvious triple loop is O(n^3);
looking at residues makes it O(n).

Modulo 3: if i = 0 or i = 1 (mod 3) then a[i] = 1 (mod 3), and if i = 2
(mod 3) then a[i] = 4 - 2 + 1 = 0 (mod 3). Only residues 0 and 1 ever occur,
so the sum is a multiple of 3 exactly when all three picked values share the
same residue. That gives C(zeros, 3) + C(ones, 3).

```js
function tripleCountDivisibleBy3(n) {
  let zeros = 0;
  let ones = 0;
  for (let i = 1; i <= n; i++) {
    if ((i * i - i + 1) % 3 === 0) zeros++;
    else ones++;
  }
  const choose3 = (k) => (k * (k - 1) * (k - 2)) / 6;
  return choose3(zeros) + choose3(ones);
}

console.log(tripleCountDivisibleBy3(3)); // 0
console.log(tripleCountDivisibleBy3(4)); // 1
console.log(tripleCountDivisibleBy3(7)); // 10
```
'''

OTHER_JS16.append(r'''// Count how many digits of a hexadecimal string have a value that is a perfect
// square: 0, 1, 4 and 9. The letter digits A-F stand for 10..15, and none of
// those is a square, so only those four characters matter.
//
//   squareHexDigitCount('1A94')  -> 3
//   squareHexDigitCount('FF')    -> 0
//   squareHexDigitCount('')      -> 0

const SQUARE_DIGITS = new Set(['0', '1', '4', '9']);

function squareHexDigitCount(hex) {
  let n = 0;
  for (const c of hex.toUpperCase()) {
    if (SQUARE_DIGITS.has(c)) n++;
  }
  return n;
}
''')

OTHER_JS16.append(r'''/**
 * Find the largest odd number in an array of non-negative integers and return
 * it together with its position as [value, index]. When the largest odd value
 * appears several times the earliest index wins. With no odd numbers at all,
 * or an empty array, the result is [].
 */
function largestOddWithIndex(values) {
  let at = -1;
  values.forEach((v, i) => {
    if (v % 2 === 1 && (at === -1 || v > values[at])) {
      at = i;
    }
  });
  return at === -1 ? [] : [values[at], at];
}

module.exports = { largestOddWithIndex };
''')

OTHER_JS16.append(r'''// triangle-kind.js
//
// True when the three lengths form a real (non-degenerate) triangle with one
// angle strictly greater than 90 degrees. By the law of cosines that is the
// case exactly when the square of the longest side exceeds the sum of the
// squares of the other two.

function isObtuse(a, b, c) {
  const [x, y, z] = [a, b, c].sort((p, q) => p - q);
  if (x <= 0 || x + y <= z) return false; // not a triangle at all
  return z * z > x * x + y * y;
}

console.log(isObtuse(2, 3, 4));  // true   16 > 4 + 9
console.log(isObtuse(6, 8, 10)); // false  right angle, not obtuse
console.log(isObtuse(1, 2, 3));  // false  degenerate
''')

OTHER_JS16.append(r'''Q: Get the numbers that occur exactly twice

Given an array like [5, 1, 5, 2, 2, 2, 8, 1], I want each value that appears
exactly two times, listed once, in the order it first shows up. For that
input: [5, 1]. The 2 appears three times, so it is out.

A: Count with a Map; a Map iterates its keys in insertion order, which is
already the order of first appearance:

    function seenExactlyTwice(arr) {
      const counts = new Map();
      for (const x of arr) counts.set(x, (counts.get(x) || 0) + 1);
      const result = [];
      for (const [value, c] of counts) {
        if (c === 2) result.push(value);
      }
      return result;
    }
''')

OTHER_JS16.append(r'''// Pick out the "balanced" words of a sentence: those with as many vowels
// (a, e, i, o, u in either case) as consonants (every other letter). Words are
// separated by whitespace and keep their original order in the result.

function isBalancedWord(word) {
  let vowels = 0;
  for (const ch of word) {
    if ('aeiouAEIOU'.includes(ch)) vowels++;
  }
  return vowels * 2 === word.length;
}

function balancedWords(sentence) {
  return sentence.split(/\s+/).filter((w) => w !== '' && isBalancedWord(w));
}
''')

OTHER_JS16.append(r'''/**
 * Walking from the end of the word towards its start, return the first
 * consonant that has a vowel immediately before it and immediately after it
 * (so it can never be the first or last letter). Vowels are a, e, i, o, u in
 * either case; everything else counts as a consonant. Returns '' if there is
 * no such letter.
 *
 *   innerConsonantFromRight('banana')  -> 'n'
 *   innerConsonantFromRight('street')  -> ''
 */
const VOWEL_SET = new Set('aeiouAEIOU');

function innerConsonantFromRight(word) {
  for (let i = word.length - 2; i > 0; i--) {
    if (!VOWEL_SET.has(word[i]) && VOWEL_SET.has(word[i - 1]) && VOWEL_SET.has(word[i + 1])) {
      return word[i];
    }
  }
  return '';
}
''')

OTHER_JS16.append(r'''// zigzag.js
//
// An array zigzags when consecutive differences strictly alternate in sign:
// up, down, up, ... or down, up, down, ... Equal neighbours break it, and
// arrays with fewer than two elements count as zigzags trivially.

function isZigzag(arr) {
  let previous = 0; // sign of the previous step, 0 before the first one
  for (let i = 1; i < arr.length; i++) {
    const step = Math.sign(arr[i] - arr[i - 1]);
    if (step === 0 || step === previous) return false;
    previous = step;
  }
  return true;
}

module.exports = { isZigzag };
''')
