"""Twenty-eighth batch of hand-written documents, Python 3 (2026-12-05).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY28: positives keyed by HumanEval item number, items 1, 13, 14, 29, 37, 40,
    45, 48, 64, 68, 76, 116, 121, 125, 157, 162.
  PY_HELDOUT28: held-out documents, items 23, 31, 63, 91, 99, 107, 131, 135.
  OTHER_PY28: seven Python 3 look-alikes with a different rule:
    0. keep odd positions, put the values at even positions in descending order.
    1. True when some three adjacent (consecutive) elements add up to zero.
    2. True when three side lengths form a valid obtuse triangle.
    3. largest odd value in a list together with the index where it first occurs.
    4. integer floor logarithm: the largest k with base**k <= x (-1 if x < 1).
    5. sort non-negative ints by how many 0 bits their binary form has, ties larger first.
    6. for each top-level bracket group, return what is inside its outer pair.
"""

PY28 = {}
PY_HELDOUT28 = {}
OTHER_PY28 = []

PY28[1] = r'''# Splitting a run of bracket groups into pieces

I had a log format where several balanced bracket clusters were written one
after another, sometimes with stray spaces between or inside them, and I
wanted each cluster back as its own string. The trick is to keep a running
depth counter: every `(` pushes it up, every `)` brings it down, and each time
it lands back on zero a complete cluster has just ended.

```python
def split_balanced_groups(expr):
    """Break a string of back-to-back balanced bracket clusters into a list.

    Anything that is not a bracket (blanks, mostly) is thrown away first,
    so "( ( ) )" and "(())" give the same piece.
    """
    compact = "".join(ch for ch in expr if ch in "()")
    pieces = []
    depth = 0
    begin = 0
    for pos, ch in enumerate(compact):
        depth += 1 if ch == "(" else -1
        if depth == 0:
            pieces.append(compact[begin:pos + 1])
            begin = pos + 1
    return pieces


if __name__ == "__main__":
    print(split_balanced_groups("(()) ( ) ((()))"))   # ['(())', '()', '((()))']
    print(split_balanced_groups("( )(( )( ))"))       # ['()', '(()())']
```

Since the input is promised to be balanced, I never check for the depth going
negative; if you cannot trust your input, add a guard there.
'''

PY28[13] = r'''"""numtools.py - a few integer helpers used by the scheduler."""


def clamp(value, low, high):
    """Pin value into the closed range [low, high]."""
    return max(low, min(high, value))


def highest_shared_factor(m, n):
    """Euclid's algorithm, written recursively.

    Each step replaces the pair (m, n) with (n, m mod n); once the second
    number hits zero, the first one is the answer.
    """
    if n == 0:
        return m
    return highest_shared_factor(n, m % n)


def lowest_common_multiple(m, n):
    if m == 0 or n == 0:
        return 0
    return abs(m * n) // highest_shared_factor(m, n)


def period_of_jobs(intervals):
    """Number of ticks after which every job fires in the same tick again."""
    span = 1
    for step in intervals:
        span = lowest_common_multiple(span, step)
    return span
'''

PY28[14] = r'''Q: Is there a neat way to list every leading piece of a string, shortest first?

For "spam" I would like ["s", "sp", "spa", "spam"]. I have a loop with
slicing but it feels clunky.

A: `itertools.accumulate` already does this for you. With no function argument
it just adds items together, and for one-character strings "adding" means
concatenating, so each step produces the next prefix:

```python
from itertools import accumulate


def leading_pieces(word):
    """Every prefix of word, from one character up to the whole word."""
    return list(accumulate(word))


assert leading_pieces("spam") == ["s", "sp", "spa", "spam"]
assert leading_pieces("xy") == ["x", "xy"]
assert leading_pieces("") == []
```

An empty string gives an empty list, which is usually what you want. If you
prefer the explicit version, `[word[:k] for k in range(1, len(word) + 1)]`
gives the same output.
'''

PY28[29] = r'''Review comments on PR #482 (search box autocomplete)

Original code in `suggest.py`:

```python
def matching_entries(entries, typed):
    out = []
    for entry in entries:
        if entry[:len(typed)] == typed:
            out.append(entry)
    return out
```

reviewer: This works, but slicing and comparing is exactly what
`str.startswith` is for, and it reads better. Also `typed` is a bit vague,
since it is the start of the word the user is typing. Suggest:

```python
def matching_entries(entries, head):
    """Keep only the entries that begin with head, preserving their order."""
    return list(filter(lambda entry: entry.startswith(head), entries))
```

author: Done. Kept the order of the original list, since the ranking already
happened upstream. An empty `head` keeps everything, which matches the old
behaviour.

reviewer: LGTM.
'''

PY28[37] = r'''# Week 4 exercise 2 - model solution
#
# Task: given a list, produce a new list where the entries sitting at even
# positions (0, 2, 4, ...) appear in ascending order, and the entries at odd
# positions are left exactly where they were. The input list must not be
# modified.
#
# Extended slices can be assigned to, as long as the right-hand side has the
# same length, so the whole job is one copy and one slice assignment.


def order_even_slots(seq):
    result = list(seq)
    result[::2] = sorted(seq[::2])
    return result


if __name__ == "__main__":
    print(order_even_slots([9, 1, 4, 7, 2]))      # [2, 1, 4, 7, 9]
    print(order_even_slots([3, 8, -1, 0]))        # [-1, 8, 3, 0]
    print(order_even_slots([42]))                 # [42]
'''

PY28[40] = r'''def has_zero_triplet(values):
    """Report whether three entries at different positions add up to 0.

    Sort a copy first, then for each anchor walk two pointers towards each
    other over the rest of the list. That gives O(n^2) instead of trying
    every triple.
    """
    nums = sorted(values)
    n = len(nums)
    for anchor in range(n - 2):
        left, right = anchor + 1, n - 1
        while left < right:
            total = nums[anchor] + nums[left] + nums[right]
            if total == 0:
                return True
            if total < 0:
                left += 1
            else:
                right -= 1
    return False
'''

PY28[45] = r'''"""shapes.py - tiny area helpers for the floor-plan calculator."""

import math


def rectangle_area(width, depth):
    return width * depth


def circle_area(radius):
    return math.pi * radius ** 2


def area_of_triangle(base, height):
    """Half of base times the perpendicular height dropped onto that base."""
    return base * height / 2.0


if __name__ == "__main__":
    print(area_of_triangle(4, 7))    # 14.0
    print(area_of_triangle(3, 3))    # 4.5
    print(rectangle_area(2, 5))      # 10
'''

PY28[48] = r'''def reads_same_backwards(s):
    # Compare characters pairwise from the two ends and move inwards.
    # The pointers cross (or meet in the middle) once everything matched,
    # so an empty string or a single character counts as symmetric.
    lo, hi = 0, len(s) - 1
    while lo < hi:
        if s[lo] != s[hi]:
            return False
        lo += 1
        hi -= 1
    return True
'''

PY28[64] = r'''# Kata: count the vowels in a word
#
# a, e, i, o and u count wherever they appear, in either case. The letter y
# (or Y) also counts, but only when it is the very last letter of the word.

VOWELS = set("aeiouAEIOU")


def count_word_vowels(word):
    total = 0
    for letter in word:
        if letter in VOWELS:
            total += 1
    if word[-1:] in ("y", "Y"):
        total += 1
    return total


def _run_examples():
    checks = {
        "rhythm": 0,
        "happy": 2,
        "QUEUE": 4,
        "yoyo": 2,
        "SKY": 1,
    }
    for word, expected in checks.items():
        got = count_word_vowels(word)
        print(f"{word!r:10} -> {got} (expected {expected})")


if __name__ == "__main__":
    _run_examples()
'''

PY28[68] = r'''def pick_smallest_even(nodes):
    """Select the node with the smallest even value.

    Returns [value, index]. When several nodes share that smallest even
    value, the one that appears first wins. If there is nothing even in the
    list (or the list is empty), an empty list comes back instead.
    """
    best_value = None
    best_index = -1
    for idx, value in enumerate(nodes):
        if value % 2:
            continue
        if best_value is None or value < best_value:
            best_value, best_index = value, idx
    if best_value is None:
        return []
    return [best_value, best_index]
'''

PY28[76] = r'''Q: Checking whether x is an exact integer power of n, without floats

I tried `math.log(x, n).is_integer()` but it gives wrong answers for some
big values because of rounding. What is a safe way?

A: Stay in integers. Keep dividing x by n while it divides evenly; x is a
power of n exactly when you end up at 1. Note that 1 is always a power
(n to the 0th), and base 1 needs its own branch, because 1 to any power is
just 1 and the loop would never finish.

```python
def is_whole_power_of(x, n):
    if n == 1:
        return x == 1
    if x < 1:
        return False
    while x % n == 0:
        x //= n
    return x == 1


print(is_whole_power_of(81, 3))    # True
print(is_whole_power_of(1, 7))     # True
print(is_whole_power_of(48, 4))    # False
print(is_whole_power_of(5, 1))     # False
```

This stays exact for arbitrarily large integers, and the number of loop
iterations is only the exponent.
'''

PY28[116] = r'''def _ones_in_binary(number):
    # Python's bin() of a negative number is "-0b...", so look at the
    # magnitude: the count is taken over the digits of abs(number).
    return bin(abs(number)).count("1")


def order_by_set_bits(numbers):
    """Sort ascending by how many 1 bits each number has.

    Numbers with the same bit count are ordered by their ordinary value.
    A new list is returned.
    """
    return sorted(numbers, key=lambda v: (_ones_in_binary(v), v))
'''

PY28[121] = r'''Summing the odd numbers that sit at even positions
==================================================

Positions are counted from zero, so "even positions" means index 0, 2, 4...
A stride-2 slice picks those out directly, and then we only keep the odd
values before adding them up:

```python
def odd_values_on_even_slots(nums):
    return sum(v for v in nums[::2] if v % 2 != 0)


print(odd_values_on_even_slots([9, 2, 4, 7, 1]))   # 9 + 1 = 10
print(odd_values_on_even_slots([2, 5, 6, 7]))      # 0, the even slots hold 2 and 6
print(odd_values_on_even_slots([11, 11, 11]))      # 22
```

Negative odd numbers work too, because `-3 % 2` is 1 in Python.
'''

PY28[125] = r'''import re


def break_apart(text):
    """Split a piece of text in one of three ways, depending on what it holds.

    * If it contains a space, split on whitespace.
    * Otherwise, if it contains a comma, split on the commas.
    * Otherwise return a number instead: how many lowercase letters in it
      sit at an odd place in the alphabet when a is counted as place 0
      (so b, d, f, ... count).
    """
    if " " in text:
        return text.split()
    if "," in text:
        return [part for part in re.split(r"[\s,]+", text) if part]
    tally = 0
    for ch in text:
        if ch.islower() and (ord(ch) - ord("a")) % 2 == 1:
            tally += 1
    return tally
'''

PY28[157] = r'''# Pythagoras check for three side lengths, in whatever order they come.
#
# Squaring first and then sorting puts the largest square last; the sides
# form a right triangle exactly when the two smaller squares add up to it.


def is_right_triangle(a, b, c):
    p, q, r = sorted(side * side for side in (a, b, c))
    return p + q == r


if __name__ == "__main__":
    assert is_right_triangle(6, 8, 10)
    assert is_right_triangle(13, 5, 12)
    assert not is_right_triangle(4, 4, 4)
    assert not is_right_triangle(2, 3, 4)
    print("all good")
'''

PY28[162] = r'''#!/usr/bin/env python3
"""Print the MD5 digest of each command-line argument.

Usage: md5ify.py WORD [WORD ...]
"""
import hashlib
import sys


def md5_hex_of(text):
    """Hex MD5 of an ASCII string, or None when the string is empty."""
    if not text:
        return None
    digest = hashlib.md5()
    digest.update(text.encode("ascii"))
    return digest.hexdigest()


def main(argv):
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for word in argv:
        print(f"{md5_hex_of(word)}  {word}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
'''


PY_HELDOUT28[23] = r'''# Intro to Python, lab 1: re-implementing len() for strings
#
# We are not allowed to call len() here; the point is to see that a string is
# iterable and that counting is just walking it once.


def count_characters(text):
    count = 0
    for _ in text:
        count += 1
    return count


print(count_characters(""))          # 0
print(count_characters("hello"))     # 5
print(count_characters("a b c"))     # 5, spaces are characters too
'''

PY_HELDOUT28[31] = r'''def prime_check(num):
    """True for primes, False for everything else (including 0, 1 and negatives).

    After handling 2 and 3, every remaining prime is of the form 6k - 1 or
    6k + 1, so only those candidates up to the square root get tried.
    """
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
'''

PY_HELDOUT28[63] = r'''"""Tribonacci-style sequence starting 0, 0, 1.

Every term after the first three is the sum of the three before it:
0, 0, 1, 1, 2, 4, 7, 13, 24, 44, 81, ...

The naive recursive definition is exponential, so we slide a window of three
values forward instead.
"""


def tri_seq(n):
    a, b, c = 0, 0, 1
    for _ in range(n):
        a, b, c = b, c, a + b + c
    return a


if __name__ == "__main__":
    for k, want in [(0, 0), (2, 1), (6, 7), (10, 81)]:
        assert tri_seq(k) == want, (k, tri_seq(k))
    print([tri_seq(k) for k in range(12)])
'''

PY_HELDOUT28[91] = r'''import re


def count_i_sentences(passage):
    """Count sentences that open with the word "I".

    A sentence ends at '.', '?' or '!'; any whitespace right after the
    terminator is skipped before the next sentence starts. "I" has to be a
    word on its own, followed by a space, so "It" or "Imagine" do not count.
    """
    pieces = re.split(r"[.?!]", passage)
    total = 0
    for pos, piece in enumerate(pieces):
        if pos > 0:
            piece = piece.lstrip()
        if piece.startswith("I "):
            total += 1
    return total
'''

PY_HELDOUT28[99] = r'''Q: round() gives 2 for "2.5" - how do I round halves away from zero?

I parse numbers from strings and need the nearest integer, but when the value
is exactly halfway I need the result farther from zero (2.5 -> 3,
-2.5 -> -3). Python's round() does banker's rounding, so round(2.5) is 2.

A: Use the decimal module. Parsing the string straight into a Decimal also
avoids any binary floating point surprises, and ROUND_HALF_UP in decimal
means "ties go away from zero", which is exactly what you describe:

```python
from decimal import Decimal, ROUND_HALF_UP


def nearest_int(number_text):
    value = Decimal(number_text)
    return int(value.quantize(Decimal("1"), rounding=ROUND_HALF_UP))


print(nearest_int("2.5"))      # 3
print(nearest_int("-2.5"))     # -3
print(nearest_int("7.49"))     # 7
print(nearest_int("-0.6"))     # -1
print(nearest_int("12"))       # 12
```

Trailing zeros such as "3.50" are no problem either, since Decimal compares
by value.
'''

PY_HELDOUT28[107] = r'''def _is_mirror_number(k):
    digits = str(k)
    return digits == digits[::-1]


def palindrome_parity_counts(limit):
    """Count palindromic integers in 1..limit (both ends included).

    Returns a pair (how many of them are even, how many are odd).
    """
    evens = odds = 0
    for k in range(1, limit + 1):
        if not _is_mirror_number(k):
            continue
        if k % 2 == 0:
            evens += 1
        else:
            odds += 1
    return evens, odds
'''

PY_HELDOUT28[131] = r'''def odd_digit_product(number):
    # Peel off digits with divmod. Multiply together the odd ones; if there
    # were none at all, the answer is 0 rather than the empty product 1.
    product = 1
    seen_odd = False
    while number > 0:
        number, d = divmod(number, 10)
        if d % 2 == 1:
            product *= d
            seen_odd = True
    return product if seen_odd else 0
'''

PY_HELDOUT28[135] = r'''def last_drop_position(items):
    """Index of the last element that is smaller than the one right before it.

    Scans from the back so the first hit is the answer; -1 means the list
    never goes down anywhere (it is increasing throughout).

    >>> last_drop_position([2, 6, 1, 8, 5, 9])
    4
    >>> last_drop_position([1, 3, 7])
    -1
    >>> last_drop_position([])
    -1
    """
    for i in range(len(items) - 1, 0, -1):
        if items[i] < items[i - 1]:
            return i
    return -1


if __name__ == "__main__":
    import doctest
    doctest.testmod()
'''


OTHER_PY28.append(r'''def even_slots_high_to_low(seq):
    """Return a copy of seq where the values at even indexes (0, 2, 4, ...)
    are rearranged from largest to smallest; odd indexes keep their values.

    >>> even_slots_high_to_low([1, 9, 5, 2, 3])
    [5, 9, 3, 2, 1]
    >>> even_slots_high_to_low([4, 0])
    [4, 0]
    """
    out = list(seq)
    out[::2] = sorted(seq[::2], reverse=True)
    return out
''')

OTHER_PY28.append(r'''# Sensor drift check: the readings are deltas, and if any three readings in a
# row cancel out exactly, the calibration window closed on itself.


def has_zero_window_of_three(deltas):
    """True if some three neighbouring entries sum to exactly zero."""
    for i in range(len(deltas) - 2):
        if deltas[i] + deltas[i + 1] + deltas[i + 2] == 0:
            return True
    return False
''')

OTHER_PY28.append(r'''def is_obtuse_triangle(a, b, c):
    """True when the sides make a real triangle with one angle above 90 degrees.

    The sides must be positive and satisfy the triangle inequality; the
    triangle is obtuse when the square of the longest side exceeds the sum of
    the squares of the other two.
    """
    x, y, z = sorted((a, b, c))
    if x <= 0 or x + y <= z:
        return False
    return x * x + y * y < z * z


if __name__ == "__main__":
    print(is_obtuse_triangle(2, 3, 4))    # True
    print(is_obtuse_triangle(3, 4, 5))    # False, right angle
    print(is_obtuse_triangle(1, 2, 3))    # False, degenerate
''')

OTHER_PY28.append(r'''def biggest_odd_with_index(values):
    """Find the largest odd number in values and where it first shows up.

    Gives back (value, index), or None if the list has no odd numbers.
    """
    winner = None
    for i, v in enumerate(values):
        if v % 2 == 1 and (winner is None or v > winner[0]):
            winner = (v, i)
    return winner
''')

OTHER_PY28.append(r'''Integer logarithm without floating point
----------------------------------------

`math.log` can be off by one near exact powers, so for sizing buckets I use a
loop that just multiplies: the result is the largest exponent k such that
base ** k is still no bigger than x.

```python
def int_log(x, base):
    if base < 2:
        raise ValueError("base must be at least 2")
    if x < 1:
        return -1
    k, power = 0, 1
    while power * base <= x:
        power *= base
        k += 1
    return k


print(int_log(1000, 10))   # 3
print(int_log(999, 10))    # 2
print(int_log(1, 2))       # 0
print(int_log(70, 4))      # 3
```
''')

OTHER_PY28.append(r'''def _zero_bits(n):
    # bin(5) is "0b101"; drop the prefix and count zero digits.
    # Zero itself is written as "0", which has one zero bit.
    return bin(n)[2:].count("0")


def order_by_zero_bits(numbers):
    """Sort non-negative integers by how many 0 digits their binary form has,
    fewest first; among equal counts the larger number comes first."""
    return sorted(numbers, key=lambda n: (_zero_bits(n), -n))
''')

OTHER_PY28.append(r'''def group_bodies(expr):
    """For each top-level bracket group in expr, return what sits inside its
    outermost pair. Spaces are ignored.

    >>> group_bodies("(()()) () ((()))")
    ['()()', '', '(())']
    """
    bodies = []
    depth = 0
    current = []
    for ch in expr:
        if ch == "(":
            if depth > 0:
                current.append(ch)
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                bodies.append("".join(current))
                current = []
            else:
                current.append(ch)
    return bodies
''')
