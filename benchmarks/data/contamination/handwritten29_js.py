"""Twenty-ninth batch of hand-written documents, JavaScript (2026-12-05).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS29: positives keyed by HumanEval item number, items 1, 36, 50, 68, 72,
    77, 78, 82, 86, 100, 105, 116, 138, 140, 150, 153, 156, 160.
  JS_HELDOUT29: held-out documents, items 7, 23, 75, 107, 111, 119, 127, 159.
  OTHER_JS29: seven JavaScript look-alikes with a different rule:
    0. progressive Caesar cipher: the letter at position i is shifted by i + 1
       (decode undoes it), instead of one fixed shift for every letter.
    1. parse a lowercase roman numeral back into an integer (the reverse
       direction of integer -> roman).
    2. count the hex digits of a string whose value is a perfect square
       (0, 1, 4, 9) instead of a prime.
    3. strip the outermost pair of parentheses from every top-level group and
       concatenate what is left, instead of listing the groups.
    4. count the integers in [1, n) that are divisible by 7 or contain the
       digit 7 ("boom" game), instead of counting 7 digits in multiples of
       11 or 13.
    5. sort integers by how many distinct prime factors they have (ties by
       value), instead of by the number of 1 bits.
    6. "balanced" load: the left half and the right half of the array have
       equal sums (middle item ignored) and no single item exceeds the
       capacity, instead of palindrome plus total weight limit.
"""

JS29 = {}
JS_HELDOUT29 = {}
OTHER_JS29 = []

JS29[1] = r'''// Splitting a string of parenthesis clusters into its top-level pieces.
//
// I needed this for a little s-expression pretty printer: after the atoms are
// stripped out only the brackets survive, and sometimes the user typed spaces
// between them. Each top-level cluster is balanced and clusters never sit inside
// one another, so a single depth counter is enough: every time the depth drops
// back to zero we have just closed a cluster.

function splitBalancedGroups(input) {
  const groups = [];
  const compact = input.replace(/\s+/g, "");
  let depth = 0;
  let start = -1;

  for (let pos = 0; pos < compact.length; pos++) {
    const ch = compact[pos];
    if (ch === "(") {
      if (depth === 0) start = pos;
      depth++;
    } else if (ch === ")") {
      depth--;
      if (depth === 0) {
        groups.push(compact.slice(start, pos + 1));
      }
    }
  }
  return groups;
}

console.assert(
  JSON.stringify(splitBalancedGroups("(()) ()((  ))")) ===
    JSON.stringify(["(())", "()", "(())"])
);
console.assert(splitBalancedGroups("").length === 0);
console.log(splitBalancedGroups("((()())) (  )")); // [ '((()()))', '()' ]
'''

JS29[36] = r'''/**
 * number-utils.js
 * Assorted integer helpers used by the puzzle runner.
 */

function digitSum(n) {
  let total = 0;
  for (let rest = Math.abs(n); rest > 0; rest = Math.floor(rest / 10)) {
    total += rest % 10;
  }
  return total;
}

function isMultipleOfAny(n, divisors) {
  return divisors.some((d) => n % d === 0);
}

/**
 * Walks every non-negative integer below `limit`, keeps the ones that are
 * multiples of eleven or of thirteen, and tallies how many "7" characters
 * turn up in their decimal spelling (77 contributes two, 0 contributes none).
 */
function sevensInElevenThirteenMultiples(limit) {
  let sevens = 0;
  for (let k = 0; k < limit; k++) {
    if (!isMultipleOfAny(k, [11, 13])) continue;
    for (let rest = k; rest > 0; rest = Math.floor(rest / 10)) {
      if (rest % 10 === 7) sevens++;
    }
  }
  return sevens;
}

function clamp(value, lo, hi) {
  return Math.min(hi, Math.max(lo, value));
}

module.exports = {
  digitSum,
  isMultipleOfAny,
  sevensInElevenThirteenMultiples,
  clamp,
};
'''

JS29[50] = r'''// shift5.mjs
//
// Toy cipher for the intro crypto worksheet. Every lowercase letter is pushed
// five places further along the alphabet, wrapping around from "z" to "a";
// decoding pulls every letter five places back. The extra "+ 26" is there
// because % in JavaScript keeps the sign of the left operand.

const A = "a".charCodeAt(0);
const SHIFT = 5;

function rotate(text, offset) {
  let out = "";
  for (const ch of text) {
    const idx = ch.charCodeAt(0) - A;
    out += String.fromCharCode(A + ((((idx + offset) % 26) + 26) % 26));
  }
  return out;
}

export const encodeShift5 = (plain) => rotate(plain, SHIFT);

export const undoShift5 = (cipher) => rotate(cipher, -SHIFT);

// Quick check:
//   encodeShift5("zebra")  -> "ejgwf"
//   undoShift5("ejgwf")    -> "zebra"
//   undoShift5("fff")      -> "aaa"
'''

JS29[68] = r'''/*
 * "Branch picking" kata.
 *
 * We get the values hanging off one branch of a tree (all of them >= 0) and
 * have to take out the node holding the smallest even value. If that value
 * appears more than once, the one closest to the start of the branch wins.
 * The answer is [value, position]; an empty branch, or one without any even
 * value, gives back an empty array.
 */

/**
 * @param {number[]} nodes
 * @return {number[]}
 */
var pickSmallestEven = function (nodes) {
  // One pass. The strict "<" keeps the earliest index for repeated values.
  let bestValue = Infinity;
  let bestIndex = -1;
  nodes.forEach((value, index) => {
    if (value % 2 === 0 && value < bestValue) {
      bestValue = value;
      bestIndex = index;
    }
  });
  return bestIndex === -1 ? [] : [bestValue, bestIndex];
};
'''

JS29[72] = r'''**Q:** How do I check that an array reads the same forwards and backwards *and* that its total stays within a limit?

**A:** Both checks fit in one small function. Do the sum first since it is a cheap early exit, then walk two pointers towards the middle comparing mirrored elements:

```js
function canTakeOff(payload, maxWeight) {
  const total = payload.reduce((acc, x) => acc + x, 0);
  if (total > maxWeight) return false;

  for (let lo = 0, hi = payload.length - 1; lo < hi; lo++, hi--) {
    if (payload[lo] !== payload[hi]) return false;
  }
  return true;
}

canTakeOff([4, 1, 4], 10); // true  -> symmetric, 9 <= 10
canTakeOff([4, 1, 4], 8);  // false -> symmetric, but 9 > 8
canTakeOff([2, 6], 20);    // false -> light enough, not symmetric
canTakeOff([7], 7);        // true  -> a single item is always symmetric
```

Hitting the limit exactly is allowed (`<=`, not `<`), so `canTakeOff([5, 5], 10)` is `true`. If you prefer something shorter you can compare against a reversed copy (`payload.join() === [...payload].reverse().join()`), but the loop avoids the extra allocations.
'''

JS29[77] = r'''// Perfect-cube test without floating point surprises.
//
// Math.cbrt(x) ** 3 can be off by a hair for larger inputs, so instead we
// binary-search for an integer root. A negative number is a cube exactly when
// its absolute value is one (the root just changes sign), and 0 is 0 cubed.

function isPerfectCube(value) {
  const target = Math.abs(value);
  let lo = 0;
  let hi = 1;
  while (hi * hi * hi < target) hi *= 2;

  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const cube = mid * mid * mid;
    if (cube === target) return true;
    if (cube < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

module.exports = { isPerfectCube };
'''

JS29[78] = r'''// ---- hexPrimes.js ----------------------------------------------------------

// Hex digits whose value is prime: 2, 3, 5, 7, B (11) and D (13).
const PRIME_HEX_DIGITS = new Set(["2", "3", "5", "7", "B", "D"]);

/**
 * Count how many characters of an (uppercase) hexadecimal string are prime
 * digits. An empty input simply yields 0.
 */
function countPrimeHexDigits(hex) {
  let count = 0;
  for (const digit of hex) {
    if (PRIME_HEX_DIGITS.has(digit)) count += 1;
  }
  return count;
}

module.exports = countPrimeHexDigits;

// ---- hexPrimes.test.js -----------------------------------------------------
// const countPrimeHexDigits = require("./hexPrimes");

describe("countPrimeHexDigits", () => {
  it("returns 0 for an empty string", () => {
    expect(countPrimeHexDigits("")).toBe(0);
  });

  it("treats B and D as primes", () => {
    expect(countPrimeHexDigits("BD")).toBe(2);
  });

  it("ignores composite digits and the other letters", () => {
    expect(countPrimeHexDigits("CAFE")).toBe(0);
    expect(countPrimeHexDigits("C0FFEE")).toBe(0);
  });

  it("handles longer values", () => {
    expect(countPrimeHexDigits("DEADBEEF")).toBe(3); // D, D, B
    expect(countPrimeHexDigits("7B3F9")).toBe(3);
  });
});
'''

JS29[82] = r'''class TextStats {
  static wordCount(text) {
    const trimmed = text.trim();
    return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
  }

  static vowelCount(text) {
    return (text.match(/[aeiou]/gi) || []).length;
  }

  // Is the number of characters in `text` a prime number?
  // Trial division up to the square root is plenty for string lengths.
  static hasPrimeLength(text) {
    const len = text.length;
    if (len < 2) return false;
    for (let d = 2; d * d <= len; d++) {
      if (len % d === 0) return false;
    }
    return true;
  }

  static isBlank(text) {
    return text.trim().length === 0;
  }
}

module.exports = TextStats;
'''

JS29[86] = r'''Sorting the characters inside every word of a sentence
======================================================

The trick is to split on a single space rather than on `/\s+/`: that way runs
of spaces survive untouched (`"a  b".split(" ")` gives `["a", "", "b"]`, and
joining with `" "` puts both spaces back). Each word's characters are then
sorted by char code, which for plain ASCII text is the same as sorting by ASCII
value, so capital letters come before lowercase ones and punctuation stays part
of the word it is attached to.

```js
function sortLettersInWords(sentence) {
  return sentence
    .split(" ")
    .map((word) => [...word].sort().join(""))
    .join(" ");
}

console.log(sortLettersInWords("banana split")); // "aaabnn ilpst"
console.log(sortLettersInWords("Zoo  keeper!")); // "Zoo  !eeekpr"
console.log(sortLettersInWords("cab"));          // "abc"
```

Note that the word order itself never changes, only the letters within each
word.
'''

JS29[100] = r'''/*
 * Exercise 4: the stone pile
 *
 * Build a pile with n levels. The bottom level gets n stones; each level
 * above it gets the next number of the same parity as n, i.e. two more
 * stones than the level below. Return the stone counts level by level.
 */

function stoneLevels(n) {
  const levels = [];
  let stones = n;
  while (levels.length < n) {
    levels.push(stones);
    stones += 2; // next odd after an odd count, next even after an even one
  }
  return levels;
}

module.exports = stoneLevels;
'''

JS29[105] = r'''const DIGIT_WORDS = [
  null, "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
];

/**
 * Keep only the values 1 through 9, order them from largest to smallest and
 * spell each one out. Anything outside that range (0, negatives, 10 and up)
 * is dropped silently. The input array is left as it was.
 *
 *   digitsToWordsDesc([7, 3, 12, 3, 0])  -> ["Seven", "Three", "Three"]
 *   digitsToWordsDesc([-4, 42])          -> []
 *   digitsToWordsDesc([1, 9, 5])         -> ["Nine", "Five", "One"]
 */
function digitsToWordsDesc(values) {
  return values
    .filter((v) => Number.isInteger(v) && v >= 1 && v <= 9)
    .sort((a, b) => b - a)
    .map((v) => DIGIT_WORDS[v]);
}

module.exports = { digitsToWordsDesc, DIGIT_WORDS };
'''

JS29[116] = r'''// Order integers by how many 1 bits they have, lowest first; numbers with the
// same bit count are ordered by their value. For a negative number we count
// the bits of its magnitude (so -6 is treated like 6 and has two set bits).

function countOnes(n) {
  let x = Math.abs(n);
  let ones = 0;
  while (x > 0) {
    ones += x % 2;
    x = Math.floor(x / 2);
  }
  return ones;
}

function sortByBitCount(nums) {
  return [...nums].sort((a, b) => countOnes(a) - countOnes(b) || a - b);
}

module.exports = { countOnes, sortByBitCount };
'''

JS29[138] = r'''// Can n be written as a + b + c + d where every term is a positive even number?
//
// The smallest such sum is 2 + 2 + 2 + 2 = 8, and any larger even number can be
// reached from there by bumping one of the terms up two at a time. Odd numbers
// are out, because a sum of even numbers is always even. So the whole question
// collapses to a parity check plus a lower bound.

function isSumOfFourEvens(n) {
  return n >= 8 && n % 2 === 0;
}

// 6  -> false (too small)
// 7  -> false (odd)
// 8  -> true  (2 + 2 + 2 + 2)
// 14 -> true  (2 + 2 + 4 + 6)
for (const n of [6, 7, 8, 14]) {
  console.log(n, isSumOfFourEvens(n));
}
'''

JS29[140] = r'''/**
 * Make whitespace safe for a file name.
 *
 * A short gap (one or two spaces in a row) turns into the same number of
 * underscores; a long gap (three or more consecutive spaces) collapses into a
 * single dash. Every other character is copied as is.
 */
function slugifySpaces(text) {
  let result = "";
  let run = 0;

  const flush = () => {
    result += run > 2 ? "-" : "_".repeat(run);
    run = 0;
  };

  for (const ch of text) {
    if (ch === " ") {
      run++;
    } else {
      flush();
      result += ch;
    }
  }
  flush();
  return result;
}

module.exports = slugifySpaces;
'''

JS29[150] = r'''#!/usr/bin/env node
// pick.js: print x when n is prime, y otherwise.
// usage: node pick.js <n> <x> <y>

function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

function primeSwitch(n, whenPrime, otherwise) {
  return isPrime(n) ? whenPrime : otherwise;
}

if (require.main === module) {
  if (process.argv.length < 5) {
    // no arguments: show a few demo values
    console.log(primeSwitch(13, "yes", "no")); // yes
    console.log(primeSwitch(21, "yes", "no")); // no
    console.log(primeSwitch(2, 100, -100));    // 100
    console.log(primeSwitch(1, 100, -100));    // -100
  } else {
    const [n, x, y] = process.argv.slice(2).map(Number);
    console.log(primeSwitch(n, x, y));
  }
}

module.exports = { isPrime, primeSwitch };
'''

JS29[153] = r'''// Plugin picker.
//
// Each extension name gets a score: the number of uppercase letters minus the
// number of lowercase letters (digits and symbols don't count either way).
// The best score wins; on a tie the extension listed first is kept. The
// answer is written as "<ClassName>.<ExtensionName>".

function strength(name) {
  let score = 0;
  for (const ch of name) {
    if (ch >= "A" && ch <= "Z") score += 1;
    else if (ch >= "a" && ch <= "z") score -= 1;
  }
  return score;
}

function qualifiedStrongest(className, extensionNames) {
  let best = extensionNames[0];
  let bestScore = strength(best);
  for (const candidate of extensionNames.slice(1)) {
    const s = strength(candidate);
    if (s > bestScore) {
      best = candidate;
      bestScore = s;
    }
  }
  return `${className}.${best}`;
}
'''

JS29[156] = r'''const assert = require("assert");

// Greedy conversion: take the largest value that still fits, repeat.
// The subtractive pairs (cm, cd, xc, xl, ix, iv) are listed as their own
// entries so the greedy loop never has to think about them.
const ROMAN_TABLE = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"],
  [100, "c"], [90, "xc"], [50, "l"], [40, "xl"],
  [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

/** Lowercase roman numeral for an integer between 1 and 1000. */
function toLowerRoman(num) {
  let out = "";
  let left = num;
  for (const [value, glyph] of ROMAN_TABLE) {
    while (left >= value) {
      out += glyph;
      left -= value;
    }
  }
  return out;
}

assert.strictEqual(toLowerRoman(3), "iii");
assert.strictEqual(toLowerRoman(49), "xlix");
assert.strictEqual(toLowerRoman(388), "ccclxxxviii");
assert.strictEqual(toLowerRoman(764), "dcclxiv");
assert.strictEqual(toLowerRoman(1000), "m");
'''

JS29[160] = r'''// Evaluate a flat arithmetic expression that arrives as two arrays:
//   ops     - operator symbols: "+", "-", "*", "//" (floor division), "**" (power)
//   numbers - the operands, exactly one more than there are operators
// Usual precedence: ** binds tightest and groups right to left, then * and //,
// then + and -, all of which group left to right. No eval(), just a small
// operator-precedence (shunting-yard) loop.

const PRECEDENCE = { "+": 1, "-": 1, "*": 2, "//": 2, "**": 3 };

function applyOp(op, a, b) {
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "//": return Math.floor(a / b);
    case "**": return a ** b;
    default: throw new Error(`unknown operator ${op}`);
  }
}

function evaluateChain(ops, numbers) {
  const values = [numbers[0]];
  const pending = [];

  const reduceTop = () => {
    const op = pending.pop();
    const right = values.pop();
    const left = values.pop();
    values.push(applyOp(op, left, right));
  };

  ops.forEach((op, i) => {
    while (pending.length > 0) {
      const top = pending[pending.length - 1];
      const tighter = PRECEDENCE[top] > PRECEDENCE[op];
      const sameAndLeft = PRECEDENCE[top] === PRECEDENCE[op] && op !== "**";
      if (!tighter && !sameAndLeft) break;
      reduceTop();
    }
    pending.push(op);
    values.push(numbers[i + 1]);
  });

  while (pending.length > 0) reduceTop();
  return values[0];
}

module.exports = { evaluateChain };
'''

JS_HELDOUT29[7] = r'''// strings.js: small string helpers shared by the CLI commands.

const startsWithAny = (s, prefixes) => prefixes.some((p) => s.startsWith(p));

/**
 * Returns the entries of `list` that have `needle` somewhere inside them,
 * in their original order. Nothing is trimmed or lowercased first.
 */
function keepContaining(list, needle) {
  const hits = [];
  for (const item of list) {
    if (item.indexOf(needle) !== -1) hits.push(item);
  }
  return hits;
}

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

module.exports = { startsWithAny, keepContaining, capitalize };
'''

JS_HELDOUT29[23] = r'''// How long is a string?
//
// In JavaScript `.length` counts UTF-16 code units, so an emoji outside the
// Basic Multilingual Plane counts as 2. If what you want is the number of
// characters (code points), iterate the string instead; the string iterator
// walks code points, not code units.

function charCount(str) {
  let n = 0;
  for (const _ of str) n++;
  return n;
}

charCount("");        // 0
charCount("hello");   // 5
charCount("héllo");   // 5
charCount("👍ok");     // 3   (while "👍ok".length is 4)
'''

JS_HELDOUT29[75] = r'''/**
 * True when `n` is the product of exactly three primes, repeats allowed:
 *   12 = 2 * 2 * 3, 27 = 3 * 3 * 3, 42 = 2 * 3 * 7   -> true
 *   6 = 2 * 3 (two factors), 16 = 2 * 2 * 2 * 2 (four), 1 (none) -> false
 *
 * We just factor n by trial division and count prime factors with
 * multiplicity, bailing out as soon as there are more than three.
 */
function isProductOfThreePrimes(n) {
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

console.log(isProductOfThreePrimes(42)); // true
console.log(isProductOfThreePrimes(16)); // false
'''

JS_HELDOUT29[107] = r'''// Palindromic numbers in 1..n (inclusive), split by parity.
// The result is [howManyEven, howManyOdd].
//
// Instead of converting to a string, the digits are reversed arithmetically
// and compared with the original value.

function reverseDigits(k) {
  let reversed = 0;
  for (let rest = k; rest > 0; rest = Math.floor(rest / 10)) {
    reversed = reversed * 10 + (rest % 10);
  }
  return reversed;
}

function palindromeParityCounts(n) {
  let even = 0;
  let odd = 0;
  for (let k = 1; k <= n; k++) {
    if (reverseDigits(k) !== k) continue;
    if (k % 2 === 0) even++;
    else odd++;
  }
  return [even, odd];
}

module.exports = palindromeParityCounts;
'''

JS_HELDOUT29[111] = r'''/**
 * Input: lowercase letters separated by spaces, e.g. "x y x z".
 * Output: an object with the letter (or letters, on a tie) that occurs most
 * often, mapped to that count. Blank input gives an empty object.
 *
 *   mostFrequentLetters("x y x z")    // { x: 2 }
 *   mostFrequentLetters("p q q p r")  // { p: 2, q: 2 }
 *   mostFrequentLetters("k")          // { k: 1 }
 *   mostFrequentLetters("")           // {}
 */
function mostFrequentLetters(text) {
  const counts = new Map();
  for (const token of text.split(" ")) {
    if (token === "") continue;
    counts.set(token, (counts.get(token) || 0) + 1);
  }

  let top = 0;
  for (const c of counts.values()) top = Math.max(top, c);

  const result = {};
  for (const [letter, c] of counts) {
    if (c === top) result[letter] = c;
  }
  return result;
}
'''

JS_HELDOUT29[119] = r'''// We are handed two strings made of nothing but "(" and ")". Is there an
// order in which to glue them together (first+second or second+first) so
// that the result is a correctly balanced bracket sequence? Answer "Yes" or
// "No".

function isBalanced(seq) {
  let open = 0;
  for (const ch of seq) {
    open += ch === "(" ? 1 : -1;
    if (open < 0) return false; // a ")" with nothing to close
  }
  return open === 0;
}

function canConcatBalanced([first, second]) {
  return isBalanced(first + second) || isBalanced(second + first) ? "Yes" : "No";
}

module.exports = { isBalanced, canConcatBalanced };
'''

JS_HELDOUT29[127] = r'''// Overlap of two closed intervals [a1, b1] and [a2, b2] (start <= end in each).
// The "length" of the overlap is measured as end - start, so [4, 6] has
// length 2 and a single shared point has length 0. Answer "YES" when that
// length is a prime number and "NO" otherwise, including when the intervals
// do not meet at all.

function isPrime(k) {
  if (k < 2) return false;
  for (let d = 2; d * d <= k; d++) {
    if (k % d === 0) return false;
  }
  return true;
}

function overlapLengthIsPrime([a1, b1], [a2, b2]) {
  const lo = Math.max(a1, a2);
  const hi = Math.min(b1, b2);
  return isPrime(hi - lo) ? "YES" : "NO";
}

console.log(overlapLengthIsPrime([0, 10], [4, 6])); // "YES" (overlap [4, 6], length 2)
console.log(overlapLengthIsPrime([0, 10], [3, 7])); // "NO"  (length 4)
console.log(overlapLengthIsPrime([1, 3], [5, 8]));  // "NO"  (no overlap)
'''

JS_HELDOUT29[159] = r'''/**
 * Rabbit's lunch.
 *
 * @param {number} eaten  carrots the rabbit has already eaten today
 * @param {number} wanted carrots it still wants to eat
 * @param {number} stock  carrots left in the pantry
 * @returns {[number, number]} [total eaten after the meal, carrots left over]
 *
 * If the pantry runs short the rabbit eats whatever is there and stays
 * hungry; the stock can never go below zero.
 */
function feedRabbit(eaten, wanted, stock) {
  const bite = Math.min(wanted, stock);
  return [eaten + bite, stock - bite];
}

module.exports = feedRabbit;
'''

OTHER_JS29.append(r'''// Progressive Caesar cipher.
//
// Unlike the classic version, the shift is not the same for every letter:
// the first letter moves 1 place, the second 2 places, the third 3, and so
// on (wrapping after "z"). Decoding walks the same positions backwards.
// Only lowercase a-z is expected.

const BASE = 97; // "a"

function shiftAt(ch, amount) {
  const idx = ch.charCodeAt(0) - BASE;
  return String.fromCharCode(BASE + ((((idx + amount) % 26) + 26) % 26));
}

function progressiveEncode(plain) {
  return [...plain].map((ch, i) => shiftAt(ch, i + 1)).join("");
}

function progressiveDecode(cipher) {
  return [...cipher].map((ch, i) => shiftAt(ch, -(i + 1))).join("");
}

console.log(progressiveEncode("abc"));  // "bdf"
console.log(progressiveEncode("zzz"));  // "abc"
console.log(progressiveDecode("bdf"));  // "abc"
''')

OTHER_JS29.append(r'''/**
 * Parse a lowercase roman numeral ("xiv", "mcmxc", ...) into a number.
 *
 * Read from right to left: a symbol smaller than the one to its right is
 * subtracted (the "i" in "iv"), everything else is added.
 *
 *   fromLowerRoman("xiv")   -> 14
 *   fromLowerRoman("cdxl")  -> 440
 *   fromLowerRoman("mmxxv") -> 2025
 */
const VALUES = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function fromLowerRoman(numeral) {
  let total = 0;
  let prev = 0;
  for (let i = numeral.length - 1; i >= 0; i--) {
    const v = VALUES[numeral[i]];
    if (v < prev) total -= v;
    else {
      total += v;
      prev = v;
    }
  }
  return total;
}

module.exports = fromLowerRoman;
''')

OTHER_JS29.append(r'''// How many digits of a hexadecimal string are perfect squares?
// Among 0-F the square values are 0, 1, 4 and 9 (16 no longer fits in one
// digit), so only those four characters are counted. Letters never qualify.

function countSquareHexDigits(hex) {
  let count = 0;
  for (const ch of String(hex).toUpperCase()) {
    const value = parseInt(ch, 16);
    if (Number.isNaN(value)) continue;
    const root = Math.round(Math.sqrt(value));
    if (root * root === value) count++;
  }
  return count;
}

module.exports = countSquareHexDigits;
''')

OTHER_JS29.append(r'''// Remove the outer layer of every top-level parenthesis group.
//
// "(()())(())" is made of the groups "(()())" and "(())"; peeling the
// outermost pair off each leaves "()()" and "()", so the result is "()()()".
// Spaces in the input are ignored. A bracket is copied only when it is not
// the opening or closing bracket of a top-level group.

function peelOuterLayers(s) {
  let depth = 0;
  let out = "";
  for (const ch of s) {
    if (ch === "(") {
      if (depth > 0) out += ch;
      depth++;
    } else if (ch === ")") {
      depth--;
      if (depth > 0) out += ch;
    }
  }
  return out;
}

console.log(peelOuterLayers("(()())(())"));     // "()()()"
console.log(peelOuterLayers("() ()"));          // ""
console.log(peelOuterLayers("((())) (()(()))")); // "(())()(())"
''')

OTHER_JS29.append(r'''/*
 * "Boom" counter.
 *
 * In the party game you count upwards and say "boom" instead of any number
 * that is a multiple of 7 or has a 7 among its digits. This returns how many
 * booms there are among 1, 2, ..., n - 1.
 */
function countBooms(n) {
  let booms = 0;
  for (let k = 1; k < n; k++) {
    if (k % 7 === 0 || String(k).includes("7")) booms++;
  }
  return booms;
}

module.exports = countBooms;
''')

OTHER_JS29.append(r'''// Sort positive integers by how many *different* primes divide them,
// fewest first; numbers with the same count keep ascending numeric order.
//
//   sortByPrimeVariety([30, 8, 12, 7, 1])  -> [1, 7, 8, 12, 30]
//     1 has no prime factors, 7 and 8 have one (7; 2), 12 has two (2, 3),
//     30 has three (2, 3, 5).
//   sortByPrimeVariety([10, 9, 6, 4])      -> [4, 9, 6, 10]

function distinctPrimeCount(n) {
  let count = 0;
  let rest = n;
  for (let p = 2; p * p <= rest; p++) {
    if (rest % p !== 0) continue;
    count++;
    while (rest % p === 0) rest /= p;
  }
  if (rest > 1) count++;
  return count;
}

function sortByPrimeVariety(nums) {
  return nums
    .slice()
    .sort((a, b) => distinctPrimeCount(a) - distinctPrimeCount(b) || a - b);
}
''')

OTHER_JS29.append(r'''/**
 * Is a cargo row balanced?
 *
 * The row counts as balanced when the crates on the left half weigh exactly
 * as much as the crates on the right half (for an odd number of crates the
 * middle one sits on the axle and is ignored), and no single crate is heavier
 * than what one slot can carry (`slotLimit`).
 */
function isBalancedRow(crates, slotLimit) {
  if (crates.some((w) => w > slotLimit)) return false;

  const half = Math.floor(crates.length / 2);
  let left = 0;
  let right = 0;
  for (let i = 0; i < half; i++) {
    left += crates[i];
    right += crates[crates.length - 1 - i];
  }
  return left === right;
}

module.exports = isBalancedRow;
''')
