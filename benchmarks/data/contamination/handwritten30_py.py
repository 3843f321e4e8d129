"""Thirtieth batch of hand-written documents, Python 3 (2026-12-05).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY30: positives keyed by HumanEval item number, items 0, 4, 10, 30, 38, 40,
    52, 57, 66, 77, 84, 124, 132, 140, 150, 154.
  PY_HELDOUT30: held-out documents, items 23, 43, 47, 55, 75, 83, 123, 127.
  OTHER_PY30: seven Python 3 look-alikes with a different rule:
    0. consecutive readings (in the given order, no sorting) must all be at
       least min_gap apart (near HumanEval/0).
    1. median absolute deviation around the median (near HumanEval/4).
    2. shortest palindrome that ends with the string, built by adding
       characters in front (near HumanEval/10).
    3. digital root: sum the decimal digits repeatedly until one digit is
       left, returned as an int (near HumanEval/84).
    4. is one string a full rotation of another of the same length
       (near HumanEval/154).
    5. sum of the alphabet positions (a=1 .. z=26) of the lowercase letters
       (near HumanEval/66).
    6. day-of-year number for a "yyyy-mm-dd" string with Gregorian leap
       years, -1 when invalid (near HumanEval/124).
"""

PY30 = {}
PY_HELDOUT30 = {}
OTHER_PY30 = []

PY30[0] = r'''# Quick check for near-duplicate sensor readings
#
# I had a list of float readings and wanted to know whether any two of them sit
# closer together than some tolerance.  The obvious double loop is O(n^2); if you
# sort first, the closest pair is always a pair of neighbours in the sorted
# order, so one pass over adjacent values is enough.

from typing import Sequence


def any_pair_within(values: Sequence[float], tolerance: float) -> bool:
    """Return True when two entries of `values` (at different positions)
    differ by strictly less than `tolerance`."""
    ordered = sorted(values)
    for left, right in zip(ordered, ordered[1:]):
        if right - left < tolerance:
            return True
    return False


if __name__ == "__main__":
    assert any_pair_within([0.5, 7.25, 3.0, 7.0], 0.3) is True
    assert any_pair_within([0.5, 7.25, 3.0, 7.0], 0.2) is False
    assert any_pair_within([10.0], 1.0) is False
    print("ok")
'''

PY30[4] = r'''"""stats_utils.py -- small descriptive statistics helpers for the weekly report script."""

import math


def arithmetic_mean(xs):
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)


def mean_abs_spread(xs):
    """Average distance of the samples from their own mean.

    This is the L1 cousin of the standard deviation: measure how far every
    sample lies from the mean, drop the sign, and average those distances.
    Less sensitive to a single wild value than the squared version below.
    """
    centre = arithmetic_mean(xs)
    return arithmetic_mean([abs(x - centre) for x in xs])


def population_stddev(xs):
    centre = arithmetic_mean(xs)
    return math.sqrt(arithmetic_mean([(x - centre) ** 2 for x in xs]))


def value_range(xs):
    return max(xs) - min(xs)
'''

PY30[10] = r'''Q: Shortest palindrome that starts with a given string?

Given a string `s`, I want the shortest palindrome that has `s` as its prefix
(so I may only add characters at the end). Is there something smarter than
trying every possible string to append?

A: You do not need to guess what to append. Find the longest tail of `s` that is
already a palindrome; everything in front of that tail has to be mirrored and
glued onto the end. If you move the start of the tail from left to right, the
first palindromic tail you meet is the longest one:

    def reads_same_backwards(text):
        return text == text[::-1]

    def extend_to_palindrome(s):
        for cut in range(len(s)):
            if reads_same_backwards(s[cut:]):
                return s + s[:cut][::-1]
        return s  # only reached for the empty string

    print(extend_to_palindrome("abc"))    # abcba
    print(extend_to_palindrome("race"))   # racecar
    print(extend_to_palindrome("noon"))   # noon
    print(extend_to_palindrome("abac"))   # abacaba

This is quadratic in the worst case. For long inputs, compute the KMP failure
function of `s[::-1] + "#" + s`: its last value is the length of the longest
palindromic tail, which gives the same answer in linear time.
'''

PY30[30] = r'''def keep_strictly_positive(items):
    """Filter a list of numbers down to the ones greater than zero.

    Zero is not positive, so it is dropped together with the negatives.
    The surviving values keep their original order.
    """
    return list(filter(lambda v: v > 0, items))


def main():
    sample = [0, -3, 8, 2, -1, 0, 11]
    print(keep_strictly_positive(sample))     # [8, 2, 11]
    print(keep_strictly_positive([-7, -2]))   # []


if __name__ == "__main__":
    main()
'''

PY30[38] = r'''Code review: triplet rotation "cipher"

For a puzzle game I scramble text like this: cut it into blocks of three
characters and rotate every full block one step to the left (the first
character moves to the back). A short block at the end (one or two characters)
is left untouched. I also need the function that undoes it. Is this reasonable?

    def chunks_of_three(text):
        return [text[i:i + 3] for i in range(0, len(text), 3)]

    def scramble(text):
        out = []
        for block in chunks_of_three(text):
            out.append(block[1:] + block[0] if len(block) == 3 else block)
        return "".join(out)

    def unscramble(text):
        out = []
        for block in chunks_of_three(text):
            out.append(block[-1] + block[:-1] if len(block) == 3 else block)
        return "".join(out)

Reviewer: Looks right. The rotation never changes a block's length, so the
scrambled text is cut at the same offsets, and rotating each full block back to
the right restores the original. You could also define `unscramble` as calling
`scramble` twice (two left turns of a three-character block equal one right
turn), but the explicit version is easier to read. One nit: add a round-trip
test on random strings whose length is not a multiple of three.
'''

PY30[40] = r'''def has_zero_triplet(nums):
    """Can we pick three different positions whose values add up to exactly 0?

    Sort a copy, fix the smallest member of the triple, then move two pointers
    towards each other over the rest.  O(n^2) instead of the naive O(n^3).
    """
    arr = sorted(nums)
    n = len(arr)
    for first in range(n - 2):
        lo, hi = first + 1, n - 1
        while lo < hi:
            total = arr[first] + arr[lo] + arr[hi]
            if total == 0:
                return True
            if total < 0:
                lo += 1
            else:
                hi -= 1
    return False


# examples
assert has_zero_triplet([4, -1, -3, 10]) is True     # 4 + (-1) + (-3)
assert has_zero_triplet([0, 0, 5]) is False
assert has_zero_triplet([0, 0, 0]) is True
assert has_zero_triplet([2, -2]) is False            # only two values
'''

PY30[52] = r'''# monitoring/guards.py
#
# Before a batch of queue depths goes out to the dashboard we make sure none of
# them has reached the configured ceiling.  Hitting the ceiling exactly already
# counts as a breach, hence the >= below.


def all_under(depths, ceiling):
    """True if every value in depths is smaller than ceiling (vacuously True for no values)."""
    for depth in depths:
        if depth >= ceiling:
            return False
    return True


def breach_report(depths, ceiling):
    if all_under(depths, ceiling):
        return "ok"
    worst = max(depths)
    return "ceiling {} reached (max depth {})".format(ceiling, worst)
'''

PY30[57] = r'''def is_sorted_either_way(seq):
    """Return True if the sequence never goes down, or if it never goes up.

    Repeated neighbours are fine in both directions, so a constant list is
    monotone, and so is anything with fewer than two elements.
    """
    pairs = list(zip(seq, seq[1:]))
    never_down = all(a <= b for a, b in pairs)
    never_up = all(a >= b for a, b in pairs)
    return never_down or never_up


if __name__ == "__main__":
    for case in ([3, 3, 5, 9], [12, 7, 7, 1], [2, 6, 4], [8]):
        print(case, is_sorted_either_way(case))
    # [3, 3, 5, 9] True
    # [12, 7, 7, 1] True
    # [2, 6, 4] False
    # [8] True
'''

PY30[66] = r'''Worksheet 3, problem 2: "capital checksum"

Go through a string and add up the character codes (ord values) of the
uppercase letters only. Lowercase letters, digits, spaces and punctuation
contribute nothing, and an empty string therefore gives 0.

A straightforward solution:

def capital_code_total(text):
    total = 0
    for ch in text:
        if ch.isupper():
            total += ord(ch)
    return total

or as a one-liner with a generator expression:

def capital_code_total_short(text):
    return sum(ord(ch) for ch in text if ch.isupper())
'''

PY30[77] = r'''def is_perfect_cube(value: int) -> bool:
    """Is `value` equal to k**3 for some integer k (k may be negative or zero)?

    Exact integer arithmetic only: float cube roots like value ** (1/3) go
    wrong for large inputs and return complex numbers for negative ones, so
    binary-search the cube root of |value| instead.
    """
    target = abs(value)
    lo, hi = 0, 1
    while hi ** 3 < target:
        hi *= 2
    while lo <= hi:
        mid = (lo + hi) // 2
        cube = mid ** 3
        if cube == target:
            return True
        if cube < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return False


if __name__ == "__main__":
    assert is_perfect_cube(-27)
    assert not is_perfect_cube(26)
    assert is_perfect_cube(343)
    assert is_perfect_cube(0)
    assert not is_perfect_cube(100)
'''

PY30[84] = r'''def digit_sum_in_binary(number: int) -> str:
    """Add the decimal digits of a non-negative integer and return that total
    written in base 2, as a string without the '0b' prefix."""
    total = 0
    while number:
        number, digit = divmod(number, 10)
        total += digit
    return format(total, "b")
'''

PY30[124] = r'''import re

# Accepts dates written as mm-dd-yyyy, e.g. "07-19-1987".
# February is allowed up to the 29th regardless of the year; months 4, 6, 9
# and 11 have 30 days, the other months 31.  Anything that does not match the
# pattern (empty string, slashes, year first, missing parts) is rejected.

_MAX_DAY = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30,
            7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
_SHAPE = re.compile(r"(\d{2})-(\d{2})-(\d{4})")


def is_valid_us_date(stamp: str) -> bool:
    match = _SHAPE.fullmatch(stamp.strip())
    if match is None:
        return False
    month, day, _year = (int(part) for part in match.groups())
    if month not in _MAX_DAY:
        return False
    return 1 <= day <= _MAX_DAY[month]


def test_is_valid_us_date():
    assert is_valid_us_date("12-25-1999")
    assert is_valid_us_date("02-29-2023")
    assert not is_valid_us_date("02-30-2024")
    assert not is_valid_us_date("11-31-2010")
    assert not is_valid_us_date("00-10-2010")
    assert not is_valid_us_date("2021/07/04")
    assert not is_valid_us_date("")
'''

PY30[132] = r'''def contains_nested_pair(brackets: str) -> bool:
    """The input consists only of '[' and ']'.

    Decide whether we can pick some of its characters, keeping their order but
    not necessarily adjacent, so that they form "[[]]" -- that is, a bracket pair
    sitting inside another bracket pair.  A greedy left-to-right match against
    the four-character target is enough to find such a subsequence.
    """
    target = "[[]]"
    matched = 0
    for ch in brackets:
        if ch == target[matched]:
            matched += 1
            if matched == len(target):
                return True
    return False
'''

PY30[140] = r'''import re


def underscore_spaces(text: str) -> str:
    """Turn spaces into underscores, one for one -- except that a run of three
    or more spaces in a row collapses into a single '-' instead."""

    def replace_run(match):
        run = match.group(0)
        return "-" if len(run) >= 3 else "_" * len(run)

    return re.sub(r" +", replace_run, text)


# underscore_spaces("a b  c   d")  -> "a_b__c-d"
# underscore_spaces("  lead")      -> "__lead"
# underscore_spaces("tail    ")    -> "tail-"
# underscore_spaces("nospace")     -> "nospace"
'''

PY30[150] = r'''Kata notes: pick one of two values depending on whether n is prime.

The function gets an integer n and two candidate values. If n is a prime
number the first candidate is returned, otherwise the second one. Numbers
below 2 (including 1) are not prime. Trial division only has to go up to the
square root of n.

def choose_by_primality(n, when_prime, when_not):
    if n < 2:
        return when_not
    divisor = 2
    while divisor * divisor <= n:
        if n % divisor == 0:
            return when_not
        divisor += 1
    return when_prime
'''

PY30[154] = r'''def rotation_occurs_in(haystack: str, word: str) -> bool:
    """Does some cyclic shift of `word` appear as a contiguous piece of `haystack`?

    Every rotation of `word` is a window of length len(word) inside word + word,
    so we just try each of those windows.  The empty word trivially occurs.
    """
    if not word:
        return True
    n = len(word)
    doubled = word + word
    return any(doubled[k:k + n] in haystack for k in range(n))


if __name__ == "__main__":
    print(rotation_occurs_in("pineapple", "lepp"))   # True  ("pple" is a rotation)
    print(rotation_occurs_in("keyboard", "drab"))    # False
    print(rotation_occurs_in("banana", "anab"))      # True  ("bana" is a rotation)
'''

PY_HELDOUT30[23] = r'''# week2/exercises.py -- loops over strings
#
# Exercise 4: write your own version of len() for strings.  Walk over the
# string once and count how many characters you see.  The empty string has
# none, so the answer for it is zero.

def my_length(word: str) -> int:
    count = 0
    for _character in word:
        count += 1
    return count


# Exercise 5 (bonus): count the vowels, ignoring case.
def vowel_count(word: str) -> int:
    return sum(1 for c in word.lower() if c in "aeiou")
'''

PY_HELDOUT30[43] = r'''def has_opposite_pair(numbers):
    """Return True if two entries at different positions cancel out (x + y == 0).

    One pass with a set of values seen so far: for each new value we only need
    to know whether its negation appeared earlier.  A single 0 is not a pair,
    but two zeros are.
    """
    seen = set()
    for x in numbers:
        if -x in seen:
            return True
        seen.add(x)
    return False


if __name__ == "__main__":
    print(has_opposite_pair([7, -2, 9, 2]))   # True
    print(has_opposite_pair([0, 4, 5]))       # False
    print(has_opposite_pair([0, 3, 0]))       # True
    print(has_opposite_pair([]))              # False
'''

PY_HELDOUT30[47] = r'''I did not want to pull numpy into a tiny command-line tool just for one
statistic, so here is the median by hand. Sort a copy; with an odd number of
values the answer is the one in the middle, with an even number it is the mean
of the two middle values (returned as a float in that case).

def middle_value(samples):
    data = sorted(samples)
    half, odd = divmod(len(data), 2)
    if odd:
        return data[half]
    return (data[half - 1] + data[half]) / 2.0
'''

PY_HELDOUT30[55] = r'''def nth_fibonacci(n: int) -> int:
    """Fibonacci numbers with F(0) = 0 and F(1) = 1, each later term being the
    sum of the two before it.  Iterative, so no recursion depth issues and
    linear time."""
    previous, current = 0, 1
    for _ in range(n):
        previous, current = current, previous + current
    return previous


# F(6) = 8, F(9) = 34, F(15) = 610
assert [nth_fibonacci(k) for k in (0, 6, 9, 15)] == [0, 8, 34, 610]
'''

PY_HELDOUT30[75] = r'''def is_product_of_three_primes(value: int) -> bool:
    """True when value == p * q * r for primes p, q, r (repeats allowed).

    Trial division counts the prime factors with multiplicity; the answer is
    yes exactly when there are three of them.  Inputs are small (under a few
    hundred), so this is instant.
    """
    if value < 2:
        return False
    count = 0
    rest = value
    p = 2
    while p * p <= rest:
        while rest % p == 0:
            rest //= p
            count += 1
            if count > 3:
                return False
        p += 1
    if rest > 1:
        count += 1
    return count == 3


# 42 = 2 * 3 * 7   -> True
# 27 = 3 * 3 * 3   -> True
# 12 = 2 * 2 * 3   -> True
# 16 = 2 * 2 * 2 * 2 -> False (four factors)
# 35 = 5 * 7       -> False (two factors)
'''

PY_HELDOUT30[83] = r'''def count_one_bounded(n: int) -> int:
    """How many positive integers with exactly n digits begin with 1 or end with 1?

    Inclusion-exclusion: numbers starting with 1, plus numbers ending with 1,
    minus those doing both (they were counted twice).
    """
    if n == 1:
        return 1                        # only the number 1 itself
    lead_one = 10 ** (n - 1)            # 1 followed by any n-1 digits
    trail_one = 9 * 10 ** (n - 2)       # first digit 1-9, free middle, last digit 1
    both = 10 ** (n - 2)                # 1, free middle, 1
    return lead_one + trail_one - both
'''

PY_HELDOUT30[123] = r'''def odd_collatz_terms(start: int) -> list:
    """Follow the 3n+1 rule from `start` until it reaches 1 (halve even
    values, send odd v to 3v + 1) and collect the odd values met on the way,
    including `start` itself when it is odd and the final 1.  The result is
    returned in ascending order."""
    odds = []
    n = start
    while True:
        if n % 2 == 1:
            odds.append(n)
        if n == 1:
            break
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    return sorted(odds)


if __name__ == "__main__":
    print(odd_collatz_terms(6))   # 6 3 10 5 16 8 4 2 1 -> [1, 3, 5]
    print(odd_collatz_terms(9))   # [1, 5, 7, 9, 11, 13, 17]
    print(odd_collatz_terms(1))   # [1]
'''

PY_HELDOUT30[127] = r'''def _is_prime(k):
    if k < 2:
        return False
    f = 2
    while f * f <= k:
        if k % f == 0:
            return False
        f += 1
    return True


def overlap_length_is_prime(first, second):
    """Both arguments are closed integer intervals (lo, hi) with lo <= hi.

    Their common part runs from the larger of the two starts to the smaller of
    the two ends; its length is end minus start.  Return "YES" when that length
    is a prime number and "NO" otherwise, which also covers intervals that do
    not overlap at all (or only touch in a single point).
    """
    lo = max(first[0], second[0])
    hi = min(first[1], second[1])
    return "YES" if _is_prime(hi - lo) else "NO"
'''

OTHER_PY30.append(r'''def neighbours_well_spaced(track, min_gap):
    """Validate a waypoint list before it is sent to the plotter: every two
    consecutive entries, in the order given (no sorting), must be at least
    `min_gap` apart.  Entries that are not next to each other may be as close
    as they like."""
    return all(abs(b - a) >= min_gap for a, b in zip(track, track[1:]))


if __name__ == "__main__":
    print(neighbours_well_spaced([1.0, 3.0, 1.5], 1.0))   # True
    print(neighbours_well_spaced([1.0, 1.4, 5.0], 1.0))   # False
    print(neighbours_well_spaced([2.0], 10.0))            # True
''')

OTHER_PY30.append(r'''"""Robust spread estimate for the latency dashboard.

The median absolute deviation (MAD) is the median of the distances of all
samples from the sample median.  Unlike the standard deviation (or the mean
absolute deviation around the mean) one huge outlier barely moves it.
"""


def _median(values):
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def median_abs_deviation(samples):
    centre = _median(samples)
    return _median([abs(x - centre) for x in samples])


# median_abs_deviation([1, 2, 3, 4, 100]) == 1   (median 3, deviations 2 1 0 1 97)
# median_abs_deviation([5, 5, 5, 9]) == 0.0
''')

OTHER_PY30.append(r'''def pad_front_to_palindrome(s: str) -> str:
    """Shortest palindrome that ENDS with s, obtained by writing characters in
    front of it.  Find the longest prefix of s that is already a palindrome;
    the remaining tail, reversed, is what has to be put in front."""
    for end in range(len(s), 0, -1):
        head = s[:end]
        if head == head[::-1]:
            return s[end:][::-1] + s
    return s
''')

OTHER_PY30.append(r'''Digital root

Keep adding the decimal digits of a non-negative number until only a single
digit remains, and return that digit as an int. For example 9875 -> 29 -> 11
-> 2, and 0 stays 0. (For n > 0 this equals 1 + (n - 1) % 9, but the loop is
what the exercise asks for.)

def digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n

assert digital_root(9875) == 2
assert digital_root(38) == 2
assert digital_root(7) == 7
''')

OTHER_PY30.append(r'''def is_rotation_of(original: str, candidate: str) -> bool:
    """True if `candidate` is `original` with some number of characters moved
    from the front to the back.  Both strings have to be the same length, so
    a mere substring of a rotation does not count.  Classic trick: every
    rotation of a string shows up inside that string written twice."""
    if len(original) != len(candidate):
        return False
    return candidate in original + original
''')

OTHER_PY30.append(r'''# Word score used by the spelling game: every lowercase letter is worth its
# position in the alphabet (a = 1, b = 2, ..., z = 26).  Capitals, digits,
# spaces and punctuation are worth nothing.

import string

_VALUE = {letter: index for index, letter in enumerate(string.ascii_lowercase, start=1)}


def lowercase_letter_score(word):
    return sum(_VALUE.get(ch, 0) for ch in word)
''')

OTHER_PY30.append(r'''def day_of_year(stamp: str) -> int:
    """Convert an ISO-style "yyyy-mm-dd" date into its ordinal day within the
    year (1 January is day 1).  Gregorian leap years are honoured: divisible by
    4, except centuries that are not divisible by 400.  Returns -1 for anything
    malformed or for a day that does not exist in that month."""
    parts = stamp.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return -1
    year, month, day = (int(p) for p in parts)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    lengths = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if not 1 <= month <= 12 or not 1 <= day <= lengths[month - 1]:
        return -1
    return sum(lengths[:month - 1]) + day


# day_of_year("2024-03-01") -> 61
# day_of_year("2023-03-01") -> 60
# day_of_year("1900-02-29") -> -1
# day_of_year("2000-12-31") -> 366
''')
