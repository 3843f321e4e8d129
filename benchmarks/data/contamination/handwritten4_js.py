"""Fourth batch of hand-written evaluation documents (JavaScript and Python).

Written blind to the detector, after it was frozen; date 2026-11-24.

JS4          HumanEval item number -> JavaScript translation (items in the benchmark index: positives)
PY4          HumanEval item number -> hand-written Python paraphrase (index items: positives)
JS_HELDOUT4  HumanEval item number -> JavaScript translation of a held-out item (not in the index: negatives)
PY_HELDOUT4  HumanEval item number -> Python paraphrase of a held-out item (negatives)
OTHER4       list of programs (3 JavaScript, then 3 Python) on small problems close in topic to
             some HumanEval item but with a different rule; not HumanEval problems (negatives)
"""

JS4 = {
6: """/**
 * Takes a string of parenthesis groups separated by spaces and, for each group,
 * reports how deeply its parentheses are nested.
 * "(()())" nests two levels, "((()))" nests three.
 * @param {string} str
 * @returns {number[]}
 */
function nestingDepths(str) {
  return str
    .split(' ')
    .filter((group) => group.length > 0)
    .map((group) => {
      let level = 0;
      let deepest = 0;
      for (const ch of group) {
        if (ch === '(') {
          level++;
          deepest = Math.max(deepest, level);
        } else {
          level--;
        }
      }
      return deepest;
    });
}

console.log(nestingDepths('(()) ()(()) ((()))')); // [ 2, 2, 3 ]

module.exports = nestingDepths;
""",
22: """// Keep only the integer values out of an array holding anything.
const onlyIntegers = (values) => values.filter((v) => Number.isInteger(v));

module.exports = { onlyIntegers };
""",
33: """// Copy of arr in which the entries sitting at indices 0, 3, 6, ... are put in
// ascending order among themselves; all the other entries stay where they were.
function sortEveryThird(arr) {
  const picked = arr.filter((_, i) => i % 3 === 0).sort((a, b) => a - b);
  return arr.map((v, i) => (i % 3 === 0 ? picked[i / 3] : v));
}

console.assert(JSON.stringify(sortEveryThird([9, 1, 2, 7, 5, 6, 3, 8])) === '[3,1,2,7,5,6,9,8]');
console.assert(JSON.stringify(sortEveryThird([4, 0])) === '[4,0]');
""",
44: """/**
 * Write a non-negative integer in another base (base below 10) and
 * give back the digits as a string.
 */
function toBase(num, base) {
  let digits = '';
  while (num > 0) {
    digits = (num % base) + digits;
    num = Math.floor(num / base);
  }
  return digits;
}

module.exports = toBase;
""",
57: """// true when the array never goes down, or never goes up
const isMonotonic = (arr) => {
  let up = true;
  let down = true;
  for (let i = 1; i < arr.length; i++) {
    if (arr[i] < arr[i - 1]) up = false;
    if (arr[i] > arr[i - 1]) down = false;
  }
  return up || down;
};

// isMonotonic([1, 2, 4, 20])   -> true
// isMonotonic([1, 20, 4, 10])  -> false
// isMonotonic([4, 1, 0, -10])  -> true
""",
70: """// "Strange" ordering: smallest value first, then the largest of what is left,
// then the smallest again, and so on until nothing remains.
// strangeSort([7, -2, 10, 3, 5]) -> [-2, 10, 3, 7, 5]
function strangeSort(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const out = [];
  let lo = 0;
  let hi = sorted.length - 1;
  let takeMin = true;
  while (lo <= hi) {
    out.push(takeMin ? sorted[lo++] : sorted[hi--]);
    takeMin = !takeMin;
  }
  return out;
}
""",
81: """/**
 * The teacher lost her grading script; rebuild it. Map every GPA to a letter:
 *
 *   4.0 -> A+    > 3.7 -> A    > 3.3 -> A-   > 3.0 -> B+
 *   > 2.7 -> B   > 2.3 -> B-   > 2.0 -> C+   > 1.7 -> C
 *   > 1.3 -> C-  > 1.0 -> D+   > 0.7 -> D    > 0.0 -> D-
 *   0.0 -> E
 *
 * @param {number[]} gpas
 * @returns {string[]}
 */
const CUTOFFS = [
  [3.7, 'A'], [3.3, 'A-'], [3.0, 'B+'], [2.7, 'B'], [2.3, 'B-'], [2.0, 'C+'],
  [1.7, 'C'], [1.3, 'C-'], [1.0, 'D+'], [0.7, 'D'], [0.0, 'D-'],
];

function letterGrades(gpas) {
  return gpas.map((gpa) => {
    if (gpa === 4.0) return 'A+';
    for (const [floor, letter] of CUTOFFS) {
      if (gpa > floor) return letter;
    }
    return 'E';
  });
}

module.exports = letterGrades;
""",
86: """// Sort the characters inside every word (by char code) but keep the words and the
// spaces between them where they are: 'Hello World!!!' -> 'Hello !!!Wdlor'
const antiShuffle = (s) =>
  s.split(' ').map((word) => [...word].sort().join('')).join(' ');
""",
97: """// product of the last digits of a and b
function multiplyUnitDigits(a, b) {
  return Math.abs(a % 10) * Math.abs(b % 10);
}
""",
108: """/**
 * Count the numbers whose digit sum is positive. For a negative number the
 * leading digit carries the minus sign, so -123 contributes -1 + 2 + 3.
 */
function countPositiveDigitSums(nums) {
  let count = 0;
  for (const n of nums) {
    const digits = String(Math.abs(n)).split('').map(Number);
    if (n < 0) digits[0] = -digits[0];
    if (digits.reduce((a, b) => a + b, 0) > 0) count++;
  }
  return count;
}

// quick checks
console.log(countPositiveDigitSums([]));                    // 0
console.log(countPositiveDigitSums([-12, 5, -30, 0, 101])); // 3
console.log(countPositiveDigitSums([-9, -45]));             // 1
""",
113: """/**
 * For every string of digits, count its odd digits and build the sentence
 * "the number of odd elements Xn the strXng X of the Xnput." where each X is that count.
 * @param {string[]} list
 * @returns {string[]}
 */
function oddCount(list) {
  return list.map((digits) => {
    const n = [...digits].filter((d) => Number(d) % 2 === 1).length;
    return `the number of odd elements ${n}n the str${n}ng ${n} of the ${n}nput.`;
  });
}

module.exports = oddCount;
""",
124: """/**
 * Validate a date given as a "mm-dd-yyyy" string.
 * Rules: the string must not be empty, the month must be 1..12, and the day must be
 * at least 1 and at most 31 (Jan, Mar, May, Jul, Aug, Oct, Dec), 30 (Apr, Jun, Sep, Nov)
 * or 29 (Feb). Any other layout (slashes, missing parts) is invalid.
 * @param {string} date
 * @returns {boolean}
 */
function isValidDate(date) {
  const m = /^(\\d{2})-(\\d{2})-(\\d{4})$/.exec(date.trim());
  if (!m) return false;
  const month = parseInt(m[1], 10);
  const day = parseInt(m[2], 10);
  if (month < 1 || month > 12) return false;
  let maxDay = 31;
  if ([4, 6, 9, 11].includes(month)) maxDay = 30;
  else if (month === 2) maxDay = 29;
  return day >= 1 && day <= maxDay;
}

module.exports = { isValidDate };
""",
134: """// Is the final character a letter standing on its own (i.e. not the end of a longer word)?
// Words are separated by single spaces.
const endsWithLoneLetter = (txt) => {
  const last = txt.split(' ').pop();
  return last.length === 1 && /[a-z]/i.test(last);
};

console.log(endsWithLoneLetter('take a'));        // true
console.log(endsWithLoneLetter('pass the salt')); // false
console.log(endsWithLoneLetter('x y '));          // false
console.log(endsWithLoneLetter('7'));             // false
""",
140: """// Spaces become underscores, but any run of more than two spaces in a row
// collapses into a single dash.
function fixSpaces(text) {
  return text.replace(/ {3,}/g, '-').replace(/ /g, '_');
}

// fixSpaces('Mary had   a lamb') === 'Mary_had-a_lamb'
// fixSpaces('two  gaps')         === 'two__gaps'
// fixSpaces('    lead')          === '-lead'
""",
150: """function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

// return x when n is prime, y otherwise
const xOrY = (n, x, y) => (isPrime(n) ? x : y);

module.exports = xOrY;
""",
}

PY4 = {
1: '''def split_top_level_groups(text):
    """Break a string of parentheses into its outermost balanced chunks.

    Whitespace is thrown away first. Every chunk returned is balanced and is not
    contained in any other chunk.

    >>> split_top_level_groups('(()) () ( ( ) ( ) )')
    ['(())', '()', '(()())']
    >>> split_top_level_groups('((()))(())')
    ['((()))', '(())']
    """
    compact = text.replace(' ', '')
    chunks = []
    depth = 0
    begin = 0
    for pos, ch in enumerate(compact):
        if ch == '(':
            if depth == 0:
                begin = pos
            depth += 1
        elif ch == ')':
            depth -= 1
            if depth == 0:
                chunks.append(compact[begin:pos + 1])
    return chunks
''',
28: '''def join_all(pieces):
    """Glue every string in `pieces` together, in order, with nothing in between."""
    result = ""
    for piece in pieces:
        result += piece
    return result
''',
54: '''def uses_same_letters(first, second):
    """Decide whether two words are made of exactly the same characters,
    no matter how often each character repeats.

    >>> uses_same_letters('listen', 'silentt')
    True
    >>> uses_same_letters('abc', 'abcd')
    False
    >>> uses_same_letters('zzzy', 'yz')
    True
    """
    return all(c in second for c in first) and all(c in first for c in second)
''',
76: '''def is_integer_power(value, base):
    # value counts as a "simple power" of base when base ** k == value for some
    # whole k >= 0 (so 1 is a power of everything)
    if value == 1:
        return True
    if base < 2 or value < 1:
        return False
    while value % base == 0:
        value //= base
    return value == 1
''',
92: '''def one_is_sum_of_others(a, b, c):
    """Return True when all three arguments are ints and one of them equals
    the sum of the remaining two; in every other case return False.

    >>> one_is_sum_of_others(5, 2, 7)
    True
    >>> one_is_sum_of_others(10, -4, 6)
    True
    >>> one_is_sum_of_others(1.5, 2.5, 4)
    False
    """
    nums = (a, b, c)
    if not all(isinstance(v, int) for v in nums):
        return False
    total = sum(nums)
    # v == (sum of the other two)  <=>  2 * v == total
    return any(2 * v == total for v in nums)
''',
110: '''def can_make_all_even(first, second):
    """We may swap any number of elements between the two lists. Can `first`
    end up holding only even numbers? Answer "YES" or "NO".
    Both lists are non-empty.
    """
    odd_needed = sum(1 for v in first if v % 2)
    evens_available = len([v for v in second if v % 2 == 0])
    return "YES" if evens_available >= odd_needed else "NO"
''',
129: '''def smallest_walk(board, steps):
    """board is an N x N grid (N >= 2) holding each number 1..N*N exactly once.
    A walk visits `steps` cells, moving each time to an edge-adjacent cell; cells
    may repeat. Walks are compared by the lexicographic order of the values they
    visit. Return the values of the smallest walk.

    The best walk always starts at 1 and bounces between 1 and its smallest
    neighbour.

    >>> smallest_walk([[6, 3, 8], [2, 9, 1], [4, 7, 5]], 4)
    [1, 5, 1, 5]
    >>> smallest_walk([[2, 4], [3, 1]], 3)
    [1, 3, 1]
    """
    size = len(board)
    r, c = next((i, j) for i in range(size) for j in range(size) if board[i][j] == 1)
    around = []
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        rr, cc = r + dr, c + dc
        if 0 <= rr < size and 0 <= cc < size:
            around.append(board[rr][cc])
    best = min(around)
    return [1 if i % 2 == 0 else best for i in range(steps)]
''',
145: '''def _weight(n):
    """Digit sum where the leading digit takes the sign of n (-12 -> -1 + 2)."""
    m = abs(n)
    total = 0
    while m >= 10:
        total += m % 10
        m //= 10
    # m is the leading digit now
    return total + (m if n >= 0 else -m)


def sort_by_digit_sum(numbers):
    """Order the integers by increasing digit sum; equal sums keep their original order."""
    keyed = [(_weight(v), idx, v) for idx, v in enumerate(numbers)]
    keyed.sort()
    return [v for _, _, v in keyed]
''',
}

JS_HELDOUT4 = {
19: """const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * Input: number names ('zero' .. 'nine') separated by spaces.
 * Output: the same names, re-ordered from the smallest value to the largest.
 * @example sortNumberWords('nine zero four four') // 'zero four four nine'
 */
function sortNumberWords(input) {
  return input
    .split(' ')
    .filter(Boolean)
    .sort((a, b) => WORDS.indexOf(a) - WORDS.indexOf(b))
    .join(' ');
}

module.exports = sortNumberWords;
""",
39: """function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

// n-th number that is both a Fibonacci number and prime
function primeFib(n) {
  let a = 0;
  let b = 1;
  while (true) {
    [a, b] = [b, a + b];
    if (isPrime(b) && --n === 0) return b;
  }
}

// tests
const expected = [2, 3, 5, 13, 89];
expected.forEach((want, i) => {
  console.assert(primeFib(i + 1) === want, `primeFib(${i + 1}) should be ${want}`);
});
""",
63: """// FibFib: like Fibonacci but summing the previous three terms.
// fibfib(0) = 0, fibfib(1) = 0, fibfib(2) = 1, fibfib(n) = fibfib(n-1) + fibfib(n-2) + fibfib(n-3)
// Computed bottom-up so it stays fast for large n.
function fibfib(n) {
  if (n < 2) return 0;
  let [a, b, c] = [0, 0, 1];
  for (let i = 3; i <= n; i++) {
    [a, b, c] = [b, c, a + b + c];
  }
  return c;
}

module.exports = { fibfib };
""",
95: """/**
 * True if every key of the object is lower case, or every key is upper case.
 * An empty object gives false.
 */
function keysAllSameCase(obj) {
  const keys = Object.keys(obj);
  if (keys.length === 0) return false;
  const isLower = (k) => k === k.toLowerCase() && k !== k.toUpperCase();
  const isUpper = (k) => k === k.toUpperCase() && k !== k.toLowerCase();
  return keys.every(isLower) || keys.every(isUpper);
}

console.log(keysAllSameCase({ host: 'localhost', port: 8080 })); // true
console.log(keysAllSameCase({ ID: 7, Name: 'Ann' }));            // false
console.log(keysAllSameCase({ PATH: '/bin', HOME: '/root' }));   // true
console.log(keysAllSameCase({}));                                // false
""",
119: """// Two strings made only of '(' and ')'. Can they be concatenated, in one order
// or the other, into a balanced string? Answer 'Yes' / 'No'.
function matchParens([first, second]) {
  const balanced = (s) => {
    let open = 0;
    for (const c of s) {
      open += c === '(' ? 1 : -1;
      if (open < 0) return false;
    }
    return open === 0;
  };
  return balanced(first + second) || balanced(second + first) ? 'Yes' : 'No';
}

module.exports = matchParens;
""",
}

PY_HELDOUT4 = {
7: '''def keep_containing(words, needle):
    # only the strings in which `needle` occurs somewhere, original order kept
    return list(filter(lambda w: needle in w, words))
''',
43: '''def has_zero_sum_pair(numbers):
    """True if two entries at different positions of `numbers` add up to 0."""
    seen = set()
    for value in numbers:
        if -value in seen:
            return True
        seen.add(value)
    return False
''',
55: '''def fibonacci(n):
    """n-th Fibonacci number, counting fibonacci(0) = 0 and fibonacci(1) = 1.

    >>> fibonacci(0)
    0
    >>> fibonacci(2)
    1
    >>> fibonacci(12)
    144
    """
    prev, cur = 0, 1
    for _ in range(n):
        prev, cur = cur, prev + cur
    return prev
''',
127: '''import math


def prime_overlap(first, second):
    """Both arguments are closed intervals (start, end) with start <= end.
    Overlap them and look at the length of the overlap, measured as end - start.
    Answer "YES" if that length is a prime number, otherwise "NO"
    (also "NO" when the intervals do not meet at all).

    >>> prime_overlap((-3, -1), (-5, 5))
    'YES'
    >>> prime_overlap((0, 10), (6, 20))
    'NO'
    >>> prime_overlap((2, 9), (4, 7))
    'YES'
    """
    lo = max(first[0], second[0])
    hi = min(first[1], second[1])
    size = hi - lo
    if size < 2:
        return "NO"
    for d in range(2, math.isqrt(size) + 1):
        if size % d == 0:
            return "NO"
    return "YES"
''',
}

OTHER4 = [
"""// Deepest nesting over a string that mixes (), [] and {} brackets.
// Returns -1 when the brackets are not properly matched.
// maxBracketDepth('a(b[c]{d{e}})') -> 3
// maxBracketDepth('([)]')          -> -1
function maxBracketDepth(s) {
  const pairs = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  let deepest = 0;
  for (const ch of s) {
    if ('([{'.includes(ch)) {
      stack.push(ch);
      deepest = Math.max(deepest, stack.length);
    } else if (ch in pairs) {
      if (stack.pop() !== pairs[ch]) return -1;
    }
  }
  return stack.length === 0 ? deepest : -1;
}
""",
"""/**
 * Replace every run of spaces by the number of spaces in that run.
 * Used to compress padded column text.
 */
function encodeSpaces(text) {
  return text.replace(/ +/g, (run) => String(run.length));
}

module.exports = encodeSpaces;
""",
"""// Product of the leading (most significant) digits of two integers; the sign is ignored.
const multiplyLeadingDigits = (a, b) =>
  Number(String(Math.abs(a))[0]) * Number(String(Math.abs(b))[0]);

console.log(multiplyLeadingDigits(148, 412)); // 4
console.log(multiplyLeadingDigits(-93, 7));   // 63
console.log(multiplyLeadingDigits(0, 55));    // 0
""",
'''def strictly_monotonic(seq):
    """True if the sequence strictly increases or strictly decreases,
    i.e. it moves in one direction and never repeats a value.

    >>> strictly_monotonic([1, 3, 8, 21])
    True
    >>> strictly_monotonic([5, 5, 2])
    False
    >>> strictly_monotonic([9, 4, -1])
    True
    """
    steps = [b - a for a, b in zip(seq, seq[1:])]
    return all(s > 0 for s in steps) or all(s < 0 for s in steps)
''',
'''def ends_inward(items):
    # Reorder by taking from the two ends of the list as given (no sorting):
    # first, last, second, second-to-last, ... until the middle is reached.
    out = []
    i, j = 0, len(items) - 1
    while i <= j:
        out.append(items[i])
        if i != j:
            out.append(items[j])
        i += 1
        j -= 1
    return out
''',
'''def valid_clock_time(text):
    # Accepts 24-hour times written exactly as "hh:mm" (00:00 .. 23:59).
    parts = text.strip().split(':')
    if len(parts) != 2 or not all(len(p) == 2 and p.isdigit() for p in parts):
        return False
    hours, minutes = int(parts[0]), int(parts[1])
    return 0 <= hours <= 23 and 0 <= minutes <= 59
''',
]
