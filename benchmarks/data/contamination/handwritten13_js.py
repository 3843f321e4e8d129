"""Thirteenth batch of hand-written documents, JavaScript (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:

JS13 -- positives, one JavaScript (node) document per HumanEval item:
    4, 9, 12, 36, 41, 53, 65, 68, 72, 89, 98, 101, 110, 121, 125, 134, 140,
    146, 150, 153.

JS_HELDOUT13 -- held-out documents written the same way, for items that are
    not in the detector's index: 7, 39, 43, 51, 75, 79, 111, 143.

OTHER_JS13 -- six JavaScript look-alikes with a different rule:
    0. running minimum of an array (prefix minima instead of maxima)
    1. count lowercase consonants sitting at odd indices of a string
    2. shortest string in a list, the last one on ties, null when empty
    3. Caesar shift by 3 that rotates both lowercase and uppercase letters
    4. median absolute deviation around the median
    5. count the digit 3 in numbers below n divisible by 7 or 9
"""

JS13 = {}

JS13[4] = r'''/**
 * stats/deviation.js
 *
 * Small helpers for describing how spread out a sample is.
 */

/**
 * Arithmetic mean of a non-empty array of numbers.
 * @param {number[]} values
 * @returns {number}
 */
export function arithmeticMean(values) {
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}

/**
 * Average distance of every value from the sample mean.
 *
 * @example
 * avgAbsDeviation([2, 4, 6]);     // 1.3333333333333333
 * avgAbsDeviation([10, 10, 10]);  // 0
 *
 * @param {number[]} values
 * @returns {number}
 */
export function avgAbsDeviation(values) {
  const center = arithmeticMean(values);
  const spread = values.reduce((acc, v) => acc + Math.abs(v - center), 0);
  return spread / values.length;
}
'''

JS13[9] = r''''use strict';

// For each position in the input, emit the largest value seen so far
// (the current element included). An empty input gives an empty output.
const runningPeaks = (nums) => {
  const out = [];
  let best = -Infinity;
  for (const n of nums) {
    if (n > best) best = n;
    out.push(best);
  }
  return out;
};

module.exports = { runningPeaks };
'''

JS13[12] = r'''You don't need to sort anything for this, one pass is enough. Keep the
best candidate so far and only replace it when you meet a strictly longer
string:

```js
function firstLongest(words) {
  if (words.length === 0) return null;
  return words.reduce((best, w) => (w.length > best.length ? w : best));
}

console.log(firstLongest(["pear", "banana", "cherry", "fig"])); // "banana"
console.log(firstLongest(["to", "be", "or"]));                  // "to"
console.log(firstLongest([]));                                   // null
```

The strict `>` is what makes ties go to the earlier element: "cherry" has
the same length as "banana", so "banana" stays. `reduce` without an initial
value throws on an empty array, which is why the empty case is handled up
front and returns `null`.
'''

JS13[36] = r'''// count-sevens.js
// Go through every integer k with 0 <= k < limit. If k is a multiple of 11
// or of 13, count the '7' digits in its decimal form. Return the total.

function sevensInElevenOrThirteenMultiples(limit) {
  let sevens = 0;
  for (let k = 0; k < limit; k++) {
    if (k % 11 !== 0 && k % 13 !== 0) continue;
    let m = k;
    while (m > 0) {
      if (m % 10 === 7) sevens++;
      m = Math.floor(m / 10);
    }
  }
  return sevens;
}

if (require.main === module) {
  const limit = Number(process.argv[2] || 1000);
  console.log(`sevens below ${limit}:`, sevensInElevenOrThirteenMultiples(limit));
}

module.exports = sevensInElevenOrThirteenMultiples;
'''

JS13[41] = r'''// Picture an endless straight road. n cars drive east and another n cars
// drive west, all at the same speed, starting far apart. When an eastbound
// car meets a westbound one they "collide", but the cars are indestructible
// and just keep going. So every eastbound car meets every westbound car
// exactly once, and the number of collisions is n * n.
//
//   crossingCount(5)  -> 25
//   crossingCount(12) -> 144

const crossingCount = n => n * n;

export default crossingCount;
'''

JS13[53] = r'''class Calculator {
  constructor() {
    this.history = [];
  }

  plus(a, b) {
    const result = a + b;
    this.history.push(`${a} + ${b} = ${result}`);
    return result;
  }

  log() {
    return this.history.slice();
  }
}

module.exports = Calculator;
'''

JS13[65] = r'''/*
 * Homework 4, problem 2
 *
 * Rotate the decimal digits of a number to the right by k places and return
 * the result as a string. When k is bigger than the number of digits, return
 * the digits in reverse order instead.
 *
 *   rotateDigitsRight(1234, 1) => "4123"
 *   rotateDigitsRight(1234, 3) => "2341"
 *   rotateDigitsRight(56, 5)   => "65"
 */
function rotateDigitsRight(num, k) {
  var digits = String(num);
  var len = digits.length;
  if (k > len) {
    return digits.split("").reverse().join("");
  }
  var cut = len - k;
  return digits.slice(cut) + digits.slice(0, cut);
}

console.log(rotateDigitsRight(1234, 1));
console.log(rotateDigitsRight(1234, 3));
console.log(rotateDigitsRight(56, 5));
'''

JS13[68] = r'''const treeUtils = {
  isEven(value) {
    return value % 2 === 0;
  },

  /**
   * Pick the node with the smallest even value from a branch.
   * Returns [value, index], using the earliest index on ties,
   * or [] when the branch has no even values (or is empty).
   */
  takeSmallestEven(branch) {
    let bestIdx = -1;
    branch.forEach((v, i) => {
      if (!treeUtils.isEven(v)) return;
      if (bestIdx === -1 || v < branch[bestIdx]) bestIdx = i;
    });
    return bestIdx === -1 ? [] : [branch[bestIdx], bestIdx];
  },
};

module.exports = treeUtils;
'''

JS13[72] = r'''// A payload can take off only if it is balanced (the array reads the same
// forwards and backwards) and its total weight is within the limit.
//
// canTakeOff([4, 1, 4], 10) -> true
// canTakeOff([4, 1, 4], 8)  -> false   (too heavy)
// canTakeOff([2, 5], 20)    -> false   (not balanced)

const isMirror = (arr) => arr.every((v, i) => v === arr[arr.length - 1 - i]);
const totalOf = (arr) => arr.reduce((s, v) => s + v, 0);

const canTakeOff = (payload, limit) => isMirror(payload) && totalOf(payload) <= limit;
'''

JS13[89] = r'''const SHIFT = 4;
const A = 'a'.charCodeAt(0);

/**
 * Move each lowercase letter four places forward in the alphabet,
 * wrapping from z back round to a. Other characters are left alone.
 * @param {string} plain
 * @returns {string}
 */
export function scramble(plain) {
  let result = '';
  for (const ch of plain) {
    if (ch >= 'a' && ch <= 'z') {
      result += String.fromCharCode(((ch.charCodeAt(0) - A + SHIFT) % 26) + A);
    } else {
      result += ch;
    }
  }
  return result;
}
'''

JS13[98] = r'''Q: How do I count capital vowels, but only at even positions (0, 2, 4, ...) in a string?

A: Walk the string two characters at a time and test each character against a
set of the five uppercase vowels:

```javascript
const UPPER_VOWELS = new Set(["A", "E", "I", "O", "U"]);

function capitalVowelsAtEvenIndex(str) {
  let hits = 0;
  for (let i = 0; i < str.length; i += 2) {
    if (UPPER_VOWELS.has(str[i])) hits += 1;
  }
  return hits;
}

capitalVowelsAtEvenIndex("AbEcI"); // 3
capitalVowelsAtEvenIndex("xAyE");  // 0, both vowels are at odd positions
capitalVowelsAtEvenIndex("Ouch");  // 1
```

Stepping by 2 means you never look at the odd positions at all, so there is no
need for an `i % 2` check inside the loop. Lowercase vowels are ignored because
the set only holds capitals.
'''

JS13[101] = r'''// In [3]:
// Break a sentence into words. Words may be separated by spaces, commas,
// or any mix of the two; empty pieces are dropped.
function tokenize(sentence) {
  return sentence.split(/[\s,]+/).filter(piece => piece.length > 0);
}

// In [4]:
tokenize("red, green,blue  yellow");
// Out[4]: [ 'red', 'green', 'blue', 'yellow' ]

// In [5]:
tokenize(",,,");
// Out[5]: []
'''

JS13[110] = r'''/**
 * We may swap any number of elements between `first` and `second`.
 * Is it possible to end up with `first` containing only even numbers?
 *
 * Every odd number in `first` has to be swapped out for an even number
 * taken from `second`, so it works exactly when `second` holds at least
 * as many even numbers as `first` holds odd ones.
 *
 *   canMakeAllEven([1, 3], [2, 4])    -> "YES"
 *   canMakeAllEven([1, 3, 5], [2, 4]) -> "NO"
 */
function canMakeAllEven(first, second) {
  let oddsToReplace = 0;
  for (const x of first) {
    if (x % 2 !== 0) oddsToReplace++;
  }
  let evensAvailable = 0;
  for (const y of second) {
    if (y % 2 === 0) evensAvailable++;
  }
  return evensAvailable >= oddsToReplace ? "YES" : "NO";
}

module.exports = canMakeAllEven;
'''

JS13[121] = r'''// Exercise 7: add up the odd numbers that sit at even indices (0, 2, 4, ...)
// of a non-empty integer array.

function sumOddOnEvenSlots(arr) {
  var sum = 0;
  for (var i = 0; i < arr.length; i += 2) {
    if (arr[i] % 2 !== 0) {
      sum += arr[i];
    }
  }
  return sum;
}
'''

JS13[125] = r'''/**
 * Split text into words.
 *  - If it contains a space, split on whitespace.
 *  - Otherwise, if it contains a comma, split on commas.
 *  - Otherwise return how many lowercase letters have an odd position in
 *    the alphabet when counting from a = 0 (that is b, d, f, ..., z).
 *
 *   breakApart("one two")  // ["one", "two"]
 *   breakApart("x,y,z")    // ["x", "y", "z"]
 *   breakApart("hello")    // 3  (h, l, l)
 */
function breakApart(text) {
  if (text.includes(" ")) {
    return text.split(/\s+/).filter(Boolean);
  }
  if (text.includes(",")) {
    return text.split(/[\s,]+/).filter(Boolean);
  }
  let count = 0;
  for (const ch of text) {
    if (ch >= "a" && ch <= "z" && (ch.charCodeAt(0) - 97) % 2 === 1) {
      count++;
    }
  }
  return count;
}

export { breakApart };
'''

JS13[134] = r'''// True when the string ends with a single letter that stands on its own,
// i.e. the final space-separated chunk is exactly one letter A-Z / a-z.
const endsWithLoneLetter = (s) => /(^| )[A-Za-z]$/.test(s);

module.exports = endsWithLoneLetter;
'''

JS13[140] = r'''// Tidy up whitespace for use in an identifier / file name:
// a run of 3 or more spaces becomes a single "-", and every other space
// becomes "_" (so two spaces turn into two underscores).
//
//   underscoreSpaces("a b")     // "a_b"
//   underscoreSpaces("x  y")    // "x__y"
//   underscoreSpaces("a    b")  // "a-b"
//   underscoreSpaces(" lead")   // "_lead"

function underscoreSpaces(input) {
  return input.replace(/ {3,}/g, "-").replace(/ /g, "_");
}

console.log(underscoreSpaces("my   report final.txt"));
'''

JS13[146] = r'''export class NumberFilter {
  static ODD = new Set(["1", "3", "5", "7", "9"]);

  static oddEnds(n) {
    const digits = String(n);
    return NumberFilter.ODD.has(digits[0]) && NumberFilter.ODD.has(digits[digits.length - 1]);
  }

  // How many values are greater than 10 and start and end with an odd digit.
  static countMatching(values) {
    return values.filter((n) => n > 10 && NumberFilter.oddEnds(n)).length;
  }
}
'''

JS13[150] = r'''/**
 * Return `ifPrime` when n is a prime number, otherwise `otherwise`.
 *
 *   pickByPrimality(13, 1, 0)  -> 1
 *   pickByPrimality(21, 1, 0)  -> 0
 *   pickByPrimality(2, 'a', 'b') -> 'a'
 */
function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

function pickByPrimality(n, ifPrime, otherwise) {
  return isPrime(n) ? ifPrime : otherwise;
}

module.exports = { isPrime, pickByPrimality };
'''

JS13[153] = r'''"use strict";

/**
 * Strength of an extension name: number of uppercase letters minus number
 * of lowercase letters. Digits and punctuation do not count either way.
 * @param {string} name
 * @returns {number}
 */
function strengthOf(name) {
  let score = 0;
  for (const c of name) {
    if (c >= "A" && c <= "Z") score += 1;
    else if (c >= "a" && c <= "z") score -= 1;
  }
  return score;
}

/**
 * Pick the strongest extension (the first one wins on a tie) and return
 * "<className>.<extension>".
 * @param {string} className
 * @param {string[]} extensions
 * @returns {string}
 */
function bestExtension(className, extensions) {
  let winner = extensions[0];
  let top = strengthOf(winner);
  for (let i = 1; i < extensions.length; i++) {
    const s = strengthOf(extensions[i]);
    if (s > top) {
      top = s;
      winner = extensions[i];
    }
  }
  return className + "." + winner;
}

module.exports = { strengthOf, bestExtension };
'''


JS_HELDOUT13 = {}

JS_HELDOUT13[7] = r'''// Keep only the strings that contain `needle` somewhere inside them.
//
//   keepContaining(["cat", "concat", "dog"], "cat")  // ["cat", "concat"]
//   keepContaining([], "x")                          // []
export const keepContaining = (items, needle) => items.filter((s) => s.includes(needle));
'''

JS_HELDOUT13[39] = r'''function isPrime(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}

function* fibonacci() {
  let a = 0, b = 1;
  while (true) {
    yield b;
    [a, b] = [b, a + b];
  }
}

// nth (1-based) Fibonacci number that is also prime.
function nthPrimeFibonacci(n) {
  let seen = 0;
  for (const f of fibonacci()) {
    if (isPrime(f) && ++seen === n) return f;
  }
}

module.exports = nthPrimeFibonacci;
'''

JS_HELDOUT13[43] = r'''/**
 * Does the array contain two different entries (by position) that add up
 * to zero? Uses a Set of values seen so far, so it runs in linear time.
 *
 *   hasZeroPair([4, -1, 7, 1])  // true
 *   hasZeroPair([0])            // false
 *   hasZeroPair([0, 0])         // true
 */
function hasZeroPair(nums) {
  const seen = new Set();
  for (const x of nums) {
    if (seen.has(-x)) return true;
    seen.add(x);
  }
  return false;
}
'''

JS_HELDOUT13[51] = r'''const stringTools = {
  /** Strip every vowel (a, e, i, o, u in either case) out of the text. */
  dropVowels: (text) => text.replace(/[aeiou]/gi, ""),

  /** Collapse runs of whitespace into single spaces. */
  squeeze: (text) => text.replace(/\s+/g, " ").trim(),
};

module.exports = stringTools;
'''

JS_HELDOUT13[75] = r'''// Is `value` the product of exactly three primes (repeats allowed)?
// Count the prime factors with multiplicity by trial division.
//
//   isProductOfThreePrimes(42)  -> true   (2 * 3 * 7)
//   isProductOfThreePrimes(27)  -> true   (3 * 3 * 3)
//   isProductOfThreePrimes(36)  -> false  (2 * 2 * 3 * 3)
//   isProductOfThreePrimes(13)  -> false

function isProductOfThreePrimes(value) {
  let rest = value;
  let factors = 0;
  for (let p = 2; p * p <= rest; p++) {
    while (rest % p === 0) {
      rest /= p;
      factors++;
    }
  }
  if (rest > 1) factors++;
  return factors === 3;
}

for (const v of [42, 27, 36, 13]) {
  console.log(v, isProductOfThreePrimes(v));
}
'''

JS_HELDOUT13[79] = r'''/**
 * Binary representation of a non-negative integer, wrapped in "db" markers
 * on both sides.
 * @param {number} n
 * @returns {string}
 */
export default function toTaggedBinary(n) {
  return `db${n.toString(2)}db`;
}
'''

JS_HELDOUT13[111] = r'''class LetterTally {
  constructor(line) {
    this.counts = new Map();
    for (const letter of line.split(" ")) {
      if (letter === "") continue;
      this.counts.set(letter, (this.counts.get(letter) || 0) + 1);
    }
  }

  // Object mapping each most-frequent letter to its count ({} for no letters).
  winners() {
    const result = {};
    if (this.counts.size === 0) return result;
    const top = Math.max(...this.counts.values());
    for (const [letter, n] of this.counts) {
      if (n === top) result[letter] = n;
    }
    return result;
  }
}

// new LetterTally("q w q e w").winners()  ->  { q: 2, w: 2 }
// new LetterTally("z").winners()          ->  { z: 1 }
'''

JS_HELDOUT13[143] = r'''function primeLength(word) {
  const n = word.length;
  if (n < 2) return false;
  for (let i = 2; i <= Math.sqrt(n); i++) {
    if (n % i === 0) return false;
  }
  return true;
}

// Keep the words of a sentence whose length is a prime number,
// in their original order, joined back with single spaces.
function primeLengthWords(sentence) {
  return sentence.split(" ").filter(primeLength).join(" ");
}

module.exports = primeLengthWords;
'''


OTHER_JS13 = [
    r'''// For every position, the smallest value seen up to and including it.
//
//   runningLow([5, 3, 4, 1, 2])  // [5, 3, 3, 1, 1]
//   runningLow([])               // []
const runningLow = (xs) => {
  const out = [];
  let low = Infinity;
  for (const x of xs) {
    low = Math.min(low, x);
    out.push(low);
  }
  return out;
};

module.exports = runningLow;
''',
    r'''/**
 * Count lowercase consonants that sit at odd indices (1, 3, 5, ...).
 * @param {string} s
 * @returns {number}
 */
function oddSlotConsonants(s) {
  let n = 0;
  for (let i = 1; i < s.length; i += 2) {
    const c = s[i];
    if (c >= "a" && c <= "z" && !"aeiou".includes(c)) n++;
  }
  return n;
}

console.log(oddSlotConsonants("javascript")); // 2  (c, t)
''',
    r'''// Shortest string in the list. When several share the minimum length,
// return the last of them; return null for an empty list.
export function lastShortest(strings) {
  let pick = null;
  for (const s of strings) {
    if (pick === null || s.length <= pick.length) pick = s;
  }
  return pick;
}
''',
    r'''function shiftLetter(ch, base, k) {
  return String.fromCharCode(((ch.charCodeAt(0) - base + k) % 26) + base);
}

// Caesar cipher with a shift of three. Upper- and lowercase letters both
// rotate and keep their case; everything else is copied unchanged.
function caesarThree(text) {
  let out = "";
  for (const ch of text) {
    if (/[a-z]/.test(ch)) out += shiftLetter(ch, 97, 3);
    else if (/[A-Z]/.test(ch)) out += shiftLetter(ch, 65, 3);
    else out += ch;
  }
  return out;
}

module.exports = caesarThree;
''',
    r'''const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Median absolute deviation: the median of |x - median(xs)|.
 * Much less sensitive to outliers than the standard deviation.
 *
 *   medianAbsDeviation([1, 2, 3, 4, 100])  // 1
 */
const medianAbsDeviation = (xs) => {
  const m = median(xs);
  return median(xs.map((x) => Math.abs(x - m)));
};

export { median, medianAbsDeviation };
''',
    r'''// Count the digit 3 across all numbers 0 <= k < n that are divisible
// by 7 or by 9.
function threesInSevenOrNineMultiples(n) {
  let total = 0;
  for (let k = 0; k < n; k++) {
    if (k % 7 === 0 || k % 9 === 0) {
      total += String(k).split("").filter((d) => d === "3").length;
    }
  }
  return total;
}

module.exports = { threesInSevenOrNineMultiples };
''',
]
