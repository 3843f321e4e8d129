"""Thirteenth batch of hand-written documents, Python 3 (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:

PY13 -- positives, one document per indexed HumanEval item, keyed by item
    number: 0, 30, 40, 54, 76, 77, 82, 93, 94, 102, 126, 128, 132, 154,
    157, 158.
PY_HELDOUT13 -- held-out documents written exactly as faithfully as the
    positives, keyed by item number: 3, 15, 23, 71, 87, 91, 123, 151.
OTHER_PY13 -- eight look-alikes, close in topic to an item but with a
    different rule:
    1. count pairs of numbers whose gap is at least a threshold;
    2. magnitudes of the negative entries, largest first;
    3. count index triples whose sum is divisible by 5;
    4. count consonant letters in a word (y counted as a consonant);
    5. whether a string's length is a perfect square;
    6. whether three side lengths form an obtuse triangle;
    7. whether a list is strictly decreasing;
    8. whether some window of a text is an anagram of a pattern.
"""

PY13 = {}
PY_HELDOUT13 = {}
OTHER_PY13 = []


# ---------------------------------------------------------------- positives

PY13[0] = r'''"""proximity.py -- small helpers for spotting near-duplicate readings.

Part of the sensor-cleanup utilities.
"""
from __future__ import annotations

from typing import Iterable, Sequence

__all__ = ["ProximityChecker", "any_pair_within"]


class ProximityChecker:
    """Decide whether a batch of floats contains two values that sit
    strictly closer together than a tolerance."""

    def __init__(self, tolerance: float) -> None:
        self.tolerance = tolerance

    def check(self, values: Iterable[float]) -> bool:
        ordered = sorted(values)
        # once sorted, the closest pair is always a pair of neighbours
        for left, right in zip(ordered, ordered[1:]):
            if right - left < self.tolerance:
                return True
        return False


def any_pair_within(values: Sequence[float], tolerance: float) -> bool:
    """
    >>> any_pair_within([10.0, 12.5, 11.9], 0.7)
    True
    >>> any_pair_within([10.0, 12.5, 11.9], 0.5)
    False
    >>> any_pair_within([], 1.0)
    False
    """
    return ProximityChecker(tolerance).check(values)
'''

PY13[30] = r'''# In[7]:


def only_positive(values):
    """Drop zeros and negatives, keep everything else in its original order."""
    return list(filter(lambda v: v > 0, values))


# In[8]:


temps = [-3, 14, 0, 7, -1, 22, -8, 5]
warm = only_positive(temps)
warm


# In[9]:


len(warm), sum(warm) / len(warm)
'''

PY13[40] = r'''# CS 112 - Homework 4, problem 2
# Decide whether any three entries (at three different positions) of a list
# of integers add up to exactly 0.
#
# Approach: sort, fix the first element, then walk two pointers inward.
# That is O(n^2) instead of the naive O(n^3) triple loop.

def has_zero_triplet(nums):
    data = sorted(nums)
    n = len(data)
    for first in range(n - 2):
        lo, hi = first + 1, n - 1
        while lo < hi:
            total = data[first] + data[lo] + data[hi]
            if total == 0:
                return True
            if total < 0:
                lo += 1
            else:
                hi -= 1
    return False


if __name__ == "__main__":
    assert has_zero_triplet([4, -9, 5, 2]) is True     # 4 + 5 - 9
    assert has_zero_triplet([0, 0]) is False           # only two numbers
    assert has_zero_triplet([6, -2, -3, 8]) is False
    assert has_zero_triplet([-6, 3, 3, 10]) is True    # the two 3s are different entries
    print("all checks passed")
'''

PY13[54] = r'''Since you only care about *which* letters occur and not how often, turn both
strings into sets and compare those:

```python
def same_letter_set(first: str, second: str) -> bool:
    return set(first) == set(second)
```

`set("banana")` is `{'b', 'a', 'n'}`, so `same_letter_set("banana", "nab")`
gives `True`, while `same_letter_set("banana", "band")` gives `False`
because of the `d`. Order and repetition are ignored. The comparison is
case-sensitive, so call `.lower()` on both sides first if you need it not
to be.

If you also want to know *which* characters are the problem, the symmetric
difference tells you:

```python
def letter_mismatch(first, second):
    return set(first) ^ set(second)
```

`letter_mismatch("banana", "band")` returns `{'d'}`.
'''

PY13[76] = r'''def power_of(value, base):
    # Is `value` equal to base ** k for some whole k >= 0?
    # base ** 0 == 1, so 1 qualifies whatever the base is.
    if value == 1:
        return True
    if value < 1 or base <= 1:
        # base 1 only ever produces 1, and nothing below 1 is reachable
        return False
    if value % base:
        return False
    return power_of(value // base, base)
'''

PY13[77] = r'''#!/usr/bin/env python3
"""cube_check.py - report whether integers are perfect cubes.

usage: cube_check.py N [N ...]
"""
import argparse


def integer_cube_root(n: int) -> int:
    """Largest r >= 0 with r**3 <= n, for n >= 0 (integer arithmetic only)."""
    lo, hi = 0, 1
    while hi ** 3 <= n:
        hi *= 2
    # invariant: lo**3 <= n < hi**3
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid ** 3 <= n:
            lo = mid
        else:
            hi = mid
    return lo


def is_perfect_cube(n: int) -> bool:
    # (-k)**3 == -(k**3), so the sign does not matter
    magnitude = abs(n)
    return integer_cube_root(magnitude) ** 3 == magnitude


def main(argv=None):
    parser = argparse.ArgumentParser(description="Check integers for being perfect cubes.")
    parser.add_argument("numbers", nargs="+", type=int)
    args = parser.parse_args(argv)
    for n in args.numbers:
        verdict = "cube" if is_perfect_cube(n) else "not a cube"
        print(f"{n}: {verdict}")


if __name__ == "__main__":
    main()
'''

PY13[82] = r'''from itertools import count, takewhile
from math import isqrt


def _trial_divisors(n):
    # 2, 3, 4, ... while d <= floor(sqrt(n))
    limit = isqrt(n)
    return takewhile(lambda d: d <= limit, count(2))


def length_is_prime(text):
    size = len(text)
    if size < 2:
        return False
    return not any(size % d == 0 for d in _trial_divisors(size))
'''

PY13[93] = r'''from dataclasses import dataclass, field


@dataclass
class VowelShiftCipher:
    """Toy cipher: flip the case of every letter, then push each vowel two
    places forward in the alphabet (a->c, e->g, i->k, o->q, u->w), keeping
    whatever case the letter has after the flip."""

    shift: int = 2
    vowels: str = "aeiou"
    _table: dict = field(init=False, repr=False)

    def __post_init__(self):
        both = self.vowels + self.vowels.upper()
        moved = "".join(chr(ord(ch) + self.shift) for ch in both)
        self._table = str.maketrans(both, moved)

    def scramble(self, plaintext: str) -> str:
        return plaintext.swapcase().translate(self._table)


if __name__ == "__main__":
    cipher = VowelShiftCipher()
    for sample in ("Hello World", "quiet"):
        print(sample, "->", cipher.scramble(sample))
    # Hello World -> hGLLQ wQRLD
    # quiet -> QWKGT
'''

PY13[94] = r'''from functools import reduce
from typing import List


def digit_total(n: int) -> int:
    total = 0
    while n:
        n, last = divmod(n, 10)
        total += last
    return total


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    f = 5
    while f * f <= n:
        if n % f == 0 or n % (f + 2) == 0:
            return False
        f += 6
    return True


def digits_of_largest_prime(values: List[int]) -> int:
    """Add up the decimal digits of the biggest prime found in `values`."""
    biggest = reduce(
        lambda best, v: v if v > best and is_prime(v) else best,
        values,
        0,
    )
    return digit_total(biggest)
'''

PY13[102] = r'''# Quick one from today's practice set: given two positive integers lo and hi,
# give back the largest even number in the closed interval [lo, hi], or -1
# when the interval holds no even number at all (which includes lo > hi).
#
# No loop needed. Start at hi, step down by one if hi is odd, and then just
# check that we are still inside the interval.

def largest_even_between(lo, hi):
    candidate = hi if hi % 2 == 0 else hi - 1
    return candidate if candidate >= lo else -1

# largest_even_between(3, 9)   -> 8
# largest_even_between(10, 10) -> 10
# largest_even_between(9, 9)   -> -1
# largest_even_between(20, 4)  -> -1
'''

PY13[126] = r'''from collections import Counter
from itertools import pairwise


def ascending_with_few_repeats(numbers):
    """True when `numbers` never goes down and no value shows up three or
    more times. An empty list or a single value passes trivially."""
    if any(times > 2 for times in Counter(numbers).values()):
        return False
    return all(a <= b for a, b in pairwise(numbers))
'''

PY13[128] = r'''# sign_weighted_sum.py
#
# Add up the absolute values of the elements and multiply that by the
# product of their signs (+1, -1, or 0 for a zero). An empty sequence has
# no answer, so it gives None.

import math


def _sign(x):
    return (x > 0) - (x < 0)


def signed_magnitude_total(items):
    if len(items) == 0:
        return None
    sign_product = math.prod(_sign(x) for x in items)
    return sign_product * sum(abs(x) for x in items)


print(signed_magnitude_total([3, -1, -2]))   # 6   (signs + - -, product +1)
print(signed_magnitude_total([-5, 2]))       # -7
print(signed_magnitude_total([4, 0, -9]))    # 0
print(signed_magnitude_total([]))            # None
'''

PY13[132] = r'''def has_nested_pair(brackets: str) -> bool:
    """`brackets` is made only of '[' and ']'. Return True if four of its
    characters, taken in order, spell "[[]]" -- that is, some matched pair
    can be placed inside another one."""
    # The two earliest '[' are always the best openers to use; once the
    # second of them has been seen we just need two ']' to close both.
    opened = 0
    closers = 0
    for ch in brackets:
        if opened < 2:
            if ch == "[":
                opened += 1
        elif ch == "]":
            closers += 1
            if closers == 2:
                return True
    return False
'''

PY13[154] = r'''class RotationMatcher:
    """Checks whether any cyclic rotation of a pattern occurs in a text."""

    def __init__(self, pattern):
        self.pattern = pattern

    def rotations(self):
        p = self.pattern
        for k in range(max(len(p), 1)):
            yield p[k:] + p[:k]

    def found_in(self, text):
        return any(r in text for r in self.rotations())


if __name__ == "__main__":
    m = RotationMatcher("act")
    print(m.found_in("stack"))   # True: "tac" is a rotation of "act"
    print(m.found_in("a cat"))   # False: none of act / cta / tac appear
'''

PY13[157] = r'''"""geometry/triangles.py

Small predicates on triangles given by their three side lengths.
"""

__all__ = ["perimeter", "is_right", "is_equilateral"]


def perimeter(a, b, c):
    return a + b + c


def is_right(a, b, c):
    # Put the longest side last; it is the only candidate for the hypotenuse.
    short, middle, longest = sorted((a, b, c))
    return short ** 2 + middle ** 2 == longest ** 2


def is_equilateral(a, b, c):
    return a == b == c
'''

PY13[158] = r'''def richest_word(words):
    """Pick the word made of the most distinct characters; on a tie the
    alphabetically smallest of the tied words wins."""
    best = None
    best_score = -1
    for w in words:
        score = len(set(w))
        if score > best_score or (score == best_score and w < best):
            best, best_score = w, score
    return best


def main():
    samples = [
        ["apple", "kiwi", "fig"],
        ["dog", "god", "cat"],
        ["zzz", "yy"],
    ]
    for s in samples:
        print(s, "->", richest_word(s))
    # ['apple', 'kiwi', 'fig'] -> apple   (a, p, l, e)
    # ['dog', 'god', 'cat'] -> cat        (three-way tie, 'cat' sorts first)
    # ['zzz', 'yy'] -> yy


if __name__ == "__main__":
    main()
'''


# ----------------------------------------------------------------- held-out

PY_HELDOUT13[3] = r'''from itertools import accumulate
from typing import Iterable


def balance_ever_negative(transactions: Iterable[int]) -> bool:
    """Start an account at 0, apply each deposit (+) or withdrawal (-) in
    turn, and report whether the running balance ever drops below zero.

    >>> balance_ever_negative([50, -20, -40, 100])
    True
    >>> balance_ever_negative([10, -10, 5])
    False
    """
    return any(running < 0 for running in accumulate(transactions))


if __name__ == "__main__":
    import doctest
    doctest.testmod()
'''

PY_HELDOUT13[15] = r'''def zero_to_n_text(n):
    # recursive build-up: "0", "0 1", "0 1 2", ...
    if n == 0:
        return "0"
    return zero_to_n_text(n - 1) + " " + str(n)
'''

PY_HELDOUT13[23] = r'''class TextStats:
    """A few tiny string measurements, written without the builtins on
    purpose (exercise from week 2)."""

    @staticmethod
    def char_count(text: str) -> int:
        n = 0
        for _ in text:
            n += 1
        return n

    @staticmethod
    def space_count(text: str) -> int:
        return sum(1 for ch in text if ch == " ")


assert TextStats.char_count("hello") == 5
assert TextStats.char_count("") == 0
assert TextStats.char_count("a b") == 3
assert TextStats.space_count("a b") == 1
'''

PY_HELDOUT13[71] = r'''import math


def heron_area(x: float, y: float, z: float) -> float:
    """Area of the triangle with side lengths x, y, z, rounded to two
    decimals, or -1 when the sides break the strict triangle inequality
    (degenerate "flat" triangles are rejected too)."""
    a, b, c = sorted((x, y, z))
    if a + b <= c:
        return -1
    s = (a + b + c) / 2
    return round(math.sqrt(s * (s - a) * (s - b) * (s - c)), 2)
'''

PY_HELDOUT13[87] = r'''def locate_value(grid, target):
    """Return (row, col) pairs where `target` occurs in a ragged 2-D list.

    Rows are reported top to bottom; inside one row the columns run from
    right to left.

    Example:
        locate_value([[7, 0, 7], [0], [7, 7]], 7)
        -> [(0, 2), (0, 0), (2, 1), (2, 0)]
    """
    hits = []
    for r, row in enumerate(grid):
        for c in range(len(row) - 1, -1, -1):
            if row[c] == target:
                hits.append((r, c))
    return hits
'''

PY_HELDOUT13[91] = r'''import re

_SENTENCE_END = re.compile(r"[.?!]")


def count_i_sentences(paragraph):
    """How many sentences open with the word "I"? Sentences end at '.',
    '?' or '!'."""
    total = 0
    for sentence in _SENTENCE_END.split(paragraph):
        words = sentence.split()
        if words and words[0] == "I":
            total += 1
    return total
'''

PY_HELDOUT13[123] = r'''def collatz(start):
    """Yield the Collatz sequence from `start` down to 1."""
    n = start
    yield n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        yield n


def odd_collatz_terms(start):
    """Sorted odd values met on the way from `start` to 1.

    odd_collatz_terms(6) -> [1, 3, 5]    (6 3 10 5 16 8 4 2 1)
    odd_collatz_terms(1) -> [1]
    """
    return sorted(v for v in collatz(start) if v % 2 == 1)


if __name__ == "__main__":
    for k in (6, 7, 1):
        print(k, odd_collatz_terms(k))
'''

PY_HELDOUT13[151] = r'''def sum_odd_squares(values):
    # Only positive odd whole numbers count; floats, negatives and
    # even numbers are skipped. Empty input gives 0.
    total = 0
    for v in values:
        if isinstance(v, bool) or not isinstance(v, int):
            continue
        if v > 0 and v % 2 == 1:
            total += v * v
    return total
'''


# --------------------------------------------------------------- look-alikes

OTHER_PY13.append(r'''from itertools import combinations


def count_far_pairs(values, gap):
    """Count unordered pairs of entries whose difference is at least `gap`.

    >>> count_far_pairs([1.0, 4.0, 2.5], 2.0)
    1
    >>> count_far_pairs([0, 10, 20], 5)
    3
    """
    return sum(1 for a, b in combinations(values, 2) if abs(a - b) >= gap)
''')

OTHER_PY13.append(r'''def debts(ledger):
    # magnitudes of the negative entries, biggest first
    return sorted((-x for x in ledger if x < 0), reverse=True)


print(debts([12, -4, 0, -30, 7, -4]))   # [30, 4, 4]
''')

OTHER_PY13.append(r'''from itertools import combinations


def triples_divisible_by_five(nums):
    """Number of index triples i < j < k with nums[i] + nums[j] + nums[k]
    a multiple of 5."""
    return sum(1 for t in combinations(nums, 3) if sum(t) % 5 == 0)
''')

OTHER_PY13.append(r'''VOWELS = set("aeiouAEIOU")


def consonant_count(word: str) -> int:
    """Letters that are not a, e, i, o or u (so 'y' is a consonant)."""
    return sum(1 for ch in word if ch.isalpha() and ch not in VOWELS)


if __name__ == "__main__":
    assert consonant_count("rhythm") == 6
    assert consonant_count("Audio") == 1
    assert consonant_count("") == 0
''')

OTHER_PY13.append(r'''from math import isqrt


def square_length(s):
    n = len(s)
    return isqrt(n) ** 2 == n
''')

OTHER_PY13.append(r'''class Triangle:
    def __init__(self, a, b, c):
        self.sides = sorted((a, b, c))

    def is_valid(self):
        x, y, z = self.sides
        return x + y > z

    def is_obtuse(self):
        """Valid triangle whose largest angle is over 90 degrees."""
        x, y, z = self.sides
        return self.is_valid() and x * x + y * y < z * z


# Triangle(2, 3, 4).is_obtuse()  -> True
# Triangle(3, 4, 5).is_obtuse()  -> False
# Triangle(1, 2, 10).is_obtuse() -> False  (not a triangle at all)
''')

OTHER_PY13.append(r'''def strictly_falling(seq):
    """Every element is smaller than the one before it (no ties allowed)."""
    return all(later < earlier for earlier, later in zip(seq, seq[1:]))
''')

OTHER_PY13.append(r'''from collections import Counter


def contains_anagram(text, pattern):
    """True if some contiguous slice of `text` uses exactly the letters of
    `pattern`, in any order."""
    k = len(pattern)
    if k == 0:
        return True
    if k > len(text):
        return False
    need = Counter(pattern)
    window = Counter(text[:k])
    if window == need:
        return True
    for i in range(k, len(text)):
        window[text[i]] += 1
        window[text[i - k]] -= 1
        if window[text[i - k]] == 0:
            del window[text[i - k]]
        if window == need:
            return True
    return False


if __name__ == "__main__":
    print(contains_anagram("cbaebabacd", "abc"))   # True
    print(contains_anagram("hello", "ohl"))        # False
''')
