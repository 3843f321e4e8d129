"""Eighth batch of hand-written documents, JavaScript (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation outputs were read while writing these.

Names defined here:

JS8          -- dict int -> str. Hand-written JavaScript translations of benchmark
                items, styled as realistic training-corpus documents (snippets, ES
                modules, node scripts, classes with static methods, JSDoc'd
                functions, markdown-fenced blog snippets). Function and variable
                names are new, comments are written from scratch, and the code is
                idiomatic modern JS rather than a line-by-line port. Positives.
JS_HELDOUT8  -- dict int -> str. The same kind of JavaScript translation for
                held-out items. Negatives.
OTHER_JS8    -- list of str. Small JavaScript problems in the same style that are
                not benchmark items but sit close to one in topic (a variant rule,
                a different string or number transformation). Negatives.

About half of the documents in each name state input/output examples; the
inputs were chosen fresh and every stated output was computed with a
reference implementation and checked by running the JavaScript under node.
"""

JS8 = {
    37: r'''// Reorder only the entries sitting at even positions (0, 2, 4, ...) into
// ascending order; entries at odd positions stay exactly where they were.
export function reorderEvenPositions(values) {
  const evenSlots = values
    .filter((_, i) => i % 2 === 0)
    .sort((a, b) => a - b);
  return values.map((v, i) => (i % 2 === 0 ? evenSlots[i / 2] : v));
}

// reorderEvenPositions([9, 1, 7, 2, 5, 3])  -> [5, 1, 7, 2, 9, 3]
// reorderEvenPositions([10, -1, 3, 8, -6])  -> [-6, -1, 3, 8, 10]
// reorderEvenPositions([4, 8, 0])           -> [0, 8, 4]
// reorderEvenPositions([12])                -> [12]
''',

    49: r'''/**
 * Computes 2 raised to `exponent`, reduced modulo `modulus`, without ever
 * materialising the huge intermediate power. Binary exponentiation on BigInt
 * keeps it exact and fast even for exponents in the millions.
 *
 * @param {number} exponent  non-negative integer
 * @param {number} modulus   positive integer
 * @returns {number}
 */
function powerOfTwoMod(exponent, modulus) {
  const m = BigInt(modulus);
  let acc = 1n;
  let base = 2n % m;
  let e = BigInt(exponent);
  while (e > 0n) {
    if (e & 1n) acc = (acc * base) % m;
    base = (base * base) % m;
    e >>= 1n;
  }
  return Number(acc);
}

module.exports = { powerOfTwoMod };
''',

    68: r'''Quick exercise: you get an array of non-negative integers (think of it as the
nodes along one branch of a tree). Find the smallest even number in it and the
first place it shows up, and hand back `[value, index]`. If nothing in the
array is even, or the array is empty, return an empty array.

A single pass with `forEach` is enough, because we only replace the current
best when we see a strictly smaller even value:

```js
const pickSmallestEven = (nodes) => {
  let best = null;
  nodes.forEach((value, position) => {
    if (value % 2 === 0 && (best === null || value < best[0])) {
      best = [value, position];
    }
  });
  return best ?? [];
};

console.log(pickSmallestEven([7, 6, 4, 9, 4])); // [ 4, 2 ]
console.log(pickSmallestEven([8, 12, 6, 6]));   // [ 6, 2 ]
console.log(pickSmallestEven([0, 10, 0]));      // [ 0, 0 ]
console.log(pickSmallestEven([1, 3, 5]));       // []
```
''',

    80: r'''// A word is "varied" when it has at least three characters and no window of
// three neighbouring characters contains the same character twice.
function isVariedWord(word) {
  if (word.length < 3) return false;
  for (let i = 0; i + 2 < word.length; i++) {
    const trio = new Set(word.slice(i, i + 3));
    if (trio.size < 3) return false;
  }
  return true;
}

console.assert(isVariedWord("xyzx") === true);
console.assert(isVariedWord("mnopq") === true);
console.assert(isVariedWord("abab") === false);
console.assert(isVariedWord("hello") === false);
console.assert(isVariedWord("qw") === false);
''',

    101: r'''Splitting user input on "commas or spaces" comes up all the time (tag fields,
CSV-ish lists typed by hand). A single character class in a regex handles both
separators, and filtering out empty strings takes care of leading/trailing
separators and runs like ", ".

```js
// Break a line of text into words; commas and whitespace both act as
// separators, and empty pieces are dropped.
export const tokenize = (line) => line.split(/[\s,]+/).filter(Boolean);
```
''',

    108: r'''const assert = require("node:assert");

// Signed digit sum: the leading digit carries the sign of the number and all
// the other digits count as positive.
const signedDigitSum = (num) => {
  const digits = String(Math.abs(num)).split("").map(Number);
  if (num < 0) digits[0] = -digits[0];
  return digits.reduce((acc, d) => acc + d, 0);
};

// How many entries have a strictly positive signed digit sum?
const countPositiveDigitSums = (nums) =>
  nums.filter((n) => signedDigitSum(n) > 0).length;

assert.strictEqual(countPositiveDigitSums([-25, 40, -3, 0]), 2);
assert.strictEqual(countPositiveDigitSums([-91, 19]), 1);
assert.strictEqual(countPositiveDigitSums([-100, 7, -7]), 1);
assert.strictEqual(countPositiveDigitSums([]), 0);
console.log("all checks passed");
''',

    122: r'''class PrefixTotals {
  /**
   * Looks only at the first `limit` entries of `numbers` and adds up the ones
   * written with at most two digits; anything with three or more digits is
   * skipped.
   *
   * @param {number[]} numbers
   * @param {number} limit
   * @returns {number}
   */
  static sumSmallInPrefix(numbers, limit) {
    return numbers
      .slice(0, limit)
      .filter((x) => String(Math.abs(x)).length <= 2)
      .reduce((total, x) => total + x, 0);
  }
}

export default PrefixTotals;
''',

    125: r'''/**
 * Splits `text` using a three-step fallback:
 *   1. if it contains a space, split on whitespace;
 *   2. otherwise, if it contains commas, split on the commas;
 *   3. otherwise, return a number instead: how many lowercase letters sit at
 *      an odd position of the alphabet when 'a' is position 0 (b, d, f, ...).
 *
 * @param {string} text
 * @returns {string[] | number}
 */
function splitOrCount(text) {
  if (text.includes(" ")) {
    return text.split(/\s+/).filter(Boolean);
  }
  if (text.includes(",")) {
    return text.split(",").filter(Boolean);
  }
  return [...text].filter(
    (ch) => /[a-z]/.test(ch) && (ch.charCodeAt(0) - 97) % 2 === 1
  ).length;
}
''',

    126: r'''Checking whether an array is in non-decreasing order is a one-liner with
`every`. This version adds a twist: a value may repeat once (so a pair of equal
neighbours is fine), but if any value shows up three or more times the array
is rejected. Inputs are non-negative integers.

```js
function isOrderedWithFewRepeats(nums) {
  const seen = new Map();
  for (const n of nums) {
    const count = (seen.get(n) ?? 0) + 1;
    if (count > 2) return false;
    seen.set(n, count);
  }
  return nums.every((n, i) => i === 0 || nums[i - 1] <= n);
}

isOrderedWithFewRepeats([0, 1, 1, 5]);      // true
isOrderedWithFewRepeats([4, 4, 9, 9, 10]);  // true
isOrderedWithFewRepeats([]);                // true
isOrderedWithFewRepeats([2, 2, 2]);         // false
isOrderedWithFewRepeats([3, 1]);            // false
```
''',

    130: r'''// An odd "tribonacci"-style sequence:
//   t(0) = 1, t(1) = 3
//   t(k) = 1 + k / 2                       when k is even
//   t(k) = t(k - 1) + t(k - 2) + t(k + 1)  when k is odd and k > 1
// The odd rule peeks one step ahead, but t(k + 1) has an even index and so a
// closed form, which means the list can still be filled left to right.
// Returns the first `count + 1` terms: [t(0), ..., t(count)].
const quirkyTribonacci = (count) => {
  const seq = [1];
  if (count === 0) return seq;
  seq.push(3);
  for (let k = 2; k <= count; k++) {
    const next =
      k % 2 === 0
        ? 1 + k / 2
        : seq[k - 1] + seq[k - 2] + (1 + (k + 1) / 2);
    seq.push(next);
  }
  return seq;
};
''',

    132: r'''/**
 * The input consists only of '[' and ']'. Decide whether some subsequence of
 * it forms a valid bracket string in which at least one pair sits inside
 * another, like "[[]]".
 *
 * Greedy idea: pair the earliest openers with the latest closers. If we can
 * form at least two such (opener before closer) pairs, the first pair wraps
 * the second one.
 *
 * @param {string} brackets
 * @returns {boolean}
 */
function hasNestedPair(brackets) {
  const openers = [];
  const closers = [];
  [...brackets].forEach((ch, i) => (ch === "[" ? openers : closers).push(i));
  closers.reverse();

  let pairs = 0;
  for (const pos of openers) {
    if (pairs < closers.length && pos < closers[pairs]) pairs++;
  }
  return pairs >= 2;
}

console.log(hasNestedPair("[][[]]")); // true
console.log(hasNestedPair("[[]]]]")); // true
console.log(hasNestedPair("[[[]"));   // false
console.log(hasNestedPair("]][["));   // false
''',

    138: r'''// Can `total` be written as the sum of exactly four positive even numbers?
// The smallest such sum is 2 + 2 + 2 + 2 = 8, and any larger even number can
// be reached by growing one of the addends, so the check is just
// "even and at least 8".
export default function splitsIntoFourEvens(total) {
  return total % 2 === 0 && total >= 8;
}
''',

    141: r'''const ALLOWED_EXTENSIONS = new Set(["txt", "exe", "dll"]);

/**
 * Validate a file name and answer "Yes" or "No". A valid name
 *  - has exactly one dot, splitting it into a stem and an extension,
 *  - has a non-empty stem that starts with an ASCII letter,
 *  - uses no more than three digits,
 *  - ends in one of the extensions txt, exe or dll.
 *
 * @param {string} name
 * @returns {"Yes" | "No"}
 */
function checkFileName(name) {
  const parts = name.split(".");
  if (parts.length !== 2) return "No";

  const [stem, ext] = parts;
  if (!ALLOWED_EXTENSIONS.has(ext)) return "No";
  if (!/^[A-Za-z]/.test(stem)) return "No";

  const digitCount = (stem.match(/\d/g) || []).length;
  return digitCount <= 3 ? "Yes" : "No";
}

module.exports = checkFileName;
''',

    142: r'''#!/usr/bin/env node
// Transform each entry according to its index, then add everything up:
//   index divisible by 3            -> square the entry
//   else index divisible by 4       -> cube the entry
//   any other index                 -> keep the entry as it is
const weightedTotal = (nums) =>
  nums.reduce((sum, x, i) => {
    if (i % 3 === 0) return sum + x ** 2;
    if (i % 4 === 0) return sum + x ** 3;
    return sum + x;
  }, 0);

console.log(weightedTotal([2, 3, 4, 5, 6]));              // 252
console.log(weightedTotal([-2, 0, 0, 1]));                // 5
console.log(weightedTotal([1, 1, 1, 1, -2, 1, 1, 1, 1])); // 0
console.log(weightedTotal([]));                           // 0
''',
}

JS_HELDOUT8 = {
    111: r'''// Takes a string of lowercase letters separated by single spaces and reports
// which letter(s) occur most often, as an object mapping letter -> count.
// Ties keep every letter that reaches the top count; an empty input gives {}.
function topLetters(text) {
  const counts = new Map();
  for (const token of text.split(" ")) {
    if (token === "") continue;
    counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  const best = Math.max(0, ...counts.values());
  const result = {};
  for (const [letter, n] of counts) {
    if (n === best) result[letter] = n;
  }
  return result;
}

console.log(topLetters("x y x z y x")); // { x: 3 }
console.log(topLetters("p q p q"));     // { p: 2, q: 2 }
console.log(topLetters("k"));           // { k: 1 }
console.log(topLetters(""));            // {}
''',

    119: r'''Here is a small puzzle about parentheses. You get two strings made only of
`(` and `)`. Glue them together, in either order, and check whether the result
is balanced: every `)` closes an earlier `(` and nothing stays open at the end.
The function answers `"Yes"` if at least one of the two orders works and `"No"`
otherwise.

```js
const isBalanced = (s) => {
  let depth = 0;
  for (const ch of s) {
    depth += ch === "(" ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
};

export function canJoinBalanced([left, right]) {
  return isBalanced(left + right) || isBalanced(right + left) ? "Yes" : "No";
}
```

Only two orders exist, so trying both is cheaper than anything clever.
''',

    127: r'''/**
 * Two closed integer ranges [a, b] and [c, d] overlap on
 * [max(a, c), min(b, d)]. Answer "YES" when the length of that overlap
 * (end minus start) is a prime number and "NO" otherwise, which includes the
 * case where the ranges do not meet at all.
 */
export function overlapIsPrime([startA, endA], [startB, endB]) {
  const span = Math.min(endA, endB) - Math.max(startA, startB);
  if (span < 2) return "NO";
  for (let d = 2; d * d <= span; d++) {
    if (span % d === 0) return "NO";
  }
  return "YES";
}

// overlapIsPrime([2, 7], [5, 10])    -> "YES"  (overlap 5..7, length 2)
// overlapIsPrime([-10, 0], [-7, 20]) -> "YES"  (overlap -7..0, length 7)
// overlapIsPrime([-4, 2], [-2, 9])   -> "NO"   (length 4)
// overlapIsPrime([0, 3], [4, 6])     -> "NO"   (no overlap)
''',

    143: r'''const isPrime = (n) => {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
};

/**
 * Keep only the words of a sentence whose length is a prime number, in their
 * original order, joined back with single spaces.
 *
 * @param {string} sentence  words made of letters, separated by spaces
 * @returns {string}
 */
function keepPrimeLengthWords(sentence) {
  return sentence
    .split(/\s+/)
    .filter((word) => isPrime(word.length))
    .join(" ");
}

module.exports = { keepPrimeLengthWords };
''',

    23: r'''// Number of characters in a string. Spreading the string into an array walks
// it by Unicode code point, so an emoji stored as a surrogate pair counts as
// one character instead of two (which is what plain `.length` would report).
export const charCount = (text) => [...text].length;
''',

    59: r'''const assert = require("assert");

// Largest prime that divides a composite integer greater than 1.
// Divide out small factors one at a time; whatever remains at the end (if it
// is bigger than 1) is itself prime and larger than every factor removed.
function biggestPrimeDivisor(value) {
  let rest = value;
  let largest = 1;
  for (let f = 2; f * f <= rest; f++) {
    while (rest % f === 0) {
      largest = f;
      rest /= f;
    }
  }
  return rest > 1 ? rest : largest;
}

assert.equal(biggestPrimeDivisor(91), 13);
assert.equal(biggestPrimeDivisor(84), 7);
assert.equal(biggestPrimeDivisor(243), 3);
assert.equal(biggestPrimeDivisor(1001), 13);
''',
}

OTHER_JS8 = [
    r'''// Count the consonants (letters other than a, e, i, o, u, in either case)
// that sit at odd indices of a string. Non-letters are ignored.
const oddSlotConsonants = (s) =>
  [...s].filter(
    (ch, i) => i % 2 === 1 && /[a-z]/i.test(ch) && !/[aeiou]/i.test(ch)
  ).length;

console.log(oddSlotConsonants("javascript")); // 2
console.log(oddSlotConsonants("Rhythm"));     // 3
console.log(oddSlotConsonants(""));           // 0
''',

    r'''/**
 * Keep only the words whose length is even, preserving their order, and join
 * them back together with single spaces.
 *
 * @param {string} sentence
 * @returns {string}
 */
export function evenLengthWords(sentence) {
  return sentence
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0 && word.length % 2 === 0)
    .join(" ");
}
''',

    r'''const assert = require("node:assert");

// Find the largest odd number in the array and the LAST index where it
// appears. Return [value, index], or [] when the array holds no odd number.
function pickLargestOdd(values) {
  let best = [];
  values.forEach((v, i) => {
    if (Math.abs(v % 2) === 1 && (best.length === 0 || v >= best[0])) {
      best = [v, i];
    }
  });
  return best;
}

assert.deepStrictEqual(pickLargestOdd([3, 8, 7, 7, 2]), [7, 3]);
assert.deepStrictEqual(pickLargestOdd([-5, -3, 4]), [-3, 1]);
assert.deepStrictEqual(pickLargestOdd([1]), [1, 0]);
assert.deepStrictEqual(pickLargestOdd([2, 4]), []);
''',

    r'''class WordRules {
  // A word passes when it is at least two characters long and no character
  // is immediately followed by the same character again.
  static hasNoDoubledLetters(word) {
    return word.length >= 2 && !/(.)\1/s.test(word);
  }
}

module.exports = WordRules;
''',

    r'''// From the first `count` numbers, add up only those written with exactly
// three digits, ignoring the sign (100..999 and -999..-100).
const sumThreeDigitPrefix = (nums, count) =>
  nums
    .slice(0, count)
    .filter((n) => Math.abs(n) >= 100 && Math.abs(n) <= 999)
    .reduce((sum, n) => sum + n, 0);

console.log(sumThreeDigitPrefix([100, 5, 999, 1000, 250], 4)); // 1099
console.log(sumThreeDigitPrefix([100, 5, 999, 1000, 250], 2)); // 100
console.log(sumThreeDigitPrefix([-123, 45, 678], 3));          // 555
''',

    r'''Validating a username is a good excuse to combine a regex with a couple of
plain checks instead of writing one monster pattern. The rules here:

- between 3 and 12 characters long,
- starts with a letter,
- only letters, digits and underscores,
- at most two underscores in total, and it may not end with one.

```js
function isValidUsername(name) {
  if (name.length < 3 || name.length > 12) return false;
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return false;
  const underscores = [...name].filter((ch) => ch === "_").length;
  return underscores <= 2 && !name.endsWith("_");
}
```

Keeping the underscore rule outside the regex makes it easy to tweak later.
''',
]
