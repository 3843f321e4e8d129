"""Eighteenth batch of hand-written documents, Python 3 (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY18: positives keyed by HumanEval item number, items 6, 33, 46, 49, 62,
    69, 76, 90, 94, 102, 112, 136, 149, 152, 158, 160.
  PY_HELDOUT18: held-out documents, items 15, 35, 43, 59, 63, 91, 135, 159.
  OTHER_PY18: seven Python 3 look-alikes with a different rule:
    0. for each space-separated bracket group, count its top-level (outermost)
       pairs instead of its nesting depth.
    1. reverse (not sort) the values sitting at indices divisible by three.
    2. Pell numbers: P(0)=0, P(1)=1, P(n)=2*P(n-1)+P(n-2), computed iteratively.
    3. smallest positive value whose number of occurrences is exactly equal to
       the value itself, or -1.
    4. antiderivative of a polynomial coefficient list (constant term 0,
       coefficients divided by their new power) instead of the derivative.
    5. signed per-match error guess - actual instead of the absolute error.
    6. keep only the characters of s that appear in c (instead of deleting
       them) and report the kept string plus whether it is a palindrome.
"""

PY18 = {}
PY_HELDOUT18 = {}
OTHER_PY18 = []


PY18[6] = r'''Q: How do I get the maximum nesting depth of each bracket group in a string?

I have a line of input such as "(()) ()((())) (())()" where groups are separated
by single spaces, and I need one number per group: how deep the brackets go at
their deepest point. My attempt with str.count obviously doesn't work because it
ignores ordering.

A: Treat every "(" as +1 and every ")" as -1 and take the running total. The
peak of the running total is the depth. itertools.accumulate does the running
sum for you:

```python
from itertools import accumulate


def depth_per_group(line):
    """Return a list with the deepest nesting level of each group in `line`."""
    result = []
    for group in line.split(' '):
        if not group:          # consecutive spaces produce empty pieces
            continue
        steps = (1 if ch == '(' else -1 for ch in group)
        result.append(max(accumulate(steps)))
    return result


if __name__ == "__main__":
    print(depth_per_group("(()) ()((())) (())()"))   # [2, 3, 2]
    print(depth_per_group("((((()))))"))             # [5]
    print(depth_per_group("() ()"))                  # [1, 1]
```

The `if not group` check matters if the input ever has doubled spaces; without
it `max()` would be called on an empty sequence and raise ValueError.
'''


PY18[33] = r'''"""listtools.py - assorted small list helpers used by the report scripts."""


def chunked(seq, size):
    """Yield consecutive slices of `seq` with at most `size` items each."""
    for start in range(0, len(seq), size):
        yield seq[start:start + size]


def interleave(a, b):
    """Alternate items from a and b; leftovers of the longer list go at the end."""
    out = []
    for x, y in zip(a, b):
        out.extend((x, y))
    shorter = min(len(a), len(b))
    out.extend(a[shorter:])
    out.extend(b[shorter:])
    return out


def sort_every_third(values):
    """Return a copy of `values` in which the items at positions 0, 3, 6, ...
    have been put in ascending order among themselves.

    Every other position keeps exactly the value it had. The input list is
    not modified.
    """
    result = list(values)
    slots = range(0, len(result), 3)
    ordered = sorted(result[i] for i in slots)
    for slot, value in zip(slots, ordered):
        result[slot] = value
    return result
'''


PY18[46] = r'''# Tetranacci-style sequence with odd seeds

This week's exercise: a sequence where every term is the sum of the four
terms before it, but seeded with 0, 0, 2, 0 instead of the usual values.
So the sequence begins 0, 0, 2, 0, 2, 4, 8, 14, 28, ...

A naive recursive version branches four ways at each level and becomes
unusable around n = 30. Keeping a sliding window of the last four values
makes it linear time and constant memory:

```python
def quad_step(n):
    """n-th term of the sequence seeded 0, 0, 2, 0 where each later term is
    the sum of the previous four."""
    a, b, c, d = 0, 0, 2, 0
    if n < 4:
        return (a, b, c, d)[n]
    for _ in range(n - 3):
        a, b, c, d = b, c, d, a + b + c + d
    return d


assert quad_step(4) == 2
assert quad_step(9) == 54
assert quad_step(11) == 200
```

The tuple assignment on the right-hand side is evaluated before anything is
rebound, so there is no need for a temporary variable.
'''


PY18[49] = r'''Code review: pow2_mod()

> The original version multiplied by two n times and reduced each step. That is
> correct, but it is O(n) and the job calls this with exponents in the millions.

Suggested replacement using binary exponentiation (square and multiply). The
reduction after each multiplication keeps the intermediate numbers small, so we
never build the huge value 2**n.

```python
def pow2_mod(exponent, modulus):
    """Compute two raised to `exponent`, reduced modulo `modulus`.

    exponent is a non-negative integer. For exponent == 0 the result is 1.
    """
    result = 1
    base = 2 % modulus
    while exponent > 0:
        if exponent & 1:
            result = (result * base) % modulus
        base = (base * base) % modulus
        exponent >>= 1
    return result
```

Reviewer note: Python's built-in three-argument pow does the same thing, but
keeping the loop spelled out makes it easier to port to the C side later.
'''


PY18[62] = r'''# Lecture 4 - polynomials as coefficient lists
#
# We store a polynomial c0 + c1*x + c2*x^2 + ... as the Python list [c0, c1, c2, ...].
# Differentiating term by term, c_k * x^k becomes k * c_k * x^(k-1), so the new list
# is one shorter and the constant term disappears.
#
# Example: 5 + 0x + 3x^2 + 2x^3  ->  0 + 6x + 6x^2
#          poly_diff([5, 0, 3, 2]) == [0, 6, 6]
#          poly_diff([7]) == []          (a constant has derivative zero)


def poly_diff(coeffs):
    """Return the coefficient list of the derivative of `coeffs`."""
    out = []
    for power in range(1, len(coeffs)):
        out.append(power * coeffs[power])
    return out


if __name__ == "__main__":
    assert poly_diff([5, 0, 3, 2]) == [0, 6, 6]
    assert poly_diff([7]) == []
    assert poly_diff([0, 4, 1]) == [4, 2]
    print("ok")
'''


PY18[69] = r'''from collections import Counter


def frequent_enough(numbers):
    """Pick the largest value v in `numbers` that shows up at least v times.

    `numbers` is a non-empty list of positive ints. A value qualifies when its
    number of occurrences is greater than or equal to the value itself; among
    qualifying values the biggest one wins. When nothing qualifies, -1 is
    returned as a sentinel.
    """
    tally = Counter(numbers)
    best = -1
    for value, times in tally.items():
        if value > 0 and times >= value and value > best:
            best = value
    return best
'''


PY18[76] = r'''def is_integer_power(value, base):
    """True when value == base ** k for some whole number k >= 0.

    Because base ** 0 == 1, a value of 1 counts as a power of any base.
    Base 1 can only ever produce 1.

        is_integer_power(81, 3)  -> True   (3 ** 4)
        is_integer_power(1, 7)   -> True   (7 ** 0)
        is_integer_power(48, 4)  -> False
        is_integer_power(10, 1)  -> False
    """
    if value == 1:
        return True
    if base in (0, 1) or value < 1:
        return False
    # strip off factors of base; a true power reduces all the way down to 1
    while value % base == 0:
        value //= base
    return value == 1


if __name__ == "__main__":
    for v, b in [(81, 3), (1, 7), (48, 4), (10, 1), (125, 5)]:
        print(v, b, is_integer_power(v, b))
'''


PY18[90] = r'''def runner_up_min(items):
    """Return the second-lowest distinct value in `items`, or None.

    Duplicates of the minimum do not count as a separate value, so a list whose
    elements are all equal (or a list with fewer than two elements) yields None.
    Done in a single pass without sorting.
    """
    lowest = None
    second = None
    for v in items:
        if lowest is None or v < lowest:
            if lowest is not None:
                second = lowest
            lowest = v
        elif v != lowest and (second is None or v < second):
            second = v
    return second
'''


PY18[94] = r'''"""Digit sum of the biggest prime in a list.

Small puzzle from our team's Friday kata: scan a list of non-negative ints,
find the largest element that is prime, then add up the decimal digits of that
prime.

    [4, 6, 13, 9, 10]          -> 13 is the biggest prime -> 1 + 3 = 4
    [2, 89, 91, 15]            -> 89 -> 17
    [6007, 6, 30, 1201]        -> 6007 -> 13
"""


def _prime(k):
    if k < 2:
        return False
    if k % 2 == 0:
        return k == 2
    d = 3
    while d * d <= k:
        if k % d == 0:
            return False
        d += 2
    return True


def biggest_prime_digit_sum(nums):
    primes = [n for n in nums if _prime(n)]
    top = max(primes) if primes else 0
    return sum(int(ch) for ch in str(top))


if __name__ == "__main__":
    assert biggest_prime_digit_sum([4, 6, 13, 9, 10]) == 4
    assert biggest_prime_digit_sum([2, 89, 91, 15]) == 17
    assert biggest_prime_digit_sum([6007, 6, 30, 1201]) == 13
'''


PY18[102] = r'''def largest_even_between(lo, hi):
    """Largest even integer n with lo <= n <= hi, or -1 when the closed
    interval contains no even number (this includes the case lo > hi).

    Both bounds are positive integers.
    """
    candidate = hi if hi % 2 == 0 else hi - 1
    return candidate if candidate >= lo else -1
'''


PY18[112] = r'''def strip_and_check(text, unwanted):
    """Remove every character of `text` that also occurs in `unwanted`, then
    report whether what is left reads the same in both directions.

    Returns a pair (cleaned_text, is_palindrome).

    >>> strip_and_check("racecars", "s")
    ('racecar', True)
    >>> strip_and_check("banana", "b")
    ('anana', True)
    >>> strip_and_check("python", "yo")
    ('pthn', False)
    """
    table = {ord(ch): None for ch in unwanted}
    cleaned = text.translate(table)
    return cleaned, cleaned == cleaned[::-1]


if __name__ == "__main__":
    import doctest
    doctest.testmod()
'''


PY18[136] = r'''def nearest_to_zero_each_side(numbers):
    """Return (closest negative, closest positive) from `numbers`.

    The first slot is the negative number nearest zero, i.e. the maximum among
    the negatives; the second slot is the minimum among the positives. Zero
    belongs to neither side. A slot is None when that side has no members.
    """
    neg = None
    pos = None
    for n in numbers:
        if n < 0:
            if neg is None or n > neg:
                neg = n
        elif n > 0:
            if pos is None or n < pos:
                pos = n
    return (neg, pos)
'''


PY18[149] = r'''# utils/words.py
#
# Filter a word list down to the entries with an even number of characters and
# return them ordered shortest first; words of equal length are ordered
# alphabetically (plain string comparison, so uppercase sorts before lowercase).
#
#   even_words_sorted(["kiwi", "fig", "date", "plum", "apple", "be"])
#       -> ["be", "date", "kiwi", "plum"]
#   even_words_sorted(["x", "yyy"]) -> []


def even_words_sorted(words):
    keep = [w for w in words if len(w) % 2 == 0]
    keep.sort(key=lambda w: (len(w), w))
    return keep


if __name__ == "__main__":
    assert even_words_sorted(["kiwi", "fig", "date", "plum", "apple", "be"]) == ["be", "date", "kiwi", "plum"]
    assert even_words_sorted(["x", "yyy"]) == []
    assert even_words_sorted(["ZZ", "aa", "cccc", "bb"]) == ["ZZ", "aa", "bb", "cccc"]
'''


PY18[152] = r'''"""Prediction league scoring helpers."""


def prediction_misses(actual_scores, predicted_scores):
    """For each match, how far the prediction was from the real score.

    Both lists have the same length and line up index by index. An exact guess
    gives 0; otherwise the entry is the absolute gap between the two numbers.
    """
    misses = []
    for i in range(len(actual_scores)):
        gap = actual_scores[i] - predicted_scores[i]
        misses.append(gap if gap >= 0 else -gap)
    return misses


def total_miss(actual_scores, predicted_scores):
    return sum(prediction_misses(actual_scores, predicted_scores))
'''


PY18[158] = r'''def richest_word(words):
    """Word with the largest number of distinct characters.

    When several words tie on that count, the alphabetically smallest of them
    is returned.

    richest_word(["apple", "banana", "cherry"])  -> "cherry"  (5 distinct)
    richest_word(["dog", "cat", "emu"])          -> "cat"     (all tie at 3)
    richest_word(["zzzz", "yy"])                 -> "yy"      (both have 1)
    """
    best = None
    best_count = -1
    for w in words:
        n = len(set(w))
        if n > best_count or (n == best_count and w < best):
            best, best_count = w, n
    return best


assert richest_word(["apple", "banana", "cherry"]) == "cherry"
assert richest_word(["dog", "cat", "emu"]) == "cat"
assert richest_word(["zzzz", "yy"]) == "yy"
'''


PY18[160] = r'''I didn't want to call eval() on user-supplied lists, so here is a tiny
evaluator for the "list of operators + list of operands" format. The operands
are non-negative ints and the operator list is exactly one shorter. Supported
operators are +, -, *, // and **, with the usual Python precedence: ** binds
tightest and groups right-to-left, then * and //, then + and -.

```python
import operator

_PREC = {'+': 1, '-': 1, '*': 2, '//': 2, '**': 3}
_FUNC = {
    '+': operator.add,
    '-': operator.sub,
    '*': operator.mul,
    '//': operator.floordiv,
    '**': operator.pow,
}


def evaluate_chain(ops, nums):
    """Evaluate nums[0] ops[0] nums[1] ops[1] ... nums[-1] with precedence."""
    values = [nums[0]]
    pending = []

    def reduce_top():
        op = pending.pop()
        right = values.pop()
        left = values.pop()
        values.append(_FUNC[op](left, right))

    for op, num in zip(ops, nums[1:]):
        while pending:
            top = pending[-1]
            if _PREC[top] > _PREC[op] or (_PREC[top] == _PREC[op] and op != '**'):
                reduce_top()
            else:
                break
        pending.append(op)
        values.append(num)

    while pending:
        reduce_top()
    return values[0]
```

It is the shunting-yard idea with the output queue replaced by an immediate
evaluation stack, so no intermediate postfix list is built.
'''


PY_HELDOUT18[15] = r'''#!/usr/bin/env python3
"""count_up.py - print the integers 0..N on one line, separated by spaces.

usage: count_up.py N

    $ ./count_up.py 3
    0 1 2 3
    $ ./count_up.py 0
    0
"""
import sys


def spaced_range(limit):
    """Return "0 1 ... limit" as one string (limit itself included)."""
    parts = []
    i = 0
    while i <= limit:
        parts.append(str(i))
        i += 1
    return " ".join(parts)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(spaced_range(int(sys.argv[1])))
'''


PY_HELDOUT18[35] = r'''from functools import reduce


def biggest(values):
    """Largest item of a non-empty list, found with a left fold instead of max()."""
    return reduce(lambda best, x: x if x > best else best, values)


def smallest(values):
    """Counterpart of biggest(), kept here for symmetry."""
    return reduce(lambda best, x: x if x < best else best, values)
'''


PY_HELDOUT18[43] = r'''def has_opposite_pair(nums):
    """True if two entries at different positions add up to zero.

    Uses a set of the values seen so far, so it runs in linear time instead of
    checking every pair. A single 0 is not enough; two zeros are.

        has_opposite_pair([4, -1, 7, 1])   -> True   (-1 + 1)
        has_opposite_pair([0, 3, 6])       -> False
        has_opposite_pair([0, 5, 0])       -> True
        has_opposite_pair([])              -> False
    """
    seen = set()
    for n in nums:
        if -n in seen:
            return True
        seen.add(n)
    return False


if __name__ == "__main__":
    assert has_opposite_pair([4, -1, 7, 1])
    assert not has_opposite_pair([0, 3, 6])
    assert has_opposite_pair([0, 5, 0])
    assert not has_opposite_pair([])
'''


PY_HELDOUT18[59] = r'''def top_prime_divisor(n):
    """Biggest prime that divides n (n > 1).

    Trial division: peel off each factor as soon as it is found. Whatever is
    left above 1 once d*d exceeds the remainder must itself be prime, and it is
    then the largest factor.
    """
    largest = 1
    d = 2
    while d * d <= n:
        while n % d == 0:
            largest = d
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        largest = n
    return largest
'''


PY_HELDOUT18[63] = r'''## Tribonacci variant, bottom-up

Sequence: t(0) = 0, t(1) = 0, t(2) = 1, and from there on each term adds up the
three terms before it. First values: 0, 0, 1, 1, 2, 4, 7, 13, 24, 44, 81.

The textbook recursion recomputes the same terms over and over, so here it is
with three rolling variables instead:

```python
def trib_from_zero(n):
    x, y, z = 0, 0, 1
    for _ in range(n):
        x, y, z = y, z, x + y + z
    return x


if __name__ == "__main__":
    assert trib_from_zero(4) == 2
    assert trib_from_zero(7) == 13
    assert trib_from_zero(10) == 81
    print([trib_from_zero(i) for i in range(12)])
```
'''


PY_HELDOUT18[91] = r'''import re

_SENTENCE_END = re.compile(r"[.?!]\s*")


def count_i_openers(text):
    """Count the sentences in `text` whose first word is the pronoun "I".

    A sentence ends at '.', '?' or '!'; any whitespace right after the
    terminator is skipped before the next sentence starts. A sentence counts
    when it begins with "I" followed by a space.
    """
    total = 0
    for sentence in _SENTENCE_END.split(text):
        if sentence.startswith("I "):
            total += 1
    return total
'''


PY_HELDOUT18[135] = r'''def last_descent(seq):
    """Index of the last element that is smaller than the element just before
    it, or -1 if the sequence never goes down (empty lists included).

    Assumes no repeated values.

    >>> last_descent([2, 5, 3, 8, 6])
    4
    >>> last_descent([1, 4, 9])
    -1
    >>> last_descent([9, 1, 2, 3])
    1
    """
    for i in range(len(seq) - 1, 0, -1):
        if seq[i] < seq[i - 1]:
            return i
    return -1
'''


PY_HELDOUT18[159] = r'''# Feeding simulation for the rabbit hutch game.
#
# A rabbit has already eaten `eaten_so_far` carrots today and wants `wanted`
# more. The pantry holds `in_stock` carrots. It eats what it wants if there is
# enough; otherwise it finishes the pantry and stays hungry. The function
# reports [carrots eaten in total today, carrots left in the pantry].
# All three inputs are between 0 and 1000.


def feed_rabbit(eaten_so_far, wanted, in_stock):
    bite = min(wanted, in_stock)
    return [eaten_so_far + bite, in_stock - bite]
'''


OTHER_PY18.append(r'''def top_level_pairs(line):
    """For each space-separated group of brackets, count how many outermost
    pairs it consists of.

    "(()())" is one pair wrapping two others, so it scores 1; "()()" and
    "(())()" both score 2. Nesting depth is irrelevant here, only how many
    times the running balance returns to zero.

        top_level_pairs("(()()) ()() (())()()") -> [1, 2, 3]
    """
    counts = []
    for group in line.split():
        balance = 0
        closed = 0
        for ch in group:
            balance += 1 if ch == '(' else -1
            if balance == 0:
                closed += 1
        counts.append(closed)
    return counts


assert top_level_pairs("(()()) ()() (())()()") == [1, 2, 3]
''')


OTHER_PY18.append(r'''def flip_every_third(values):
    """Return a copy of `values` where the items at indices 0, 3, 6, ... appear
    in reverse order of position (the last such item moves to index 0, and so
    on). Items at the other indices stay where they are. No sorting happens.
    """
    out = list(values)
    out[::3] = out[::3][::-1]
    return out


if __name__ == "__main__":
    print(flip_every_third([1, 2, 3, 4, 5, 6, 7]))   # [7, 2, 3, 4, 5, 6, 1]
    print(flip_every_third([9, 8, 7, 6]))            # [6, 8, 7, 9]
''')


OTHER_PY18.append(r'''Pell numbers come up when approximating sqrt(2): P(0) = 0, P(1) = 1 and
P(n) = 2 * P(n - 1) + P(n - 2). Quick iterative version:

```python
def pell(n):
    prev, cur = 0, 1
    if n == 0:
        return 0
    for _ in range(n - 1):
        prev, cur = cur, 2 * cur + prev
    return cur


print([pell(i) for i in range(8)])   # [0, 1, 2, 5, 12, 29, 70, 169]
```

Ratios of consecutive companion Pell numbers converge to 1 + sqrt(2).
''')


OTHER_PY18.append(r'''from collections import Counter


def self_counting_min(numbers):
    """Smallest positive value that occurs exactly as many times as itself.

    [3, 1, 3, 2, 3, 2] -> 1 once, 2 twice, 3 three times; smallest is 1.
    [5, 2, 2, 5]       -> only 2 qualifies, so 2.
    [4, 4, 2]          -> nothing qualifies (2 appears once), so -1.
    """
    counts = Counter(numbers)
    hits = [v for v, c in counts.items() if v > 0 and c == v]
    return min(hits) if hits else -1
''')


OTHER_PY18.append(r'''from fractions import Fraction


def poly_integrate(coeffs):
    """Antiderivative of c0 + c1*x + c2*x^2 + ..., with integration constant 0.

    Each term c_k * x^k becomes c_k / (k + 1) * x^(k + 1), so the result is one
    element longer than the input and starts with 0. Fractions keep it exact.

    poly_integrate([3, 2, 6]) == [0, 3, 1, 2]     # 3x + x^2 + 2x^3
    """
    result = [Fraction(0)]
    for k, c in enumerate(coeffs):
        result.append(Fraction(c, k + 1))
    return result


assert poly_integrate([3, 2, 6]) == [0, 3, 1, 2]
''')


OTHER_PY18.append(r'''def guess_bias(actual, guessed):
    """Signed error of each prediction: guessed minus actual.

    Positive entries mean the guess was too high, negative ones too low, and
    zero is a perfect call. Unlike an absolute error this keeps the direction,
    so averaging it shows whether someone systematically over-predicts.
    """
    return [g - a for a, g in zip(actual, guessed)]


def mean_bias(actual, guessed):
    errs = guess_bias(actual, guessed)
    return sum(errs) / len(errs) if errs else 0.0
''')


OTHER_PY18.append(r'''def keep_only(text, allowed):
    """Drop every character of `text` that is NOT in `allowed`, and report the
    filtered string together with whether it is a palindrome.

    >>> keep_only("abracadabra", "ab")
    ('abaaaba', True)
    >>> keep_only("hello", "lo")
    ('llo', False)
    """
    kept = "".join(ch for ch in text if ch in allowed)
    return kept, kept == kept[::-1]
''')
