"""Twenty-sixth batch of hand-written documents, Python 3 (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY26: positives keyed by HumanEval item number, items 0, 6, 42, 45, 54,
    58, 61, 73, 74, 78, 82, 117, 121, 124, 125, 162.
  PY_HELDOUT26: held-out documents, items 3, 15, 19, 71, 91, 115, 131, 139.
  OTHER_PY26: seven Python 3 look-alikes with a different rule:
    0. anagram test: both strings hold the same characters with the same
       multiplicities (Counter equality), not merely the same character set.
    1. sum of the decimal values of the prime hex digits (2, 3, 5, 7, B=11,
       D=13) in a hex string, rather than how many there are.
    2. fewest '(' / ')' insertions needed to balance a parenthesis string,
       rather than a yes/no balance check.
    3. for each space-separated parenthesis chunk, the number of groups at
       the outermost level, rather than the deepest nesting.
    4. lowest balance ever reached (0 if never negative) over a run of
       deposits/withdrawals, rather than whether it went below zero.
    5. words of a sentence having exactly k vowels (a, e, i, o, u), rather
       than exactly k consonants.
    6. fewest overwrites to make every element of a list equal (length minus
       the top frequency), rather than to make it a palindrome.
"""

PY26 = {}
PY_HELDOUT26 = {}
OTHER_PY26 = []


PY26[0] = r'''"""Small numeric helpers used by the sensor de-duplication job."""

from typing import Iterable, Sequence


def clamp(value: float, lo: float, hi: float) -> float:
    """Pin `value` into the closed interval [lo, hi]."""
    return max(lo, min(hi, value))


def readings_too_close(readings: Sequence[float], min_gap: float) -> bool:
    """Return True when at least two of the readings sit strictly less than
    `min_gap` apart, False otherwise.

    Instead of comparing every pair (quadratic), sort a copy first: if any
    two values are nearer than `min_gap`, then some pair of neighbours in the
    sorted order is at least as near, so a single linear pass is enough.
    """
    ordered = sorted(readings)
    for i in range(1, len(ordered)):
        if ordered[i] - ordered[i - 1] < min_gap:
            return True
    return False


def running_mean(values: Iterable[float]) -> float:
    """Arithmetic mean of an iterable; raises on empty input."""
    total = 0.0
    count = 0
    for v in values:
        total += v
        count += 1
    if count == 0:
        raise ValueError("running_mean() of an empty iterable")
    return total / count
'''


PY26[6] = r'''Q: I get strings like "(()) ()()() (((())))" where every space-separated
chunk is a group of balanced parentheses, and I need a list with the maximum
nesting depth of each chunk. My attempt pushes and pops a stack of lists and
is getting messy. Is there a cleaner way?

A: You don't need a stack, just a counter. Read "(" as +1 and ")" as -1; the
current depth is the running sum, and the answer for a chunk is the largest
running sum it reaches. itertools.accumulate produces those running sums
for you:

```python
from itertools import accumulate


def max_depths(groups: str) -> list[int]:
    def deepest(chunk: str) -> int:
        steps = (1 if ch == "(" else -1 for ch in chunk)
        return max(accumulate(steps, initial=0))

    return [deepest(chunk) for chunk in groups.split()]


print(max_depths("(()) ()()() (((())))"))   # [2, 1, 4]
print(max_depths("((()()))"))               # [3]
```

`initial=0` (Python 3.8+) puts the starting depth of zero into the sequence,
so `max()` never sees an empty iterable, and `str.split()` with no argument
already throws away the empty strings you would get from doubled spaces.
'''


PY26[42] = r'''# CS 101 -- Week 4 lab: list transformations
#
# Part (a): write a function that takes a list of numbers and produces a NEW
# list in which every number has gone up by one.  The list you were given
# must not be modified.
# Part (b): same idea, but double every number.

def add_one_to_each(numbers):
    result = []
    for n in numbers:
        result.append(n + 1)
    return result


def double_each(numbers):
    return [2 * n for n in numbers]


if __name__ == "__main__":
    data = [0, -1, 7, 41]
    print(add_one_to_each(data))   # expected: [1, 0, 8, 42]
    print(double_each(data))       # expected: [0, -2, 14, 82]
    print(data)                    # unchanged: [0, -1, 7, 41]
    assert add_one_to_each([]) == []
    assert add_one_to_each([99]) == [100]
'''


PY26[45] = r'''"""shapes.py -- area formulas for the floor-plan estimator.

Every function takes lengths in metres and returns square metres.
"""
import math


def rectangle_area(width, depth):
    return float(width * depth)


def circle_area(radius):
    return math.pi * radius ** 2


def area_of_triangle(base, height):
    # A triangle is half of the parallelogram on the same base: base times
    # perpendicular height, halved.  `height` has to be measured at right
    # angles to `base`, not along one of the other sides.
    return base * height / 2


def trapezoid_area(top, bottom, height):
    return (top + bottom) * height / 2
'''


PY26[54] = r'''# --- review thread on PR #218 (textutils/compare.py) ---
#
# Original submission:
#
#   def uses_same_letters(a, b):
#       for ch in a:
#           if ch not in b:
#               return False
#       for ch in b:
#           if ch not in a:
#               return False
#       return True
#
# reviewer (mkaur): Logic is right -- we only care WHICH characters show up,
#   not how many times, so "aab" and "ba" must match -- but every `in` on a
#   str is a linear scan, so this is quadratic on long inputs.  Build each
#   character set once and compare.
#
# author: Fair, updated below. Kept the tests from the ticket.

def uses_same_letters(a: str, b: str) -> bool:
    """True if each character of `a` occurs somewhere in `b` and vice versa.

    Repetitions are ignored: only the distinct characters matter.
    """
    # Empty symmetric difference <=> the two character sets coincide.
    return not (set(a) ^ set(b))


assert uses_same_letters("aab", "ba")
assert uses_same_letters("xyzzy", "yzx")
assert not uses_same_letters("abc", "abd")
assert not uses_same_letters("moon", "mono!")
'''


PY26[58] = r'''## Finding the values two lists share

This comes up in almost every data-cleaning script I write: given two lists,
which values appear in both? A value that is duplicated shouldn't be reported
twice, and to get stable output I want the result in ascending order.

The nested-loop version works but costs O(n*m) comparisons. Turning one side
into a set makes the intersection roughly linear, and `sorted()` hands back a
plain list:

```python
def shared_values(xs, ys):
    """Distinct values present in both xs and ys, smallest first."""
    return sorted(set(xs).intersection(ys))


print(shared_values([9, 4, 4, 1, 7], [7, 2, 4, 4]))   # [4, 7]
print(shared_values(["pear", "fig"], ["kiwi"]))       # []
print(shared_values([3, 3, 3], [3]))                  # [3]
```

One caveat: the elements have to be hashable (and comparable with each other
for the sort). For lists of lists you'd need to fall back to the loop.
'''


PY26[61] = r'''"""Pre-commit hook helpers: cheap sanity checks on formula strings."""

import sys


def parens_balanced(formula: str) -> bool:
    """Check a string made only of '(' and ')' characters.

    Walk left to right keeping a count of openers that are still waiting to
    be closed.  A closer that finds nothing to close is an immediate failure;
    at the end every opener must have been closed.
    """
    open_count = 0
    for ch in formula:
        open_count += 1 if ch == "(" else -1
        if open_count < 0:
            return False
    return open_count == 0


def main(paths):
    bad = 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                only_parens = "".join(c for c in line if c in "()")
                if not parens_balanced(only_parens):
                    print(f"{path}:{lineno}: unbalanced parentheses")
                    bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
'''


PY26[73] = r'''# Contest problem: fewest positions to overwrite so the array reads the
# same forwards and backwards.
#
# Every mirrored pair (i, n-1-i) that disagrees needs exactly one write (copy
# one end onto the other), and the pairs don't interact, so the answer is
# simply the number of disagreeing pairs.
#
# sample input        sample output
# 5                   1
# 3 1 4 1 5
#
# 4                   2
# 1 2 3 4

import sys


def writes_to_mirror(seq):
    mismatches = sum(1 for a, b in zip(seq, reversed(seq)) if a != b)
    return mismatches // 2   # each bad pair got counted from both ends


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    seq = list(map(int, data[1:1 + n]))
    print(writes_to_mirror(seq))


if __name__ == "__main__":
    main()
'''


PY26[74] = r'''# tests/test_pick_lighter.py
import pytest


def pick_lighter(left, right):
    """Given two lists of strings, return the one whose strings add up to
    fewer characters.  When both totals are the same, `left` is returned."""
    weight_left = sum(len(s) for s in left)
    weight_right = sum(len(s) for s in right)
    return right if weight_right < weight_left else left


@pytest.mark.parametrize(
    "left, right, expected",
    [
        (["ab", "c"], ["xyz", "q"], ["ab", "c"]),
        (["hello"], ["a", "b"], ["a", "b"]),
        (["ab"], ["c", "d"], ["ab"]),          # tie -> first list
        ([], ["z"], []),
        (["", ""], [], ["", ""]),              # tie at zero
    ],
)
def test_pick_lighter(left, right, expected):
    assert pick_lighter(left, right) == expected
'''


PY26[78] = r'''# hexprimes.py
#
# A single hexadecimal digit stands for a value between 0 and 15.  Only six
# of those values are prime -- 2, 3, 5, 7, 11 and 13 -- which are the digits
# 2, 3, 5, 7, B and D.  The function below reports how many digits of a hex
# string belong to that group.  Letters are expected in upper case, and an
# empty string just yields 0.


def _is_prime(k):
    return k > 1 and all(k % d for d in range(2, k))


PRIME_HEX_DIGITS = frozenset(
    d for d in "0123456789ABCDEF" if _is_prime(int(d, 16))
)


def count_prime_hex_digits(hex_string: str) -> int:
    count = 0
    for digit in hex_string:
        if digit in PRIME_HEX_DIGITS:
            count += 1
    return count
'''


PY26[82] = r'''import math


def _is_prime(k: int) -> bool:
    if k < 2:
        return False
    for d in range(2, math.isqrt(k) + 1):
        if k % d == 0:
            return False
    return True


def has_prime_length(word: str) -> bool:
    """Is the number of characters in `word` a prime number?

    >>> has_prime_length("cat")
    True
    >>> has_prime_length("four")
    False
    >>> has_prime_length("")
    False
    >>> has_prime_length("eleven char")
    True
    """
    return _is_prime(len(word))


if __name__ == "__main__":
    import doctest
    doctest.testmod()
'''


PY26[117] = r'''VOWELS = set("aeiouAEIOU")


def consonant_count(word):
    """Number of characters in `word` that are not vowels.

    The input is assumed to be letters only, so anything that is not one of
    a/e/i/o/u (in either case) counts as a consonant -- 'y' included.
    """
    return sum(1 for ch in word if ch not in VOWELS)


def words_with_consonants(sentence, wanted):
    """Return the words of `sentence` that contain exactly `wanted`
    consonants, keeping the order they appear in.  An empty sentence yields
    an empty list."""
    return [w for w in sentence.split() if consonant_count(w) == wanted]
'''


PY26[121] = r'''def odd_values_on_even_slots(nums):
    # Indices 0, 2, 4, ... are the "even slots".  Of the values sitting in
    # those slots, add up only the odd ones.  (In Python v % 2 == 1 is also
    # true for negative odd numbers, so -5 counts as odd here.)
    return sum(v for v in nums[::2] if v % 2 == 1)


# quick checks
assert odd_values_on_even_slots([7, 2, 9, 4, 1]) == 17
assert odd_values_on_even_slots([2, 5, 4]) == 0
assert odd_values_on_even_slots([11]) == 11
assert odd_values_on_even_slots([4, 3, -5, 8]) == -5
'''


PY26[124] = r'''"""validators.py -- field checks for the booking form.

Dates arrive from the legacy front end as text in month-day-year order,
separated by dashes (mm-dd-yyyy).  Anything else -- slashes, missing parts,
letters, an empty field -- is rejected.
"""

# Largest allowed day for each month.  February gets 29 so that leap days
# are accepted; the year is not cross-checked.
MONTH_LENGTHS = {
    1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30,
    7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31,
}


def is_valid_us_date(raw):
    """Return True if `raw` is a usable mm-dd-yyyy date string, else False."""
    pieces = raw.strip().split("-")
    if len(pieces) != 3:
        return False
    try:
        month, day, _year = (int(p) for p in pieces)
    except ValueError:
        return False
    if month not in MONTH_LENGTHS:
        return False
    return 1 <= day <= MONTH_LENGTHS[month]


def is_valid_email(raw):
    """Deliberately loose: exactly one '@' with something on both sides."""
    local, sep, domain = raw.partition("@")
    return bool(sep and local and domain and "@" not in domain)
'''


PY26[125] = r'''# Interview warm-up: split_or_count(text)
#
#   * If the text contains a space, return its words (split on whitespace).
#   * Otherwise, if it contains a comma, return the comma-separated pieces.
#   * Otherwise return how many lower-case letters sit at an odd position of
#     the alphabet when counting from a = 0 (that is b, d, f, ..., z).
#
#   split_or_count("one two")   -> ['one', 'two']
#   split_or_count("x,y,z")     -> ['x', 'y', 'z']
#   split_or_count("bad")       -> 2     (b=1 and d=3 count, a=0 doesn't)
#   split_or_count("QRS")       -> 0     (upper case is never counted)

def split_or_count(text):
    if " " in text:
        return text.split()
    if "," in text:
        return text.replace(",", " ").split()
    return sum(
        1 for ch in text
        if "a" <= ch <= "z" and (ord(ch) - ord("a")) % 2 == 1
    )
'''


PY26[162] = r'''"""Cache-key helpers for the thumbnail service."""
import hashlib
from typing import Optional


def md5_hex(text: str) -> Optional[str]:
    """Hex MD5 digest of `text`, or None when `text` is empty.

    An empty caption means "no key": callers check for None instead of
    hashing an empty payload.
    """
    if not text:
        return None
    digest = hashlib.md5()
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def cache_key(user_id: int, caption: str) -> str:
    suffix = md5_hex(caption) or "none"
    return f"thumb:{user_id}:{suffix}"
'''


PY_HELDOUT26[3] = r'''from itertools import accumulate
from typing import Iterable


def ever_overdrawn(transactions: Iterable[int]) -> bool:
    """Replay deposits (positive) and withdrawals (negative) on an account
    that opens at 0, and say whether the balance ever drops under 0.

    ever_overdrawn([5, -2, -4])   -> True    (balance runs 5, 3, -1)
    ever_overdrawn([10, -10, 3])  -> False   (landing exactly on 0 is fine)
    ever_overdrawn([])            -> False
    """
    return any(balance < 0 for balance in accumulate(transactions))
'''


PY_HELDOUT26[15] = r'''def numbers_up_to(limit: int) -> str:
    """Build "0 1 2 ... limit" (limit included) as one space-separated string."""
    parts = []
    for k in range(limit + 1):
        parts.append(str(k))
    return " ".join(parts)


if __name__ == "__main__":
    for n in (0, 3, 12):
        print(repr(numbers_up_to(n)))
    # '0'
    # '0 1 2 3'
    # '0 1 2 3 4 5 6 7 8 9 10 11 12'
'''


PY_HELDOUT26[19] = r'''# Sorting spelled-out digits
#
# Input: a string of words, each one of "zero" .. "nine", separated by
# spaces.  Output: the same words re-ordered by the number each one names.
#
#     order_digit_words("nine two two zero")  ->  "zero two two nine"
#     order_digit_words("seven one")          ->  "one seven"
#     order_digit_words("")                   ->  ""

DIGIT_WORDS = ("zero", "one", "two", "three", "four",
               "five", "six", "seven", "eight", "nine")
RANK = {word: value for value, word in enumerate(DIGIT_WORDS)}


def order_digit_words(text: str) -> str:
    words = text.split()
    words.sort(key=RANK.__getitem__)
    return " ".join(words)
'''


PY_HELDOUT26[71] = r'''import math


def heron_area(a, b, c):
    """Area of the triangle with side lengths a, b and c, rounded to two
    decimal places -- or -1 when the sides cannot form a proper triangle,
    i.e. when the two shorter sides together are not longer than the third.
    """
    short1, short2, longest = sorted((a, b, c))
    if short1 + short2 <= longest:
        return -1
    s = (a + b + c) / 2          # semi-perimeter
    return round(math.sqrt(s * (s - a) * (s - b) * (s - c)), 2)
'''


PY_HELDOUT26[91] = r'''import re

_SENTENCE_END = re.compile(r"[.?!]\s*")


def count_i_sentences(text):
    """Count the sentences that open with the standalone word "I".

    A sentence ends at '.', '?' or '!'; whitespace after the terminator is
    dropped so the next sentence starts at its first word.  A sentence only
    counts if it begins with "I" followed by a space, so sentences opening
    with "It" or "Ice" are not counted.
    """
    return sum(1 for sentence in _SENTENCE_END.split(text)
               if sentence.startswith("I "))
'''


PY_HELDOUT26[115] = r'''def bucket_trips(wells, bucket_size):
    """Each row of `wells` is one well and every 1 in a row is one unit of
    water.  Each well has its own bucket, all of them holding `bucket_size`
    units.  Return how many times, in total, a bucket has to be lowered to
    empty all of the wells."""
    trips = 0
    for row in wells:
        water = sum(row)
        trips += -(-water // bucket_size)   # ceiling division, no floats
    return trips
'''


PY_HELDOUT26[131] = r'''def odd_digit_product(n: int) -> int:
    """Multiply together the odd decimal digits of the positive integer n.
    When n has no odd digit at all, return 0.

    >>> odd_digit_product(1357)
    105
    >>> odd_digit_product(2468)
    0
    >>> odd_digit_product(90)
    9
    """
    product, seen_odd = 1, False
    while n > 0:
        n, d = divmod(n, 10)
        if d % 2:
            product *= d
            seen_odd = True
    return product if seen_odd else 0
'''


PY_HELDOUT26[139] = r'''from math import factorial, prod


def superfactorial(n):
    """Product of the factorials 1! * 2! * ... * n! for a positive n.

    The values grow very quickly, which is no problem for Python's
    arbitrary-precision ints.
    """
    return prod(factorial(k) for k in range(1, n + 1))
'''


OTHER_PY26.append(r'''from collections import Counter


def is_anagram(a: str, b: str) -> bool:
    """True when `b` is a rearrangement of `a`: the same characters, each
    occurring the same number of times.  Case and spaces are significant."""
    return Counter(a) == Counter(b)


assert is_anagram("stressed", "desserts")
assert not is_anagram("aab", "abb")
assert not is_anagram("abc", "abcc")
''')


OTHER_PY26.append(r'''# Checksum toy for the hex-puzzle kata: add up the decimal values of the
# hex digits that are themselves prime numbers (2, 3, 5, 7, B = 11, D = 13).
# Other digits contribute nothing.  Lower-case input is accepted too.

PRIME_VALUES = {"2": 2, "3": 3, "5": 5, "7": 7, "B": 11, "D": 13}


def prime_hex_digit_total(hex_text):
    return sum(PRIME_VALUES.get(ch, 0) for ch in hex_text.upper())
''')


OTHER_PY26.append(r'''def brackets_to_add(s):
    """Fewest '(' or ')' characters that must be inserted anywhere in `s`
    to make it a balanced parenthesis string.

    >>> brackets_to_add("())(")
    2
    >>> brackets_to_add("(((")
    3
    >>> brackets_to_add("(())")
    0
    """
    unmatched_open = 0
    missing_open = 0
    for ch in s:
        if ch == "(":
            unmatched_open += 1
        elif unmatched_open:
            unmatched_open -= 1
        else:
            missing_open += 1
    return missing_open + unmatched_open
''')


OTHER_PY26.append(r'''def top_level_counts(text):
    """For every space-separated chunk of balanced parentheses, count how
    many groups sit at the outermost level of that chunk.

        top_level_counts("(()()) ()() ((()))")  ->  [1, 2, 1]
        top_level_counts("()()()")              ->  [3]
    """
    counts = []
    for chunk in text.split():
        depth = groups = 0
        for ch in chunk:
            if ch == "(":
                if depth == 0:
                    groups += 1
                depth += 1
            else:
                depth -= 1
        counts.append(groups)
    return counts
''')


OTHER_PY26.append(r'''class Ledger:
    """Minimal in-memory ledger used by the budgeting notebook."""

    def __init__(self, movements=()):
        self.movements = list(movements)

    def add(self, amount):
        self.movements.append(amount)

    def lowest_balance(self):
        """Start from an empty account, apply the movements in order and
        return the smallest balance seen along the way (0 if the balance
        never goes negative)."""
        balance = low = 0
        for amount in self.movements:
            balance += amount
            low = min(low, balance)
        return low
''')


OTHER_PY26.append(r'''def words_with_vowels(sentence, k):
    """Words of `sentence`, in order, that contain exactly k vowels
    (a, e, i, o, u -- 'y' is not treated as a vowel), case-insensitive."""
    vowels = "aeiou"
    return [w for w in sentence.split()
            if sum(ch in vowels for ch in w.lower()) == k]


if __name__ == "__main__":
    print(words_with_vowels("the quick brown fox", 1))   # ['the', 'brown', 'fox']
    print(words_with_vowels("Audio is eerie", 4))        # ['Audio', 'eerie']
''')


OTHER_PY26.append(r'''from collections import Counter


def edits_to_flatten(values):
    """How many entries must be overwritten so that all entries are equal?

    The cheapest plan keeps whichever value is most common and rewrites
    everything else, so the answer is the length minus the top frequency.
    """
    if not values:
        return 0
    return len(values) - max(Counter(values).values())
''')
