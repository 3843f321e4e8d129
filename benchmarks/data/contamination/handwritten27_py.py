"""Twenty-seventh batch of hand-written documents, Python 3 (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY27: positives keyed by HumanEval item number, items 2, 4, 5, 12, 21, 29,
    34, 58, 66, 80, 114, 120, 136, 146, 149, 160.
  PY_HELDOUT27: held-out documents, items 3, 15, 23, 27, 95, 127, 139, 143.
  OTHER_PY27: seven Python 3 look-alikes with a different rule:
    0. median absolute deviation (spread measured around the median, not the mean).
    1. between each pair of neighbours insert their absolute difference
       instead of a fixed separator.
    2. sum of alphabet positions (a=1 .. z=26) of the lowercase letters,
       not the ASCII codes of the uppercase ones.
    3. largest sum over windows of exactly k consecutive elements
       (fixed width, maximum) instead of the smallest sum of any run.
    4. count the integers (any sign) whose leading digit is larger than
       their last digit.
    5. z-score standardisation (subtract the mean, divide by the population
       standard deviation) instead of min-max scaling.
    6. sorted symmetric difference of two lists (values in exactly one of
       them) instead of the common values.
"""

PY27 = {}
PY_HELDOUT27 = {}
OTHER_PY27 = []

PY27[2] = r'''# numutil/fraction.py
#
# Tiny helper used by the progress-bar code: we only care about how far we are
# into the current unit, not how many whole units have already gone by.

import math


def fractional_part(x: float) -> float:
    """Drop the whole-number part of a positive float and keep what is after the point.

    math.modf splits a float into (fraction, whole); for positive input the
    fraction is always in [0, 1).
    """
    frac, _whole = math.modf(x)
    return frac


if __name__ == "__main__":
    print(fractional_part(7.25))   # 0.25
    print(fractional_part(12.0))   # 0.0
    print(fractional_part(0.625))  # 0.625
'''

PY27[4] = r'''"""Small descriptive-statistics helpers for the sensor dashboard.

Nothing fancy here, just enough to avoid pulling numpy into the lambda.
"""


def mean(values):
    return sum(values) / len(values)


def avg_abs_dev(values):
    """Average distance of the samples from their arithmetic mean.

    Every reading is compared with the mean of the whole batch, the absolute
    gaps are added up, and the total is divided by the number of readings.
    Less sensitive to one wild reading than the variance is.
    """
    centre = mean(values)
    total = 0.0
    for v in values:
        total += abs(v - centre)
    return total / len(values)


def clamp(value, low, high):
    """Keep value inside [low, high]."""
    return max(low, min(high, value))
'''

PY27[5] = r'''from itertools import chain


def join_with(seq, sep):
    """Return a new list with `sep` placed between every pair of neighbouring items.

    Nothing goes before the first item or after the last one, and an empty
    input gives an empty list.
    """
    if not seq:
        return []
    # each item after the first is preceded by the separator
    tail = chain.from_iterable((sep, item) for item in seq[1:])
    return [seq[0], *tail]


assert join_with([], 9) == []
assert join_with([42], 0) == [42]
assert join_with([7, 8, 9], 0) == [7, 0, 8, 0, 9]
assert join_with([-1, -2], 5) == [-1, 5, -2]
'''

PY27[12] = r'''**Q: Pick the longest string from a list, but keep the earliest one on ties**

I have a list of words and want the longest. If two words are equally long I
need the one that shows up first, and for an empty list I want `None` instead
of an exception. Right now I loop and track an index by hand; is there
something shorter?

**A:** `max` already does what you want. When several items share the maximum
key it returns the first of them, and since Python 3.4 it accepts a `default`
for empty input:

```python
def first_longest_word(words):
    """Longest string in `words`; earliest wins on equal length; None if empty."""
    return max(words, key=len, default=None)
```

```python
>>> first_longest_word(["pear", "plum", "fig"])
'pear'
>>> first_longest_word(["x", "yy", "zz"])
'yy'
>>> print(first_longest_word([]))
None
```

If you prefer the explicit loop, the important bit is using a strict `>` so a
later word of the same length does not replace the current best:

```python
def first_longest_word(words):
    best = None
    for w in words:
        if best is None or len(w) > len(best):
            best = w
    return best
```
'''

PY27[21] = r'''Review comment on `features/scale.py`:

> You can drop the sklearn import for this, it is only used once. A plain
> function does the same thing and keeps the worker image small.

```python
def normalize_minmax(xs):
    """Map the values linearly so the smallest becomes 0.0 and the largest 1.0.

    Expects at least two values that are not all equal, otherwise the
    span is zero and we would divide by it.
    """
    lo, hi = min(xs), max(xs)
    span = hi - lo
    return [(x - lo) / span for x in xs]
```

Author reply: good point, switched to this. Order of the list is preserved,
which is what the downstream plot code relies on.
'''

PY27[29] = r'''#!/usr/bin/env python3
"""List the entries whose name begins with a given stem."""

import sys


def starting_with(names, stem):
    """Keep, in their original order, only the strings that begin with `stem`."""
    n = len(stem)
    kept = []
    for name in names:
        if name[:n] == stem:
            kept.append(name)
    return kept


def main():
    sample = ["build", "bulk", "dist", "buffer", "docs"]
    print(starting_with(sample, "bu"))   # ['build', 'bulk', 'buffer']
    print(starting_with(sample, "x"))    # []
    print(starting_with([], "bu"))       # []
    if len(sys.argv) > 2:
        print(starting_with(sys.argv[2:], sys.argv[1]))


if __name__ == "__main__":
    main()
'''

PY27[34] = r'''def distinct_sorted(items):
    """Give back each value once, in increasing order.

    Sort a copy first; after that, duplicates sit next to each other, so we
    only have to skip a value when it equals the one we appended last.
    """
    out = []
    for value in sorted(items):
        if not out or out[-1] != value:
            out.append(value)
    return out
'''

PY27[58] = r'''def shared_sorted(a, b):
    """Values that occur in both lists, each reported once, smallest first.

    >>> shared_sorted([10, 3, 7, 3, 22], [7, 22, 8, 22])
    [7, 22]
    >>> shared_sorted([1, 2], [3, 4])
    []
    >>> shared_sorted([6, 0, 6], [6, 0])
    [0, 6]
    """
    return sorted(set(a) & set(b))


if __name__ == "__main__":
    import doctest
    doctest.testmod()
'''

PY27[66] = r'''Kata notes, day 12: add up the character codes, but only for the capital letters.
Lowercase letters, digits and punctuation contribute nothing, and an empty
string naturally comes out as 0.

```python
def upper_ord_total(text):
    total = 0
    for ch in text:
        if ch.isupper():
            total += ord(ch)
    return total
```

A generator expression works just as well:
`sum(ord(ch) for ch in text if ch.isupper())`.
'''

PY27[80] = r'''def all_triples_distinct(s):
    """A string passes when it is at least three characters long and no
    window of three neighbouring characters contains a repeated character.
    """
    if len(s) < 3:
        return False
    for a, b, c in zip(s, s[1:], s[2:]):
        if len({a, b, c}) < 3:
            return False
    return True
'''

PY27[114] = r'''# Smallest total over any contiguous, non-empty stretch of the list.
# This is Kadane's algorithm with min instead of max: at each position either
# extend the run that ended just before, or start fresh at the current value.

def smallest_run_sum(arr):
    best = cur = arr[0]
    for x in arr[1:]:
        cur = min(x, cur + x)
        best = min(best, cur)
    return best


if __name__ == "__main__":
    assert smallest_run_sum([4, -1, -2, 3]) == -3
    assert smallest_run_sum([5, 6, 2]) == 2
    assert smallest_run_sum([-4, -1]) == -5
    assert smallest_run_sum([3, -8, 10, -2]) == -8
    assert smallest_run_sum([7]) == 7
    print("ok")
'''

PY27[120] = r'''import heapq


def top_k_ascending(nums, k):
    """Pick the k biggest numbers (duplicates included) and return them sorted
    from small to large.

    k may be anywhere from 0 to len(nums); k == 0 gives an empty list.
    heapq.nlargest avoids sorting the whole input when k is small, and we
    leave the caller's list untouched.
    """
    if k <= 0:
        return []
    return sorted(heapq.nlargest(k, nums))
'''

PY27[136] = r'''def nearest_to_zero_each_side(nums):
    """Return a pair (neg, pos).

    neg is the negative value closest to zero (that is, the largest negative
    number) and pos is the smallest strictly positive number. Either slot is
    None when the list has no number of that sign; zeros are ignored.

    Examples:
        nearest_to_zero_each_side([-7, -2, 3, 9, 0])  -> (-2, 3)
        nearest_to_zero_each_side([4, 8])             -> (None, 4)
        nearest_to_zero_each_side([0, 0])             -> (None, None)
    """
    neg = pos = None
    for n in nums:
        if n < 0 and (neg is None or n > neg):
            neg = n
        elif n > 0 and (pos is None or n < pos):
            pos = n
    return (neg, pos)
'''

PY27[146] = r'''def count_odd_bookended(values):
    """How many numbers are greater than 10 and start and end with an odd digit."""

    def leading_digit(n):
        while n >= 10:
            n //= 10
        return n

    count = 0
    for v in values:
        if v <= 10:
            continue
        if (v % 10) % 2 == 1 and leading_digit(v) % 2 == 1:
            count += 1
    return count
'''

PY27[149] = r'''From the word-game backend (utils/words.py):

Drop every word whose length is odd, then order what is left by length,
shortest first, breaking ties alphabetically. Duplicates are kept.

```python
def even_length_words_sorted(words):
    keep = [w for w in words if len(w) % 2 == 0]
    return sorted(keep, key=lambda w: (len(w), w))
```
'''

PY27[160] = r'''"""Evaluate a flat arithmetic expression given as two lists, without eval().

ops has one entry fewer than nums. The operators are the Python ones
'+', '-', '*', '//' and '**', and the usual precedence applies: '**' binds
tightest and groups from the right, then '*' and '//', then '+' and '-'
(both left to right). nums are non-negative integers.
"""

import operator

PREC = {"+": 1, "-": 1, "*": 2, "//": 2, "**": 3}
FUNCS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "//": operator.floordiv,
    "**": operator.pow,
}


def evaluate_chain(ops, nums):
    values = [nums[0]]
    pending = []

    def reduce_top():
        op = pending.pop()
        right = values.pop()
        left = values.pop()
        values.append(FUNCS[op](left, right))

    for op, n in zip(ops, nums[1:]):
        # left-associative operators flush equal precedence, '**' does not
        while pending and (
            PREC[pending[-1]] > PREC[op]
            or (PREC[pending[-1]] == PREC[op] and op != "**")
        ):
            reduce_top()
        pending.append(op)
        values.append(n)

    while pending:
        reduce_top()
    return values[0]


if __name__ == "__main__":
    print(evaluate_chain(["*", "+", "**"], [3, 4, 2, 3]))  # 3*4 + 2**3 = 20
    print(evaluate_chain(["-", "//"], [20, 9, 4]))         # 20 - 9//4 = 18
    print(evaluate_chain(["**", "**"], [2, 3, 2]))         # 2**(3**2) = 512
'''

PY_HELDOUT27[3] = r'''from itertools import accumulate


def ever_overdrawn(txns):
    """The account starts at 0 and the amounts are applied one after another
    (positive = money in, negative = money out). Report whether the running
    balance drops under zero at any moment.
    """
    return any(balance < 0 for balance in accumulate(txns))


# quick checks
assert ever_overdrawn([10, -4, -7]) is True
assert ever_overdrawn([5, -5, 2]) is False
assert ever_overdrawn([]) is False
assert ever_overdrawn([-1, 100]) is True
'''

PY_HELDOUT27[15] = r'''def count_up_string(n):
    """All integers from 0 through n, inclusive, written out and joined by single spaces."""
    parts = []
    i = 0
    while i <= n:
        parts.append(str(i))
        i += 1
    return " ".join(parts)
'''

PY_HELDOUT27[23] = r'''# Exercise 1.3: count characters without calling len().

def char_count(text):
    n = 0
    for _ in text:
        n += 1
    return n


print(char_count(""))       # 0
print(char_count("kiwi"))   # 4
print(char_count("a b c"))  # 5
'''

PY_HELDOUT27[27] = r'''Turn every capital letter into a small one and every small letter into a
capital; anything that is not a letter stays as it is. `str.swapcase` does
this in one call, but spelled out it looks like this:

```python
def invert_letter_case(s):
    out = []
    for ch in s:
        if ch.isupper():
            out.append(ch.lower())
        elif ch.islower():
            out.append(ch.upper())
        else:
            out.append(ch)
    return "".join(out)
```
'''

PY_HELDOUT27[95] = r'''def keys_uniform_case(d):
    """True when the mapping is non-empty and its keys are all strings that are
    either all lowercase or all uppercase. A non-string key, a mixed-case key,
    or a mix of lower and upper keys makes it False.
    """
    if not d:
        return False
    keys = list(d)
    if not all(isinstance(k, str) for k in keys):
        return False
    return all(k.islower() for k in keys) or all(k.isupper() for k in keys)


if __name__ == "__main__":
    print(keys_uniform_case({"x": 1, "y": 2}))          # True
    print(keys_uniform_case({"HOST": "a", "PORT": 1}))  # True
    print(keys_uniform_case({"Id": 1}))                 # False
    print(keys_uniform_case({"KEY": 1, 3: 2}))          # False
    print(keys_uniform_case({"a": 1, "B": 2}))          # False
    print(keys_uniform_case({}))                        # False
'''

PY_HELDOUT27[127] = r'''"""Interval puzzle from the practice set.

Two closed integer intervals (start, end) with start <= end. Take their overlap
and measure it as end minus start of the overlap. Answer "YES" if that length is
a prime number and "NO" otherwise, including when the intervals do not overlap
at all (or only touch in a single point, which gives length 0).
"""


def _is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def overlap_length_is_prime(first, second):
    lo = max(first[0], second[0])
    hi = min(first[1], second[1])
    return "YES" if _is_prime(hi - lo) else "NO"
'''

PY_HELDOUT27[139] = r'''def superfactorial(n):
    """Product of the factorials 1! * 2! * ... * n! for n >= 1.

    We keep the running factorial instead of recomputing each one.

    >>> superfactorial(1)
    1
    >>> superfactorial(3)
    12
    >>> superfactorial(5)
    34560
    """
    running = 1
    product = 1
    for k in range(1, n + 1):
        running *= k
        product *= running
    return product
'''

PY_HELDOUT27[143] = r'''Filter a sentence down to the words whose length is a prime number. The words
are separated by single spaces and contain only letters; the surviving words
keep their original order and are joined again with spaces.

```python
def _prime(n):
    return n > 1 and all(n % p for p in range(2, int(n ** 0.5) + 1))


def keep_prime_length_words(sentence):
    return " ".join(w for w in sentence.split() if _prime(len(w)))
```
'''

OTHER_PY27.append(r'''import statistics


def median_abs_dev(values):
    """Robust spread estimate: the median of the distances to the median.

    Unlike the mean absolute deviation, one huge outlier barely moves it.

    >>> median_abs_dev([1, 2, 3, 4, 100])
    1
    >>> median_abs_dev([2.0, 4.0, 6.0, 8.0])
    2.0
    """
    centre = statistics.median(values)
    return statistics.median(abs(v - centre) for v in values)
''')

OTHER_PY27.append(r'''def with_gaps(seq):
    """Between every two neighbouring numbers, insert the size of the jump
    between them (absolute difference). The original numbers stay in place.
    """
    if not seq:
        return []
    out = [seq[0]]
    for prev, cur in zip(seq, seq[1:]):
        out.append(abs(cur - prev))
        out.append(cur)
    return out


assert with_gaps([]) == []
assert with_gaps([5]) == [5]
assert with_gaps([1, 4, 2]) == [1, 3, 4, 2, 2]
''')

OTHER_PY27.append(r'''# Scrabble-ish scoring for the warm-up round: each lowercase letter is worth
# its place in the alphabet (a=1, b=2, ..., z=26). Capitals, digits and
# punctuation are worth nothing.

def alphabet_score(word):
    score = 0
    for ch in word:
        if "a" <= ch <= "z":
            score += ord(ch) - ord("a") + 1
    return score
''')

OTHER_PY27.append(r'''def best_window_sum(nums, k):
    """Largest total of k consecutive elements (1 <= k <= len(nums)).

    Sliding window: add the element entering on the right, subtract the one
    leaving on the left.
    """
    window = sum(nums[:k])
    best = window
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best


if __name__ == "__main__":
    print(best_window_sum([1, -2, 5, 3, -1, 4], 2))  # 8  (5 + 3)
    print(best_window_sum([-3, -1, -2], 1))          # -1
''')

OTHER_PY27.append(r'''def count_falling_ends(values):
    """Count the integers whose first digit is bigger than their last digit.

    The sign is ignored, so -52 counts (5 > 2) and 7 does not (a single digit
    is both first and last).
    """
    total = 0
    for v in values:
        digits = str(abs(v))
        if int(digits[0]) > int(digits[-1]):
            total += 1
    return total
''')

OTHER_PY27.append(r'''Standardising a feature column: shift it so the mean is 0 and scale it so the
(population) standard deviation is 1. The column must not be constant.

```python
import math


def zscores(xs):
    n = len(xs)
    mu = sum(xs) / n
    sigma = math.sqrt(sum((x - mu) ** 2 for x in xs) / n)
    return [(x - mu) / sigma for x in xs]
```

For example `zscores([2, 4, 4, 4, 5, 5, 7, 9])` has mean 5 and sigma 2, so the
first value maps to -1.5 and the last to 2.0.
''')

OTHER_PY27.append(r'''def only_in_one(a, b):
    """Sorted list of the values that appear in exactly one of the two lists
    (each reported once). Values present in both are left out.
    """
    return sorted(set(a) ^ set(b))
''')
