"""Fifteenth batch of hand-written documents, JavaScript (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
- JS15: positives keyed by HumanEval item number, items 6, 20, 24, 26, 38,
  41, 45, 56, 57, 92, 93, 109, 117, 121, 122, 128, 138, 141, 146, 153.
- JS_HELDOUT15: held-out documents (not in the detector's index), items 15,
  31, 71, 119, 135, 151, 155, 159.
- OTHER_JS15: six JavaScript look-alikes with a different rule:
  1. count the parenthesis pairs (not the maximum depth) in each group;
  2. sum of even values sitting at odd indices;
  3. words containing exactly n vowels (not consonants);
  4. strictly monotonic check (equal neighbours break it);
  5. script file name validator (js/ts/json suffix, at most two digits,
     leading underscore allowed);
  6. smallest divisor greater than one (n itself for primes).
"""

JS15 = {
6: r'''/**
 * paren-depth.js
 *
 * The input holds several groups of parentheses separated by single spaces.
 * For every group we want the deepest level of nesting reached inside it.
 *
 *   groupDepths("(()) () ((()))")   // -> [2, 1, 3]
 *   groupDepths("(()(()))")         // -> [3]
 */
export function groupDepths(text) {
  return text
    .split(" ")
    .filter((chunk) => chunk.length > 0)
    .map(depthOf);
}

function depthOf(chunk) {
  let level = 0;
  let deepest = 0;
  for (const ch of chunk) {
    if (ch === "(") {
      level += 1;
      if (level > deepest) deepest = level;
    } else if (ch === ")") {
      level -= 1;
    }
  }
  return deepest;
}
''',

20: r'''You don't need the double loop over every pair. If you sort a copy of the
array first, the two numbers that are nearest to each other must end up next
to each other, so one pass over neighbours is enough:

```js
const nearestPair = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  let best = [sorted[0], sorted[1]];
  let bestGap = sorted[1] - sorted[0];

  for (let i = 2; i < sorted.length; i++) {
    const gap = sorted[i] - sorted[i - 1];
    if (gap < bestGap) {
      bestGap = gap;
      best = [sorted[i - 1], sorted[i]];
    }
  }
  return best; // always [smaller, larger]
};
```

It is O(n log n) instead of O(n^2), and because the pair comes out of the
sorted array it is already in ascending order. Note the `(a, b) => a - b`
comparator: the default `sort()` compares strings and would put 10 before 9.
''',

24: r'''// Returns the biggest divisor of n that is strictly less than n.
// Instead of counting down from n - 1 we look for the smallest factor
// above 1; n divided by that factor is the answer. Primes give 1.
const biggestProperDivisor = (n) => {
  for (let f = 2; f * f <= n; f++) {
    if (n % f === 0) {
      return n / f;
    }
  }
  return 1;
};

module.exports = { biggestProperDivisor };
''',

26: r''''use strict';

/**
 * Small collection of array helpers used across the project.
 */
const arrayUtils = {
  /** Build a Map value -> number of occurrences. */
  tally(items) {
    const counts = new Map();
    for (const item of items) {
      counts.set(item, (counts.get(item) || 0) + 1);
    }
    return counts;
  },

  /**
   * Drop every value that shows up more than once (all of its copies),
   * keeping the survivors in their original order.
   *
   *   arrayUtils.keepSingletons([7, 8, 7, 9, 10, 9])  // -> [8, 10]
   */
  keepSingletons(items) {
    const counts = arrayUtils.tally(items);
    return items.filter((item) => counts.get(item) === 1);
  },
};

module.exports = arrayUtils;
''',

38: r'''/**
 * A toy cipher: the text is cut into blocks of three characters and each
 * full block is rotated one step to the left ("abc" -> "bca"). A short
 * trailing block (one or two characters) is left untouched.
 */
class TripletRotor {
  static #blocks(text) {
    const out = [];
    for (let i = 0; i < text.length; i += 3) {
      out.push(text.slice(i, i + 3));
    }
    return out;
  }

  static scramble(text) {
    return TripletRotor.#blocks(text)
      .map((b) => (b.length === 3 ? b.slice(1) + b[0] : b))
      .join("");
  }

  // Undo scramble(): rotate every full block one step to the right.
  static unscramble(text) {
    return TripletRotor.#blocks(text)
      .map((b) => (b.length === 3 ? b[2] + b.slice(0, 2) : b))
      .join("");
  }
}

const secret = TripletRotor.scramble("javascripting");
console.log(secret);                       // "avjscaiprintg"
console.log(TripletRotor.unscramble(secret));  // "javascripting"
''',

41: r'''// Cars on an endless straight road
//
// n cars drive east and another n cars drive west, all at the same speed,
// starting far apart. When an eastbound car meets a westbound one we count a
// collision, but the cars are indestructible and simply keep going.
//
// How many collisions happen in total? Since nobody stops or changes lane,
// every eastbound car eventually passes every westbound car exactly once.
// That is n meetings for each of the n eastbound cars, i.e. n * n.
//
// With 5 cars each way that is 25 crashes; with 12 it is 144.

function countCrashes(carsPerSide) {
  return carsPerSide * carsPerSide;
}

console.log(countCrashes(5));  // 25
console.log(countCrashes(12)); // 144
''',

45: r'''// area of a triangle from one side (the base) and the height onto it
const triArea = (base, height) => (base * height) / 2;

console.log(triArea(6, 4));  // 12
console.log(triArea(7, 3));  // 10.5
''',

56: r'''// Assignment 3, question 2
// A string contains only '<' and '>'. Decide whether the brackets are
// properly matched: each '<' must be closed by a later '>', and we may never
// close more than we have opened.

const assert = require("node:assert");

function anglesBalanced(str) {
  let open = 0;
  for (const c of str) {
    open += c === "<" ? 1 : -1;
    if (open < 0) {
      return false; // a '>' with nothing to close
    }
  }
  return open === 0;
}

assert.strictEqual(anglesBalanced("<<>>"), true);
assert.strictEqual(anglesBalanced("<><>"), true);
assert.strictEqual(anglesBalanced("<<>"), false);
assert.strictEqual(anglesBalanced("><"), false);
console.log("all checks passed");
''',

57: r'''// Is the sequence entirely non-decreasing or entirely non-increasing?
export default function isMonotone(seq) {
  let goesUp = false;
  let goesDown = false;

  for (let i = 1; i < seq.length; i++) {
    if (seq[i] > seq[i - 1]) goesUp = true;
    else if (seq[i] < seq[i - 1]) goesDown = true;

    if (goesUp && goesDown) {
      return false;
    }
  }
  return true;
}
''',

92: r'''/**
 * Takes three numbers and tells whether one of them equals the sum of the
 * other two. All three have to be whole numbers, otherwise the answer is
 * false.
 *
 * @param {number} p
 * @param {number} q
 * @param {number} r
 * @returns {boolean}
 *
 * @example
 * oneIsSumOfOthers(10, 4, 6);    // true  (10 = 4 + 6)
 * oneIsSumOfOthers(1, -5, -4);   // true  (1 + -5 = -4)
 * oneIsSumOfOthers(5, 5, 5);     // false
 * oneIsSumOfOthers(1.5, 2, 3.5); // false (not integers)
 */
function oneIsSumOfOthers(p, q, r) {
  if (![p, q, r].every(Number.isInteger)) {
    return false;
  }
  return p + q === r || p + r === q || q + r === p;
}
''',

93: r'''const VOWELS = new Set("aeiouAEIOU");

function flipCase(ch) {
  const lower = ch.toLowerCase();
  return ch === lower ? ch.toUpperCase() : lower;
}

// Scramble a message made of letters (and spaces): every letter changes
// case, and every vowel is then replaced by the letter two positions later
// in the alphabet (a -> c, E -> G, u -> w ...).
function scrambleMessage(message) {
  let result = "";
  for (const ch of message) {
    let swapped = flipCase(ch);
    if (VOWELS.has(swapped)) {
      swapped = String.fromCharCode(swapped.charCodeAt(0) + 2);
    }
    result += swapped;
  }
  return result;
}

module.exports = scrambleMessage;
''',

109: r'''/*
 * Rotation check.
 *
 * We may rotate an array to the right (last element moves to the front) as
 * many times as we like. Can it become sorted in ascending order?
 * All values are distinct; an empty array counts as sorted.
 *
 * Idea: walk around the array as a circle and count the "drops", i.e.
 * places where a value is bigger than the one after it (the last element is
 * compared with the first). A rotated sorted array has at most one drop.
 *
 *   canRotateToSorted([4, 5, 1, 2, 3]) -> true
 *   canRotateToSorted([2, 1, 3])       -> false
 *   canRotateToSorted([])              -> true
 */
function canRotateToSorted(values) {
  const len = values.length;
  let drops = 0;
  for (let i = 0; i < len; i++) {
    const next = values[(i + 1) % len];
    if (values[i] > next) {
      drops++;
      if (drops > 1) return false;
    }
  }
  return true;
}

module.exports = { canRotateToSorted };
''',

117: r'''// Words having exactly `count` consonants, in the order they appear.
// Any letter that is not a, e, i, o or u (either case) is a consonant.
//
// wordsWithConsonants("the quick brown fox", 3)  -> ["quick"]
// wordsWithConsonants("the quick brown fox", 2)  -> ["the", "fox"]
// wordsWithConsonants("", 1)                     -> []
const isConsonant = (ch) => /[a-z]/i.test(ch) && !"aeiou".includes(ch.toLowerCase());

const wordsWithConsonants = (sentence, count) =>
  sentence
    .split(/\s+/)
    .filter(Boolean)
    .filter((word) => [...word].filter(isConsonant).length === count);

export { wordsWithConsonants };
''',

121: r'''// In [4]:
// Sum the odd numbers that sit at even positions (index 0, 2, 4, ...).
function oddAtEvenSlots(numbers) {
  return numbers.reduce(
    (acc, value, idx) => (idx % 2 === 0 && Math.abs(value % 2) === 1 ? acc + value : acc),
    0
  );
}

oddAtEvenSlots([9, 2, 4, 7, 11]);
''',

122: r'''/**
 * Look only at the first `k` entries of `arr` and add up those that are
 * written with at most two characters (so 0..99, and -1..-9).
 *
 * @param {number[]} arr  non-empty array of integers
 * @param {number}   k    1 <= k <= arr.length
 * @returns {number}
 *
 * @example
 * sumShortOnes([250, 40, 7, 1234, 3], 3)  // 47  (40 + 7)
 * sumShortOnes([-5, 100, 12], 3)          // 7   (-5 + 12)
 */
function sumShortOnes(arr, k) {
  let total = 0;
  for (const value of arr.slice(0, k)) {
    if (String(value).length <= 2) {
      total += value;
    }
  }
  return total;
}
''',

128: r'''// Multiply the sum of absolute values by the product of the signs
// (1 for positive, -1 for negative, 0 for zero). Empty input -> null.
function signedMagnitude(nums) {
  if (nums.length === 0) return null;

  let sign = 1;
  let magnitude = 0;
  for (const x of nums) {
    if (x === 0) return 0; // a single zero wipes out the product
    if (x < 0) sign = -sign;
    magnitude += Math.abs(x);
  }
  return sign * magnitude;
}

console.assert(signedMagnitude([3, -1, 2]) === -6);
console.assert(signedMagnitude([-2, -2, 5]) === 9);
console.assert(signedMagnitude([4, 0, -7]) === 0);
console.assert(signedMagnitude([]) === null);
''',

138: r'''// Can n be written as the sum of exactly four positive even numbers?
// The smallest such sum is 2 + 2 + 2 + 2 = 8, and any bigger even number can
// be reached by increasing one of the terms, while odd numbers never work.
export const sumOfFourEvens = (n) => n >= 8 && n % 2 === 0;
''',

141: r'''const ALLOWED_EXTENSIONS = ["txt", "exe", "dll"];

/**
 * Validate a file name. It is accepted ("Yes") only when:
 *  - it has exactly one dot,
 *  - the part before the dot is non-empty and begins with an ASCII letter,
 *  - the part after the dot is txt, exe or dll,
 *  - the whole name contains no more than three digits.
 * Otherwise the answer is "No".
 */
function validateFileName(name) {
  const pieces = name.split(".");
  if (pieces.length !== 2) return "No";

  const [stem, ext] = pieces;
  if (!ALLOWED_EXTENSIONS.includes(ext)) return "No";
  if (!/^[A-Za-z]/.test(stem)) return "No";

  const digitCount = (name.match(/[0-9]/g) || []).length;
  if (digitCount > 3) return "No";

  return "Yes";
}

module.exports = validateFileName;
''',

146: r'''const ODD_DIGITS = "13579";

/**
 * Count how many numbers are above 10 and start and end with an odd digit.
 *
 *   countOddEnded([13, 22, 157, -31, 9])  // 2  (13 and 157)
 *   countOddEnded([71, 100, 35])          // 2
 */
function countOddEnded(list) {
  let hits = 0;
  for (const n of list) {
    if (n <= 10) continue;
    const digits = String(n);
    if (ODD_DIGITS.includes(digits[0]) && ODD_DIGITS.includes(digits[digits.length - 1])) {
      hits++;
    }
  }
  return hits;
}
''',

153: r'''// Pick the "strongest" extension for a class.
// strength = (# uppercase letters) - (# lowercase letters); other characters
// do not count. On a tie the earlier extension wins.
// The result is "ClassName.ExtensionName".
class ExtensionPicker {
  constructor(className) {
    this.className = className;
  }

  static strength(ext) {
    let score = 0;
    for (const ch of ext) {
      if (ch >= "A" && ch <= "Z") score++;
      else if (ch >= "a" && ch <= "z") score--;
    }
    return score;
  }

  pick(extensions) {
    let winner = extensions[0];
    let best = ExtensionPicker.strength(winner);
    for (const ext of extensions.slice(1)) {
      const s = ExtensionPicker.strength(ext);
      if (s > best) {
        best = s;
        winner = ext;
      }
    }
    return `${this.className}.${winner}`;
  }
}

module.exports = ExtensionPicker;
''',
}

JS_HELDOUT15 = {
15: r'''// "0 1 2 ... n" as one space-separated string (n >= 0)
const countUpString = (n) => Array.from({ length: n + 1 }, (_, i) => i).join(" ");

console.log(countUpString(4)); // "0 1 2 3 4"
console.log(countUpString(0)); // "0"
''',

31: r'''/**
 * Primality test by trial division. Only odd candidates up to the square
 * root are tried after 2 has been handled.
 * @param {number} n
 * @returns {boolean}
 */
export function checkPrime(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}
''',

71: r'''/*
 * Heron's formula.
 * Given three side lengths, return the triangle's area rounded to two
 * decimal places, or -1 when the sides cannot form a triangle (some pair of
 * sides is not longer than the third one).
 *
 *   heronArea(6, 8, 10)  -> 24
 *   heronArea(3, 3, 3)   -> 3.9
 *   heronArea(1, 1, 5)   -> -1
 */
function heronArea(x, y, z) {
  if (x + y <= z || x + z <= y || y + z <= x) {
    return -1;
  }
  const s = (x + y + z) / 2;
  const area = Math.sqrt(s * (s - x) * (s - y) * (s - z));
  return Math.round(area * 100) / 100;
}

module.exports = heronArea;
''',

119: r'''// Two strings made of '(' and ')'. Answer "Yes" if gluing them together in
// one of the two possible orders gives a balanced string, else "No".

function isBalanced(s) {
  let depth = 0;
  for (const ch of s) {
    depth += ch === "(" ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function canJoinBalanced([first, second]) {
  return isBalanced(first + second) || isBalanced(second + first) ? "Yes" : "No";
}
''',

135: r'''const lastDropIndex = (arr) => {
  // scan from the right: the first position whose value is smaller than its
  // left neighbour is the largest such index
  for (let i = arr.length - 1; i > 0; i--) {
    if (arr[i] < arr[i - 1]) return i;
  }
  return -1;
};

module.exports = { lastDropIndex };
''',

151: r'''/**
 * Sum of the squares of the list's odd numbers, skipping anything that is
 * negative or not an integer. An empty list gives 0.
 *
 * @example
 * sumOddSquares([3, 4, 5])       // 34
 * sumOddSquares([-3, 2.5, 7])    // 49
 * sumOddSquares([])              // 0
 */
export const sumOddSquares = (list) =>
  list
    .filter((v) => Number.isInteger(v) && v > 0 && v % 2 === 1)
    .reduce((acc, v) => acc + v * v, 0);
''',

155: r'''// Count even and odd digits of an integer (the sign is ignored).
// Returns [evenCount, oddCount].
function digitParity(num) {
  const counts = [0, 0];
  for (const d of String(Math.abs(num))) {
    counts[Number(d) % 2]++;
  }
  return counts;
}

console.log(digitParity(-2468)); // [4, 0]
console.log(digitParity(1357));  // [0, 4]
console.log(digitParity(90));    // [1, 1]
''',

159: r'''const rabbit = {
  /**
   * The rabbit has already eaten `eaten` carrots today and wants `wanted`
   * more; `stock` carrots are left. It eats what it can and we report
   * [total eaten after the meal, carrots left in stock].
   */
  feed(eaten, wanted, stock) {
    const bites = Math.min(wanted, stock);
    return [eaten + bites, stock - bites];
  },
};

module.exports = rabbit;
''',
}

OTHER_JS15 = [
r'''// For every space-separated group of parentheses, count how many "()"
// pairs it contains (i.e. the number of opening brackets).
//
//   pairsPerGroup("(()) () ((()))")  -> [2, 1, 3]
//   pairsPerGroup("(()()) (())")     -> [3, 2]
function pairsPerGroup(text) {
  return text
    .split(" ")
    .filter((g) => g !== "")
    .map((g) => [...g].filter((c) => c === "(").length);
}

module.exports = pairsPerGroup;
''',

r'''/**
 * Add up the even values found at odd indices (1, 3, 5, ...).
 * @param {number[]} values
 * @returns {number}
 */
export function evenAtOddIndices(values) {
  let sum = 0;
  for (let i = 1; i < values.length; i += 2) {
    if (values[i] % 2 === 0) sum += values[i];
  }
  return sum;
}
''',

r'''// Return the words that contain exactly `k` vowels (a, e, i, o, u),
// keeping their original order.
const wordsWithVowels = (sentence, k) =>
  sentence
    .split(/\s+/)
    .filter(Boolean)
    .filter((w) => (w.match(/[aeiou]/gi) || []).length === k);

console.log(wordsWithVowels("an orange and a banana", 3)); // ["orange", "banana"]
console.log(wordsWithVowels("sky high", 1));               // ["high"]
''',

r'''// true when each element is strictly greater than the previous one, or each
// is strictly smaller; any two equal neighbours make the answer false
function strictlyMonotone(arr) {
  if (arr.length < 2) return true;
  const rising = arr.every((v, i) => i === 0 || v > arr[i - 1]);
  const falling = arr.every((v, i) => i === 0 || v < arr[i - 1]);
  return rising || falling;
}

module.exports = strictlyMonotone;
''',

r'''const SCRIPT_EXTENSIONS = new Set(["js", "ts", "json"]);

/**
 * Accepts a script file name when it has one dot, a stem that starts with a
 * letter or an underscore, an extension among js/ts/json, and at most two
 * digits overall. Returns true or false.
 *
 *   isScriptName("_helpers.js")   // true
 *   isScriptName("app2024.ts")    // false (four digits)
 *   isScriptName("9lives.json")   // false
 */
function isScriptName(name) {
  const parts = name.split(".");
  if (parts.length !== 2) return false;
  const [stem, ext] = parts;
  if (!SCRIPT_EXTENSIONS.has(ext)) return false;
  if (!/^[A-Za-z_]/.test(stem)) return false;
  return (name.match(/\d/g) || []).length <= 2;
}
''',

r'''// smallest factor of n that is bigger than 1 (n itself when n is prime)
export const smallestFactor = (n) => {
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return d;
  }
  return n;
};
''',
]
