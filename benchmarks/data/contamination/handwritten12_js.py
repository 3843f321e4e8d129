"""Twelfth batch of hand-written documents, JavaScript (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:

  JS12         -- dict int -> str: JavaScript solutions (positives) of
                  HumanEval items 6, 13, 20, 40, 57, 58, 62, 64, 77, 94, 96,
                  102, 112, 116, 122, 136, 137, 154, 156, 162 (one document
                  each, keyed by item number).
  JS_HELDOUT12 -- dict int -> str: JavaScript solutions of the held-out
                  HumanEval items 3, 19, 23, 27, 43, 51, 75, 119.
  OTHER_JS12   -- list of 6 str: JavaScript look-alike documents (close in
                  topic to a HumanEval item but with a different rule):
                  consonant count (cf. 64), three-digit prefix sum (cf. 122),
                  pairs per paren group (cf. 6), polynomial antiderivative
                  (cf. 62), smallest odd number in a range (cf. 102),
                  anagram-window search (cf. 154).

Roughly half of the documents state input/output examples (in comments,
JSDoc, asserts or a console.log demo) and the rest state none.
"""

JS12 = {}

JS12[6] = r'''// paren-depth.mjs
// Utility from a small tokenizer project: given a line of space-separated
// bracket groups, report how deep each group goes.

/**
 * Compute the maximum nesting depth of every parenthesis group in a line.
 * Groups are separated by whitespace; empty chunks are ignored.
 *
 * @param {string} line  e.g. "(()) ((()())) () (((())))"
 * @returns {number[]}   e.g. [2, 3, 1, 4]
 */
export function groupDepths(line) {
  return line
    .split(/\s+/)
    .filter(Boolean)
    .map(maxDepth);
}

function maxDepth(group) {
  let level = 0;
  let deepest = 0;
  for (const ch of group) {
    if (ch === '(') {
      level++;
      if (level > deepest) deepest = level;
    } else if (ch === ')') {
      level--;
    }
  }
  return deepest;
}

console.log(groupDepths('(()) ((()())) () (((())))')); // [ 2, 3, 1, 4 ]
console.log(groupDepths('(()(()))'));                  // [ 3 ]
'''

JS12[13] = r'''#!/usr/bin/env node
'use strict';

// gcd.js - tiny helper I keep copying between projects.
// Euclid's algorithm, written recursively because the depth is tiny
// (logarithmic in the smaller argument).
//
// Usage: node gcd.js <a> <b>

const gcd = (a, b) => (b === 0 ? Math.abs(a) : gcd(b, a % b));

module.exports = { gcd };

if (require.main === module) {
  const [x, y] = process.argv.slice(2).map(Number);
  if (!Number.isInteger(x) || !Number.isInteger(y)) {
    console.error('usage: node gcd.js <int> <int>');
    process.exit(1);
  }
  console.log(`gcd(${x}, ${y}) = ${gcd(x, y)}`);
}
'''

JS12[20] = r'''/**
 * Closest pair in a list of numbers (one dimension).
 * After sorting, the best pair must sit next to each other, so a single
 * pass over neighbours is enough.
 */
class NearestPair {
  /**
   * @param {number[]} values  at least two numbers
   * @returns {[number, number]} the two closest values, smaller one first
   */
  static find(values) {
    if (values.length < 2) {
      throw new RangeError('need at least two values');
    }
    const sorted = [...values].sort((p, q) => p - q);
    let best = [sorted[0], sorted[1]];
    let bestGap = sorted[1] - sorted[0];
    for (let i = 2; i < sorted.length; i++) {
      const gap = sorted[i] - sorted[i - 1];
      if (gap < bestGap) {
        bestGap = gap;
        best = [sorted[i - 1], sorted[i]];
      }
    }
    return best;
  }
}

// quick check
console.log(NearestPair.find([7.5, 1.0, 3.2, 9.0, 3.0])); // [ 3, 3.2 ]
console.log(NearestPair.find([10, 4, 8, 4, 1]));         // [ 4, 4 ]

module.exports = NearestPair;
'''

JS12[40] = r'''// arrayChecks.js
// A couple of small predicates used by the puzzle validator.

const arrayChecks = {
  /**
   * True when three entries of `nums` taken from different positions
   * add up to exactly zero.
   * Sorts a copy and does the classic two-pointer sweep: O(n^2).
   * @param {number[]} nums
   * @returns {boolean}
   */
  hasZeroTriple(nums) {
    const a = nums.slice().sort((x, y) => x - y);
    for (let i = 0; i < a.length - 2; i++) {
      let lo = i + 1;
      let hi = a.length - 1;
      while (lo < hi) {
        const total = a[i] + a[lo] + a[hi];
        if (total === 0) return true;
        if (total < 0) lo++;
        else hi--;
      }
    }
    return false;
  },

  isEmpty(nums) {
    return nums.length === 0;
  },
};

module.exports = arrayChecks;
'''

JS12[57] = r'''// Checks whether a series of readings only ever goes up or only ever goes
// down (flat stretches are allowed). Handy for validating calibration curves.

const isMonotone = (series) => {
  let rising = true;
  let falling = true;
  for (let i = 1; i < series.length; i++) {
    if (series[i] < series[i - 1]) rising = false;
    if (series[i] > series[i - 1]) falling = false;
    if (!rising && !falling) return false;
  }
  return true;
};

console.assert(isMonotone([3, 5, 5, 12]) === true);
console.assert(isMonotone([40, 22, 22, -3]) === true);
console.assert(isMonotone([2, 9, 4, 11]) === false);
console.assert(isMonotone([6, 6, 6]) === true);
console.log('monotone checks done');
'''

JS12[58] = r'''/**
 * intersect.mjs
 *
 * Values that occur in both arrays, each reported once, in ascending
 * numeric order. Builds a Set from the second array so the whole thing
 * is linear apart from the final sort.
 *
 * @param {number[]} first
 * @param {number[]} second
 * @returns {number[]}
 */
export default function sharedValues(first, second) {
  const lookup = new Set(second);
  const both = new Set();
  for (const v of first) {
    if (lookup.has(v)) both.add(v);
  }
  return Array.from(both).sort((a, b) => a - b);
}
'''

JS12[62] = r'''// poly.js -- polynomial helpers. A polynomial is stored as an array of
// coefficients, lowest power first: c[0] + c[1]*x + c[2]*x^2 + ...

function evaluate(coeffs, x) {
  // Horner's scheme
  let acc = 0;
  for (let i = coeffs.length - 1; i >= 0; i--) {
    acc = acc * x + coeffs[i];
  }
  return acc;
}

// d/dx of c[k] * x^k is k * c[k] * x^(k-1), so every term shifts down one
// slot and the constant term disappears.
function differentiate(coeffs) {
  const out = [];
  for (let power = 1; power < coeffs.length; power++) {
    out.push(power * coeffs[power]);
  }
  return out;
}

module.exports = { evaluate, differentiate };
'''

JS12[64] = r'''/**
 * Count the vowels in a single word.
 * a, e, i, o, u always count (either case); y/Y only counts when it is
 * the very last letter of the word.
 *
 *   countVowels("story")  -> 2   (o, final y)
 *   countVowels("Yellow") -> 2   (a leading Y does not count)
 *   countVowels("QUIET")  -> 3
 */
function countVowels(word) {
  let n = 0;
  for (const ch of word.toLowerCase()) {
    if ('aeiou'.includes(ch)) n += 1;
  }
  if (/y$/i.test(word)) n += 1;
  return n;
}

module.exports = countVowels;
'''

JS12[77] = r'''// cubes.mjs -- number-theory kata helpers

/**
 * Is `n` the cube of some integer? Works for negatives and zero too.
 * The floating cube root can be slightly off (cbrt of a big cube may come
 * back as 9.999999...), so round it and confirm by multiplying back.
 * @param {number} n an integer
 * @returns {boolean}
 */
export const isPerfectCube = (n) => {
  const root = Math.round(Math.cbrt(n));
  return root * root * root === n;
};
'''

JS12[94] = r'''// Kata: find the biggest prime in the list and return the sum of its digits.
// e.g. [4, 13, 6, 29, 10] -> biggest prime is 29 -> 2 + 9 = 11
//      [0, 1, 8, 97, 15]  -> 97 -> 9 + 7 = 16

function isPrime(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}

function digitSum(n) {
  return String(n)
    .split('')
    .reduce((s, d) => s + Number(d), 0);
}

function largestPrimeDigitSum(numbers) {
  const primes = numbers.filter(isPrime);
  if (primes.length === 0) return 0;
  return digitSum(Math.max(...primes));
}

console.log(largestPrimeDigitSum([4, 13, 6, 29, 10])); // 11
console.log(largestPrimeDigitSum([0, 1, 8, 97, 15]));  // 16
'''

JS12[96] = r'''// primes.js
'use strict';

/**
 * All primes strictly below `limit`, in increasing order.
 * Sieve of Eratosthenes over a byte array; gives [] when limit <= 2.
 * @param {number} limit non-negative integer
 * @returns {number[]}
 */
function primesBelow(limit) {
  if (limit <= 2) return [];
  const composite = new Uint8Array(limit);
  const result = [];
  for (let i = 2; i < limit; i++) {
    if (composite[i]) continue;
    result.push(i);
    for (let j = i * i; j < limit; j += i) composite[j] = 1;
  }
  return result;
}

module.exports = primesBelow;

if (require.main === module) {
  const limit = parseInt(process.argv[2] || '50', 10);
  console.log(primesBelow(limit).join(' '));
}
'''

JS12[102] = r'''// range-utils.js

/**
 * Largest even integer inside the closed interval [lo, hi].
 * Gives -1 when the interval is empty (lo > hi) or contains no even number.
 * @param {number} lo positive integer
 * @param {number} hi positive integer
 * @returns {number}
 */
function largestEvenInRange(lo, hi) {
  if (lo > hi) return -1;
  const candidate = hi % 2 === 0 ? hi : hi - 1;
  return candidate >= lo ? candidate : -1;
}

module.exports = { largestEvenInRange };
'''

JS12[112] = r'''/**
 * Strip every character of `text` that appears anywhere in `banned`, then
 * report whether what is left reads the same in both directions.
 *
 * @example
 * stripAndCheck('racecars', 's')  // => ['racecar', true]
 * stripAndCheck('hello', 'l')     // => ['heo', false]
 *
 * @param {string} text
 * @param {string} banned
 * @returns {[string, boolean]}
 */
const stripAndCheck = (text, banned) => {
  const drop = new Set(banned);
  const kept = [...text].filter((ch) => !drop.has(ch)).join('');
  let i = 0;
  let j = kept.length - 1;
  while (i < j && kept[i] === kept[j]) {
    i++;
    j--;
  }
  return [kept, i >= j];
};

module.exports = stripAndCheck;
'''

JS12[116] = r'''// Sort integers by how many 1-bits their binary form has (fewest first);
// numbers with the same bit count stay in ascending numeric order.
// For negative values the bits of the magnitude are counted.

function popcount(n) {
  let v = Math.abs(n);
  let bits = 0;
  while (v > 0) {
    bits += v % 2;
    v = Math.floor(v / 2);
  }
  return bits;
}

export function sortByBitCount(values) {
  return [...values].sort((a, b) => popcount(a) - popcount(b) || a - b);
}
'''

JS12[122] = r'''/**
 * Sum of the "small" numbers (one or two digits) among the first k
 * entries of an array.
 *
 * Example: addSmallPrefix([5, 120, 33, 7, 4500, 12], 4)
 *   first four -> 5, 120, 33, 7 ; 120 has three digits, skip it
 *   result     -> 45
 */
function addSmallPrefix(arr, k) {
  let total = 0;
  for (let i = 0; i < k && i < arr.length; i++) {
    if (Math.abs(arr[i]) < 100) total += arr[i];
  }
  return total;
}

console.log(addSmallPrefix([5, 120, 33, 7, 4500, 12], 4)); // 45
console.log(addSmallPrefix([250, 999, 8], 2));              // 0
'''

JS12[136] = r'''/**
 * One pass over a list that reports
 *   - the negative number closest to zero, and
 *   - the positive number closest to zero,
 * as a two-element array. A slot is null when the list has no value of
 * that sign. Zero is treated as neither.
 *
 * @param {number[]} list
 * @returns {[number|null, number|null]}
 */
const closestToZeroBySign = (list) =>
  list.reduce(
    ([neg, pos], x) => [
      x < 0 && (neg === null || x > neg) ? x : neg,
      x > 0 && (pos === null || x < pos) ? x : pos,
    ],
    [null, null]
  );

module.exports = { closestToZeroBySign };
'''

JS12[137] = r'''// compareLoose.js
// Values may arrive as numbers or as strings that use either "." or ","
// as the decimal mark (user input from different locales). Return the
// larger one *as it was passed in*, or null if they are numerically equal.
//
//   compareLoose(3, "4,75")  -> "4,75"
//   compareLoose("10.5", 9)  -> "10.5"
//   compareLoose(2, 0.5)     -> 2
//   compareLoose("7", 7)     -> null

function toNumber(value) {
  return typeof value === 'string' ? Number(value.replace(/,/g, '.')) : value;
}

function compareLoose(a, b) {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x === y) return null;
  return x > y ? a : b;
}

module.exports = compareLoose;
'''

JS12[154] = r'''/**
 * Does `text` contain `word` or any cyclic rotation of it as a substring?
 * All rotations of a word are windows of the word written twice.
 *
 *   containsRotation('protest', 'tpro')  // true  ("prot" is a rotation)
 *   containsRotation('banana', 'naa')    // true  ("ana")
 *   containsRotation('rotation', 'tr')   // false
 *
 * @param {string} text
 * @param {string} word
 * @returns {boolean}
 */
export function containsRotation(text, word) {
  const doubled = word + word;
  for (let shift = 0; shift < Math.max(word.length, 1); shift++) {
    if (text.includes(doubled.slice(shift, shift + word.length))) {
      return true;
    }
  }
  return false;
}
'''

JS12[156] = r'''// Lower-case Roman numerals for 1..1000, built digit by digit.
//   toRomanLower(14)  => "xiv"
//   toRomanLower(388) => "ccclxxxviii"
//   toRomanLower(999) => "cmxcix"

const ONES = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
const TENS = ['', 'x', 'xx', 'xxx', 'xl', 'l', 'lx', 'lxx', 'lxxx', 'xc'];
const HUNDREDS = ['', 'c', 'cc', 'ccc', 'cd', 'd', 'dc', 'dcc', 'dccc', 'cm'];

function toRomanLower(num) {
  if (!Number.isInteger(num) || num < 1 || num > 1000) {
    throw new RangeError(`expected an integer in 1..1000, got ${num}`);
  }
  const thousands = 'm'.repeat(Math.floor(num / 1000));
  return (
    thousands +
    HUNDREDS[Math.floor(num / 100) % 10] +
    TENS[Math.floor(num / 10) % 10] +
    ONES[num % 10]
  );
}

for (const n of [14, 388, 999]) {
  console.log(n, '=>', toRomanLower(n));
}
'''

JS12[162] = r'''const { createHash } = require('crypto');

/**
 * Hex MD5 digest of a string, or null when the string is empty.
 * (MD5 is fine for cache keys and checksums, not for passwords.)
 * @param {string} input
 * @returns {string|null}
 */
function md5Hex(input) {
  if (input.length === 0) return null;
  return createHash('md5').update(input, 'utf8').digest('hex');
}

module.exports = md5Hex;

if (require.main === module) {
  const arg = process.argv.slice(2).join(' ');
  console.log(md5Hex(arg));
}
'''


JS_HELDOUT12 = {}

JS_HELDOUT12[3] = r'''// ledger.js

/**
 * Given a sequence of deposits (+) and withdrawals (-) applied to an
 * account that starts empty, tell whether the balance ever dips below 0.
 *
 *   goesNegative([5, -2, -4])      // true  (5, 3, -1)
 *   goesNegative([10, -3, -7, 2])  // false (10, 7, 0, 2)
 *
 * @param {number[]} transactions
 * @returns {boolean}
 */
function goesNegative(transactions) {
  let balance = 0;
  return transactions.some((amount) => (balance += amount) < 0);
}

module.exports = { goesNegative };
'''

JS_HELDOUT12[19] = r'''const WORD_VALUE = {
  zero: 0, one: 1, two: 2, three: 3, four: 4,
  five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

/**
 * Takes a space separated list of number words ("zero" .. "nine") and
 * returns them re-ordered by the value they name, joined by single spaces.
 * Extra spaces in the input are tolerated.
 * @param {string} sentence
 * @returns {string}
 */
export const sortNumberWords = (sentence) =>
  sentence
    .split(' ')
    .filter((w) => w.length > 0)
    .sort((a, b) => WORD_VALUE[a] - WORD_VALUE[b])
    .join(' ');
'''

JS_HELDOUT12[23] = r'''// Exercise 1.3 - count the characters in a string without reading
// .length on the string itself.
//   stringLength('')       -> 0
//   stringLength('kiwi')   -> 4
//   stringLength('a b c')  -> 5

function stringLength(str) {
  let count = 0;
  for (const _ of str) count++;
  return count;
}

console.log(stringLength(''));      // 0
console.log(stringLength('kiwi'));  // 4
console.log(stringLength('a b c')); // 5
'''

JS_HELDOUT12[27] = r'''/**
 * Swap the case of every letter: upper case becomes lower case and the
 * other way round. Characters without case (digits, punctuation, spaces)
 * come back unchanged.
 * @param {string} s
 * @returns {string}
 */
const swapCase = (s) =>
  [...s]
    .map((c) => {
      const upper = c.toUpperCase();
      return c === upper ? c.toLowerCase() : upper;
    })
    .join('');

module.exports = swapCase;
'''

JS_HELDOUT12[43] = r'''// Does the list hold two entries (at different positions) that cancel
// each other out? Remember what we've seen so far and look for the
// opposite of each new value: one pass, O(n) extra space.
function hasOppositePair(numbers) {
  const seen = new Set();
  for (const n of numbers) {
    if (seen.has(-n)) return true;
    seen.add(n);
  }
  return false;
}

module.exports = hasOppositePair;
'''

JS_HELDOUT12[51] = r'''const assert = require('assert');

// Drop every vowel (a, e, i, o, u in either case); everything else,
// including newlines and punctuation, is left where it was.
const stripVowels = (text) => text.replace(/[aeiou]/gi, '');

assert.strictEqual(stripVowels('Programming'), 'Prgrmmng');
assert.strictEqual(stripVowels('Queue\nup'), 'Q\np');
assert.strictEqual(stripVowels('AEIOUxyz'), 'xyz');
assert.strictEqual(stripVowels(''), '');
console.log('stripVowels: all good');
'''

JS_HELDOUT12[75] = r'''/**
 * True when n can be written as p * q * r with p, q, r prime (primes
 * may repeat). Counts prime factors with multiplicity by trial division
 * and bails out early once there are more than three.
 * @param {number} n positive integer (small, under 100 in our use)
 * @returns {boolean}
 */
function isProductOfThreePrimes(n) {
  if (n < 2) return false;
  let factors = 0;
  let rest = n;
  for (let p = 2; p * p <= rest; p++) {
    while (rest % p === 0) {
      rest /= p;
      factors++;
      if (factors > 3) return false;
    }
  }
  if (rest > 1) factors++;
  return factors === 3;
}

module.exports = { isProductOfThreePrimes };
'''

JS_HELDOUT12[119] = r'''// Two strings made only of '(' and ')'. Can they be glued together, in
// one order or the other, into a balanced bracket string?
//
//   canJoin(['(()', ')'])  -> 'Yes'   ("(())")
//   canJoin(['))', '(('])  -> 'Yes'   ("(())")
//   canJoin([')(', '()'])  -> 'No'
//
// Each piece is summarised by its final balance and the lowest balance
// reached while scanning it; that's all we need to judge a concatenation.

function profile(s) {
  let bal = 0;
  let low = 0;
  for (const ch of s) {
    bal += ch === '(' ? 1 : -1;
    if (bal < low) low = bal;
  }
  return { bal, low };
}

function canJoin([a, b]) {
  const p = profile(a);
  const q = profile(b);
  if (p.bal + q.bal !== 0) return 'No';
  const fits = (first, second) => first.low >= 0 && first.bal + second.low >= 0;
  return fits(p, q) || fits(q, p) ? 'Yes' : 'No';
}

console.log(canJoin(['(()', ')'])); // Yes
console.log(canJoin(['))', '((']));  // Yes
console.log(canJoin([')(', '()']));  // No
'''


OTHER_JS12 = [
    # Look-alike of a vowel counter: counts consonants, y always a consonant.
    r'''/**
 * Count the consonants in a word: every letter that is not a, e, i, o or u
 * (either case). Here "y" is always treated as a consonant, wherever it is.
 * Non-letters are ignored.
 *
 *   countConsonants("Rhythm") -> 6
 *   countConsonants("apple")  -> 3
 *   countConsonants("Ouija")  -> 1
 */
function countConsonants(word) {
  let total = 0;
  for (const ch of word.toLowerCase()) {
    if (ch >= 'a' && ch <= 'z' && !'aeiou'.includes(ch)) total++;
  }
  return total;
}

console.log(countConsonants('Rhythm')); // 6
console.log(countConsonants('apple'));  // 3
console.log(countConsonants('Ouija'));  // 1
''',

    # Look-alike of a prefix sum with a digit filter: exactly three digits.
    r'''// prefixSums.js

/**
 * Add up the entries among the first `k` items of `values` that have
 * exactly three digits (100..999, or -999..-100 for negatives).
 * Everything shorter or longer is skipped.
 * @param {number[]} values
 * @param {number} k how many leading items to look at
 * @returns {number}
 */
const sumThreeDigitPrefix = (values, k) =>
  values
    .slice(0, k)
    .filter((v) => {
      const mag = Math.abs(v);
      return mag >= 100 && mag <= 999;
    })
    .reduce((acc, v) => acc + v, 0);

module.exports = { sumThreeDigitPrefix };
''',

    # Look-alike of the nesting-depth parser: counts pairs per group.
    r'''// bracket-stats.mjs
// For each space-separated group of parentheses, count how many matched
// "()" pairs it contains (not how deep it goes).
//
//   pairsPerGroup('(()) ((()())) ()')  -> [2, 4, 1]
//   pairsPerGroup('()()() (())')       -> [3, 2]

export function pairsPerGroup(line) {
  return line
    .trim()
    .split(/\s+/)
    .filter((g) => g.length > 0)
    .map((group) => {
      let open = 0;
      let pairs = 0;
      for (const ch of group) {
        if (ch === '(') {
          open++;
        } else if (ch === ')' && open > 0) {
          open--;
          pairs++;
        }
      }
      return pairs;
    });
}

console.log(pairsPerGroup('(()) ((()())) ()')); // [ 2, 4, 1 ]
console.log(pairsPerGroup('()()() (())'));      // [ 3, 2 ]
''',

    # Look-alike of polynomial differentiation: the antiderivative instead.
    r'''// Polynomials are arrays of coefficients, constant term first:
// p[0] + p[1]*x + p[2]*x^2 + ...
//
// integrate() returns the antiderivative whose constant term is zero:
// every coefficient moves up one power and is divided by its new power.

class Poly {
  static integrate(p) {
    const result = [0];
    p.forEach((c, k) => {
      result.push(c / (k + 1));
    });
    return result;
  }

  static definite(p, a, b) {
    const F = Poly.integrate(p);
    const at = (x) => F.reduceRight((acc, c) => acc * x + c, 0);
    return at(b) - at(a);
  }
}

module.exports = Poly;
''',

    # Look-alike of "biggest even in range": smallest odd in range.
    r'''/**
 * Smallest odd integer in the closed range [from, to].
 * Returns -1 if the range is empty or has no odd number in it.
 *
 * smallestOddBetween(4, 9)   // 5
 * smallestOddBetween(7, 20)  // 7
 * smallestOddBetween(10, 10) // -1
 * smallestOddBetween(9, 3)   // -1
 */
function smallestOddBetween(from, to) {
  if (from > to) return -1;
  const first = from % 2 !== 0 ? from : from + 1;
  return first <= to ? first : -1;
}

[[4, 9], [7, 20], [10, 10], [9, 3]].forEach(([a, b]) => {
  console.log(`smallestOddBetween(${a}, ${b}) = ${smallestOddBetween(a, b)}`);
});
''',

    # Look-alike of the rotation search: any permutation (anagram) window.
    r'''// anagram-window.js
//
// Returns true when some contiguous slice of `text` is a rearrangement
// (anagram) of `word`. A window of word.length slides over the text; we
// track, per character, (count in window) - (count in word) and how many
// characters currently have a non-zero difference.

function containsAnagram(text, word) {
  const m = word.length;
  if (m > text.length) return false;

  const diff = new Map();
  let unbalanced = 0;
  const adjust = (ch, delta) => {
    const before = diff.get(ch) || 0;
    const after = before + delta;
    if (before === 0) unbalanced++;
    if (after === 0) unbalanced--;
    diff.set(ch, after);
  };

  for (const ch of word) adjust(ch, -1);
  for (let i = 0; i < text.length; i++) {
    adjust(text[i], 1);
    if (i >= m) adjust(text[i - m], -1);
    if (i >= m - 1 && unbalanced === 0) return true;
  }
  return unbalanced === 0;
}

module.exports = containsAnagram;
''',
]
