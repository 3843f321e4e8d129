"""Twenty-fifth batch of hand-written documents, JavaScript (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS25: positives keyed by HumanEval item number, items 0, 6, 16, 26, 41, 44,
    66, 85, 90, 96, 101, 108, 109, 122, 124, 144, 152, 160.
  JS_HELDOUT25: held-out documents, items 23, 31, 59, 71, 83, 103, 119, 155.
  OTHER_JS25: seven JavaScript look-alikes with a different rule:
    0. for each space-separated bracket group, count its top-level pairs
       (how often the depth returns to zero), not its maximum depth.
    1. score a string by the alphabet positions (A=1 .. Z=26) of its capital
       letters, not by their character codes.
    2. keep one copy of every value that occurs exactly twice, in order of
       first appearance (values seen once or three+ times are dropped).
    3. return the gap between the smallest and the second smallest distinct
       values (null if fewer than two distinct values), not the value itself.
    4. validate dd.mm.yyyy dates with real leap-year rules for February
       (28 days unless the year is a leap year).
    5. can the array be sorted (non-decreasing) by reversing exactly one
       contiguous segment (possibly of length one), not by rotation.
    6. prediction pool total: 3 points for an exact guess, 1 point if off by
       one, 0 otherwise, summed into one number instead of per-match errors.
"""

JS25 = {}
JS_HELDOUT25 = {}
OTHER_JS25 = []

JS25[0] = r'''Checking whether any two readings are "too close"
=================================================

I had a list of sensor timestamps (as floats) and wanted to flag batches where two
readings landed nearer to each other than some tolerance. The obvious way compares
every pair, which is O(n^2). If you sort a copy first, the closest pair always ends
up next to each other, so a single pass over neighbours is enough.

```js
/**
 * Returns true when at least two entries of `values` differ by strictly less
 * than `tolerance`.
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

console.log(anyPairWithin([0.5, 4.25, 9.0, 4.0], 0.3)); // true  (4.0 and 4.25)
console.log(anyPairWithin([0.5, 4.25, 9.0, 4.0], 0.2)); // false
console.log(anyPairWithin([7.5], 10));                   // false, nothing to pair with
```

The comparison is strict on purpose: two numbers exactly `tolerance` apart do not
count as close. Sorting a copy keeps the caller's array untouched.
'''

JS25[6] = r'''You don't need a real stack for this, since there's only one kind of bracket. Keep a
counter that goes up on "(" and down on ")", and remember the highest value it ever
reached. Do that separately for every chunk between the spaces:

function deepestLevels(input) {
  return input
    .split(/\s+/)
    .filter(chunk => chunk.length > 0)
    .map(chunk => {
      let level = 0;
      let peak = 0;
      for (const ch of chunk) {
        if (ch === '(') {
          level += 1;
          if (level > peak) peak = level;
        } else if (ch === ')') {
          level -= 1;
        }
      }
      return peak;
    });
}

You get back an array with one number per group, in the same order the groups appear
in the string. If the input might be unbalanced you'd want to validate it separately;
this only reports how deep the nesting goes.
'''

JS25[16] = r'''// string-utils.js
// Small grab bag of string helpers used by the report generator.

'use strict';

function capitalize(word) {
  if (!word) return word;
  return word[0].toUpperCase() + word.slice(1);
}

function collapseWhitespace(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * How many different characters appear in `text` when the upper and lower case
 * forms of a letter are treated as one and the same character.
 *   uniqueCharCount('Banana')   -> 3   (b, a, n)
 *   uniqueCharCount('AbBa cC')  -> 4   (a, b, space, c)
 *   uniqueCharCount('')         -> 0
 */
function uniqueCharCount(text) {
  const seen = new Set();
  for (const ch of text.toLowerCase()) {
    seen.add(ch);
  }
  return seen.size;
}

module.exports = { capitalize, collapseWhitespace, uniqueCharCount };
'''

JS25[26] = r'''Review comment on `lib/dedupe.js` (PR #212)

> function dropRepeated(list) { return [...new Set(list)]; }

This isn't what the ticket asks for. A Set keeps one copy of every value, but the
requirement is that a value which shows up more than once disappears entirely, and
whatever survives keeps its original order. Something like this instead:

function dropRepeated(list) {
  const counts = new Map();
  for (const value of list) {
    counts.set(value, (counts.get(value) || 0) + 1);
  }
  return list.filter(value => counts.get(value) === 1);
}

Two passes, O(n), and it doesn't mutate the input. Could you also add a test case for
an empty array while you're at it?
'''

JS25[41] = r'''/*
 * Puzzle from this week's study group.
 *
 * A highway is modelled as an endless straight line. A convoy of `n` cars heads east
 * while another convoy of `n` cars heads west; the two convoys start a long way apart
 * and every car drives at the same speed. Whenever an eastbound car meets a westbound
 * one we count a crash, but the cars are indestructible: they simply pass through each
 * other and keep going as if nothing happened. How many crashes are there in total?
 *
 * Nobody ever stops or turns around, so each eastbound car eventually meets every one
 * of the westbound cars exactly once. That is n meetings for each of the n eastbound
 * cars.
 */
function totalCrashes(n) {
  return n * n;
}

module.exports = totalCrashes;
'''

JS25[44] = r'''// Convert a non-negative integer into its digit string in a small base (2..9).
// Take the remainder to get the lowest digit, divide down, repeat.
//
//   toBaseString(10, 4)  === "22"
//   toBaseString(25, 5)  === "100"
//   toBaseString(5, 2)   === "101"
//
// Note: 0 comes back as an empty string because the loop never runs.
function toBaseString(value, radix) {
  const digits = [];
  let rest = value;
  while (rest > 0) {
    digits.push(rest % radix);
    rest = Math.floor(rest / radix);
  }
  return digits.reverse().join('');
}
'''

JS25[66] = r'''Kata notes: add up the character codes of the capital letters in a string and ignore
everything else (lowercase, digits, spaces, punctuation). An empty string gives 0.

const upperCodeTotal = (str) =>
  [...str]
    .filter((c) => c >= 'A' && c <= 'Z')
    .reduce((acc, c) => acc + c.charCodeAt(0), 0);

// upperCodeTotal("Qt")      -> 81
// upperCodeTotal("noCAPS")  -> 67 + 65 + 80 + 83 = 295
// upperCodeTotal("123 abc") -> 0
'''

JS25[85] = r'''/**
 * Adds together the values sitting at odd positions (1, 3, 5, ...) of the array,
 * but only those values that are themselves even.
 * @param {number[]} arr non-empty list of integers
 * @returns {number}
 */
export function sumEvenAtOddIndexes(arr) {
  let total = 0;
  for (let i = 1; i < arr.length; i += 2) {
    if (arr[i] % 2 === 0) {
      total += arr[i];
    }
  }
  return total;
}
'''

JS25[90] = r'''// Find the second smallest *distinct* value in an array of integers.
// Returns null when the array holds fewer than two different values.
//
// secondLowest([9, 4, 7, 4])  -> 7
// secondLowest([3, 3, 3])     -> null
// secondLowest([-2, 8])       -> 8
function secondLowest(nums) {
  let lowest = Infinity;
  let runnerUp = Infinity;
  for (const n of nums) {
    if (n < lowest) {
      runnerUp = lowest;
      lowest = n;
    } else if (n > lowest && n < runnerUp) {
      runnerUp = n;
    }
  }
  return runnerUp === Infinity ? null : runnerUp;
}
'''

JS25[96] = r'''// Sieve of Eratosthenes: every prime strictly smaller than `limit`, ascending.
function primesBelow(limit) {
  if (limit < 3) return [];
  const composite = new Uint8Array(limit);
  const result = [];
  for (let i = 2; i < limit; i++) {
    if (composite[i]) continue;
    result.push(i);
    for (let j = i * i; j < limit; j += i) {
      composite[j] = 1;
    }
  }
  return result;
}

module.exports = { primesBelow };
'''

JS25[101] = r'''Q: How do I turn "red, green blue,yellow" into ["red", "green", "blue", "yellow"]?
Some words are separated by commas, some by spaces, some by both.

A: Put both separators in a character class so any run of commas and whitespace counts
as one break, then drop the empty strings you get from leading or trailing separators:

function tokenize(line) {
  return line.split(/[,\s]+/).filter(Boolean);
}

tokenize("red, green blue,yellow");  // ["red", "green", "blue", "yellow"]
tokenize("  ,a,,b  ");               // ["a", "b"]
tokenize("");                        // []
'''

JS25[108] = r'''/*
 * Count how many integers have a positive "signed digit sum".
 * For a negative number the leading digit carries the minus sign and the remaining
 * digits stay positive, so -305 contributes -3 + 0 + 5 = 2.
 *
 *   countPositiveDigitSums([-305, -71, 0, 14]) === 2
 *   // -305 -> 2, -71 -> -6, 0 -> 0, 14 -> 5
 */
function signedDigitSum(n) {
  const digits = String(Math.abs(n)).split('').map(Number);
  if (n < 0) digits[0] = -digits[0];
  return digits.reduce((a, b) => a + b, 0);
}

function countPositiveDigitSums(values) {
  return values.filter(v => signedDigitSum(v) > 0).length;
}
'''

JS25[109] = r'''/**
 * Can the array be put into ascending order purely by rotating it to the right
 * (the last element wrapping round to the front) some number of times?
 *
 * Values are assumed to be distinct. Walking around the array circularly, a sorted
 * rotation has at most one spot where a value is followed by a smaller one (the wrap
 * point), so it is enough to count those drops. An empty array is trivially fine.
 */
function sortableByRotation(arr) {
  const n = arr.length;
  let drops = 0;
  for (let i = 0; i < n; i++) {
    if (arr[i] > arr[(i + 1) % n]) {
      drops++;
      if (drops > 1) return false;
    }
  }
  return true;
}
'''

JS25[122] = r'''Only the first `k` items of the array are considered, and of those only the ones that
are written with at most two characters are added up (so 7, 42 and -3 count, while 100
and -15 don't, because the minus sign takes up a character as well).

function sumShortNumbers(arr, k) {
  return arr
    .slice(0, k)
    .filter(x => String(x).length <= 2)
    .reduce((total, x) => total + x, 0);
}

// sumShortNumbers([42, 100, 7, -3, 55], 4) -> 46   (42 + 7 - 3)
'''

JS25[124] = r'''// validators/date.js
//
// Checks a date string of the form mm-dd-yyyy. Rejects empty strings, other
// separators, months outside 1..12 and day numbers past the end of the month.
// February is allowed up to 29 days; the year is not inspected for leap years.

'use strict';

const MONTH_LENGTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDate(input) {
  if (typeof input !== 'string') return false;
  const match = /^(\d+)-(\d+)-(\d+)$/.exec(input.trim());
  if (!match) return false;
  const month = parseInt(match[1], 10);
  const day = parseInt(match[2], 10);
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= MONTH_LENGTH[month - 1];
}

module.exports = { isValidDate };
'''

JS25[144] = r'''// Given two fractions written as "a/b" strings (positive integers, never a zero
// denominator), tell whether their product comes out to a whole number.
//
//   productIsWhole("3/4", "8/3")  -> true   (24/12 = 2)
//   productIsWhole("1/3", "1/2")  -> false
//   productIsWhole("9/2", "2/9")  -> true
function parseFraction(text) {
  const [num, den] = text.split('/').map(Number);
  return { num, den };
}

function productIsWhole(left, right) {
  const a = parseFraction(left);
  const b = parseFraction(right);
  return (a.num * b.num) % (a.den * b.den) === 0;
}
'''

JS25[152] = r'''// scoring.js -- office football pool
//
// For every match we have the real score and somebody's prediction. Build an array
// saying how far off each prediction was: 0 for a perfect call, otherwise the
// absolute gap between the predicted and the actual number.
const predictionErrors = (actual, predicted) =>
  actual.map((score, i) => Math.abs(score - predicted[i]));

// Handy for the weekly leaderboard: lower is better.
const totalError = (actual, predicted) =>
  predictionErrors(actual, predicted).reduce((sum, e) => sum + e, 0);

module.exports = { predictionErrors, totalError };
'''

JS25[160] = r'''## Evaluating an operator list against an operand list without eval()

Given `ops = ['*', '+', '**']` and `nums = [3, 4, 2, 3]` the expression is
`3 * 4 + 2 ** 3`, which should give 20 with the usual precedence. Allowed operators are
`+`, `-`, `*`, `//` (floor division) and `**` (power, right associative). Rather than
gluing a string together and calling eval (JavaScript would read `//` as a comment
anyway), evaluate it in three passes, from the tightest-binding operator to the loosest.

```javascript
function evaluateChain(ops, nums) {
  // 1) fold ** from the right, since 2 ** 3 ** 2 means 2 ** (3 ** 2)
  const vals = [nums[nums.length - 1]];
  const rest = [];
  for (let i = ops.length - 1; i >= 0; i--) {
    if (ops[i] === '**') {
      vals[0] = nums[i] ** vals[0];
    } else {
      rest.unshift(ops[i]);
      vals.unshift(nums[i]);
    }
  }

  // 2) * and // from the left
  const terms = [vals[0]];
  const addOps = [];
  for (let i = 0; i < rest.length; i++) {
    const rhs = vals[i + 1];
    const last = terms.length - 1;
    if (rest[i] === '*') {
      terms[last] *= rhs;
    } else if (rest[i] === '//') {
      terms[last] = Math.floor(terms[last] / rhs);
    } else {
      addOps.push(rest[i]);
      terms.push(rhs);
    }
  }

  // 3) + and - from the left
  let result = terms[0];
  for (let i = 0; i < addOps.length; i++) {
    result = addOps[i] === '+' ? result + terms[i + 1] : result - terms[i + 1];
  }
  return result;
}

console.log(evaluateChain(['*', '+', '**'], [3, 4, 2, 3])); // 20
console.log(evaluateChain(['-', '//'], [10, 9, 2]));        // 6
```
'''

JS_HELDOUT25[23] = r'''// Count the characters in a string by walking over it, the way you'd do it in an
// intro class before anyone tells you about the .length property.
//
//   charCount("")        -> 0
//   charCount("hello!")  -> 6
function charCount(text) {
  let n = 0;
  for (let i = 0; text[i] !== undefined; i++) {
    n++;
  }
  return n;
}
'''

JS_HELDOUT25[31] = r'''/**
 * Primality check by trial division. After ruling out even numbers only odd
 * divisors up to the square root need to be tried.
 *
 * primalityCheck(2)   // true
 * primalityCheck(91)  // false (7 * 13)
 * primalityCheck(97)  // true
 * primalityCheck(0)   // false
 */
function primalityCheck(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}

module.exports = primalityCheck;
'''

JS_HELDOUT25[59] = r'''# Biggest prime divisor (Project Euler style helper)

Strip off small factors one at a time. Whatever is left at the end, if it's bigger than
1, has no divisor up to its square root, so it is itself prime and it is the biggest
factor. Otherwise the last factor we divided out is the answer.

```javascript
function biggestPrimeDivisor(n) {
  let remaining = n;
  let largest = 1;
  for (let f = 2; f * f <= remaining; f++) {
    while (remaining % f === 0) {
      largest = f;
      remaining /= f;
    }
  }
  if (remaining > 1) largest = remaining;
  return largest;
}
```

Only trial divisors up to the square root of what's left are tried, so this is quick
even for inputs in the billions.
'''

JS_HELDOUT25[71] = r'''// Heron's formula, with a validity check first: each side has to be shorter than
// the other two put together. An impossible triangle gives -1; otherwise the area is
// rounded to two decimal places.
//
// heronArea(6, 8, 10) -> 24
// heronArea(5, 5, 8)  -> 12
// heronArea(3, 3, 7)  -> -1
function heronArea(a, b, c) {
  if (a + b <= c || a + c <= b || b + c <= a) {
    return -1;
  }
  const s = (a + b + c) / 2;
  const area = Math.sqrt(s * (s - a) * (s - b) * (s - c));
  return Math.round(area * 100) / 100;
}
'''

JS_HELDOUT25[83] = r'''/*
 * How many n-digit positive integers begin with a 1 or end with a 1 (or both)?
 *
 * With a single digit the only such number is 1 itself. For n >= 2:
 *   - leading 1:   10^(n-1) numbers
 *   - trailing 1:  9 * 10^(n-2) numbers (the first digit can't be 0)
 *   - both:        10^(n-2) numbers
 * Inclusion-exclusion gives 10^(n-1) + 9*10^(n-2) - 10^(n-2) = 18 * 10^(n-2).
 */
function countOneBookended(n) {
  if (n === 1) return 1;
  return 18 * Math.pow(10, n - 2);
}
'''

JS_HELDOUT25[103] = r'''Mean of a run of integers, as a binary string

Given two positive integers lo and hi, take the mean of every integer from lo up to hi
(both included), round it to the nearest integer and return it in Python's bin()
notation, i.e. with a "0b" prefix. When lo is bigger than hi, return -1 instead.
Rounding copies Python's round(): a value exactly halfway goes to the even neighbour,
so the mean of 3..4 (3.5) becomes 4 and the mean of 4..5 (4.5) also becomes 4.

function roundHalfEven(x) {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff < 0.5) return floor;
  if (diff > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

function rangeMeanBinary(lo, hi) {
  if (lo > hi) return -1;
  let total = 0;
  for (let k = lo; k <= hi; k++) total += k;
  const mean = roundHalfEven(total / (hi - lo + 1));
  return '0b' + mean.toString(2);
}

// rangeMeanBinary(2, 6) -> "0b100"
// rangeMeanBinary(9, 3) -> -1
'''

JS_HELDOUT25[119] = r'''// Two strings made only of '(' and ')'. Can they be glued together, in one order or
// the other, so that the result is a properly balanced bracket sequence?
// The answer is reported as the string 'Yes' or 'No'.

function isBalanced(s) {
  let open = 0;
  for (const ch of s) {
    open += ch === '(' ? 1 : -1;
    if (open < 0) return false;
  }
  return open === 0;
}

function canJoinBalanced([first, second]) {
  return isBalanced(first + second) || isBalanced(second + first) ? 'Yes' : 'No';
}
'''

JS_HELDOUT25[155] = r'''// Tally the even and odd digits of an integer (the sign is ignored).
// Returns a pair [evens, odds].
//   digitParity(2468) -> [4, 0]
//   digitParity(-305) -> [1, 2]
//   digitParity(0)    -> [1, 0]
function digitParity(num) {
  let evens = 0;
  let odds = 0;
  for (const d of String(Math.abs(num))) {
    if (Number(d) % 2 === 0) evens++;
    else odds++;
  }
  return [evens, odds];
}
'''

OTHER_JS25.append(r'''// For each space-separated bracket group, report how many top-level pairs it is
// built from, i.e. how many times the running depth falls back to zero.
//
//   topLevelPairs("()() (()) ()(())()") -> [2, 1, 3]
function topLevelPairs(text) {
  return text
    .split(' ')
    .filter(group => group)
    .map(group => {
      let depth = 0;
      let count = 0;
      for (const ch of group) {
        if (ch === '(') {
          depth++;
        } else if (ch === ')') {
          depth--;
          if (depth === 0) count++;
        }
      }
      return count;
    });
}
''')

OTHER_JS25.append(r'''Word value puzzle: every capital letter in the string is worth its position in the
alphabet (A = 1, B = 2, ... Z = 26) and every other character is worth nothing. Add the
values up.

function capitalScore(str) {
  let score = 0;
  for (const ch of str) {
    if (ch >= 'A' && ch <= 'Z') {
      score += ch.charCodeAt(0) - 64;
    }
  }
  return score;
}
''')

OTHER_JS25.append(r'''/**
 * Returns one copy of each value that appears exactly twice in the list, in the
 * order in which those values first show up. Values seen once, or three or more
 * times, are left out.
 *
 *   pairedValues([5, 1, 5, 2, 2, 2, 9, 1]) -> [5, 1]
 */
function pairedValues(list) {
  const counts = new Map();
  for (const v of list) counts.set(v, (counts.get(v) || 0) + 1);
  const out = [];
  for (const [v, c] of counts) {
    if (c === 2) out.push(v);
  }
  return out;
}
''')

OTHER_JS25.append(r'''// How far apart are the two lowest distinct values of the array?
// Duplicates of the minimum are ignored; null if there aren't two different values.
function lowestGap(nums) {
  const uniq = [...new Set(nums)].sort((a, b) => a - b);
  if (uniq.length < 2) return null;
  return uniq[1] - uniq[0];
}
''')

OTHER_JS25.append(r'''// Validates European style dates "dd.mm.yyyy" (two-digit day and month, four-digit
// year). February has 29 days only in leap years: divisible by 4, except centuries
// that are not divisible by 400.
//
//   checkDotDate("29.02.2024") -> true
//   checkDotDate("29.02.2023") -> false
//   checkDotDate("31.04.2020") -> false
//   checkDotDate("04-12-2020") -> false
function isLeap(year) {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function checkDotDate(text) {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  if (!m) return false;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (month < 1 || month > 12) return false;
  const lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day >= 1 && day <= lengths[month - 1];
}
''')

OTHER_JS25.append(r'''Can the array be sorted into non-decreasing order by reversing exactly one contiguous
slice of it? (Reversing a single element counts, so an already sorted array is fine.)

Compare against a sorted copy: everything outside the first and last mismatching
positions must already match, and the slice in between must be the sorted slice read
backwards.

function sortableByOneReversal(arr) {
  const target = [...arr].sort((a, b) => a - b);
  let lo = 0;
  let hi = arr.length - 1;
  while (lo <= hi && arr[lo] === target[lo]) lo++;
  while (hi >= lo && arr[hi] === target[hi]) hi--;
  for (let i = lo, j = hi; i <= hi; i++, j--) {
    if (arr[i] !== target[j]) return false;
  }
  return true;
}
''')

OTHER_JS25.append(r'''// World Cup prediction pool: for each match compare the real score with the
// guess. An exact guess earns 3 points, a guess that is off by exactly one earns
// 1 point, anything else earns nothing. Returns the player's total.
//
//   poolPoints([2, 0, 3, 1], [2, 1, 0, 1]) -> 7   (3 + 1 + 0 + 3)
function poolPoints(actual, guesses) {
  let points = 0;
  for (let i = 0; i < actual.length; i++) {
    const off = Math.abs(actual[i] - guesses[i]);
    if (off === 0) points += 3;
    else if (off === 1) points += 1;
  }
  return points;
}
''')
