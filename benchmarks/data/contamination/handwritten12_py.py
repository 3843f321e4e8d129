"""Twelfth batch of hand-written documents, Python (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Each document is meant to look like ordinary training-corpus text (a blog
snippet, a repo file, a tutorial cell, a homework answer, a gist) and is a
complete, correct program in the author's own words and code.

Names defined here:

  PY12         -- dict int -> str. Python paraphrases (positives) of HumanEval
                  items 2, 4, 28, 66, 73, 78, 85, 89, 117, 140, 149, 152, one
                  document per item, keyed by the item number.
  PY_HELDOUT12 -- dict int -> str. Python paraphrases, just as faithful, of
                  the held-out HumanEval items 67, 91, 131, 135, 147, 151,
                  155, 159 (negatives: these items are not in the index).
  OTHER_PY12   -- list of 8 str. Python look-alike documents: small problems
                  in HumanEval's style, close in topic to some item but with a
                  different rule, so their outputs differ (negatives).

About half of the documents in each group state input/output examples (own
values); the rest state none.
"""

PY12 = {}
PY_HELDOUT12 = {}

# ---------------------------------------------------------------------------
# Positives
# ---------------------------------------------------------------------------

# Item 2 -- blog snippet, math.modf, with examples.
PY12[2] = r'''# Splitting a float into its whole and fractional parts
#
# A reader asked how to grab just the "after the decimal point" piece of a
# positive float. The standard library already does this: math.modf hands
# back a pair (fractional, integral), both as floats, so there is no need to
# subtract int(x) by hand.

import math


def fractional_part(value: float) -> float:
    """Return what remains of a positive float once its whole part is dropped."""
    frac, _whole = math.modf(value)
    return frac


if __name__ == "__main__":
    for x in (7.25, 10.0, 0.125):
        print(x, "->", fractional_part(x))
    # 7.25 -> 0.25
    # 10.0 -> 0.0
    # 0.125 -> 0.125
'''

# Item 4 -- dataclass with methods, no examples.
PY12[4] = r'''from dataclasses import dataclass, field
from typing import List


@dataclass
class Sample:
    """A bag of measurements with a couple of simple spread statistics."""

    values: List[float] = field(default_factory=list)

    def average(self) -> float:
        if not self.values:
            raise ValueError("cannot summarise an empty sample")
        return sum(self.values) / len(self.values)

    def mean_abs_dev(self) -> float:
        """Average distance of each measurement from the sample's mean."""
        centre = self.average()
        gaps = [abs(v - centre) for v in self.values]
        return sum(gaps) / len(gaps)


def mad(values) -> float:
    """Functional shortcut around Sample.mean_abs_dev."""
    return Sample(list(values)).mean_abs_dev()


if __name__ == "__main__":
    import sys

    numbers = [float(tok) for tok in sys.argv[1:]]
    if numbers:
        print(f"mean = {Sample(numbers).average():.4f}")
        print(f"MAD  = {mad(numbers):.4f}")
'''

# Item 28 -- one-liner with functools.reduce, with examples (asserts).
PY12[28] = r'''from functools import reduce
import operator

# Glue a list of strings end to end. Seeding reduce with "" means an empty
# list comes back as the empty string instead of raising TypeError.
join_all = lambda pieces: reduce(operator.add, pieces, "")

assert join_all([]) == ""
assert join_all(["x", "yz", "w"]) == "xyzw"
assert join_all(["foo", "", "bar"]) == "foobar"
'''

# Item 66 -- pytest module with parametrized cases (examples).
PY12[66] = r'''"""Add up the character codes of the capital letters in a string."""
import pytest


def upper_code_total(text: str) -> int:
    total = 0
    for ch in text:
        if ch.isupper():
            total += ord(ch)
    return total


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", 0),
        ("xyz", 0),
        ("Qq", 81),
        ("ZzA", 90 + 65),
        ("mIxEd", 73 + 69),
        ("K9 k!", 75),
    ],
)
def test_upper_code_total(text, expected):
    assert upper_code_total(text) == expected
'''

# Item 73 -- typed, generic, zip over the two halves; no examples.
PY12[73] = r'''from typing import Sequence, TypeVar

T = TypeVar("T")


def min_edits_to_palindrome(items: Sequence[T]) -> int:
    """Count how many slots must be overwritten so the sequence reads the
    same from both ends.

    Every mirror pair (i, n-1-i) that disagrees costs exactly one overwrite,
    because either side can simply be set to the other's value; pairs that
    already agree are free, and the centre element of an odd-length sequence
    never has to change.
    """
    half = len(items) // 2
    front = items[:half]
    back = list(reversed(items))[:half]
    return sum(1 for a, b in zip(front, back) if a != b)
'''

# Item 78 -- argparse script, primality computed per nibble; no examples.
PY12[78] = r'''#!/usr/bin/env python3
"""prime_nibbles.py - count the hex digits whose value is a prime number.

Each positional argument is an uppercase hexadecimal string (or empty).
For every one we print how many of its digits, read as values 0..15,
are prime.
"""
import argparse


def _is_prime(k: int) -> bool:
    if k < 2:
        return False
    d = 2
    while d * d <= k:
        if k % d == 0:
            return False
        d += 1
    return True


def count_prime_hex_digits(hexstr: str) -> int:
    return sum(1 for ch in hexstr if _is_prime(int(ch, 16)))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="count prime-valued hex digits")
    parser.add_argument("values", nargs="*", help="uppercase hexadecimal strings")
    args = parser.parse_args(argv)
    for v in args.values:
        print(f"{v!r}: {count_prime_hex_digits(v)}")


if __name__ == "__main__":
    main()
'''

# Item 85 -- notebook-like cells with prose, with examples.
PY12[85] = r'''# %% [markdown]
# ## Exercise 3: filtering by position *and* by value
#
# Walk the list, look only at the slots with an odd index (1, 3, 5, ...),
# and keep the numbers there that are even. The answer is their total.
# Slicing with a step of two does the position part for us.

# %%
def even_at_odd_slots(nums):
    return sum(v for v in nums[1::2] if v % 2 == 0)

# %%
even_at_odd_slots([3, 8, 5, 10, 7, 1])   # 8 + 10 -> 18

# %%
even_at_odd_slots([2, 1, 4, 3])          # odd slots hold 1 and 3 -> 0
'''

# Item 89 -- class built on str.maketrans; no examples.
PY12[89] = r'''import string


class FourStepRotor:
    """Replace every lowercase letter with the one four places further on in
    the alphabet, wrapping from the end back round to the start. Characters
    that are not lowercase letters pass through untouched."""

    SHIFT = 4

    def __init__(self) -> None:
        lower = string.ascii_lowercase
        moved = lower[self.SHIFT:] + lower[:self.SHIFT]
        self._forward = str.maketrans(lower, moved)
        self._backward = str.maketrans(moved, lower)

    def encode(self, message: str) -> str:
        return message.translate(self._forward)

    def decode(self, message: str) -> str:
        return message.translate(self._backward)


def rotate_four(message: str) -> str:
    return FourStepRotor().encode(message)
'''

# Item 117 -- plain function with a set of vowels; no examples.
PY12[117] = r'''VOWELS = frozenset("aeiouAEIOU")


def words_with_consonants(sentence, how_many):
    """Keep the words, in the order they occur, whose number of consonants is
    exactly `how_many`.

    The sentence is expected to contain only letters and spaces, so every
    character of a word that is not a vowel counts as a consonant. An empty
    sentence simply yields an empty list.
    """
    picked = []
    for word in sentence.split():
        consonants = len([c for c in word if c not in VOWELS])
        if consonants == how_many:
            picked.append(word)
    return picked


if __name__ == "__main__":
    import sys

    if len(sys.argv) == 3:
        print(words_with_consonants(sys.argv[1], int(sys.argv[2])))
'''

# Item 140 -- regex substitution, with examples checked in __main__.
PY12[140] = r'''import re

_LONG_GAP = re.compile(r" {3,}")


def underscore_spaces(text: str) -> str:
    """Make a string safe-ish for a file name: any stretch of three or more
    spaces shrinks to a single dash, and every remaining space (alone or in
    a pair) becomes an underscore."""
    return _LONG_GAP.sub("-", text).replace(" ", "_")


if __name__ == "__main__":
    samples = {
        "my file": "my_file",
        "two  gaps": "two__gaps",
        "wide    gap ": "wide-gap_",
        "   lead": "-lead",
        "plain": "plain",
    }
    for src, want in samples.items():
        got = underscore_spaces(src)
        assert got == want, (src, got, want)
    print("all good")
'''

# Item 149 -- homework answer style; no examples.
PY12[149] = r'''# CS 101 -- Homework 6, problem 2
#
# Task: throw away every string whose length is odd, then give back what is
# left ordered by length, shortest first. Strings of equal length are put in
# alphabetical order. Duplicates are allowed and are kept.
#
# Approach: filter with a comprehension, then sort once with a tuple key so
# that length is compared first and the text itself breaks ties.


def even_length_sorted(words):
    keep = [w for w in words if len(w) % 2 == 0]
    keep.sort(key=lambda w: (len(w), w))
    return keep
'''

# Item 152 -- gist with doctests (examples).
PY12[152] = r'''"""score_diff.py -- how far off was each prediction?

Small helper from my match-prediction side project.
"""


def prediction_errors(actual, predicted):
    """Per-match distance between the real score and the guessed one
    (0 means the guess was spot on).

    >>> prediction_errors([3, 0, 2], [3, 1, 5])
    [0, 1, 3]
    >>> prediction_errors([10, -4], [7, -4])
    [3, 0]
    """
    if len(actual) != len(predicted):
        raise ValueError("need exactly one guess per match")
    errors = []
    for real, guess in zip(actual, predicted):
        errors.append(abs(real - guess))
    return errors


if __name__ == "__main__":
    import doctest

    doctest.testmod()
'''

# ---------------------------------------------------------------------------
# Held-out items (negatives, same faithful treatment)
# ---------------------------------------------------------------------------

# Item 67 -- regex findall, with examples.
PY_HELDOUT12[67] = r'''import re


def mangoes_left(description: str, total_fruit: int) -> int:
    """A basket holds apples, oranges and mangoes. `description` says how
    many apples and oranges there are (something like "4 apples and 9
    oranges") and `total_fruit` is the size of the whole basket; whatever is
    not an apple or an orange must be a mango."""
    counted = sum(int(tok) for tok in re.findall(r"\d+", description))
    return total_fruit - counted


print(mangoes_left("4 apples and 9 oranges", 20))   # 7
print(mangoes_left("12 apples and 0 oranges", 12))  # 0
'''

# Item 91 -- sentence splitting; no examples.
PY_HELDOUT12[91] = r'''import re

SENTENCE_END = re.compile(r"[.!?]")


def count_i_sentences(paragraph: str) -> int:
    """Count the sentences that open with the standalone word "I".

    A sentence ends at '.', '!' or '?'. Only the exact word "I" counts, so a
    sentence beginning with "It" or "In" does not.
    """
    count = 0
    for sentence in SENTENCE_END.split(paragraph):
        words = sentence.split()
        if words and words[0] == "I":
            count += 1
    return count
'''

# Item 131 -- math.prod, examples in trailing comments.
PY_HELDOUT12[131] = r'''from math import prod


def odd_digit_product(n: int) -> int:
    """Multiply together the odd digits of a positive integer; if it has no
    odd digit at all, the answer is 0."""
    odd = [int(d) for d in str(n) if int(d) % 2 == 1]
    return prod(odd) if odd else 0


# odd_digit_product(3072) -> 21
# odd_digit_product(8642) -> 0
# odd_digit_product(5)    -> 5
'''

# Item 135 -- backwards scan; no examples.
PY_HELDOUT12[135] = r'''from typing import Sequence


def last_descent(seq: Sequence[int]) -> int:
    """Return the largest index i such that seq[i] is smaller than the value
    right before it, or -1 when the sequence never steps down.

    Scanning from the right lets us stop at the first hit, which is
    automatically the largest such index.
    """
    for i in range(len(seq) - 1, 0, -1):
        if seq[i] < seq[i - 1]:
            return i
    return -1
'''

# Item 147 -- counting residues mod 3 with math.comb; no examples.
PY_HELDOUT12[147] = r'''from math import comb


def triples_divisible_by_three(n: int) -> int:
    """Build a[i] = i*i - i + 1 for i = 1..n and count the index triples
    i < j < k whose values add up to a multiple of 3.

    Instead of trying every triple, look at the values modulo 3: when
    i % 3 == 2 the value is divisible by 3, otherwise it leaves remainder 1.
    A sum of three such terms is a multiple of 3 only if all three share the
    same remainder, so the answer is C(zeros, 3) + C(ones, 3).
    """
    zeros = sum(1 for i in range(1, n + 1) if (i * i - i + 1) % 3 == 0)
    ones = n - zeros
    return comb(zeros, 3) + comb(ones, 3)
'''

# Item 151 -- generator with isinstance checks; no examples.
PY_HELDOUT12[151] = r'''def sum_odd_squares(numbers):
    """Square every positive odd integer in `numbers` and add the squares up.

    Negative values, zero, even values and anything that is not an int
    (floats included, even ones like 3.0) are skipped. An empty list gives 0.
    """
    total = 0
    for x in numbers:
        if isinstance(x, bool) or not isinstance(x, int):
            continue
        if x > 0 and x % 2 == 1:
            total += x * x
    return total
'''

# Item 155 -- divmod loop, examples in a __main__ demo.
PY_HELDOUT12[155] = r'''def digit_parity_counts(value: int) -> tuple:
    """Return (how many even digits, how many odd digits) in an integer.
    The sign is ignored, and 0 counts as one even digit."""
    value = abs(value)
    evens = odds = 0
    while True:
        value, digit = divmod(value, 10)
        if digit % 2 == 0:
            evens += 1
        else:
            odds += 1
        if value == 0:
            break
    return evens, odds


if __name__ == "__main__":
    print(digit_parity_counts(-4071))  # (2, 2)
    print(digit_parity_counts(888))    # (3, 0)
    print(digit_parity_counts(0))      # (1, 0)
'''

# Item 159 -- min-based, examples in docstring.
PY_HELDOUT12[159] = r'''def feed_rabbit(already_eaten, still_needed, in_stock):
    """A rabbit has eaten `already_eaten` carrots and wants `still_needed`
    more; the pantry holds `in_stock`. It eats what it wants if it can,
    otherwise it finishes the pantry and stays hungry.

    Returns [carrots eaten in total, carrots left in the pantry].

        feed_rabbit(3, 4, 10)  -> [7, 6]
        feed_rabbit(0, 9, 5)   -> [5, 0]
    """
    bite = min(still_needed, in_stock)
    return [already_eaten + bite, in_stock - bite]
'''

# ---------------------------------------------------------------------------
# Look-alikes (negatives): different rule from any HumanEval item
# ---------------------------------------------------------------------------

OTHER_PY12 = [
    # near item 64 / 117: consonant count of a single word, y always a consonant.
    r'''def consonant_count(word):
    """Count the consonants in `word`. Only ASCII letters count at all, and
    the letter y is always treated as a consonant here.

    consonant_count("rhythm") == 6
    consonant_count("Queue") == 1
    consonant_count("a-b-c") == 2
    """
    return sum(1 for ch in word.lower() if ch.isascii() and ch.isalpha()
               and ch not in "aeiou")
''',
    # near item 2: distance to the nearest whole number.
    r'''import math


def distance_to_nearest_int(x: float) -> float:
    """How far a float is from the closest integer, in either direction.
    The result is always between 0 and 0.5."""
    below = x - math.floor(x)
    return min(below, 1.0 - below)


if __name__ == "__main__":
    for v in (3.7, 2.25, 5.0, 8.5):
        print(v, round(distance_to_nearest_int(v), 6))
    # 3.7 -> 0.3, 2.25 -> 0.25, 5.0 -> 0.0, 8.5 -> 0.5
''',
    # near item 4: median absolute deviation around the median.
    r'''from statistics import median
from typing import List


def median_abs_deviation(data: List[float]) -> float:
    """Robust spread estimate: the median of the absolute distances between
    each value and the median of the data."""
    centre = median(data)
    return median(abs(x - centre) for x in data)
''',
    # near items 89 / 50: undo a shift of three, keeping case.
    r'''class BackShift:
    """Decode text that was encrypted by moving each letter three places
    forward in the alphabet. Upper and lower case are both handled and keep
    their case; other characters are left alone."""

    def __init__(self, shift: int = 3) -> None:
        self.shift = shift

    def _undo(self, ch: str) -> str:
        if "a" <= ch <= "z":
            base = ord("a")
        elif "A" <= ch <= "Z":
            base = ord("A")
        else:
            return ch
        return chr(base + (ord(ch) - base - self.shift) % 26)

    def decode(self, text: str) -> str:
        return "".join(self._undo(ch) for ch in text)


if __name__ == "__main__":
    print(BackShift().decode("Khoor, Zruog!"))  # Hello, World!
''',
    # near item 78: count hex digits whose value is even.
    r'''EVEN_HEX = set("02468ACEace")


def even_hex_digits(hexstr: str) -> int:
    """Number of hexadecimal digits in `hexstr` whose numeric value is even
    (0, 2, 4, 6, 8, A, C, E). Either letter case is accepted."""
    return sum(ch in EVEN_HEX for ch in hexstr)
''',
    # near item 140: single spaces -> '-', runs of two or more -> one '_'.
    r'''import re


def slugify_gaps(text):
    """Turn each run of two or more spaces into a single underscore and each
    lone space into a hyphen.

    >>> slugify_gaps("a b  c")
    'a-b_c'
    >>> slugify_gaps("   x y")
    '_x-y'
    """
    return re.sub(r" {2,}| ", lambda m: "_" if len(m.group()) > 1 else "-", text)


if __name__ == "__main__":
    import doctest
    doctest.testmod()
''',
    # near item 152: points-based scoring of predictions.
    r'''from typing import Iterable


def prediction_points(results: Iterable[int], guesses: Iterable[int]) -> int:
    """Score a sheet of predictions: 3 points for each exact guess, 1 point
    when the guess is off by exactly one, nothing otherwise. Returns the
    total number of points."""
    points = 0
    for real, guess in zip(results, guesses):
        miss = abs(real - guess)
        if miss == 0:
            points += 3
        elif miss == 1:
            points += 1
    return points
''',
    # near item 85: negative values at indices that are multiples of three.
    r'''def negatives_at_every_third(values):
    """Sum the negative numbers found at indices 0, 3, 6, ... of the list."""
    return sum(v for v in values[::3] if v < 0)


assert negatives_at_every_third([-2, -5, 4, 7, -1, 0, -3]) == -5
assert negatives_at_every_third([1, -1, -1]) == 0
assert negatives_at_every_third([]) == 0
''',
]
