"""Seventeenth batch of hand-written documents, JavaScript (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS17: positives keyed by HumanEval item number, items 6, 14, 16, 32, 46,
    54, 64, 81, 85, 86, 97, 101, 113, 114, 117, 128, 137, 145, 149, 162.
  JS_HELDOUT17: held-out documents, items 15, 19, 27, 63, 119, 131, 139, 143.
  OTHER_JS17: seven JavaScript look-alikes with a different rule:
    0. for each space-separated bracket token, count its top-level groups
       (how many times the depth comes back to zero), not its deepest level.
    1. product (not sum) of the even values at odd indices; 1 if none.
    2. count runs of consecutive vowels (a crude syllable count), no 'y' rule.
    3. percentage scores (0-100) to plain A/B/C/D/F letters, >= cut-offs.
    4. Narayana's cows sequence: a(n) = a(n-1) + a(n-3), seeds 1, 1, 1.
    5. anagram test: same letters with the same multiplicities, ignoring
       case and spaces (not just the same set of characters).
    6. largest sum of a window of exactly k consecutive elements (null if
       there is no such window).
"""

JS17 = {}
JS_HELDOUT17 = {}
OTHER_JS17 = []

JS17[6] = r'''// paren-depth.js
//
// Input is one line holding several bracket groups separated by blanks,
// e.g. "(()) ((()())) ()". For every group we want to know how deep the
// nesting goes at its worst point:
//
//   nestingDepths("(()) ((()())) ()")   ->  [2, 3, 1]
//   nestingDepths("((((()))))")         ->  [5]
//
// Extra blanks between groups are ignored.

'use strict';

function maxDepthOfGroup(group) {
  let level = 0;
  let deepest = 0;
  for (const ch of group) {
    if (ch === '(') {
      level += 1;
      if (level > deepest) {
        deepest = level;
      }
    } else {
      level -= 1;
    }
  }
  return deepest;
}

function nestingDepths(line) {
  return line
    .split(' ')
    .filter((token) => token.length > 0)
    .map(maxDepthOfGroup);
}

module.exports = { nestingDepths, maxDepthOfGroup };
'''

JS17[14] = r'''/**
 * string-utils.js
 * Small helpers shared by the search box / autocomplete widget.
 */
'use strict';

function capitalize(word) {
  if (!word) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Collect every leading slice of `text`: first the slice made of the
 * first character only, then one more character each step, finishing
 * with the full string. Nothing is returned for an empty string.
 *
 * @param {string} text
 * @returns {string[]}
 */
function leadingSlices(text) {
  const slices = [];
  for (let end = 1; end <= text.length; end++) {
    slices.push(text.substring(0, end));
  }
  return slices;
}

function chunk(items, size) {
  const groups = [];
  for (let i = 0; i < items.length; i += size) {
    groups.push(items.slice(i, i + size));
  }
  return groups;
}

module.exports = { capitalize, leadingSlices, chunk };
'''

JS17[16] = r'''**Q: Count the different characters in a string, ignoring upper/lower case**

I have a string like `"Banana"` and I need the number of different characters
in it, but `B` and `b` should count as one character. My loop with `indexOf`
works but is ugly. Is there a shorter way?

**A:**

Lower-case the string first, then drop it into a `Set` -- a `Set` keeps one
copy of every value, and strings are iterable character by character:

```js
function uniqueCharCount(str) {
  return new Set(str.toLowerCase()).size;
}

console.log(uniqueCharCount("Banana"));   // 3  -> b, a, n
console.log(uniqueCharCount("AaBbCc!"));  // 4  -> a, b, c, !
console.log(uniqueCharCount(""));         // 0
```

Spaces and punctuation count as characters too; filter them out before
building the set if you only care about letters.
'''

JS17[32] = r'''Finding a root of a polynomial by bisection

A polynomial is stored as an array of coefficients, lowest power first, so
`[c0, c1, c2]` means c0 + c1*x + c2*x^2. We only ever feed this routine
arrays with an even number of coefficients whose last entry is non-zero:
that makes the degree odd, so the function heads to opposite infinities on
the two sides and is guaranteed to cross zero somewhere. We start with the
interval [-1, 1], keep doubling it until the signs at the two ends differ,
then halve it until it is narrower than 1e-10. Only one root is returned,
even when there are several.

```js
// Horner's rule: value of the polynomial at x.
export function evalPolynomial(coeffs, x) {
  let acc = 0;
  for (let i = coeffs.length - 1; i >= 0; i--) {
    acc = acc * x + coeffs[i];
  }
  return acc;
}

export function bisectRoot(coeffs) {
  let lo = -1.0;
  let hi = 1.0;
  while (evalPolynomial(coeffs, lo) * evalPolynomial(coeffs, hi) > 0) {
    lo *= 2;
    hi *= 2;
  }
  while (hi - lo > 1e-10) {
    const mid = (lo + hi) / 2;
    if (evalPolynomial(coeffs, mid) * evalPolynomial(coeffs, lo) > 0) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return lo;
}
```
'''

JS17[46] = r'''/*
 * Quadbonacci-style sequence, iterative version (no recursion).
 *
 *   q(0) = 0, q(1) = 0, q(2) = 2, q(3) = 0
 *   q(n) = q(n-1) + q(n-2) + q(n-3) + q(n-4)   for n >= 4
 *
 * Only the last four terms are kept around, so memory is constant.
 */
function quadSum(n) {
  const seed = [0, 0, 2, 0];
  if (n < 4) return seed[n];

  let [a, b, c, d] = seed;
  for (let i = 4; i <= n; i++) {
    [a, b, c, d] = [b, c, d, a + b + c + d];
  }
  return d;
}

console.assert(quadSum(9) === 54, 'q(9)');
console.assert(quadSum(11) === 200, 'q(11)');
console.assert(quadSum(13) === 744, 'q(13)');
'''

JS17[54] = r'''> **review comment** on `src/text/compare.js`, line 12
>
> `sameLetters(a, b)` is supposed to tell whether two words are built from
> the same characters -- how often each one appears doesn't matter, only
> which characters show up. The nested `includes` loops are quadratic and
> also only check one direction, so a character that is in `b` but not in
> `a` slips through. Suggest comparing the two character sets instead:

```js
function charSet(word) {
  return new Set(word);
}

function sameLetters(a, b) {
  const left = charSet(a);
  const right = charSet(b);
  if (left.size !== right.size) {
    return false;
  }
  for (const ch of left) {
    if (!right.has(ch)) {
      return false;
    }
  }
  return true;
}

module.exports = { sameLetters };
```

> Same size plus "every element of one is in the other" is enough for set
> equality, so no need to check the other direction once the sizes match.
'''

JS17[64] = r'''// vowels.js
const PLAIN_VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Number of vowels in a single word. a, e, i, o and u always count (either
 * case); the letter y counts as well, but only when it is the word's final
 * letter.
 */
function countWordVowels(word) {
  const lower = word.toLowerCase();
  let total = 0;
  for (const ch of lower) {
    if (PLAIN_VOWELS.has(ch)) total++;
  }
  if (lower[lower.length - 1] === 'y') total++;
  return total;
}

module.exports = { countWordVowels };

// vowels.test.js
const { countWordVowels } = require('./vowels');

describe('countWordVowels', () => {
  test('y at the end is a vowel', () => {
    expect(countWordVowels('sky')).toBe(1);
    expect(countWordVowels('HAPPY')).toBe(2);
  });

  test('y elsewhere is not', () => {
    expect(countWordVowels('Yellow')).toBe(2);
    expect(countWordVowels('rhythm')).toBe(0);
  });

  test('ordinary words', () => {
    expect(countWordVowels('Oboe')).toBe(3);
  });
});
'''

JS17[81] = r'''// gpa-letters.js
//
// Turns a list of grade point averages into letter grades. A perfect 4.0
// is an A+; every other grade is matched against the cut-offs below from
// the top down, and a GPA has to be strictly above a cut-off to earn that
// letter. Anything that is not above 0.0 gets an E.

const CUTOFFS = [
  [3.7, 'A'],
  [3.3, 'A-'],
  [3.0, 'B+'],
  [2.7, 'B'],
  [2.3, 'B-'],
  [2.0, 'C+'],
  [1.7, 'C'],
  [1.3, 'C-'],
  [1.0, 'D+'],
  [0.7, 'D'],
  [0.0, 'D-'],
];

function letterFor(gpa) {
  if (gpa === 4.0) {
    return 'A+';
  }
  for (const [limit, letter] of CUTOFFS) {
    if (gpa > limit) {
      return letter;
    }
  }
  return 'E';
}

function gpasToLetters(gpas) {
  return gpas.map(letterFor);
}

module.exports = { gpasToLetters, letterFor };
'''

JS17[85] = r'''// Sum of the even numbers that sit at odd positions (index 1, 3, 5, ...)
// of a non-empty array of integers.
//
//   evenAtOddSlots([3, 8, 5, 6, 1])   // 8 + 6 = 14
//   evenAtOddSlots([1, 3, 5])         // 0  (3 is at index 1 but is odd)
//   evenAtOddSlots([7, -4, 2])        // -4
const evenAtOddSlots = (nums) =>
  nums.reduce(
    (total, value, idx) => (idx % 2 === 1 && value % 2 === 0 ? total + value : total),
    0
  );
'''

JS17[86] = r'''Sorting the letters inside each word

A small string exercise from this week's practice set: given a sentence,
rewrite every word so that its characters appear in ascending character-code
order, while keeping the words where they were. The tricky part is the
whitespace -- the output has to keep every blank exactly where it was,
including runs of several blanks. Splitting on a single space character
(rather than on a regex such as /\s+/) gives empty strings for consecutive
blanks, and joining those back with a single space restores the original
spacing for free. Punctuation is treated like any other character, and since
upper-case letters have smaller codes than lower-case ones they move to the
front of a word.

```js
function sortWordLetters(sentence) {
  const words = sentence.split(' ');
  const rebuilt = [];
  for (const word of words) {
    const letters = Array.from(word);
    letters.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    rebuilt.push(letters.join(''));
  }
  return rebuilt.join(' ');
}
```
'''

JS17[97] = r'''/**
 * Multiplies the last digits of two integers.
 *
 * Only the ones digit of each argument matters; the sign is ignored.
 *
 * @example
 * lastDigitProduct(36, 47);   // 6 * 7 = 42
 * lastDigitProduct(120, 5);   // 0 * 5 = 0
 * lastDigitProduct(-25, 4);   // 5 * 4 = 20
 *
 * @param {number} x
 * @param {number} y
 * @returns {number}
 */
function lastDigitProduct(x, y) {
  const onesX = Math.abs(x % 10);
  const onesY = Math.abs(y % 10);
  return onesX * onesY;
}

module.exports = lastDigitProduct;
'''

JS17[101] = r'''#!/usr/bin/env node
// tags.js -- reads a tag list from the command line and prints one per line.
//
// Users type tags however they like: separated by commas, by spaces, or by
// a mix of both, sometimes with stray commas at the end. We just want the
// words.

'use strict';

function splitTags(raw) {
  if (!raw) {
    return [];
  }
  return raw.split(/[\s,]+/).filter((piece) => piece !== '');
}

function main(argv) {
  const input = argv.slice(2).join(' ');
  for (const tag of splitTags(input)) {
    process.stdout.write(tag + '\n');
  }
}

if (require.main === module) {
  main(process.argv);
}

module.exports = { splitTags };
'''

JS17[113] = r'''## The "odd elements" string puzzle

You get an array of strings made only of digits. For each string, count its
odd digits and produce the sentence

    "the number of odd elements in the string i of the input."

except that every letter `i` in that sentence is swapped for the count. So
`"in"` turns into `"4n"`, `"string"` into `"str4ng"` and `"input"` into
`"4nput"` when the count is 4. Because the template is fixed, the easiest
solution is literally a global replace on it:

```js
const TEMPLATE = 'the number of odd elements in the string i of the input.';

function oddDigitCount(digits) {
  let odd = 0;
  for (const d of digits) {
    if (Number(d) % 2 === 1) odd++;
  }
  return odd;
}

function oddSentences(list) {
  return list.map((s) => TEMPLATE.replace(/i/g, String(oddDigitCount(s))));
}

console.log(oddSentences(['2468']));
// [ 'the number of odd elements 0n the str0ng 0 of the 0nput.' ]
console.log(oddSentences(['13579', '20']));
// [ 'the number of odd elements 5n the str5ng 5 of the 5nput.',
//   'the number of odd elements 0n the str0ng 0 of the 0nput.' ]
```
'''

JS17[114] = r'''/**
 * Smallest possible sum of a contiguous, non-empty run of elements.
 *
 * This is Kadane's algorithm turned upside down: `current` is the smallest
 * sum of a run that ends at the element we are looking at. Either that run
 * is the element on its own, or it extends the best run ending one step
 * earlier -- whichever is smaller. The answer is the smallest `current`
 * seen anywhere. Runs in O(n) time and O(1) extra space.
 *
 * @param {number[]} values  non-empty array of integers
 * @returns {number}
 */
function smallestRunSum(values) {
  let current = values[0];
  let best = values[0];
  for (let i = 1; i < values.length; i++) {
    current = Math.min(values[i], current + values[i]);
    best = Math.min(best, current);
  }
  return best;
}

module.exports = { smallestRunSum };
'''

JS17[117] = r'''// Assignment 4, exercise 2
//
// Write wordsWithConsonants(text, k): return the words of `text` (in their
// original order) that contain exactly k consonants. Text has only letters
// and spaces. Any letter that is not a, e, i, o or u (in either case) is a
// consonant -- that includes y. An empty text gives an empty array.

function consonantCount(word) {
  let count = 0;
  for (const letter of word.toLowerCase()) {
    if (!'aeiou'.includes(letter)) {
      count += 1;
    }
  }
  return count;
}

function wordsWithConsonants(text, k) {
  const picked = [];
  for (const word of text.split(/\s+/)) {
    if (word.length > 0 && consonantCount(word) === k) {
      picked.push(word);
    }
  }
  return picked;
}

// --- quick self-check ---------------------------------------------------
const cases = [
  [['Brisk winter mornings', 4], ['Brisk', 'winter']],
  [['Owl at the zoo', 2], ['Owl', 'the']],
  [['', 2], []],
];
for (const [[text, k], expected] of cases) {
  const got = wordsWithConsonants(text, k);
  const ok = JSON.stringify(got) === JSON.stringify(expected);
  console.log(ok ? 'PASS' : 'FAIL', JSON.stringify(text), k, '->', got);
}
'''

JS17[128] = r'''// Sum of absolute values, multiplied by the product of all the signs.
// A zero anywhere makes the sign product 0; an empty array gives null.
//
//   signedMagnitude([3, -2, -5])  -> 10   (two negatives: sign +1, 3+2+5)
//   signedMagnitude([-7, 2])      -> -9
//   signedMagnitude([4, 0, -1])   -> 0
//   signedMagnitude([])           -> null

const signedMagnitude = (arr) => {
  if (arr.length === 0) return null;
  let negatives = 0;
  let hasZero = false;
  let magnitude = 0;
  for (const n of arr) {
    if (n === 0) hasZero = true;
    else if (n < 0) negatives++;
    magnitude += Math.abs(n);
  }
  const sign = hasZero ? 0 : negatives % 2 === 0 ? 1 : -1;
  return sign * magnitude;
};

export default signedMagnitude;
'''

JS17[137] = r'''/**
 * @typedef {number | string} Numberish
 * A number, or a string holding a real number. European-style strings use
 * a comma as the decimal separator, so "3,75" is read as 3.75.
 */

/**
 * Reads a Numberish as a plain number.
 * @param {Numberish} value
 * @returns {number}
 */
function numericValue(value) {
  if (typeof value === 'string') {
    return Number(value.replace(/,/g, '.'));
  }
  return value;
}

/**
 * Returns whichever argument is bigger, exactly as it was passed in (a
 * string stays a string, a number stays a number). When both represent the
 * same value the result is null.
 *
 * @param {Numberish} first
 * @param {Numberish} second
 * @returns {Numberish | null}
 */
function largerOf(first, second) {
  const a = numericValue(first);
  const b = numericValue(second);
  if (a === b) return null;
  return a > b ? first : second;
}

module.exports = { largerOf, numericValue };
'''

JS17[145] = r'''const assert = require('assert');

// Digit sum where a negative number's leading digit counts as negative:
// -30 -> -3 + 0 = -3, 21 -> 2 + 1 = 3.
function signedDigitSum(n) {
  const digits = String(Math.abs(n)).split('').map(Number);
  if (n < 0) {
    digits[0] = -digits[0];
  }
  return digits.reduce((a, b) => a + b, 0);
}

// Order numbers by signedDigitSum, ascending. Numbers with equal sums keep
// the order they had in the input (we carry the index to be explicit about
// it instead of trusting the engine's sort to be stable).
function sortByDigitSum(numbers) {
  return numbers
    .map((value, index) => ({ value, index, key: signedDigitSum(value) }))
    .sort((p, q) => p.key - q.key || p.index - q.index)
    .map((entry) => entry.value);
}

assert.deepStrictEqual(sortByDigitSum([21, -5, 3, 100, -30]), [-5, -30, 100, 21, 3]);
assert.deepStrictEqual(sortByDigitSum([]), []);
'''

JS17[149] = r'''// Keep only the words whose length is even, then order what is left by
// length (shortest first); words of equal length are ordered alphabetically
// by plain character codes. Duplicates are kept.
function evenLengthSorted(words) {
  return words
    .filter((w) => w.length % 2 === 0)
    .sort((a, b) => {
      if (a.length !== b.length) return a.length - b.length;
      if (a < b) return -1;
      if (a > b) return 1;
      return 0;
    });
}

module.exports = evenLengthSorted;
'''

JS17[162] = r'''// hashing.js
'use strict';

const crypto = require('crypto');

/**
 * Hex-encoded MD5 digest of a string, or null when the string is empty.
 * (MD5 is fine for cache keys and checksums, not for passwords.)
 */
function md5Hex(text) {
  if (!text) {
    return null;
  }
  return crypto.createHash('md5').update(text, 'utf8').digest('hex');
}

function isHexDigest(value, length = 32) {
  return typeof value === 'string' && new RegExp('^[0-9a-f]{' + length + '}$').test(value);
}

module.exports = { md5Hex, isHexDigest };
'''

JS_HELDOUT17[15] = r'''/**
 * Builds "0 1 2 ... n": every integer from zero up to and including n,
 * separated by single spaces.
 *
 *   countUpString(4)  // "0 1 2 3 4"
 *   countUpString(1)  // "0 1"
 */
function countUpString(n) {
  return Array.from({ length: n + 1 }, (_, i) => i).join(' ');
}

console.log(countUpString(4)); // 0 1 2 3 4
'''

JS_HELDOUT17[19] = r'''// number-words.js
//
// The input is a string of English number words ("zero" through "nine")
// separated by spaces. Return the same words, re-ordered by the value they
// name, smallest first, joined by single spaces.

const WORD_VALUES = {
  zero: 0, one: 1, two: 2, three: 3, four: 4,
  five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

function orderNumberWords(text) {
  const words = text.split(' ').filter((w) => w !== '');
  words.sort((a, b) => WORD_VALUES[a] - WORD_VALUES[b]);
  return words.join(' ');
}

module.exports = { orderNumberWords };
'''

JS_HELDOUT17[27] = r'''/**
 * Returns a copy of the string where every lower-case letter has become
 * upper-case and every upper-case letter lower-case. Characters without
 * case (digits, punctuation, spaces) pass through unchanged.
 */
export function invertLetterCase(input) {
  let out = '';
  for (const ch of input) {
    const lower = ch.toLowerCase();
    out += ch !== lower ? lower : ch.toUpperCase();
  }
  return out;
}
'''

JS_HELDOUT17[63] = r'''// "Tribonacci with a late start": t(0) = 0, t(1) = 0, t(2) = 1 and after
// that every term is the sum of the three terms before it.
//
//   n:    0  1  2  3  4  5  6  7
//   t(n): 0  0  1  1  2  4  7  13
//
// The naive recursive version is exponential; this one memoises.

const memo = new Map([[0, 0], [1, 0], [2, 1]]);

function lateTribonacci(n) {
  if (memo.has(n)) return memo.get(n);
  // fill upwards so we never recurse deeply
  let k = 3;
  while (memo.has(k)) k++;
  for (; k <= n; k++) {
    memo.set(k, memo.get(k - 1) + memo.get(k - 2) + memo.get(k - 3));
  }
  return memo.get(n);
}

console.log(lateTribonacci(6)); // 7
console.log(lateTribonacci(7)); // 13
'''

JS_HELDOUT17[119] = r'''/*
 * Two strings of '(' and ')' are given as a pair. Can they be glued together,
 * in one order or the other, so that the result is a correctly balanced
 * bracket string? Answer "Yes" or "No".
 *
 *   canJoinBalanced(['(()', ')'])   => "Yes"   ("(()" + ")" = "(())")
 *   canJoinBalanced([')', '(('])    => "No"
 */

function isBalanced(str) {
  let open = 0;
  for (const c of str) {
    open += c === '(' ? 1 : -1;
    if (open < 0) return false;
  }
  return open === 0;
}

function canJoinBalanced([first, second]) {
  return isBalanced(first + second) || isBalanced(second + first) ? 'Yes' : 'No';
}
'''

JS_HELDOUT17[131] = r'''// Multiply together the odd digits of a positive integer. If the number has
// no odd digit at all, the answer is 0 rather than the empty product.
function oddDigitProduct(n) {
  let product = 1;
  let sawOdd = false;
  let rest = n;
  while (rest > 0) {
    const digit = rest % 10;
    if (digit % 2 === 1) {
      product *= digit;
      sawOdd = true;
    }
    rest = Math.floor(rest / 10);
  }
  return sawOdd ? product : 0;
}

module.exports = oddDigitProduct;
'''

JS_HELDOUT17[139] = r'''# superfactorial.js

The "Brazilian" factorial of a positive integer n is the product of all the
ordinary factorials from 1! up to n!:

    n! * (n-1)! * ... * 2! * 1!

so for n = 3 it is 3! * 2! * 1! = 6 * 2 * 1 = 12, and for n = 6 it is
24883200. The running factorial is updated in the same loop, so there is
no need to recompute each k! from scratch.

```js
function brazilianFactorial(n) {
  let factorial = 1;
  let result = 1;
  for (let k = 1; k <= n; k++) {
    factorial *= k;
    result *= factorial;
  }
  return result;
}

console.log(brazilianFactorial(3)); // 12
console.log(brazilianFactorial(6)); // 24883200
```

The values grow very fast; past n = 7 or so switch to BigInt if you need
exact results.
'''

JS_HELDOUT17[143] = r'''function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

// From a sentence of space-separated words, keep the words whose length is
// a prime number, in their original order, joined back with single spaces.
function primeLengthWords(sentence) {
  return sentence
    .split(' ')
    .filter((word) => word.length > 0 && isPrime(word.length))
    .join(' ');
}
'''

OTHER_JS17.append(r'''// group-count.js
//
// Each blank-separated token of the input is a balanced string of round
// brackets. For each token, report how many top-level groups it is made of,
// i.e. how many times the nesting depth climbs up from zero.
//
//   topLevelGroups("()() (()) (()())(())")   ->  [2, 1, 2]
//   topLevelGroups("((()))")                 ->  [1]

function countTopLevel(token) {
  let depth = 0;
  let groups = 0;
  for (const ch of token) {
    if (ch === '(') {
      if (depth === 0) groups++;
      depth++;
    } else if (ch === ')') {
      depth--;
    }
  }
  return groups;
}

function topLevelGroups(line) {
  return line.split(' ').filter(Boolean).map(countTopLevel);
}

module.exports = { topLevelGroups };
''')

OTHER_JS17.append(r'''/**
 * Multiplies together the even values stored at odd indices (1, 3, 5, ...).
 * When there is no such value the empty product, 1, is returned.
 *
 * @param {number[]} list
 * @returns {number}
 */
function evenOddIndexProduct(list) {
  let product = 1;
  for (let i = 1; i < list.length; i += 2) {
    if (list[i] % 2 === 0) {
      product *= list[i];
    }
  }
  return product;
}

module.exports = evenOddIndexProduct;
''')

OTHER_JS17.append(r'''A very rough syllable estimate

For a word-game prototype I needed "how many syllables does this word have",
and a decent first approximation is to count the runs of consecutive vowels:
"beautiful" has the runs "eau", "i" and "u", so 3; "queue" is one long run,
so 1; "rhythm" has no a/e/i/o/u at all, so 0 (yes, it is wrong for that one).
Case does not matter and y is never treated as a vowel here.

```js
function vowelRuns(word) {
  const isVowel = (c) => 'aeiou'.includes(c);
  let runs = 0;
  let inRun = false;
  for (const c of word.toLowerCase()) {
    if (isVowel(c)) {
      if (!inRun) runs++;
      inRun = true;
    } else {
      inRun = false;
    }
  }
  return runs;
}

console.log(vowelRuns('beautiful')); // 3
console.log(vowelRuns('queue'));     // 1
console.log(vowelRuns('rhythm'));    // 0
```
''')

OTHER_JS17.append(r'''// Converts exam percentages (0-100) to plain letter grades, no plus/minus:
//   90 and above -> A, 80 and above -> B, 70 and above -> C,
//   60 and above -> D, anything lower -> F.
//
//   percentToLetters([95, 82.5, 70, 59]) -> ['A', 'B', 'C', 'F']

const BANDS = [
  { min: 90, letter: 'A' },
  { min: 80, letter: 'B' },
  { min: 70, letter: 'C' },
  { min: 60, letter: 'D' },
];

function percentToLetters(scores) {
  return scores.map((score) => {
    const band = BANDS.find((b) => score >= b.min);
    return band ? band.letter : 'F';
  });
}
''')

OTHER_JS17.append(r'''/*
 * Narayana's cows: a cow gives birth to one calf every year starting in its
 * fourth year. The herd sizes follow
 *
 *   c(0) = c(1) = c(2) = 1
 *   c(n) = c(n-1) + c(n-3)
 *
 * which gives 1, 1, 1, 2, 3, 4, 6, 9, 13, 19, 28, ... Computed with a loop,
 * no recursion.
 */
function herdSize(n) {
  if (n < 3) return 1;
  let a = 1, b = 1, c = 1; // c(n-3), c(n-2), c(n-1)
  for (let i = 3; i <= n; i++) {
    const next = c + a;
    a = b;
    b = c;
    c = next;
  }
  return c;
}

console.assert(herdSize(7) === 9);
console.assert(herdSize(10) === 28);
''')

OTHER_JS17.append(r'''// anagram.js
//
// Two phrases are anagrams when they use exactly the same letters the same
// number of times. Upper/lower case and spaces are ignored; everything else
// (digits, punctuation) has to match too.

function letterTally(phrase) {
  const tally = new Map();
  for (const ch of phrase.toLowerCase()) {
    if (ch === ' ') continue;
    tally.set(ch, (tally.get(ch) || 0) + 1);
  }
  return tally;
}

function areAnagrams(first, second) {
  const a = letterTally(first);
  const b = letterTally(second);
  if (a.size !== b.size) return false;
  for (const [ch, count] of a) {
    if (b.get(ch) !== count) return false;
  }
  return true;
}

module.exports = { areAnagrams };
''')

OTHER_JS17.append(r'''// Largest total of any k consecutive elements (a fixed-size sliding
// window). Returns null when k is not between 1 and the array length.
//
//   bestWindowSum([4, -1, 6, 2, -8, 5], 3)  // 9   (4 - 1 + 6)
//   bestWindowSum([4, -1, 6, 2, -8, 5], 1)  // 6
//   bestWindowSum([1, 2], 3)                // null

function bestWindowSum(values, k) {
  if (k < 1 || k > values.length) return null;
  let windowSum = 0;
  for (let i = 0; i < k; i++) windowSum += values[i];
  let best = windowSum;
  for (let i = k; i < values.length; i++) {
    windowSum += values[i] - values[i - k];
    if (windowSum > best) best = windowSum;
  }
  return best;
}
''')
