"""Nineteenth batch of hand-written documents, JavaScript (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS19: positives keyed by HumanEval item number, items 8, 16, 28, 37, 42,
    44, 46, 49, 80, 82, 97, 104, 116, 124, 126, 142, 146, 158.
  JS_HELDOUT19: held-out documents, items 11, 31, 43, 71, 87, 115, 123, 143.
  OTHER_JS19: seven JavaScript look-alikes with a different rule:
    0. reverse the order of the values at even indices, odd indices untouched
       (instead of sorting them).
    1. a string is accepted when every window of three consecutive characters
       contains at least a vowel (instead of three distinct characters).
    2. true when the number of vowels in the string is prime (instead of the
       string length).
    3. keep the numbers whose digits strictly increase left to right, returned
       largest first (instead of all-odd digits, ascending).
    4. count the numbers whose first and last digit are the same, sign ignored,
       any size (instead of both odd and the number above 10).
    5. the word with the fewest distinct letters, ties going to the longer
       word, then the earlier one (instead of most distinct, alphabetical tie).
    6. Narayana's cows sequence a(n) = a(n-1) + a(n-3) seeded 1, 1, 1,
       computed iteratively (instead of a four- or three-term sum).
"""

JS19 = {}
JS_HELDOUT19 = {}
OTHER_JS19 = []

JS19[8] = r'''// mathutils.js -- small numeric helpers used by the report generator

/**
 * Arithmetic mean of an array; NaN for an empty array.
 */
function mean(xs) {
  if (xs.length === 0) return NaN;
  return xs.reduce((acc, x) => acc + x, 0) / xs.length;
}

/**
 * Clamp v into the closed range [lo, hi].
 */
function clamp(v, lo, hi) {
  return Math.min(hi, Math.max(lo, v));
}

/**
 * Add up and multiply together every integer in `values` in a single pass.
 * The result is a pair [total, product]. With no values at all the total is
 * the additive identity (0) and the product the multiplicative one (1).
 *
 *   totalAndProduct([2, 3, 4])   // => [9, 24]
 *   totalAndProduct([-1, 5])     // => [4, -5]
 *   totalAndProduct([])          // => [0, 1]
 */
function totalAndProduct(values) {
  let total = 0;
  let product = 1;
  for (const v of values) {
    total += v;
    product *= v;
  }
  return [total, product];
}

module.exports = { mean, clamp, totalAndProduct };
'''

JS19[16] = r'''Q: I need the number of different characters in a string, but "A" and "a"
should count as the same one. Right now I loop over the string and push into
an array after an indexOf check, which feels clumsy. Is there a cleaner way?

A: Lower-case the whole string first and let a Set throw the repeats away.
A Set keeps each value only once, so its size is exactly the number of
distinct characters:

    function uniqueCharCount(text) {
      return new Set(text.toLowerCase()).size;
    }

The Set constructor accepts any iterable, and iterating a string walks it
character by character, so there is no need for split("") first. Keep in mind
that this counts every character, not only letters: a space, a digit or a
punctuation mark counts once as well. If you want letters only, filter the
string before building the Set.
'''

JS19[28] = r'''Review comment on src/render/buildLabel.js

> let out = "";
> for (let i = 0; i < pieces.length; i++) {
>   out = out + pieces[i];
> }
> return out;

This works, but the whole function only glues an array of strings together
end to end with nothing in between. Array.prototype.join with an empty
separator already does exactly that, and it gives back "" for an empty array,
which the loop above only handles by accident. Suggest:

```js
/**
 * Glue every string in `pieces` together, in order, with no separator.
 * @param {string[]} pieces
 * @returns {string}
 */
function glueStrings(pieces) {
  return pieces.join("");
}
```

Not blocking, happy to approve either way.
'''

JS19[37] = r'''Sorting only every other slot of an array

A puzzle from our study group this week: take an array of numbers and sort
just the entries sitting at even positions (0, 2, 4, ...), while everything at
an odd position stays exactly where it was. The trick is to pull the even-slot
values out, sort that smaller array, and then drop them back into the even
slots one after another.

One JavaScript gotcha: Array.prototype.sort compares as strings by default,
so [10, 9, 2].sort() gives [10, 2, 9]. Always pass a numeric comparator.

```js
function orderEvenPositions(arr) {
  const evenVals = [];
  for (let i = 0; i < arr.length; i += 2) {
    evenVals.push(arr[i]);
  }
  evenVals.sort((a, b) => a - b);

  const result = arr.slice();
  let k = 0;
  for (let i = 0; i < result.length; i += 2) {
    result[i] = evenVals[k++];
  }
  return result;
}

console.log(orderEvenPositions([9, 1, 4, 7, 2]));   // [ 2, 1, 4, 7, 9 ]
console.log(orderEvenPositions([8, -3, 0, 6]));     // [ 0, -3, 8, 6 ]
console.log(orderEvenPositions([]));                // []
```

The input array is left untouched, because all the writing happens on the
copy made with slice().
'''

JS19[42] = r''''use strict';

// array-helpers.js

function chunk(arr, size) {
  const out = [];
  for (let i = 0; i < arr.length; i += size) {
    out.push(arr.slice(i, i + size));
  }
  return out;
}

// Returns a fresh array in which every number has been bumped up by one.
// The array passed in is not modified.
function bumpEach(nums) {
  return nums.map(n => n + 1);
}

function lastItem(arr) {
  return arr.length ? arr[arr.length - 1] : undefined;
}

module.exports = { chunk, bumpEach, lastItem };
'''

JS19[44] = r'''/**
 * Write a non-negative integer in a small base (2 through 9).
 *
 * The lowest digit is the remainder after dividing by the base; integer
 * division then shifts the number one place to the right. Each digit is
 * prepended, so the string comes out most significant digit first. Because
 * the loop only runs while the value is positive, 0 comes back as "".
 *
 *   toRadixString(13, 2)  -> "1101"
 *   toRadixString(25, 3)  -> "221"
 *   toRadixString(64, 8)  -> "100"
 */
function toRadixString(value, radix) {
  let digits = "";
  let rest = value;
  while (rest > 0) {
    digits = String(rest % radix) + digits;
    rest = Math.floor(rest / radix);
  }
  return digits;
}
'''

JS19[46] = r'''// Tetranacci-style sequence seeded with 0, 0, 2, 0: from index 4 on, each
// term is the sum of the four terms before it. Computed bottom-up with four
// rolling variables, so there is no recursion and memory stays constant.
function quadSeq(n) {
  const seed = [0, 0, 2, 0];
  if (n < 4) return seed[n];
  let [a, b, c, d] = seed;
  for (let i = 4; i <= n; i++) {
    const next = a + b + c + d;
    a = b;
    b = c;
    c = d;
    d = next;
  }
  return d;
}

module.exports = quadSeq;
'''

JS19[49] = r'''// Power of two modulo p, without ever building the huge number 2 ** n.
//
// Square-and-multiply: walk the bits of n from the lowest one upwards,
// squaring the base at every step and folding it into the result whenever
// the bit is set. BigInt keeps the intermediate products exact even when p
// is large.
function twoPowMod(n, p) {
  const m = BigInt(p);
  let result = 1n;
  let base = 2n % m;
  let e = BigInt(n);
  while (e > 0n) {
    if (e & 1n) result = (result * base) % m;
    base = (base * base) % m;
    e >>= 1n;
  }
  return Number(result);
}

// quick checks
console.assert(twoPowMod(10, 7) === 2);   // 1024 = 146 * 7 + 2
console.assert(twoPowMod(5, 13) === 6);   // 32 = 2 * 13 + 6
console.assert(twoPowMod(0, 9) === 1);    // the empty product
'''

JS19[80] = r'''A string passes this check when it is at least three characters long and no
character repeats inside any window of three neighbouring characters. Sliding
the window one step at a time is enough: if positions i, i+1 and i+2 hold
three different characters for every i, there is no bad window anywhere.

function hasNoCloseRepeats(str) {
  if (str.length < 3) {
    return false;
  }
  for (let i = 0; i + 2 < str.length; i++) {
    const x = str[i], y = str[i + 1], z = str[i + 2];
    if (x === y || y === z || x === z) {
      return false;
    }
  }
  return true;
}
'''

JS19[82] = r'''const assert = require("assert");

function isPrime(k) {
  if (k < 2) return false;
  for (let d = 2; d * d <= k; d++) {
    if (k % d === 0) return false;
  }
  return true;
}

// true when the number of characters in `word` is a prime number
function lengthIsPrime(word) {
  return isPrime(word.length);
}

assert.strictEqual(lengthIsPrime("apple"), true);    // 5
assert.strictEqual(lengthIsPrime("banana"), false);  // 6
assert.strictEqual(lengthIsPrime("ab"), true);       // 2
assert.strictEqual(lengthIsPrime("x"), false);       // 1
assert.strictEqual(lengthIsPrime(""), false);        // 0
console.log("all good");
'''

JS19[97] = r'''// digits.mjs

/**
 * Multiply the last decimal digits of two integers together.
 * The sign plays no part: only the ones digit of each absolute value is used.
 * @param {number} a
 * @param {number} b
 * @returns {number}
 */
export function onesDigitProduct(a, b) {
  const lastA = Math.abs(a) % 10;
  const lastB = Math.abs(b) % 10;
  return lastA * lastB;
}
'''

JS19[104] = r'''Filtering numbers made only of odd digits

Given an array of positive integers, keep the ones in which no digit is even
(0, 2, 4, 6 or 8) and return them in ascending order. Turning each number
into a string makes the digit check a one-liner.

    function onlyOddDigits(nums) {
      const allOdd = (n) =>
        String(n).split("").every((ch) => Number(ch) % 2 === 1);
      return nums.filter(allOdd).sort((a, b) => a - b);
    }

    onlyOddDigits([7, 42, 1357, 91, 208]);   // [7, 91, 1357]
    onlyOddDigits([20, 44, 86]);             // []

filter() already returns a new array, so sorting it does not touch the input.
'''

JS19[116] = r'''// Order integers by how many 1 bits their binary form has, fewest first;
// numbers with the same number of 1 bits are ordered by their value.
// For negative inputs the bits of the absolute value are counted.

function countOnes(n) {
  let v = Math.abs(n);
  let ones = 0;
  while (v > 0) {
    ones += v % 2;
    v = Math.floor(v / 2);
  }
  return ones;
}

function sortByBitCount(list) {
  return [...list].sort((x, y) => {
    const diff = countOnes(x) - countOnes(y);
    return diff !== 0 ? diff : x - y;
  });
}
'''

JS19[124] = r'''// Validate a date written as mm-dd-yyyy.
//
//   isValidMDY("12-25-2021")  // true
//   isValidMDY("02-30-2020")  // false, February never gets 30 days here
//   isValidMDY("11-31-1999")  // false, November has 30 days
//   isValidMDY("2021-12-25")  // false, year-first is the wrong layout
//   isValidMDY("12/25/2021")  // false, slashes are not accepted
//   isValidMDY("")            // false

const MONTH_LENGTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidMDY(text) {
  if (typeof text !== "string") return false;
  const parts = text.trim().split("-");
  if (parts.length !== 3) return false;
  if (!parts.every((p) => /^\d+$/.test(p))) return false;

  const month = parseInt(parts[0], 10);
  const day = parseInt(parts[1], 10);

  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= MONTH_LENGTH[month - 1];
}
'''

JS19[126] = r'''/*
 * inOrderWithFewRepeats(list)
 *
 * Takes an array of non-negative integers. Answers true only when the array
 * never goes down from one element to the next AND no value shows up more
 * than twice. In a non-decreasing array equal values sit next to each other,
 * so a value that appears three or more times means some element equals the
 * one two places before it; one pass over the array catches both problems.
 */
function inOrderWithFewRepeats(list) {
  for (let i = 1; i < list.length; i++) {
    if (list[i] < list[i - 1]) return false;
    if (i >= 2 && list[i] === list[i - 2]) return false;
  }
  return true;
}
'''

JS19[142] = r'''# mixed power sum (kata notes, JavaScript)

Walk through the array by index. Entries whose index is divisible by 3 get
squared; entries whose index is divisible by 4 but not by 3 get cubed; every
other entry is used as it is. The answer is the sum of all of those values.
Index 0 is divisible by 3, so the first element is always squared.

```js
function mixedPowerSum(nums) {
  let acc = 0;
  nums.forEach((v, idx) => {
    if (idx % 3 === 0) {
      acc += v * v;
    } else if (idx % 4 === 0) {
      acc += v * v * v;
    } else {
      acc += v;
    }
  });
  return acc;
}

// [2, 3, 4, 5, 6]: 2*2 + 3 + 4 + 5*5 + 6*6*6 = 4 + 3 + 4 + 25 + 216 = 252
console.log(mixedPowerSum([2, 3, 4, 5, 6]));  // 252
console.log(mixedPowerSum([]));               // 0
```
'''

JS19[146] = r'''// How many entries are larger than 10 and both begin and end with an odd
// digit (1, 3, 5, 7 or 9)? Anything that is 10 or less never counts, which
// also keeps negative numbers out.
function oddEndsAboveTen(values) {
  const ODD = new Set(["1", "3", "5", "7", "9"]);
  let hits = 0;
  for (const v of values) {
    if (v <= 10) continue;
    const s = String(v);
    if (ODD.has(s[0]) && ODD.has(s[s.length - 1])) {
      hits++;
    }
  }
  return hits;
}
'''

JS19[158] = r'''/**
 * pickRichestWord(words)
 *
 * Out of all the words, return the one built from the largest number of
 * different letters. When several words tie on that count, the one that
 * comes first in alphabetical order wins.
 *
 * pickRichestWord(["apple", "banana", "cherry"])  // "cherry" (5 distinct)
 * pickRichestWord(["tab", "bat", "cat"])          // "bat"    (all have 3)
 */
function pickRichestWord(words) {
  let best = null;
  let bestCount = -1;
  for (const w of words) {
    const count = new Set(w).size;
    if (count > bestCount || (count === bestCount && w < best)) {
      best = w;
      bestCount = count;
    }
  }
  return best;
}
'''

JS_HELDOUT19[11] = r'''// Exclusive-or of two bit strings made of "0" and "1" characters.
// Position by position: equal characters give "0", different ones give "1".
//
//   xorBitStrings("1100", "1010")  ->  "0110"
//   xorBitStrings("111", "111")    ->  "000"
function xorBitStrings(left, right) {
  const n = Math.min(left.length, right.length);
  let out = "";
  for (let i = 0; i < n; i++) {
    out += left[i] === right[i] ? "0" : "1";
  }
  return out;
}
'''

JS_HELDOUT19[31] = r'''/**
 * Primality test by trial division.
 *
 * Numbers below 2 are not prime; 2 and 3 are. Once multiples of 2 and 3 are
 * ruled out, every remaining candidate divisor has the form 6k - 1 or
 * 6k + 1, so only those are tried, and only up to the square root of n.
 */
function checkPrime(n) {
  if (n < 2) return false;
  if (n < 4) return true;
  if (n % 2 === 0 || n % 3 === 0) return false;
  for (let d = 5; d * d <= n; d += 6) {
    if (n % d === 0 || n % (d + 2) === 0) return false;
  }
  return true;
}

module.exports = { checkPrime };
'''

JS_HELDOUT19[43] = r'''Question: given an array of integers, how can I tell whether two entries at
different positions add up to zero? My nested loop is O(n^2).

Answer: keep a Set of the numbers you have already walked past. For each new
number x, if -x is already in the set you have found your pair. Adding x only
after the check guarantees an element is never paired with itself, so a lone
0 is not enough but two zeros are.

    function hasZeroSumPair(nums) {
      const seen = new Set();
      for (const x of nums) {
        if (seen.has(-x)) return true;
        seen.add(x);
      }
      return false;
    }

    hasZeroSumPair([4, -1, 7, 1]);   // true  (-1 + 1)
    hasZeroSumPair([3, 3, 6]);       // false
    hasZeroSumPair([0]);             // false
    hasZeroSumPair([0, 5, 0]);       // true

That is a single pass, O(n) time and O(n) extra memory.
'''

JS_HELDOUT19[71] = r'''// geometry.js

// Heron's formula. Returns the area of the triangle with side lengths a, b
// and c rounded to two decimal places, or -1 when the three lengths cannot
// close up into a triangle (some pair of sides is not longer than the side
// that is left).
function heronArea(a, b, c) {
  if (a + b <= c || b + c <= a || a + c <= b) {
    return -1;
  }
  const half = (a + b + c) / 2;
  const area = Math.sqrt(half * (half - a) * (half - b) * (half - c));
  return Math.round(area * 100) / 100;
}

function perimeter(a, b, c) {
  return a + b + c;
}

module.exports = { heronArea, perimeter };
'''

JS_HELDOUT19[87] = r'''/**
 * findPositions(rows, target)
 *
 * `rows` is an array of arrays that may have different lengths (a jagged
 * grid). Collect the [row, column] coordinates, zero-based, of every cell
 * equal to `target`. Rows are listed top to bottom; inside one row the
 * coordinates go from the right-most match to the left-most one.
 *
 * Example:
 *   findPositions([[7, 0, 7], [0], [7, 7]], 7)
 *     -> [[0, 2], [0, 0], [2, 1], [2, 0]]
 *   findPositions([[1, 2], []], 9)
 *     -> []
 */
function findPositions(rows, target) {
  const hits = [];
  rows.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      if (row[c] === target) hits.push([r, c]);
    }
  });
  return hits;
}
'''

JS_HELDOUT19[115] = r'''Each row of the grid is one well: a 1 in the row is one unit of water and a
0 is nothing. Every well has its own bucket and all the buckets hold the same
amount, so one dip takes at most `capacity` units out of that well. How many
dips does it take to empty every well?

For a single well that is its water divided by the capacity, rounded up; the
answer is the sum of that over all the wells.

function countBucketDips(grid, capacity) {
  let dips = 0;
  for (const well of grid) {
    const water = well.reduce((s, cell) => s + cell, 0);
    dips += Math.ceil(water / capacity);
  }
  return dips;
}
'''

JS_HELDOUT19[123] = r'''// Odd values visited by the Collatz (3n + 1) process.
//
// Start at n. While the value is above 1: halve it if it is even, otherwise
// replace it with three times itself plus one. Gather every odd value met on
// the way, n itself when it is odd and the final 1 included, and hand them
// back in ascending order.
//
// Example: 7 -> 22 -> 11 -> 34 -> 17 -> 52 -> 26 -> 13 -> 40 -> 20 -> 10
//          -> 5 -> 16 -> 8 -> 4 -> 2 -> 1, so oddCollatzValues(7) gives
//          [1, 5, 7, 11, 13, 17].

function oddCollatzValues(n) {
  const odds = [];
  let v = n;
  while (true) {
    if (v % 2 === 1) odds.push(v);
    if (v <= 1) break;
    v = v % 2 === 0 ? v / 2 : 3 * v + 1;
  }
  return odds.sort((a, b) => a - b);
}

console.log(oddCollatzValues(7));  // [ 1, 5, 7, 11, 13, 17 ]
console.log(oddCollatzValues(1));  // [ 1 ]
'''

JS_HELDOUT19[143] = r'''// Keep only the words of a sentence whose length is a prime number, in their
// original order, joined back together with single spaces.

const primeSized = (len) => {
  if (len < 2) return false;
  for (let f = 2; f * f <= len; f++) {
    if (len % f === 0) return false;
  }
  return true;
};

function primeLengthWords(sentence) {
  return sentence
    .split(/\s+/)
    .filter((w) => w.length > 0 && primeSized(w.length))
    .join(" ");
}

module.exports = primeLengthWords;
'''

OTHER_JS19.append(r'''// Flip the order of the values that sit at even indices (0, 2, 4, ...)
// while the values at odd indices stay exactly where they are.
//
//   mirrorEvenSlots([1, 2, 3, 4, 5])  ->  [5, 2, 3, 4, 1]
//   mirrorEvenSlots([8, 0, 6, 0])     ->  [6, 0, 8, 0]
function mirrorEvenSlots(arr) {
  const out = arr.slice();
  let lo = 0;
  let hi = arr.length - 1;
  if (hi % 2 !== 0) hi -= 1;   // last even index
  while (lo < hi) {
    [out[lo], out[hi]] = [out[hi], out[lo]];
    lo += 2;
    hi -= 2;
  }
  return out;
}
''')

OTHER_JS19.append(r'''A word is easy to pronounce, for the purposes of this exercise, when it never
has three consonants in a row: every window of three consecutive characters
must contain at least one vowel (a, e, i, o, u, either case). Words shorter
than three characters have no such window and are accepted as they are.

function isPronounceable(word) {
  const isVowel = (ch) => "aeiouAEIOU".includes(ch);
  for (let i = 0; i + 2 < word.length; i++) {
    if (!isVowel(word[i]) && !isVowel(word[i + 1]) && !isVowel(word[i + 2])) {
      return false;
    }
  }
  return true;
}

// isPronounceable("banana")   -> true
// isPronounceable("strength") -> false ("str")
// isPronounceable("ok")       -> true
''')

OTHER_JS19.append(r'''const VOWELS = new Set(["a", "e", "i", "o", "u"]);

function isPrime(k) {
  if (k < 2) return false;
  for (let d = 2; d * d <= k; d++) {
    if (k % d === 0) return false;
  }
  return true;
}

// Does the text contain a prime number of vowels? Upper and lower case are
// both counted; "y" is never treated as a vowel.
function hasPrimeVowelCount(text) {
  let vowels = 0;
  for (const ch of text.toLowerCase()) {
    if (VOWELS.has(ch)) vowels++;
  }
  return isPrime(vowels);
}

console.log(hasPrimeVowelCount("education")); // true  (5 vowels)
console.log(hasPrimeVowelCount("book"));      // true  (2)
console.log(hasPrimeVowelCount("queue"));     // false (4)
console.log(hasPrimeVowelCount("rhythm"));    // false (0)
''')

OTHER_JS19.append(r'''/**
 * Keep only the numbers whose decimal digits climb strictly from left to
 * right (each digit larger than the one before it), and return them from
 * largest to smallest. Single-digit numbers qualify trivially.
 *
 *   risingDigitNumbers([123, 321, 5, 1449, 2468])  // [2468, 123, 5]
 */
function risingDigitNumbers(nums) {
  const rising = (n) => {
    const s = String(Math.abs(n));
    for (let i = 1; i < s.length; i++) {
      if (s[i] <= s[i - 1]) return false;
    }
    return true;
  };
  return nums.filter(rising).sort((a, b) => b - a);
}
''')

OTHER_JS19.append(r'''// Count the numbers whose first and last decimal digits are the same.
// The sign is ignored, and one-digit numbers count because their first digit
// is also their last.
function sameEndDigits(values) {
  let count = 0;
  for (const v of values) {
    const s = String(Math.abs(v));
    if (s[0] === s[s.length - 1]) count++;
  }
  return count;
}

module.exports = sameEndDigits;
''')

OTHER_JS19.append(r'''Picking the "plainest" word

Among a list of words, return the one that uses the fewest different letters.
If several words share that smallest count, prefer the longer word; if they
are also equally long, keep whichever appeared first in the list.

```js
function plainestWord(words) {
  let pick = null;
  let pickDistinct = Infinity;
  for (const w of words) {
    const distinct = new Set(w).size;
    if (
      distinct < pickDistinct ||
      (distinct === pickDistinct && w.length > pick.length)
    ) {
      pick = w;
      pickDistinct = distinct;
    }
  }
  return pick;
}

console.log(plainestWord(["moon", "sun", "zzz", "aa"]));  // "zzz"
```
''')

OTHER_JS19.append(r'''// Narayana's cows sequence: 1, 1, 1, 2, 3, 4, 6, 9, 13, 19, 28, ...
// Each cow has a calf every year starting from its fourth year, so the herd
// in year n is the herd of year n-1 plus the herd of year n-3.
function cowHerd(n) {
  if (n < 3) return 1;
  let threeAgo = 1, twoAgo = 1, lastYear = 1;
  for (let year = 3; year <= n; year++) {
    const now = lastYear + threeAgo;
    threeAgo = twoAgo;
    twoAgo = lastYear;
    lastYear = now;
  }
  return lastYear;
}
''')
