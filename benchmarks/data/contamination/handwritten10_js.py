"""Tenth batch of hand-written documents, JavaScript (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation outputs were read while writing these.

JS10          -- dict int -> str: hand-written JavaScript translations of sixteen
                 benchmark items (keys are the item numbers), each dressed up as a
                 realistic corpus document (bare snippet, ES module, node script,
                 class with static/instance method, helper object, JSDoc function,
                 generator, markdown fence with prose). Fresh identifiers, comments
                 in our own words, examples (where present) use our own inputs with
                 outputs computed from the reference solution. Positives.
JS_HELDOUT10  -- dict int -> str: the same kind of translation for six held-out
                 items. Negatives.
OTHER_JS10    -- list of six JavaScript documents solving small problems that are
                 not benchmark items but sit close to one in topic (a variant with a
                 different rule). Negatives.

About half of the documents in each name state input/output examples; the rest
state none.
"""

JS10 = {
    38: r'''A tiny "rotate each triple" cipher. The text is cut into consecutive chunks of
three characters; every full chunk has its first character moved to its end,
while a short trailing chunk (one or two characters) is left alone. Reversing it
just means moving the last character of each full chunk back to the front.

```js
const chunksOfThree = (text) => text.match(/[\s\S]{1,3}/g) ?? [];

export function scrambleTriples(text) {
  return chunksOfThree(text)
    .map((chunk) => (chunk.length === 3 ? chunk.slice(1) + chunk[0] : chunk))
    .join('');
}

export function unscrambleTriples(text) {
  return chunksOfThree(text)
    .map((chunk) => (chunk.length === 3 ? chunk[2] + chunk.slice(0, 2) : chunk))
    .join('');
}
```
''',

    61: r'''// Paren checker: walk the string keeping a running count of unmatched "(".
// If the count ever dips below zero a ")" arrived with nothing to close,
// and at the end every opener must have found its partner.
const assert = require('node:assert');

class ParenBalance {
  static isWellFormed(seq) {
    let open = 0;
    for (const ch of seq) {
      open += ch === '(' ? 1 : -1;
      if (open < 0) return false;
    }
    return open === 0;
  }
}

assert.strictEqual(ParenBalance.isWellFormed('(()'), false);
assert.strictEqual(ParenBalance.isWellFormed('()(())'), true);
assert.strictEqual(ParenBalance.isWellFormed('())('), false);
assert.strictEqual(ParenBalance.isWellFormed(''), true);
''',

    62: r'''/**
 * Differentiate a polynomial stored as a coefficient array, lowest power
 * first (index i holds the coefficient of x^i). The result uses the same
 * layout and is one entry shorter, since the constant term vanishes.
 *
 * @param {number[]} coeffs
 * @returns {number[]}
 */
function polyDerivative(coeffs) {
  return coeffs.slice(1).map((c, idx) => c * (idx + 1));
}

console.log(polyDerivative([5, 0, 3, 2]));  // [ 0, 6, 6 ]
console.log(polyDerivative([7]));           // []
console.log(polyDerivative([1, -2, 0, 4])); // [ -2, 0, 12 ]
''',

    76: r'''### Is it an exact power?

Sometimes you need to know whether a value can be reached by raising a base to
some whole exponent (zero included, so 1 counts for every base). Repeated
multiplication is enough for small inputs: keep multiplying until you reach or
pass the target. Base 1 is special because it never grows.

```js
function isExactPowerOf(value, base) {
  if (base === 1) return value === 1;
  let acc = 1;
  while (acc < value) acc *= base;
  return acc === value;
}
```

A few calls:

- `isExactPowerOf(81, 3)` is `true`
- `isExactPowerOf(64, 4)` is `true`
- `isExactPowerOf(12, 2)` is `false`
- `isExactPowerOf(1, 9)` is `true`
- `isExactPowerOf(7, 1)` is `false`
''',

    82: r'''// Small string helpers.
const strUtils = {
  isPrime(n) {
    if (n < 2) return false;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) return false;
    }
    return true;
  },

  // true when the number of characters in the text is itself a prime number
  hasPrimeLength(text) {
    return this.isPrime(text.length);
  },
};

module.exports = strUtils;
''',

    84: r'''#!/usr/bin/env node
// Add up the decimal digits of a non-negative integer and print that total
// written in base 2.
//
//   $ node digitsum-bin.js 9999   ->  100100
//   $ node digitsum-bin.js 505    ->  1010
//   $ node digitsum-bin.js 0      ->  0
'use strict';

function digitTotalInBinary(num) {
  const total = [...String(num)].reduce((acc, d) => acc + Number(d), 0);
  return total.toString(2);
}

const arg = process.argv[2];
if (arg !== undefined) {
  console.log(digitTotalInBinary(Number(arg)));
}
''',

    85: r'''// Add together the entries at odd positions (1, 3, 5, ...) that are even numbers.
export const sumEvenAtOddSlots = (values) =>
  values.reduce((acc, v, i) => (i % 2 === 1 && v % 2 === 0 ? acc + v : acc), 0);
''',

    89: r'''class ShiftCipher {
  constructor(offset = 2 * 2) {
    this.offset = offset;
  }

  // Push each lowercase letter `offset` places further along the alphabet,
  // wrapping around after z; any other character is copied as is.
  apply(plain) {
    return plain.replace(/[a-z]/g, (ch) => {
      const pos = ch.charCodeAt(0) - 97;
      return String.fromCharCode(97 + ((pos + this.offset) % 26));
    });
  }
}

const cipher = new ShiftCipher();
module.exports = (text) => cipher.apply(text);
''',

    92: r'''/**
 * Take three values and report whether all of them are whole numbers and
 * one of them equals the sum of the remaining two. Anything non-integer
 * makes the answer false straight away.
 *
 * @param {number} p
 * @param {number} q
 * @param {number} r
 * @returns {boolean}
 */
function oneIsSumOfOthers(p, q, r) {
  if (![p, q, r].every(Number.isInteger)) return false;
  return p + q === r || p + r === q || q + r === p;
}

module.exports = { oneIsSumOfOthers };
''',

    98: r'''// Count uppercase vowels (A E I O U) that sit at even positions: 0, 2, 4, ...
const UPPER_VOWELS = new Set('AEIOU');

function upperVowelsOnEvenSlots(str) {
  let hits = 0;
  for (let pos = 0; pos < str.length; pos += 2) {
    if (UPPER_VOWELS.has(str[pos])) hits++;
  }
  return hits;
}

console.assert(upperVowelsOnEvenSlots('EAbIOu') === 2);
console.assert(upperVowelsOnEvenSlots('UxUxU') === 3);
console.assert(upperVowelsOnEvenSlots('aEiOu') === 0);
''',

    118: r'''Here's a small word puzzle helper. Scanning from the end of the word toward
the start, we want the first vowel that has a consonant directly on each side.
The very first and very last letters never qualify (they lack a neighbour on one
side), and upper/lower case both count as vowels. If nothing fits we hand back
an empty string.

```js
const VOWELS = 'aeiouAEIOU';
const isVowel = (c) => VOWELS.includes(c);

export function rightmostSandwichedVowel(word) {
  for (let i = word.length - 2; i >= 1; i--) {
    if (isVowel(word[i]) && !isVowel(word[i - 1]) && !isVowel(word[i + 1])) {
      return word[i];
    }
  }
  return '';
}
```

So `"planet"` gives `"e"`, `"Beautiful"` gives `"u"`, while both `"rhythm"`
and `"OBOE"` give `""`.
''',

    129: r'''// Lexicographically smallest walk of exactly `steps` cells on an n x n board
// that holds each of 1..n*n once, moving only between cells sharing an edge
// (revisiting is allowed). The best walk always starts on the 1 and then
// bounces between the 1 and its smallest neighbour, so all we have to do is
// find that neighbour.
function smallestWalk(board, steps) {
  const size = board.length;
  let bestNeighbour = Infinity;

  board.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell !== 1) return;
      for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
        const nr = r + dr;
        const nc = c + dc;
        if (nr >= 0 && nr < size && nc >= 0 && nc < size) {
          bestNeighbour = Math.min(bestNeighbour, board[nr][nc]);
        }
      }
    });
  });

  return Array.from({ length: steps }, (_, i) => (i % 2 === 0 ? 1 : bestNeighbour));
}

module.exports = { smallestWalk };
''',

    133: r'''// Round every number up to the next integer, square it, and add up the squares.
export default function ceilSquareTotal(nums) {
  return nums.map((x) => Math.ceil(x)).reduce((sum, v) => sum + v * v, 0);
}
''',

    145: r'''// Sort integers by the sum of their digits, smallest first. For a negative
// number the leading digit counts as negative, the rest stay positive.
// Equal sums keep their original relative order -- Array.prototype.sort is
// guaranteed stable since ES2019, so no extra bookkeeping is needed.
function signedDigitSum(n) {
  const digits = String(Math.abs(n)).split('').map(Number);
  if (n < 0) digits[0] = -digits[0];
  return digits.reduce((a, b) => a + b, 0);
}

const sortByDigitSum = (list) =>
  [...list].sort((a, b) => signedDigitSum(a) - signedDigitSum(b));

console.log(sortByDigitSum([23, -5, 100, 41, 9])); // [ -5, 100, 23, 41, 9 ]
console.log(sortByDigitSum([-31, 13, 4, -4]));     // [ -4, -31, 13, 4 ]
console.log(sortByDigitSum([]));                   // []
''',

    156: r'''const ROMAN_TABLE = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'],
  [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'],
  [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

// Yield the numeral pieces for `value` greedily, biggest denomination first.
function* romanPieces(value) {
  let rest = value;
  for (const [amount, glyph] of ROMAN_TABLE) {
    while (rest >= amount) {
      rest -= amount;
      yield glyph;
    }
  }
}

/** Lowercase Roman numeral for an integer in the range 1..1000. */
export const toLowerRoman = (value) => [...romanPieces(value)].join('');

// toLowerRoman(4)    -> 'iv'
// toLowerRoman(58)   -> 'lviii'
// toLowerRoman(944)  -> 'cmxliv'
// toLowerRoman(1000) -> 'm'
''',

    160: r'''/**
 * Evaluate an arithmetic expression supplied as two arrays: `ops` holds the
 * operators ('+', '-', '*', '//', '**') and `nums` the non-negative integer
 * operands, with exactly one more operand than operator. Usual precedence
 * applies: '**' binds tightest (and groups right to left), then '*' and
 * '//' (floor division), then '+' and '-', the latter two levels evaluated
 * left to right.
 */
function evaluateChain(ops, nums) {
  const values = [...nums];
  const rest = [...ops];

  // Pass 1: fold exponentiation, walking right to left.
  for (let i = rest.length - 1; i >= 0; i--) {
    if (rest[i] === '**') {
      values.splice(i, 2, values[i] ** values[i + 1]);
      rest.splice(i, 1);
    }
  }

  // Pass 2: fold multiplication / floor division into additive terms.
  const terms = [values[0]];
  const addOps = [];
  rest.forEach((op, i) => {
    const rhs = values[i + 1];
    if (op === '*') terms.push(terms.pop() * rhs);
    else if (op === '//') terms.push(Math.floor(terms.pop() / rhs));
    else {
      addOps.push(op);
      terms.push(rhs);
    }
  });

  // Pass 3: add and subtract what is left.
  return addOps.reduce(
    (acc, op, i) => (op === '+' ? acc + terms[i + 1] : acc - terms[i + 1]),
    terms[0],
  );
}

module.exports = evaluateChain;
''',
}

JS_HELDOUT10 = {
    123: r'''// Follow the Collatz trajectory from `start` down to 1 (halve even values,
// triple-and-add-one odd ones) and collect the odd values seen along the way,
// sorted ascending.
function* collatz(start) {
  let v = start;
  yield v;
  while (v > 1) {
    v = v % 2 === 0 ? v / 2 : 3 * v + 1;
    yield v;
  }
}

function oddCollatzValues(start) {
  return [...collatz(start)].filter((v) => v % 2 === 1).sort((a, b) => a - b);
}

console.log(oddCollatzValues(7)); // [ 1, 5, 7, 11, 13, 17 ]
console.log(oddCollatzValues(6)); // [ 1, 3, 5 ]
console.log(oddCollatzValues(1)); // [ 1 ]
''',

    147: r'''// Build a[i] = i*i - i + 1 for i = 1..n and count the index triples i < j < k
// whose values add up to a multiple of 3.
// Every a[i] is 0 or 1 modulo 3, so a valid triple must be all zeros or all
// ones mod 3: count each residue class and combine with n-choose-3.
const choose3 = (m) => (m * (m - 1) * (m - 2)) / 6;

export function countTriplesDivisibleBy3(n) {
  let zeros = 0;
  for (let i = 1; i <= n; i++) {
    if ((i * i - i + 1) % 3 === 0) zeros++;
  }
  return choose3(zeros) + choose3(n - zeros);
}
''',

    159: r'''A hungry rabbit has already eaten some carrots today, wants a certain number
more, and there is a limited pile left. It eats what it wants if the pile allows,
otherwise it finishes the pile and stays hungry. We report how many carrots it
has eaten in total and how many remain afterwards.

```js
import assert from 'node:assert/strict';

/**
 * @param {number} alreadyEaten carrots eaten so far today
 * @param {number} wanted how many more it would like
 * @param {number} stock carrots still available
 * @returns {[number, number]} [total eaten, carrots left over]
 */
export function feedRabbit(alreadyEaten, wanted, stock) {
  const bite = Math.min(wanted, stock);
  return [alreadyEaten + bite, stock - bite];
}

assert.deepEqual(feedRabbit(3, 4, 20), [7, 16]);
assert.deepEqual(feedRabbit(10, 15, 6), [16, 0]);
assert.deepEqual(feedRabbit(0, 0, 5), [0, 5]);
```
''',

    115: r'''// Each row of the grid is a well and each 1 in it is one unit of water.
// All buckets hold `bucketSize` units and every well is drained with its own
// bucket, so a well needs ceil(water / bucketSize) trips. Return the total
// number of times buckets are lowered over all wells.
const totalBucketDips = (wells, bucketSize) =>
  wells
    .map((row) => row.reduce((a, b) => a + b, 0))
    .reduce((dips, water) => dips + Math.ceil(water / bucketSize), 0);

module.exports = totalBucketDips;
''',

    11: r'''class BitStrings {
  /**
   * Position-by-position exclusive-or of two strings made of '0' and '1'.
   * The output has '1' wherever the inputs disagree and '0' where they agree.
   */
  static xor(left, right) {
    let out = '';
    const len = Math.min(left.length, right.length);
    for (let i = 0; i < len; i++) {
      out += left[i] === right[i] ? '0' : '1';
    }
    return out;
  }
}

export default BitStrings;
''',

    63: r'''This sequence works like Fibonacci, except each term is the sum of the three
terms before it, and it is seeded with 0, 0, 1. A naive recursive version
blows up quickly, so slide a three-value window forward instead:

```js
function tribLike(n) {
  let [a, b, c] = [0, 0, 1];
  for (let i = 0; i < n; i++) {
    [a, b, c] = [b, c, a + b + c];
  }
  return a;
}

console.log(tribLike(3));  // 1
console.log(tribLike(10)); // 81
console.log(tribLike(11)); // 149
```
''',
}

OTHER_JS10 = [
    r'''// Bracket validator for three kinds of brackets: (), [] and {}.
// Each closer must match the most recent unclosed opener of the same kind,
// and nothing may be left open at the end.
const PAIRS = { ')': '(', ']': '[', '}': '{' };

function bracketsMatch(text) {
  const stack = [];
  for (const ch of text) {
    if ('([{'.includes(ch)) {
      stack.push(ch);
    } else if (ch in PAIRS) {
      if (stack.pop() !== PAIRS[ch]) return false;
    }
  }
  return stack.length === 0;
}

console.log(bracketsMatch('([]{})')); // true
console.log(bracketsMatch('([)]'));   // false
console.log(bracketsMatch('{['));     // false
console.log(bracketsMatch(''));       // true
''',

    r'''/**
 * Decode a message whose letters were shifted three places forward: move
 * every letter three places back, wrapping from a to z, and keep the case
 * of each letter. Digits, spaces and punctuation are left untouched.
 *
 * @param {string} message
 * @returns {string}
 */
export function shiftBackThree(message) {
  return message.replace(/[a-z]/gi, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    const idx = (ch.charCodeAt(0) - base + 26 - 3) % 26;
    return String.fromCharCode(base + idx);
  });
}
''',

    r'''// Count the lowercase consonants that appear at odd indices (1, 3, 5, ...).
// Vowels are a, e, i, o, u; anything that is not a lowercase letter is ignored.
const assert = require('node:assert');

const countOddConsonants = (s) =>
  [...s].filter((ch, i) => i % 2 === 1 && /[a-z]/.test(ch) && !'aeiou'.includes(ch)).length;

assert.equal(countOddConsonants('abcdef'), 3);
assert.equal(countOddConsonants('hello world'), 2);
assert.equal(countOddConsonants('xyz'), 1);
assert.equal(countOddConsonants('AEIOU'), 0);
''',

    r'''// Round each number down to an integer, cube it, and return the total.
const floorCubeSum = (nums) =>
  nums.reduce((total, x) => total + Math.floor(x) ** 3, 0);

module.exports = { floorCubeSum };
''',

    r'''Second derivative of a polynomial given as a coefficient list (constant term
first). Differentiating twice multiplies the coefficient of x^i by i * (i - 1)
and shifts everything down two places, so the first two entries disappear.

```js
const secondDerivative = (coeffs) =>
  coeffs.slice(2).map((c, k) => c * (k + 2) * (k + 1));

console.log(secondDerivative([1, 2, 3, 4]));    // [ 6, 24 ]
console.log(secondDerivative([5, 1]));          // []
console.log(secondDerivative([0, 0, 0, 0, 2])); // [ 0, 0, 24 ]
```
''',

    r'''class DigitTricks {
  // Multiply together the non-zero decimal digits of a non-negative integer
  // and return that product written in base 8. When there are no non-zero
  // digits at all the answer is "0".
  static nonZeroDigitProductOctal(num) {
    const digits = [...String(num)].map(Number).filter((d) => d !== 0);
    if (digits.length === 0) return '0';
    return digits.reduce((p, d) => p * d, 1).toString(8);
  }
}

module.exports = DigitTricks;
''',
]
