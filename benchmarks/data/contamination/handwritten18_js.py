"""Eighteenth batch of hand-written documents, JavaScript (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS18: positives keyed by HumanEval item number, items 0, 12, 22, 28, 30,
    34, 38, 60, 66, 81, 86, 89, 96, 116, 120, 142, 150, 154, 156, 157.
  JS_HELDOUT18: held-out documents, items 3, 7, 19, 75, 127, 131, 139, 147.
  OTHER_JS18: seven JavaScript look-alikes with a different rule:
    0. shortest string of an array (first one on ties, null when empty).
    1. sum of the character codes of the lowercase letters only.
    2. progressive Caesar cipher: the k-th character is shifted by k places.
    3. sort non-negative integers by their number of trailing zero bits, ties by value.
    4. parse a lowercase roman numeral back into an integer.
    5. decide whether three side lengths form an obtuse triangle.
    6. decide whether one string is a rotation of another of the same length.
"""

JS18 = {}
JS_HELDOUT18 = {}
OTHER_JS18 = []


JS18[0] = r'''// utils/numeric.js
'use strict';

/**
 * Clamp a value into the closed range [lo, hi].
 */
function clamp(value, lo, hi) {
  return Math.min(hi, Math.max(lo, value));
}

/**
 * Returns true when at least two entries of `values` lie strictly less than
 * `tolerance` apart from each other.
 *
 * Sorting a copy first means we only have to look at neighbours: if any two
 * readings are that close, then some adjacent pair in sorted order is at
 * least as close. O(n log n) instead of comparing every pair.
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

/**
 * Arithmetic mean; NaN for an empty list.
 */
function mean(values) {
  if (values.length === 0) return NaN;
  return values.reduce((acc, v) => acc + v, 0) / values.length;
}

module.exports = { clamp, anyPairWithin, mean };
'''

JS18[12] = r'''**Q: How do I pick the longest string out of an array, keeping the earliest one when several have the same length?**

You can do it with a single `reduce`. The trick is to replace the current best only when the candidate is *strictly* longer, so a string of equal length that shows up later never takes over. For an empty array there is nothing sensible to return, so hand back `null`:

```js
function longestWord(words) {
  if (words.length === 0) {
    return null;
  }
  return words.reduce((best, w) => (w.length > best.length ? w : best));
}

console.log(longestWord(["pear", "banana", "cherry"])); // "banana"
console.log(longestWord(["x", "y", "z"]));              // "x"
console.log(longestWord([]));                           // null
```

Note that `reduce` without an initial value throws a TypeError on an empty array, which is why the guard at the top is needed.
'''

JS18[22] = r'''/**
 * Keep only the whole-number entries of a mixed array, in their original
 * order. Strings, objects, arrays and fractional numbers are dropped.
 *
 *   onlyIntegers([7, "7", 2.5, null, -3, {}])  // => [7, -3]
 *   onlyIntegers(["a", [], 0.1])               // => []
 *
 * @param {Array<*>} items
 * @returns {number[]}
 */
const onlyIntegers = (items) => items.filter((item) => Number.isInteger(item));

module.exports = onlyIntegers;
'''

JS18[28] = r'''// strings.js -- a few tiny string helpers used around the CLI

function capitalize(word) {
  if (!word) return word;
  return word[0].toUpperCase() + word.slice(1);
}

// Glue every piece of the array together, in order, with nothing in between.
// An empty array gives back the empty string.
function glue(pieces) {
  let out = "";
  for (const piece of pieces) {
    out += piece;
  }
  return out;
}

function padLeft(text, width, fill = " ") {
  while (text.length < width) {
    text = fill + text;
  }
  return text;
}

module.exports = { capitalize, glue, padLeft };
'''

JS18[30] = r'''// Exercise 4: write a function that takes an array of numbers and returns a
// new array holding only the ones strictly greater than zero. Zero itself is
// not positive, so it gets dropped along with the negatives.

function keepPositives(nums) {
  const result = [];
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] > 0) {
      result.push(nums[i]);
    }
  }
  return result;
}

// quick checks
console.assert(JSON.stringify(keepPositives([0, -8, 3, 12, -1])) === "[3,12]");
console.assert(JSON.stringify(keepPositives([-4, -4])) === "[]");
console.assert(JSON.stringify(keepPositives([2.5, 0, 7])) === "[2.5,7]");
'''

JS18[34] = r'''> **review comment on `src/report/distinct.js`, line 3**

Original:

```js
function distinctSorted(values) {
  return [...new Set(values)].sort();
}
```

This dedupes fine, but `Array.prototype.sort()` with no comparator compares the elements as strings, so `[10, 9, 100]` would come back as `[10, 100, 9]`. Since this is only ever called with numbers, pass a numeric comparator:

```js
/**
 * Distinct values of `values`, in ascending numeric order.
 * The input array is left untouched.
 */
function distinctSorted(values) {
  const seen = new Set(values);
  return Array.from(seen).sort((a, b) => a - b);
}
```

Otherwise LGTM.
'''

JS18[38] = r'''// cipher3.js
//
// A toy "cycle by threes" scrambler. The text is cut into consecutive chunks
// of three characters; every full chunk is rotated one place to the left
// ("abc" -> "bca"). A trailing chunk of one or two characters is kept as is.
// Undoing it just means rotating each full chunk one place to the right.

function chunks(text, size) {
  const parts = [];
  for (let i = 0; i < text.length; i += size) {
    parts.push(text.slice(i, i + size));
  }
  return parts;
}

function scramble(text) {
  return chunks(text, 3)
    .map((c) => (c.length === 3 ? c.slice(1) + c[0] : c))
    .join("");
}

function unscramble(text) {
  return chunks(text, 3)
    .map((c) => (c.length === 3 ? c[2] + c.slice(0, 2) : c))
    .join("");
}

// scramble("javascript")   === "avjscaiprt"
// unscramble("avjscaiprt") === "javascript"
// unscramble("ab")         === "ab"
console.log(scramble("javascript"), unscramble("avjscaiprt"), unscramble("ab"));

module.exports = { scramble, unscramble };
'''

JS18[60] = r'''Adding up 1 + 2 + ... + n in a loop works, but there is a closed form that
Gauss supposedly found as a schoolboy: pair the first and last terms, the
second and second-to-last, and so on. Every pair sums to n + 1 and there are
n / 2 pairs, so the total is n * (n + 1) / 2. In JavaScript:

    function triangular(n) {
      // n * (n + 1) is always even, so the division is exact
      return (n * (n + 1)) / 2;
    }

Constant time, no loop, and it stays exact for any n you are likely to pass
in (well under Number.MAX_SAFE_INTEGER).
'''

JS18[66] = r'''/**
 * Adds up the character codes of the capital letters (A-Z) in a string and
 * ignores everything else. An empty string gives 0.
 *
 * capitalCodeSum("")        -> 0
 * capitalCodeSum("xYz")     -> 89
 * capitalCodeSum("Hi There") -> 156   (72 + 84)
 */
function capitalCodeSum(text) {
  let total = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) {
      total += code;
    }
  }
  return total;
}

console.log(capitalCodeSum(""), capitalCodeSum("xYz"), capitalCodeSum("Hi There"));
'''

JS18[81] = r'''// gradebook/letters.js
//
// Converts a list of GPAs into letter grades. A perfect 4.0 is an A+;
// otherwise we walk down the cut-offs below and take the first one the GPA
// is strictly above. Anything that is not above 0.0 is an E.

const CUTOFFS = [
  [3.7, "A"],
  [3.3, "A-"],
  [3.0, "B+"],
  [2.7, "B"],
  [2.3, "B-"],
  [2.0, "C+"],
  [1.7, "C"],
  [1.3, "C-"],
  [1.0, "D+"],
  [0.7, "D"],
  [0.0, "D-"],
];

function letterFor(gpa) {
  if (gpa === 4.0) {
    return "A+";
  }
  for (const [limit, letter] of CUTOFFS) {
    if (gpa > limit) {
      return letter;
    }
  }
  return "E";
}

function toLetterGrades(gpas) {
  return gpas.map(letterFor);
}

module.exports = { toLetterGrades, letterFor };
'''

JS18[86] = r'''// Sort the letters *inside* each word, leaving the words where they are.
// Words are whatever sits between single spaces, so runs of spaces are kept
// exactly as they were. Characters are ordered by their code, which puts
// punctuation and capitals before lowercase letters.

const sortWithinWords = (sentence) =>
  sentence
    .split(" ")
    .map((word) => [...word].sort().join(""))
    .join(" ");

// sortWithinWords("dcba")            -> "abcd"
// sortWithinWords("Zebra  cat?")     -> "Zaber  ?act"
// sortWithinWords("")                -> ""
console.log(JSON.stringify(sortWithinWords("Zebra  cat?")));
'''

JS18[89] = r'''const A = "a".charCodeAt(0);

// Shift every lowercase letter four places further along the alphabet,
// wrapping z back round to the start. Anything that isn't a lowercase
// ASCII letter (capitals, digits, spaces, punctuation) passes through.
function rotateFour(message) {
  let out = "";
  for (const ch of message) {
    if (ch >= "a" && ch <= "z") {
      const idx = (ch.charCodeAt(0) - A + 4) % 26;
      out += String.fromCharCode(A + idx);
    } else {
      out += ch;
    }
  }
  return out;
}
'''

JS18[96] = r'''/**
 * All primes strictly smaller than `limit`, in increasing order, using a
 * sieve of Eratosthenes. For limit <= 2 the result is empty.
 *
 * @example
 * primesBelow(10)  // [2, 3, 5, 7]
 * primesBelow(2)   // []
 * primesBelow(14)  // [2, 3, 5, 7, 11, 13]
 */
function primesBelow(limit) {
  if (limit < 3) return [];
  const composite = new Uint8Array(limit);
  const primes = [];
  for (let i = 2; i < limit; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j < limit; j += i) {
      composite[j] = 1;
    }
  }
  return primes;
}

module.exports = primesBelow;
'''

JS18[116] = r'''// Kata: order numbers by how many 1-bits their binary form has (fewest
// first). Numbers with the same bit count are ordered by value. For a
// negative number we count the bits of its absolute value.

function bitCount(n) {
  let x = Math.abs(n);
  let count = 0;
  while (x > 0) {
    count += x & 1;
    x = Math.floor(x / 2);
  }
  return count;
}

function sortByBits(nums) {
  return [...nums].sort((a, b) => bitCount(a) - bitCount(b) || a - b);
}

describe("sortByBits", () => {
  it("puts powers of two first", () => {
    expect(sortByBits([7, 8, 3, 1])).toEqual([1, 8, 3, 7]);
  });
  it("breaks ties by value", () => {
    expect(sortByBits([12, 10, 6, 9])).toEqual([6, 9, 10, 12]);
  });
  it("handles an empty array", () => {
    expect(sortByBits([])).toEqual([]);
  });
});
'''

JS18[120] = r'''/**
 * Return the `k` largest values of `nums` as a new array sorted from small
 * to large. k may be anything from 0 up to nums.length; k = 0 gives [].
 * The caller's array is not modified.
 */
export function topK(nums, k) {
  if (k <= 0) {
    return [];
  }
  const ascending = nums.slice().sort((a, b) => a - b);
  return ascending.slice(ascending.length - k);
}
'''

JS18[142] = r'''// Walk the array once and add up a transformed copy of each element:
//   - index divisible by 3         -> add the square
//   - index divisible by 4 (not 3) -> add the cube
//   - any other index              -> add the element unchanged
// Indexes start at 0, so the very first element is always squared.

function weightedTotal(list) {
  return list.reduce((sum, value, i) => {
    if (i % 3 === 0) return sum + value * value;
    if (i % 4 === 0) return sum + value * value * value;
    return sum + value;
  }, 0);
}

console.log(weightedTotal([]));                 // 0
console.log(weightedTotal([2, 2, 2, 2, 2]));    // 4 + 2 + 2 + 4 + 8 = 20
console.log(weightedTotal([-3, 1, 1, 1, -2]));  // 9 + 1 + 1 + 1 - 8 = 4
'''

JS18[150] = r'''function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

// Chooses between two values depending on whether `n` is prime:
// `whenPrime` for a prime n, `otherwise` for everything else (1 included).
function pickByPrimality(n, whenPrime, otherwise) {
  return isPrime(n) ? whenPrime : otherwise;
}

module.exports = { isPrime, pickByPrimality };
'''

JS18[154] = r'''## containsRotation(text, word)

Returns `true` if `word`, or any rotation of it, appears as a contiguous
substring of `text`. A rotation moves some prefix of the word to its end:
the rotations of `"abc"` are `"abc"`, `"bca"` and `"cab"`.

```js
function containsRotation(text, word) {
  for (let shift = 0; shift < Math.max(word.length, 1); shift++) {
    const rotated = word.slice(shift) + word.slice(0, shift);
    if (text.includes(rotated)) {
      return true;
    }
  }
  return false;
}
```

Examples:

```js
containsRotation("football", "llba");  // true  ("ball" is a rotation of "llba")
containsRotation("football", "tof");   // false
containsRotation("banana", "aab");     // false
containsRotation("banana", "nab");     // true  ("ban")
```
'''

JS18[156] = r'''const NUMERALS = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"],
  [100, "c"], [90, "xc"], [50, "l"], [40, "xl"],
  [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

/**
 * Write a positive integer (1..1000) as a roman numeral in lower case,
 * greedily taking the biggest symbol that still fits.
 *
 *   toRomanLower(8)    === "viii"
 *   toRomanLower(44)   === "xliv"
 *   toRomanLower(999)  === "cmxcix"
 */
function toRomanLower(num) {
  let result = "";
  for (const [value, symbol] of NUMERALS) {
    while (num >= value) {
      result += symbol;
      num -= value;
    }
  }
  return result;
}

console.assert(toRomanLower(8) === "viii");
console.assert(toRomanLower(44) === "xliv");
console.assert(toRomanLower(999) === "cmxcix");
'''

JS18[157] = r'''// geometry.js

// Do the three lengths satisfy Pythagoras, i.e. is there a 90 degree angle?
// Sort so the longest side is last; then it must be the hypotenuse.
function isRightTriangle(p, q, r) {
  const [a, b, c] = [p, q, r].sort((x, y) => x - y);
  return a * a + b * b === c * c;
}

function perimeter(p, q, r) {
  return p + q + r;
}

module.exports = { isRightTriangle, perimeter };
'''


JS_HELDOUT18[3] = r'''// Bank account simulation: the balance starts at 0 and we apply the
// transactions in order (positive = deposit, negative = withdrawal).
// Report whether the balance ever dips under zero at any point.

function everOverdrawn(transactions) {
  let balance = 0;
  for (const amount of transactions) {
    balance += amount;
    if (balance < 0) {
      return true;
    }
  }
  return false;
}

console.log(everOverdrawn([10, -5, -5]));   // false, touches 0 but never below
console.log(everOverdrawn([3, -4, 100]));   // true, goes to -1 after the second
console.log(everOverdrawn([]));             // false
'''

JS_HELDOUT18[7] = r'''/**
 * Returns the entries of `list` that contain `needle` somewhere inside them,
 * keeping their original order. Matching is case-sensitive.
 *
 * @param {string[]} list
 * @param {string} needle
 * @returns {string[]}
 */
function withSubstring(list, needle) {
  return list.filter((entry) => entry.indexOf(needle) !== -1);
}

module.exports = { withSubstring };
'''

JS_HELDOUT18[19] = r'''The input is a string of English number words ("zero" .. "nine") separated
by spaces; the task is to give the same words back, ordered by the number
they name. A lookup table from word to value is all that's needed:

```js
const WORD_VALUE = {
  zero: 0, one: 1, two: 2, three: 3, four: 4,
  five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

function sortNumberWords(sentence) {
  return sentence
    .split(" ")
    .filter((w) => w.length > 0)
    .sort((a, b) => WORD_VALUE[a] - WORD_VALUE[b])
    .join(" ");
}

console.log(sortNumberWords("nine two seven"));   // "two seven nine"
console.log(sortNumberWords("four zero four"));   // "zero four four"
console.log(sortNumberWords(""));                 // ""
```

Filtering out empty tokens means stray double spaces don't blow up the lookup.
'''

JS_HELDOUT18[75] = r'''// Is n the product of exactly three primes (repeats allowed, so 2*2*2
// counts)? Inputs are small (under 100). Count prime factors with
// multiplicity by trial division.
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
'''

JS_HELDOUT18[127] = r'''// intervals.js
//
// Two closed intervals [s1, e1] and [s2, e2] (each with start <= end).
// Take their overlap [max(s1, s2), min(e1, e2)] and measure its length as
// end - start. Answer "YES" if that length is a prime number, "NO"
// otherwise -- including when the intervals don't overlap at all.

function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

function overlapLengthIsPrime([s1, e1], [s2, e2]) {
  const start = Math.max(s1, s2);
  const end = Math.min(e1, e2);
  const length = end - start;
  return length > 0 && isPrime(length) ? "YES" : "NO";
}

// overlapLengthIsPrime([0, 10], [7, 20])  -> "YES"  (overlap [7, 10], length 3)
// overlapLengthIsPrime([0, 4], [4, 9])    -> "NO"   (length 0)
// overlapLengthIsPrime([-6, 0], [-10, -2]) -> "NO"  (length 4)
console.log(overlapLengthIsPrime([0, 10], [7, 20]), overlapLengthIsPrime([0, 4], [4, 9]), overlapLengthIsPrime([-6, 0], [-10, -2]));
'''

JS_HELDOUT18[131] = r'''/**
 * Multiply together the odd digits of a positive integer.
 * If the number has no odd digit at all, the answer is 0.
 */
function oddDigitProduct(n) {
  let product = 1;
  let sawOdd = false;
  while (n > 0) {
    const d = n % 10;
    if (d % 2 === 1) {
      product *= d;
      sawOdd = true;
    }
    n = Math.floor(n / 10);
  }
  return sawOdd ? product : 0;
}

module.exports = oddDigitProduct;
'''

JS_HELDOUT18[139] = r'''// "Superfactorial" of n: 1! * 2! * 3! * ... * n!
// Keep a running factorial and multiply it into the result as we go,
// so each k! is built from (k-1)! with a single multiplication.

function superFactorial(n) {
  let fact = 1;
  let result = 1;
  for (let k = 1; k <= n; k++) {
    fact *= k;
    result *= fact;
  }
  return result;
}

const assert = require("assert");
assert.strictEqual(superFactorial(1), 1);
assert.strictEqual(superFactorial(3), 12);     // 1 * 2 * 6
assert.strictEqual(superFactorial(5), 34560);  // 1 * 2 * 6 * 24 * 120
'''

JS_HELDOUT18[147] = r'''// Build a[i] = i*i - i + 1 for i = 1..n and count the index triples
// i < j < k whose values add up to a multiple of 3.
//
// Rather than looping over all triples, look at a[i] mod 3: it is 0 when
// i % 3 == 2 and 1 otherwise (never 2). Three residues from {0, 1} only sum
// to a multiple of 3 when they're all 0 or all 1, so the answer is
// C(zeros, 3) + C(ones, 3).

function choose3(m) {
  return m < 3 ? 0 : (m * (m - 1) * (m - 2)) / 6;
}

function countTriples(n) {
  let zeros = 0;
  let ones = 0;
  for (let i = 1; i <= n; i++) {
    if ((i * i - i + 1) % 3 === 0) {
      zeros++;
    } else {
      ones++;
    }
  }
  return choose3(zeros) + choose3(ones);
}

module.exports = { countTriples };
'''


OTHER_JS18.append(r'''/**
 * The shortest string in the array. When several share the minimum length
 * the earliest one wins; an empty array gives null.
 *
 *   shortestOf(["kiwi", "fig", "plum", "yam"])  // "fig"
 *   shortestOf([])                             // null
 */
function shortestOf(words) {
  let best = null;
  for (const w of words) {
    if (best === null || w.length < best.length) {
      best = w;
    }
  }
  return best;
}

module.exports = shortestOf;
''')

OTHER_JS18.append(r'''// Sum of the character codes of the lowercase letters a-z in the string;
// capitals, digits, spaces and punctuation contribute nothing.
function lowercaseCodeSum(str) {
  let sum = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      sum += c;
    }
  }
  return sum;
}
''')

OTHER_JS18.append(r'''// progressive-caesar.js
//
// Like a Caesar cipher, except the shift grows as we go: the character at
// position 0 moves 0 places, the one at position 1 moves 1 place, and so on
// (mod 26). Only lowercase letters are shifted, but every character, letter
// or not, advances the position counter.

function progressiveShift(plain) {
  const base = 97;
  let out = "";
  for (let pos = 0; pos < plain.length; pos++) {
    const ch = plain[pos];
    if (ch >= "a" && ch <= "z") {
      out += String.fromCharCode(base + ((ch.charCodeAt(0) - base + pos) % 26));
    } else {
      out += ch;
    }
  }
  return out;
}

module.exports = { progressiveShift };
''')

OTHER_JS18.append(r'''// Order non-negative integers by how many zero bits sit at the low end of
// their binary form (i.e. the exponent of the largest power of two dividing
// them), fewest first; ties are broken by value. Zero is treated as having
// the most trailing zeros of all, so it goes last.

function trailingZeros(n) {
  if (n === 0) return Infinity;
  let count = 0;
  while (n % 2 === 0) {
    n /= 2;
    count++;
  }
  return count;
}

function sortByTrailingZeros(nums) {
  return nums.slice().sort((a, b) => {
    const za = trailingZeros(a);
    const zb = trailingZeros(b);
    if (za !== zb) return za < zb ? -1 : 1;
    return a - b;
  });
}

console.log(sortByTrailingZeros([8, 3, 6, 5, 4, 12])); // [3, 5, 6, 4, 12, 8]
''')

OTHER_JS18.append(r'''Going the other way -- from a lowercase roman numeral back to a number --
is a single pass: add each symbol's value, unless a bigger symbol comes
right after it, in which case subtract it ("iv" is 5 - 1).

```js
const VALUES = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function fromRoman(numeral) {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const here = VALUES[numeral[i]];
    const next = VALUES[numeral[i + 1]] || 0;
    total += here < next ? -here : here;
  }
  return total;
}

fromRoman("xiv");     // 14
fromRoman("mcmxc");   // 1990
fromRoman("cdxliv");  // 444
```
''')

OTHER_JS18.append(r'''// Does a triangle with these side lengths have an obtuse angle (> 90 deg)?
// The sides must first make a real triangle (each shorter than the sum of
// the other two); then the angle opposite the longest side is obtuse when
// its square exceeds the sum of the other two squares.
function isObtuse(x, y, z) {
  const [a, b, c] = [x, y, z].sort((p, q) => p - q);
  if (a + b <= c) return false;
  return c * c > a * a + b * b;
}

module.exports = isObtuse;
''')

OTHER_JS18.append(r'''/**
 * True when `b` can be obtained from `a` by moving some prefix of `a` to the
 * end, e.g. "lohel" is a rotation of "hello". Both strings must have the
 * same length; an empty string is a rotation of itself.
 */
function isRotationOf(a, b) {
  if (a.length !== b.length) return false;
  return (a + a).includes(b);
}

const tests = [
  ["hello", "lohel", true],
  ["hello", "ell", false],
  ["abcd", "acbd", false],
  ["", "", true],
];
for (const [a, b, want] of tests) {
  console.assert(isRotationOf(a, b) === want, a, b);
}
''')
