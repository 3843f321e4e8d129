"""Twentieth batch of hand-written documents, Python 3 (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY20: positives keyed by HumanEval item number, items 0, 1, 12, 22, 45, 50,
    52, 54, 82, 92, 94, 96, 112, 124, 128, 153.
  PY_HELDOUT20: held-out documents, items 3, 11, 39, 95, 103, 115, 147, 159.
  OTHER_PY20: seven Python 3 look-alikes with a different rule:
    0. Atbash mirror cipher (a<->z, b<->y, case kept, other characters untouched).
    1. True when one of three ints equals the PRODUCT of the other two.
    2. Case-insensitive anagram test (same letters with the same counts, spaces ignored).
    3. Validate a 24-hour 'HH:MM:SS' clock reading.
    4. Count sign changes between consecutive non-zero values of a list.
    5. Attach the suffix with the most vowels (ties: shortest, then earliest) with a hyphen.
    6. Total of the decimal digits of EVERY prime in a list (not just the largest).
"""

PY20 = {}
PY_HELDOUT20 = {}
OTHER_PY20 = []

PY20[0] = r'''Quick one from a sensor-cleanup script. Before averaging the readings we want to
know whether any two of them sit suspiciously near each other (usually a duplicated
sample). Sorting first means only neighbours need to be compared, so this is
O(n log n) instead of the obvious double loop over every pair.

def any_pair_within(values, tol):
    """Return True when some two entries of `values` differ by strictly less than `tol`."""
    ordered = sorted(values)
    for left, right in zip(ordered, ordered[1:]):
        # the closest pair in a sorted list is always an adjacent one
        if right - left < tol:
            return True
    return False
'''

PY20[1] = r'''def split_balanced_clusters(text):
    """Break a string holding several top-level bracket clusters into a list.

    Anything that is not a round bracket (spaces, mostly) is thrown away first.
    Each returned chunk is one complete outermost group, e.g. "(()())".
    """
    cleaned = [ch for ch in text if ch in "()"]
    chunks = []
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
                chunks.append("".join(cleaned[start:pos + 1]))
    return chunks


if __name__ == "__main__":
    print(split_balanced_clusters("(()) ((()))  ()"))    # ['(())', '((()))', '()']
    print(split_balanced_clusters("( ( ) ( ) )(())"))    # ['(()())', '(())']
'''

PY20[12] = r'''# text_utils.py -- small helpers shared by the report generator

def normalise_whitespace(line):
    return " ".join(line.split())


def pick_widest(labels):
    """Return the label with the most characters.

    When several labels tie for the top length the earliest one is kept.
    An empty sequence gives back None instead of raising.
    """
    best = None
    for label in labels:
        if best is None or len(label) > len(best):
            best = label
    return best


def pad_column(labels):
    widest = pick_widest(labels)
    width = len(widest) if widest is not None else 0
    return [label.ljust(width) for label in labels]
'''

PY20[22] = r'''Q: My list mixes strings, floats, dicts and whole numbers. How do I keep only the
whole numbers, in their original order?

A: A comprehension with isinstance is all you need:

    def only_ints(items):
        return [item for item in items if isinstance(item, int)]

    >>> only_ints([7, "7", 7.5, None, -12, (1,)])
    [7, -12]
    >>> only_ints([{}, [], "x"])
    []

One gotcha: bool is a subclass of int, so True and False pass the isinstance test
too. Usually that is harmless, just be aware of it.
'''

PY20[45] = r'''"""Tiny area helpers used by the floor-plan estimator."""

import math


def rect_area(width, height):
    return width * height


def tri_area_base_height(base, height):
    # a triangle is half of the rectangle spanned by its base and its height
    return 0.5 * base * height


def circle_area(radius):
    return math.pi * radius ** 2
'''

PY20[50] = r'''import string

_LOWER = string.ascii_lowercase
_ROT = 5
_FORWARD = str.maketrans(_LOWER, _LOWER[_ROT:] + _LOWER[:_ROT])
_BACKWARD = str.maketrans(_LOWER[_ROT:] + _LOWER[:_ROT], _LOWER)


def scramble(word):
    """Move each lowercase letter five places later in the alphabet (z wraps round to e)."""
    return word.translate(_FORWARD)


def unscramble(word):
    """Undo scramble(): move every letter five places back, wrapping at 'a'."""
    return word.translate(_BACKWARD)


assert scramble("hello") == "mjqqt"
assert unscramble("mjqqt") == "hello"
assert unscramble(scramble("quixotic")) == "quixotic"
'''

PY20[52] = r'''Review comment on limits.py, around line 40:

The hand-written loop with an early `return False` is fine, but `all()` reads better
and short-circuits the same way. Suggest replacing it with:

def under_ceiling(readings, ceiling):
    """True if every reading is strictly smaller than `ceiling`.

    An empty list counts as True (nothing is over the limit).
    """
    return all(reading < ceiling for reading in readings)

Also please keep the comparison strict: a reading equal to the ceiling is already
out of range for our purposes.
'''

PY20[54] = r'''def share_alphabet(first, second):
    """Do two words use exactly the same set of characters?

    Repetition is ignored: only which characters occur matters, not how often.
    """
    a, b = set(first), set(second)
    return a <= b and b <= a


if __name__ == "__main__":
    print(share_alphabet("listen", "silent"))   # True
    print(share_alphabet("aab", "abbbbb"))      # True
    print(share_alphabet("abc", "abd"))         # False
    print(share_alphabet("zz", "zzy"))          # False
'''

PY20[82] = r'''# Exercise 4.3 -- is the number of characters in a word prime?

def _is_prime(k):
    if k < 2:
        return False
    d = 2
    while d * d <= k:
        if k % d == 0:
            return False
        d += 1
    return True


def word_length_is_prime(word):
    return _is_prime(len(word))


# A few checks:
#   "tree"    -> 4 characters -> False
#   "apple"   -> 5 characters -> True
#   "bananas" -> 7 characters -> True
#   ""        -> 0 characters -> False
for w, expected in [("tree", False), ("apple", True), ("bananas", True), ("", False)]:
    assert word_length_is_prime(w) is expected, w
'''

PY20[92] = r'''def is_sum_triplet(p, q, r):
    """Check whether one of three whole numbers is the sum of the other two.

    All three arguments have to be real ints; any float (even 4.0) means False.
    """
    values = (p, q, r)
    if not all(isinstance(v, int) for v in values):
        return False
    total = p + q + r
    # v equals the sum of the other two exactly when v == total - v
    return any(2 * v == total for v in values)
'''

PY20[94] = r'''from math import isqrt


def digit_total_of_top_prime(numbers):
    """Find the biggest prime in `numbers` and add up its decimal digits.

    Gives 0 when the list does not contain a prime at all.
    """
    def prime(v):
        if v < 2:
            return False
        return all(v % d for d in range(2, isqrt(v) + 1))

    primes = [v for v in numbers if prime(v)]
    if not primes:
        return 0
    return sum(map(int, str(max(primes))))


# digit_total_of_top_prime([4, 6, 29, 15, 23])  -> 11   (29: 2 + 9)
# digit_total_of_top_prime([10, 997, 1000])     -> 25   (997: 9 + 9 + 7)
# digit_total_of_top_prime([8, 9, 12])          -> 0
'''

PY20[96] = r'''def primes_below(limit):
    """All primes p with p < limit, in increasing order (empty when limit <= 2).

    Plain sieve of Eratosthenes on a bytearray; fine for limits in the millions.
    """
    if limit < 3:
        return []
    sieve = bytearray([1]) * limit
    sieve[0] = sieve[1] = 0
    for p in range(2, int(limit ** 0.5) + 1):
        if sieve[p]:
            sieve[p * p::p] = bytearray(len(range(p * p, limit, p)))
    return [i for i, flag in enumerate(sieve) if flag]
'''

PY20[112] = r'''def strip_and_mirror_check(text, banned):
    """Remove every character of `text` that also occurs in `banned`, then report
    whether what is left reads the same forwards and backwards.

    Returns a pair (remaining_text, is_palindrome).
    """
    banned_set = set(banned)
    kept = "".join(ch for ch in text if ch not in banned_set)
    n = len(kept)
    symmetric = all(kept[i] == kept[n - 1 - i] for i in range(n // 2))
    return kept, symmetric


if __name__ == "__main__":
    print(strip_and_mirror_check("racecars", "s"))     # ('racecar', True)
    print(strip_and_mirror_check("level up", " up"))   # ('level', True)
    print(strip_and_mirror_check("python", "y"))       # ('pthon', False)
'''

PY20[124] = r'''DAYS_IN_MONTH = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30,
                 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def is_plausible_us_date(stamp):
    """Loose check of a 'MM-DD-YYYY' string (dash separated, month first).

    The month must be 1..12 and the day must fit that month. February is
    allowed 29 days whatever the year -- leap years are not looked at, and
    the year itself only has to be a number.
    """
    parts = stamp.strip().split("-")
    if len(parts) != 3:
        return False
    try:
        month, day, _year = (int(p) for p in parts)
    except ValueError:
        return False
    limit = DAYS_IN_MONTH.get(month)
    return limit is not None and 1 <= day <= limit
'''

PY20[128] = r'''def signed_magnitude_total(nums):
    """Sum of the absolute values, multiplied by the product of every element's sign.

    The sign of a value is +1, -1, or 0 for zero, so one zero anywhere forces
    the result to 0. An empty input gives None.
    """
    if len(nums) == 0:
        return None
    sign = 1
    magnitude = 0
    for x in nums:
        if x == 0:
            sign = 0
        elif x < 0:
            sign = -sign
        magnitude += abs(x)
    return sign * magnitude


assert signed_magnitude_total([3, -1, 2]) == -6
assert signed_magnitude_total([-5, -5]) == 10
assert signed_magnitude_total([7, 0, -2]) == 0
assert signed_magnitude_total([]) is None
'''

PY20[153] = r'''When several plugins could be attached to a base module we pick the "loudest" one:
every capital letter in its name scores a point and every lowercase letter costs a
point (digits, dots and underscores score nothing). Python's max() already returns
the first of several equal maxima, which is exactly the tie rule we want.

def _loudness(name):
    return sum(1 if ch.isupper() else -1 if ch.islower() else 0 for ch in name)


def qualified_plugin(base_name, candidates):
    """Return 'base_name.X' where X is the loudest candidate (earliest one on a tie)."""
    winner = max(candidates, key=_loudness)
    return f"{base_name}.{winner}"
'''

PY_HELDOUT20[3] = r'''from itertools import accumulate


def overdrawn_at_some_point(transactions):
    """Replay deposits (positive) and withdrawals (negative) on an account that
    opens with a balance of 0, and say whether the running balance ever goes
    under zero."""
    return any(balance < 0 for balance in accumulate(transactions))


# overdrawn_at_some_point([10, -3, -7])      -> False  (touches 0 but never goes below)
# overdrawn_at_some_point([5, -2, -4, 10])   -> True   (balance reaches -1)
# overdrawn_at_some_point([])                -> False
'''

PY_HELDOUT20[11] = r'''def xor_bitstrings(left, right):
    """Character-by-character exclusive or of two strings made of '0' and '1'.

    The result is again a string of '0'/'1' characters, position by position.
    """
    return "".join(str(int(a) ^ int(b)) for a, b in zip(left, right))
'''

PY_HELDOUT20[39] = r'''Project-Euler-style warm-up: walk along the Fibonacci sequence and keep only the
terms that are prime. The first six such terms are 2, 3, 5, 13, 89 and 233, and the
seventh is 1597, so nth_prime_fibonacci(7) == 1597.

def nth_prime_fibonacci(n):
    """Return the n-th (1-based) Fibonacci number that is also a prime."""
    def is_prime(v):
        if v < 2:
            return False
        if v % 2 == 0:
            return v == 2
        f = 3
        while f * f <= v:
            if v % f == 0:
                return False
            f += 2
        return True

    found = 0
    a, b = 1, 1
    while True:
        a, b = b, a + b
        if is_prime(a):
            found += 1
            if found == n:
                return a


if __name__ == "__main__":
    print([nth_prime_fibonacci(k) for k in range(1, 8)])
    # [2, 3, 5, 13, 89, 233, 1597]
'''

PY_HELDOUT20[95] = r'''def keys_share_case(mapping):
    """True when the mapping is non-empty and its keys are either all lowercase
    strings or all uppercase strings. A non-string key, a mixed-case key, or a
    mixture of the two styles gives False, and so does an empty mapping."""
    keys = list(mapping)
    if not keys or not all(isinstance(k, str) for k in keys):
        return False
    return all(k.islower() for k in keys) or all(k.isupper() for k in keys)
'''

PY_HELDOUT20[103] = r'''def binary_mean_of_range(lo, hi):
    """Average the integers lo, lo+1, ..., hi, round to the nearest integer and
    return it as a binary string ('0b...'). If lo > hi the range is empty and
    -1 is returned instead.

    Note that round() in Python 3 rounds halves to the even neighbour.
    """
    if lo > hi:
        return -1
    count = hi - lo + 1
    total = (lo + hi) * count // 2
    return bin(round(total / count))


assert binary_mean_of_range(3, 9) == "0b110"     # mean 6
assert binary_mean_of_range(2, 5) == "0b100"     # mean 3.5 -> 4
assert binary_mean_of_range(1, 4) == "0b10"      # mean 2.5 -> 2 (half to even)
assert binary_mean_of_range(9, 2) == -1
'''

PY_HELDOUT20[115] = r'''import math


def bucket_trips(wells, bucket_size):
    """Each row of `wells` is one well and each 1 in a row is a unit of water.
    Every well is emptied on its own with a bucket that holds `bucket_size`
    units; a partly filled bucket still costs a full trip. Return the total
    number of times a bucket has to be lowered."""
    trips = 0
    for row in wells:
        water = sum(row)
        trips += math.ceil(water / bucket_size)
    return trips
'''

PY_HELDOUT20[147] = r'''from math import comb


def triples_divisible_by_three(n):
    """Build a[i] = i*i - i + 1 for i = 1..n and count the index triples i < j < k
    whose three values add up to a multiple of 3.

    a[i] % 3 is 0 when i % 3 == 2 and 1 otherwise, so a triple works exactly when
    its three residues agree. That turns the O(n^3) search into two binomials.
    """
    zeros = sum(1 for i in range(1, n + 1) if i % 3 == 2)
    ones = n - zeros
    return comb(zeros, 3) + comb(ones, 3)


# n = 4: a = [1, 3, 7, 13]          -> 1 triple  (1, 7, 13)
# n = 6: a = [1, 3, 7, 13, 21, 31]  -> 4 triples
print(triples_divisible_by_three(4), triples_divisible_by_three(6))
'''

PY_HELDOUT20[159] = r'''def feed_rabbit(already_eaten, wanted, in_stock):
    """A rabbit has eaten `already_eaten` carrots and wants `wanted` more, with
    `in_stock` carrots available. It eats what it wants if it can, otherwise
    everything that is left (and stays hungry).

    Returns [total eaten afterwards, carrots left in stock].
    """
    taken = min(wanted, in_stock)
    return [already_eaten + taken, in_stock - taken]
'''

OTHER_PY20.append(r'''The Atbash cipher is about the oldest substitution there is: the alphabet is
simply read backwards, so a <-> z, b <-> y, c <-> x and so on. Because the
mapping is its own inverse, the same function both encodes and decodes.

import string

_TABLE = str.maketrans(
    string.ascii_lowercase + string.ascii_uppercase,
    string.ascii_lowercase[::-1] + string.ascii_uppercase[::-1],
)


def atbash(text):
    """Mirror every ASCII letter in the alphabet, keeping its case; leave the rest alone."""
    return text.translate(_TABLE)


print(atbash("Hello, World"))   # Svool, Dliow
print(atbash("Svool, Dliow"))   # Hello, World
''')

OTHER_PY20.append(r'''def has_product_triplet(x, y, z):
    """Is one of three integers equal to the product of the other two?

    Only genuine ints are accepted; if any argument is a float or anything
    else the answer is False.
    """
    if not all(type(v) is int for v in (x, y, z)):
        return False
    return x == y * z or y == x * z or z == x * y
''')

OTHER_PY20.append(r'''from collections import Counter


def same_letters_same_counts(a, b):
    """Case-insensitive anagram test.

    Spaces are ignored; every other character has to appear the same number of
    times in both strings.
    """
    def norm(s):
        return Counter(s.replace(" ", "").lower())
    return norm(a) == norm(b)


assert same_letters_same_counts("Dormitory", "dirty room")
assert same_letters_same_counts("Listen", "Silent")
assert not same_letters_same_counts("abcd", "dddabc")
assert not same_letters_same_counts("aab", "abb")
''')

OTHER_PY20.append(r'''_DIGITS = set("0123456789")


def is_clock_reading(text):
    """Validate a 24-hour 'HH:MM:SS' reading.

    Exactly two ASCII digits per field, colon separated; hours 00-23,
    minutes and seconds 00-59. No surrounding whitespace is tolerated.
    """
    fields = text.split(":")
    if len(fields) != 3:
        return False
    if any(len(f) != 2 or not set(f) <= _DIGITS for f in fields):
        return False
    hours, minutes, seconds = map(int, fields)
    return hours < 24 and minutes < 60 and seconds < 60
''')

OTHER_PY20.append(r'''def count_sign_flips(series):
    """Count how often consecutive non-zero values change sign.

    Zeros are skipped entirely: they neither start nor interrupt a run.
    """
    flips = 0
    previous = 0
    for v in series:
        if v == 0:
            continue
        if previous and (v > 0) != (previous > 0):
            flips += 1
        previous = v
    return flips


# count_sign_flips([3, -1, -4, 2, 0, -6])  -> 3
# count_sign_flips([1, 2, 3])              -> 0
# count_sign_flips([])                     -> 0
''')

OTHER_PY20.append(r'''def pick_richest_suffix(stem, suffixes):
    """Join `stem` and the suffix with the most vowels (a, e, i, o, u, any case)
    using a hyphen. A tie goes to the shorter suffix, and if the lengths are
    equal too, to whichever was listed first."""
    def rank(item):
        idx, word = item
        vowels = sum(ch in "aeiouAEIOU" for ch in word)
        return (-vowels, len(word), idx)

    _, best = min(enumerate(suffixes), key=rank)
    return stem + "-" + best
''')

OTHER_PY20.append(r'''def prime_digit_mass(values):
    """Add up the decimal digits of every prime in `values` (repeats count again).

    Non-primes, including 0, 1 and negatives, contribute nothing.
    """
    def is_prime(v):
        if v < 2:
            return False
        d = 2
        while d * d <= v:
            if v % d == 0:
                return False
            d += 1
        return True

    return sum(int(c) for v in values if is_prime(v) for c in str(v))


if __name__ == "__main__":
    print(prime_digit_mass([4, 13, 7, 10]))   # 11  (1 + 3 + 7)
    print(prime_digit_mass([1, 0, 22]))       # 0
    print(prime_digit_mass([97, 97]))         # 32
''')
