"""Fifteenth batch of hand-written documents, Python 3 (2026-11-25).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY15: positives for HumanEval items 21, 30, 32, 44, 46, 58, 60, 65, 70,
        78, 80, 89, 94, 124, 132, 149 (one document each).
  PY_HELDOUT15: held-out documents for items 7, 23, 47, 59, 79, 103, 123, 147,
        written as faithfully as the positives (negatives for the index).
  OTHER_PY15: 8 Python look-alikes with a different rule:
    0. rescale a list linearly onto [-1, 1] instead of [0, 1]
    1. keep the non-positive numbers (zero and negatives)
    2. iterative sequence with seeds 1, 0, 1 and s(n) = s(n-1) + s(n-3)
    3. sum of squares 1**2 + ... + n**2 via closed form
    4. Caesar shift by 3 preserving upper/lower case
    5. count hex digits whose value is even
    6. string has length >= 2 and no two adjacent equal characters
    7. order a list largest, smallest, next largest, next smallest, ...
"""

PY15 = {}
PY_HELDOUT15 = {}
OTHER_PY15 = []

PY15[21] = r'''"""scaling.py - small helpers for feature normalisation without numpy."""

from typing import Iterable, List


def scale_to_unit_interval(values: Iterable[float]) -> List[float]:
    """Map a sequence linearly onto [0, 1].

    The smallest entry becomes 0.0, the largest becomes 1.0 and everything
    else lands proportionally in between.  At least two distinct values are
    expected, otherwise the span would be zero.

    >>> scale_to_unit_interval([2.0, 4.0, 6.0])
    [0.0, 0.5, 1.0]
    >>> scale_to_unit_interval([10.0, 0.0, 5.0])
    [1.0, 0.0, 0.5]
    """
    data = list(values)
    lo, hi = min(data), max(data)
    span = hi - lo
    return [(v - lo) / span for v in data]


if __name__ == "__main__":
    import doctest
    doctest.testmod()
'''

PY15[30] = r'''**Q: How do I drop every zero and negative value from a Python list?**

I have something like `[3, -7, 0, 12, -1]` and only want the numbers that are strictly above zero, keeping the original order.

**A:** A list comprehension is the idiomatic way:

```python
def only_positive(items):
    return [item for item in items if item > 0]
```

`only_positive([3, -7, 0, 12, -1])` gives `[3, 12]`. Note that `0` is excluded because the test is `> 0`, not `>= 0`.

If you prefer the functional style, `list(filter(lambda n: n > 0, items))` does the same thing, but most people find the comprehension easier to read.
'''

PY15[32] = r'''# %% [markdown]
# ## Finding a real root of an odd-degree polynomial
# Coefficients are stored lowest power first: c[0] + c[1]*x + c[2]*x**2 + ...
# With an even number of coefficients the degree is odd, so the polynomial
# changes sign somewhere and bisection is guaranteed to find a root.

# %%
def evaluate(coeffs, x):
    # Horner's rule, walking from the highest power down
    acc = 0.0
    for c in reversed(coeffs):
        acc = acc * x + c
    return acc


def bisect_root(coeffs, tol=1e-12):
    left, right = -1.0, 1.0
    # widen the bracket until the endpoints have opposite signs
    while evaluate(coeffs, left) * evaluate(coeffs, right) > 0:
        left *= 2.0
        right *= 2.0
    f_left = evaluate(coeffs, left)
    while right - left > tol:
        mid = 0.5 * (left + right)
        f_mid = evaluate(coeffs, mid)
        if f_mid == 0:
            return mid
        if (f_mid > 0) == (f_left > 0):
            left, f_left = mid, f_mid
        else:
            right = mid
    return left
'''

PY15[44] = r'''def to_radix(number, radix):
    # Build the digits of `number` written in `radix` (2..9), most significant first.
    digits = []
    while number > 0:
        number, remainder = divmod(number, radix)
        digits.append(str(remainder))
    return "".join(reversed(digits))


if __name__ == "__main__":
    for n, b in [(10, 2), (26, 5), (64, 8)]:
        print(n, "in base", b, "->", to_radix(n, b))
    # 10 in base 2 -> 1010
    # 26 in base 5 -> 101
    # 64 in base 8 -> 100
'''

PY15[46] = r'''class QuadNacci:
    """Iterative generator for a four-term recurrence.

    Seeds: t0 = 0, t1 = 0, t2 = 2, t3 = 0.
    Every later term is the sum of the four terms before it.
    No recursion is used, so large indices are cheap.
    """

    SEEDS = (0, 0, 2, 0)

    def term(self, index):
        if index < 4:
            return self.SEEDS[index]
        a, b, c, d = self.SEEDS
        for _ in range(index - 3):
            a, b, c, d = b, c, d, a + b + c + d
        return d
'''

PY15[58] = r'''def shared_sorted(first, second):
    """Values present in both lists, each listed once, in ascending order.

    shared_sorted([9, 2, 2, 7], [7, 7, 1, 9]) -> [7, 9]
    shared_sorted([4, 6], [5])                -> []
    """
    return sorted(set(first).intersection(second))


assert shared_sorted([9, 2, 2, 7], [7, 7, 1, 9]) == [7, 9]
assert shared_sorted([4, 6], [5]) == []
'''

PY15[60] = r'''#!/usr/bin/env python3
"""Print the total 1 + 2 + ... + n for the number given on the command line."""
import sys


def triangular(n: int) -> int:
    # Gauss's closed form
    return n * (n + 1) // 2


def main(argv):
    if len(argv) != 2:
        print("usage: triangular.py N", file=sys.stderr)
        return 1
    print(triangular(int(argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
'''

PY15[65] = r'''def rotate_digits(value, k):
    """Rotate the decimal digits of `value` to the right by `k` places.

    The result is returned as a string.  When k exceeds the number of
    digits we simply hand back the digits in reverse order instead.

    Examples
    --------
    >>> rotate_digits(1234, 1)
    '4123'
    >>> rotate_digits(1234, 3)
    '2341'
    >>> rotate_digits(56, 5)
    '65'
    """
    text = str(value)
    size = len(text)
    if k > size:
        return text[::-1]
    k %= size if size else 1
    if k == 0:
        return text
    return text[-k:] + text[:-k]
'''

PY15[70] = r'''from collections import deque


def zigzag_order(numbers):
    # smallest, largest, next smallest, next largest, ...
    pool = deque(sorted(numbers))
    out = []
    take_low = True
    while pool:
        out.append(pool.popleft() if take_low else pool.pop())
        take_low = not take_low
    return out
'''

PY15[78] = r'''PRIME_HEX_DIGITS = frozenset("2357BD")  # 2, 3, 5, 7, 11, 13


def count_prime_nibbles(hex_string):
    """
    Count how many characters of an (uppercase) hexadecimal string stand for
    a prime value.  An empty string yields 0.

        count_prime_nibbles("FACE")  == 0
        count_prime_nibbles("2B7")   == 3
        count_prime_nibbles("D00D")  == 2
    """
    return sum(1 for ch in hex_string if ch in PRIME_HEX_DIGITS)
'''

PY15[80] = r'''# Exercise 4.3 - "distinct triples"
# A word passes if it has length >= 3 and no window of three neighbouring
# characters contains a repeated character.

def passes_triple_check(word):
    if len(word) < 3:
        return False
    for start in range(len(word) - 2):
        window = word[start:start + 3]
        if len(set(window)) < 3:
            return False
    return True
'''

PY15[89] = r'''import string

_LOWER = string.ascii_lowercase
_SHIFTED = _LOWER[4:] + _LOWER[:4]
_TABLE = str.maketrans(_LOWER, _SHIFTED)


def rotate_four(message: str) -> str:
    """Caesar-style scramble: every lowercase letter moves four places along
    the alphabet, wrapping from z back to a.  Other characters are untouched.

    >>> rotate_four("cat")
    'gex'
    >>> rotate_four("xyz")
    'bcd'
    """
    return message.translate(_TABLE)
'''

PY15[94] = r'''def _is_prime(k):
    if k < 2:
        return False
    if k % 2 == 0:
        return k == 2
    f = 3
    while f * f <= k:
        if k % f == 0:
            return False
        f += 2
    return True


def digit_sum_of_biggest_prime(seq):
    biggest = max((x for x in seq if _is_prime(x)), default=0)
    return sum(map(int, str(biggest)))
'''

PY15[124] = r'''import re

_PATTERN = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
_MONTH_LENGTH = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30,
                 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def is_valid_mdy(text):
    """Check a date written as mm-dd-yyyy.

    The month has to be 1..12 and the day has to fit in that month
    (February is allowed up to 29 regardless of the year).  Anything not
    matching the dash-separated layout, including an empty string, fails.
    """
    m = _PATTERN.match(text.strip())
    if not m:
        return False
    month, day = int(m.group(1)), int(m.group(2))
    if month not in _MONTH_LENGTH:
        return False
    return 1 <= day <= _MONTH_LENGTH[month]


if __name__ == "__main__":
    samples = ["12-25-1999", "02-30-2004", "13-01-2001", "07/04/1776", "09-31-2010"]
    for s in samples:
        print(f"{s!r:>14} -> {is_valid_mdy(s)}")
    # '12-25-1999' -> True, '02-30-2004' -> False, '13-01-2001' -> False,
    # '07/04/1776' -> False, '09-31-2010' -> False
'''

PY15[132] = r'''def has_nested_pair(brackets: str) -> bool:
    # The string holds only '[' and ']'.  Some bracket is nested inside another
    # exactly when "[[]]" can be picked out as a subsequence, so we just scan
    # for those four characters in order.
    target = "[[]]"
    pos = 0
    for ch in brackets:
        if ch == target[pos]:
            pos += 1
            if pos == len(target):
                return True
    return False
'''

PY15[149] = r'''def even_length_words_sorted(words):
    kept = [w for w in words if len(w) % 2 == 0]
    kept.sort(key=lambda w: (len(w), w))   # shorter first, ties alphabetical
    return kept


if __name__ == "__main__":
    print(even_length_words_sorted(["tree", "ox", "cat", "be", "moon"]))
    # ['be', 'ox', 'moon', 'tree']
'''

# ---------------- held-out ----------------

PY_HELDOUT15[7] = r'''def lines_containing(items, needle):
    """Keep only the strings in which `needle` appears (order preserved)."""
    result = []
    for item in items:
        if needle in item:
            result.append(item)
    return result


if __name__ == "__main__":
    print(lines_containing(["apple", "grape", "kiwi"], "ap"))  # ['apple', 'grape']
'''

PY_HELDOUT15[23] = r'''def count_chars(text: str) -> int:
    # Walk the string manually instead of calling len(), just as an exercise.
    total = 0
    for _ in text:
        total += 1
    return total
'''

PY_HELDOUT15[47] = r'''import statistics  # noqa: F401  (kept for comparison in the REPL)


def middle_value(data):
    """Median of a non-empty list.

    Odd length -> the middle element after sorting.
    Even length -> mean of the two middle elements (a float).

    >>> middle_value([7, 1, 4])
    4
    >>> middle_value([8, 2, 6, 4])
    5.0
    """
    ordered = sorted(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2
'''

PY_HELDOUT15[59] = r'''def biggest_prime_divisor(n):
    # Strip off small factors one by one; whatever is left above 1 at the
    # end is itself prime and is the largest factor.
    factor = 2
    largest = 1
    while factor * factor <= n:
        while n % factor == 0:
            largest = factor
            n //= factor
        factor += 1
    if n > 1:
        largest = n
    return largest
'''

PY_HELDOUT15[79] = r'''### Solution

The trick is that Python already knows how to produce binary digits; we only
need to strip the `0b` prefix and wrap the result in the marker characters.

```python
def wrap_binary(n):
    bits = format(n, "b")
    return f"db{bits}db"
```

For example `wrap_binary(5)` returns `"db101db"` and `wrap_binary(0)` returns `"db0db"`.
'''

PY_HELDOUT15[103] = r'''def binary_mean_of_range(lo, hi):
    # Average of every integer from lo to hi inclusive, rounded with Python's
    # round(), then written in binary.  An inverted range gives -1.
    if lo > hi:
        return -1
    mean = (lo + hi) / 2      # arithmetic series: mean is the midpoint
    return bin(round(mean))
'''

PY_HELDOUT15[123] = r'''from typing import List


def odd_terms_of_hailstone(start: int) -> List[int]:
    """Collect the odd values visited by the 3n+1 sequence starting at `start`
    (which always ends at 1) and return them in increasing order.

    e.g. start=6 visits 6, 3, 10, 5, 16, 8, 4, 2, 1 -> [1, 3, 5]
    """
    seen = set()
    n = start
    while True:
        if n % 2:
            seen.add(n)
        if n == 1:
            break
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    return sorted(seen)
'''

PY_HELDOUT15[147] = r'''def count_triples_div3(size):
    """Build a[i] = i*i - i + 1 for i = 1..size and count index triples
    i < j < k whose values sum to a multiple of 3."""
    from math import comb

    # Only residues mod 3 matter.  Tally how many entries fall in each class.
    buckets = [0, 0, 0]
    for i in range(1, size + 1):
        buckets[(i * i - i + 1) % 3] += 1

    # A sum of three residues is 0 mod 3 if all three are equal or all differ.
    same = sum(comb(c, 3) for c in buckets)
    different = buckets[0] * buckets[1] * buckets[2]
    return same + different


if __name__ == "__main__":
    for n in (3, 6, 9):
        print(n, count_triples_div3(n))
'''

# ---------------- look-alikes ----------------

OTHER_PY15.append(r'''def rescale_symmetric(values):
    """Linearly map a list so the minimum becomes -1.0 and the maximum 1.0.

    >>> rescale_symmetric([0.0, 5.0, 10.0])
    [-1.0, 0.0, 1.0]
    """
    lo, hi = min(values), max(values)
    return [2 * (v - lo) / (hi - lo) - 1 for v in values]
''')

OTHER_PY15.append(r'''def non_positive(numbers):
    # keep zeros and negatives, drop everything above zero
    return [n for n in numbers if n <= 0]


print(non_positive([4, 0, -3, 8, -1]))  # [0, -3, -1]
''')

OTHER_PY15.append(r'''def skip_sequence(n):
    """Iterative sequence with seeds 1, 0, 1: from index 3 on, each term is
    the previous term plus the term three positions back.

    skip_sequence(3) == 2, skip_sequence(6) == 5
    """
    terms = [1, 0, 1]
    while len(terms) <= n:
        terms.append(terms[-1] + terms[-3])
    return terms[n]
''')

OTHER_PY15.append(r'''def sum_of_squares_upto(n: int) -> int:
    """Return 1**2 + 2**2 + ... + n**2.

    >>> sum_of_squares_upto(3)
    14
    >>> sum_of_squares_upto(10)
    385
    """
    return n * (n + 1) * (2 * n + 1) // 6
''')

OTHER_PY15.append(r'''import string


def caesar_keep_case(text, shift=3):
    """Shift letters by `shift` positions, preserving upper/lower case,
    and leave digits, spaces and punctuation alone."""
    out = []
    for ch in text:
        if ch in string.ascii_lowercase:
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif ch in string.ascii_uppercase:
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


assert caesar_keep_case("Hello, Zed!") == "Khoor, Chg!"
''')

OTHER_PY15.append(r'''def count_even_hex_digits(hex_string):
    # A hex digit counts when its value is even: 0, 2, 4, 6, 8, A, C, E.
    return sum(1 for ch in hex_string.upper() if int(ch, 16) % 2 == 0)
''')

OTHER_PY15.append(r'''def no_adjacent_repeats(word):
    """True when the word has at least two characters and no two neighbouring
    characters are the same.  'abab' passes, 'abba' fails, 'a' fails."""
    if len(word) < 2:
        return False
    return all(x != y for x, y in zip(word, word[1:]))
''')

OTHER_PY15.append(r'''def high_low_order(nums):
    # largest first, then smallest of what remains, then largest again, ...
    rest = sorted(nums)
    result = []
    from_top = True
    while rest:
        result.append(rest.pop() if from_top else rest.pop(0))
        from_top = not from_top
    return result


if __name__ == "__main__":
    print(high_low_order([1, 2, 3, 4, 5]))  # [5, 1, 4, 2, 3]
''')
