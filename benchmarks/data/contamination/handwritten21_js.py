"""Twenty-first batch of hand-written documents, JavaScript (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS21: positives keyed by HumanEval item number, items 5, 16, 18, 25, 36,
    42, 45, 52, 64, 66, 69, 73, 76, 97, 100, 138, 142, 144.
  JS_HELDOUT21: held-out documents, items 7, 19, 47, 75, 83, 95, 107, 119.
  OTHER_JS21: seven JavaScript look-alikes with a different rule:
    0. between every two neighbouring numbers insert their SUM (not a fixed
       delimiter).
    1. count the letters that occur in the text in BOTH lower and upper case
       (not the number of distinct characters ignoring case).
    2. count maximal runs of consecutive vowels in a word (not single vowels,
       no special rule for y).
    3. is n a perfect power m ** k for some m >= 2, k >= 2 (any base, not a
       power of a given base).
    4. product of the LEADING (most significant) digits of two integers (not
       the unit digits).
    5. can n be written as a sum of exactly three DISTINCT positive ODD
       numbers (n odd and n >= 9).
    6. is the QUOTIENT x / n of two fraction strings a whole number (not the
       product).
"""

JS21 = {}
JS_HELDOUT21 = {}
OTHER_JS21 = []

JS21[5] = r'''// array-helpers.js
// Small grab bag of array utilities used by the breadcrumb renderer.

'use strict';

/**
 * Split an array into pieces of at most `size` elements.
 */
function chunk(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

/**
 * Put `separator` between each pair of neighbouring values.
 * The separator never appears at the start or at the end, and an
 * empty input gives an empty output.
 *
 *   weave([7, 8], 0)        -> [7, 0, 8]
 *   weave([9], 5)           -> [9]
 *   weave([2, 4, 6, 8], -1) -> [2, -1, 4, -1, 6, -1, 8]
 */
function weave(values, separator) {
  const result = [];
  values.forEach((value, index) => {
    if (index > 0) {
      result.push(separator);
    }
    result.push(value);
  });
  return result;
}

/**
 * Last element of an array, or undefined when it is empty.
 */
function lastOf(items) {
  return items.length ? items[items.length - 1] : undefined;
}

module.exports = { chunk, weave, lastOf };
'''

JS21[16] = r'''// Q: Counting distinct characters in a string, ignoring case
//
// I need the number of different characters a string is made of, but the
// upper and lower case versions of a letter should only be counted once.
// My attempt with two nested loops works, but it looks clumsy. Is there
// something shorter?
//
// ---------------------------------------------------------------------
//
// Answer (accepted):
//
// Normalise the case first, then let a Set do the de-duplication. A Set
// only ever keeps one copy of a value, so its size is exactly the number of
// distinct characters. Spreading the string into an array walks it by code
// point rather than by UTF-16 unit, which is usually what you want.

const distinctCharsIgnoringCase = (text) => new Set([...text.toLowerCase()]).size;

// Keep in mind that spaces, digits and punctuation are characters too, so
// they are counted like anything else. If you only care about letters,
// filter those out before building the Set.
//
// For environments without Set (very old browsers), a plain object used as
// a lookup table does the same job. The '#' prefix keeps the keys clear of
// anything inherited from Object.prototype.

function distinctCharsIgnoringCaseES3(text) {
  var lower = text.toLowerCase();
  var seen = {};
  var count = 0;
  for (var i = 0; i < lower.length; i++) {
    var key = '#' + lower.charAt(i);
    if (!seen[key]) {
      seen[key] = true;
      count += 1;
    }
  }
  return count;
}
'''

JS21[18] = r'''// src/text/countOccurrences.js

/**
 * How many times does `needle` occur in `haystack`?
 *
 * Matches may overlap, so every starting index at which the needle fits is
 * counted. That is different from `haystack.split(needle).length - 1`,
 * which jumps past each match before looking for the next one.
 *
 * @param {string} haystack
 * @param {string} needle
 * @returns {number}
 */
export function countOccurrences(haystack, needle) {
  let total = 0;
  const lastStart = haystack.length - needle.length;
  for (let start = 0; start <= lastStart; start++) {
    if (haystack.startsWith(needle, start)) {
      total += 1;
    }
  }
  return total;
}

// src/text/countOccurrences.test.js
//
// import { countOccurrences } from './countOccurrences.js';

describe('countOccurrences', () => {
  it('returns 0 for an empty text', () => {
    expect(countOccurrences('', 'q')).toBe(0);
  });

  it('counts matches that share characters', () => {
    expect(countOccurrences('bobobob', 'bob')).toBe(3);
    expect(countOccurrences('zzzzz', 'zz')).toBe(4);
  });

  it('is case sensitive', () => {
    expect(countOccurrences('Banana', 'an')).toBe(2);
    expect(countOccurrences('Banana', 'AN')).toBe(0);
  });

  it('returns 0 when the needle is longer than the text', () => {
    expect(countOccurrences('ab', 'abc')).toBe(0);
  });
});
'''

JS21[25] = r'''/*
 * Week 4, exercise 2 -- prime factorisation by trial division
 *
 * Write primeFactors(n) that returns the prime factors of a positive
 * integer n in ascending order. A prime that divides n several times has
 * to appear that many times, so multiplying all returned values together
 * gives n back.
 *
 * Model solution. We only need to try divisors d while d * d <= rest:
 * as soon as d * d is larger than what is left, the remainder is either 1
 * or a prime that we have not divided out yet.
 */
function primeFactors(n) {
  const factors = [];
  let rest = n;
  for (let d = 2; d * d <= rest; d++) {
    while (rest % d === 0) {
      factors.push(d);
      rest /= d;
    }
  }
  if (rest > 1) {
    factors.push(rest);
  }
  return factors;
}

/*
 * Follow-up (optional): reuse primeFactors to write a primality test.
 * A number greater than 1 is prime exactly when its factor list has a
 * single entry.
 */
const isPrime = (n) => n > 1 && primeFactors(n).length === 1;

module.exports = { primeFactors, isPrime };
'''

JS21[36] = r'''/*
 * Code review -- utils/sevens.js
 *
 * Reviewer note: the previous implementation glued every qualifying number
 * into one long string and then counted the '7' characters in it. That
 * gives the right answer, but it builds a string whose size grows with the
 * limit. Counting digits arithmetically avoids the allocation and reads
 * just as clearly. Proposed version below; the semantics are unchanged:
 * look at every k with 0 <= k < limit that is a multiple of 11 or a
 * multiple of 13, and add up how many of its decimal digits are sevens.
 */

function sevensIn(k) {
  let sevens = 0;
  while (k > 0) {
    if (k % 10 === 7) sevens += 1;
    k = Math.floor(k / 10);
  }
  return sevens;
}

function sevensInElevensAndThirteens(limit) {
  let total = 0;
  for (let k = 0; k < limit; k++) {
    if (k % 11 === 0 || k % 13 === 0) {
      total += sevensIn(k);
    }
  }
  return total;
}

// Spot checks I ran against the old version before approving:
console.assert(sevensInElevensAndThirteens(10) === 0);
console.assert(sevensInElevensAndThirteens(150) === 4);
console.assert(sevensInElevensAndThirteens(300) === 10);
console.assert(sevensInElevensAndThirteens(1000) === 47);

module.exports = sevensInElevensAndThirteens;
'''

JS21[42] = r'''// numeric-helpers.js -- bits and pieces shared by the chart components.

/** Sum of an array of numbers (0 for an empty array). */
export const total = (xs) => xs.reduce((a, b) => a + b, 0);

/** Keep a value inside the closed range [lo, hi]. */
export const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/**
 * Return a fresh array in which every element is one larger than the
 * element at the same position of the input. The input array is not
 * modified, which matters here because callers pass in state from the
 * store.
 */
export function plusOneEach(xs) {
  const bumped = new Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    bumped[i] = xs[i] + 1;
  }
  return bumped;
}
'''

JS21[45] = r'''## Triangle area when you know one side and its height

If you know the length of one side of a triangle and the height measured
perpendicular to that side, you need neither Heron's formula nor any
angles. The triangle is exactly half of the parallelogram with the same
base and height, so the area is base times height, divided by two.

```js
function areaFromBaseHeight(base, height) {
  return (base * height) / 2;
}

console.log(areaFromBaseHeight(6, 4)); // 12
console.log(areaFromBaseHeight(7, 3)); // 10.5
console.log(areaFromBaseHeight(1, 1)); // 0.5
```

Because JavaScript has a single number type you get `10.5` back without
having to think about integer division, unlike in C or in Python 2.
'''

JS21[52] = r'''// sensors/limits.js
//
// A batch of readings passes the safety check only when every value stays
// strictly under the configured ceiling. A reading that lands exactly on
// the ceiling already counts as a failure. An empty batch passes, since
// there is nothing in it to object to.

'use strict';

function allStrictlyUnder(readings, ceiling) {
  for (const value of readings) {
    if (value >= ceiling) {
      return false;
    }
  }
  return true;
}

function describeBatch(readings, ceiling) {
  return allStrictlyUnder(readings, ceiling)
    ? `ok (${readings.length} readings)`
    : 'over limit';
}

module.exports = { allStrictlyUnder, describeBatch };
'''

JS21[64] = r'''/*
 * Kata: vowel counter with a twist
 *
 * Count the vowels in a single word. The letters a, e, i, o and u are
 * always vowels, in either case. The letter y is treated as a vowel only
 * when it is the very last letter of the word; anywhere else it counts as
 * a consonant.
 */

function vowelTally(word) {
  const plain = word.match(/[aeiou]/gi);
  let tally = plain ? plain.length : 0;
  if (/y$/i.test(word)) {
    tally += 1;
  }
  return tally;
}

module.exports = vowelTally;
'''

JS21[66] = r'''// Sum of the character codes of the capital letters (A-Z) in a string.
// Lower-case letters, digits, spaces and punctuation contribute nothing.

const capitalCodeSum = (str) =>
  Array.from(str).reduce(
    (sum, ch) => (ch >= 'A' && ch <= 'Z' ? sum + ch.charCodeAt(0) : sum),
    0
  );

// quick self-check
const cases = [
  ['Hi', 72],
  ['aBcD', 134],
  ['no capitals here', 0],
  ['ZZ top', 180],
];
for (const [input, expected] of cases) {
  const got = capitalCodeSum(input);
  const note = got === expected ? '' : `  (expected ${expected})`;
  console.log(`${JSON.stringify(input)} -> ${got}${note}`);
}
'''

JS21[69] = r'''/*
 * Interview prep, day 12: "self-frequent" numbers
 *
 * Given a non-empty array of positive integers, find the biggest value v
 * that shows up at least v times in the array. If no value qualifies, the
 * answer is -1.
 *
 * Approach: one pass to build a frequency table, then one pass over the
 * table keeping a running maximum. No sorting needed.
 * Time O(n), extra space O(number of distinct values).
 */

function largestSelfFrequent(nums) {
  const freq = new Map();
  for (const v of nums) {
    freq.set(v, (freq.get(v) || 0) + 1);
  }

  let best = -1;
  for (const [value, times] of freq) {
    if (value > 0 && times >= value && value > best) {
      best = value;
    }
  }
  return best;
}
'''

JS21[73] = r'''const assert = require('assert');

// How many entries have to be overwritten before the array reads the same
// from both ends? Walk inwards from both sides at once. Every position
// where the left and the right value disagree costs exactly one change
// (overwrite either of the two with the other one). The middle element of
// an odd-length array never needs touching.
function minEditsToMirror(arr) {
  let edits = 0;
  let lo = 0;
  let hi = arr.length - 1;
  while (lo < hi) {
    if (arr[lo] !== arr[hi]) edits++;
    lo++;
    hi--;
  }
  return edits;
}

assert.strictEqual(minEditsToMirror([]), 0);
assert.strictEqual(minEditsToMirror([4, 1, 1, 5]), 1);
assert.strictEqual(minEditsToMirror([9, 8, 7, 8, 9]), 0);
assert.strictEqual(minEditsToMirror([1, 2, 3, 4, 5, 6]), 3);
assert.strictEqual(minEditsToMirror([2, 2, 3]), 1);
console.log('minEditsToMirror: all checks passed');
'''

JS21[76] = r'''#!/usr/bin/env node
// is-power.js -- decide whether x is a whole-number power of base, that is
// whether base ** k === x for some integer k >= 0.
//
// Because k may be 0, x = 1 counts as a power of every base. With base 1
// the only value you can ever reach is 1 itself. Otherwise keep dividing
// by the base while it goes in evenly and see whether we end up at 1.

function isIntegerPowerOf(x, base) {
  if (x === 1) return true;
  if (base === 1 || x < 1) return false;
  while (x % base === 0) {
    x /= base;
  }
  return x === 1;
}

if (require.main === module) {
  const [x, base] = process.argv.slice(2).map(Number);
  console.log(isIntegerPowerOf(x, base) ? 'yes' : 'no');
}

module.exports = isIntegerPowerOf;
'''

JS21[97] = r'''/**
 * lastDigitProduct(a, b)
 *
 * Multiplies the last decimal digit of `a` by the last decimal digit of
 * `b`. Signs are ignored: only the final digit of each magnitude matters.
 *
 * Examples:
 *   lastDigitProduct(23, 47)   // 3 * 7 = 21
 *   lastDigitProduct(105, 88)  // 5 * 8 = 40
 *   lastDigitProduct(10, 99)   // 0 * 9 = 0
 */
export function lastDigitProduct(a, b) {
  const unit = (n) => Math.abs(n) % 10;
  return unit(a) * unit(b);
}
'''

JS21[100] = r'''// Stacking stones.
//
// The first level of the pile holds n stones. Each following level holds
// the next number with the same parity as the previous level, so an odd
// pile keeps growing through odd numbers and an even pile through even
// ones -- in both cases that means two more stones per level. The pile
// has n levels, and the function returns the stone count of every level,
// first level first.

function stoneLevels(n) {
  return Array.from({ length: n }, (_, level) => n + 2 * level);
}

console.log(stoneLevels(1)); // [ 1 ]
console.log(stoneLevels(2)); // [ 2, 4 ]
console.log(stoneLevels(7)); // [ 7, 9, 11, 13, 15, 17, 19 ]
'''

JS21[138] = r'''/*
 * Can n be written as the sum of exactly four positive even integers?
 *
 * Four positive even numbers always add up to an even number, and the
 * smallest such sum is 2 + 2 + 2 + 2. Conversely, every even n at least
 * that large can be reached as 2 + 2 + 2 + (n - 6), where n - 6 is again a
 * positive even number. So the whole question collapses to a lower bound
 * plus a parity check -- no search required.
 */
function isSumOfFourEvens(n) {
  if (n < 8) {
    return false;
  }
  return n % 2 === 0;
}
'''

JS21[142] = r'''// Position-dependent transform followed by a sum.
//
// Walk the array and, depending on the (0-based) position of each entry:
//   - positions that are multiples of 3 contribute the square of the value,
//   - positions that are multiples of 4 but not of 3 contribute the cube,
//   - every other position contributes the value unchanged.
// The function returns the sum of all contributions; an empty array sums
// to zero.

function positionalPowerSum(values) {
  let sum = 0;
  values.forEach((v, i) => {
    if (i % 3 === 0) {
      sum += v * v;
    } else if (i % 4 === 0) {
      sum += v * v * v;
    } else {
      sum += v;
    }
  });
  return sum;
}
'''

JS21[144] = r'''**Q:** I receive two fractions as strings such as `"3/8"` and `"16/3"`. How
can I tell whether their product is a whole number? Converting to floats and
multiplying sometimes gives me things like `1.9999999999999998`.

**A:** Stay in integers the whole time. Multiply the numerators together and
the denominators together, then check whether the denominator divides the
numerator exactly:

```javascript
function productIsWhole(first, second) {
  const [n1, d1] = first.split('/').map(Number);
  const [n2, d2] = second.split('/').map(Number);
  return (n1 * n2) % (d1 * d2) === 0;
}

productIsWhole('3/8', '16/3'); // true  (48 / 24 = 2)
productIsWhole('1/4', '2/1');  // false (2 / 4)
productIsWhole('5/6', '6/5');  // true  (30 / 30 = 1)
```

This assumes numerators and denominators are positive integers and the
denominators are never zero. If the numbers can get big enough for
`n1 * n2` to go past `Number.MAX_SAFE_INTEGER`, parse with `BigInt` instead
of `Number` and compare the remainder against `0n`.
'''

JS_HELDOUT21[7] = r'''// autocomplete.js
//
// Narrow the list of known commands down to the ones whose name contains
// whatever the user has typed so far. The match is case sensitive and may
// sit anywhere in the name, not only at the start. The original order is
// kept.
//
//   matching(['build', 'rebuild', 'test'], 'build')  -> ['build', 'rebuild']
//   matching(['lint', 'format'], 'x')               -> []
//   matching([], 'anything')                        -> []

function matching(names, typed) {
  return names.filter((name) => name.includes(typed));
}

module.exports = { matching };
'''

JS_HELDOUT21[19] = r'''const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four',
                     'five', 'six', 'seven', 'eight', 'nine'];

/**
 * Takes a sentence of spelled-out digits separated by spaces and returns
 * the same words rearranged into ascending numeric order, joined by single
 * spaces. Runs of several spaces in the input are tolerated.
 *
 * @param {string} sentence
 * @returns {string}
 */
function orderDigitWords(sentence) {
  const rank = (w) => DIGIT_WORDS.indexOf(w);
  return sentence
    .split(' ')
    .filter((w) => w.length > 0)
    .sort((a, b) => rank(a) - rank(b))
    .join(' ');
}
'''

JS_HELDOUT21[47] = r'''# The median, and the JavaScript sort trap

A surprisingly common bug when computing a median in JavaScript is calling
`arr.sort()` without a comparator. The default sort compares elements as
strings, so `[10, 9, 100]` comes back as `[10, 100, 9]`. For numbers, always
pass `(a, b) => a - b`.

The median itself is simple: sort a copy, then take the middle element when
the count is odd, or the mean of the two middle elements when it is even.

```js
function middleValue(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) {
    return sorted[mid];
  }
  return (sorted[mid - 1] + sorted[mid]) / 2;
}

middleValue([9, 2, 7]);        // 7
middleValue([4, 1, 3, 2]);     // 2.5
middleValue([10, 9, 100, 8]);  // 9.5
```

Copying with the spread operator leaves the caller's array in its original
order, which your teammates will appreciate.
'''

JS_HELDOUT21[75] = r'''// Does `a` factor into exactly three primes? Repeats are allowed, so the
// same prime may be used more than once. The inputs we get are small
// (below one hundred), so plain trial division is more than fast enough.
//
// We count prime factors with multiplicity and bail out as soon as the
// count goes past three.

function isProductOfThreePrimes(a) {
  let remaining = a;
  let primeCount = 0;
  for (let p = 2; p * p <= remaining; p++) {
    while (remaining % p === 0) {
      remaining /= p;
      primeCount++;
      if (primeCount > 3) {
        return false;
      }
    }
  }
  if (remaining > 1) {
    primeCount++;
  }
  return primeCount === 3;
}
'''

JS_HELDOUT21[83] = r'''/*
 * How many n-digit positive integers begin or end with the digit 1?
 *
 * Counting argument for n >= 2:
 *   begin with 1:          10^(n-1) numbers (the other n-1 digits are free)
 *   end with 1:          9*10^(n-2) numbers (leading digit 1..9, middle free)
 *   begin AND end with 1:  10^(n-2) numbers
 * By inclusion-exclusion that is 10^(n-1) + 9*10^(n-2) - 10^(n-2),
 * which simplifies to 18 * 10^(n-2).
 *
 * The one-digit case does not fit the formula and is handled on its own:
 * the single digit is both the first and the last one.
 */
function countOneBookended(n) {
  if (n === 1) {
    return 1;
  }
  return 18 * 10 ** (n - 2);
}

// Brute-force cross-check for small n; handy when touching the formula.
function countOneBookendedSlow(n) {
  let count = 0;
  for (let x = 10 ** (n - 1); x < 10 ** n; x++) {
    const s = String(x);
    if (s[0] === '1' || s[s.length - 1] === '1') {
      count++;
    }
  }
  return count;
}
'''

JS_HELDOUT21[95] = r'''/**
 * True when the object has at least one key and its keys are either all
 * lower case or all upper case. Keys with mixed case ("Name"), keys with no
 * letters at all ("42"), and a mixture of lower-case and upper-case keys
 * all give false, and so does an empty object.
 *
 * Examples:
 *   keysShareCase({ alpha: 1, beta: 2 })   // true
 *   keysShareCase({ ID: 7, URL: 'x' })     // true
 *   keysShareCase({ id: 7, URL: 'x' })     // false
 *   keysShareCase({ Title: 'Dune' })       // false
 *   keysShareCase({})                      // false
 */
function keysShareCase(obj) {
  const keys = Object.keys(obj);
  if (keys.length === 0) {
    return false;
  }

  const isLower = (s) => s === s.toLowerCase() && s !== s.toUpperCase();
  const isUpper = (s) => s === s.toUpperCase() && s !== s.toLowerCase();

  return keys.every(isLower) || keys.every(isUpper);
}
'''

JS_HELDOUT21[107] = r'''// Tally the palindromic integers in 1..n (both ends included), split by
// parity. The result is a two-element array: [evenCount, oddCount].

function isPalindromic(num) {
  const digits = String(num);
  let i = 0;
  let j = digits.length - 1;
  while (i < j) {
    if (digits[i] !== digits[j]) {
      return false;
    }
    i++;
    j--;
  }
  return true;
}

function palindromeParityCounts(n) {
  let even = 0;
  let odd = 0;
  for (let k = 1; k <= n; k++) {
    if (!isPalindromic(k)) continue;
    if (k % 2 === 0) {
      even++;
    } else {
      odd++;
    }
  }
  return [even, odd];
}
'''

JS_HELDOUT21[119] = r'''// Two fragments made only of '(' and ')' arrive as an array of length two.
// Can they be glued together, in one order or the other, so that the result
// is a balanced bracket string? The answer is the string "Yes" or "No".
//
//   canJoinBalanced(['(()', ')'])   -> "Yes"   ("(())")
//   canJoinBalanced(['))', '(('])   -> "Yes"   (swap them: "(())")
//   canJoinBalanced([')', ')('])    -> "No"
//   canJoinBalanced(['(', '('])     -> "No"

function balanced(s) {
  let depth = 0;
  for (const ch of s) {
    depth += ch === '(' ? 1 : -1;
    if (depth < 0) {
      return false;
    }
  }
  return depth === 0;
}

function canJoinBalanced([left, right]) {
  return balanced(left + right) || balanced(right + left) ? 'Yes' : 'No';
}
'''

OTHER_JS21.append(r'''// Fill the gaps in a number sequence: between every two neighbouring
// numbers insert their sum. The first and last numbers stay at the ends,
// and lists with fewer than two numbers come back unchanged (as a copy).
//
//   fillWithSums([1, 3, 6])  -> [1, 4, 3, 9, 6]
//   fillWithSums([5])        -> [5]

function fillWithSums(nums) {
  const out = [];
  for (let i = 0; i < nums.length; i++) {
    if (i > 0) {
      out.push(nums[i - 1] + nums[i]);
    }
    out.push(nums[i]);
  }
  return out;
}

module.exports = fillWithSums;
''')

OTHER_JS21.append(r'''/**
 * Count the letters that show up in the text in BOTH cases: a string with
 * a "q" somewhere and a "Q" somewhere else contributes one to the result,
 * no matter how often either form occurs. Letters that only ever appear
 * in one case, digits and punctuation contribute nothing.
 *
 * @param {string} text
 * @returns {number}
 */
function lettersInBothCases(text) {
  const present = new Set(text);
  let count = 0;
  for (const ch of present) {
    if (ch >= 'a' && ch <= 'z' && present.has(ch.toUpperCase())) {
      count++;
    }
  }
  return count;
}
''')

OTHER_JS21.append(r'''// Count the vowel groups in a word, where a group is a maximal stretch of
// consecutive vowels (a, e, i, o, u, either case). "queue" has one group
// ("ueue"), "beautiful" has three ("eau", "i", "u"), "rhythm" has none.
// Syllable counters use this as a cheap first approximation.

function vowelGroups(word) {
  const groups = word.match(/[aeiou]+/gi);
  return groups ? groups.length : 0;
}

console.log(vowelGroups('queue'));      // 1
console.log(vowelGroups('beautiful'));  // 3
console.log(vowelGroups('rhythm'));     // 0
''')

OTHER_JS21.append(r'''/*
 * Perfect power test: is n equal to m ** k for some whole numbers m >= 2
 * and k >= 2? The base is not given; any base will do.
 *
 * For every exponent k with 2 ** k <= n, take the floating point k-th
 * root, round it, and check the neighbours of the rounded value exactly,
 * which protects against the root coming out as 4.999999 instead of 5.
 */
function isPerfectPower(n) {
  if (n < 4) {
    return false;
  }
  for (let k = 2; 2 ** k <= n; k++) {
    const guess = Math.round(n ** (1 / k));
    for (const m of [guess - 1, guess, guess + 1]) {
      if (m >= 2 && m ** k === n) {
        return true;
      }
    }
  }
  return false;
}
''')

OTHER_JS21.append(r'''/**
 * Product of the leading (most significant) digits of two integers.
 * The sign is ignored, so only the first digit of each magnitude counts.
 *
 *   leadingDigitProduct(482, 37)   // 4 * 3 = 12
 *   leadingDigitProduct(-91, 600)  // 9 * 6 = 54
 *   leadingDigitProduct(0, 5)      // 0
 */
export function leadingDigitProduct(a, b) {
  const lead = (n) => {
    let m = Math.abs(n);
    while (m >= 10) {
      m = Math.floor(m / 10);
    }
    return m;
  };
  return lead(a) * lead(b);
}
''')

OTHER_JS21.append(r'''/*
 * Can n be written as the sum of exactly three DIFFERENT positive odd
 * numbers?
 *
 * Three odd numbers always add up to an odd number, and the smallest
 * possible sum of three distinct ones is 1 + 3 + 5. Every larger odd n
 * works too: 1 + 3 + (n - 4), where n - 4 is odd and bigger than 3. So we
 * only need the parity and a lower bound.
 */
function isSumOfThreeDistinctOdds(n) {
  return n >= 9 && n % 2 === 1;
}
''')

OTHER_JS21.append(r'''// Fractions arrive as strings of the form "numerator/denominator" with
// positive whole numbers on both sides. Decide whether dividing the first
// fraction by the second one yields a whole number.
//
// (a/b) / (c/d) = (a*d) / (b*c), so it is enough to check that b*c divides
// a*d without remainder -- no floating point involved.

function quotientIsWhole(x, n) {
  const [a, b] = x.split('/').map(Number);
  const [c, d] = n.split('/').map(Number);
  return (a * d) % (b * c) === 0;
}

module.exports = quotientIsWhole;
''')
