"""Seventeenth batch of hand-written documents, Python 3 (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY17: positives keyed by HumanEval item number, items 8, 9, 10, 41, 60, 77,
    82, 88, 109, 120, 126, 130, 134, 142, 154, 160.
  PY_HELDOUT17: held-out documents, items 23, 31, 43, 75, 83, 107, 155, 159.
  OTHER_PY17: seven Python 3 look-alikes with a different rule:
    0. shortest palindrome made by adding characters to the FRONT of a string
       (the result must end with the input).
    1. sliding-window maxima: the max of every block of `width` consecutive
       values, not the running max from the start.
    2. True when the number of DISTINCT characters (case-sensitive) is prime.
    3. can a list be sorted by reversing at most one contiguous slice.
    4. does some window of the text contain an ANAGRAM of the pattern
       (any permutation, not just rotations).
    5. evaluate operator/operand lists strictly left to right, ignoring
       operator precedence (pocket-calculator order).
    6. the k largest values returned in their ORIGINAL order of appearance,
       ties at the cut-off going to earlier positions.
"""

PY17 = {}
PY_HELDOUT17 = {}
OTHER_PY17 = []

# ---------------------------------------------------------------------------
# Positives
# ---------------------------------------------------------------------------

PY17[8] = r'''# stats_utils.py -- tiny helpers used by the inventory report script

from functools import reduce
import operator


def total_and_product(values):
    """Return (sum, product) of the integers in *values*.

    An empty input gives the identities (0, 1), so callers never have to
    special-case it.
    """
    total = sum(values)
    prod = reduce(operator.mul, values, 1)
    return total, prod


def mean(values):
    """Arithmetic mean, or 0.0 for an empty list."""
    return sum(values) / len(values) if values else 0.0


if __name__ == "__main__":
    assert total_and_product([]) == (0, 1)
    assert total_and_product([3, 5, 2]) == (10, 30)
    assert total_and_product([7]) == (7, 7)
    assert total_and_product([-2, 4, 1]) == (3, -8)
    print("ok")
'''

PY17[9] = r'''**Q:** I have a list of sensor readings and I want a second list where
position i holds the largest reading seen so far (up to and including i).
Is there something tidier than a hand-written loop with a "best" variable?

**A:** `itertools.accumulate` takes an optional binary function, and `max`
is exactly that:

```python
from itertools import accumulate


def running_peak(readings):
    """Prefix maxima: element i is max(readings[:i + 1])."""
    return list(accumulate(readings, max))
```

If you'd rather not import anything, the explicit version is barely longer:

```python
def running_peak(readings):
    peaks = []
    best = None
    for r in readings:
        if best is None or r > best:
            best = r
        peaks.append(best)
    return peaks
```

Both give back an empty list for empty input and never shrink: once a new
high shows up it is carried forward until something larger arrives.
'''

PY17[10] = r'''def shortest_palindrome_extension(text: str) -> str:
    """Append as few characters as possible to the end of `text` so that the
    result reads the same in both directions.

    Strategy: move a start index forward until text[start:] is itself a
    palindrome.  Everything before that start has to be mirrored onto the
    end, and because we take the first (longest) palindromic tail the
    addition is as short as it can be.

    >>> shortest_palindrome_extension("")
    ''
    >>> shortest_palindrome_extension("ab")
    'aba'
    >>> shortest_palindrome_extension("race")
    'racecar'
    >>> shortest_palindrome_extension("level")
    'level'
    >>> shortest_palindrome_extension("abcb")
    'abcba'
    """
    def _mirror_equal(s):
        return all(s[i] == s[-1 - i] for i in range(len(s) // 2))

    for start in range(len(text) + 1):
        if _mirror_equal(text[start:]):
            return text + text[:start][::-1]
    return text  # not reached: the empty tail is always a palindrome


if __name__ == "__main__":
    import doctest
    doctest.testmod()
'''

PY17[41] = r'''## Puzzle of the week: the ghost cars

Picture an endless, perfectly straight highway. A convoy of n cars is heading
east and a second convoy of n cars is heading west. The two convoys start a
very long way apart and every car travels at the same speed. Each time an
eastbound car meets a westbound one we count it as a crash -- except these are
ghost cars, so they pass right through each other and carry on exactly as
before.

How many crashes are there in total?

Nobody ever changes direction or speed, so every eastbound car eventually meets
every westbound car exactly once, and two cars from the same convoy never meet
(they move in lockstep). The answer is just the number of (eastbound,
westbound) pairs:

```python
def ghost_car_crossings(cars_per_direction: int) -> int:
    """Number of head-on meetings between two opposing convoys of equal size."""
    return cars_per_direction * cars_per_direction
```

No simulation needed. The pass-through rule is what turns it from a physics
question into a counting question: if the cars bounced off each other you'd
still get the same total, but it would take a moment longer to convince
yourself of that.
'''

PY17[60] = r'''# Exercise 3.2 -- triangular numbers
#
# Write a function that adds up every whole number from 1 through n.
# Gauss's trick: pair 1 with n, 2 with n - 1, and so on; each pair sums to
# n + 1 and there are n / 2 pairs.


def triangular(n):
    """Return 1 + 2 + ... + n (0 when n is 0)."""
    return n * (n + 1) // 2


def triangular_loop(n):
    """Same thing the slow way, kept around to cross-check the formula."""
    acc = 0
    k = 1
    while k <= n:
        acc += k
        k += 1
    return acc


for n, expected in [(1, 1), (4, 10), (7, 28), (12, 78), (50, 1275)]:
    assert triangular(n) == expected == triangular_loop(n), n
print("triangular numbers check out")
'''

PY17[77] = r'''# Perfect-cube test without floating point.
#
# The obvious round(abs(x) ** (1/3)) ** 3 == abs(x) works for small inputs but
# the float cube root drifts once numbers get big, so this version finds the
# integer cube root by bisection.  The sign doesn't matter: (-k)**3 is a cube
# whenever k**3 is, so we only look at the magnitude.


def _icbrt(x):
    """Floor of the cube root of a non-negative integer, computed exactly."""
    if x < 2:
        return x
    lo, hi = 1, 1 << ((x.bit_length() + 2) // 3 + 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid * mid <= x:
            lo = mid
        else:
            hi = mid - 1
    return lo


def is_perfect_cube(value):
    """True when value == k**3 for some integer k (k may be negative or 0)."""
    magnitude = abs(value)
    root = _icbrt(magnitude)
    return root * root * root == magnitude
'''

PY17[82] = r'''import math


def _is_prime_number(k):
    if k < 2:
        return False
    if k % 2 == 0:
        return k == 2
    for d in range(3, math.isqrt(k) + 1, 2):
        if k % d == 0:
            return False
    return True


def word_length_is_prime(word):
    """Does `word` consist of a prime number of characters?"""
    return _is_prime_number(len(word))


if __name__ == "__main__":
    samples = {
        "": False,
        "a": False,
        "to": True,
        "cat": True,
        "tree": False,
        "python": False,
        "abcdefghijk": True,
    }
    for s, want in samples.items():
        assert word_length_is_prime(s) is want, s
    print("all good")
'''

PY17[88] = r'''# utils/ordering.py
#
# Review note (PR #212): the old version sorted `readings` in place, which
# surprised callers that kept using the list afterwards.  This one always
# returns a new list and leaves the argument alone.  The direction rule is
# unchanged: look at the first and last entries of the original list; if they
# add up to an odd number sort ascending, otherwise sort descending.
# An empty list comes back as a new empty list.


def parity_directed_sort(readings):
    if not readings:
        return []
    descending = (readings[0] + readings[-1]) % 2 == 0
    ordered = sorted(readings)
    if descending:
        ordered.reverse()
    return ordered
'''

PY17[109] = r'''"""rotation_sort.py

Can a list of distinct numbers be put into non-decreasing order using only
right rotations (the last element jumps to the front, everything else moves
one step to the right), as many times as you like?

A rotation never changes the cyclic order of the elements, so the answer is
yes exactly when, walking once around the list as if it were a circle, the
values go down at most once.  An empty list is trivially fine.
"""


def sortable_by_rotation(nums):
    n = len(nums)
    drops = 0
    for i in range(n):
        if nums[i] > nums[(i + 1) % n]:
            drops += 1
            if drops > 1:
                return False
    return True


if __name__ == "__main__":
    print(sortable_by_rotation([]))              # True (nothing to sort)
    print(sortable_by_rotation([6, 8, 1, 3]))    # True: rotate right twice
    print(sortable_by_rotation([2, 9, 4, 5]))    # False
    print(sortable_by_rotation([10, 20, 30]))    # True: already sorted
'''

PY17[120] = r'''import heapq


def top_k_ascending(scores, k):
    """Pick the k largest values out of `scores` and return them smallest-first.

    Duplicates are kept: if the maximum appears twice, both copies can be
    picked.  k may be zero (result is empty) and is never more than
    len(scores).  The input list is not modified.
    """
    if k <= 0:
        return []
    best = heapq.nlargest(k, scores)   # largest first
    best.reverse()
    return best
'''

PY17[126] = r'''from collections import Counter


def sorted_with_at_most_pairs(seq):
    """True if seq is in non-decreasing order and no value occurs three or
    more times.  A value may repeat once (appear twice) and still pass.

    Inputs are non-negative integers.
    """
    if any(c > 2 for c in Counter(seq).values()):
        return False
    return all(a <= b for a, b in zip(seq, seq[1:]))


# quick checks
assert sorted_with_at_most_pairs([]) is True
assert sorted_with_at_most_pairs([9]) is True
assert sorted_with_at_most_pairs([0, 4, 4, 7]) is True
assert sorted_with_at_most_pairs([0, 4, 4, 4, 7]) is False
assert sorted_with_at_most_pairs([2, 6, 5, 8]) is False
assert sorted_with_at_most_pairs([1, 1, 3, 3, 8]) is True
'''

PY17[130] = r'''# The "tribonacci" from this kata is not the usual one.  Rules as given:
#
#   t(0) = 1          (seed value that starts the list)
#   t(1) = 3
#   t(n) = 1 + n / 2                       for even n
#   t(n) = t(n - 1) + t(n - 2) + t(n + 1)  for odd n
#
# The odd case refers forward to t(n + 1), but n + 1 is even, so that term has
# the closed form 1 + (n + 1) / 2.  Substituting it turns the whole thing into
# an ordinary left-to-right fill, no recursion needed.


def odd_tribonacci_table(n):
    """Return the list [t(0), t(1), ..., t(n)] for a non-negative n."""
    table = [1]
    if n == 0:
        return table
    table.append(3)
    for i in range(2, n + 1):
        if i % 2 == 0:
            table.append(1 + i // 2)
        else:
            lookahead = 1 + (i + 1) // 2
            table.append(table[-1] + table[-2] + lookahead)
    return table
'''

PY17[134] = r'''import string


def ends_with_lone_letter(sentence):
    """Check whether the final character of `sentence` is an ASCII letter that
    stands on its own, i.e. the last space-separated chunk is exactly one
    letter long.

    A trailing space makes the last chunk empty, so that gives False, and so
    does an empty string.
    """
    last_chunk = sentence.rsplit(" ", 1)[-1]
    return len(last_chunk) == 1 and last_chunk in string.ascii_letters


if __name__ == "__main__":
    cases = [
        ("grab a coffee", False),
        ("plan b", True),
        ("plan b ", False),
        ("X", True),
        ("", False),
        ("ends with 7", False),
        ("note:x", False),
    ]
    for text, want in cases:
        got = ends_with_lone_letter(text)
        print(f"{text!r:18} -> {got}")
        assert got == want
'''

PY17[142] = r'''"""listmath.py -- assorted small list utilities for the homework autograder."""


def clamp_all(nums, lo, hi):
    """Force every entry into the closed range [lo, hi]."""
    return [min(max(x, lo), hi) for x in nums]


def index_weighted_total(nums):
    """Sum a list after transforming some entries according to their position:

    * index divisible by 3              -> add the square of the entry
    * index divisible by 4 but not by 3 -> add the cube of the entry
    * any other index                   -> add the entry as it is
    """
    total = 0
    for idx, value in enumerate(nums):
        if idx % 3 == 0:
            total += value * value
        elif idx % 4 == 0:
            total += value ** 3
        else:
            total += value
    return total


def first_negative(nums):
    """Index of the first negative entry, or -1 if there is none."""
    for i, x in enumerate(nums):
        if x < 0:
            return i
    return -1
'''

PY17[154] = r'''def rotation_occurs_in(haystack, needle):
    """Is some cyclic rotation of `needle` a contiguous substring of `haystack`?

    Rotations of "abc" are "abc", "bca" and "cab".  We collect them all from
    needle + needle, then slide a window of the same length over haystack.
    """
    k = len(needle)
    if k == 0:
        return True
    if k > len(haystack):
        return False
    doubled = needle + needle
    rotations = {doubled[i:i + k] for i in range(k)}
    return any(haystack[j:j + k] in rotations
               for j in range(len(haystack) - k + 1))


# rotation_occurs_in("network", "orkw")  -> True   ("work" is a rotation)
# rotation_occurs_in("network", "ten")   -> False
# rotation_occurs_in("abc", "cab")       -> True
# rotation_occurs_in("banana", "nba")    -> True   ("ban")
# rotation_occurs_in("banana", "aab")    -> False
'''

PY17[160] = r'''"""Evaluate a flat arithmetic expression given as two lists.

`values` holds the operands [a0, a1, ..., an] and `ops` holds the n operators
that sit between them.  Supported operators are +, -, *, // and **, with
Python's usual precedence and associativity (** binds tightest and groups
right-to-left, the others group left-to-right).

I avoided eval() here because the lists come from user input in the grading
tool, so this is a small shunting-yard evaluator instead.
"""

_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "//": 2, "**": 3}
_APPLY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "//": lambda a, b: a // b,
    "**": lambda a, b: a ** b,
}


def evaluate_chain(ops, values):
    out = [values[0]]
    pending = []

    def reduce_top():
        op = pending.pop()
        rhs = out.pop()
        lhs = out.pop()
        out.append(_APPLY[op](lhs, rhs))

    for op, val in zip(ops, values[1:]):
        while pending:
            top = pending[-1]
            stronger = _PRECEDENCE[top] > _PRECEDENCE[op]
            same_left = _PRECEDENCE[top] == _PRECEDENCE[op] and op != "**"
            if stronger or same_left:
                reduce_top()
            else:
                break
        pending.append(op)
        out.append(val)

    while pending:
        reduce_top()
    return out[0]
'''

# ---------------------------------------------------------------------------
# Held-out documents
# ---------------------------------------------------------------------------

PY_HELDOUT17[23] = r'''# Interview warm-up: find how many characters a string has without calling
# len().  Two takes -- a plain loop and a reduce -- both walk the string once.

from functools import reduce


def char_count(s: str) -> int:
    n = 0
    for _ in s:
        n += 1
    return n


def char_count_reduce(s: str) -> int:
    return reduce(lambda acc, _ch: acc + 1, s, 0)
'''

PY_HELDOUT17[31] = r'''def prime_check(num):
    """Trial division with the 6k +/- 1 shortcut.  Anything below 2 is not prime."""
    if num < 2:
        return False
    if num < 4:
        return True
    if num % 2 == 0 or num % 3 == 0:
        return False
    f = 5
    while f * f <= num:
        if num % f == 0 or num % (f + 2) == 0:
            return False
        f += 6
    return True


if __name__ == "__main__":
    for v in (0, 1, 2, 9, 17, 25, 97, 7919, 10007):
        print(v, prime_check(v))
    # expected: False False True False True False True True True
'''

PY_HELDOUT17[43] = r'''# Code review comment on `has_zero_sum_pair`:
#
# The nested index loop was O(n^2).  Keeping a set of what we've already
# passed makes it a single scan: for each x, if -x was seen at an earlier
# position we have our pair.  Note the edge case this preserves -- a lone 0
# does not pair with itself, but two zeros at different positions do.


def has_zero_sum_pair(nums):
    """True if two entries at different positions add up to 0."""
    seen = set()
    for x in nums:
        if -x in seen:
            return True
        seen.add(x)
    return False
'''

PY_HELDOUT17[75] = r'''def is_product_of_three_primes(n):
    """True if n = p * q * r for primes p, q, r (repeats allowed, e.g. 8 = 2*2*2).

    Counts prime factors with multiplicity and checks that there are exactly
    three of them.
    """
    count = 0
    d = 2
    while d * d <= n and count <= 3:
        while n % d == 0:
            n //= d
            count += 1
        d += 1
    if n > 1:
        count += 1
    return count == 3


if __name__ == "__main__":
    checks = {12: True, 42: True, 8: True, 16: False, 49: False, 97: False, 1: False}
    for value, want in checks.items():
        assert is_product_of_three_primes(value) == want, value
    print("ok")
'''

PY_HELDOUT17[83] = r'''# How many n-digit positive integers begin or end with the digit 1?
#
# Inclusion-exclusion:
#   begin with 1: the other n-1 digits are free           -> 10**(n-1)
#   end with 1:   leading digit 1..9, middle free         -> 9 * 10**(n-2)
#   both:         1 ... 1 with n-2 free digits in between -> 10**(n-2)
# A one-digit number is the special case: only "1" itself qualifies.


def count_one_bookended(n):
    if n == 1:
        return 1
    begins = 10 ** (n - 1)
    ends = 9 * 10 ** (n - 2)
    both = 10 ** (n - 2)
    return begins + ends - both
'''

PY_HELDOUT17[107] = r'''Lab 4, question 2: palindromic numbers by parity
-------------------------------------------------

Given a positive integer `limit`, count the palindromic integers from 1 up to
and including `limit`, and report how many of them are even and how many are
odd, in that order. Here a number is tested for being a palindrome by
reversing its digits arithmetically instead of going through strings.

```python
def _reverse_digits(k):
    r = 0
    while k:
        k, d = divmod(k, 10)
        r = r * 10 + d
    return r


def palindrome_parity_counts(limit):
    evens = odds = 0
    for k in range(1, limit + 1):
        if _reverse_digits(k) != k:
            continue
        if k % 2:
            odds += 1
        else:
            evens += 1
    return evens, odds
```

Sample runs:

    palindrome_parity_counts(1)   ->  (0, 1)
    palindrome_parity_counts(5)   ->  (2, 3)
    palindrome_parity_counts(22)  ->  (5, 6)    # 1..9, 11, 22
'''

PY_HELDOUT17[155] = r'''def digit_parity_tally(number):
    """Return (count of even digits, count of odd digits) in the decimal form
    of `number`.  A minus sign is ignored and 0 counts as one even digit."""
    n = abs(number)
    even = odd = 0
    while True:
        n, d = divmod(n, 10)
        if d % 2:
            odd += 1
        else:
            even += 1
        if n == 0:
            break
    return even, odd
'''

PY_HELDOUT17[159] = r'''# A rabbit has already eaten `eaten` carrots today and wants `wanted` more.
# There are `stock` carrots left in the pantry.  It eats what it wants if the
# pantry can cover it, otherwise it finishes the pantry (and stays hungry).
# Report [carrots eaten in total, carrots left in the pantry].


def feed_rabbit(eaten, wanted, stock):
    bite = min(wanted, stock)
    return [eaten + bite, stock - bite]


print(feed_rabbit(3, 4, 10))   # [7, 6]
print(feed_rabbit(0, 5, 2))    # [2, 0]  -- still hungry
print(feed_rabbit(6, 0, 4))    # [6, 4]
'''

# ---------------------------------------------------------------------------
# Look-alikes (different rule from any HumanEval item)
# ---------------------------------------------------------------------------

# 0. shortest palindrome by prepending characters to the front
OTHER_PY17.append(r'''# Shortest palindrome built by adding characters to the FRONT of a string.
#
# Find the longest prefix that is already a palindrome; whatever follows it
# has to be mirrored and stuck on the front.  Quadratic, which is fine for the
# short identifiers we feed it.


def palindrome_by_prepending(s: str) -> str:
    for cut in range(len(s), -1, -1):
        head = s[:cut]
        if head == head[::-1]:
            return s[cut:][::-1] + s
    return s


assert palindrome_by_prepending("") == ""
assert palindrome_by_prepending("dog") == "godog"
assert palindrome_by_prepending("abba") == "abba"
assert palindrome_by_prepending("aab") == "baab"
''')

# 1. sliding-window maxima of a fixed width
OTHER_PY17.append(r'''from collections import deque


def window_maxima(samples, width):
    """Maximum of every run of `width` consecutive samples.

    Produces len(samples) - width + 1 values (an empty list when the window is
    wider than the data).  Uses the monotonic-deque trick, so each index is
    pushed and popped at most once and the whole thing is O(n).
    """
    if width <= 0:
        raise ValueError("width must be positive")
    result = []
    dq = deque()  # indices whose values decrease from left to right
    for i, x in enumerate(samples):
        while dq and samples[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - width:
            dq.popleft()
        if i >= width - 1:
            result.append(samples[dq[0]])
    return result
''')

# 2. prime number of distinct characters
OTHER_PY17.append(r'''def distinct_count_is_prime(text):
    """True when the number of different characters in `text` is prime.

    Case matters here: 'A' and 'a' are two different characters.
    """
    k = len(set(text))
    if k < 2:
        return False
    return all(k % d for d in range(2, int(k ** 0.5) + 1))


# distinct_count_is_prime("banana")  -> True   (b, a, n: 3 distinct)
# distinct_count_is_prime("letter")  -> False  (l, e, t, r: 4 distinct)
# distinct_count_is_prime("zzzz")    -> False  (only 1)
# distinct_count_is_prime("abcde")   -> True   (5)
''')

# 3. sortable by reversing one contiguous slice
OTHER_PY17.append(r'''def sortable_by_one_reversal(items):
    """Can `items` be put into non-decreasing order by reversing at most one
    contiguous slice of it?

    Compare with the sorted copy: trim the common prefix and suffix, and what
    is left in the middle must be exactly the sorted middle read backwards.
    """
    target = sorted(items)
    n = len(items)
    lo = 0
    while lo < n and items[lo] == target[lo]:
        lo += 1
    if lo == n:
        return True          # already sorted, reverse nothing
    hi = n - 1
    while items[hi] == target[hi]:
        hi -= 1
    return items[lo:hi + 1][::-1] == target[lo:hi + 1]
''')

# 4. anagram of the pattern somewhere in the text
OTHER_PY17.append(r'''from collections import Counter


def contains_anagram_of(text, pattern):
    """Does some window of `text`, len(pattern) characters long, use exactly
    the same letters as `pattern` in any order?"""
    m = len(pattern)
    if m == 0:
        return True
    if m > len(text):
        return False
    need = Counter(pattern)
    window = Counter(text[:m])
    if window == need:
        return True
    for i in range(m, len(text)):
        window[text[i]] += 1
        old = text[i - m]
        window[old] -= 1
        if window[old] == 0:
            del window[old]
        if window == need:
            return True
    return False


if __name__ == "__main__":
    print(contains_anagram_of("listening", "silent"))  # True  ("listen")
    print(contains_anagram_of("abcd", "cbd"))          # True  ("bcd")
    print(contains_anagram_of("abcd", "ac"))           # False
''')

# 5. left-to-right evaluation with no precedence
OTHER_PY17.append(r'''# "Calculator mode": the operators are applied in the order they appear, with
# no precedence at all -- like a pocket calculator that shows a running total
# after every key press.  ops[i] sits between nums[i] and nums[i + 1].

import operator

OPS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "//": operator.floordiv,
    "**": operator.pow,
}


def running_total_eval(ops, nums):
    acc = nums[0]
    for sym, n in zip(ops, nums[1:]):
        acc = OPS[sym](acc, n)
    return acc
''')

# 6. k largest values kept in their original order
OTHER_PY17.append(r'''def keep_top_k_in_place_order(values, k):
    """Return the k largest values, listed in the order they occur in `values`.

    When there is a tie at the cut-off, earlier occurrences win.
    """
    if k <= 0:
        return []
    ranked = sorted(range(len(values)), key=lambda i: (-values[i], i))
    chosen = sorted(ranked[:k])
    return [values[i] for i in chosen]


if __name__ == "__main__":
    print(keep_top_k_in_place_order([5, 1, 9, 3, 7], 3))   # [5, 9, 7]
    print(keep_top_k_in_place_order([2, 8, 2, 8, 2], 3))   # [2, 8, 8]
    print(keep_top_k_in_place_order([4, 4, 4], 0))         # []
''')
