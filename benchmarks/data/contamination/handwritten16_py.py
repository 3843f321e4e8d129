"""Sixteenth batch of hand-written documents, Python 3 (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY16: positives keyed by HumanEval item number, items 8, 10, 21, 22, 32,
    37, 38, 40, 41, 52, 54, 65, 76, 92, 101, 105, 122, 125, 129, 136.
  PY_HELDOUT16: held-out documents, items 7, 19, 39, 67, 71, 75, 111, 139.
  OTHER_PY16: seven Python 3 look-alikes with a different rule:
    0. shortest palindrome that ENDS with the text (characters are added
       at the front, not the back).
    1. anagram test: same letters with the same multiplicities, ignoring
       case and spaces (not just the same set of characters).
    2. scale values to proportions of their total (divide by the sum, so
       the result sums to 1), not min-max to [0, 1].
    3. rotate the digits of a number to the LEFT, with the shift taken
       modulo the digit count (no reversal case).
    4. block cipher that reverses every full block of three characters
       (self-inverse), instead of cycling it.
    5. split a line on commas only, trimming each field and keeping spaces
       inside fields.
    6. does any run of three ADJACENT elements sum to zero (contiguous
       window, not any three positions).
"""

PY16 = {}
PY_HELDOUT16 = {}
OTHER_PY16 = []

PY16[8] = r'''# stats_helpers.py
# Small numeric helpers shared by the weekly report scripts.

from functools import reduce
import operator


def mean(values):
    """Arithmetic mean; raises ValueError on an empty sequence."""
    if not values:
        raise ValueError("mean() of empty sequence")
    return sum(values) / len(values)


def clamp(value, low, high):
    """Pin value into the closed range [low, high]."""
    return max(low, min(high, value))


def totals(nums):
    """Return the pair (sum, product) for a sequence of integers.

    The identity elements are used as starting points, so a list with
    nothing in it adds up to zero and multiplies out to one.
    """
    running_sum = reduce(operator.add, nums, 0)
    running_product = reduce(operator.mul, nums, 1)
    return running_sum, running_product


if __name__ == "__main__":
    assert totals([2, 5, 3]) == (10, 30)
    assert totals([7]) == (7, 7)
    assert totals([-1, 4, 0]) == (3, 0)
    assert totals([-2, -3]) == (-5, 6)
    print("stats_helpers: all good")
'''

PY16[10] = r'''Padding a string out to a palindrome (append-only)
==================================================

A nice warm-up exercise: given some text, extend it on the right with as
few characters as possible so that the whole thing reads the same
backwards. The trick is to look for the longest tail of the text that is
already a palindrome. Everything in front of that tail has to be mirrored
and glued onto the end.

For "race" the longest palindromic tail is just "e", so we mirror "rac"
and get "racecar". For "abb" the tail "bb" already works, so only "a"
needs to be added and we end up with "abba".

    def _reads_same_both_ways(s, lo, hi):
        # two-pointer check of s[lo:hi] without building a new slice
        hi -= 1
        while lo < hi:
            if s[lo] != s[hi]:
                return False
            lo += 1
            hi -= 1
        return True


    def extend_to_palindrome(text):
        n = len(text)
        for start in range(n):
            if _reads_same_both_ways(text, start, n):
                return text + text[:start][::-1]
        return text  # only reached when text is empty


    print(extend_to_palindrome("race"))   # racecar
    print(extend_to_palindrome("abb"))    # abba
    print(extend_to_palindrome("noon"))   # noon

The loop tries the candidate tails from longest to shortest, so the first
hit is the best one. A single character is always a palindrome, which means
the loop never falls through for non-empty input.

This is quadratic in the worst case. If you need it for long strings, run
the KMP prefix function over reversed(text) + "#" + text: the last value
tells you the length of the longest palindromic tail in linear time.
'''

PY16[21] = r'''Q: How can I map a list of floats so the smallest becomes 0 and the biggest becomes 1?

I have readings like temperatures or scores and want them all between 0 and 1
before plotting, keeping the relative spacing. No numpy in this project.

A: That is plain min-max normalisation. Shift everything down by the minimum,
then divide by the spread (max - min):

def normalize_to_unit_interval(values):
    lo = min(values)
    hi = max(values)
    span = hi - lo
    # needs at least two different values, otherwise span is 0
    return [(v - lo) / span for v in values]

The minimum ends up at exactly 0.0 and the maximum at exactly 1.0; everything
else lands proportionally in between. If you ever do switch to numpy,
`(a - a.min()) / np.ptp(a)` is the vectorised equivalent.

Comment: you may want to guard against span == 0 (all values equal) and
return a list of zeros or raise, depending on what the caller expects.
'''

PY16[22] = r'''# ---- review thread on PR #214: utils/cleaning.py ----
#
# reviewer: the old helper walked the list with a for-loop, called
#   type(v).__name__ == "int" and appended. A comprehension with isinstance()
#   is shorter and is what the rest of the module uses. Suggested version below.
#
# author: done. Note bool subclasses int, so True/False pass isinstance() too;
#   none of our payloads mix bools in, so leaving that as is.

from typing import Any, Iterable, List


def keep_integers(items: Iterable[Any]) -> List[int]:
    """Return a new list with only the int elements of `items`, order kept.

    Strings, floats, dicts, lists, None and anything else are dropped.
    """
    return [item for item in items if isinstance(item, int)]


def drop_none(items: Iterable[Any]) -> List[Any]:
    """Unrelated helper from the same module: strip out None entries."""
    return [item for item in items if item is not None]
'''

PY16[32] = r'''"""
Lab 4 - finding a root of a polynomial by bisection

A polynomial is stored as its list of coefficients, lowest degree first:

    coeffs[0] + coeffs[1]*x + coeffs[2]*x**2 + ... + coeffs[-1]*x**(len-1)

When the list has an even number of entries (so the degree is odd) and the
leading coefficient is not zero, the polynomial heads to +infinity on one
side and -infinity on the other, so at least one real root exists. We only
need one of them.

Method: start with the bracket [-1, 1] and keep doubling it until the values
at the two ends have opposite signs (or one is zero). Then halve the bracket
until it is narrower than 1e-10 and report its left end.

Examples:
    root_of([-4, 2])          ~ 2.0     (2x - 4)
    root_of([-8, 0, 0, 1])    ~ 2.0     (x^3 - 8)
    root_of([6, 1])           ~ -6.0    (x + 6)
"""


def evaluate(coeffs, x):
    """Value of the polynomial at x, using Horner's rule."""
    acc = 0.0
    for c in reversed(coeffs):
        acc = acc * x + c
    return acc


def root_of(coeffs):
    lo, hi = -1.0, 1.0
    while evaluate(coeffs, lo) * evaluate(coeffs, hi) > 0:
        lo *= 2.0
        hi *= 2.0

    f_lo = evaluate(coeffs, lo)
    while hi - lo > 1e-10:
        mid = 0.5 * (lo + hi)
        f_mid = evaluate(coeffs, mid)
        if f_mid * f_lo > 0:
            # same sign as the left end: the root is in the right half
            lo, f_lo = mid, f_mid
        else:
            hi = mid
    return lo


if __name__ == "__main__":
    for cs in ([-4, 2], [-8, 0, 0, 1], [6, 1]):
        print(cs, "->", round(root_of(cs), 6))
'''

PY16[37] = r'''"""list_tricks.py - odds and ends for working with plain Python lists."""


def chunked(seq, size):
    """Split seq into consecutive pieces of length `size` (last may be short)."""
    return [seq[i:i + size] for i in range(0, len(seq), size)]


def sort_even_slots(seq):
    """Sort only the entries sitting at indices 0, 2, 4, ...

    The entries at indices 1, 3, 5, ... stay exactly where they were. A new
    list is returned; the argument is not modified.
    """
    result = list(seq)
    result[::2] = sorted(seq[::2])
    return result


def interleave(a, b):
    """a[0], b[0], a[1], b[1], ... stopping at the shorter list."""
    out = []
    for x, y in zip(a, b):
        out.extend((x, y))
    return out
'''

PY16[38] = r'''"""Toy 'triplet rotation' cipher from the puzzle-hunt warm-up round.

Encoding: cut the message into blocks of three characters, left to right
(the final block may be shorter). Every full block "xyz" becomes "yzx"; a
short trailing block is copied as is. Decoding undoes this by turning every
full block the other way round ("yzx" -> "xyz").

    >>> scramble("abcdefgh")
    'bcaefdgh'
    >>> unscramble("bcaefdgh")
    'abcdefgh'
    >>> unscramble(scramble("meet me at noon"))
    'meet me at noon'
"""


def _blocks(text, size=3):
    return [text[i:i + size] for i in range(0, len(text), size)]


def scramble(text):
    out = []
    for blk in _blocks(text):
        out.append(blk[1:] + blk[0] if len(blk) == 3 else blk)
    return "".join(out)


def unscramble(text):
    """Inverse of scramble(): move the last character of each full block to the front."""
    out = []
    for blk in _blocks(text):
        out.append(blk[-1] + blk[:-1] if len(blk) == 3 else blk)
    return "".join(out)


if __name__ == "__main__":
    import doctest
    doctest.testmod()
'''

PY16[40] = r'''# Interview prep, day 12: three numbers that add up to zero
#
# Question: given a list of integers, is there any choice of three entries
# (three different positions; equal values are fine) whose total is 0?
#
# Brute force is three nested loops, O(n^3). Sorting first lets us fix the
# smallest member of the triple and close in on the other two with a pair
# of pointers, which brings it down to O(n^2).

def has_zero_sum_triplet(nums):
    arr = sorted(nums)
    n = len(arr)
    for i in range(n - 2):
        left, right = i + 1, n - 1
        while left < right:
            s = arr[i] + arr[left] + arr[right]
            if s == 0:
                return True
            if s < 0:
                left += 1      # total too small: need a bigger value
            else:
                right -= 1     # total too big: need a smaller value
    return False

# Follow-up they asked: what if you must return the triple itself?
# Same loop, just return (arr[i], arr[left], arr[right]) instead of True.
'''

PY16[41] = r'''"""
Puzzle: two columns of n cars each drive towards each other on an endless
straight road. One column heads east, the other heads west, and
every car has the same speed. The cars are indestructible: when an eastbound
car meets a westbound one they pass straight through each other and keep
going as if nothing happened. How many such meetings are there in total?

Since nobody ever stops or turns, every eastbound car eventually meets every
westbound car exactly once, and cars travelling the same way never meet.
That gives n meetings for each of the n eastbound cars.

    count_crossings(1)  == 1
    count_crossings(3)  == 9
    count_crossings(7)  == 49
"""


def count_crossings(n):
    return n * n


if __name__ == "__main__":
    for cars in (1, 3, 7):
        print(cars, "cars per side ->", count_crossings(cars), "meetings")
'''

PY16[52] = r'''# monitoring/checks.py
# Quick sanity checks run on each batch of sensor readings before upload.

SPIKE_FACTOR = 3.0


def any_missing(readings):
    """True if the batch contains a None (sensor dropped out)."""
    return any(r is None for r in readings)


def all_under(values, limit):
    """True when every value is strictly less than `limit`.

    A value equal to the limit counts as a failure. An empty batch passes.
    """
    return all(v < limit for v in values)


def has_spike(readings, baseline):
    """Flag a batch where some reading exceeds SPIKE_FACTOR times the baseline."""
    return any(r > SPIKE_FACTOR * baseline for r in readings)
'''

PY16[54] = r'''If all you care about is whether two strings are built from the same
letters -- not how many times each one shows up -- compare their sets of
characters. Repeats disappear in a set, so "aabbc" and "cab" look the same:

def share_alphabet(first, second):
    return set(first) == set(second)

share_alphabet("aabbc", "cab")      # True, both are {a, b, c}
share_alphabet("level", "eve")      # False, "l" is missing on the right
share_alphabet("zzzy", "yz")        # True
share_alphabet("", "")              # True

If the counts do matter (anagrams), use collections.Counter instead of set.
'''

PY16[65] = r'''def rotate_digits_right(number, k):
    """Move the last k digits of `number` to the front; return a string.

    If k is larger than the number of digits, the digits are just returned
    in reverse order instead.

    rotate_digits_right(1234, 1) -> "4123"
    rotate_digits_right(1234, 3) -> "2341"
    rotate_digits_right(1234, 4) -> "1234"
    rotate_digits_right(1234, 9) -> "4321"
    rotate_digits_right(500, 1)  -> "050"
    """
    digits = str(number)
    if k > len(digits):
        return "".join(reversed(digits))
    cut = len(digits) - k
    return digits[cut:] + digits[:cut]


if __name__ == "__main__":
    assert rotate_digits_right(1234, 1) == "4123"
    assert rotate_digits_right(1234, 3) == "2341"
    assert rotate_digits_right(1234, 4) == "1234"
    assert rotate_digits_right(1234, 9) == "4321"
    assert rotate_digits_right(500, 1) == "050"
'''

PY16[76] = r'''"""numtheory.py - a couple of integer predicates used by the exercises."""

import math


def is_perfect_square(n):
    if n < 0:
        return False
    r = math.isqrt(n)
    return r * r == n


def is_integer_power_of(x, base):
    """Is x equal to base raised to some non-negative whole exponent?

    1 counts for every base (exponent 0). With base 1 the only reachable
    value is 1 itself.
    """
    if base == 1:
        return x == 1
    if x == 1:
        return True
    if x < 1:
        return False
    # strip factors of base off x; a true power ends at exactly 1
    while x % base == 0:
        x //= base
    return x == 1
'''

PY16[92] = r'''def one_is_sum_of_others(a, b, c):
    """Does one of three whole numbers equal the sum of the other two?

    All three arguments have to be ints; a float anywhere (even 3.0)
    makes the answer False.

    >>> one_is_sum_of_others(10, 4, 6)
    True
    >>> one_is_sum_of_others(-3, 5, 2)
    True
    >>> one_is_sum_of_others(1, 1, 1)
    False
    >>> one_is_sum_of_others(2.0, 1, 1)
    False
    """
    trio = (a, b, c)
    if not all(isinstance(v, int) for v in trio):
        return False
    # v == (sum of the other two)  <=>  2 * v == a + b + c
    total = sum(trio)
    return any(2 * v == total for v in trio)


if __name__ == "__main__":
    import doctest
    doctest.testmod(verbose=False)
'''

PY16[101] = r'''#!/usr/bin/env python3
"""wordcount.py - tokenise text where words are separated by commas and/or spaces."""

import re
import sys
from collections import Counter

_SEPARATORS = re.compile(r"[,\s]+")


def tokenize_words(sentence):
    # A comma, any whitespace, or any run of them mixed together separates
    # two words. Empty pieces produced by leading/trailing separators are
    # thrown away, so an empty string gives an empty list.
    return [w for w in _SEPARATORS.split(sentence) if w]


def top_words(text, n=10):
    return Counter(w.lower() for w in tokenize_words(text)).most_common(n)


if __name__ == "__main__":
    data = sys.stdin.read()
    for word, freq in top_words(data):
        print(f"{freq:6d}  {word}")
'''

PY16[105] = r'''NAMES = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]
NAME_OF = {i + 1: word for i, word in enumerate(NAMES)}


def digits_to_names_desc(nums):
    """Spell out the values 1..9 found in `nums`, largest first.

    Anything outside 1..9 (zero, negatives, numbers with two or more digits)
    is silently skipped; duplicates are kept.

        digits_to_names_desc([3, 9, 1, 3])    -> ["Nine", "Three", "Three", "One"]
        digits_to_names_desc([0, 12, -4, 7])  -> ["Seven"]
        digits_to_names_desc([])              -> []
    """
    keep = [n for n in nums if n in NAME_OF]
    keep.sort(reverse=True)
    return [NAME_OF[n] for n in keep]


if __name__ == "__main__":
    print(digits_to_names_desc([3, 9, 1, 3]))
    print(digits_to_names_desc([0, 12, -4, 7]))
'''

PY16[122] = r'''def _fits_in_two_chars(n):
    # "at most two digits" as written out in decimal; the minus sign is part
    # of the written form, so -7 qualifies while -12 and 100 do not
    return len(str(n)) <= 2


def sum_small_among_first(nums, k):
    """Add up the short numbers (one or two characters) among nums[:k].

    Precondition from the exercise: nums is non-empty and 1 <= k <= len(nums).
    """
    total = 0
    for n in nums[:k]:
        if _fits_in_two_chars(n):
            total += n
    return total
'''

PY16[125] = r'''def split_or_count(text):
    """Break text into words, with two fallbacks.

    1. If the text contains a space, split it on whitespace.
    2. Otherwise, if it contains a comma, split it on the commas.
    3. Otherwise return an int: how many lowercase letters sit at an odd
       position of the alphabet when you count from a = 0 (so b, d, f, ..., z).

    Examples:
        split_or_count("one two")   -> ["one", "two"]
        split_or_count("x,y,z")     -> ["x", "y", "z"]
        split_or_count("bdfa")      -> 3
        split_or_count("Hello")     -> 2
    """
    if " " in text:
        return text.split()
    if "," in text:
        return " ".join(text.split(",")).split()
    # ord('a') is 97, so letters at odd alphabet positions have even codes
    return sum(1 for ch in text if ch.islower() and ord(ch) % 2 == 0)


if __name__ == "__main__":
    assert split_or_count("one two") == ["one", "two"]
    assert split_or_count("x,y,z") == ["x", "y", "z"]
    assert split_or_count("bdfa") == 3
    assert split_or_count("Hello") == 2
'''

PY16[129] = r'''def smallest_walk(board, steps):
    """Lexicographically smallest list of values seen on a walk of `steps` cells.

    `board` is an N x N grid (N >= 2) holding each of 1..N*N exactly once.
    A walk starts anywhere and moves up, down, left or right each step,
    never leaving the grid; cells may be visited more than once.

    Greedy is enough here: the first value should be as small as possible,
    so start on the cell holding 1, and from then on always step to the
    smallest neighbour. From 1 that is some value m, and from m the smallest
    neighbour is 1 again, so the walk bounces between the two cells.
    """
    size = len(board)
    row, col = next((r, c) for r in range(size) for c in range(size)
                    if board[r][c] == 1)

    walk = []
    for _ in range(steps):
        walk.append(board[row][col])
        best = None
        for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            r, c = row + dr, col + dc
            if 0 <= r < size and 0 <= c < size:
                if best is None or board[r][c] < board[best[0]][best[1]]:
                    best = (r, c)
        row, col = best
    return walk
'''

PY16[136] = r'''def closest_to_zero_each_side(nums):
    """Return (largest negative, smallest positive) from nums.

    Zero belongs to neither side. Whichever side has no members comes back
    as None.
    """
    neg_best = None   # the negative value nearest to zero
    pos_best = None   # the positive value nearest to zero
    for n in nums:
        if n < 0:
            if neg_best is None or n > neg_best:
                neg_best = n
        elif n > 0:
            if pos_best is None or n < pos_best:
                pos_best = n
    return neg_best, pos_best
'''

PY_HELDOUT16[7] = r'''#!/usr/bin/env python3
"""tiny_grep.py - print the lines of a file that contain a literal string.

Usage: tiny_grep.py NEEDLE FILE

Matching is a plain, case-sensitive substring test (no regular expressions).
For instance lines_containing(["apple", "grape", "kiwi"], "ap") returns
["apple", "grape"], and an empty input list simply gives an empty result.
"""
import sys


def lines_containing(items, needle):
    hits = []
    for item in items:
        if needle in item:
            hits.append(item)
    return hits


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    needle, path = argv[1], argv[2]
    with open(path, encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for line in fh]
    for line in lines_containing(lines, needle):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
'''

PY_HELDOUT16[19] = r'''WORD_VALUES = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine".split()
    )
}


def order_number_words(text):
    """Reorder space-separated English digit names by the value they stand for.

    The input only contains the words zero..nine; the result is joined back
    together with single spaces, smallest value first.
    """
    words = [w for w in text.split(" ") if w]
    words.sort(key=WORD_VALUES.__getitem__)
    return " ".join(words)
'''

PY_HELDOUT16[39] = r'''def _is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def _fibonacci():
    a, b = 0, 1
    while True:
        a, b = b, a + b
        yield a


def nth_prime_fibonacci(n):
    """Return the n-th (counting from 1) Fibonacci number that is also prime.

    The sequence begins 2, 3, 5, 13, ..., so for example
    nth_prime_fibonacci(6) == 233 and nth_prime_fibonacci(7) == 1597.
    """
    seen = 0
    for f in _fibonacci():
        if _is_prime(f):
            seen += 1
            if seen == n:
                return f


if __name__ == "__main__":
    print([nth_prime_fibonacci(i) for i in range(1, 9)])
'''

PY_HELDOUT16[67] = r'''# Exercise 3.2 - fruit basket
#
# A basket holds apples, oranges and mangoes and nothing else. We are told
# the apple and orange counts in a short English phrase of the form
# "<number> apples and <number> oranges", plus the total number of fruit
# in the basket. Every fruit that is not an apple or an orange is a mango.

def mangoes_left(description, total):
    counted = 0
    for token in description.split(" "):
        if token.isdigit():
            counted += int(token)
    return total - counted
'''

PY_HELDOUT16[71] = r'''import math


def heron_area(a, b, c):
    """Area of a triangle from its three side lengths, rounded to 2 decimals.

    Returns -1 when the sides cannot form a real triangle, i.e. when one side
    is at least as long as the other two put together.

        heron_area(5, 5, 6)  -> 12.0
        heron_area(7, 8, 9)  -> 26.83
        heron_area(1, 1, 3)  -> -1
    """
    longest = max(a, b, c)
    if longest >= (a + b + c) - longest:
        return -1
    s = (a + b + c) / 2          # semi-perimeter
    return round(math.sqrt(s * (s - a) * (s - b) * (s - c)), 2)


if __name__ == "__main__":
    for sides in [(5, 5, 6), (7, 8, 9), (1, 1, 3)]:
        print(sides, heron_area(*sides))
'''

PY_HELDOUT16[75] = r'''def is_product_of_three_primes(n):
    """True when n can be written as p * q * r with p, q, r prime.

    The primes need not be different. Works by counting prime factors
    with multiplicity: exactly three of them means yes. The exercise only
    feeds in small numbers, so plain trial division is plenty.
    """
    if n < 2:
        return False
    remaining = n
    factor_count = 0
    p = 2
    while p * p <= remaining:
        while remaining % p == 0:
            remaining //= p
            factor_count += 1
        p += 1
    if remaining > 1:
        factor_count += 1   # whatever is left over is itself prime
    return factor_count == 3
'''

PY_HELDOUT16[111] = r'''from collections import Counter


def most_frequent_letters(text):
    """Find the letter(s) that occur most often in a space-separated string.

    Returns a dict mapping each of the most common letters to its count;
    ties are all included. An empty string gives an empty dict.

        most_frequent_letters("x y x z")      -> {"x": 2}
        most_frequent_letters("p q q p r")    -> {"p": 2, "q": 2}
        most_frequent_letters("k")            -> {"k": 1}
        most_frequent_letters("")             -> {}
    """
    counts = Counter(text.split())
    if not counts:
        return {}
    top = max(counts.values())
    return {letter: n for letter, n in counts.items() if n == top}


if __name__ == "__main__":
    assert most_frequent_letters("x y x z") == {"x": 2}
    assert most_frequent_letters("p q q p r") == {"p": 2, "q": 2}
    assert most_frequent_letters("k") == {"k": 1}
    assert most_frequent_letters("") == {}
'''

PY_HELDOUT16[139] = r'''from math import factorial, prod


def superfactorial(n):
    """Product of the first n factorials: 1! * 2! * 3! * ... * n!.

    n is expected to be a positive integer; for n = 0 the empty product 1
    is returned.
    """
    return prod(factorial(i) for i in range(1, n + 1))
'''

OTHER_PY16.append(r'''Shortest palindrome that ENDS with a given string
================================================

Sometimes you want the opposite of the usual exercise: instead of adding
characters after the text, you may only add them in front of it. The idea
mirrors the classic one -- find the longest prefix of the text that is
already a palindrome, then put the reverse of everything after that prefix
at the front.

    def _is_pal(s):
        return s == s[::-1]


    def prepend_to_palindrome(text):
        for end in range(len(text), 0, -1):
            if _is_pal(text[:end]):
                return text[end:][::-1] + text
        return text  # empty input


    print(prepend_to_palindrome("dog"))    # godog
    print(prepend_to_palindrome("aab"))    # baab
    print(prepend_to_palindrome("abb"))    # bbabb
    print(prepend_to_palindrome("level"))  # level

Note how "abb" turns into "bbabb" here, because only characters in front
are allowed, even though "abba" would be shorter if we could append.
''')

OTHER_PY16.append(r'''from collections import Counter


def _letters(phrase):
    return Counter(ch.lower() for ch in phrase if not ch.isspace())


def is_anagram(first, second):
    """Are the two phrases anagrams of each other?

    Case and spaces are ignored, but every other character has to appear
    the same number of times on both sides -- having the same set of
    letters is not enough.
    """
    return _letters(first) == _letters(second)
''')

OTHER_PY16.append(r'''def as_proportions(values):
    """Scale non-negative numbers so they add up to 1.

    Each value is divided by the total, which keeps the ratios between the
    entries intact (a share-of-total view, handy for pie charts).

    >>> as_proportions([1, 3])
    [0.25, 0.75]
    >>> as_proportions([2, 2, 4])
    [0.25, 0.25, 0.5]
    >>> as_proportions([5])
    [1.0]
    """
    total = sum(values)
    if total == 0:
        raise ValueError("cannot take proportions of an all-zero list")
    return [v / total for v in values]


if __name__ == "__main__":
    import doctest
    doctest.testmod()
''')

OTHER_PY16.append(r'''def roll_digits_left(number, k):
    """Rotate the decimal digits of a non-negative int k places to the left.

    The leading k digits move to the end. Shifts longer than the number
    wrap around (k is reduced modulo the digit count), so a shift equal to
    the length gives the number back unchanged. The result is a string so
    that leading zeros survive.
    """
    digits = str(number)
    k %= len(digits)
    return digits[k:] + digits[:k]
''')

OTHER_PY16.append(r'''"""Triplet-reversal cipher.

The message is cut into blocks of three characters from the left; each full
block is written backwards ("abc" -> "cba") and a shorter final block is left
alone. Reversing twice gives the original back, so the same function both
encodes and decodes.

    >>> flip_triplets("abcdefgh")
    'cbafedgh'
    >>> flip_triplets("cbafedgh")
    'abcdefgh'
"""


def flip_triplets(text):
    pieces = []
    for start in range(0, len(text), 3):
        block = text[start:start + 3]
        pieces.append(block[::-1] if len(block) == 3 else block)
    return "".join(pieces)


if __name__ == "__main__":
    import doctest
    doctest.testmod()
''')

OTHER_PY16.append(r'''# csv-ish field splitting for the address importer.
# Fields are separated by commas only: spaces inside a field are part of the
# value ("New York" stays one field), surrounding blanks are trimmed and
# empty fields are dropped.

def split_on_commas(line):
    fields = []
    for raw in line.split(","):
        field = raw.strip()
        if field:
            fields.append(field)
    return fields
''')

OTHER_PY16.append(r'''def has_zero_window(nums):
    """Is there a run of three neighbouring entries whose sum is 0?

    Only contiguous windows nums[i], nums[i+1], nums[i+2] are considered;
    three zero-summing values that are spread out do not count.

        has_zero_window([4, -1, -3, 8])   -> True   (4 - 1 - 3)
        has_zero_window([2, 5, 1, -7])    -> False  (2 + 5 - 7 are not adjacent)
        has_zero_window([0, 0])           -> False  (too short)
    """
    window = sum(nums[:3])
    if len(nums) >= 3 and window == 0:
        return True
    for i in range(3, len(nums)):
        window += nums[i] - nums[i - 3]
        if window == 0:
            return True
    return False


if __name__ == "__main__":
    assert has_zero_window([4, -1, -3, 8])
    assert not has_zero_window([2, 5, 1, -7])
    assert not has_zero_window([0, 0])
''')
