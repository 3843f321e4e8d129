"""Twenty-seventh batch of hand-written documents, JavaScript (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS27: positives keyed by HumanEval item number, items 13, 30, 37, 40, 53,
    57, 70, 73, 84, 94, 112, 117, 132, 133, 134, 138, 140, 162.
  JS_HELDOUT27: held-out documents, items 7, 19, 59, 67, 123, 131, 151, 163.
  OTHER_JS27: seven JavaScript look-alikes with a different rule:
    0. least common multiple of two positive integers (not the gcd).
    1. keep only the characters of s that DO occur in c, then report
       [kept, isPalindrome] (instead of deleting them).
    2. words of a sentence containing exactly n vowels (not consonants).
    3. sum of squares after rounding each number DOWN (floor, not ceiling).
    4. "valid mountain" test: strictly rises to an interior peak and then
       strictly falls (monotonic arrays are rejected).
    5. largest prime in a list, return the PRODUCT of its digits (not sum).
    6. collapse every run of spaces to one underscore and trim the ends
       (no dash, run length does not matter).
"""

JS27 = {}
JS_HELDOUT27 = {}
OTHER_JS27 = []

JS27[13] = r'''// mathutils.js
// Small numeric helpers shared by the fraction and grid modules.

'use strict';

function clamp(value, lo, hi) {
  return Math.min(hi, Math.max(lo, value));
}

/**
 * Euclid's algorithm: the largest integer that divides both inputs.
 * Recursion depth is logarithmic in the smaller argument, so this is safe
 * for anything that fits in a double.
 */
function gcdOf(m, n) {
  if (n === 0) return m;
  return gcdOf(n, m % n);
}

function isEven(k) {
  return k % 2 === 0;
}

module.exports = { clamp, gcdOf, isEven };
'''

JS27[30] = r'''Q: What's the cleanest way to drop zeros and negatives from an array of numbers?

I have something like `[3, -7, 0, 12, -1, 8]` coming back from an API and I
only want the values that are greater than zero, in the same order.

A: `Array.prototype.filter` does exactly this and doesn't touch the original
array:

    const keepPositives = (values) => values.filter((v) => v > 0);

    keepPositives([3, -7, 0, 12, -1, 8]);   // [3, 12, 8]
    keepPositives([-2, -4]);                // []

Note the strict `>`: zero is not positive, so it gets dropped as well. If you
want to keep zeros, use `v >= 0` instead.
'''

JS27[37] = r'''/*
 * Exercise 4.3 - "Sort the even slots"
 *
 * Given an array, produce a new array where the values sitting at even
 * indices (0, 2, 4, ...) have been put in ascending order among themselves,
 * while the values at odd indices stay exactly where they were.
 *
 *   sortEvenSlots([9, 1, 4, 7, 2])    -> [2, 1, 4, 7, 9]
 *   sortEvenSlots([6, -3, 5, 0])      -> [5, -3, 6, 0]
 *   sortEvenSlots([])                 -> []
 */

function sortEvenSlots(arr) {
  const picked = [];
  for (let i = 0; i < arr.length; i += 2) {
    picked.push(arr[i]);
  }
  picked.sort((a, b) => a - b);

  const out = arr.slice();
  for (let i = 0, k = 0; i < out.length; i += 2, k++) {
    out[i] = picked[k];
  }
  return out;
}

module.exports = sortEvenSlots;
'''

JS27[40] = r'''// Review note on PR #212 (utils/sums.js):
// The original version was three nested loops, O(n^3). Since we only need a
// yes/no answer for "do three different positions add up to 0", sorting a
// copy first and walking two pointers gets this down to O(n^2). Positions
// stay distinct because lo starts after i and hi starts at the far end.

function hasZeroSumTriple(nums) {
  const a = [...nums].sort((x, y) => x - y);
  const n = a.length;
  for (let i = 0; i < n - 2; i++) {
    let lo = i + 1;
    let hi = n - 1;
    while (lo < hi) {
      const total = a[i] + a[lo] + a[hi];
      if (total === 0) return true;
      if (total < 0) lo++;
      else hi--;
    }
  }
  return false;
}

module.exports = { hasZeroSumTriple };
'''

JS27[53] = r'''// calc.js - the four basic operations for the toy REPL calculator.

function plus(left, right) {
  return left + right;
}

function minus(left, right) {
  return left - right;
}

function times(left, right) {
  return left * right;
}

function over(left, right) {
  if (right === 0) throw new RangeError('division by zero');
  return left / right;
}

// quick self-check when run directly: `node calc.js`
if (require.main === module) {
  console.assert(plus(4, 9) === 13, 'plus(4, 9)');
  console.assert(plus(-6, 6) === 0, 'plus(-6, 6)');
  console.assert(plus(100, 250) === 350, 'plus(100, 250)');
  console.log('calc ok');
}

module.exports = { plus, minus, times, over };
'''

JS27[57] = r'''/**
 * Returns true when the sequence never changes direction: either every
 * step goes up or stays level, or every step goes down or stays level.
 * Empty and single-element arrays count as ordered.
 *
 * @param {number[]} seq
 * @returns {boolean}
 */
function isMonotone(seq) {
  let canRise = true;
  let canFall = true;
  for (let i = 1; i < seq.length; i++) {
    if (seq[i] > seq[i - 1]) canFall = false;
    if (seq[i] < seq[i - 1]) canRise = false;
    if (!canRise && !canFall) return false;
  }
  return true;
}

export default isMonotone;
'''

JS27[70] = r'''Alternating min/max ordering
============================

I needed this for a "spread out" display of scores: take the lowest, then
the highest of what is left, then the lowest of what is left again, and so
on until nothing remains. Sorting once and walking inward from both ends is
all it takes, and it leaves the caller's array alone:

```js
function zigzagMinMax(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const result = [];
  let lo = 0;
  let hi = sorted.length - 1;
  let takeLow = true;
  while (lo <= hi) {
    result.push(takeLow ? sorted[lo++] : sorted[hi--]);
    takeLow = !takeLow;
  }
  return result;
}
```

A few calls:

```js
zigzagMinMax([7, 2, 9, 4, 1]); // [1, 9, 2, 7, 4]
zigzagMinMax([3, 3, 1]);       // [1, 3, 3]
zigzagMinMax([]);              // []
```

Duplicates are fine, they just come out next to each other.
'''

JS27[73] = r'''// palindrome-fix.js
//
// How many single-element rewrites are needed before an array reads the
// same in both directions? Each mismatched mirror pair needs exactly one
// rewrite (overwrite either side with the other one), and the pairs don't
// interact, so the answer is simply the number of mismatched pairs.

function minEditsToPalindrome(items) {
  let edits = 0;
  let left = 0;
  let right = items.length - 1;
  while (left < right) {
    if (items[left] !== items[right]) edits += 1;
    left += 1;
    right -= 1;
  }
  return edits;
}

module.exports = minEditsToPalindrome;
'''

JS27[84] = r'''// Kata: "Binary digit total"
// Add up the decimal digits of a non-negative integer, then hand the total
// back written in base 2, as a string.
//
//   digitSumBinary(4096) -> "10011"   (4 + 0 + 9 + 6 = 19)
//   digitSumBinary(59)   -> "1110"    (5 + 9 = 14)
//   digitSumBinary(0)    -> "0"

const digitSumBinary = (num) => {
  let total = 0;
  for (const ch of String(num)) {
    total += Number(ch);
  }
  return total.toString(2);
};

console.log(digitSumBinary(4096)); // 10011
console.log(digitSumBinary(59));   // 1110
'''

JS27[94] = r'''"use strict";

// Scan a list of integers, pick out the biggest one that is prime, and
// report the sum of its decimal digits. A list without any prime gives 0.

function isPrime(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}

function digitTotal(n) {
  return String(n)
    .split("")
    .reduce((acc, c) => acc + Number(c), 0);
}

function largestPrimeDigitSum(list) {
  let best = 0;
  for (const value of list) {
    if (value > best && isPrime(value)) best = value;
  }
  return digitTotal(best);
}

module.exports = { largestPrimeDigitSum, isPrime };
'''

JS27[112] = r'''/**
 * Remove from `text` every character that occurs anywhere in `banned`,
 * then report whether what survived reads the same backwards.
 * Returns a pair: [survivingString, isPalindrome].
 *
 * Examples:
 *   stripAndCheck("racecars", "s")   // ["racecar", true]
 *   stripAndCheck("banana", "n")     // ["baaa", false]
 *   stripAndCheck("xyz", "xyz")      // ["", true]
 */
function stripAndCheck(text, banned) {
  const drop = new Set(banned);
  let kept = "";
  for (const ch of text) {
    if (!drop.has(ch)) kept += ch;
  }
  const reversed = [...kept].reverse().join("");
  return [kept, kept === reversed];
}
'''

JS27[117] = r'''// textutils.js

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

function capitalize(word) {
  return word ? word[0].toUpperCase() + word.slice(1) : word;
}

function consonantCount(word) {
  let count = 0;
  for (const ch of word.toLowerCase()) {
    if (!VOWELS.has(ch)) count++;
  }
  return count;
}

// Words of `sentence` (letters and spaces only) that contain exactly `k`
// consonants, kept in the order they appear. Empty input gives [].
function wordsWithConsonants(sentence, k) {
  return sentence
    .split(/\s+/)
    .filter((w) => w.length > 0 && consonantCount(w) === k);
}

module.exports = { capitalize, consonantCount, wordsWithConsonants };
'''

JS27[132] = r'''Checking for a nested pair of square brackets
---------------------------------------------

The question: given a string made only of `[` and `]`, can you pick some of
its characters (keeping their order) so that they form a balanced bracket
sequence in which at least one pair sits inside another pair?

Any such selection contains `[[]]` as a subsequence, and `[[]]` is itself a
valid selection. So the whole problem reduces to: find the second opening
bracket, then check that at least two closing brackets come after it.
Using the *earliest* two openers is always best, since that leaves the most
room for closers.

```javascript
function hasNestedBrackets(s) {
  let openers = 0;
  let i = 0;
  while (i < s.length && openers < 2) {
    if (s[i] === "[") openers++;
    i++;
  }
  if (openers < 2) return false;

  let closers = 0;
  for (; i < s.length; i++) {
    if (s[i] === "]") closers++;
  }
  return closers >= 2;
}

console.log(hasNestedBrackets("[]][[]]")); // true
console.log(hasNestedBrackets("][]["));    // false
console.log(hasNestedBrackets("[[[]"));    // false
console.log(hasNestedBrackets("[][]"));    // false
```
'''

JS27[133] = r'''// Round every entry up to the nearest integer, square it, and add the
// squares together. Negative values work too: ceil(-2.5) is -2.

function sumOfCeilSquares(numbers) {
  return numbers.reduce((acc, x) => {
    const r = Math.ceil(x);
    return acc + r * r;
  }, 0);
}

module.exports = sumOfCeilSquares;
'''

JS27[134] = r'''// Does the string finish with a single letter standing on its own?
// "On its own" means the last space-separated chunk is exactly one
// character long and that character is a-z or A-Z.
//
// endsWithLoneLetter("hello w")      === true
// endsWithLoneLetter("hello world")  === false
// endsWithLoneLetter("hello w ")     === false   (trailing space)
// endsWithLoneLetter("abc 9")        === false   (digit, not a letter)
// endsWithLoneLetter("Q")            === true

function endsWithLoneLetter(str) {
  const parts = str.split(" ");
  const tail = parts[parts.length - 1];
  return tail.length === 1 && /[a-z]/i.test(tail);
}
'''

JS27[138] = r'''Can n be written as the sum of exactly four positive even numbers?

The smallest such sum is 2 + 2 + 2 + 2, and a sum of even numbers is always
even. Conversely, every even n from that minimum upward works:
2 + 2 + 2 + (n - 6), where n - 6 is even and at least 2. So there is nothing
to search for:

```js
const isSumOfFourEvens = (n) => n >= 8 && n % 2 === 0;
```
'''

JS27[140] = r'''/**
 * Make a string safe for a slug-ish identifier:
 *   - a run of one or two spaces becomes the same number of underscores,
 *   - a run of three or more spaces collapses into a single dash.
 *
 *   normalizeSpaces("a b")          -> "a_b"
 *   normalizeSpaces("a  b")         -> "a__b"
 *   normalizeSpaces("a    b")       -> "a-b"
 *   normalizeSpaces("  lead")       -> "__lead"
 *   normalizeSpaces("NoSpacesHere") -> "NoSpacesHere"
 */
function normalizeSpaces(input) {
  return input.replace(/ +/g, (run) => (run.length > 2 ? "-" : "_".repeat(run.length)));
}
'''

JS27[162] = r'''// hash-helpers.js
const crypto = require("crypto");

function toBase64(str) {
  return Buffer.from(str, "utf8").toString("base64");
}

// Hex MD5 digest of the given text, or null when the text is empty.
function md5OrNull(text) {
  if (!text) return null;
  return crypto.createHash("md5").update(text).digest("hex");
}

function sha256Hex(str) {
  return crypto.createHash("sha256").update(str).digest("hex");
}

module.exports = { toBase64, md5OrNull, sha256Hex };
'''

JS_HELDOUT27[7] = r'''// filterByText.js
//
// Keep only the strings that have `needle` somewhere inside them.
//
//   withSubstring(["pear", "apple", "plum"], "pl")   // ["apple", "plum"]
//   withSubstring(["one", "two"], "z")               // []
//   withSubstring([], "x")                           // []

function withSubstring(list, needle) {
  const out = [];
  for (const item of list) {
    if (item.indexOf(needle) !== -1) out.push(item);
  }
  return out;
}

module.exports = withSubstring;
'''

JS_HELDOUT27[19] = r'''const WORD_ORDER = ["zero", "one", "two", "three", "four",
                    "five", "six", "seven", "eight", "nine"];

/**
 * Takes a space separated list of spelled-out digits ("zero" .. "nine")
 * and returns them in ascending numeric order, joined by single spaces.
 * Counting sort: ten buckets, one pass to count, one pass to emit.
 */
function sortSpelledDigits(phrase) {
  const counts = new Array(10).fill(0);
  for (const w of phrase.split(" ")) {
    if (w) counts[WORD_ORDER.indexOf(w)]++;
  }
  const out = [];
  counts.forEach((c, digit) => {
    for (let i = 0; i < c; i++) out.push(WORD_ORDER[digit]);
  });
  return out.join(" ");
}

module.exports = { sortSpelledDigits };
'''

JS_HELDOUT27[59] = r'''Largest prime factor by trial division
--------------------------------------

Strip off each factor as soon as you find it; whatever is left over at the
end (if it is bigger than 1) is itself prime and is the largest one.

```js
function largestPrimeFactor(n) {
  let largest = 1;
  let d = 2;
  while (d * d <= n) {
    while (n % d === 0) {
      largest = d;
      n /= d;
    }
    d += d === 2 ? 1 : 2;
  }
  return n > 1 ? n : largest;
}

console.log(largestPrimeFactor(360));  // 5
console.log(largestPrimeFactor(1001)); // 13
console.log(largestPrimeFactor(243));  // 3
```
'''

JS_HELDOUT27[67] = r'''// Basket puzzle: the description string says how many apples and oranges
// there are ("<a> apples and <o> oranges"); every other fruit in a basket
// of `total` fruits is a mango.
function mangoCount(description, total) {
  let known = 0;
  for (const token of description.split(" ")) {
    if (/^\d+$/.test(token)) known += parseInt(token, 10);
  }
  return total - known;
}
'''

JS_HELDOUT27[123] = r'''/**
 * Odd members of the Collatz trajectory that starts at `start` (start
 * itself included when it is odd), returned in ascending order.
 * Rule: even -> n / 2, odd -> 3n + 1, stop once we reach 1.
 *
 *   oddCollatz(7) -> [1, 5, 7, 11, 13, 17]
 *   oddCollatz(1) -> [1]
 *   oddCollatz(6) -> [1, 3, 5]
 */
function oddCollatz(start) {
  const seen = [];
  let n = start;
  while (true) {
    if (n % 2 === 1) seen.push(n);
    if (n === 1) break;
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  }
  return seen.sort((a, b) => a - b);
}
'''

JS_HELDOUT27[131] = r'''// Product of the odd decimal digits of a positive integer; 0 when the
// number has no odd digit at all.
function oddDigitProduct(num) {
  let product = 1;
  let sawOdd = false;
  while (num > 0) {
    const d = num % 10;
    if (d % 2 === 1) {
      product *= d;
      sawOdd = true;
    }
    num = Math.floor(num / 10);
  }
  return sawOdd ? product : 0;
}

module.exports = oddDigitProduct;
'''

JS_HELDOUT27[151] = r'''/**
 * Sum of squares of the entries that are positive odd integers.
 * Negative numbers, zero, even numbers and non-integers contribute nothing.
 *
 *   sumOddSquares([2, 7, -3, 5.5, 1]) === 50   // 49 + 1
 *   sumOddSquares([-5, 4, 0])         === 0
 *   sumOddSquares([])                 === 0
 */
const sumOddSquares = (xs) =>
  xs
    .filter((x) => Number.isInteger(x) && x > 0 && x % 2 === 1)
    .reduce((total, x) => total + x * x, 0);

module.exports = sumOddSquares;
'''

JS_HELDOUT27[163] = r'''// Even single digits (2, 4, 6, 8) lying between a and b inclusive, in
// ascending order, whichever of the two bounds is the larger one.
const EVEN_DIGITS = [2, 4, 6, 8];

function evenDigitsBetween(a, b) {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return EVEN_DIGITS.filter((d) => d >= lo && d <= hi);
}

module.exports = { evenDigitsBetween };
'''

OTHER_JS27.append(r'''// Least common multiple of two positive integers, built on Euclid's gcd.
// Dividing before multiplying keeps the intermediate value small.
//
//   lcmOf(4, 6)  -> 12
//   lcmOf(7, 5)  -> 35
//   lcmOf(9, 3)  -> 9

function gcd(a, b) {
  while (b !== 0) {
    [a, b] = [b, a % b];
  }
  return a;
}

function lcmOf(a, b) {
  return (a / gcd(a, b)) * b;
}

module.exports = { gcd, lcmOf };
''')

OTHER_JS27.append(r'''/**
 * Keep only the characters of `text` that also appear somewhere in
 * `allowed` (everything else is thrown away), then say whether the
 * filtered string is a palindrome.
 * Returns [filtered, isPalindrome].
 */
function keepAndCheck(text, allowed) {
  const filtered = text
    .split("")
    .filter((ch) => allowed.includes(ch))
    .join("");
  let i = 0;
  let j = filtered.length - 1;
  while (i < j) {
    if (filtered[i] !== filtered[j]) return [filtered, false];
    i++;
    j--;
  }
  return [filtered, true];
}
''')

OTHER_JS27.append(r'''Picking words by how many vowels they have
------------------------------------------

For a word game I wanted every word in a sentence that has exactly `n`
vowels (a, e, i, o, u, either case), keeping the sentence order. A regex
match count does the job:

```js
function wordsWithVowels(sentence, n) {
  return sentence
    .split(" ")
    .filter((word) => word !== "")
    .filter((word) => (word.match(/[aeiou]/gi) || []).length === n);
}

console.log(wordsWithVowels("the quick brown fox", 1)); // [ 'the', 'brown', 'fox' ]
console.log(wordsWithVowels("Ocean breeze", 3));        // [ 'Ocean', 'breeze' ]
console.log(wordsWithVowels("", 2));                    // []
```
''')

OTHER_JS27.append(r'''// Floor each value (round toward minus infinity), square it, and return
// the total. Note floor(-1.5) is -2, so negatives grow in magnitude.
function sumFloorSquares(values) {
  let total = 0;
  for (const v of values) {
    const f = Math.floor(v);
    total += f * f;
  }
  return total;
}

module.exports = sumFloorSquares;
''')

OTHER_JS27.append(r'''/**
 * "Valid mountain" check: at least three values, strictly climbing to a
 * single peak that is not at either end, then strictly descending.
 * Plateaus and plain ascending/descending arrays are NOT mountains.
 *
 *   isMountain([1, 4, 7, 3, 0])  // true
 *   isMountain([1, 2, 3, 4])     // false  (never comes down)
 *   isMountain([2, 5, 5, 1])     // false  (flat top)
 *   isMountain([3, 1])           // false
 */
function isMountain(arr) {
  const n = arr.length;
  if (n < 3) return false;
  let i = 0;
  while (i + 1 < n && arr[i] < arr[i + 1]) i++;
  if (i === 0 || i === n - 1) return false;
  while (i + 1 < n && arr[i] > arr[i + 1]) i++;
  return i === n - 1;
}
''')

OTHER_JS27.append(r'''// Find the largest prime in the list and multiply its decimal digits
// together. If the list has no prime, the answer is 0.

function primeTest(n) {
  if (n < 2) return false;
  for (let f = 2; f * f <= n; f++) {
    if (n % f === 0) return false;
  }
  return true;
}

function largestPrimeDigitProduct(nums) {
  const primes = nums.filter(primeTest);
  if (primes.length === 0) return 0;
  const top = Math.max(...primes);
  let product = 1;
  for (const ch of String(top)) product *= Number(ch);
  return product;
}

module.exports = { largestPrimeDigitProduct };
''')

OTHER_JS27.append(r'''/**
 * Turn a free-form title into a snake-ish token: trim leading and trailing
 * spaces, then replace every run of spaces (however long) with a single
 * underscore.
 *
 *   squashSpaces("  hello   big  world ") -> "hello_big_world"
 *   squashSpaces("one two")               -> "one_two"
 *   squashSpaces("solo")                  -> "solo"
 */
function squashSpaces(title) {
  return title.trim().split(/ +/).join("_");
}
''')
