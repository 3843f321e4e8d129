"""Fifth batch of hand-written documents (2026-11-24).

These documents were written blind to the detector: none of the detector code
or its evaluation outputs were read while writing them.  Every document was
written by hand; stated input/output examples (present in roughly half of the
documents, mixed across the groups) were computed by running the HumanEval
canonical solution (or, for OTHER5, a small Python version of the problem).

Names defined here:

JS5          dict int -> str.  JavaScript translations of HumanEval items
             1, 12, 17, 21, 22, 30, 37, 48, 68, 69, 73, 80, 101, 110, 146, 162:
             new function and variable names, comments in new wording,
             idiomatic modern JS in varied styles.  Positives (leaks).
JS_HELDOUT5  dict int -> str.  The same kind of JavaScript translation for
             held-out items 7, 23, 79, 95, 99, 151.  Negatives (items not in
             the detector's index).
PY5          dict int -> str.  Python paraphrases (new names, own wording,
             restructured solutions) of items 0, 10, 13, 24, 78, 82, 86, 100,
             124, 134.  Positives.
PY_HELDOUT5  dict int -> str.  The same kind of Python paraphrase for held-out
             items 11, 19, 35, 39, 43, 135.  Negatives.
OTHER5       list of 8 str (indices 0-3 JavaScript, 4-7 Python).  Small
             HumanEval-style problems close in topic to a HumanEval item but
             with a different rule; each was checked to behave differently
             from all 164 HumanEval canonical solutions.  Negatives.
"""

JS5 = {}

JS5[1] = r"""/**
 * Takes a string made of several top-level bracket clusters, e.g. "(()) ()",
 * and returns each cluster as its own string. Whitespace is thrown away, and
 * a cluster ends as soon as its outermost opening bracket gets matched.
 */
function splitBalancedClusters(input) {
  const clusters = [];
  let buffer = '';
  let level = 0;

  for (const ch of input) {
    if (ch !== '(' && ch !== ')') continue;
    buffer += ch;
    level += ch === '(' ? 1 : -1;
    if (level === 0) {
      clusters.push(buffer);
      buffer = '';
    }
  }
  return clusters;
}

console.log(splitBalancedClusters('(()) ((())) () (()())'));
// [ '(())', '((()))', '()', '(()())' ]
console.log(splitBalancedClusters('( ( ) ) ( )')); // [ '(())', '()' ]
"""

JS5[12] = r"""// Pick the longest string in the array. When several share the top length the
// earliest one wins; an empty array gives back null.
const pickLongestWord = (words) =>
  words.length === 0
    ? null
    : words.reduce((best, w) => (w.length > best.length ? w : best));
"""

JS5[17] = r"""// Tiny parser for a toy note notation. Tokens are separated by spaces:
//   "o"  -> whole note   (4 beats)
//   "o|" -> half note    (2 beats)
//   ".|" -> quarter note (1 beat)
// Returns the beat count for every token, in order.
const BEATS = { 'o': 4, 'o|': 2, '.|': 1 };

export function beatsFromNotation(score) {
  return score
    .split(' ')
    .filter(Boolean)
    .map((token) => BEATS[token]);
}

test('beat counts', () => {
  expect(beatsFromNotation('o| o .| .| o|')).toEqual([2, 4, 1, 1, 2]);
  expect(beatsFromNotation('.| .| o')).toEqual([1, 1, 4]);
  expect(beatsFromNotation('')).toEqual([]);
});
"""

JS5[21] = r"""/**
 * Linearly shift and stretch an array of numbers (at least two of them) into
 * the range [0, 1]: the minimum maps to 0, the maximum maps to 1, and every
 * other value lands proportionally in between.
 *
 * @param {number[]} values
 * @returns {number[]}
 */
function normalizeToUnitRange(values) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo;
  return values.map(v => (v - lo) / span);
}

module.exports = normalizeToUnitRange;
"""

JS5[22] = r"""const assert = require('assert');

// Keep only the whole numbers from a mixed bag of values (strings, floats,
// objects, arrays, null...). Anything that isn't an integer gets dropped.
function onlyWholeNumbers(mixed) {
  return mixed.filter(Number.isInteger);
}

assert.deepStrictEqual(onlyWholeNumbers([7, 'x', 2.5, null, -3, [], {}]), [7, -3]);
assert.deepStrictEqual(onlyWholeNumbers(['1', 0, 42]), [0, 42]);
"""

JS5[30] = r"""// strictly positive entries only (zero is dropped), original order kept
const keepPositives = nums => nums.filter(n => n > 0);
"""

JS5[37] = r"""/*
 * Reorder only the slots at even indexes (0, 2, 4, ...) so that the values in
 * those slots come out ascending; the odd-index slots keep exactly what they
 * had. Returns a new array and leaves the input untouched.
 */
function sortEvenSlots(arr) {
  const evenVals = arr
    .filter((_, i) => i % 2 === 0)
    .sort((a, b) => a - b);
  let k = 0;
  return arr.map((v, i) => (i % 2 === 0 ? evenVals[k++] : v));
}
"""

JS5[48] = r"""function readsSameBothWays(word) {
  // walk two pointers inward from both ends; any mismatch means it isn't a palindrome
  let left = 0, right = word.length - 1;
  while (left < right) {
    if (word[left] !== word[right]) return false;
    left++;
    right--;
  }
  return true;
}

console.assert(readsSameBothWays('racecar') === true);
console.assert(readsSameBothWays('abca') === false);
console.assert(readsSameBothWays('') === true);
console.assert(readsSameBothWays('xyyx') === true);
"""

JS5[68] = r"""/**
 * We get an array of non-negative integers (think of them as the nodes along
 * one branch of a tree). Find the smallest even number in it and report it
 * together with the position where it first occurs, as a pair [value, index].
 *
 * If there is no even number at all, or the array is empty, the answer is an
 * empty array instead of a pair.
 */
const smallestEvenWithIndex = (nodes) => {
  let found = null;
  nodes.forEach((value, idx) => {
    if (value % 2 !== 0) return;
    // strict "<" so that the first occurrence of a tie is kept
    if (found === null || value < found[0]) found = [value, idx];
  });
  return found ?? [];
};
"""

JS5[69] = r"""// Given a non-empty array of positive integers, return the largest value v
// such that v shows up at least v times in the array. If nothing qualifies,
// return -1.
//
// mostSelfFrequent([3, 3, 3, 1, 2])  => 3
// mostSelfFrequent([2, 2, 7, 7, 7])  => 2
// mostSelfFrequent([6, 6, 6])        => -1
function mostSelfFrequent(list) {
  const counts = new Map();
  for (const x of list) counts.set(x, (counts.get(x) || 0) + 1);

  let answer = -1;
  for (const [value, times] of counts) {
    if (times >= value && value > answer) answer = value;
  }
  return answer;
}
"""

JS5[73] = r"""// How many positions must be overwritten to turn the array into a palindrome?
// Each mirror pair that disagrees needs exactly one edit.
const editsToPalindrome = (xs) => {
  let edits = 0;
  for (let i = 0, j = xs.length - 1; i < j; i++, j--) {
    if (xs[i] !== xs[j]) edits += 1;
  }
  return edits;
};

module.exports = { editsToPalindrome };
"""

JS5[80] = r"""/**
 * A string counts as "cheerful" when it is at least three characters long and
 * no window of three neighbouring characters contains a repeated character.
 */
function isCheerful(str) {
  if (str.length < 3) return false;
  for (let i = 2; i < str.length; i++) {
    const trio = new Set([str[i - 2], str[i - 1], str[i]]);
    if (trio.size < 3) return false;
  }
  return true;
}

console.log(isCheerful('xyzx'));  // true
console.log(isCheerful('abcab')); // true
console.log(isCheerful('abab'));  // false
console.log(isCheerful('qq'));    // false
"""

JS5[101] = r"""// Break a sentence whose words may be separated by commas and/or whitespace
// into an array of the bare words (no empty strings in the result).
const toWordList = text => text.split(/[\s,]+/).filter(w => w.length > 0);
"""

JS5[110] = r"""import assert from 'node:assert/strict';

/*
  Two arrays of integers. We may swap as many elements as we like between
  them. Can we end up with the first array holding nothing but even numbers?
  Answer with the string "YES" or "NO".

  Every odd number in the first array needs some even number from the second
  array to take its place, so it's just a counting question.
*/
export const canMakeFirstAllEven = (first, second) => {
  const oddsInFirst = first.filter(n => n % 2 !== 0).length;
  const evensInSecond = second.filter(n => n % 2 === 0).length;
  return evensInSecond >= oddsInFirst ? 'YES' : 'NO';
};

assert.strictEqual(canMakeFirstAllEven([2, 4, 1], [3, 5, 7]), 'NO');
assert.strictEqual(canMakeFirstAllEven([1, 3], [2, 8, 5]), 'YES');
"""

JS5[146] = r"""// Count the numbers that are bigger than 10 and whose first and last digits
// are both odd. Negative numbers never count since they aren't > 10.
//
// countOddEndsAboveTen([13, 57, 21, -31, 7, 91]) -> 3
// countOddEndsAboveTen([11, 100, 135, 210])      -> 2
const countOddEndsAboveTen = (numbers) =>
  numbers.reduce((count, n) => {
    if (n <= 10) return count;
    const digits = String(n);
    const isOdd = (d) => Number(d) % 2 === 1;
    return isOdd(digits[0]) && isOdd(digits[digits.length - 1]) ? count + 1 : count;
  }, 0);
"""

JS5[162] = r"""const crypto = require('crypto');

/**
 * Hex-encoded MD5 digest of the given text, or null when the text is empty.
 * @param {string} text
 * @returns {string|null}
 */
function md5HexOrNull(text) {
  if (!text) return null;
  return crypto.createHash('md5').update(text).digest('hex');
}

module.exports = md5HexOrNull;
"""


JS_HELDOUT5 = {}

JS_HELDOUT5[7] = r"""// Return the strings from `list` that contain `needle` somewhere inside them.
function withSubstring(list, needle) {
  return list.filter(s => s.includes(needle));
}

// withSubstring(['note', 'tone', 'stone', 'ton'], 'one')  => ['tone', 'stone']
// withSubstring([], 'x')                                   => []
"""

JS_HELDOUT5[23] = r"""// counts the characters one by one instead of just reading .length
function measure(str) {
  let total = 0;
  for (const _ of str) total++;
  return total;
}

export default measure;
"""

JS_HELDOUT5[79] = r"""// Convert a non-negative integer to binary and wrap the digit string with
// the marker "db" on both sides.
const wrappedBinary = (n) => `db${n.toString(2)}db`;

describe('wrappedBinary', () => {
  it('wraps the bits', () => {
    expect(wrappedBinary(5)).toBe('db101db');
    expect(wrappedBinary(0)).toBe('db0db');
    expect(wrappedBinary(64)).toBe('db1000000db');
  });
});
"""

JS_HELDOUT5[95] = r"""/**
 * True when the object has at least one key and either every key is written
 * in lowercase or every key is written in uppercase. Mixed casing, or keys
 * without any letters at all, give false. An empty object also gives false.
 */
function keysShareCase(obj) {
  const keys = Object.keys(obj);
  if (keys.length === 0) return false;
  const isLower = k => k === k.toLowerCase() && k !== k.toUpperCase();
  const isUpper = k => k === k.toUpperCase() && k !== k.toLowerCase();
  return keys.every(isLower) || keys.every(isUpper);
}
"""

JS_HELDOUT5[99] = r"""/**
 * Takes a number written as a string and returns the nearest integer.
 * Exact halves are rounded away from zero (Math.round alone would push
 * negative halves toward +infinity, which is not what we want here).
 *
 * @param {string} numStr
 * @returns {number}
 */
function roundHalfAway(numStr) {
  const x = parseFloat(numStr);
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r; // avoid -0
}
"""

JS_HELDOUT5[151] = r"""/*
 * Sum of the squares of the odd, positive, whole numbers in the array.
 * Negatives, non-integers and even numbers contribute nothing, and an empty
 * array gives 0.
 *
 * Example: sumOddSquares([5, 2, -3, 1.5, 7]) is 74 (25 + 49), while
 * sumOddSquares([0, 4, -9]) is 0.
 */
const sumOddSquares = (arr) =>
  arr
    .filter((x) => Number.isInteger(x) && x > 0 && x % 2 === 1)
    .reduce((acc, x) => acc + x * x, 0);

module.exports = { sumOddSquares };
"""


PY5 = {}

PY5[0] = r"""def any_pair_within(values, tolerance):
    # Report whether at least two entries of `values` lie strictly closer than
    # `tolerance` to one another. After sorting, the closest pair is always a
    # pair of neighbours, so a single pass over adjacent items is enough.
    ordered = sorted(values)
    return any(b - a < tolerance for a, b in zip(ordered, ordered[1:]))
"""

PY5[10] = r'''def shortest_palindrome_extension(word: str) -> str:
    """Append as few characters as possible to the end of `word` so that the
    result reads the same in both directions.

    We look for the longest tail of the word that is already a palindrome;
    whatever sits in front of that tail gets mirrored and tacked on the end.

    >>> shortest_palindrome_extension('abc')
    'abcba'
    >>> shortest_palindrome_extension('race')
    'racecar'
    >>> shortest_palindrome_extension('noon')
    'noon'
    >>> shortest_palindrome_extension('')
    ''
    """
    for cut in range(len(word) + 1):
        tail = word[cut:]
        if tail == tail[::-1]:
            return word + word[:cut][::-1]
'''

PY5[13] = r'''def highest_shared_factor(x, y):
    """Biggest integer that divides both x and y (recursive Euclid)."""
    return x if y == 0 else highest_shared_factor(y, x % y)
'''

PY5[24] = r"""import math


def biggest_proper_divisor(n):
    # The largest divisor of n that is strictly smaller than n itself.
    # Rather than counting down from n, find the smallest factor d >= 2;
    # n // d is then the answer. Primes only have 1 left.
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return n // d
    return 1


assert biggest_proper_divisor(49) == 7
assert biggest_proper_divisor(12) == 6
assert biggest_proper_divisor(13) == 1
assert biggest_proper_divisor(100) == 50
"""

PY5[78] = r'''PRIME_HEX_DIGITS = frozenset("2357BD")


def count_prime_hex_digits(hex_string):
    """Go through a hexadecimal string (letters always uppercase, the string
    may be empty) and count the digits whose numeric value, somewhere in
    0..15, happens to be a prime number."""
    return sum(ch in PRIME_HEX_DIGITS for ch in hex_string)
'''

PY5[82] = r"""def has_prime_length(text):
    # True iff len(text) is a prime number.
    #   has_prime_length("abc")      -> True   (3)
    #   has_prime_length("abcd")     -> False  (4)
    #   has_prime_length("")         -> False
    #   has_prime_length("banana!")  -> True   (7)
    n = len(text)
    return n >= 2 and all(n % k for k in range(2, int(n ** 0.5) + 1))
"""

PY5[86] = r'''import re


def sort_letters_in_each_word(sentence):
    """
    Rearrange the characters inside every space-separated chunk of `sentence`
    into ascending character-code order. The chunks stay where they are, and
    so does every space (runs of several spaces included).
    """
    return re.sub(r"[^ ]+", lambda m: "".join(sorted(m.group(0))), sentence)
'''

PY5[100] = r'''def stone_levels(n):
    """Build a pile with n levels. The bottom level holds n stones and each
    level above it holds two more than the one beneath (so every level has
    the same parity as n). Return the stone counts, bottom first, as a list.

    Example: stone_levels(4) gives [4, 6, 8, 10], and stone_levels(1) gives [1].
    """
    return list(range(n, 3 * n, 2))
'''

PY5[124] = r'''def is_valid_mm_dd_yyyy(s):
    """
    Validate a date string written as mm-dd-yyyy, with dashes as separators.

    Rules: the string must not be empty; the month has to be between 1 and 12;
    the day has to be at least 1 and no larger than the month allows, where
    February may go up to 29 whatever the year, April, June, September and
    November stop at 30, and every other month stops at 31.
    """
    parts = s.strip().split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    month, day, _year = map(int, parts)
    if not 1 <= month <= 12:
        return False
    month_length = {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}
    return 1 <= day <= month_length.get(month, 31)
'''

PY5[134] = r"""from string import ascii_letters


def ends_with_lone_letter(txt: str) -> bool:
    # Is the final character a letter standing on its own? In other words:
    # is the last space-separated piece of the string exactly one letter?
    # A trailing space makes the last piece empty, so that gives False.
    last_piece = txt.rsplit(" ", 1)[-1]
    return len(last_piece) == 1 and last_piece in ascii_letters


assert ends_with_lone_letter("hello w") is True
assert ends_with_lone_letter("hello world") is False
assert ends_with_lone_letter("a") is True
assert ends_with_lone_letter("go 4") is False
assert ends_with_lone_letter("x y ") is False
"""


PY_HELDOUT5 = {}

PY_HELDOUT5[11] = r'''def xor_bit_strings(left, right):
    """Bitwise exclusive-or of two equally long strings made of '0' and '1'
    characters; the result comes back in the same string form and width."""
    if not left:
        return ""
    width = len(left)
    value = int(left, 2) ^ int(right, 2)
    return format(value, f"0{width}b")
'''

PY_HELDOUT5[19] = r'''DIGIT_NAMES = ["zero", "one", "two", "three", "four",
               "five", "six", "seven", "eight", "nine"]


def order_number_words(sentence):
    """
    The input holds English digit names ("zero" up to "nine") separated by
    spaces. Give back the same names, space separated, arranged by the value
    they stand for.

    >>> order_number_words('nine zero four four')
    'zero four four nine'
    >>> order_number_words('seven two')
    'two seven'
    """
    return " ".join(sorted(sentence.split(), key=DIGIT_NAMES.index))
'''

PY_HELDOUT5[35] = r"""from functools import reduce


def biggest(items):
    # Largest value of a non-empty list, computed with a fold rather than max().
    return reduce(lambda best, x: x if x > best else best, items)
"""

PY_HELDOUT5[39] = r'''def nth_prime_fibonacci(n):
    """Walk along the Fibonacci sequence and return the n-th term (counting
    from 1) that is also a prime number."""
    def prime(k):
        if k < 2:
            return False
        d = 2
        while d * d <= k:
            if k % d == 0:
                return False
            d += 1
        return True

    a, b = 1, 2
    seen = 0
    while True:
        if prime(b):
            seen += 1
            if seen == n:
                return b
        a, b = b, a + b


print(nth_prime_fibonacci(3))  # 5
print(nth_prime_fibonacci(6))  # 233
print(nth_prime_fibonacci(7))  # 1597
'''

PY_HELDOUT5[43] = r'''def has_opposite_pair(nums):
    """
    Do two different positions in `nums` hold values that add up to zero?
    A lone 0 does not count on its own, but two zeros do.
    """
    seen = set()
    for x in nums:
        if -x in seen:
            return True
        seen.add(x)
    return False
'''

PY_HELDOUT5[135] = r"""def last_drop_index(seq):
    # Return the highest index i where seq[i] is smaller than seq[i - 1],
    # or -1 if the sequence never goes down. (Values are all distinct.)
    return max((i for i in range(1, len(seq)) if seq[i] < seq[i - 1]), default=-1)


def test_last_drop_index():
    assert last_drop_index([5, 1, 2, 3, 0]) == 4
    assert last_drop_index([3, 1, 2]) == 1
    assert last_drop_index([1, 4, 9]) == -1
"""


OTHER5 = [
    # 0 (JS): second largest distinct value instead of smallest/largest
    r"""// Return the second-largest distinct value in an array of numbers, or null
// when there are fewer than two different values.
function runnerUp(values) {
  const distinct = [...new Set(values)].sort((a, b) => b - a);
  return distinct.length >= 2 ? distinct[1] : null;
}
""",
    # 1 (JS): lowercase vowels at odd indexes
    r"""// Count the lowercase vowels (a, e, i, o, u) that sit at odd indexes of a string.
const oddIndexLowerVowels = (s) =>
  [...s].filter((ch, i) => i % 2 === 1 && 'aeiou'.includes(ch)).length;

console.log(oddIndexLowerVowels('banana'));    // 3
console.log(oddIndexLowerVowels('AEIOU'));     // 0
console.log(oddIndexLowerVowels('education')); // 1
""",
    # 2 (JS): product of even elements at odd indexes
    r"""const assert = require('node:assert');

/**
 * Multiply together the even numbers stored at odd indexes of the array.
 * If there are none the result is 1 (the empty product).
 */
function productOfEvensAtOddSlots(arr) {
  let product = 1;
  for (let i = 1; i < arr.length; i += 2) {
    if (arr[i] % 2 === 0) product *= arr[i];
  }
  return product;
}

assert.strictEqual(productOfEvensAtOddSlots([3, 4, 5, 6, 7]), 24);
assert.strictEqual(productOfEvensAtOddSlots([2, 3, 4]), 1);
assert.strictEqual(productOfEvensAtOddSlots([0, -2, 1, 10]), -20);
""",
    # 3 (JS): filter by suffix
    r"""// Keep only the strings that end with the given suffix, order preserved.
export const endingWith = (strings, suffix) =>
  strings.filter((s) => s.endsWith(suffix));
""",
    # 4 (Py): sum of squares of even non-negative integers
    r'''def even_square_total(numbers):
    """Add up the squares of the entries that are even, non-negative integers.
    Floats and negative values are skipped; an empty list gives 0."""
    return sum(n * n for n in numbers
               if isinstance(n, int) and n >= 0 and n % 2 == 0)
''',
    # 5 (Py): pair whose product equals a target
    r'''def has_pair_with_product(nums, target):
    """
    True if two entries at different positions of `nums` multiply to `target`.

    >>> has_pair_with_product([2, 5, 3, 7], 21)
    True
    >>> has_pair_with_product([4, 1, 6], 16)
    False
    >>> has_pair_with_product([0, 9], 0)
    True
    """
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a * b == target:
                return True
    return False
''',
    # 6 (Py): longest string, last one wins on ties
    r"""def longest_last(words):
    # Longest string in the list; if several tie, the one appearing LAST wins.
    # An empty list gives None.
    best = None
    for w in words:
        if best is None or len(w) >= len(best):
            best = w
    return best


assert longest_last(["ab", "cd", "e"]) == "cd"
assert longest_last(["x", "yyy", "zzz", "q"]) == "zzz"
assert longest_last([]) is None
""",
    # 7 (Py): hex digits whose value is a perfect square
    r'''def square_hex_digits(hex_str):
    """Count the characters of an uppercase hexadecimal string whose digit
    value is a perfect square (that is 0, 1, 4 or 9)."""
    return sum(1 for c in hex_str if int(c, 16) in (0, 1, 4, 9))
''',
]
