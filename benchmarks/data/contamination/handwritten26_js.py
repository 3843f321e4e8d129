"""Twenty-sixth batch of hand-written documents, JavaScript (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  JS26: positives keyed by HumanEval item number, items 8, 29, 34, 44, 62,
    64, 68, 80, 86, 90, 92, 101, 113, 140, 157, 158, 160, 161.
  JS_HELDOUT26: held-out documents, items 35, 51, 55, 99, 107, 111, 127, 143.
  OTHER_JS26: seven JavaScript look-alikes with a different rule:
    0. keep the strings that END with a given suffix (not a prefix).
    1. antiderivative of a coefficient-array polynomial (integral, not derivative).
    2. reverse the characters of every space-separated word, keeping word order
       and spacing (instead of sorting them).
    3. second-LARGEST distinct value of a list, or null.
    4. whether three side lengths form a valid OBTUSE triangle.
    5. sum of the digits of a non-negative integer written in a given base.
    6. slugify: lower-case, trim, collapse every run of whitespace into one '-'.
"""

JS26 = {}
JS_HELDOUT26 = {}
OTHER_JS26 = []

JS26[8] = r'''// stats-lite.js
// Tiny helpers I keep copying between scripts. No dependencies.

'use strict';

function mean(values) {
  if (values.length === 0) return NaN;
  return values.reduce((acc, v) => acc + v, 0) / values.length;
}

/**
 * Adds up and multiplies together every integer in `values` in a single pass.
 * Returns a two-element array [total, product]. With no values at all the
 * total is 0 and the product is 1 (the identities for + and *).
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

function clamp(v, lo, hi) {
  return Math.min(hi, Math.max(lo, v));
}

module.exports = { mean, totalAndProduct, clamp };

if (require.main === module) {
  console.log(totalAndProduct([2, 5, 6]));  // [ 13, 60 ]
  console.log(totalAndProduct([]));         // [ 0, 1 ]
  console.log(totalAndProduct([-3, 4]));    // [ 1, -12 ]
}
'''

JS26[29] = r'''**Q: What's the cleanest way to keep only the strings in an array that begin with some given text?**

**A:** No library needed. `Array.prototype.filter` together with `String.prototype.startsWith` does exactly this, keeps the original order (duplicates included) and doesn't touch the input array. Note that an empty prefix matches every string, because `'anything'.startsWith('')` is `true`.

```js
const keepStartingWith = (list, lead) => list.filter((item) => item.startsWith(lead));
```

If you're stuck supporting an old engine without `startsWith`, compare a slice of the same length instead:

```js
function keepStartingWith(list, lead) {
  var out = [];
  for (var i = 0; i < list.length; i++) {
    if (list[i].slice(0, lead.length) === lead) {
      out.push(list[i]);
    }
  }
  return out;
}
```

Both return a new array; if nothing matches you just get `[]`.
'''

JS26[34] = r'''## Distinct values, sorted, in one line

A classic trap: `[10, 9, 1].sort()` gives `[1, 10, 9]`, because without a
comparator `sort` compares the elements as strings. So whenever I need the
distinct values of an array in ascending order I write it like this:

```js
function distinctAscending(arr) {
  return Array.from(new Set(arr)).sort((a, b) => a - b);
}

console.log(distinctAscending([8, 1, 8, -4, 1, 20])); // [ -4, 1, 8, 20 ]
console.log(distinctAscending([]));                   // []
```

`Set` drops the repeats (it compares with SameValueZero, so `0` and `-0`
count as the same value), `Array.from` turns it back into an array, and the
numeric comparator does the ordering. The input array is left untouched.
'''

JS26[44] = r'''/*
 * radix.js -- write a non-negative integer in a small radix (2..9).
 *
 * Digits come out least-significant first from repeated division, so each
 * new digit is prepended to the string rather than collecting and reversing.
 * Ported from an old C routine; like the original, an input of 0 gives back
 * an empty string.
 */
function toRadixString(num, radix) {
  let digits = '';
  let rest = num;
  while (rest > 0) {
    digits = String(rest % radix) + digits;
    rest = Math.floor(rest / radix);
  }
  return digits;
}

function padLeft(str, width, ch = '0') {
  while (str.length < width) str = ch + str;
  return str;
}

module.exports = { toRadixString, padLeft };
'''

JS26[62] = r'''// Polynomials are stored as coefficient arrays, lowest power first:
// [c0, c1, c2] stands for c0 + c1*x + c2*x^2.

class Poly {
  constructor(coeffs) {
    this.coeffs = coeffs.slice();
  }

  // Horner's rule
  evaluate(x) {
    let acc = 0;
    for (let k = this.coeffs.length - 1; k >= 0; k--) {
      acc = acc * x + this.coeffs[k];
    }
    return acc;
  }

  // d/dx: the term c_k * x^k becomes k * c_k * x^(k-1); the constant drops out,
  // so the result has one coefficient fewer.
  differentiate() {
    const out = [];
    for (let k = 1; k < this.coeffs.length; k++) {
      out.push(k * this.coeffs[k]);
    }
    return new Poly(out);
  }
}

const p = new Poly([7, 0, 3, 2]);                    // 7 + 3x^2 + 2x^3
console.log(p.differentiate().coeffs);               // [ 0, 6, 6 ]
console.log(new Poly([4, 5]).differentiate().coeffs); // [ 5 ]
console.log(new Poly([9]).differentiate().coeffs);    // []
'''

JS26[64] = r'''// Vowel counter for single words.
//
// The five usual vowels count wherever they appear, in either case. The
// letter y is the odd one out: it only counts as a vowel when it is the very
// last character of the word.
function countWordVowels(word) {
  const plain = new Set(['a', 'e', 'i', 'o', 'u']);
  let n = 0;
  for (const ch of word.toLowerCase()) {
    if (plain.has(ch)) n++;
  }
  const last = word.charAt(word.length - 1);
  if (last === 'y' || last === 'Y') n++;
  return n;
}

module.exports = countWordVowels;
'''

JS26[68] = r'''Kata notes. The input is an array of non-negative integers (think of them
as the nodes along one branch of a tree). Pick the node with the smallest
even value and report it as [value, index]. If the smallest even value shows
up more than once, report its first position. No even values, or an empty
array, means the answer is an empty array.

```js
function smallestEvenWithIndex(nodes) {
  let bestVal = Infinity;
  let bestIdx = -1;
  nodes.forEach((v, i) => {
    // strict < means a later equal value never replaces an earlier one
    if (v % 2 === 0 && v < bestVal) {
      bestVal = v;
      bestIdx = i;
    }
  });
  return bestIdx === -1 ? [] : [bestVal, bestIdx];
}

console.log(smallestEvenWithIndex([9, 6, 8, 6]));     // [ 6, 1 ]
console.log(smallestEvenWithIndex([3, 11, 0, 4, 0])); // [ 0, 2 ]
console.log(smallestEvenWithIndex([5, 7]));           // []
```
'''

JS26[80] = r'''/**
 * A string passes this check when it is at least three characters long and
 * no window of three neighbouring characters contains the same character
 * twice.
 *
 * @param {string} str
 * @returns {boolean}
 */
export function hasDistinctTriples(str) {
  if (str.length < 3) return false;
  for (let i = 2; i < str.length; i++) {
    const window = new Set([str[i - 2], str[i - 1], str[i]]);
    if (window.size < 3) return false;
  }
  return true;
}
'''

JS26[86] = r'''> **review comment on utils/text.js, line 42**
> This is supposed to sort the characters *inside* each word while leaving
> the words, and every single space between them, where they are. Splitting
> on `/\s+/` loses double spaces. Suggest:

```js
// Rearranges each space-delimited chunk so its characters are in ascending
// character-code order. Runs of spaces survive because split(' ') yields
// empty chunks, which sort to themselves.
const orderLettersInWords = (sentence) =>
  sentence
    .split(' ')
    .map((chunk) => [...chunk].sort().join(''))
    .join(' ');

// orderLettersInWords('cab fed')      === 'abc def'
// orderLettersInWords('Zoo  keeper!') === 'Zoo  !eeekpr'
```

> Uppercase letters sort before lowercase and punctuation like `!` before
> both, since the default sort compares code units. That matches the spec.
'''

JS26[90] = r'''// Returns the second-lowest *distinct* value in the list, or null when the
// list holds fewer than two different values. Single pass, constant memory;
// repeats of the minimum are skipped rather than counted twice.
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

module.exports = { secondLowest };
'''

JS26[92] = r'''Exercise 4 from the warm-up sheet: write a function of three numbers that
answers true only when all three are whole numbers and one of them equals
the sum of the other two; anything else gives false.

```js
function oneIsSumOfOthers(p, q, r) {
  if (![p, q, r].every(Number.isInteger)) return false;
  return p === q + r || q === p + r || r === p + q;
}

console.assert(oneIsSumOfOthers(9, 4, 5) === true);
console.assert(oneIsSumOfOthers(-2, 3, 1) === true);    // 1 = -2 + 3
console.assert(oneIsSumOfOthers(6, 6, 1) === false);
console.assert(oneIsSumOfOthers(1.5, 2.5, 4) === false); // 4 = 1.5 + 2.5, but not integers
```

(JavaScript has only one number type, so a literal like `4.0` is the same
value as `4` and counts as an integer here.)
'''

JS26[101] = r'''// Break a loosely formatted list ("alpha, beta gamma,delta") into words.
// Commas and any whitespace both act as separators, and empty pieces, e.g.
// from ", " or a trailing comma, are thrown away.
function tokenize(line) {
  if (!line) return [];
  return line.split(/[\s,]+/).filter(Boolean);
}

module.exports = tokenize;
'''

JS26[113] = r'''// Odd puzzle from a code-golf thread: for every digit string in the input,
// count its odd digits (1, 3, 5, 7, 9) and produce the sentence
//   "the number of odd elements in the string i of the input."
// with every letter i swapped for that count -- including the i's inside
// "in", "string" and "input".

const TEMPLATE = 'the number of odd elements in the string i of the input.';

function describeOddDigits(digitStrings) {
  return digitStrings.map((s) => {
    const odd = [...s].filter((d) => Number(d) % 2 === 1).length;
    return TEMPLATE.replace(/i/g, String(odd));
  });
}

console.log(describeOddDigits(['905', '24']));
// [
//   'the number of odd elements 2n the str2ng 2 of the 2nput.',
//   'the number of odd elements 0n the str0ng 0 of the 0nput.'
// ]
'''

JS26[140] = r'''/**
 * Rewrites spaces for our legacy file-naming scheme:
 *   - a run of one or two spaces becomes that many underscores;
 *   - a run of three or more spaces collapses into a single '-'.
 * Every other character is copied through unchanged.
 */
function encodeSpaces(input) {
  let out = '';
  let run = 0;

  const flush = () => {
    out += run > 2 ? '-' : '_'.repeat(run);
    run = 0;
  };

  for (const ch of input) {
    if (ch === ' ') {
      run++;
    } else {
      flush();
      out += ch;
    }
  }
  flush();
  return out;
}

module.exports = { encodeSpaces };
'''

JS26[157] = r'''// Right-angle test: sort the three side lengths so the longest comes last,
// then check Pythagoras on the squares. Exact for integer sides; for
// floating-point input you'd compare with a tolerance instead.
function isRightTriangle(x, y, z) {
  const [a, b, c] = [x, y, z].sort((m, n) => m - n);
  return a * a + b * b === c * c;
}

console.log(isRightTriangle(20, 16, 12)); // true  (12-16-20)
console.log(isRightTriangle(9, 40, 41));  // true
console.log(isRightTriangle(4, 5, 6));    // false
console.log(isRightTriangle(3, 3, 3));    // false
'''

JS26[158] = r'''// From the word-game helpers: among the candidate words, pick the one built
// from the most different characters. When several words tie on that count,
// the alphabetically smallest of them wins.
function richestWord(words) {
  let best = null;
  let bestCount = -1;
  for (const w of words) {
    const distinct = new Set(w).size;
    if (distinct > bestCount || (distinct === bestCount && w < best)) {
      best = w;
      bestCount = distinct;
    }
  }
  return best;
}

function shortestWord(words) {
  return words.reduce((a, b) => (b.length < a.length ? b : a));
}

module.exports = { richestWord, shortestWord };
'''

JS26[160] = r'''// Evaluate a flat expression given as two arrays:
//   nums = [n0, n1, n2, ...], ops = [op0, op1, ...]   meaning  n0 op0 n1 op1 n2 ...
// Operators are + - * // ** with the usual precedence: ** binds tightest and
// groups right-to-left, then * and // (floor division), then + and -.
// No eval(): a small two-stack (shunting-yard style) evaluator.

const PREC = { '+': 1, '-': 1, '*': 2, '//': 2, '**': 3 };
const RIGHT_ASSOC = new Set(['**']);

function apply(op, a, b) {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '//': return Math.floor(a / b);
    case '**': return a ** b;
    default: throw new Error('unknown operator ' + op);
  }
}

function evaluateChain(ops, nums) {
  if (ops.length !== nums.length - 1) {
    throw new RangeError('need exactly one more operand than operators');
  }
  const values = [nums[0]];
  const pending = [];
  const reduceTop = () => {
    const op = pending.pop();
    const rhs = values.pop();
    const lhs = values.pop();
    values.push(apply(op, lhs, rhs));
  };

  ops.forEach((op, i) => {
    while (pending.length) {
      const top = pending[pending.length - 1];
      const mustReduce =
        PREC[top] > PREC[op] || (PREC[top] === PREC[op] && !RIGHT_ASSOC.has(op));
      if (!mustReduce) break;
      reduceTop();
    }
    pending.push(op);
    values.push(nums[i + 1]);
  });
  while (pending.length) reduceTop();
  return values[0];
}

// 6 + 2 ** 3 // 4 - 1  ->  6 + (8 // 4) - 1  ->  7
console.log(evaluateChain(['+', '**', '//', '-'], [6, 2, 3, 4, 1])); // 7
// 2 ** 3 ** 2 groups as 2 ** 9
console.log(evaluateChain(['**', '**'], [2, 3, 2]));                 // 512
'''

JS26[161] = r'''// Flip the case of every letter and leave everything else alone. If the
// text contains no letters at all, hand back the whole string reversed.
function flipCaseOrReverse(text) {
  let sawLetter = false;
  let out = '';
  for (const ch of text) {
    const up = ch.toUpperCase();
    const low = ch.toLowerCase();
    if (up !== low) {
      sawLetter = true;
      out += ch === up ? low : up;
    } else {
      out += ch;
    }
  }
  return sawLetter ? out : [...text].reverse().join('');
}

module.exports = flipCaseOrReverse;
'''

JS_HELDOUT26[35] = r'''// Largest value in a non-empty array, found with a plain linear scan.
// (Math.max(...items) works too, but spreading a very large array can hit
// the engine's argument-count limit.)
function largestOf(items) {
  let top = items[0];
  for (let i = 1; i < items.length; i++) {
    if (items[i] > top) top = items[i];
  }
  return top;
}

module.exports = largestOf;
'''

JS_HELDOUT26[51] = r'''// strip-vowels.js
export const stripVowels = (text) => text.replace(/[aeiou]/gi, '');

// strip-vowels.test.js
import { stripVowels } from './strip-vowels';

describe('stripVowels', () => {
  test('drops vowels of either case', () => {
    expect(stripVowels('Education')).toBe('dctn');
  });
  test('keeps y and newlines', () => {
    expect(stripVowels('yolo\nmay')).toBe('yl\nmy');
  });
  test('all vowels leaves nothing', () => {
    expect(stripVowels('OuIa')).toBe('');
  });
  test('empty in, empty out', () => {
    expect(stripVowels('')).toBe('');
  });
});
'''

JS_HELDOUT26[55] = r'''Fibonacci without recursion. With F(0) = 0 and F(1) = 1, walk a pair of
running values forward n times; the first of the pair is then F(n). Plain
numbers stay exact up to F(78); switch to BigInt past that.

```js
function fibonacci(n) {
  let a = 0;
  let b = 1;
  for (let k = 0; k < n; k++) {
    [a, b] = [b, a + b];
  }
  return a;
}

// fibonacci(0)  -> 0
// fibonacci(2)  -> 1
// fibonacci(7)  -> 13
// fibonacci(20) -> 6765
```
'''

JS_HELDOUT26[99] = r'''/**
 * Parse a numeric string and round it to the nearest whole number.
 * Exact halves go away from zero: "2.5" -> 3 and "-2.5" -> -3.
 * (Math.round on its own would give -2 for -2.5, since it rounds halves up.)
 */
function roundNumericString(str) {
  const x = Number(str);
  const r = Math.round(Math.abs(x));
  if (r === 0) return 0;
  return x < 0 ? -r : r;
}

console.log(roundNumericString('7'));     // 7
console.log(roundNumericString('3.49'));  // 3
console.log(roundNumericString('-8.5'));  // -9
console.log(roundNumericString('12.50')); // 13
'''

JS_HELDOUT26[107] = r'''// Count the palindromic integers among 1..limit (both ends included), split
// by parity. Returns [evenCount, oddCount]. limit is small (a few thousand at
// most), so checking each number's decimal string is plenty fast.
function palindromeParityCounts(limit) {
  const counts = [0, 0]; // index 0: even, index 1: odd
  for (let k = 1; k <= limit; k++) {
    const s = String(k);
    if (s === s.split('').reverse().join('')) counts[k % 2]++;
  }
  return counts;
}

module.exports = palindromeParityCounts;
'''

JS_HELDOUT26[111] = r'''// Given a string of lowercase letters separated by spaces, report which
// letter(s) occur most often, as an object mapping each winner to its count.
// Ties are all reported; an empty string gives an empty object.
function topLetters(text) {
  const tally = new Map();
  for (const tok of text.split(' ')) {
    if (tok === '') continue;
    tally.set(tok, (tally.get(tok) || 0) + 1);
  }
  let peak = 0;
  for (const c of tally.values()) peak = Math.max(peak, c);
  const result = {};
  for (const [tok, c] of tally) {
    if (c === peak) result[tok] = c;
  }
  return result;
}

// topLetters('q w q e w q') -> { q: 3 }
// topLetters('z y z y x')   -> { z: 2, y: 2 }
// topLetters('')            -> {}
'''

JS_HELDOUT26[127] = r'''// Two closed integer intervals [a0, a1] and [b0, b1] (start <= end in each).
// Take their overlap and measure its length as right end minus left end.
// The answer is "YES" when that length is a prime number and "NO" otherwise,
// which also covers intervals that don't overlap at all.
function overlapIsPrime([a0, a1], [b0, b1]) {
  const lo = Math.max(a0, b0);
  const hi = Math.min(a1, b1);
  return isPrime(hi - lo) ? 'YES' : 'NO';
}

function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

module.exports = { overlapIsPrime, isPrime };
'''

JS_HELDOUT26[143] = r'''Small text filter for the word-games page: from a sentence of words
separated by spaces, keep only the words whose length is a prime number,
in their original order, joined back with single spaces.

```js
const primeMemo = new Map();

function isPrimeLength(n) {
  if (primeMemo.has(n)) return primeMemo.get(n);
  let prime = n >= 2;
  for (let d = 2; prime && d * d <= n; d++) {
    if (n % d === 0) prime = false;
  }
  primeMemo.set(n, prime);
  return prime;
}

function primeLengthWords(sentence) {
  return sentence
    .split(/\s+/)
    .filter((word) => isPrimeLength(word.length))
    .join(' ');
}
```
'''

OTHER_JS26.append(r'''// Keep only the names that end with the given suffix, e.g. to pick out one
// file type from a directory listing. Order is preserved.
function withSuffix(names, tail) {
  return names.filter((name) => name.endsWith(tail));
}

// withSuffix(['main.js', 'notes.md', 'util.js'], '.js') -> ['main.js', 'util.js']
// withSuffix(['x', 'y'], '.css')                       -> []
module.exports = withSuffix;
''')

OTHER_JS26.append(r'''// Indefinite integral of a polynomial stored as coefficients, lowest power
// first ([c0, c1, c2] = c0 + c1*x + c2*x^2). The term c_k * x^k integrates to
// c_k / (k + 1) * x^(k + 1), so every coefficient moves up one slot and the
// integration constant becomes the new c0. The result is one entry longer.
function integratePoly(coeffs, constant = 0) {
  return [constant, ...coeffs.map((c, k) => c / (k + 1))];
}

module.exports = integratePoly;
''')

OTHER_JS26.append(r'''Reversing each word in place (a warm-up from the string-manipulation
chapter): keep the words in their original order and keep every space where
it was, but spell each word backwards.

```js
function mirrorEachWord(sentence) {
  return sentence
    .split(' ')
    .map((word) => [...word].reverse().join(''))
    .join(' ');
}

console.log(mirrorEachWord('hello world'));   // 'olleh dlrow'
console.log(mirrorEachWord('ab  cde!'));      // 'ba  !edc'
```
''')

OTHER_JS26.append(r'''// Second-highest distinct value in a list of numbers, or null if there are
// fewer than two different values. Duplicates of the maximum don't count as
// the runner-up.
function secondHighest(nums) {
  let top = -Infinity;
  let next = -Infinity;
  for (const n of nums) {
    if (n > top) {
      next = top;
      top = n;
    } else if (n < top && n > next) {
      next = n;
    }
  }
  return next === -Infinity ? null : next;
}

module.exports = secondHighest;
''')

OTHER_JS26.append(r'''// Is the triangle with these side lengths obtuse? The sides must first make
// a real triangle (the two shorter ones add up to more than the longest);
// then the angle opposite the longest side is over 90 degrees exactly when
// its square exceeds the sum of the other two squares.
function isObtuse(x, y, z) {
  const [a, b, c] = [x, y, z].sort((m, n) => m - n);
  if (a <= 0 || a + b <= c) return false;
  return c * c > a * a + b * b;
}

console.log(isObtuse(3, 4, 6)); // true
console.log(isObtuse(3, 4, 5)); // false  (right angle, not obtuse)
console.log(isObtuse(5, 5, 5)); // false
console.log(isObtuse(1, 2, 3)); // false  (degenerate)
''')

OTHER_JS26.append(r'''/*
 * digitSumInBase(n, base): write the non-negative integer n in the given base
 * (2 or more) and add up its digits, returning the total as a plain number.
 * Repeated division peels off one digit at a time, lowest first.
 */
function digitSumInBase(n, base) {
  let sum = 0;
  while (n > 0) {
    sum += n % base;
    n = Math.floor(n / base);
  }
  return sum;
}

module.exports = { digitSumInBase };
''')

OTHER_JS26.append(r'''// Turn a title into a URL slug: lower-case it, trim both ends, and collapse
// every run of whitespace into a single hyphen.
function slugify(title) {
  return title.trim().toLowerCase().split(/\s+/).filter(Boolean).join('-');
}

// slugify('  Hello   World ')      -> 'hello-world'
// slugify('Release Notes 2 Draft') -> 'release-notes-2-draft'
// slugify('')                      -> ''
module.exports = slugify;
''')
