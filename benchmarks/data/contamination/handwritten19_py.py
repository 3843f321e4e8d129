"""Nineteenth batch of hand-written documents, Python 3 (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY19: positives keyed by HumanEval item number, items 5, 6, 20, 61, 66, 69,
    72, 78, 85, 86, 125, 130, 144, 145, 152, 157.
  PY_HELDOUT19: held-out documents, items 19, 51, 67, 79, 95, 103, 135, 139.
  OTHER_PY19: seven Python 3 look-alikes with a different rule:
    0. put the separator only between neighbours of different parity (one odd, one even).
    1. for each space-separated bracket cluster, count its top-level (outermost) pairs, not its depth.
    2. a box stack passes when its weights never decrease from top to floor (sorted, not mirrored) and the total fits the capacity.
    3. add up the values of the hex digits that are perfect squares (0, 1, 4, 9), instead of counting prime digits.
    4. reverse the characters of every space-separated word, keeping the spacing, instead of sorting them.
    5. decide whether the SUM of two "a/b" fractions is a whole number, instead of their product.
    6. decide whether three side lengths form a valid OBTUSE triangle, instead of a right one.
"""

PY19 = {}
PY_HELDOUT19 = {}
OTHER_PY19 = []

PY19[5] = r'''# Q: What's the cleanest way to put a separator value between every two items
#    of a list of ints? e.g. [7, 8, 9, 10] with 0 should give [7, 0, 8, 0, 9, 0, 10].
#
# A: A plain loop is hard to beat. Emit the separator *before* every item except
#    the first one, and an empty list naturally stays empty:

from typing import List


def join_with_marker(values: List[int], marker: int) -> List[int]:
    out: List[int] = []
    for pos, v in enumerate(values):
        if pos:
            out.append(marker)
        out.append(v)
    return out


# If you like slice tricks, you can preallocate and fill every other slot:

def join_with_marker_slices(values: List[int], marker: int) -> List[int]:
    if not values:
        return []
    out = [marker] * (2 * len(values) - 1)
    out[0::2] = values
    return out


if __name__ == "__main__":
    print(join_with_marker([7, 8, 9, 10], 0))   # [7, 0, 8, 0, 9, 0, 10]
    print(join_with_marker_slices([5], -1))     # [5]
    print(join_with_marker([], 3))              # []
'''

PY19[6] = r'''"""paren_depth.py -- problem set 3, exercise 2

The input line holds several clusters of round brackets separated by spaces.
For every cluster we report how deep the brackets go at their deepest point,
so a cluster that never opens a second bracket inside the first one scores 1.
Runs of extra spaces produce empty tokens; those are simply skipped.
"""
from typing import List


def _deepest(cluster: str) -> int:
    level = 0
    best = 0
    for ch in cluster:
        if ch == "(":
            level += 1
            if level > best:
                best = level
        else:
            level -= 1
    return best


def max_depth_per_cluster(line: str) -> List[int]:
    depths = []
    for cluster in line.split(" "):
        if cluster:
            depths.append(_deepest(cluster))
    return depths
'''

PY19[20] = r'''# Review note on PR #412 ("speed up nearest-pair lookup"):
#
# The previous implementation compared every value with every other value,
# which is quadratic. After sorting, the two values that sit closest together
# must be neighbours in the sorted order, so one pass over adjacent pairs is
# enough. The pair is handed back as (smaller, larger).

from typing import Sequence, Tuple


def nearest_pair(values: Sequence[float]) -> Tuple[float, float]:
    """Return the two entries of ``values`` that differ the least.

    ``values`` has to contain at least two numbers.

    >>> nearest_pair([10.5, 3.0, 7.25, 3.5, 9.0])
    (3.0, 3.5)
    >>> nearest_pair([6.0, 1.0, 6.0])
    (6.0, 6.0)
    """
    ordered = sorted(values)
    best = (ordered[0], ordered[1])
    best_gap = ordered[1] - ordered[0]
    for lo, hi in zip(ordered[1:], ordered[2:]):
        gap = hi - lo
        if gap < best_gap:
            best_gap = gap
            best = (lo, hi)
    return best
'''

PY19[61] = r'''## Checking a bracket string with a running total

A string made only of `(` and `)` is well formed when, reading left to right,
you never close more brackets than you have opened, and by the end every
bracket you opened has been closed again. Turn each character into +1 or -1,
take the prefix sums, and both conditions fall out directly: no prefix may dip
below zero, and the final sum has to be zero.

```python
from itertools import accumulate


def parens_well_formed(seq: str) -> bool:
    steps = (1 if ch == "(" else -1 for ch in seq)
    final = 0
    for final in accumulate(steps):
        if final < 0:
            return False
    return final == 0
```

An empty string has no prefixes at all, so the loop never runs and the
function reports it as well formed.
'''

PY19[66] = r'''def capital_code_total(text):
    """Add up the character codes of the capital letters in ``text``.

    Lower-case letters, digits, spaces and punctuation contribute nothing,
    so a string without capitals (including the empty string) gives 0.
    """
    total = 0
    for ch in text:
        if ch.isupper():
            total += ord(ch)
    return total


# quick sanity checks
assert capital_code_total("") == 0
assert capital_code_total("xYz") == 89
assert capital_code_total("Py3K") == 80 + 75
assert capital_code_total("no caps here") == 0
assert capital_code_total("QQ") == 162
'''

PY19[69] = r'''from collections import Counter


def biggest_self_counted(nums):
    """Return the largest positive value in ``nums`` that appears at least as
    many times as the value itself -- a 3 needs three or more copies, a 1 only
    needs to be present. When no value qualifies, return -1.

    ``nums`` should hold at least one element, and every element is a
    positive whole number.
    """
    tally = Counter(nums)
    candidates = [value for value, copies in tally.items() if value > 0 and copies >= value]
    return max(candidates, default=-1)
'''

PY19[72] = r'''# drone_check.py
#
# A delivery drone is cleared for take-off only when its cargo is symmetric --
# the crate weights read the same from the front as from the back -- and the
# crates together weigh no more than the drone's rated limit.


def can_take_off(crates, limit):
    if sum(crates) > limit:
        return False
    return list(crates) == list(reversed(crates))


if __name__ == "__main__":
    cases = [
        ([4, 1, 4], 10, True),
        ([4, 1, 4], 8, False),   # symmetric, but 9 is over the limit
        ([2, 5], 20, False),     # light enough, but lopsided
        ([6], 6, True),          # exactly at the limit is fine
    ]
    for crates, limit, expected in cases:
        got = can_take_off(crates, limit)
        status = "ok" if got == expected else "MISMATCH"
        print(f"{crates!s:12} limit={limit:<3} -> {got!s:5} {status}")
'''

PY19[78] = r'''"""Small helpers for poking at hexadecimal strings."""

import string

# Values 0..15 a single hex digit can take; the primes among them are
# 2, 3, 5, 7, 11 and 13, i.e. the digits below (letters in upper case).
PRIME_HEX_DIGITS = frozenset("2357BD")


def looks_like_hex(s):
    return all(ch in string.hexdigits for ch in s)


def count_prime_hex_digits(hex_string):
    # Input is assumed valid (or empty) with A-F written in upper case.
    return sum(1 for digit in hex_string if digit in PRIME_HEX_DIGITS)


def digit_values(hex_string):
    return [int(ch, 16) for ch in hex_string]
'''

PY19[85] = r'''# Stack Overflow answer: "sum only the even numbers that sit at odd positions"
#
# Positions are 0-based, so "odd positions" means indexes 1, 3, 5, ...
# Step through those indexes directly with range(1, len(xs), 2) and keep the
# values that divide evenly by two:

def sum_even_at_odd_positions(xs):
    total = 0
    for idx in range(1, len(xs), 2):
        if xs[idx] % 2 == 0:
            total += xs[idx]
    return total


print(sum_even_at_odd_positions([3, 8, 5, 10, 2]))   # 8 + 10 = 18
print(sum_even_at_odd_positions([1, 7, 9]))          # 7 is odd -> 0
print(sum_even_at_odd_positions([0, -6, 1, 4]))      # -6 + 4 = -2

# A one-liner version, if you prefer:
# sum(v for v in xs[1::2] if v % 2 == 0)
'''

PY19[86] = r'''import re

_WORD = re.compile(r"[^ ]+")


def alphabetize_letters_in_words(sentence):
    """Rearrange the characters inside each word so they appear in increasing
    code-point order, leaving the words where they are.

    Words are maximal runs of non-space characters; the spaces between them
    (including doubled spaces) are left exactly as they were, because the
    regex only ever touches the runs themselves.
    """
    return _WORD.sub(lambda m: "".join(sorted(m.group(0))), sentence)
'''

PY19[125] = r'''def tokenize_or_count(text):
    """Split ``text`` into pieces, falling back step by step:

    1. if it contains a space, split on whitespace;
    2. otherwise, if it contains a comma, split on commas;
    3. otherwise return how many lower-case letters in it sit at an odd
       position of the alphabet when counting from a = 0 (b, d, f, ..., z).

    >>> tokenize_or_count("red green blue")
    ['red', 'green', 'blue']
    >>> tokenize_or_count("red,green,blue")
    ['red', 'green', 'blue']
    >>> tokenize_or_count("a,b c")
    ['a,b', 'c']
    >>> tokenize_or_count("hello")
    3
    >>> tokenize_or_count("BDF")
    0
    """
    if " " in text:
        return text.split()
    if "," in text:
        return text.replace(",", " ").split()
    odd_slot = 0
    for ch in text:
        if ch.islower() and (ord(ch) - ord("a")) % 2 == 1:
            odd_slot += 1
    return odd_slot
'''

PY19[130] = r'''"""A made-up "tribonacci-like" sequence from a puzzle site.

The terms are defined as:
  * term(1) is 3 (and the list starts with a 1 at position 0);
  * for an even k, term(k) = 1 + k / 2;
  * for an odd k, term(k) = term(k - 1) + term(k - 2) + term(k + 1).

The odd rule looks ahead to k + 1, but that index is even, so its value is
known straight away and the recursion still terminates.
"""
from functools import lru_cache


@lru_cache(maxsize=None)
def _term(k):
    if k == 0:
        return 1
    if k == 1:
        return 3
    if k % 2 == 0:
        return 1 + k // 2
    return _term(k - 1) + _term(k - 2) + _term(k + 1)


def lookahead_sequence(n):
    """First n + 1 terms (positions 0..n) for a non-negative n."""
    return [_term(k) for k in range(n + 1)]
'''

PY19[144] = r'''from fractions import Fraction


def product_is_integer(first, second):
    """Both arguments are strings like "7/3" (positive numerator and
    denominator). Report whether multiplying the two fractions gives a whole
    number.

    Fraction parses the "p/q" form for us and keeps results in lowest terms,
    so the product is whole exactly when its denominator ends up as 1.
    """
    return (Fraction(first) * Fraction(second)).denominator == 1


if __name__ == "__main__":
    assert product_is_integer("3/4", "8/3")        # 2
    assert not product_is_integer("2/3", "1/4")    # 1/6
    assert product_is_integer("5/2", "2/5")        # 1
    assert not product_is_integer("9/8", "4/3")    # 3/2
    print("all good")
'''

PY19[145] = r'''"""Sorting integers by a signed digit sum.

The key of a number is the sum of its decimal digits, except that for a
negative number the leading digit counts as negative (so -23 has key
-2 + 3 = 1). Python's sort is stable, so numbers with equal keys keep
their original relative order.
"""


def signed_digit_total(n):
    digits = [int(c) for c in str(abs(n))]
    if n < 0:
        digits[0] = -digits[0]
    return sum(digits)


def sort_by_signed_digits(numbers):
    return sorted(numbers, key=signed_digit_total)
'''

PY19[152] = r'''"""predictions.py - scoring for the office football pool."""


def miss_distances(actual, predicted):
    """For each match, how far the prediction was from the real score.

    Both lists have one entry per match, in the same order. A spot-on
    prediction scores 0; otherwise the entry is the absolute gap.
    """
    result = []
    for real, guess in zip(actual, predicted):
        result.append(real - guess if real >= guess else guess - real)
    return result


def total_miss(actual, predicted):
    return sum(miss_distances(actual, predicted))


def perfect_calls(actual, predicted):
    return sum(1 for d in miss_distances(actual, predicted) if d == 0)
'''

PY19[157] = r'''def is_right_triangle(a, b, c):
    """True if sides a, b, c (in any order) make a triangle with a 90-degree
    corner, i.e. the square of the longest side equals the sum of the squares
    of the other two.
    """
    small, middle, large = sorted(x * x for x in (a, b, c))
    return small + middle == large


if __name__ == "__main__":
    for sides in [(6, 8, 10), (13, 5, 12), (2, 3, 4), (7, 24, 25), (1, 1, 1)]:
        print(sides, is_right_triangle(*sides))
    # (6, 8, 10) True
    # (13, 5, 12) True
    # (2, 3, 4) False
    # (7, 24, 25) True
    # (1, 1, 1) False
'''

PY_HELDOUT19[19] = r'''# Sorting spelled-out digits
#
# Input: a string of English digit names ("zero" .. "nine") separated by
# spaces. Output: the same names, reordered by the digit they stand for.
#
#   order_spelled_digits("seven two nine")  ->  "two seven nine"
#   order_spelled_digits("eight zero eight one")  ->  "zero one eight eight"
#   order_spelled_digits("")  ->  ""

DIGIT_NAMES = ["zero", "one", "two", "three", "four",
               "five", "six", "seven", "eight", "nine"]


def order_spelled_digits(sentence: str) -> str:
    names = sentence.split()
    names.sort(key=DIGIT_NAMES.index)
    return " ".join(names)


if __name__ == "__main__":
    print(order_spelled_digits("seven two nine"))
    print(order_spelled_digits("eight zero eight one"))
'''

PY_HELDOUT19[51] = r'''"""text_utils.py"""

_VOWELS = "aeiouAEIOU"
_DROP_VOWELS = str.maketrans("", "", _VOWELS)


def strip_vowels(text):
    """Return ``text`` with every a, e, i, o, u removed, in either case.

    Consonants, digits, punctuation and whitespace (newlines included) pass
    through untouched.
    """
    return text.translate(_DROP_VOWELS)


def squash_spaces(text):
    return " ".join(text.split())
'''

PY_HELDOUT19[67] = r'''A basket holds apples, oranges and mangoes. You're told the apple and orange
counts in a sentence such as "4 apples and 9 oranges", plus the total number
of fruit in the basket, and you want the number of mangoes. Pull every
whole-number token out of the sentence and subtract them from the total:

```python
def mangoes_in_basket(description, total_fruit):
    counted = sum(int(tok) for tok in description.split(" ") if tok.isdigit())
    return total_fruit - counted


print(mangoes_in_basket("4 apples and 9 oranges", 20))    # 7
print(mangoes_in_basket("0 apples and 0 oranges", 5))     # 5
print(mangoes_in_basket("12 apples and 3 oranges", 15))   # 0
```
'''

PY_HELDOUT19[79] = r'''def wrapped_binary(value):
    """Write a non-negative integer in base 2 and put the marker "db" on both
    ends of the digit string.

    The digits are produced by repeated division, least significant first,
    then reversed; zero is special-cased so that it still yields one digit.
    """
    if value == 0:
        bits = "0"
    else:
        chunks = []
        while value > 0:
            value, remainder = divmod(value, 2)
            chunks.append("1" if remainder else "0")
        bits = "".join(reversed(chunks))
    return "db" + bits + "db"
'''

PY_HELDOUT19[95] = r'''def keys_share_case(mapping):
    """Check that a dict's keys are all strings and all written in one case.

    Returns True when every key is a lower-case string, or when every key is
    an upper-case string. Mixed case, non-string keys, or an empty dict all
    give False.
    """
    if not mapping:
        return False
    keys = list(mapping.keys())
    if any(not isinstance(k, str) for k in keys):
        return False
    return all(k.islower() for k in keys) or all(k.isupper() for k in keys)


assert keys_share_case({"host": "db1", "port": "5432"})
assert keys_share_case({"PATH": "/usr/bin", "HOME": "/root"})
assert not keys_share_case({"host": "db1", "PORT": "5432"})
assert not keys_share_case({"host": "db1", 3: "x"})
assert not keys_share_case({"Host": "db1"})
assert not keys_share_case({})
'''

PY_HELDOUT19[103] = r'''def binary_mean_of_range(lo, hi):
    """Mean of all integers lo, lo+1, ..., hi, rounded to an integer and given
    back as a "0b..." binary string. If lo is above hi there is no range and
    the result is -1.

    For a run of consecutive integers the mean is just (lo + hi) / 2, so no
    loop is needed. Halves are rounded the way Python's round() does it,
    i.e. towards the even neighbour.
    """
    if lo > hi:
        return -1
    mean = (lo + hi) / 2
    return bin(round(mean))
'''

PY_HELDOUT19[135] = r'''def last_drop_index(seq):
    """Index of the last element that is smaller than the element right
    before it, or -1 if the sequence never goes down. Elements are assumed
    to be distinct.

    Scanning from the right lets us stop at the first drop we meet.

    >>> last_drop_index([2, 6, 4, 8, 1, 9])
    4
    >>> last_drop_index([10, 20, 30])
    -1
    >>> last_drop_index([])
    -1
    """
    for i in range(len(seq) - 1, 0, -1):
        if seq[i] < seq[i - 1]:
            return i
    return -1
'''

PY_HELDOUT19[139] = r'''from functools import reduce
from math import factorial
from operator import mul


def factorial_tower(n):
    """Product 1! * 2! * ... * n! for a positive integer n (sometimes called
    the superfactorial)."""
    return reduce(mul, (factorial(k) for k in range(1, n + 1)), 1)
'''

OTHER_PY19.append(r'''from typing import List


def mark_parity_changes(values: List[int], marker: int) -> List[int]:
    """Copy ``values``, inserting ``marker`` wherever two neighbours differ in
    parity (one odd, one even). Neighbours of the same parity stay adjacent.

    >>> mark_parity_changes([1, 3, 4, 6, 7], 0)
    [1, 3, 0, 4, 6, 0, 7]
    >>> mark_parity_changes([2, 4, 8], -1)
    [2, 4, 8]
    """
    out: List[int] = []
    for i, v in enumerate(values):
        if i and (values[i - 1] - v) % 2:
            out.append(marker)
        out.append(v)
    return out
''')

OTHER_PY19.append(r'''"""How many outermost bracket pairs does each cluster have?

Given clusters of '(' and ')' separated by spaces, report for each cluster
the number of pairs that are not nested inside any other pair -- i.e. how
many times the nesting level comes back down to zero.
"""
from typing import List


def top_level_pairs(line: str) -> List[int]:
    result = []
    for cluster in line.split():
        level = 0
        closed_at_top = 0
        for ch in cluster:
            if ch == "(":
                level += 1
            elif ch == ")":
                level -= 1
                if level == 0:
                    closed_at_top += 1
        result.append(closed_at_top)
    return result


if __name__ == "__main__":
    print(top_level_pairs("(()()) ()()() ((()))()"))   # [1, 3, 2]
''')

OTHER_PY19.append(r'''# stack_check.py -- can the hoist lift this stack of boxes?
#
# Boxes are listed from the top of the stack down to the floor. The stack is
# stable when no box rests on a lighter one, i.e. the weights never go down as
# you move towards the floor, and the hoist can take it when the weights add up
# to no more than its capacity.


def hoist_can_lift(boxes, capacity):
    for upper, lower in zip(boxes, boxes[1:]):
        if upper > lower:
            return False
    return sum(boxes) <= capacity
''')

OTHER_PY19.append(r'''SQUARE_VALUES = {0, 1, 4, 9}


def square_digit_weight(hex_string):
    """Sum the values of those hex digits whose value is a perfect square
    (0, 1, 4 and 9; none of A-F qualifies since 10..15 are not squares).

    >>> square_digit_weight("94A1")
    14
    >>> square_digit_weight("BEEF")
    0
    """
    total = 0
    for ch in hex_string.upper():
        value = int(ch, 16)
        if value in SQUARE_VALUES:
            total += value
    return total
''')

OTHER_PY19.append(r'''def mirror_each_word(sentence):
    """Reverse the characters inside every word while keeping the words in
    their places. Words are separated by spaces, and every space, doubled
    ones included, stays exactly where it was."""
    return " ".join(word[::-1] for word in sentence.split(" "))
''')

OTHER_PY19.append(r'''## Does the sum of two fractions come out whole?

Each fraction arrives as a string "numerator/denominator" with positive
parts. Cross-multiply to add them: a/b + c/d = (a*d + c*b) / (b*d), and the
result is a whole number exactly when b*d divides a*d + c*b.

```python
def sum_is_whole(x, y):
    a, b = map(int, x.split("/"))
    c, d = map(int, y.split("/"))
    return (a * d + c * b) % (b * d) == 0


assert sum_is_whole("1/3", "2/3")       # 1
assert sum_is_whole("3/2", "5/2")       # 4
assert not sum_is_whole("1/2", "1/3")   # 5/6
assert not sum_is_whole("2/1", "1/4")   # 9/4
```
''')

OTHER_PY19.append(r'''def is_obtuse_triangle(a, b, c):
    """Return True when positive lengths a, b, c form a real triangle whose
    largest angle is wider than 90 degrees.

    Two checks: the triangle inequality must hold strictly (otherwise the
    sides collapse into a line), and the square of the longest side must be
    larger than the sum of the squares of the other two.
    """
    x, y, z = sorted((a, b, c))
    if x <= 0 or x + y <= z:
        return False
    return z * z > x * x + y * y
''')
