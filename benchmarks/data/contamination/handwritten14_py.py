"""Fourteenth batch of hand-written documents, Python 3 (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY14 -- positives, keyed by HumanEval item: 1, 5, 6, 8, 17, 45, 50, 72, 85, 86, 121, 122, 126, 134, 137, 158.
  PY_HELDOUT14 -- held-out items (negatives): 23, 55, 75, 103, 123, 147, 155, 159.
  OTHER_PY14 -- 8 Python look-alikes with a different rule from any item:
    1. count_consonants: number of non-vowel letters in a word (y counts as a consonant)
    2. trail_each: put a marker after every list element, including the last
    3. odd_at_odd_indices: sum of odd values at odd indices
    4. reverse_sort_words: sort the characters of each word in descending order, spaces kept
    5. plainest_word: word with the fewest distinct characters, ties go to the alphabetically last
    6. unshift3: decode a case-preserving shift-by-3 letter cipher, other characters unchanged
    7. strictly_rising_under: strictly increasing sequence with every element <= a cap
    8. pair_counts: number of '(' in each space-separated parenthesis group
"""

PY14 = {
    1: r'''"""paren_groups.py -- split a flat run of balanced parentheses into its
top-level clusters.

Whitespace in the input carries no meaning and is dropped.  Everything
else is assumed to be '(' or ')', and the whole string is assumed to be
balanced.
"""
from typing import Iterator, List


class ParenSplitter:
    """Walks a string once, tracking nesting depth, and cuts a new chunk
    every time the depth falls back to zero."""

    OPEN = "("
    CLOSE = ")"

    def __init__(self, text: str) -> None:
        self.text = text

    def __iter__(self) -> Iterator[str]:
        buf: List[str] = []
        level = 0
        for ch in self.text:
            if ch.isspace():
                continue
            buf.append(ch)
            level += 1 if ch == self.OPEN else -1
            if level == 0 and buf:
                yield "".join(buf)
                buf = []

    def chunks(self) -> List[str]:
        return list(self)


def split_top_level(text: str) -> List[str]:
    """
    >>> split_top_level("(()) ()(()())")
    ['(())', '()', '(()())']
    >>> split_top_level("  ")
    []
    """
    return ParenSplitter(text).chunks()


if __name__ == "__main__":
    import doctest
    doctest.testmod()
''',
    5: r'''# Q: How do I put a separator value between every pair of items in a list
#    of ints (but not at the start or the end)?
#
# A: itertools makes this a one-liner. Pair every element with the separator,
#    flatten, then drop the trailing separator that the last pair adds.

from itertools import chain, repeat


def weave(values, sep):
    flat = list(chain.from_iterable(zip(values, repeat(sep))))
    return flat[:-1]


# An empty list just gives back an empty list, because flat is [] and
# [][:-1] is still []. If you prefer something more explicit:

def weave_explicit(values, sep):
    out = []
    for pos, v in enumerate(values):
        if pos:
            out.append(sep)
        out.append(v)
    return out
''',
    6: r'''# In[1]:
# Exercise 3.2 - nesting depth of each parenthesis group
#
# We get one line made of several groups separated by spaces, e.g. "(()) ()".
# For every group we want the deepest nesting level reached inside it.
# Let's solve it recursively: a group is a sequence of "(" inner ")" blocks,
# and the depth of a block is 1 + depth of its inner part.

# In[2]:
def depth_of(s, i=0):
    """Return (max depth of the sequence starting at i, index where it stops)."""
    best = 0
    while i < len(s) and s[i] == "(":
        inner, i = depth_of(s, i + 1)
        i += 1  # skip the matching ")"
        best = max(best, inner + 1)
    return best, i


def deepest_levels(line):
    return [depth_of(group)[0] for group in line.split() if group]


# In[3]:
print(deepest_levels("() ((()())) (()(()))"))   # -> [1, 3, 3]
print(deepest_levels("(((())))"))               # -> [4]
''',
    8: r'''# gist: totals.py
# Sum and product of a list of ints in one pass, returned as a plain tuple.
# (empty input -> additive and multiplicative identities)
from dataclasses import dataclass
from functools import reduce
from typing import Iterable, Tuple


@dataclass
class Totals:
    total: int = 0
    product: int = 1

    def feed(self, x: int) -> "Totals":
        return Totals(self.total + x, self.product * x)

    def as_tuple(self) -> Tuple[int, int]:
        return (self.total, self.product)


def totals_of(nums: Iterable[int]) -> Tuple[int, int]:
    return reduce(Totals.feed, nums, Totals()).as_tuple()
''',
    17: r'''#!/usr/bin/env python3
"""beats.py - turn a tiny text notation for rhythm into beat counts.

Notation (tokens separated by spaces):
    o     whole note    -> 4 beats
    o|    half note     -> 2 beats
    .|    quarter note  -> 1 beat

Usage:
    python beats.py "o o| .| .|"
"""
import argparse
import sys

BEATS = {"o": 4, "o|": 2, ".|": 1}


def to_beats(score):
    durations = []
    for token in score.split(" "):
        if not token:
            continue
        if token not in BEATS:
            raise ValueError("unknown note token: %r" % token)
        durations.append(BEATS[token])
    return durations


def main(argv=None):
    parser = argparse.ArgumentParser(description="Convert note text to beats")
    parser.add_argument("score", nargs="?", default="o o| .|",
                        help="space separated notes")
    parser.add_argument("--total", action="store_true",
                        help="print only the sum of beats")
    args = parser.parse_args(argv)
    beats = to_beats(args.score)
    print(sum(beats) if args.total else " ".join(map(str, beats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
''',
    45: r'''# HW 1, problem 4: area of a triangle from one side and the height on it.
# area = base * height / 2  (always return a float)

def tri_area(base: float, height: float) -> float:
    return 0.5 * base * height


assert tri_area(4, 6) == 12.0
assert tri_area(3, 3) == 4.5
assert tri_area(0, 10) == 0.0
''',
    50: r'''"""rot5 -- a toy rotation cipher over the lowercase latin alphabet.

Each letter is moved five places forward (wrapping around after 'z') when
encoding, and five places back when decoding.  Input is expected to be
lowercase a-z only.
"""

__all__ = ["Rot5", "encode", "decode"]

_A = ord("a")
_SPAN = 26
_STEP = 5


class Rot5:
    @staticmethod
    def _move(text: str, delta: int) -> str:
        return "".join(chr(_A + (ord(c) - _A + delta) % _SPAN) for c in text)

    @staticmethod
    def encode(text: str) -> str:
        return Rot5._move(text, _STEP)

    @staticmethod
    def decode(text: str) -> str:
        return Rot5._move(text, -_STEP)


encode = Rot5.encode
decode = Rot5.decode
''',
    72: r'''# Blog: "Can the drone take off?" -- a quick puzzle from our weekly kata.
#
# A payload is a list of weights. The drone can lift it only when
#   1) the list reads the same from both ends (it is balanced), and
#   2) the total weight is not above the drone's capacity.
#
#   can_lift([2, 5, 2], 10)  -> True   (balanced, 9 <= 10)
#   can_lift([2, 5, 2], 8)   -> False  (too heavy)
#   can_lift([4, 1], 100)    -> False  (not balanced)

def can_lift(payload, capacity):
    balanced = payload == payload[::-1]
    light_enough = sum(payload) <= capacity
    return balanced and light_enough


print(can_lift([2, 5, 2], 10))
print(can_lift([2, 5, 2], 8))
print(can_lift([4, 1], 100))
''',
    85: r'''Slicing with a step does most of the work here. `nums[1::2]` gives you the
elements sitting at indices 1, 3, 5, ..., and then you just keep the even ones:

```python
def even_at_odd_positions(nums):
    return sum(x for x in nums[1::2] if x % 2 == 0)
```

No need for `range(len(...))` or an explicit counter.
''',
    86: r'''import re

# Sort the letters inside every word, leave the spacing untouched.
# A "word" is any maximal run of non-space characters; characters are
# ordered by code point, so capitals and punctuation come before lowercase.

_WORD = re.compile(r"[^ ]+")


def sort_each_word(sentence):
    return _WORD.sub(lambda m: "".join(sorted(m.group(0))), sentence)
''',
    121: r'''class OddOnEvenSlots:
    """Adds up the odd values found at even indices (0, 2, 4, ...)."""

    def __init__(self, values):
        self.values = list(values)

    @property
    def total(self):
        acc = 0
        for idx in range(0, len(self.values), 2):
            v = self.values[idx]
            if v % 2 == 1:
                acc += v
        return acc


if __name__ == "__main__":
    # index 0 -> 9 (odd), index 2 -> 4 (even, skipped), index 4 -> 1 (odd)
    print(OddOnEvenSlots([9, 2, 4, 7, 1]).total)   # 10
    print(OddOnEvenSlots([2, 1, 6]).total)         # 0
''',
    122: r'''from itertools import islice


def sum_small_in_prefix(arr, k):
    """Among the first k entries of arr, add up those that have no more than
    two digits (i.e. whose absolute value is below 100)."""
    head = islice(arr, k)
    return sum(filter(lambda v: abs(v) < 100, head))
''',
    126: r'''from collections import Counter
from itertools import pairwise


def ascending_with_few_repeats(seq):
    # Non-decreasing order required, and no value may show up three or more times.
    # e.g. [0, 4, 4, 9] -> True, [2, 2, 2] -> False, [5, 3] -> False
    if any(n > 2 for n in Counter(seq).values()):
        return False
    return all(a <= b for a, b in pairwise(seq))
''',
    134: r'''# Homework 6 / task 2
# Return True when the final character of the text is a letter that stands
# on its own, i.e. the last space-separated chunk is exactly one letter.
# A trailing space means the last chunk is empty, so the answer is False.


def ends_with_lone_letter(text):
    _, _, tail = text.rpartition(" ")
    return len(tail) == 1 and tail.isalpha()
''',
    137: r'''from typing import Optional, Union

Number = Union[int, float, str]


def _as_float(value: Number) -> float:
    """Strings may use either '.' or ',' as the decimal mark."""
    if isinstance(value, str):
        value = value.replace(",", ".")
    return float(value)


def bigger_of(x: Number, y: Number) -> Optional[Number]:
    """Return whichever argument is numerically larger, untouched (same type
    and representation as passed in). If they are numerically equal, None.

    bigger_of(3, "2,9")    -> 3
    bigger_of("0.5", 0.75) -> 0.75
    bigger_of("4,0", 4)    -> None
    """
    fx, fy = _as_float(x), _as_float(y)
    if fx == fy:
        return None
    return x if fx > fy else y
''',
    158: r'''class WordPicker:
    @staticmethod
    def distinct(word):
        return len(set(word))

    @staticmethod
    def richest(words):
        """Word with the most distinct letters; ties go to the alphabetically
        smallest word."""
        best = None
        for w in words:
            if best is None:
                best = w
                continue
            dw, db = WordPicker.distinct(w), WordPicker.distinct(best)
            if dw > db or (dw == db and w < best):
                best = w
        return best
''',
}

PY_HELDOUT14 = {
    23: r'''def char_count(s):
    """Number of characters in s, counted by hand (no len()).

    >>> char_count("")
    0
    >>> char_count("hello!")
    6
    """
    n = 0
    for _ in s:
        n += 1
    return n
''',
    55: r'''from functools import lru_cache


@lru_cache(maxsize=None)
def fibonacci(k: int) -> int:
    # F(0) = 0, F(1) = 1, F(k) = F(k-1) + F(k-2)
    if k < 2:
        return k
    return fibonacci(k - 1) + fibonacci(k - 2)
''',
    75: r'''#!/usr/bin/env python3
"""Check whether a number is a product of exactly three primes
(repeats allowed, so 2*2*2 counts).

    $ python three_primes.py 42
    42: True      # 2 * 3 * 7
    $ python three_primes.py 36
    36: False     # 2 * 2 * 3 * 3 has four prime factors
"""
import argparse


def prime_factor_count(n):
    count = 0
    d = 2
    while d * d <= n:
        while n % d == 0:
            n //= d
            count += 1
        d += 1
    if n > 1:
        count += 1
    return count


def is_triple_prime_product(n):
    return n > 1 and prime_factor_count(n) == 3


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("numbers", type=int, nargs="*", default=[42, 36])
    for value in ap.parse_args().numbers:
        print(f"{value}: {is_triple_prime_product(value)}")
''',
    103: r'''# Mean of the consecutive integers lo..hi (inclusive), rounded to the nearest
# int (Python's round, so .5 goes to the even neighbour), as a binary string.
# Returns -1 when the range is empty (lo > hi).
#
# The mean of an arithmetic run is just the midpoint of its ends.

def binary_mean(lo: int, hi: int):
    if lo > hi:
        return -1
    return bin(round((lo + hi) / 2))
''',
    123: r'''def collatz(n):
    """Yield the Collatz trajectory of n, ending with 1."""
    yield n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        yield n


def odd_terms_sorted(n):
    # e.g. 6 -> 6, 3, 10, 5, 16, 8, 4, 2, 1 -> odd ones: [1, 3, 5]
    return sorted({t for t in collatz(n) if t % 2})
''',
    147: r'''import math


def count_triples(n):
    """Build a[i] = i*i - i + 1 for i = 1..n and count index triples i < j < k
    whose values sum to a multiple of 3.

    Working mod 3, a[i] is 0 when i % 3 == 2 and 1 otherwise, so a valid
    triple must take all three values from the same residue class.
    """
    zeros = sum(1 for i in range(1, n + 1) if (i * i - i + 1) % 3 == 0)
    ones = n - zeros
    return math.comb(zeros, 3) + math.comb(ones, 3)
''',
    155: r'''from collections import Counter


def digit_parity(number):
    """(how many even digits, how many odd digits) in the integer; sign ignored.
    digit_parity(-2024) -> (4, 0); digit_parity(975) -> (0, 3)
    """
    tally = Counter(int(d) % 2 for d in str(abs(number)))
    return tally[0], tally[1]
''',
    159: r'''class Rabbit:
    """A rabbit that has already had `eaten` carrots and wants `want` more,
    with `stock` carrots available."""

    def __init__(self, eaten, want, stock):
        self.eaten = eaten
        self.want = want
        self.stock = stock

    def dinner(self):
        bite = min(self.want, self.stock)
        return [self.eaten + bite, self.stock - bite]
''',
}

OTHER_PY14 = [
    r'''def count_consonants(word):
    """Number of consonant letters in word (case-insensitive). Any letter
    other than a, e, i, o, u counts, including y.
    """
    return sum(1 for ch in word.lower() if ch.isalpha() and ch not in "aeiou")
''',
    r'''from typing import List


def trail_each(items: List[int], marker: int) -> List[int]:
    # Put the marker after every element, including the final one.
    out: List[int] = []
    for x in items:
        out.extend((x, marker))
    return out
''',
    r'''def odd_at_odd_indices(values):
    # add the odd numbers that sit at positions 1, 3, 5, ...
    return sum(v for v in values[1::2] if v % 2 != 0)
''',
    r'''def reverse_sort_words(text):
    """Rearrange the characters of each space-separated word into
    descending code-point order, keeping the spaces where they were."""
    return " ".join("".join(sorted(w, reverse=True)) for w in text.split(" "))
''',
    r'''def plainest_word(words):
    # fewest distinct characters wins; on a tie take the alphabetically last
    return max(words, key=lambda w: (-len(set(w)), w))
''',
    r'''def unshift3(text: str) -> str:
    """Undo a shift-by-3 cipher on letters, keeping case; other characters
    pass through unchanged."""
    out = []
    for ch in text:
        if ch.islower():
            out.append(chr((ord(ch) - 97 - 3) % 26 + 97))
        elif ch.isupper():
            out.append(chr((ord(ch) - 65 - 3) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
''',
    r'''def strictly_rising_under(seq, cap):
    """True if every element is larger than the one before it and no element
    exceeds cap."""
    return all(a < b for a, b in zip(seq, seq[1:])) and all(x <= cap for x in seq)
''',
    r'''def pair_counts(line):
    # For each space separated group of parentheses, count how many "()"
    # pairs it contains (i.e. the number of opening brackets).
    return [group.count("(") for group in line.split() if group]
''',
]
