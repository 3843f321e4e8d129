"""Twenty-eighth batch of hand-written documents, JavaScript (2026-12-05).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS28: positives keyed by HumanEval item number, items 6, 10, 28, 30, 36,
    38, 49, 61, 62, 65, 88, 90, 94, 100, 101, 124, 130, 145.
  JS_HELDOUT28: held-out documents, items 15, 35, 51, 83, 111, 127, 139, 163.
  OTHER_JS28: seven JavaScript look-alikes with a different rule:
    0. shortest palindrome obtained by adding characters at the FRONT of the
       string (longest palindromic prefix kept, rest reversed and prepended).
    1. antiderivative of a coefficient-array polynomial (integration constant
       0), instead of the derivative.
    2. rotate the digits of an integer to the LEFT by k, with k taken modulo
       the digit count (no "reverse when too large" rule).
    3. difference between the two smallest distinct values of a list
       (null when there are fewer than two distinct values).
    4. validate a 24-hour "HH:MM:SS" clock time string.
    5. split a string on commas only, trimming each piece and dropping empty
       pieces (spaces inside a piece are kept).
    6. minimum number of "(" / ")" insertions needed to balance a bracket
       string (a count, not a yes/no answer).
"""

JS28 = {}
JS_HELDOUT28 = {}
OTHER_JS28 = []

JS28[6] = r'''Depth of nested parentheses, group by group
===========================================

A small helper I ended up writing for a toy Lisp reader. The input is one line
holding several bracket groups separated by blanks, for example
"(()) ()(()) ((()))", and what I want back is how deep each group goes.
Blank runs are skipped, so a double space doesn't produce a phantom entry.

For the line above the answer is [2, 2, 3]: the first group nests twice, the
second one never goes beyond two levels, and the last one reaches three.

```js
function groupDepth(group) {
  let level = 0;
  let deepest = 0;
  for (const ch of group) {
    if (ch === '(') {
      level += 1;
      if (level > deepest) deepest = level;
    } else if (ch === ')') {
      level -= 1;
    }
  }
  return deepest;
}

function maxDepthPerGroup(line) {
  return line
    .split(/\s+/)
    .filter((chunk) => chunk.length > 0)
    .map(groupDepth);
}

console.log(maxDepthPerGroup('(()) ()(()) ((()))')); // [ 2, 2, 3 ]
```

The running `level` is the only state we need; the maximum it reaches while
scanning a group is that group's nesting depth.
'''

JS28[10] = r'''Q: Shortest palindrome you can build by appending characters at the end?

I have a string and I need the shortest palindrome that has my string as a
prefix (I can only add characters after it). Trying every possible tail by
brute force feels wrong. Is there a simple way to do this?

A: You don't need to try arbitrary tails. Whatever you append has to mirror
some prefix of the input, so the real question is: what is the longest suffix
of the input that is already a palindrome? Everything in front of that suffix
gets reversed and tacked on. Scanning start positions from the left, the first
one whose suffix reads the same both ways is the one you want:

```javascript
function readsSameBothWays(str, from) {
  let lo = from;
  let hi = str.length - 1;
  while (lo < hi) {
    if (str[lo] !== str[hi]) return false;
    lo++;
    hi--;
  }
  return true;
}

function extendToPalindrome(str) {
  let cut = 0;
  while (cut < str.length && !readsSameBothWays(str, cut)) {
    cut++;
  }
  const head = str.slice(0, cut);
  return str + head.split('').reverse().join('');
}
```

The empty string falls straight through and comes back unchanged. Worst case
this is O(n^2), which is fine for anything typed by a human. If you need linear
time, compute the KMP failure function of `reverse(s) + '#' + s`; its last value
is the length of the longest palindromic suffix.
'''

JS28[28] = r'''// strutil.js - assorted little string helpers used by the report generator.

'use strict';

/** Upper-cases the first character and leaves the rest alone. */
function capitalizeFirst(word) {
  if (!word) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Glue a list of strings together with nothing in between.
 * An empty list gives back the empty string.
 *
 *   glueStrings(['foo', 'bar', 'baz'])  -> 'foobarbaz'
 *   glueStrings(['solo'])               -> 'solo'
 *   glueStrings([])                     -> ''
 */
function glueStrings(parts) {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    out += parts[i];
  }
  return out;
}

/** Pads a number with leading zeros up to `width` characters. */
function zeroPad(num, width) {
  return String(num).padStart(width, '0');
}

module.exports = { capitalizeFirst, glueStrings, zeroPad };
'''

JS28[30] = r'''Review comment on PR #214 (analytics/filters.js)

> ```js
> function onlyPositive(values) {
>   var result = [];
>   for (var i = 0; i < values.length; i++) {
>     if (values[i] >= 0) {
>       result.push(values[i]);
>     }
>   }
>   return result;
> }
> ```

reviewer: Two things. The ticket says zero should be dropped as well (zero
readings are sensor dropouts), so the comparison has to be strict. And this is
exactly what `filter` is for, there's no need for the manual loop and the
`var`s.

author: Good catch on the zero, fixed. Updated version:

```js
// Keep only the strictly positive entries, in their original order.
const onlyPositive = (values) => values.filter((v) => v > 0);
```

reviewer: LGTM, merging after CI.
'''

JS28[36] = r'''Exercise 4.3 - Sevens among the multiples

Walk through every whole number from 0 up to, but not including, `limit`.
Whenever the number is a multiple of 11 or a multiple of 13, look at its
decimal digits and count how many of them are 7. Return the grand total over
all such numbers.

Sample runs:

    sevensInMultiples(120)   // 4   (77 has two sevens, 78 and 117 one each)
    sevensInMultiples(10)    // 0

Model solution:

function sevensInMultiples(limit) {
  let total = 0;
  for (let k = 0; k < limit; k++) {
    if (k % 11 !== 0 && k % 13 !== 0) continue;
    let rest = k;
    while (rest > 0) {
      if (rest % 10 === 7) total++;
      rest = Math.floor(rest / 10);
    }
  }
  return total;
}

Discussion: turning each number into a string with String(k) and counting the
'7' characters works just as well. The arithmetic version avoids building a
string per iteration, which starts to matter a little once limit reaches the
hundreds of thousands.
'''

JS28[38] = r'''/*
 * triplet-rotate.js
 *
 * Toy obfuscation used in the puzzle game's save files: cut the text into
 * consecutive chunks of three characters and rotate each full chunk one step
 * to the left ("abc" becomes "bca"). A trailing chunk of one or two characters
 * is left untouched. Undoing it means rotating every full chunk one step to
 * the right, which is what unscrambleTriplets does.
 *
 *   scrambleTriplets('pancake!')    === 'anpakce!'
 *   unscrambleTriplets('anpakce!')  === 'pancake!'
 */

function scrambleTriplets(text) {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const chunk = text.slice(i, i + 3);
    out += chunk.length === 3 ? chunk.slice(1) + chunk[0] : chunk;
  }
  return out;
}

function unscrambleTriplets(text) {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const chunk = text.slice(i, i + 3);
    out += chunk.length === 3 ? chunk[2] + chunk.slice(0, 2) : chunk;
  }
  return out;
}

module.exports = { scrambleTriplets, unscrambleTriplets };
'''

JS28[49] = r'''// Modular powers of two without losing precision.
//
// Math.pow(2, n) % m stops being exact once 2^n passes
// Number.MAX_SAFE_INTEGER, so for big exponents we do square-and-multiply
// with BigInt and reduce after every step. The answer is handed back as a
// plain number because the modulus is expected to be small.

function twoToTheMod(exponent, modulus) {
  const m = BigInt(modulus);
  let result = 1n;
  let base = 2n % m;
  let e = BigInt(exponent);
  while (e > 0n) {
    if (e & 1n) {
      result = (result * base) % m;
    }
    base = (base * base) % m;
    e >>= 1n;
  }
  return Number(result);
}
'''

JS28[61] = r'''How do I check that every "(" has a matching ")"?

The input is a string made only of "(" and ")". I want true when the brackets
pair up properly, e.g. "(())()" should pass, while "())(" and "((" should fail.

Answer: keep a running count of currently open brackets. It must never drop
below zero (that would be a ")" with nothing left to close), and it has to be
back at zero when the string ends.

function bracketsMatch(s) {
  let open = 0;
  for (const c of s) {
    open += c === '(' ? 1 : -1;
    if (open < 0) return false;
  }
  return open === 0;
}

bracketsMatch('(())()'); // true
bracketsMatch('())(');   // false
bracketsMatch('((');     // false

You don't need an actual stack here since there is only one kind of bracket.
As soon as [] or {} get involved, you do.
'''

JS28[62] = r'''/**
 * Polynomials are stored as coefficient arrays, lowest power first:
 * coeffs[k] is the coefficient of x^k.
 *
 * polyDerivative returns the coefficients of p'(x) in the same layout.
 * The constant term disappears, so the result is one entry shorter
 * (an empty array for a constant polynomial).
 */
function polyDerivative(coeffs) {
  const out = [];
  for (let power = 1; power < coeffs.length; power++) {
    out.push(power * coeffs[power]);
  }
  return out;
}

/** Evaluate a polynomial in the same layout with Horner's rule. */
function polyEval(coeffs, x) {
  let acc = 0;
  for (let k = coeffs.length - 1; k >= 0; k--) {
    acc = acc * x + coeffs[k];
  }
  return acc;
}

/** One Newton step towards a root of p, starting from x. */
function newtonStep(coeffs, x) {
  const slope = polyEval(polyDerivative(coeffs), x);
  return x - polyEval(coeffs, x) / slope;
}

export { polyDerivative, polyEval, newtonStep };
'''

JS28[65] = r'''// Rotate the decimal digits of a non-negative integer to the right by k places.
// The result is returned as a string so that leading zeros survive.
// If k is larger than the number of digits, the digits come back reversed
// instead (that is what the spec asks for, odd as it is).
//
//   rotateDigitsRight(1234, 1)  -> "4123"
//   rotateDigitsRight(1234, 3)  -> "2341"
//   rotateDigitsRight(1234, 4)  -> "1234"
//   rotateDigitsRight(508, 7)   -> "805"

const rotateDigitsRight = (num, k) => {
  const digits = String(num);
  const n = digits.length;
  if (k > n) {
    return [...digits].reverse().join('');
  }
  const cut = n - k;
  return digits.substring(cut) + digits.substring(0, cut);
};

module.exports = rotateDigitsRight;
'''

JS28[88] = r'''Interview warm-up, written up afterwards.

Task: take an array of whole numbers (no negatives) and hand back a sorted copy
without touching the original. The direction depends on the two ends of the input: if
first + last is odd the copy is ascending, if it is even the copy is
descending. An empty array stays empty (there are no ends to add), and a
single element counts as both the first and the last one.

function sortByEndParity(nums) {
  if (nums.length === 0) return [];
  const copy = nums.slice();
  const ascending = (nums[0] + nums[nums.length - 1]) % 2 === 1;
  copy.sort((a, b) => (ascending ? a - b : b - a));
  return copy;
}

What I'd point out in the interview: the slice() before sort() is the whole
"don't mutate" requirement, and the comparator has to be numeric, because the
default sort compares elements as strings.
'''

JS28[90] = r'''/**
 * Second smallest *distinct* value in an array of integers.
 * Returns null when the array holds fewer than two different values.
 *
 * @example
 * secondLowestDistinct([7, 3, 9, 3, 4]); // 4
 * secondLowestDistinct([2, 2, 2]);       // null
 * secondLowestDistinct([]);              // null
 */
function secondLowestDistinct(values) {
  let lowest = Infinity;
  let runnerUp = Infinity;
  for (const v of values) {
    if (v < lowest) {
      runnerUp = lowest;
      lowest = v;
    } else if (v > lowest && v < runnerUp) {
      runnerUp = v;
    }
  }
  return runnerUp === Infinity ? null : runnerUp;
}
'''

JS28[94] = r'''const isPrime = (n) => {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
};

const sumOfDigits = (n) =>
  String(n).split('').reduce((acc, ch) => acc + Number(ch), 0);

// Pick the biggest prime in the list and add up its decimal digits.
// A list without any prime in it yields 0.
function largestPrimeDigitSum(list) {
  const primes = list.filter(isPrime);
  if (primes.length === 0) return 0;
  return sumOfDigits(Math.max(...primes));
}
'''

JS28[100] = r'''## stone-pile

Builds the level sizes for a pile of stones with `n` levels. The first level
holds `n` stones, and each level above it holds the next number with the same
parity as the one below it, i.e. two stones more than the previous level.
So an odd `n` gives only odd sizes and an even `n` only even ones.

```js
function stoneLevels(n) {
  return Array.from({ length: n }, (_, level) => n + 2 * level);
}
```

Usage:

```js
stoneLevels(2); // [2, 4]
stoneLevels(7); // [7, 9, 11, 13, 15, 17, 19]
```

Level `i` (counting from 1) ends up at index `i - 1` of the returned array.
'''

JS28[101] = r'''// tag-input/parse.js
//
// The tag box accepts whatever people paste into it: words separated by
// commas, spaces, or any mix of the two. We break that into individual words.
// Consecutive separators collapse, so nothing empty ends up in the list.

function splitIntoWords(raw) {
  if (!raw) return [];
  return raw.split(/[\s,]+/).filter((word) => word !== '');
}

function dedupeTags(words) {
  const seen = new Set();
  return words.filter((w) => {
    const key = w.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

module.exports = { splitIntoWords, dedupeTags };
'''

JS28[124] = r'''Lab 6: validating dates written as mm-dd-yyyy

A date string is accepted only when all of these hold:
  * it is not empty;
  * it has the shape month-day-year, three numbers separated by dashes
    (slashes or other separators are rejected);
  * the month is between 1 and 12;
  * the day is at least 1 and at most 31 for January, March, May, July,
    August, October and December, at most 30 for April, June, September and
    November, and at most 29 for February.

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidMDY(text) {
  if (typeof text !== 'string') return false;
  const m = /^(\d+)-(\d+)-(\d+)$/.exec(text.trim());
  if (!m) return false;
  const month = parseInt(m[1], 10);
  const day = parseInt(m[2], 10);
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

Expected results for a few inputs:
  isValidMDY('12-25-1999')  -> true
  isValidMDY('09-31-2021')  -> false   (September only has 30 days)
  isValidMDY('00-10-2015')  -> false   (there is no month 0)
  isValidMDY('07/04/1976')  -> false   (wrong separator)
  isValidMDY('')            -> false
'''

JS28[130] = r'''// The "tribonacci" from the puzzle sheet (it is not the usual a+b+c sequence):
//   t(0) = 1, t(1) = 3
//   t(k) = 1 + k / 2                      when k is even
//   t(k) = t(k - 1) + t(k - 2) + t(k + 1) when k is odd
// The odd case refers to a later term, but that term has an even index and
// therefore a closed form, so the sequence can still be filled left to right.
// puzzleTribonacci(n) returns the n + 1 terms t(0) .. t(n), e.g.
//   puzzleTribonacci(2) -> [1, 3, 2]
//   puzzleTribonacci(9)[9] -> 35
function puzzleTribonacci(n) {
  const seq = [1];
  for (let k = 1; k <= n; k++) {
    if (k === 1) {
      seq.push(3);
    } else if (k % 2 === 0) {
      seq.push(1 + k / 2);
    } else {
      const lookAhead = 1 + (k + 1) / 2;
      seq.push(seq[k - 1] + seq[k - 2] + lookAhead);
    }
  }
  return seq;
}
'''

JS28[145] = r'''// Sort integers by the sum of their digits, smallest sum first.
// For a negative number the leading digit is counted as negative and the
// remaining digits as positive. Numbers with equal sums keep the order they
// had in the input; the index is part of the sort key so this does not rely
// on the engine's sort being stable.

function signedDigitSum(n) {
  const digits = String(Math.abs(n)).split('').map(Number);
  if (n < 0) digits[0] = -digits[0];
  return digits.reduce((a, b) => a + b, 0);
}

function sortByDigitSum(nums) {
  return nums
    .map((value, index) => ({ value, index, key: signedDigitSum(value) }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map((entry) => entry.value);
}
'''

JS_HELDOUT28[15] = r'''Quick one: building "0 1 2 ... n" as a single string.

```js
// countUpString(4) === '0 1 2 3 4'
// countUpString(1) === '0 1'
function countUpString(n) {
  return Array.from({ length: n + 1 }, (_, i) => i).join(' ');
}
```

`Array.from` with a length and a mapping callback gives the numbers 0 through
n; `join(' ')` converts them to strings and puts a single space between
neighbours, so there is no trailing space to trim.
'''

JS_HELDOUT28[35] = r'''/**
 * Largest value in a non-empty array of numbers.
 *
 * Written out as a loop on purpose: Math.max(...arr) spreads every element
 * into an argument list and throws a RangeError for very large arrays.
 */
function largestValue(arr) {
  let best = arr[0];
  for (let i = 1; i < arr.length; i++) {
    if (arr[i] > best) {
      best = arr[i];
    }
  }
  return best;
}

module.exports = { largestValue };
'''

JS_HELDOUT28[51] = r'''Removing vowels from a string in JavaScript

A case-insensitive character class does it in one line. Everything that is not
a, e, i, o or u (in either case) is kept, including spaces, digits and
newlines:

    const stripVowels = (text) => text.replace(/[aeiou]/gi, '');

    stripVowels('Hello World');  // 'Hll Wrld'
    stripVowels('AEIOU xyz');    // ' xyz'
    stripVowels('');             // ''

Note the `g` flag: without it only the first vowel would be removed.
'''

JS_HELDOUT28[83] = r'''// How many n-digit positive integers start with 1 or end with 1?
//
// Inclusion-exclusion:
//   start with 1:        10^(n-1)
//   end with 1:          9 * 10^(n-2)   (the leading digit can't be 0)
//   start AND end with 1: 10^(n-2)
// total = 10^(n-1) + 9*10^(n-2) - 10^(n-2) = 18 * 10^(n-2) for n >= 2.
// With a single digit the only candidate is 1 itself.
function countOneEndpoints(n) {
  if (n === 1) return 1;
  return 18 * 10 ** (n - 2);
}

// Brute-force version used to sanity-check the formula for small n.
function countOneEndpointsSlow(n) {
  const lo = 10 ** (n - 1);
  const hi = 10 ** n;
  let count = 0;
  for (let x = lo; x < hi; x++) {
    const s = String(x);
    if (s[0] === '1' || s[s.length - 1] === '1') count++;
  }
  return count;
}
'''

JS_HELDOUT28[111] = r'''/**
 * Takes a string of lowercase letters separated by single spaces and returns
 * an object with the letter(s) that occur most often, each mapped to that
 * count. Ties are all included; an empty string gives an empty object.
 *
 *   mostFrequentLetters('x y x z y x')  // { x: 3 }
 *   mostFrequentLetters('p q')          // { p: 1, q: 1 }
 *   mostFrequentLetters('')             // {}
 */
function mostFrequentLetters(text) {
  const counts = new Map();
  for (const token of text.split(' ')) {
    if (token === '') continue;
    counts.set(token, (counts.get(token) || 0) + 1);
  }
  let top = 0;
  for (const c of counts.values()) {
    if (c > top) top = c;
  }
  const result = {};
  for (const [letter, c] of counts) {
    if (c === top) result[letter] = c;
  }
  return result;
}
'''

JS_HELDOUT28[127] = r'''// Two closed intervals are given as [start, end] pairs with start <= end.
// Take their overlap [max(starts), min(ends)] and measure its length as
// end - start. Answer "YES" if that length is a prime number, "NO" otherwise,
// and also "NO" when the intervals do not overlap at all.

function isPrime(k) {
  if (k < 2) return false;
  for (let d = 2; d * d <= k; d++) {
    if (k % d === 0) return false;
  }
  return true;
}

function overlapLengthIsPrime([aStart, aEnd], [bStart, bEnd]) {
  const lo = Math.max(aStart, bStart);
  const hi = Math.min(aEnd, bEnd);
  const length = hi - lo;
  return length > 0 && isPrime(length) ? 'YES' : 'NO';
}
'''

JS_HELDOUT28[139] = r'''The "Brazilian factorial" of n multiplies together all the factorials from
n! down to 1!:  n! * (n-1)! * ... * 2! * 1!.  Keeping a running factorial
avoids recomputing each k! from scratch:

function brazilianFactorial(n) {
  let fact = 1;
  let product = 1;
  for (let k = 1; k <= n; k++) {
    fact *= k;
    product *= fact;
  }
  return product;
}

console.log(brazilianFactorial(3)); // 12        (6 * 2 * 1)
console.log(brazilianFactorial(6)); // 24883200

The values grow very fast; past n = 8 or so switch to BigInt if you need
exact results.
'''

JS_HELDOUT28[163] = r'''// Which of the even single digits (2, 4, 6, 8) lie between a and b?
// Both ends are inclusive, a and b may be given in either order, and the
// result is always in ascending order.
function evenDigitsBetween(a, b) {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const found = [];
  for (let d = 2; d <= 8; d += 2) {
    if (d >= lo && d <= hi) found.push(d);
  }
  return found;
}

module.exports = evenDigitsBetween;
'''

OTHER_JS28.append(r'''Shortest palindrome by adding characters in front

Given a string, add as few characters as possible to its *beginning* so that
the whole thing becomes a palindrome. The trick is to find the longest prefix
that is already a palindrome; the rest of the string, reversed, is exactly
what has to go in front.

```js
function isPalindromeRange(s, lo, hi) {
  while (lo < hi) {
    if (s[lo++] !== s[hi--]) return false;
  }
  return true;
}

function prependToPalindrome(s) {
  let end = s.length;
  while (end > 0 && !isPalindromeRange(s, 0, end - 1)) {
    end--;
  }
  const tail = s.slice(end);
  return tail.split('').reverse().join('') + s;
}

console.log(prependToPalindrome('abcd'));      // 'dcbabcd'
console.log(prependToPalindrome('aacecaaa'));  // 'aaacecaaa'
console.log(prependToPalindrome('racecar'));   // 'racecar'
```
''')

OTHER_JS28.append(r'''/**
 * Coefficient arrays, lowest power first: c[k] multiplies x^k.
 *
 * polyAntiderivative returns the coefficients of the antiderivative whose
 * constant term is 0, so the result is one entry longer than the input:
 * c[k] * x^k integrates to c[k] / (k + 1) * x^(k + 1).
 */
function polyAntiderivative(c) {
  const out = [0];
  c.forEach((coef, k) => out.push(coef / (k + 1)));
  return out;
}

/** Definite integral of the polynomial from a to b. */
function polyIntegrate(c, a, b) {
  const F = polyAntiderivative(c);
  const at = (x) => F.reduceRight((acc, coef) => acc * x + coef, 0);
  return at(b) - at(a);
}
''')

OTHER_JS28.append(r'''// Rotate the digits of a non-negative integer to the LEFT by k positions and
// return the result as a string (leading zeros are kept). Rotating by the
// digit count gives the number back, so k is reduced modulo the length first.
//
//   rotateDigitsLeft(12345, 2)  -> "34512"
//   rotateDigitsLeft(12345, 7)  -> "34512"
//   rotateDigitsLeft(907, 1)    -> "079"
function rotateDigitsLeft(num, k) {
  const s = String(num);
  const shift = k % s.length;
  return s.slice(shift) + s.slice(0, shift);
}
''')

OTHER_JS28.append(r'''/**
 * How far apart are the two smallest different values in the list?
 * Repeats of the minimum are ignored, so the gap is always positive.
 * Returns null when the list has fewer than two distinct values.
 */
function gapAboveMinimum(list) {
  const distinct = [...new Set(list)].sort((a, b) => a - b);
  if (distinct.length < 2) return null;
  return distinct[1] - distinct[0];
}
''')

OTHER_JS28.append(r'''Checking a 24-hour clock time

The string must look like HH:MM:SS with exactly two digits in each field.
Hours run from 00 to 23, minutes and seconds from 00 to 59. Anything else,
including the empty string, a missing seconds field or a 12-hour "pm" suffix,
is rejected.

function isValidClockTime(value) {
  const match = /^(\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (!match) return false;
  const [hours, minutes, seconds] = match.slice(1).map(Number);
  return hours <= 23 && minutes <= 59 && seconds <= 59;
}

isValidClockTime('23:59:59');  // true
isValidClockTime('24:00:00');  // false
isValidClockTime('07:5:00');   // false
isValidClockTime('12:30');     // false
''')

OTHER_JS28.append(r'''// csv-ish field splitter for the settings page.
// Only commas separate entries; spaces inside an entry are meaningful
// (city names, full names), so they are kept. Each entry is trimmed and
// empty entries (from doubled or trailing commas) are dropped.
function splitOnCommas(line) {
  return line
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

module.exports = { splitOnCommas };
''')

OTHER_JS28.append(r'''/*
 * How many brackets must be inserted to make a string of "(" and ")"
 * balanced? Every ")" that arrives when nothing is open needs a "(" inserted
 * before it; every "(" still open at the end needs a ")" after it.
 *
 *   bracketsToAdd('())(')    === 2
 *   bracketsToAdd('(()')     === 1
 *   bracketsToAdd('()()')    === 0
 */
function bracketsToAdd(s) {
  let open = 0;
  let inserted = 0;
  for (const ch of s) {
    if (ch === '(') {
      open++;
    } else if (open > 0) {
      open--;
    } else {
      inserted++;
    }
  }
  return inserted + open;
}
''')
