"""Twenty-ninth batch of hand-written documents, Python 3 (2026-12-05).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY29: positives keyed by HumanEval item number, items 2, 21, 33, 44, 46,
    49, 52, 60, 70, 81, 104, 112, 117, 118, 130, 141.
  PY_HELDOUT29: held-out documents, items 35, 39, 63, 83, 87, 91, 103, 147.
  OTHER_PY29: seven Python 3 look-alikes with a different rule:
    0. Padovan numbers: P(0)=P(1)=P(2)=1, P(n)=P(n-2)+P(n-3), computed
       iteratively (near fib4 / fibfib, but a different recurrence).
    1. z-score standardisation of a list (mean 0, population std 1) instead
       of min-max rescaling to [0, 1].
    2. reverse (not sort) the values sitting at indices 0, 3, 6, ...; every
       other position is left alone.
    3. words of a sentence that contain exactly n vowels (not consonants).
    4. first consonant, scanning from the left, that sits between two vowels
       (roles of vowel/consonant swapped and the direction flipped).
    5. drop the given characters, then report whether what is left could be
       rearranged into a palindrome (anagram test, not a palindrome test).
    6. numbers in which no digit appears twice, sorted ascending (instead of
       numbers made only of odd digits).
"""

PY29 = {}
PY_HELDOUT29 = {}
OTHER_PY29 = []


# ---------------------------------------------------------------------------
# Positives
# ---------------------------------------------------------------------------

PY29[2] = r'''# numfmt.py -- small helpers used by the invoice report generator

import math


def split_float(value):
    """Split a positive float into (whole, frac); `whole` is an int."""
    whole = int(math.floor(value))
    return whole, value - whole


def fractional_part(value: float) -> float:
    """Keep only what comes after the decimal point of a positive number.

    The whole-number portion is discarded, so the answer is always in the
    half-open interval [0, 1).
    """
    _, frac = split_float(value)
    return frac


def pad_money(amount, width=10):
    """Right-align an amount with two decimals for the text report."""
    return f"{amount:>{width}.2f}"
'''

PY29[21] = r'''Q: Normalising a list of floats to the 0..1 range without numpy?

I have a plain Python list of floats (at least two values, and they are never
all the same). I want the smallest value to become 0.0, the largest to become
1.0, and everything else placed linearly in between. Is there a short way to do
this without pulling in numpy or sklearn's MinMaxScaler?

A: Shift everything down by the minimum and divide by the spread:

    def normalize_minmax(values):
        lo = min(values)
        hi = max(values)
        span = hi - lo
        return [(v - lo) / span for v in values]

    >>> normalize_minmax([10.0, 20.0, 15.0])
    [0.0, 1.0, 0.5]
    >>> normalize_minmax([-2.0, 0.0, 6.0])
    [0.0, 0.25, 1.0]

The order of the list is preserved; only the values change. If you ever feed
it a list where every value is equal you will get a ZeroDivisionError, so guard
for that if your data can look like that.
'''

PY29[33] = r'''def reorder_every_third(seq):
    """
    Return a new list built from `seq` in which only the slots at positions
    0, 3, 6, 9, ... are rearranged: the values found at those positions are
    sorted among themselves and written back into the same positions.
    Every other slot keeps exactly the value it had. `seq` is not modified.
    """
    out = list(seq)
    slots = range(0, len(out), 3)
    picked = sorted(out[i] for i in slots)
    for idx, val in zip(slots, picked):
        out[idx] = val
    return out
'''

PY29[44] = r'''## Exercise 4 -- writing integers in a small base

Write a function `to_base(num, b)` that returns the digits of a non-negative
integer `num` written in base `b` as a string. You may assume `2 <= b <= 9`,
so every digit is a single character `0`..`8`.

Some expected results:

* `to_base(10, 4)` gives `"22"`
* `to_base(5, 5)` gives `"10"`
* `to_base(13, 2)` gives `"1101"`

Hint: the remainder of `num` divided by `b` is the last digit; divide and
repeat until nothing is left.

### Model solution

```python
def to_base(num, b):
    digits = []
    while num > 0:
        num, r = divmod(num, b)
        digits.append(str(r))
    # digits were produced least-significant first
    return "".join(reversed(digits))


if __name__ == "__main__":
    assert to_base(10, 4) == "22"
    assert to_base(5, 5) == "10"
    assert to_base(13, 2) == "1101"
    print("all good")
```
'''

PY29[46] = r'''def quad_fib(n):
    """n-th term of a four-term Fibonacci-style recurrence.

    The first four terms are fixed: 0, 0, 2, 0 (for n = 0..3). From then on
    each term is the sum of the four terms that precede it. We walk forward
    with a window of four values instead of recursing, so this is O(n) time
    and O(1) memory.
    """
    window = (0, 0, 2, 0)
    if n < 4:
        return window[n]
    a, b, c, d = window
    for _ in range(n - 3):
        a, b, c, d = b, c, d, a + b + c + d
    return d
'''

PY29[49] = r'''# Modular power of two, done by hand (square-and-multiply) so the intermediate
# numbers never grow beyond m*m. Python's pow(2, e, m) does the same thing,
# this is just the textbook version for the crypto study group.

def pow2_mod(exp, m):
    """Return (2 ** exp) % m for exp >= 0 and m >= 1."""
    result = 1
    base = 2 % m
    while exp > 0:
        if exp & 1:
            result = (result * base) % m
        base = (base * base) % m
        exp >>= 1
    return result


# quick sanity checks
assert pow2_mod(10, 1000) == 24      # 1024 -> 24
assert pow2_mod(5, 7) == 4           # 32 = 4*7 + 4
assert pow2_mod(0, 13) == 1          # 2**0 is 1
assert pow2_mod(64, 97) == pow(2, 64, 97)
'''

PY29[52] = r'''Review comments on PR #212 (validators.py)

The new helper is fine logically, but the manual loop with two early returns
is more code than we need here. Suggest replacing it with `all()`, which also
stops at the first offending value:

    def all_under(values, limit):
        """True when every item in `values` is strictly smaller than `limit`.

        An empty collection counts as passing.
        """
        return all(v < limit for v in values)

Note it has to be `<`, not `<=`: a value equal to the limit must fail the
check, which is what the ticket asks for. Please also add a test for that
boundary before merging.
'''

PY29[60] = r'''def triangular(n: int) -> int:
    """Add up the whole numbers 1, 2, ..., n.

    Uses Gauss's trick instead of a loop: pair the first and last terms,
    each pair adds up to n + 1 and there are n/2 pairs.

    >>> triangular(4)
    10
    >>> triangular(12)
    78
    >>> triangular(20)
    210
    """
    return n * (n + 1) // 2


if __name__ == "__main__":
    import doctest
    doctest.testmod()
'''

PY29[70] = r'''def zigzag_extremes(nums):
    """Order the numbers smallest, largest, next smallest, next largest, ...

    We sort once and then walk inward from both ends of the sorted copy,
    alternately taking from the low end and the high end until the two
    pointers meet. Duplicates are kept. The input list is not changed.
    """
    ordered = sorted(nums)
    lo, hi = 0, len(ordered) - 1
    out = []
    take_low = True
    while lo <= hi:
        if take_low:
            out.append(ordered[lo])
            lo += 1
        else:
            out.append(ordered[hi])
            hi -= 1
        take_low = not take_low
    return out
'''

PY29[81] = r'''"""gpa_letters.py

Convert grade point averages into letter grades for the end-of-term report.
A perfect 4.0 gets "A+"; otherwise we look for the first cutoff that the GPA
is strictly above. Anything that is not above 0.0 gets an "E".
"""

CUTOFFS = [
    (3.7, "A"),
    (3.3, "A-"),
    (3.0, "B+"),
    (2.7, "B"),
    (2.3, "B-"),
    (2.0, "C+"),
    (1.7, "C"),
    (1.3, "C-"),
    (1.0, "D+"),
    (0.7, "D"),
    (0.0, "D-"),
]


def letter_for(gpa):
    if gpa == 4.0:
        return "A+"
    for floor, letter in CUTOFFS:
        if gpa > floor:
            return letter
    return "E"


def gpas_to_letters(gpas):
    """Map a list of GPAs to their letter grades, keeping the order."""
    return [letter_for(g) for g in gpas]


if __name__ == "__main__":
    # 3.9 -> A, 2.5 -> B-, 0.0 -> E, 4.0 -> A+, 1.0 -> D (not above 1.0)
    print(gpas_to_letters([3.9, 2.5, 0.0, 4.0, 1.0]))
    # ['A', 'B-', 'E', 'A+', 'D']
'''

PY29[104] = r'''ODD_DIGITS = set("13579")


def only_odd_digits(nums):
    """Keep the positive integers whose decimal digits are all odd.

    A number with even a single 0, 2, 4, 6 or 8 anywhere in it is dropped.
    The survivors are returned in ascending order.
    """
    keep = [k for k in nums if set(str(k)) <= ODD_DIGITS]
    keep.sort()
    return keep
'''

PY29[112] = r'''I needed this for a word-game bot: take a string, throw away every character
that appears in a second "blacklist" string, then tell me what is left and
whether it reads the same in both directions.

```python
def strip_and_check(text, banned):
    removed = set(banned)
    kept = "".join(ch for ch in text if ch not in removed)
    # compare mirrored positions; an empty string counts as a palindrome
    n = len(kept)
    is_pal = all(kept[i] == kept[n - 1 - i] for i in range(n // 2))
    return kept, is_pal


print(strip_and_check("racecars", "s"))   # ('racecar', True)
print(strip_and_check("hello", "l"))      # ('heo', False)
print(strip_and_check("xyzzyx!", "!?"))   # ('xyzzyx', True)
```

The return value is a tuple `(filtered_string, is_palindrome)`, so you can
unpack it directly.
'''

PY29[117] = r'''VOWELS = frozenset("aeiouAEIOU")


def consonant_count(word):
    # every letter that is not a, e, i, o or u (either case) is a consonant;
    # y is treated as a consonant here
    return sum(1 for ch in word if ch not in VOWELS)


def words_with_consonants(sentence, k):
    """Return the words of `sentence` (letters and spaces only) that have
    exactly `k` consonants, in the order they appear. An empty sentence
    gives an empty list."""
    return [w for w in sentence.split() if consonant_count(w) == k]
'''

PY29[118] = r'''def inner_vowel_from_right(word):
    """Find the vowel nearest the end of `word` that has a consonant directly
    on both sides of it.

    The first and last letters can never qualify, because they are missing a
    neighbour. Case matters for the answer (we return the letter as written),
    but both cases count as vowels. If nothing qualifies, return "".

    inner_vowel_from_right("planet") -> "e"
    inner_vowel_from_right("ORBIT")  -> "I"
    inner_vowel_from_right("brain")  -> ""   (a and i touch each other)
    inner_vowel_from_right("idea")   -> ""
    """
    vowels = set("aeiouAEIOU")
    triples = list(zip(word, word[1:], word[2:]))
    for left, mid, right in reversed(triples):
        if mid in vowels and left not in vowels and right not in vowels:
            return mid
    return ""


if __name__ == "__main__":
    for w in ["planet", "ORBIT", "brain", "idea", "hi"]:
        print(w, repr(inner_vowel_from_right(w)))
'''

PY29[130] = r'''# The "tribonacci" puzzle from this week's kata. Despite the name it is not
# the usual tribonacci sequence:
#   term 0 is 1, term 1 is 3,
#   an even index k gives 1 + k/2,
#   an odd index k > 1 gives term(k-1) + term(k-2) + term(k+1).
# The look-ahead term(k+1) is at an even index, so it has a closed form and
# the list can be built left to right in one pass.


def _even_term(k):
    return 1 + k / 2


def kata_tribonacci(n):
    """Return the first n + 1 terms (indices 0..n) as a list."""
    terms = [1]
    if n == 0:
        return terms
    terms.append(3)
    for k in range(2, n + 1):
        if k % 2 == 0:
            terms.append(_even_term(k))
        else:
            terms.append(terms[k - 1] + terms[k - 2] + _even_term(k + 1))
    return terms
'''

PY29[141] = r'''def validate_upload_name(name):
    """Decide whether an uploaded file name is acceptable: returns "Yes" or "No".

    Accepted names
      * contain exactly one '.',
      * have a non-empty part before the dot that begins with a letter,
      * have one of the extensions txt, exe or dll after the dot,
      * contain at most three digits 0-9 in total.
    """
    if name.count(".") != 1:
        return "No"
    stem, _, ext = name.partition(".")
    if ext not in ("txt", "exe", "dll"):
        return "No"
    if not stem or not stem[0].isalpha():
        return "No"
    if sum(ch.isdigit() for ch in stem) > 3:
        return "No"
    return "Yes"


if __name__ == "__main__":
    samples = {
        "notes2024.txt": "No",    # four digits
        "a1b2c3.exe": "Yes",
        "setup.bat": "No",        # wrong extension
        "report.v2.txt": "No",    # two dots
        "_tmp.dll": "No",         # does not start with a letter
    }
    for s, want in samples.items():
        got = validate_upload_name(s)
        print(f"{s:15} {got:3} {'ok' if got == want else 'MISMATCH'}")
'''


# ---------------------------------------------------------------------------
# Held-out
# ---------------------------------------------------------------------------

PY_HELDOUT29[35] = r'''from functools import reduce


def largest(items):
    """Biggest value in a non-empty list, found in a single pass.

    Written with reduce for the functional-programming worksheet; in real
    code you would just call max().
    """
    return reduce(lambda best, x: x if x > best else best, items)
'''

PY_HELDOUT29[39] = r'''"""Prime Fibonacci numbers.

Some Fibonacci numbers are also prime: 2, 3, 5, 13, 89, 233, 1597, ...
`nth_prime_fibonacci(k)` returns the k-th of them, counting from 1.

    nth_prime_fibonacci(6) == 233
    nth_prime_fibonacci(7) == 1597
"""


def _is_prime(k):
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


def _fibs():
    a, b = 1, 2
    while True:
        yield a
        a, b = b, a + b


def nth_prime_fibonacci(k):
    seen = 0
    for f in _fibs():
        if _is_prime(f):
            seen += 1
            if seen == k:
                return f


if __name__ == "__main__":
    assert nth_prime_fibonacci(6) == 233
    assert nth_prime_fibonacci(7) == 1597
    print([nth_prime_fibonacci(i) for i in range(1, 9)])
'''

PY_HELDOUT29[63] = r'''def tri_seeded(n):
    """Tribonacci-like numbers with starting values 0, 0, 1.

    Term 0 and term 1 are 0, term 2 is 1, and every later term is the sum
    of the previous three. Iterative, so large n does not blow the stack
    the way the naive recursive definition would.
    """
    if n < 2:
        return 0
    if n == 2:
        return 1
    x, y, z = 0, 0, 1
    for _ in range(n - 2):
        x, y, z = y, z, x + y + z
    return z
'''

PY_HELDOUT29[83] = r'''How many n-digit numbers begin or end with the digit 1?

Counting with inclusion-exclusion, for n >= 2:

* begin with 1: the other n-1 digits are free, 10**(n-1) numbers;
* end with 1: first digit 1..9, middle n-2 digits free, 9 * 10**(n-2);
* both: 10**(n-2), counted twice above, so subtract it once.

10**(n-1) + 9*10**(n-2) - 10**(n-2) = 18 * 10**(n-2).

For n == 1 the only such number is 1 itself.

```python
def count_one_bookends(n):
    if n == 1:
        return 1
    return 18 * 10 ** (n - 2)


def brute(n):
    lo, hi = 10 ** (n - 1), 10 ** n
    return sum(1 for k in range(lo, hi) if str(k)[0] == "1" or str(k)[-1] == "1")


for n in range(1, 6):
    assert count_one_bookends(n) == brute(n)

print(count_one_bookends(1))   # 1
print(count_one_bookends(6))   # 180000
```
'''

PY_HELDOUT29[87] = r'''def locate_value(grid, target):
    """Find every (row, col) position of `target` in a ragged 2-D list.

    Rows may have different lengths (or be empty). Positions are listed row
    by row from the top; inside one row the columns go from right to left,
    i.e. largest column index first.
    """
    hits = []
    for r, row in enumerate(grid):
        for c in range(len(row) - 1, -1, -1):
            if row[c] == target:
                hits.append((r, c))
    return hits
'''

PY_HELDOUT29[91] = r'''import re

# A "boring" sentence is one that opens with the word I.
# Sentences end at '.', '?' or '!'; whitespace after the terminator is
# swallowed by the split so the next sentence starts right at its first word.

_SPLIT = re.compile(r"[.?!]\s*")


def count_i_sentences(text):
    sentences = _SPLIT.split(text)
    return sum(1 for s in sentences if s.startswith("I "))


if __name__ == "__main__":
    print(count_i_sentences("I ran. You walked! I sat?"))   # 2
    print(count_i_sentences("Ice is cold. It melts."))      # 0
    print(count_i_sentences("Where am I? I am lost"))       # 1
'''

PY_HELDOUT29[103] = r'''def binary_mean(lo, hi):
    """Mean of all integers lo..hi (both ends included), rounded to an
    integer and returned as a binary literal string such as '0b101'.

    If lo > hi there is no range, and -1 is returned instead.

    The mean of a run of consecutive integers is simply the midpoint of its
    two ends, so no summing loop is needed. Python's round() sends exact .5
    cases to the even neighbour, and that is the rounding we want here.
    """
    if lo > hi:
        return -1
    midpoint = (lo + hi) / 2
    return bin(round(midpoint))
'''

PY_HELDOUT29[147] = r'''Counting triples whose sum is divisible by 3
============================================

Given n, build a[1..n] with a[i] = i*i - i + 1 and count index triples
i < j < k with a[i] + a[j] + a[k] divisible by 3.

The brute force is O(n^3). Looking at residues mod 3 is much faster:

    i % 3 == 0  ->  a[i] % 3 == 1
    i % 3 == 1  ->  a[i] % 3 == 1
    i % 3 == 2  ->  a[i] % 3 == 0

So every value is 0 or 1 mod 3, and three of them add up to a multiple of 3
only when all three are 0 mod 3 or all three are 1 mod 3.

```python
from math import comb


def triples_div3(n):
    zeros = sum(1 for i in range(1, n + 1) if i % 3 == 2)
    ones = n - zeros
    return comb(zeros, 3) + comb(ones, 3)


def triples_div3_slow(n):
    a = [i * i - i + 1 for i in range(1, n + 1)]
    total = 0
    for x in range(n):
        for y in range(x + 1, n):
            for z in range(y + 1, n):
                if (a[x] + a[y] + a[z]) % 3 == 0:
                    total += 1
    return total


for n in range(1, 30):
    assert triples_div3(n) == triples_div3_slow(n)

print(triples_div3(7))   # 10
print(triples_div3(8))   # 11
```
'''


# ---------------------------------------------------------------------------
# Look-alikes (different rule)
# ---------------------------------------------------------------------------

# 0. Padovan sequence
OTHER_PY29.append(r'''def padovan(n):
    """Padovan numbers: P(0) = P(1) = P(2) = 1 and P(n) = P(n-2) + P(n-3).

    1, 1, 1, 2, 2, 3, 4, 5, 7, 9, 12, 16, 21, ...
    Computed bottom-up with three running values, no recursion.
    """
    a, b, c = 1, 1, 1
    if n < 3:
        return 1
    for _ in range(n - 2):
        a, b, c = b, c, a + b
    return c


if __name__ == "__main__":
    print([padovan(i) for i in range(13)])
''')

# 1. z-score standardisation
OTHER_PY29.append(r'''import math


def standardize(values):
    """Turn a list of numbers into z-scores.

    Each value becomes (x - mean) / std, where std is the population standard
    deviation. The result has mean 0 and standard deviation 1. Needs at least
    two values that are not all equal.

    >>> standardize([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
    [-1.5, -0.5, -0.5, -0.5, 0.0, 0.0, 1.0, 2.0]
    """
    n = len(values)
    mean = sum(values) / n
    var = sum((x - mean) ** 2 for x in values) / n
    std = math.sqrt(var)
    return [(x - mean) / std for x in values]
''')

# 2. reverse values at indices divisible by three
OTHER_PY29.append(r'''def flip_every_third(seq):
    """Reverse the order of the values at positions 0, 3, 6, ... and leave
    the rest of the list untouched. Returns a new list.

    flip_every_third([10, 1, 2, 20, 3, 4, 30]) -> [30, 1, 2, 20, 3, 4, 10]
    """
    out = list(seq)
    out[::3] = out[::3][::-1]
    return out
''')

# 3. words with exactly n vowels
OTHER_PY29.append(r'''VOWELS = set("aeiouAEIOU")


def words_with_n_vowels(sentence, n):
    """Words of `sentence`, in their original order, that contain exactly
    `n` vowels (a, e, i, o, u in either case; y is not a vowel here)."""
    picked = []
    for word in sentence.split():
        if sum(ch in VOWELS for ch in word) == n:
            picked.append(word)
    return picked


# words_with_n_vowels("the quick brown fox", 1) -> ['the', 'brown', 'fox']
# words_with_n_vowels("banana split", 3)        -> ['banana']
''')

# 4. first consonant between two vowels, from the left
OTHER_PY29.append(r'''def first_sandwiched_consonant(word):
    """Scan `word` from the left and return the first consonant that has a
    vowel immediately before it and a vowel immediately after it.
    Return "" when there is none. Vowels are aeiou in either case.
    """
    vowels = set("aeiouAEIOU")
    for i in range(1, len(word) - 1):
        ch = word[i]
        if ch.isalpha() and ch not in vowels:
            if word[i - 1] in vowels and word[i + 1] in vowels:
                return ch
    return ""


if __name__ == "__main__":
    print(first_sandwiched_consonant("banana"))   # n
    print(first_sandwiched_consonant("tomato"))   # m
    print(first_sandwiched_consonant("strength")) # (empty)
''')

# 5. delete characters, then test whether a palindrome anagram exists
OTHER_PY29.append(r'''from collections import Counter


def filter_and_anagram_check(text, drop):
    """Remove every character of `text` that occurs in `drop`, then report
    whether the remaining characters could be shuffled into a palindrome.

    That is possible exactly when at most one character has an odd count.
    Returns (remaining_text, can_form_palindrome).
    """
    rest = "".join(ch for ch in text if ch not in drop)
    odd = sum(1 for cnt in Counter(rest).values() if cnt % 2)
    return rest, odd <= 1
''')

# 6. numbers with no repeated digit
OTHER_PY29.append(r'''def no_repeated_digits(nums):
    """Return, sorted ascending, the non-negative integers from `nums` in
    which no decimal digit occurs more than once.

    >>> no_repeated_digits([121, 98, 7, 4554, 310])
    [7, 98, 310]
    """
    good = []
    for k in nums:
        s = str(k)
        if len(set(s)) == len(s):
            good.append(k)
    return sorted(good)
''')
