"""Twenty-fourth batch of hand-written documents, Python 3 (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY24: positives keyed by HumanEval item number, items 6, 30, 33, 34, 37,
    41, 62, 66, 77, 80, 102, 105, 116, 118, 122, 146.
  PY_HELDOUT24: held-out documents, items 15, 19, 39, 75, 91, 103, 111, 159.
  OTHER_PY24: seven Python 3 look-alikes with a different rule:
    0. antiderivative of a coefficient list (constant of integration 0),
       not the derivative.
    1. sort non-negative integers by how many 0 bits their binary form has
       (ties by value), not by how many 1 bits.
    2. for each blank-separated bracket group, count its outermost
       (top-level) pairs instead of its deepest nesting level.
    3. add up the alphabet positions (A=1 ... Z=26) of the capital letters,
       not their ASCII codes.
    4. a word passes when its letters alternate between vowels and
       consonants, not when every three neighbours are distinct.
    5. count the numbers above 10 whose first and last digits are the same
       digit, not the ones whose first and last digits are both odd.
    6. reverse the order of the values at indices 0, 3, 6, ... instead of
       sorting them.
"""

PY24 = {}
PY_HELDOUT24 = {}
OTHER_PY24 = []


PY24[6] = r'''# depth.py -- tiny utility I use when eyeballing generated Lisp-ish output.
#
# Feed it a line such as "(()) ()() (((())))": every blank-separated chunk
# is a balanced run of round brackets, and you get back, chunk by chunk, how
# deep the brackets go at their deepest point.


def deepest_levels(text):
    """Return a list with the peak bracket depth of each chunk in `text`."""
    peaks = []
    for chunk in text.split():
        level = peak = 0
        for ch in chunk:
            # anything that is not an opener is treated as a closer
            level += 1 if ch == "(" else -1
            if level > peak:
                peak = level
        peaks.append(peak)
    return peaks


if __name__ == "__main__":
    print(deepest_levels("(()) ()() (((()))) (()(()))"))   # -> [2, 1, 4, 3]
    print(deepest_levels("((((()))))"))                   # -> [5]
'''


PY24[30] = r'''**Q: Filter a list down to the strictly positive values**

I have a list of sensor deltas that mixes negative numbers, zeros and positive
numbers. I want a new list with only the values greater than zero, in the
order they arrived. My loop works, but it feels clunky:

```python
out = []
for d in deltas:
    if d > 0:
        out.append(d)
```

Is there a more idiomatic way?

**A:** Your loop is correct; the usual way to write it is a list
comprehension, which reads almost like the sentence in your question:

```python
def strictly_positive(deltas):
    """Keep the items that are > 0, preserving their original order."""
    return [d for d in deltas if d > 0]
```

Zero is dropped because the comparison is strict; if you ever want to keep
zeros, change `>` to `>=`. If you like the functional style, the same thing
is `list(filter(lambda d: d > 0, deltas))`, but most reviewers find the
comprehension easier to read. Either way you get a fresh list and the input
is not modified.
'''


PY24[33] = r'''def sort_every_third(seq):
    """Return a copy of `seq` in which the entries at positions 0, 3, 6, ...
    have been put in ascending order among themselves.

    Every position whose index is not a multiple of three keeps exactly the
    value it had; only the "every third" slots are shuffled around.
    """
    result = list(seq)
    slots = range(0, len(result), 3)
    ordered = sorted(result[p] for p in slots)
    for pos, val in zip(slots, ordered):
        result[pos] = val
    return result


# quick self-check
assert sort_every_third([9, 1, 1, 4, 1, 1, 0]) == [0, 1, 1, 4, 1, 1, 9]
assert sort_every_third([7, 8]) == [7, 8]
assert sort_every_third([]) == []
assert sort_every_third([3, 0, 0, 2, 0, 0, 1, 0]) == [1, 0, 0, 2, 0, 0, 3, 0]
'''


PY24[34] = r'''Review comment on `utils/collections.py`, line 41:

> ```python
> def distinct_sorted(items):
>     seen = []
>     for it in items:
>         if it not in seen:
>             seen.append(it)
>     seen.sort()
>     return seen
> ```

This is quadratic because `it not in seen` scans a list every time, and we
call it on the full order history. Since all we want is each value once, in
ascending order, a set does the de-duplication for us and `sorted` hands back
a new list:

```python
def distinct_sorted(items):
    """Every distinct value of `items` exactly once, smallest first."""
    return sorted(set(items))
```

Same result for the hashable values we pass in (ints and strings), and it
stays fast on big inputs. Could you swap it in and drop the helper test that
only checked the loop?
'''


PY24[37] = r'''import heapq


def sort_even_positions(values):
    """Sort the items that live at even indices (0, 2, 4, ...) in place of
    one another, leaving the odd-indexed items exactly where they were.

    A new list is returned; `values` itself is not touched.
    """
    pool = list(values[::2])
    heapq.heapify(pool)
    out = []
    for idx, item in enumerate(values):
        if idx % 2 == 0:
            out.append(heapq.heappop(pool))
        else:
            out.append(item)
    return out
'''


PY24[41] = r'''## Puzzle of the week: cars on an endless highway

Picture an arrow-straight road that goes on forever in both directions.
A convoy of `n` cars drives eastward; far away, another convoy of `n` cars
drives westward, toward the first one. Every car travels at the same speed.
When an eastbound car meets a westbound one we count that as a crash, but
these are cartoon cars: they pass straight through each other and keep going
as if nothing happened. How many crashes happen in total?

The trick is to notice that nobody ever changes direction or speed, so any
eastbound car will sooner or later meet each of the westbound cars, exactly
once. Cars going the same way never meet, because they share a speed. That
gives `n` meetings per eastbound car, `n * n` in all.

```python
def head_on_meetings(n):
    """How many east/west meetings happen between two convoys of n cars."""
    return n * n


def head_on_meetings_by_simulation(n):
    """Slow cross-check: walk the cars step by step and count meetings."""
    east = [-(10 * n) - 2 * i for i in range(n)]   # moving +1 per tick
    west = [10 * n + 2 * i + 1 for i in range(n)]  # moving -1 per tick
    met = 0
    while east and min(east) < max(west):
        for a in east:
            for b in west:
                if a < b and a + 1 >= b - 1:
                    met += 1
        east = [a + 1 for a in east]
        west = [b - 1 for b in west]
    return met
```

The simulation is only there to convince yourself; the closed form is the
answer.
'''


PY24[62] = r'''"""poly.py - helpers for polynomials stored as coefficient lists.

A list like [c0, c1, c2, ...] stands for c0 + c1*x + c2*x**2 + ...
"""


def evaluate(coeffs, x):
    """Horner's rule."""
    acc = 0
    for c in reversed(coeffs):
        acc = acc * x + c
    return acc


def differentiate(coeffs):
    """Coefficient list of the derivative, in the same low-to-high layout.

    The constant term disappears, so the result is one element shorter.

    >>> differentiate([7, 0, -3, 2])
    [0, -6, 6]
    >>> differentiate([4])
    []
    >>> differentiate([0, 5])
    [5]
    """
    return [power * c for power, c in enumerate(coeffs) if power > 0]


if __name__ == "__main__":
    import doctest
    doctest.testmod()
'''


PY24[66] = r'''# Exercise 4b: capital letters as numbers
#
# Add up the character codes (ord) of the upper-case letters in a string and
# ignore everything else (lower-case letters, digits, spaces, punctuation).
#
#   "PyThOn"      -> 80 + 84 + 79 = 243
#   "no capitals" -> 0
#   ""            -> 0
#   "ZZ top"      -> 180


def capital_code_total(text):
    return sum(ord(ch) for ch in text if ch.isupper())


for sample, expected in [("PyThOn", 243), ("no capitals", 0), ("", 0), ("ZZ top", 180)]:
    got = capital_code_total(sample)
    print(f"{sample!r:16} {got:5} {'ok' if got == expected else 'WRONG'}")
'''


PY24[77] = r'''def is_perfect_cube(n):
    """True when some integer k satisfies k ** 3 == n.

    Negative numbers are fine (the cube of a negative integer is negative),
    and zero counts as a cube. Instead of trusting the floating point cube
    root, round it and then confirm with exact integer arithmetic, also
    checking the neighbours in case the float landed just on the wrong side.
    """
    n = abs(n)
    guess = round(n ** (1.0 / 3.0))
    return any((guess + step) ** 3 == n for step in (-1, 0, 1))
'''


PY24[80] = r'''A string counts as "lively" (our team's word for it) when it has at least
three characters and no window of three neighbouring characters repeats a
character. So "xyzx" is lively (the windows "xyz" and "yzx" are both made of
three different letters), "abab" is not (the window "aba" uses "a" twice),
and "hi" is too short to qualify at all.

```python
def is_lively(s):
    if len(s) < 3:
        return False
    return all(len(set(s[i:i + 3])) == 3 for i in range(len(s) - 2))


print(is_lively("xyzx"))     # True
print(is_lively("abab"))     # False
print(is_lively("hi"))       # False
print(is_lively("qwertyq"))  # True
print(is_lively("qwq"))      # False
```
'''


PY24[102] = r'''def largest_even_between(lo, hi):
    """Largest even n with lo <= n <= hi, or -1 if there is none.

    Only the two top candidates can ever be the answer: `hi` itself, or the
    number just below it. When the range is empty (lo > hi) neither of them
    passes the `>= lo` test, so we fall through to -1.
    """
    for candidate in (hi, hi - 1):
        if candidate >= lo and candidate % 2 == 0:
            return candidate
    return -1
'''


PY24[105] = r'''DIGIT_NAMES = ("One", "Two", "Three", "Four", "Five",
               "Six", "Seven", "Eight", "Nine")


def spell_digits_descending(numbers):
    """Keep only the numbers from 1 to 9, order them from largest to smallest,
    and return their English names.

    Anything outside 1..9 (zero, negatives, two-digit values) is dropped.

        spell_digits_descending([7, 3, 12, 3, 0])  -> ["Seven", "Three", "Three"]
        spell_digits_descending([-4, 10])          -> []
        spell_digits_descending([2, 9, 6])         -> ["Nine", "Six", "Two"]
    """
    kept = [n for n in numbers if 1 <= n <= 9]
    kept.sort(reverse=True)
    return [DIGIT_NAMES[n - 1] for n in kept]
'''


PY24[116] = r'''# Kata notes: order non-negative integers by their popcount.
#
# Primary key: how many 1 bits the number has in binary.
# Secondary key: the number itself, so equal popcounts come out ascending.
# Negative inputs also work with this key: bin() of a negative number is just
# a minus sign in front of the binary of its absolute value, so the bit count
# is taken from the magnitude and the tie-break still uses the signed value.


def set_bits(value):
    return bin(value).count("1")


def order_by_popcount(numbers):
    return sorted(numbers, key=lambda v: (set_bits(v), v))
'''


PY24[118] = r'''VOWELS = frozenset("aeiouAEIOU")


def last_enclosed_vowel(word):
    """Scan `word` from the right and return the first vowel that has a
    consonant immediately on both sides of it.

    The very first and very last letters never count, because they lack a
    neighbour on one side. Upper and lower case are both recognised and the
    vowel is returned exactly as written. If nothing qualifies the result is
    the empty string. Input is assumed to be letters only.
    """
    for i in range(len(word) - 2, 0, -1):
        if (word[i] in VOWELS
                and word[i - 1] not in VOWELS
                and word[i + 1] not in VOWELS):
            return word[i]
    return ""
'''


PY24[122] = r'''def short_sum(values, k):
    """Sum the "short" numbers among the first k entries of `values`.

    A number is short when its decimal text is at most two characters wide,
    minus sign included: 99, 7 and -9 are short, while 100 and -10 are not.

    Examples:
        short_sum([250, 17, 8, 1000, 40], 4)  == 25   (17 + 8)
        short_sum([-5, 300, 12], 3)            == 7    (-5 + 12)
        short_sum([500, 600], 2)               == 0
    """
    return sum(v for v in values[:k] if len(str(v)) <= 2)


if __name__ == "__main__":
    assert short_sum([250, 17, 8, 1000, 40], 4) == 25
    assert short_sum([-5, 300, 12], 3) == 7
    assert short_sum([500, 600], 2) == 0
    print("all good")
'''


PY24[146] = r'''ODD_DIGITS = set("13579")


def count_odd_framed(numbers):
    """Count the entries that exceed 10 and also begin and end with an odd
    digit.

    >>> count_odd_framed([13, 57, -35, 10, 24, 135])
    3
    >>> count_odd_framed([11, 12, 91, 99])
    3
    >>> count_odd_framed([7, -71])
    0
    """
    total = 0
    for n in numbers:
        if n <= 10:
            continue
        digits = str(n)
        if digits[0] in ODD_DIGITS and digits[-1] in ODD_DIGITS:
            total += 1
    return total
'''


# ----------------------------------------------------------------------------
# Held-out items
# ----------------------------------------------------------------------------

PY_HELDOUT24[15] = r'''#!/usr/bin/env python3
"""gen_seq.py - print the numbers 0..N on one line, blank separated.

Small replacement for `seq -s ' ' 0 N` on machines without coreutils.
"""
import sys


def counting_line(limit):
    """All integers from 0 up to and including `limit`, joined by single spaces."""
    return " ".join(str(i) for i in range(limit + 1))


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: gen_seq.py N\n")
        return 2
    print(counting_line(int(argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
'''


PY_HELDOUT24[19] = r'''WORDS = ["zero", "one", "two", "three", "four",
         "five", "six", "seven", "eight", "nine"]
RANK = {w: i for i, w in enumerate(WORDS)}


def order_spelled_digits(sentence):
    """Take a blank-separated string of digit words ("zero" ... "nine") and
    return them as a string again, ordered from the smallest value to the
    largest. Duplicates are kept; an empty input gives an empty string.

    >>> order_spelled_digits("nine two two zero")
    'zero two two nine'
    >>> order_spelled_digits("seven")
    'seven'
    >>> order_spelled_digits("")
    ''
    """
    tokens = [t for t in sentence.split(" ") if t]
    return " ".join(sorted(tokens, key=RANK.__getitem__))
'''


PY_HELDOUT24[39] = r'''Project notes, day 12: Fibonacci numbers that are also prime.

Walk the Fibonacci sequence (0, 1, 1, 2, 3, 5, 8, ...) and keep only the
terms that are prime; we want the n-th of those survivors, counting from 1.
The values explode quickly, but trial division up to the square root is still
fine for the first dozen or so.

```python
from math import isqrt


def _prime(v):
    if v < 2:
        return False
    if v % 2 == 0:
        return v == 2
    for d in range(3, isqrt(v) + 1, 2):
        if v % d == 0:
            return False
    return True


def nth_prime_fibonacci(n):
    """n-th Fibonacci number that is prime (1-based)."""
    a, b = 0, 1
    found = 0
    while True:
        a, b = b, a + b
        if _prime(a):
            found += 1
            if found == n:
                return a


if __name__ == "__main__":
    print(nth_prime_fibonacci(6))    # 233
    print(nth_prime_fibonacci(11))   # 2971215073
```

Note the repeated 1 at the start of the sequence is harmless: 1 is not prime,
so it is never counted twice.
'''


PY_HELDOUT24[75] = r'''def is_three_prime_product(value):
    """Is `value` the product of exactly three primes (repeats allowed)?

    Works by peeling off prime factors with trial division and counting them
    with multiplicity; the answer is yes only if the count comes out at three.
    Small values are expected here (the original exercise promised inputs
    under 100), so nothing clever is needed.
    """
    if value < 2:
        return False
    factors = 0
    p = 2
    n = value
    while p * p <= n:
        while n % p == 0:
            n //= p
            factors += 1
            if factors > 3:
                return False
        p += 1
    if n > 1:
        factors += 1
    return factors == 3
'''


PY_HELDOUT24[91] = r'''import re

# A sentence ends at '.', '?' or '!'; whatever whitespace follows the mark is
# swallowed by the split so the next sentence starts at its first word.
_SENTENCE_END = re.compile(r"[.?!]\s*")


def count_i_sentences(text):
    """How many sentences in `text` open with the word "I" (followed by a space).

    Words like "It" or "Is" at the start do not count, and an "I" in the middle
    of a sentence does not count either.
    """
    total = 0
    for sentence in _SENTENCE_END.split(text):
        if sentence.startswith("I "):
            total += 1
    return total
'''


PY_HELDOUT24[103] = r'''def mean_in_binary(start, stop):
    """Average of every integer from `start` to `stop` (both ends included),
    rounded to an integer and returned as a Python binary literal string.

    If start > stop the range is empty and -1 comes back instead.

    The mean of a run of consecutive integers is just the midpoint
    (start + stop) / 2, so no loop is needed. Rounding uses Python's built-in
    round(), i.e. an exact .5 goes to the nearest even integer.

    Examples:
        mean_in_binary(2, 4)  -> '0b11'   (mean 3)
        mean_in_binary(1, 4)  -> '0b10'   (mean 2.5 rounds to 2)
        mean_in_binary(3, 8)  -> '0b110'  (mean 5.5 rounds to 6)
        mean_in_binary(9, 2)  -> -1
    """
    if start > stop:
        return -1
    return bin(round((start + stop) / 2))
'''


PY_HELDOUT24[111] = r'''from collections import Counter


def most_common_letters(line):
    """`line` holds lower-case letters separated by spaces. Return a dict that
    maps the most frequent letter to its count; when several letters share the
    top count they all appear. An empty line gives an empty dict.
    """
    counts = Counter(tok for tok in line.split(" ") if tok)
    if not counts:
        return {}
    best = max(counts.values())
    return {letter: n for letter, n in counts.items() if n == best}
'''


PY_HELDOUT24[159] = r'''# Snack tracker from the intro course, week 3.
#
# You have already eaten `eaten` snacks today and would like `wanted` more,
# but only `stock` are left in the cupboard. Eat as many as you can (never
# more than what is there) and report [total eaten today, snacks left].
#
#   finish_snacks(3, 4, 10) -> [7, 6]
#   finish_snacks(0, 5, 2)  -> [2, 0]    (still hungry, cupboard empty)
#   finish_snacks(8, 0, 1)  -> [8, 1]


def finish_snacks(eaten, wanted, stock):
    taken = min(wanted, stock)
    return [eaten + taken, stock - taken]


assert finish_snacks(3, 4, 10) == [7, 6]
assert finish_snacks(0, 5, 2) == [2, 0]
assert finish_snacks(8, 0, 1) == [8, 1]
'''


# ----------------------------------------------------------------------------
# Look-alikes: close to a HumanEval problem, but a different rule.
# ----------------------------------------------------------------------------

# 0. antiderivative instead of derivative
OTHER_PY24.append(r'''def integrate_poly(coeffs):
    """Antiderivative of the polynomial c0 + c1*x + c2*x**2 + ..., given and
    returned as a low-to-high coefficient list. The constant of integration
    is taken to be 0, so the result always starts with 0 and is one entry
    longer than the input.

    >>> integrate_poly([3, 4, 6])
    [0, 3.0, 2.0, 2.0]
    >>> integrate_poly([])
    [0]
    """
    return [0] + [c / (power + 1) for power, c in enumerate(coeffs)]
''')

# 1. count zero bits instead of one bits
OTHER_PY24.append(r'''def zero_bits(n):
    """How many 0 digits appear in the binary form of n (no '0b' prefix)."""
    return format(n, "b").count("0")


def order_by_zero_bits(numbers):
    """Sort non-negative integers by the number of zero bits in their binary
    representation, fewest first; numbers with the same count are ordered by
    value."""
    return sorted(numbers, key=lambda n: (zero_bits(n), n))
''')

# 2. count top-level pairs per group instead of the maximum depth
OTHER_PY24.append(r'''For each blank-separated group of round brackets we want to know how many
pairs sit at the outermost level, i.e. how many times the running depth drops
back to zero inside that group. "(()) ()()" gives [1, 2] and "((()))(()) ()"
gives [2, 1].

```python
def outer_pair_counts(text):
    result = []
    for group in text.split():
        depth = 0
        closed_at_top = 0
        for ch in group:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    closed_at_top += 1
        result.append(closed_at_top)
    return result
```
''')

# 3. alphabet positions of capitals instead of their ASCII codes
OTHER_PY24.append(r'''import string


def capital_letter_score(text):
    """Score a string by its capital letters: A is worth 1, B is worth 2, ...,
    Z is worth 26. Lower-case letters and every other character score 0."""
    return sum(string.ascii_uppercase.index(ch) + 1
               for ch in text if ch in string.ascii_uppercase)
''')

# 4. alternating vowels/consonants instead of "three neighbours distinct"
OTHER_PY24.append(r'''VOWELS = set("aeiouAEIOU")


def alternates_vowels(word):
    """True if the letters of `word` switch between vowel and consonant at
    every step ("banana", "oregano"), False as soon as two vowels or two
    consonants stand next to each other ("tree", "street"). Words shorter than
    two letters trivially alternate.

    >>> alternates_vowels("banana")
    True
    >>> alternates_vowels("tree")
    False
    """
    flags = [ch in VOWELS for ch in word]
    return all(a != b for a, b in zip(flags, flags[1:]))
''')

# 5. first digit equals last digit instead of both being odd
OTHER_PY24.append(r'''def count_matching_ends(numbers):
    """Count the values greater than 10 whose first and last decimal digits
    are the same digit, e.g. 22, 141 or 5005."""
    hits = 0
    for n in numbers:
        if n > 10:
            text = str(n)
            if text[0] == text[-1]:
                hits += 1
    return hits
''')

# 6. reverse the every-third slots instead of sorting them
OTHER_PY24.append(r'''def flip_every_third(items):
    """Return a copy of `items` where the values at indices 0, 3, 6, ... appear
    in reverse order (the last such value moves to index 0 and so on); all
    other positions are left unchanged.

    Example: [1, 'a', 'b', 2, 'c', 'd', 3] -> [3, 'a', 'b', 2, 'c', 'd', 1]
    """
    out = list(items)
    out[::3] = out[::3][::-1]
    return out
''')
