"""Twenty-first batch of hand-written documents, Python 3 (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY21: positives keyed by HumanEval item number, items 1, 9, 17, 24, 28,
    29, 49, 82, 85, 94, 102, 109, 117, 122, 133, 137.
  PY_HELDOUT21: held-out documents, items 39, 59, 63, 131, 139, 155, 159, 163.
  OTHER_PY21: seven Python 3 look-alikes with a different rule:
    0. running (cumulative) average of a list instead of the running maximum.
    1. keep the strings that END with a given suffix instead of those that
       start with a prefix.
    2. split balanced bracket groups but return each group's inner text with
       its outermost pair of parentheses removed.
    3. multiplicative order of 2 modulo m (smallest k > 0 with 2**k % m == 1)
       instead of 2**n mod p.
    4. double factorial n!! = n * (n-2) * (n-4) * ... instead of the product
       of factorials.
    5. words containing exactly n vowels instead of exactly n consonants.
    6. product of the prime digits (2, 3, 5, 7) of a number, 0 when it has
       none, instead of the product of the odd digits.
"""

PY21 = {}
PY_HELDOUT21 = {}
OTHER_PY21 = []


PY21[1] = r'''# Splitting a run of balanced bracket clusters
#
# I needed this for a toy s-expression reader: once everything except the
# brackets has been thrown away, cut the text into its top-level clusters.
# Spaces are just noise, so they get dropped first. After that we walk the
# string with a nesting counter and remember where the current cluster
# started; whenever the counter falls back to zero a cluster is complete and
# we slice it out.

def split_top_level(text):
    cleaned = "".join(ch for ch in text if ch in "()")
    pieces = []
    depth = 0
    start = 0
    for pos, ch in enumerate(cleaned):
        if ch == "(":
            if depth == 0:
                start = pos
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                pieces.append(cleaned[start:pos + 1])
    return pieces


if __name__ == "__main__":
    print(split_top_level("(()) ((( ))) ()"))    # ['(())', '((()))', '()']
    print(split_top_level(" ( ( ) ( ) ) ( )"))   # ['(()())', '()']
    print(split_top_level(""))                   # []
'''

PY21[9] = r'''"""Small sequence helpers used by the dashboard sparkline code."""
from itertools import accumulate
from typing import Iterable, List


def chunked(items: List[int], size: int) -> List[List[int]]:
    """Cut items into consecutive slices of at most `size` elements."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def high_water_marks(values: Iterable[int]) -> List[int]:
    """For every position, the biggest value seen up to and including it.

    Handy for drawing a "peak so far" line underneath a noisy series.
    """
    return list(accumulate(values, max))


def deltas(values: List[int]) -> List[int]:
    """Differences between neighbours; the result is one shorter."""
    return [b - a for a, b in zip(values, values[1:])]
'''

PY21[17] = r'''**Q:** I have a song written as a line of little ASCII symbols separated by
spaces and I want the length of each note in beats. `o` is a whole note
(four beats), `o|` is a half note (two beats) and `.|` is a quarter note
(one beat). What's the cleanest way?

**A:** A lookup table plus `split()` is all you need. `split()` with no
argument already ignores repeated or trailing spaces, so you don't have to
filter out empty tokens yourself:

```python
BEATS = {"o": 4, "o|": 2, ".|": 1}


def beats_for(score):
    return [BEATS[token] for token in score.split()]
```

```python
>>> beats_for(".| o o| .|")
[1, 4, 2, 1]
>>> beats_for("o| o|  o")
[2, 2, 4]
>>> beats_for("")
[]
```

A symbol that isn't in the table raises `KeyError`, which is usually what
you want for malformed input. If you'd rather skip unknown tokens, use
`BEATS.get(token)` and drop the `None`s.
'''

PY21[24] = r'''def biggest_proper_factor(n):
    """Return the largest divisor of n that is strictly less than n.

    The largest proper divisor is n divided by the smallest divisor above 1,
    so instead of counting down from n - 1 we count up from 2 and stop at
    the square root. If nothing divides n by then, n is prime and the answer
    is 1.
    """
    d = 2
    while d * d <= n:
        if n % d == 0:
            return n // d
        d += 1
    return 1
'''

PY21[28] = r'''## Gluing strings together

A pattern I still see a lot in code review is building a string with `+=`
inside a loop:

```python
def join_all_slow(chunks):
    result = ""
    for piece in chunks:
        result += piece
    return result
```

It works, but every `+=` may copy the whole string built so far. The
idiomatic version hands the list to `str.join` with an empty separator,
which sizes the output once and copies each piece once:

```python
def join_all(chunks):
    """Concatenate every string in `chunks`, in order, with nothing in between."""
    return "".join(chunks)


assert join_all([]) == ""
assert join_all(["snow", "ball"]) == "snowball"
assert join_all(["a", "bc", "", "d"]) == "abcd"
```

Same answers, and on a list of a hundred thousand fragments the second one
is noticeably faster.
'''

PY21[29] = r'''#!/usr/bin/env python3
"""Echo only those lines of standard input that begin with a given prefix."""
import sys


def keep_starting_with(items, head):
    """Return the entries of `items` whose opening characters equal `head`.

    Order is preserved; an empty `head` keeps everything.
    """
    width = len(head)
    return [s for s in items if s[:width] == head]


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: startswith.py PREFIX < file\n")
        return 2
    lines = [line.rstrip("\n") for line in sys.stdin]
    for line in keep_starting_with(lines, argv[1]):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
'''

PY21[49] = r'''def pow2_mod(exponent: int, modulus: int) -> int:
    """Compute (2 ** exponent) % modulus without ever building the big power.

    Square-and-multiply: walk the bits of the exponent, squaring the base at
    each step and folding it into the result when the bit is set. Every
    intermediate value stays below modulus ** 2.

    >>> pow2_mod(10, 7)
    2
    >>> pow2_mod(20, 1000)
    576
    >>> pow2_mod(0, 13)
    1
    """
    result = 1
    base = 2 % modulus
    e = exponent
    while e > 0:
        if e & 1:
            result = (result * base) % modulus
        base = (base * base) % modulus
        e >>= 1
    return result


if __name__ == "__main__":
    import doctest
    doctest.testmod()
'''

PY21[82] = r'''# string_checks.py -- assorted predicates used by the kata runner


def _is_prime(k: int) -> bool:
    if k < 2:
        return False
    if k < 4:
        return True
    if k % 2 == 0 or k % 3 == 0:
        return False
    f = 5
    while f * f <= k:
        if k % f == 0 or k % (f + 2) == 0:
            return False
        f += 6
    return True


def has_prime_length(word: str) -> bool:
    """True when the number of characters in `word` is a prime number."""
    return _is_prime(len(word))


def is_blank(text: str) -> bool:
    """True for the empty string or for text made only of whitespace."""
    return not text.strip()


def is_mirrored(text: str) -> bool:
    """Case-insensitive palindrome test."""
    low = text.lower()
    return low == low[::-1]
'''

PY21[85] = r'''# Exercise 4.3 -- sum selected list entries
#
# Look only at the odd positions of the list (index 1, 3, 5, ...) and add
# up the values found there that are even numbers. The list is never empty.
#
#   [5, 8, 3, 4, 9, 7]  -> 8 + 4 = 12   (7 is at an odd index but is odd)
#   [2, 1, 2, 1]        -> 0
#   [0, 10]             -> 10

def even_values_at_odd_positions(seq):
    return sum(v for v in seq[1::2] if v % 2 == 0)


print(even_values_at_odd_positions([5, 8, 3, 4, 9, 7]))
print(even_values_at_odd_positions([2, 1, 2, 1]))
print(even_values_at_odd_positions([0, 10]))
'''

PY21[94] = r'''Scan a list of integers, find the largest one that is prime, and report the
sum of its decimal digits. Rather than testing every element, I sort the
distinct values from the top down and stop at the first prime, so in the
common case only a handful of primality checks run.

```python
import math


def _prime(v):
    if v < 2:
        return False
    for d in range(2, math.isqrt(v) + 1):
        if v % d == 0:
            return False
    return True


def digit_sum_of_top_prime(numbers):
    """Digit sum of the biggest prime in `numbers` (0 if there is none)."""
    for candidate in sorted(set(numbers), reverse=True):
        if _prime(candidate):
            return sum(int(ch) for ch in str(candidate))
    return 0
```
'''

PY21[102] = r'''def top_even_in_range(lo, hi):
    """Largest even integer n with lo <= n <= hi, or -1 if there isn't one.

    Both bounds are positive whole numbers. If lo > hi the range is empty,
    which the comparison below handles without a special case.
    """
    best = hi if hi % 2 == 0 else hi - 1
    return best if best >= lo else -1


if __name__ == "__main__":
    cases = [
        (3, 9, 8),
        (20, 20, 20),
        (9, 9, -1),
        (30, 25, -1),
        (1, 2, 2),
    ]
    for lo, hi, expected in cases:
        got = top_even_in_range(lo, hi)
        assert got == expected, (lo, hi, got)
    print("all good")
'''

PY21[109] = r'''> **Review comment** on `sorting/rotation.py`, line 12
>
> The current version builds every rotation of the list and compares each
> one with `sorted(values)`, which is quadratic. Since the items are
> guaranteed distinct, a list is a rotation of its sorted self exactly when,
> walking around it in a circle (last element wraps to the first), it steps
> down at most once. Something like this passes the existing tests:

```python
def can_rotate_into_order(values):
    """Can some number of right-rotations leave `values` ascending?

    Items are assumed to be distinct. An empty list counts as sorted.
    """
    n = len(values)
    drops = 0
    for i in range(n):
        if values[i] > values[(i + 1) % n]:
            drops += 1
            if drops > 1:
                return False
    return True
```

> One pass, no copies, and it bails out as soon as a second drop shows up.
'''

PY21[117] = r'''VOWELS = set("aeiou")


def consonant_count(word):
    """Letters in `word` that are not a, e, i, o or u (any case)."""
    return sum(1 for ch in word if ch.lower() not in VOWELS)


def pick_words(sentence, wanted):
    """Words of `sentence` having exactly `wanted` consonants, in the order
    they occur. The sentence holds only letters and spaces; an empty
    sentence gives an empty list.

    pick_words("Quick brown fox", 2)  -> ["fox"]
    pick_words("Quick brown fox", 4)  -> ["brown"]
    pick_words("Quick brown fox", 3)  -> ["Quick"]
    pick_words("eye owe", 1)          -> ["eye", "owe"]
    """
    return [w for w in sentence.split() if consonant_count(w) == wanted]
'''

PY21[122] = r'''def short_sum(nums, k):
    """Add up the "short" values among the first k entries of nums.

    A value counts as short when its decimal form is at most two characters
    long: 0 to 99, plus the single-digit negatives -9 to -1 (the minus sign
    takes one of the two characters, so -15 is already too long). Entries
    past index k - 1 are ignored altogether.
    """
    total = 0
    for value in nums[:k]:
        if -10 < value < 100:
            total += value
    return total
'''

PY21[133] = r'''"""Week 3 lab, problem 2.

Take a list of numbers (ints or floats), round every one of them UP to the
next whole number, square the results and return their sum.

Worked examples:
    [0.5, 2, -1.7]  -> ceilings 1, 2, -1   -> 1 + 4 + 1 = 6
    [2.1, 3]        -> ceilings 3, 3       -> 9 + 9     = 18
    []              -> 0
"""
import math


def ceil_square_total(values):
    return sum(math.ceil(v) ** 2 for v in values)


if __name__ == "__main__":
    assert ceil_square_total([0.5, 2, -1.7]) == 6
    assert ceil_square_total([2.1, 3]) == 18
    assert ceil_square_total([]) == 0
    print("passed")
'''

PY21[137] = r'''"""Pick the bigger of two loosely typed numeric values.

The values come out of a spreadsheet export, so each one may be an int, a
float, or a string that uses either '.' or ',' as its decimal mark. We
compare them as numbers but return the winner exactly as we received it, so
a string stays a string and keeps its comma. When the two are numerically
equal the result is None.
"""


def _numeric(value):
    if isinstance(value, str):
        return float(value.replace(",", "."))
    return float(value)


def larger_as_given(left, right):
    lv, rv = _numeric(left), _numeric(right)
    if lv == rv:
        return None
    return left if lv > rv else right
'''


PY_HELDOUT21[39] = r'''from itertools import islice
from math import isqrt


def _is_prime(v):
    if v < 2:
        return False
    if v % 2 == 0:
        return v == 2
    for d in range(3, isqrt(v) + 1, 2):
        if v % d == 0:
            return False
    return True


def _fibonacci():
    a, b = 0, 1
    while True:
        a, b = b, a + b
        yield a


def nth_prime_fibonacci(n):
    """The n-th Fibonacci number that is also prime, counting from 1.

    The sequence begins 2, 3, 5, 13, 89, 233, 1597, ...
    """
    primes = (f for f in _fibonacci() if _is_prime(f))
    return next(islice(primes, n - 1, None))


assert nth_prime_fibonacci(1) == 2
assert nth_prime_fibonacci(4) == 13
assert nth_prime_fibonacci(7) == 1597
'''

PY_HELDOUT21[59] = r'''def biggest_prime_factor(n):
    """Largest prime that divides n, for a composite n > 1.

    Peel off small factors one at a time. Whatever is left once the trial
    divisor passes the square root of the remainder is either 1 (so the last
    factor we removed was the biggest) or itself a prime bigger than all of
    the removed ones.
    """
    factor = 2
    last = 1
    while factor * factor <= n:
        while n % factor == 0:
            last = factor
            n //= factor
        factor += 1
    return n if n > 1 else last
'''

PY_HELDOUT21[63] = r'''# A Fibonacci cousin where each term is the sum of the previous THREE terms,
# seeded with 0, 0, 1:
#
#   T(0) = 0, T(1) = 0, T(2) = 1, T(n) = T(n-1) + T(n-2) + T(n-3)
#
# The textbook recursion is exponential, so keep a sliding window of three
# values instead and step it forward n times.
#
#   n:    0  1  2  3  4  5  6   7   8   9
#   T(n): 0  0  1  1  2  4  7  13  24  44

def three_term_fib(n):
    a, b, c = 0, 0, 1
    for _ in range(n):
        a, b, c = b, c, a + b + c
    return a


if __name__ == "__main__":
    assert three_term_fib(7) == 13
    assert three_term_fib(9) == 44
    print([three_term_fib(i) for i in range(12)])
'''

PY_HELDOUT21[131] = r'''def odd_digit_product(n):
    """Multiply together the odd decimal digits of a positive integer.

    If the number has no odd digits at all the answer is 0 rather than the
    empty product 1.
    """
    product = 1
    seen_odd = False
    while n > 0:
        n, digit = divmod(n, 10)
        if digit % 2 == 1:
            product *= digit
            seen_odd = True
    return product if seen_odd else 0
'''

PY_HELDOUT21[139] = r'''"""superfactorial.py

The superfactorial of a positive integer n is the product of the first n
factorials:

    sf(n) = 1! * 2! * 3! * ... * n!

So sf(3) = 1 * 2 * 6 = 12 and sf(6) = 1 * 2 * 6 * 24 * 120 * 720 = 24883200.
We build each factorial from the previous one instead of calling
math.factorial n times.
"""


def superfactorial(n):
    running_fact = 1
    total = 1
    for k in range(1, n + 1):
        running_fact *= k
        total *= running_fact
    return total


if __name__ == "__main__":
    assert superfactorial(3) == 12
    assert superfactorial(6) == 24883200
    print(superfactorial(10))
'''

PY_HELDOUT21[155] = r'''def tally_digit_parity(num):
    """Return (even_digits, odd_digits) for the decimal digits of an integer.

    The sign is ignored, and zero is treated as the single digit 0.
    """
    digits = str(abs(num))
    evens = sum(1 for ch in digits if ch in "02468")
    return evens, len(digits) - evens
'''

PY_HELDOUT21[159] = r'''def feed(eaten_so_far, still_wanted, in_stock):
    """One feeding round for the rabbit simulation.

    The rabbit has already had `eaten_so_far` carrots today and would like
    `still_wanted` more, but only `in_stock` are left in the pantry. It eats
    as many of the wanted carrots as the pantry allows (possibly staying
    hungry). Returns [total eaten today, carrots left in the pantry].

    All three inputs are between 0 and 1000.

    feed(3, 4, 10) -> [7, 6]
    feed(0, 7, 5)  -> [5, 0]
    feed(9, 0, 2)  -> [9, 2]
    """
    bite = min(still_wanted, in_stock)
    return [eaten_so_far + bite, in_stock - bite]
'''

PY_HELDOUT21[163] = r'''def even_digits_between(a, b):
    """Even single-digit numbers lying between a and b, smallest first.

    a and b are positive and may come in either order; both ends are
    inclusive. Only 2, 4, 6 and 8 can ever appear in the result.
    """
    lo, hi = sorted((a, b))
    return [d for d in (2, 4, 6, 8) if lo <= d <= hi]
'''


OTHER_PY21.append(r'''def running_mean(xs):
    """Average of the first i values, for every i from 1 to len(xs).

    running_mean([4, 8, 6, 2]) -> [4.0, 6.0, 6.0, 5.0]
    running_mean([])           -> []
    """
    out = []
    total = 0.0
    for i, x in enumerate(xs, 1):
        total += x
        out.append(total / i)
    return out


if __name__ == "__main__":
    print(running_mean([4, 8, 6, 2]))
''')

OTHER_PY21.append(r'''import os


def pick_by_ending(names, tail):
    """Keep only the names that finish with `tail`, preserving order."""
    return [name for name in names if name.endswith(tail)]


def list_sources(folder, extension=".py"):
    """Files directly inside `folder` whose names end with `extension`."""
    return sorted(pick_by_ending(os.listdir(folder), extension))
''')

OTHER_PY21.append(r'''# Given a string made of several top-level bracket groups (spaces allowed
# anywhere), return what sits INSIDE each group: the group with its outermost
# "(" and ")" peeled off. A bare "()" therefore contributes an empty string.
#
#   inner_parts("(()) ((())) ()")  -> ['()', '(())', '']
#   inner_parts("( ()() )")        -> ['()()']

def inner_parts(text):
    parts = []
    depth = 0
    buf = []
    for ch in text:
        if ch == "(":
            if depth > 0:
                buf.append(ch)
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth > 0:
                buf.append(ch)
            else:
                parts.append("".join(buf))
                buf = []
    return parts


assert inner_parts("(()) ((())) ()") == ["()", "(())", ""]
assert inner_parts("( ()() )") == ["()()"]
''')

OTHER_PY21.append(r'''def order_of_two(m):
    """Smallest k > 0 such that 2**k leaves remainder 1 when divided by m.

    m must be odd and greater than 1, otherwise no such k exists. Only the
    residue is tracked, so the powers never grow large.

    >>> order_of_two(7)
    3
    >>> order_of_two(9)
    6
    >>> order_of_two(11)
    10
    """
    if m < 3 or m % 2 == 0:
        raise ValueError("m must be an odd integer >= 3")
    k = 1
    r = 2 % m
    while r != 1:
        r = (r * 2) % m
        k += 1
    return k
''')

OTHER_PY21.append(r'''def double_factorial(n):
    """n!! -- the product n * (n - 2) * (n - 4) * ... down to 1 or 2.

    By convention 0!! and 1!! are both 1. Negative input is rejected.
    """
    if n < 0:
        raise ValueError("double factorial is defined here for n >= 0 only")
    result = 1
    for k in range(n, 1, -2):
        result *= k
    return result
''')

OTHER_PY21.append(r'''from typing import List


def words_with_vowels(sentence: str, count: int) -> List[str]:
    """Return the words of `sentence` holding exactly `count` vowels
    (a, e, i, o, u, either case), keeping their original order.

    words_with_vowels("Quiet evening rain", 2) -> ["rain"]
    words_with_vowels("Quiet evening rain", 3) -> ["Quiet", "evening"]
    words_with_vowels("", 1)                   -> []
    """
    result = []
    for word in sentence.split():
        vowels = sum(ch in "aeiouAEIOU" for ch in word)
        if vowels == count:
            result.append(word)
    return result
''')

OTHER_PY21.append(r'''PRIME_DIGITS = {2, 3, 5, 7}


def prime_digit_product(n):
    """Product of the digits of n that are themselves prime (2, 3, 5, 7).

    Other digits are skipped. A number without any prime digit gives 0.
    """
    product = 1
    found = False
    for ch in str(abs(n)):
        d = int(ch)
        if d in PRIME_DIGITS:
            product *= d
            found = True
    return product if found else 0
''')
