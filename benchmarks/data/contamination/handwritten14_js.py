"""Fourteenth batch of hand-written documents, JavaScript (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
- JS14: positives keyed by HumanEval item number, for items
  4, 9, 18, 26, 42, 53, 98, 101, 110, 112, 113, 114, 116, 146, 150, 153,
  154, 156, 160, 161.
- JS_HELDOUT14: held-out documents (written as faithfully as the positives)
  for items 7, 47, 79, 83, 99, 115, 151, 163.
- OTHER_JS14: six JavaScript look-alikes with a different rule:
  1. running minimum of an array (prefix min instead of prefix max);
  2. count NON-overlapping occurrences of a substring;
  3. one copy of each value that repeats (instead of dropping repeats);
  4. count lower-case consonants at odd indices of a string;
  5. additive (non-subtractive) upper-case Roman numerals, e.g. 4 -> IIII;
  6. toggle the case of vowels only, leaving everything else unchanged.
"""

JS14 = {
    4: r'''// stats/deviation.mjs
// Small descriptive-statistics helpers used by the report generator.

/**
 * Average distance of each sample from the arithmetic mean of the samples.
 *
 * Example:
 *   averageAbsoluteSpread([2, 4, 6])      // -> 1.3333333333333333
 *   averageAbsoluteSpread([10, 10, 10])   // -> 0
 *
 * @param {number[]} samples - a non-empty array of numbers
 * @returns {number}
 */
export function averageAbsoluteSpread(samples) {
  const n = samples.length;
  let total = 0;
  for (const s of samples) total += s;
  const center = total / n;

  let spread = 0;
  for (const s of samples) {
    spread += Math.abs(s - center);
  }
  return spread / n;
}
''',
    9: r''''use strict';

// running-peak.js
// For every position in the input, report the largest value seen so far
// (including the current one). An empty input gives an empty output.

const runningPeak = (values) =>
  values.reduce((acc, v) => {
    const prev = acc.length ? acc[acc.length - 1] : v;
    acc.push(v > prev ? v : prev);
    return acc;
  }, []);

module.exports = { runningPeak };
''',
    18: r'''// Counting occurrences of a pattern when the matches are allowed to overlap.
//
// String.prototype.split or a global regex will skip over overlapping hits,
// e.g. "banana".split("ana").length - 1 gives 1, but "ana" actually shows up
// twice if the matches may share characters. So we just slide a window along
// the text one character at a time and test every start position.

function countOverlapping(text, pattern) {
  let hits = 0;
  const lastStart = text.length - pattern.length;
  for (let pos = 0; pos <= lastStart; pos++) {
    if (text.startsWith(pattern, pos)) {
      hits++;
    }
  }
  return hits;
}

console.log(countOverlapping("banana", "ana"));   // 2
console.log(countOverlapping("zzzzz", "zz"));     // 4
console.log(countOverlapping("", "q"));           // 0
''',
    26: r'''/*
 * Keep only the values that appear exactly once in the array, preserving
 * their original order. Anything that repeats is dropped completely
 * (every copy of it, not just the extras).
 *
 *   singlesOnly([4, 5, 4, 6])        -> [5, 6]
 *   singlesOnly([7, 7, 7])           -> []
 *   singlesOnly([9, 1, 8])           -> [9, 1, 8]
 */
function singlesOnly(arr) {
  const tally = new Map();
  for (const item of arr) {
    tally.set(item, (tally.get(item) || 0) + 1);
  }
  const out = [];
  for (const item of arr) {
    if (tally.get(item) === 1) out.push(item);
  }
  return out;
}

module.exports = singlesOnly;
''',
    42: r'''// utils/array-math.js
// A grab bag of tiny array helpers. Nothing here mutates its input.

const arrayMath = {
  // new array where each entry is one larger than before
  plusOne(list) {
    const result = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      result[i] = list[i] + 1;
    }
    return result;
  },

  total(list) {
    return list.reduce((a, b) => a + b, 0);
  },

  largest(list) {
    return list.length ? Math.max(...list) : undefined;
  },
};

module.exports = arrayMath;
''',
    53: r'''// Q: My function that adds two numbers returns "57" instead of 12 — why?
//
// A: Your inputs are strings (probably read from an <input> element), and
// the + operator concatenates strings. Convert them first, or make sure
// you only ever pass numbers in. With real numbers it is simply:

function sumOfPair(first, second) {
  return first + second;
}

// sumOfPair(8, 13)   -> 21
// sumOfPair(0, 42)   -> 42
// sumOfPair(-4, 4)   -> 0
//
// and if your values come from the DOM:
// sumOfPair(Number(a.value), Number(b.value))
''',
    98: r'''const CAPITAL_VOWELS = new Set(["A", "E", "I", "O", "U"]);

/**
 * Tally capital vowels that sit at even positions (0, 2, 4, ...) of a string.
 * Lower-case vowels and characters at odd positions are ignored.
 * @param {string} word
 * @returns {number}
 */
function evenSlotCapitalVowels(word) {
  let found = 0;
  for (let idx = 0; idx < word.length; idx += 2) {
    if (CAPITAL_VOWELS.has(word[idx])) {
      found += 1;
    }
  }
  return found;
}

module.exports = { evenSlotCapitalVowels };
''',
    101: r'''// tokenize.mjs
// Break a line of text into words. Words may be separated by commas,
// spaces, or any mixture/repetition of the two; empty pieces are dropped.
//
//   splitWords("red, green blue")     => ["red", "green", "blue"]
//   splitWords(",,a ,  b,")           => ["a", "b"]
//   splitWords("")                    => []

export const splitWords = (line) =>
  line.split(/[\s,]+/).filter((piece) => piece.length > 0);

export default splitWords;
''',
    110: r'''/**
 * We are allowed to swap any number of elements between two arrays of
 * integers. Is it possible to end up with the first array holding only even
 * numbers? Each odd number in the first array needs a partner: an even number
 * coming from the second array. So it works exactly when the second array has
 * at least as many evens as the first array has odds.
 *
 * @param {number[]} primary
 * @param {number[]} donor
 * @returns {"YES"|"NO"}
 */
function canMakeAllEven(primary, donor) {
  const oddsToReplace = primary.filter(v => Math.abs(v) % 2 === 1).length;
  const evensAvailable = donor.filter(v => v % 2 === 0).length;
  return evensAvailable >= oddsToReplace ? "YES" : "NO";
}

module.exports = canMakeAllEven;
''',
    112: r'''// Exercise 4.2 — strip characters, then test for a palindrome.
//
// Remove from `source` every character that occurs anywhere in `banned`.
// Return a pair [cleaned, isPalindrome].
//
// stripAndCheck("racecarx", "x")   -> ["racecar", true]
// stripAndCheck("hello", "l")      -> ["heo", false]
// stripAndCheck("zz", "z")         -> ["", true]

function stripAndCheck(source, banned) {
  let cleaned = "";
  for (const ch of source) {
    if (!banned.includes(ch)) {
      cleaned += ch;
    }
  }

  let lo = 0;
  let hi = cleaned.length - 1;
  let palindrome = true;
  while (lo < hi) {
    if (cleaned[lo] !== cleaned[hi]) {
      palindrome = false;
      break;
    }
    lo++;
    hi--;
  }

  return [cleaned, palindrome];
}

console.log(stripAndCheck("racecarx", "x"));
console.log(stripAndCheck("hello", "l"));
''',
    113: r'''// Each input is a string made only of digits. For every one of them we build
// a sentence in which every "i" of the template has been swapped for the
// count of odd digits in that string. Quirky, but that is the spec.

class OddDigitReporter {
  static countOdd(digits) {
    let n = 0;
    for (const d of digits) {
      if (Number(d) % 2 === 1) n++;
    }
    return n;
  }

  static sentence(k) {
    return `the number of odd elements ${k}n the str${k}ng ${k} of the ${k}nput.`;
  }

  static describe(list) {
    return list.map((s) => OddDigitReporter.sentence(OddDigitReporter.countOdd(s)));
  }
}

module.exports = OddDigitReporter;
''',
    114: r'''// Smallest possible sum over all non-empty contiguous slices of an array.
// This is Kadane's algorithm turned upside down: keep the best (smallest)
// sum of a slice ending at the current index, and the best seen overall.
//
//   lowestSliceSum([3, -4, 2, -5, 1])  // -7   (-4 + 2 + -5)
//   lowestSliceSum([6, 2, 9])          // 2
//   lowestSliceSum([-8])               // -8

function lowestSliceSum(nums) {
  let endingHere = nums[0];
  let best = nums[0];
  for (let i = 1; i < nums.length; i++) {
    endingHere = Math.min(nums[i], endingHere + nums[i]);
    if (endingHere < best) best = endingHere;
  }
  return best;
}

module.exports = { lowestSliceSum };
''',
    116: r'''/**
 * Order integers by how many 1 bits their (absolute) binary form contains,
 * fewest first; numbers with equal bit counts are ordered by value.
 * Returns a new array.
 */
const bitCount = (n) => {
  let x = Math.abs(n);
  let ones = 0;
  while (x > 0) {
    ones += x & 1;
    x = Math.floor(x / 2);
  }
  return ones;
};

export function orderByPopcount(numbers) {
  return [...numbers].sort((a, b) => bitCount(a) - bitCount(b) || a - b);
}
''',
    146: r'''// How many entries are above 10 and both begin and end with an odd digit?
//
//   countOddBookends([13, 57, 12, 8, -31])   // 2   (13 and 57)
//   countOddBookends([111, 191, 20])         // 2
//   countOddBookends([9, 11])                // 1

const ODD = "13579";

function countOddBookends(values) {
  let count = 0;
  values.forEach((v) => {
    if (v <= 10) return;
    const digits = String(v);
    const head = digits.charAt(0);
    const tail = digits.charAt(digits.length - 1);
    if (ODD.includes(head) && ODD.includes(tail)) count++;
  });
  return count;
}

console.log(countOddBookends([13, 57, 12, 8, -31]));
''',
    150: r''''use strict';

function isPrime(k) {
  if (k < 2) return false;
  if (k % 2 === 0) return k === 2;
  for (let d = 3; d * d <= k; d += 2) {
    if (k % d === 0) return false;
  }
  return true;
}

// Picks `whenPrime` if n is prime, otherwise `otherwise`.
function pickByPrimality(n, whenPrime, otherwise) {
  return isPrime(n) ? whenPrime : otherwise;
}

module.exports = { isPrime, pickByPrimality };
''',
    153: r'''/**
 * Plugin loader helper.
 *
 * Every candidate suffix gets a score: (# upper-case letters) minus
 * (# lower-case letters). Digits and punctuation count for nothing. We return
 * "<base>.<best suffix>", where ties go to whichever suffix was listed first.
 *
 * @example
 * strongestSuffix("Pizza", ["DoUGH", "cheese", "X1"]) // "Pizza.DoUGH"
 * strongestSuffix("m", ["ab", "Cd", "99"])            // "m.99"
 */
function strongestSuffix(base, suffixes) {
  const score = (name) => {
    let s = 0;
    for (const ch of name) {
      if (ch >= "A" && ch <= "Z") s++;
      else if (ch >= "a" && ch <= "z") s--;
    }
    return s;
  };

  let winner = suffixes[0];
  let top = score(winner);
  for (let i = 1; i < suffixes.length; i++) {
    const current = score(suffixes[i]);
    if (current > top) {
      top = current;
      winner = suffixes[i];
    }
  }
  return base + "." + winner;
}

module.exports = strongestSuffix;
''',
    154: r'''// Does `haystack` contain some rotation of `needle` as a contiguous piece?
// Every rotation of a word w is a length-|w| window of w + w, so we check
// each of those windows.

export function containsRotation(haystack, needle) {
  const doubled = needle + needle;
  for (let shift = 0; shift < needle.length || shift === 0; shift++) {
    const rotated = doubled.slice(shift, shift + needle.length);
    if (haystack.indexOf(rotated) !== -1) {
      return true;
    }
  }
  return false;
}
''',
    156: r'''// Convert 1..1000 into a lower-case Roman numeral.
//
//   toSmallRoman(3)    -> "iii"
//   toSmallRoman(48)   -> "xlviii"
//   toSmallRoman(999)  -> "cmxcix"

const TABLE = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"],
  [100, "c"], [90, "xc"], [50, "l"], [40, "xl"],
  [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

function toSmallRoman(value) {
  let remaining = value;
  const parts = [];
  for (const [amount, glyph] of TABLE) {
    while (remaining >= amount) {
      parts.push(glyph);
      remaining -= amount;
    }
  }
  return parts.join("");
}

for (const n of [3, 48, 999]) {
  console.log(n, toSmallRoman(n));
}
''',
    160: r'''/**
 * Evaluate the expression formed by interleaving `operands` with `ops`,
 * honouring normal precedence:
 *   "**"  power (highest, right-associative)
 *   "*", "//"  multiplication and floor division
 *   "+", "-"   addition and subtraction (lowest)
 * ops.length === operands.length - 1, and operands are non-negative ints.
 */
class ExpressionFolder {
  constructor(ops, operands) {
    this.ops = ops;
    this.operands = operands;
  }

  evaluate() {
    // pass 1: collapse power chains, right to left
    let vals = [this.operands[this.operands.length - 1]];
    let rest = [];
    for (let i = this.ops.length - 1; i >= 0; i--) {
      if (this.ops[i] === "**") {
        vals[0] = Math.pow(this.operands[i], vals[0]);
      } else {
        rest.unshift(this.ops[i]);
        vals.unshift(this.operands[i]);
      }
    }

    // pass 2: multiplicative operators, left to right
    const terms = [vals[0]];
    const additive = [];
    for (let i = 0; i < rest.length; i++) {
      const op = rest[i];
      const rhs = vals[i + 1];
      if (op === "*") {
        terms[terms.length - 1] *= rhs;
      } else if (op === "//") {
        terms[terms.length - 1] = Math.floor(terms[terms.length - 1] / rhs);
      } else {
        additive.push(op);
        terms.push(rhs);
      }
    }

    // pass 3: additive operators
    let result = terms[0];
    additive.forEach((op, i) => {
      result = op === "+" ? result + terms[i + 1] : result - terms[i + 1];
    });
    return result;
  }
}

module.exports = (ops, operands) => new ExpressionFolder(ops, operands).evaluate();
''',
    161: r'''// flip.js
// Swap upper/lower case of every letter in a string, leaving other
// characters alone. If the string has no letters at all, return it reversed
// instead.
//
//   flipOrReverse("hEllo!")  === "HeLLO!"
//   flipOrReverse("9-8-7")   === "7-8-9"
//   flipOrReverse("x1")      === "X1"

function flipOrReverse(str) {
  const hasLetter = /[a-zA-Z]/.test(str);
  if (!hasLetter) {
    return str.split("").reverse().join("");
  }
  return str.replace(/[a-zA-Z]/g, (c) =>
    c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()
  );
}

module.exports = flipOrReverse;
''',
}

JS_HELDOUT14 = {
    7: r'''// Return only the strings that contain `fragment` somewhere inside them,
// keeping their original order.
//
// withFragment(["cart", "tar", "dog"], "ar")  -> ["cart", "tar"]
// withFragment([], "x")                       -> []

const withFragment = (words, fragment) => words.filter((w) => w.includes(fragment));

console.log(withFragment(["cart", "tar", "dog"], "ar"));
''',
    47: r'''/**
 * Middle value of an unsorted numeric array. For an even number of entries
 * the two central values are averaged. The input is not modified.
 *
 * @param {number[]} data  non-empty
 * @returns {number}
 */
export default function middleValue(data) {
  const sorted = data.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) {
    return sorted[mid];
  }
  return (sorted[mid - 1] + sorted[mid]) / 2;
}
''',
    79: r'''// Binary formatter for the serial debug console: the device expects the bits
// framed by the marker "db" on both sides.
//
//   framedBinary(5)   -> "db101db"
//   framedBinary(0)   -> "db0db"
//   framedBinary(64)  -> "db1000000db"

function framedBinary(n) {
  if (n === 0) return "db0db";
  let bits = "";
  while (n > 0) {
    bits = (n % 2) + bits;
    n = Math.floor(n / 2);
  }
  return "db" + bits + "db";
}

module.exports = { framedBinary };
''',
    83: r'''/**
 * How many positive integers with exactly `digits` digits either begin or end
 * with the digit 1?
 *
 * Starting with 1: 10^(d-1) numbers. Ending with 1: 9 * 10^(d-2) numbers
 * (leading digit can't be 0). Both: 10^(d-2). Inclusion-exclusion gives
 * 10^(d-1) + 9*10^(d-2) - 10^(d-2) = 18 * 10^(d-2). One-digit case is just "1".
 */
const countOneBounded = (digits) => {
  if (digits === 1) return 1;
  return 18 * 10 ** (digits - 2);
};

module.exports = countOneBounded;
''',
    99: r'''// Parse a numeric string and round it to the nearest whole number.
// Exact halves are pushed away from zero (so 2.5 -> 3 and -2.5 -> -3),
// unlike Math.round which always rounds halves toward +Infinity.
//
//   nearestWhole("7.2")    // 7
//   nearestWhole("-3.5")   // -4
//   nearestWhole("12")     // 12

function nearestWhole(text) {
  const num = parseFloat(text);
  const rounded = Math.round(Math.abs(num));
  const signed = num < 0 ? -rounded : rounded;
  return signed === 0 ? 0 : signed;
}

console.log(nearestWhole("7.2"), nearestWhole("-3.5"), nearestWhole("12"));
''',
    115: r''''use strict';

// Each row of the grid is a well; every 1 in it is one unit of water.
// A bucket holds `bucketSize` units and can only scoop from one well per
// trip, so each well needs ceil(units / bucketSize) trips. Return the total
// number of trips needed to drain every well.

class WellDrainer {
  constructor(bucketSize) {
    this.bucketSize = bucketSize;
  }

  tripsFor(row) {
    let units = 0;
    for (const cell of row) units += cell;
    return Math.ceil(units / this.bucketSize);
  }

  totalTrips(grid) {
    return grid.reduce((sum, row) => sum + this.tripsFor(row), 0);
  }
}

module.exports = { WellDrainer };
''',
    151: r'''// Sum of squares of the positive odd integers in a list. Negative values
// and anything that is not a whole number are skipped; an empty list gives 0.
//
//   oddSquareTotal([3, 4, 5])        === 34
//   oddSquareTotal([-3, 2.5, 1])     === 1
//   oddSquareTotal([])               === 0

export const oddSquareTotal = (list) =>
  list
    .filter((x) => Number.isInteger(x) && x > 0 && x % 2 === 1)
    .reduce((acc, x) => acc + x * x, 0);
''',
    163: r'''// Even single digits (2, 4, 6, 8) lying in the closed range spanned by two
// positive integers, in increasing order. The bounds may be given either way.

function evenDigitsBetween(p, q) {
  const low = Math.max(Math.min(p, q), 2);
  const high = Math.min(Math.max(p, q), 8);
  const out = [];
  for (let d = low; d <= high; d++) {
    if (d % 2 === 0) out.push(d);
  }
  return out;
}

module.exports = evenDigitsBetween;
''',
}

OTHER_JS14 = [
    r'''// For each index, report the smallest value seen from the start up to it.
//
//   runningLow([5, 3, 4, 1, 2])  -> [5, 3, 3, 1, 1]

function runningLow(values) {
  const out = [];
  let low = Infinity;
  for (const v of values) {
    low = Math.min(low, v);
    out.push(low);
  }
  return out;
}

module.exports = runningLow;
''',
    r'''/**
 * Count non-overlapping occurrences of `part` in `text`, scanning left to
 * right and resuming the search after the end of each match.
 * @example countDisjoint("aaaa", "aa") // 2
 */
const countDisjoint = (text, part) => {
  if (part.length === 0) return 0;
  let n = 0;
  let at = text.indexOf(part);
  while (at !== -1) {
    n++;
    at = text.indexOf(part, at + part.length);
  }
  return n;
};

module.exports = { countDisjoint };
''',
    r'''// Return one copy of every value that occurs more than once, ordered by
// where it first appears.
//
//   repeatedValues([1, 2, 3, 2, 4, 1])  -> [1, 2]

export function repeatedValues(items) {
  const seen = new Map();
  for (const x of items) seen.set(x, (seen.get(x) ?? 0) + 1);
  return [...seen.entries()].filter(([, c]) => c > 1).map(([x]) => x);
}
''',
    r'''// Count lower-case consonants that sit at odd indices of a string.
function oddSlotConsonants(s) {
  let total = 0;
  for (let i = 1; i < s.length; i += 2) {
    const c = s[i];
    if (c >= "a" && c <= "z" && !"aeiou".includes(c)) total++;
  }
  return total;
}

console.log(oddSlotConsonants("aBcDefgh")); // 2
''',
    r'''// Old-style additive Roman numerals (no subtractive pairs): 4 is "IIII",
// 9 is "VIIII", 40 is "XXXX". Upper case, for 1..3999.

const GLYPHS = [
  [1000, "M"], [500, "D"], [100, "C"], [50, "L"], [10, "X"], [5, "V"], [1, "I"],
];

const additiveRoman = (n) =>
  GLYPHS.reduce((acc, [value, sym]) => {
    const times = Math.floor(n / value);
    n -= times * value;
    return acc + sym.repeat(times);
  }, "");

module.exports = additiveRoman;
''',
    r'''// Toggle the case of vowels only; consonants and other characters are left
// untouched. A string with no vowels comes back unchanged.
//
//   toggleVowels("Education") === "edUcAtIOn"
//   toggleVowels("rhythm")    === "rhythm"

function toggleVowels(word) {
  let out = "";
  for (const ch of word) {
    if ("aeiouAEIOU".includes(ch)) {
      out += ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
    } else {
      out += ch;
    }
  }
  return out;
}

module.exports = { toggleVowels };
''',
]
