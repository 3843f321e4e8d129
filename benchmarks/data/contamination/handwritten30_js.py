"""Thirtieth batch of hand-written documents, JavaScript (2026-12-05).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS30: positives keyed by HumanEval item number, items 17, 20, 28, 49, 54,
    60, 61, 74, 80, 86, 93, 105, 114, 118, 134, 146, 153, 156.
  JS_HELDOUT30: held-out documents, items 39, 79, 103, 107, 131, 143, 147, 151.
  OTHER_JS30: seven JavaScript look-alikes with a different rule:
    0. position of the first unmatched parenthesis (-1 when balanced),
       instead of a yes/no balance check.
    1. roman numeral string (either case) parsed back to an integer,
       instead of integer to lowercase roman.
    2. index of the biggest jump between neighbours in the original order,
       instead of the closest pair anywhere in the array.
    3. smallest sum of a contiguous window of exactly k elements,
       instead of the smallest sum over sub-arrays of any length.
    4. every consonant replaced by the next consonant of the alphabet
       (z wraps to b), case kept, vowels untouched.
    5. first consonant (scanning from the left) whose two neighbours are
       both vowels, instead of the last vowel between two consonants.
    6. count of integers whose first and last digits are equal (sign
       ignored), instead of both-odd first/last digits above ten.
"""

JS30 = {}
JS_HELDOUT30 = {}
OTHER_JS30 = []


JS30[17] = r'''// rhythm.js
// Tiny parser for the text rhythm notation I use in my practice log.
// Tokens are separated by single spaces:
//   "o"   whole note    -> 4 beats
//   "o|"  half note     -> 2 beats
//   ".|"  quarter note  -> 1 beat
// Doubled spaces only produce empty tokens, and those are skipped.

const BEATS = new Map([
  ['o', 4],
  ['o|', 2],
  ['.|', 1],
]);

function noteBeats(line) {
  const out = [];
  for (const token of line.split(' ')) {
    if (token === '') continue;
    if (!BEATS.has(token)) {
      throw new Error(`unknown note token: ${token}`);
    }
    out.push(BEATS.get(token));
  }
  return out;
}

// noteBeats('.| .| o| o')   -> [1, 1, 2, 4]
// noteBeats('o|  o| .|')    -> [2, 2, 1]
// noteBeats('')             -> []

module.exports = { noteBeats };
'''

JS30[20] = r'''After the review comments I dropped the sort-then-scan version (it picked a
different pair than the old code when two gaps tie) and went back to the plain
double loop. Lists here never have more than a few dozen entries, so O(n^2) is
not a concern.

```js
/**
 * Return the two entries of `values` whose difference is smallest, as
 * [smaller, larger]. The array must hold at least two numbers. If several
 * pairs are equally close, the first one met while scanning (lower left
 * index, then lower right index) is kept.
 */
function closestPair(values) {
  if (values.length < 2) {
    throw new RangeError('closestPair needs at least two numbers');
  }
  let best = null;
  let bestGap = Infinity;
  for (let i = 0; i < values.length - 1; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const gap = Math.abs(values[i] - values[j]);
      if (gap < bestGap) {
        bestGap = gap;
        best = values[i] <= values[j]
          ? [values[i], values[j]]
          : [values[j], values[i]];
      }
    }
  }
  return best;
}
```
'''

JS30[28] = r'''**Q: Fastest way to turn an array of strings into one string, no separator?**

I have something like `['foo', 'bar', 'baz']` and want `'foobarbaz'`. I tried
`arr.join()` but got commas between the pieces.

**A:** `join` uses `","` when you don't pass a separator, so pass an empty
string explicitly:

```js
const glue = (parts) => parts.join('');

glue(['foo', 'bar', 'baz']);   // 'foobarbaz'
glue(['x']);                   // 'x'
glue([]);                      // ''  (empty array gives an empty string)
```

If you prefer to spell it out, `reduce` with an empty start value does the same
thing; just don't forget the initial `''` or an empty array will throw:

```js
const glueSlow = (parts) => parts.reduce((acc, s) => acc + s, '');
```

Both return `''` for `[]`. In modern engines `join('')` is usually the quicker one.
'''

JS30[49] = r'''// modpow2.js
//
// 2 to the power n, reduced modulo p, without ever building 2^n itself.
// Plain Numbers lose precision once a product goes past 2^53, so the
// square-and-multiply loop runs on BigInt and converts back at the end.
//
//   pow2Mod(10, 1000)  === 24     (1024 % 1000)
//   pow2Mod(5, 7)      === 4      (32 % 7)
//   pow2Mod(0, 13)     === 1
//   pow2Mod(2000, 3)   === 1

function pow2Mod(n, p) {
  const m = BigInt(p);
  let base = 2n % m;
  let e = BigInt(n);
  let result = 1n;
  while (e > 0n) {
    if (e & 1n) {
      result = (result * base) % m;
    }
    base = (base * base) % m;
    e >>= 1n;
  }
  return Number(result);
}

module.exports = pow2Mod;
'''

JS30[54] = r'''// strutil.js -- small string helpers shared by the word-game pages

function capitalize(word) {
  return word ? word[0].toUpperCase() + word.slice(1) : word;
}

function countWords(text) {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

// True when both strings are built from exactly the same set of characters.
// How often a character appears does not matter, only whether it appears.
function sameLetterSet(a, b) {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size !== right.size) return false;
  for (const ch of left) {
    if (!right.has(ch)) return false;
  }
  return true;
}

module.exports = { capitalize, countWords, sameLetterSet };
'''

JS30[60] = r'''The story goes that young Gauss was told to add up every whole number from 1
to 100 and answered almost at once: pair the first with the last, the second
with the second-to-last, and so on. Every pair gives n + 1, and there are n/2
pairs, so the total of 1 + 2 + ... + n is n(n + 1)/2. In JavaScript:

```js
function triangular(n) {
  if (n < 1) return 0;          // nothing to add
  return (n * (n + 1)) / 2;     // n(n+1) is always even, so this is exact
}
```

A loop gives the same answer and is handy to convince yourself the formula is right:

```js
function triangularLoop(n) {
  let total = 0;
  for (let k = 1; k <= n; k++) total += k;
  return total;
}
```
'''

JS30[61] = r'''// Checks a string made only of "(" and ")" characters: every opener must be
// closed later on, and no closer may show up before its opener.
function parensBalanced(str) {
  let open = 0;
  for (const ch of str) {
    open += ch === '(' ? 1 : -1;
    if (open < 0) return false;   // a ")" with nothing left to close
  }
  return open === 0;
}

console.log(parensBalanced('(())()'));  // true
console.log(parensBalanced('())('));    // false
console.log(parensBalanced(''));        // true
console.log(parensBalanced('(('));      // false
'''

JS30[74] = r'''## lighterList(a, b)

Takes two arrays of strings and hands back whichever one holds fewer characters
in total, counting the lengths of all of its strings added together. When the
two totals come out the same, the first array is returned. The arrays
themselves are returned, not copies.

```js
const totalChars = (list) => list.reduce((n, s) => n + s.length, 0);

function lighterList(a, b) {
  return totalChars(a) <= totalChars(b) ? a : b;
}

module.exports = lighterList;
```
'''

JS30[80] = r'''/*
 * A string passes this check when it is at least three characters long and
 * every window of three neighbouring characters contains three different
 * characters. Shorter strings always fail.
 */
function noRepeatsInTriples(s) {
  if (s.length < 3) return false;
  for (let i = 0; i + 2 < s.length; i++) {
    const window = new Set([s[i], s[i + 1], s[i + 2]]);
    if (window.size < 3) return false;
  }
  return true;
}

export default noRepeatsInTriples;
'''

JS30[86] = r'''// Rearranges the characters of every word into ascending character-code order
// while keeping the words, and every single space between them, where they
// were. Splitting on a single ' ' (not /\s+/) is what keeps runs of spaces.
function sortLettersInWords(sentence) {
  return sentence
    .split(' ')
    .map((word) => Array.from(word).sort().join(''))
    .join(' ');
}

// Uppercase letters have smaller codes than lowercase ones, hence 'Zaber'.
const assert = require('assert');
assert.strictEqual(sortLettersInWords('dcba'), 'abcd');
assert.strictEqual(sortLettersInWords('Zebra apple'), 'Zaber aelpp');
assert.strictEqual(sortLettersInWords('go  now'), 'go  now');
assert.strictEqual(sortLettersInWords('hey, you'), ',ehy ouy');
'''

JS30[93] = r'''/**
 * Obfuscates a message made of letters (and spaces): the case of every
 * letter is flipped, and then each vowel is replaced by the letter two places
 * further on in the alphabet (a->c, e->g, i->k, o->q, u->w, same for capitals).
 */
const VOWELS = new Set('aeiouAEIOU');

function flipCase(ch) {
  const upper = ch.toUpperCase();
  return ch === upper ? ch.toLowerCase() : upper;
}

function scrambleMessage(message) {
  let result = '';
  for (const original of message) {
    let ch = flipCase(original);
    if (VOWELS.has(ch)) {
      ch = String.fromCharCode(ch.charCodeAt(0) + 2);
    }
    result += ch;
  }
  return result;
}

module.exports = { scrambleMessage };
'''

JS30[105] = r'''const DIGIT_NAMES = [
  null, 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine',
];

/**
 * Keeps only the values 1..9 from the input, orders them from largest to
 * smallest and swaps each one for its English name. Anything else (zero,
 * negatives, numbers above nine) is silently dropped.
 *
 *   digitNamesDescending([3, 12, 7, 0, 3])  // ['Seven', 'Three', 'Three']
 *   digitNamesDescending([-4, 10])          // []
 *   digitNamesDescending([])                // []
 */
function digitNamesDescending(nums) {
  return nums
    .filter((x) => Number.isInteger(x) && x >= 1 && x <= 9)
    .sort((a, b) => b - a)
    .map((x) => DIGIT_NAMES[x]);
}

module.exports = digitNamesDescending;
'''

JS30[114] = r'''// Smallest possible total of a non-empty run of consecutive elements.
// This is Kadane's algorithm turned upside down: `cur` is the smallest sum of a
// run ending at the current element, so either the element starts a new run
// or it extends the previous best one.
function smallestRunSum(nums) {
  let cur = nums[0];
  let best = nums[0];
  for (let i = 1; i < nums.length; i++) {
    cur = Math.min(nums[i], cur + nums[i]);
    best = Math.min(best, cur);
  }
  return best;
}

module.exports = { smallestRunSum };
'''

JS30[118] = r'''"use strict";

const VOWELS = "aeiouAEIOU";
const isVowel = (c) => VOWELS.includes(c);

// Walk the word from the right and return the first vowel that has a
// consonant directly on both sides. The first and last letters never count
// because they lack a neighbour on one side. Case matters only in that the
// vowel is returned exactly as written. No match gives "".
function innerVowelFromRight(word) {
  for (let i = word.length - 2; i >= 1; i--) {
    if (isVowel(word[i]) && !isVowel(word[i - 1]) && !isVowel(word[i + 1])) {
      return word[i];
    }
  }
  return "";
}

// innerVowelFromRight("bacon")  -> "o"
// innerVowelFromRight("PLANET") -> "E"
// innerVowelFromRight("train")  -> ""   (the "ai" pair protects both)
// innerVowelFromRight("by")     -> ""

module.exports = innerVowelFromRight;
'''

JS30[134] = r'''/**
 * Does the text end in a single letter standing on its own? Take whatever
 * follows the last space (the whole string if there is none): the answer is
 * true only if that is exactly one character and it is an ASCII letter.
 * A trailing space, an empty string or a longer final word all give false.
 */
function endsWithLoneLetter(text) {
  const tail = text.slice(text.lastIndexOf(' ') + 1);
  return tail.length === 1 && /^[a-z]$/i.test(tail);
}

module.exports = endsWithLoneLetter;
'''

JS30[146] = r'''// Counts the numbers that are above 10 and whose leading and trailing digits
// are both odd. Negative numbers never qualify since they are not above 10.

function leadingDigit(n) {
  while (n >= 10) n = Math.floor(n / 10);
  return n;
}

function countOddEndedAboveTen(numbers) {
  let count = 0;
  for (const n of numbers) {
    if (n <= 10) continue;
    if (leadingDigit(n) % 2 === 1 && (n % 10) % 2 === 1) count++;
  }
  return count;
}

// quick self-check
console.assert(countOddEndedAboveTen([13, 57, 11, 10, -31]) === 3);
console.assert(countOddEndedAboveTen([22, 135, 9, 701]) === 2);
console.assert(countOddEndedAboveTen([]) === 0);
'''

JS30[153] = r'''Plugin picker for the loader. Every candidate extension name gets a score:
the number of uppercase letters in it minus the number of lowercase letters
(digits, underscores and the like count for neither). The highest score wins,
an earlier entry wins ties, and the result is written as
`<ClassName>.<ExtensionName>`.

```javascript
function letterScore(name) {
  const upper = (name.match(/[A-Z]/g) || []).length;
  const lower = (name.match(/[a-z]/g) || []).length;
  return upper - lower;
}

function pickExtension(className, extensions) {
  let winner = extensions[0];
  let winnerScore = letterScore(winner);
  for (const ext of extensions.slice(1)) {
    const score = letterScore(ext);
    if (score > winnerScore) {
      winner = ext;
      winnerScore = score;
    }
  }
  return `${className}.${winner}`;
}
```
'''

JS30[156] = r'''// Lowercase roman numerals for 1..1000, built digit by digit from lookup
// tables instead of the usual greedy subtraction loop.
const ONES = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
const TENS = ['', 'x', 'xx', 'xxx', 'xl', 'l', 'lx', 'lxx', 'lxxx', 'xc'];
const HUNDREDS = ['', 'c', 'cc', 'ccc', 'cd', 'd', 'dc', 'dcc', 'dccc', 'cm'];

function toLowerRoman(num) {
  if (!Number.isInteger(num) || num < 1 || num > 1000) {
    throw new RangeError('expected an integer from 1 to 1000');
  }
  return 'm'.repeat(Math.floor(num / 1000)) +
    HUNDREDS[Math.floor(num / 100) % 10] +
    TENS[Math.floor(num / 10) % 10] +
    ONES[num % 10];
}

// toLowerRoman(14)   === 'xiv'
// toLowerRoman(48)   === 'xlviii'
// toLowerRoman(999)  === 'cmxcix'
// toLowerRoman(1000) === 'm'
module.exports = { toLowerRoman };
'''


JS_HELDOUT30[39] = r'''// Fibonacci numbers that are also prime, in the order they appear in the
// Fibonacci sequence: 2, 3, 5, 13, 89, 233, 1597, 28657, ...
// nthPrimeFibonacci(k) returns the k-th of them, counting from 1.

function isPrime(x) {
  if (x < 2) return false;
  if (x % 2 === 0) return x === 2;
  for (let d = 3; d * d <= x; d += 2) {
    if (x % d === 0) return false;
  }
  return true;
}

function nthPrimeFibonacci(k) {
  let a = 0;
  let b = 1;
  let found = 0;
  for (;;) {
    [a, b] = [b, a + b];
    if (isPrime(b)) {
      found += 1;
      if (found === k) return b;
    }
  }
}

console.assert(nthPrimeFibonacci(3) === 5);
console.assert(nthPrimeFibonacci(7) === 1597);
'''

JS_HELDOUT30[79] = r'''/**
 * Writes a non-negative integer in base 2 and pads it with the marker "db"
 * on both ends, which the display code uses to find where a number starts
 * and stops. Each character between the markers is a "0" or a "1".
 */
function wrapBinary(value) {
  return 'db' + value.toString(2) + 'db';
}

module.exports = { wrapBinary };
'''

JS_HELDOUT30[103] = r'''// Mean of the whole numbers from lo to hi (both included), rounded to the
// nearest integer and returned as a "0b..." binary string. If lo > hi the
// function returns -1 instead.
//
// The rounding matches Python's round(): a mean that ends in exactly .5 goes
// to the even neighbour, so 4.5 -> 4 but 5.5 -> 6. Math.round would always
// go up, which gives different answers for ranges with an even count.

function roundHalfEven(x) {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff < 0.5) return floor;
  if (diff > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

function binaryMeanOfRange(lo, hi) {
  if (lo > hi) return -1;
  let sum = 0;
  for (let k = lo; k <= hi; k++) sum += k;
  const mean = roundHalfEven(sum / (hi - lo + 1));
  return '0b' + mean.toString(2);
}

// binaryMeanOfRange(2, 6) -> "0b100"   (mean 4)
// binaryMeanOfRange(3, 6) -> "0b100"   (mean 4.5, rounds to 4)
// binaryMeanOfRange(5, 8) -> "0b110"   (mean 6.5, rounds to 6)
// binaryMeanOfRange(9, 2) -> -1
module.exports = binaryMeanOfRange;
'''

JS_HELDOUT30[107] = r'''"use strict";

// For the integers 1..n (n included), count how many read the same forwards
// and backwards, split by parity. The result is [evenCount, oddCount].

function isPalindromeNumber(k) {
  const s = String(k);
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    if (s[i] !== s[j]) return false;
    i++;
    j--;
  }
  return true;
}

function palindromeParity(n) {
  let even = 0;
  let odd = 0;
  for (let k = 1; k <= n; k++) {
    if (!isPalindromeNumber(k)) continue;
    if (k % 2 === 0) even++;
    else odd++;
  }
  return [even, odd];
}

module.exports = { palindromeParity };
'''

JS_HELDOUT30[131] = r'''/**
 * Multiplies together the odd digits of a positive integer.
 * If the number has no odd digit at all, the answer is 0 (not 1).
 *
 * @example oddDigitProduct(3507)  // 105  (3 * 5 * 7)
 * @example oddDigitProduct(2468)  // 0
 * @example oddDigitProduct(1203)  // 3
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
'''

JS_HELDOUT30[143] = r'''Exercise 7 solution. We keep only the words of the sentence whose length
is a prime number, in their original order, and join them back with single
spaces. If no word qualifies the result is the empty string.

```js
function isPrimeLength(len) {
  if (len < 2) return false;
  for (let d = 2; d * d <= len; d++) {
    if (len % d === 0) return false;
  }
  return true;
}

function primeLengthWords(sentence) {
  return sentence
    .split(/\s+/)
    .filter((w) => w !== '' && isPrimeLength(w.length))
    .join(' ');
}
```
'''

JS_HELDOUT30[147] = r'''// Build a[i] = i*i - i + 1 for i = 1..n and count the index triples i < j < k
// with a[i] + a[j] + a[k] divisible by 3.
//
// Brute force is O(n^3); we can do better by looking at a[i] mod 3:
//   i % 3 == 0  ->  a[i] % 3 == 1
//   i % 3 == 1  ->  a[i] % 3 == 1
//   i % 3 == 2  ->  a[i] % 3 == 0
// No value is ever 2 mod 3, so a triple sums to a multiple of 3 only when
// all three are 0 mod 3 or all three are 1 mod 3.

const choose3 = (m) => (m * (m - 1) * (m - 2)) / 6;

function tripleCount(n) {
  const zeros = Math.floor((n + 1) / 3);   // how many i in 1..n have i % 3 == 2
  const ones = n - zeros;
  return choose3(zeros) + choose3(ones);
}

function tripleCountBrute(n) {
  const a = Array.from({ length: n }, (_, t) => (t + 1) * (t + 1) - (t + 1) + 1);
  let c = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      for (let k = j + 1; k < n; k++)
        if ((a[i] + a[j] + a[k]) % 3 === 0) c++;
  return c;
}

for (const n of [1, 3, 4, 6, 8, 25]) {
  console.log(n, tripleCount(n), tripleCountBrute(n));
}
// 1 0 0
// 3 0 0
// 4 1 1
// 6 4 4
// 8 11 11
// 25 736 736
'''

JS_HELDOUT30[151] = r'''// Adds up the squares of the entries that are positive odd whole numbers.
// Negative values, zero, even numbers and anything with a fractional part
// are skipped; an empty array sums to 0.
const sumOddSquares = (values) =>
  values
    .filter((v) => Number.isInteger(v) && v > 0 && v % 2 === 1)
    .reduce((acc, v) => acc + v * v, 0);

module.exports = sumOddSquares;
'''


OTHER_JS30.append(r'''// For a string of "(" and ")", report where the nesting first breaks.
// Returns the index of the first ")" that has no opener before it; if there
// is none, the index of the earliest "(" that is never closed; and -1 when
// the whole string is balanced.
function firstUnmatchedParen(s) {
  const openers = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') {
      openers.push(i);
    } else if (s[i] === ')') {
      if (openers.length === 0) return i;
      openers.pop();
    }
  }
  return openers.length ? openers[0] : -1;
}

console.log(firstUnmatchedParen('(()'));    // 0
console.log(firstUnmatchedParen('())()'));  // 2
console.log(firstUnmatchedParen('()()'));   // -1
''')

OTHER_JS30.append(r'''/**
 * Reads a roman numeral (upper or lower case, e.g. "MCMXC" or "xlii") and
 * returns its integer value. A symbol written before a larger one is
 * subtracted, otherwise it is added. No validation of odd forms like "IIII".
 */
const VALUE = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function fromRoman(numeral) {
  const s = numeral.toLowerCase();
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const here = VALUE[s[i]];
    if (here === undefined) throw new Error(`bad roman digit: ${s[i]}`);
    const next = VALUE[s[i + 1]] || 0;
    total += here < next ? -here : here;
  }
  return total;
}

module.exports = fromRoman;
''')

OTHER_JS30.append(r'''Where does the series jump the most? I needed the position of the largest
change between two neighbouring readings, keeping the original order (no
sorting). The function returns the index `i` such that `|a[i+1] - a[i]|` is
largest; the first such position wins a tie, and arrays with fewer than two
readings give -1.

```js
function biggestStepIndex(readings) {
  let at = -1;
  let biggest = -Infinity;
  for (let i = 0; i + 1 < readings.length; i++) {
    const step = Math.abs(readings[i + 1] - readings[i]);
    if (step > biggest) {
      biggest = step;
      at = i;
    }
  }
  return at;
}

biggestStepIndex([3, 4, 10, 9, 8]);  // 1   (4 -> 10 is a jump of 6)
biggestStepIndex([5, 5]);            // 0
biggestStepIndex([7]);               // -1
```
''')

OTHER_JS30.append(r'''// Smallest total of any block of exactly `width` consecutive elements,
// using a sliding window so each element is added and removed once.
function minWindowSum(nums, width) {
  if (width < 1 || width > nums.length) {
    throw new RangeError('window width out of range');
  }
  let sum = 0;
  for (let i = 0; i < width; i++) sum += nums[i];
  let best = sum;
  for (let i = width; i < nums.length; i++) {
    sum += nums[i] - nums[i - width];
    if (sum < best) best = sum;
  }
  return best;
}

const assert = require('assert');
assert.strictEqual(minWindowSum([4, -1, 2, -6, 3], 2), -4);
assert.strictEqual(minWindowSum([4, -1, 2, -6, 3], 3), -5);
assert.strictEqual(minWindowSum([8, 1, 9], 1), 1);
''')

OTHER_JS30.append(r'''/*
 * Consonant rotation: every consonant becomes the next consonant of the
 * alphabet (b->c, d->f, h->j, n->p, t->v, z wraps around to b). Vowels,
 * digits, spaces and punctuation pass through unchanged, and a letter keeps
 * its case.
 */
const LOWER_CONSONANTS = 'bcdfghjklmnpqrstvwxyz';

function nextConsonant(ch) {
  const lower = ch.toLowerCase();
  const at = LOWER_CONSONANTS.indexOf(lower);
  if (at === -1) return ch;
  const next = LOWER_CONSONANTS[(at + 1) % LOWER_CONSONANTS.length];
  return ch === lower ? next : next.toUpperCase();
}

function rotateConsonants(text) {
  return Array.from(text, nextConsonant).join('');
}

module.exports = { rotateConsonants };
''')

OTHER_JS30.append(r'''const isVowel = (c) => 'aeiouAEIOU'.indexOf(c) !== -1;

// Scanning from the left, return the first consonant that sits directly
// between two vowels (so it can never be the first or last letter).
// Returns "" when no such consonant exists.
function firstConsonantBetweenVowels(word) {
  for (let i = 1; i + 1 < word.length; i++) {
    const c = word[i];
    if (!isVowel(c) && isVowel(word[i - 1]) && isVowel(word[i + 1])) {
      return c;
    }
  }
  return '';
}

// firstConsonantBetweenVowels('banana')  -> 'n'
// firstConsonantBetweenVowels('OKAY')    -> 'K'
// firstConsonantBetweenVowels('strong')  -> ''
''')

OTHER_JS30.append(r'''/**
 * Counts the integers in the list whose first and last digits are the same,
 * looking only at the absolute value, so -525 counts and single-digit
 * numbers (including 0) always count.
 */
function countSameFirstLast(numbers) {
  let count = 0;
  for (const n of numbers) {
    const digits = String(Math.abs(n));
    if (digits[0] === digits[digits.length - 1]) count += 1;
  }
  return count;
}

module.exports = { countSameFirstLast };
''')
