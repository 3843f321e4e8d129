"""Twenty-second batch of hand-written documents, Python 3 (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY22: positives keyed by HumanEval item number, items 1, 14, 16, 34, 36, 38,
    40, 44, 45, 74, 101, 114, 125, 146, 153, 161.
  PY_HELDOUT22: held-out documents, items 3, 19, 47, 59, 79, 87, 99, 135.
  OTHER_PY22: seven Python 3 look-alikes with a different rule:
    0. every suffix of a word, longest first (not prefixes, shortest first).
    1. number of distinct characters, case folded, that occur at least twice
       (not the number of distinct characters).
    2. highest running balance reached by a list of deposits/withdrawals,
       starting from zero (not whether the balance ever goes negative).
    3. whether some three ADJACENT entries of a list add up to zero (not any
       three entries).
    4. smallest total of a window of exactly k adjacent entries (not the
       smallest total over sub-arrays of any length).
    5. reverse the order of the letters only, every non-letter keeps its
       position (not swapping case / reversing letter-free strings).
    6. length of the longest strictly increasing stretch of adjacent entries
       (not the last index where an entry drops below its predecessor).
"""

PY22 = {}
PY_HELDOUT22 = {}
OTHER_PY22 = []

PY22[1] = r'''# Splitting a run of balanced parentheses into its top-level clusters
#
# A small utility I keep around for a tokenizer project. The input looks like
# "(()) ()((()))", sometimes with stray blanks in it, and what I want back is
# each outermost cluster as a separate string with the blanks gone. Clusters
# never sit inside one another and every opener has its closer, so a single
# depth counter is enough: each time the depth falls back to zero we have just
# closed a cluster, and we slice it out from where it started.


def split_top_level_groups(text):
    compact = "".join(ch for ch in text if ch in "()")
    pieces = []
    depth = 0
    start = 0
    for pos, ch in enumerate(compact):
        if ch == "(":
            if depth == 0:
                start = pos
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                pieces.append(compact[start:pos + 1])
    return pieces


if __name__ == "__main__":
    print(split_top_level_groups("(()) ()((()))"))   # ['(())', '()', '((()))']
    print(split_top_level_groups(" ( ( ) ( ) ) "))   # ['(()())']
    print(split_top_level_groups(""))                # []
'''

PY22[14] = r'''"""Little string helpers used by the autocomplete index."""


def normalise_key(word):
    """Lower-case and trim a word before it goes into the index."""
    return word.strip().lower()


def leading_slices(word):
    """Every leading piece of `word`, ordered by length.

    The first element is the one-character head and the last one is the
    whole word itself; an empty word gives back an empty list.
    """
    return [word[:end] for end in range(1, len(word) + 1)]


def index_word(index, word, payload):
    """Register `payload` under every head of the normalised word."""
    for head in leading_slices(normalise_key(word)):
        index.setdefault(head, []).append(payload)
    return index
'''

PY22[16] = r'''**Q: Count the different characters in a string, treating upper and lower case as the same letter**

I have strings like `"Mississippi"` and `"aAbB 12"` and I need to know how many
*different* characters each one uses, but `"A"` and `"a"` must only be counted
once. Spaces, digits and punctuation count as characters too. What is the
cleanest way to do this?

**A:** Lower-case the whole string first so both spellings of a letter collapse
into one, then let a set throw away the repeats. Its length is the answer:

```python
def distinct_chars_ignoring_case(s):
    seen = set()
    for ch in s.lower():
        seen.add(ch)
    return len(seen)


print(distinct_chars_ignoring_case("Mississippi"))  # 4 -> m, i, s, p
print(distinct_chars_ignoring_case("aAbB 12"))      # 5 -> a, b, ' ', 1, 2
print(distinct_chars_ignoring_case(""))             # 0
```

Once you are comfortable with it, the loop collapses to
`len(set(s.lower()))`, which does exactly the same thing.
'''

PY22[34] = r'''# review: utils/collections.py
#
# > def distinct_sorted(values):
# >     out = []
# >     for v in values:
# >         if v not in out:
# >             out.append(v)
# >     out.sort()
# >     return out
#
# Reviewer: this is quadratic because of the `in` test on a list. The result
# is sorted at the end anyway, so the order in which items were first seen
# does not matter and a set can do the de-duplication in a single pass.
# Suggested replacement:


def distinct_sorted(values):
    """Return the distinct items of `values` in ascending order, as a new list."""
    return sorted(set(values))


# Author: makes sense, applied. The input list is never modified, which is
# what the callers in reports.py rely on.
'''

PY22[36] = r'''def count_digit(number, digit):
    """How many times `digit` shows up in the decimal spelling of a non-negative int."""
    hits = 0
    while number:
        number, last = divmod(number, 10)
        if last == digit:
            hits += 1
    return hits


def sevens_in_multiples(limit):
    """Write down every non-negative integer below `limit` that is a multiple
    of 11 or a multiple of 13, and count how many 7s appear among their digits.
    """
    total = 0
    for value in range(limit):
        if value % 11 == 0 or value % 13 == 0:
            total += count_digit(value, 7)
    return total


# 77 contributes two sevens and 78 one, so below 100 there are three.
assert sevens_in_multiples(70) == 0
assert sevens_in_multiples(100) == 3
assert sevens_in_multiples(200) == 6
'''

PY22[38] = r'''# Toy "scrambler" from a puzzle thread.
#
# The text is chopped into chunks of three characters (the final chunk may be
# shorter) and every complete chunk is rotated one step to the left, so its
# first character moves to the end. An incomplete trailing chunk is copied
# unchanged. Undoing it is the mirror image: rotate each full chunk one step
# to the right.


def _chunks(text, size=3):
    for i in range(0, len(text), size):
        yield text[i:i + size]


def scramble(text):
    out = []
    for chunk in _chunks(text):
        if len(chunk) == 3:
            chunk = chunk[1:] + chunk[0]
        out.append(chunk)
    return "".join(out)


def unscramble(text):
    """Recover the original text from the output of scramble()."""
    out = []
    for chunk in _chunks(text):
        if len(chunk) == 3:
            chunk = chunk[-1] + chunk[:-1]
        out.append(chunk)
    return "".join(out)
'''

PY22[40] = r'''def has_zero_triplet(nums):
    """True when three entries taken from different positions of `nums`
    add up to exactly 0, False otherwise.

    Sort once, then for each anchor walk two pointers inwards over the rest:
    O(n^2) instead of trying every triple.
    """
    ordered = sorted(nums)
    n = len(ordered)
    for i in range(n - 2):
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = ordered[i] + ordered[lo] + ordered[hi]
            if total == 0:
                return True
            if total < 0:
                lo += 1
            else:
                hi -= 1
    return False
'''

PY22[44] = r'''def to_base(number, radix):
    """Spell a non-negative integer in a radix from 2 to 9.

    The answer is a string of digits, most significant first. Recursion
    peels off the lowest digit each time and the rest is written in front.

    >>> to_base(100, 7)
    '202'
    >>> to_base(5, 2)
    '101'
    >>> to_base(6, 9)
    '6'
    """
    if number < radix:
        return str(number)
    return to_base(number // radix, radix) + str(number % radix)


if __name__ == "__main__":
    import doctest
    doctest.testmod()
'''

PY22[45] = r'''"""geometry.py -- a handful of plane-figure formulas for the CAD exporter."""

import math


def rectangle_area(width, height):
    return width * height


def circle_area(radius):
    return math.pi * radius ** 2


def half_base_times_height(base, height):
    """Area of a triangle given one side and the height measured onto that side.

    It is just half of the rectangle spanned by the two lengths.
    """
    return 0.5 * base * height


def trapezoid_area(a, b, height):
    return (a + b) * height / 2
'''

PY22[74] = r'''def lighter_list(first, second):
    """Given two lists of strings, return the one whose strings hold fewer
    characters altogether. When both totals are equal, `first` is returned.

    lighter_list(["cat", "dog"], ["horse"])   -> ["horse"]    (6 vs 5)
    lighter_list(["ab"], ["c", "d"])          -> ["ab"]       (tie)
    lighter_list([], ["x"])                   -> []
    """
    def weight(words):
        return sum(len(w) for w in words)

    return first if weight(first) <= weight(second) else second
'''

PY22[101] = r'''import re

_SEPARATORS = re.compile(r"[\s,]+")


def tokenize_words(line):
    """Break a line into words, treating commas and any run of whitespace as
    separators. Empty pieces (from leading separators or doubled commas) are
    discarded, so a blank line yields an empty list.
    """
    return [piece for piece in _SEPARATORS.split(line) if piece]
'''

PY22[114] = r'''# Smallest sum over all non-empty contiguous stretches of a list.
#
# This is Kadane's algorithm turned upside down: keep the cheapest stretch that
# ends at the current position (either the element alone or the element glued
# onto the previous cheapest stretch) and remember the cheapest value seen.


def smallest_run_total(values):
    best = current = values[0]
    for v in values[1:]:
        current = min(v, current + v)
        best = min(best, current)
    return best


if __name__ == "__main__":
    print(smallest_run_total([3, -4, 2, -5, 6]))  # -7  (-4 + 2 - 5)
    print(smallest_run_total([5, 8, 2]))          # 2   (just the 2)
    print(smallest_run_total([-2]))               # -2
'''

PY22[125] = r'''def _odd_position_lowercase(text):
    # With 'a' at position 0, 'b' at 1 and so on, the odd positions are
    # b, d, f, ..., z.  Only lower-case ASCII letters take part.
    return sum(1 for ch in text if "a" <= ch <= "z" and (ord(ch) - ord("a")) % 2 == 1)


def tokens_or_tally(text):
    """Three-way fallback used by the import script.

    * If the text contains a space, split it on whitespace.
    * Otherwise, if it contains a comma, split it on commas.
    * Otherwise there is nothing to split: return how many lower-case letters
      sit at an odd position of the alphabet.
    """
    if " " in text:
        return text.split()
    if "," in text:
        return text.replace(",", " ").split()
    return _odd_position_lowercase(text)
'''

PY22[146] = r'''def first_digit(n):
    while n >= 10:
        n //= 10
    return n


def count_odd_bookended(numbers):
    """Count the entries that are larger than 10 and whose leading digit and
    trailing digit are both odd."""
    hits = 0
    for n in numbers:
        if n <= 10:
            continue
        if first_digit(n) % 2 == 1 and n % 10 % 2 == 1:
            hits += 1
    return hits


# 13, 57 and 701 qualify; 12 ends even, -31 and 9 are too small.
assert count_odd_bookended([13, 57, 12, -31, 9, 701]) == 3
assert count_odd_bookended([10, 11, 20]) == 1
'''

PY22[153] = r'''def pick_extension(base_name, candidates):
    """Choose the "strongest" plug-in name for a class and join them with a dot.

    A name's strength is its number of upper-case letters minus its number of
    lower-case letters. The strongest candidate wins; among equally strong
    ones the earliest in the list is kept (max() already returns the first
    maximum it meets, so no extra tie-breaking is needed).
    """
    def strength(name):
        caps = sum(1 for c in name if c.isupper())
        smalls = sum(1 for c in name if c.islower())
        return caps - smalls

    return f"{base_name}.{max(candidates, key=strength)}"
'''

PY22[161] = r'''def flip_or_reverse(s):
    """If `s` holds at least one letter, swap the case of every letter and
    leave the other characters alone. If it holds no letter at all, return
    the whole string back to front instead.

    flip_or_reverse("Hello-World 9")  == "hELLO-wORLD 9"
    flip_or_reverse("12-34")          == "43-21"
    flip_or_reverse("")               == ""
    """
    if any(c.isalpha() for c in s):
        return "".join(c.swapcase() if c.isalpha() else c for c in s)
    return s[::-1]


if __name__ == "__main__":
    for sample in ("Hello-World 9", "12-34", "x!Y"):
        print(repr(sample), "->", repr(flip_or_reverse(sample)))
'''

PY_HELDOUT22[3] = r'''"""ledger.py"""

from itertools import accumulate


def overdrawn(transactions):
    """The account opens at 0 and `transactions` are applied in order
    (positive = deposit, negative = withdrawal). Report whether the running
    balance is negative at any moment."""
    return any(balance < 0 for balance in accumulate(transactions))


if __name__ == "__main__":
    assert overdrawn([10, -5, -6]) is True      # dips to -1 after the third entry
    assert overdrawn([3, -3, 4]) is False       # touches 0 but never goes under
    assert overdrawn([]) is False
    print("ok")
'''

PY_HELDOUT22[19] = r'''DIGIT_WORDS = ("zero", "one", "two", "three", "four",
               "five", "six", "seven", "eight", "nine")


def order_number_words(sentence):
    # The sentence is made only of the English words for 0..9, separated by
    # spaces. Sort them by the digit they name and glue them back together.
    words = sentence.split()
    words.sort(key=DIGIT_WORDS.index)
    return " ".join(words)
'''

PY_HELDOUT22[47] = r'''def middle_value(data):
    """Median of a non-empty list of numbers.

    Odd length: the middle element after sorting. Even length: the mean of
    the two middle elements (always a float).

        middle_value([7, 1, 4])       -> 4
        middle_value([10, 2, 8, 4])   -> 6.0
    """
    ordered = sorted(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2
'''

PY_HELDOUT22[59] = r'''def biggest_prime_divisor(n):
    """Largest prime that divides n (n is an integer above 1 and composite).

    Plain trial division: strip each factor out as soon as it is found, so
    whatever is left over after passing sqrt(n) is itself prime.
    """
    factor = 2
    largest = 1
    while factor * factor <= n:
        while n % factor == 0:
            largest = factor
            n //= factor
        factor += 1
    return n if n > 1 else largest
'''

PY_HELDOUT22[79] = r'''Converting an integer to binary with a marker on both ends
-------------------------------------------------------------

The serial protocol we talk to wants numbers as binary strings wrapped in the
two letters `db`, one pair in front and one pair behind, so that the parser on
the other side can find where a number starts and stops. Python's `format`
with the `b` spec already gives the bare digits (no `0b` prefix), so the whole
thing is a one-liner:

```python
def framed_binary(n):
    return "db" + format(n, "b") + "db"


assert framed_binary(6) == "db110db"
assert framed_binary(1) == "db1db"
assert framed_binary(0) == "db0db"
```
'''

PY_HELDOUT22[87] = r'''def locate(grid, target):
    """Positions of `target` inside a ragged grid (rows may differ in length).

    Returns (row, column) pairs, 0-based. Rows are reported top to bottom;
    inside one row the matches come from the right-most column to the
    left-most one.
    """
    hits = []
    for r, row in enumerate(grid):
        for c in range(len(row) - 1, -1, -1):
            if row[c] == target:
                hits.append((r, c))
    return hits
'''

PY_HELDOUT22[99] = r'''from decimal import Decimal, ROUND_HALF_UP


def round_half_away(text):
    """Parse a decimal number given as a string and return the nearest int.

    Exact halves are pushed away from zero, unlike Python's round(), which
    rounds them to the even neighbour. Decimal's ROUND_HALF_UP mode is exactly
    "away from zero", and parsing the text straight into a Decimal avoids any
    binary floating-point surprises.

    >>> round_half_away("2.5")
    3
    >>> round_half_away("-7.5")
    -8
    >>> round_half_away("3.49")
    3
    >>> round_half_away("42")
    42
    """
    return int(Decimal(text.strip()).to_integral_value(rounding=ROUND_HALF_UP))
'''

PY_HELDOUT22[135] = r'''def last_descent(seq):
    # Index of the right-most element that is smaller than the element just
    # before it, or -1 when the sequence never goes down. Walking from the
    # end lets us stop at the first hit.
    for i in range(len(seq) - 1, 0, -1):
        if seq[i] < seq[i - 1]:
            return i
    return -1
'''

OTHER_PY22.append(r'''def trailing_slices(word):
    """All endings of `word`, from the complete word down to its last letter.

    trailing_slices("cat")  -> ['cat', 'at', 't']
    trailing_slices("")     -> []
    """
    return [word[start:] for start in range(len(word))]
''')

OTHER_PY22.append(r'''from collections import Counter


def repeated_chars_ignoring_case(s):
    """How many different characters (upper and lower case counted as one)
    occur two or more times in `s`."""
    counts = Counter(s.lower())
    return sum(1 for n in counts.values() if n >= 2)


print(repeated_chars_ignoring_case("Banana"))       # 2 -> a, n
print(repeated_chars_ignoring_case("Programming"))  # 3 -> r, g, m
print(repeated_chars_ignoring_case("abc"))          # 0
''')

OTHER_PY22.append(r'''# wallet.py
#
# Peak balance of an account that starts empty. Each entry of `moves` is a
# deposit (positive) or a withdrawal (negative); we want the largest balance
# the account ever shows, counting the opening balance of 0.


def peak_balance(moves):
    balance = 0
    peak = 0
    for amount in moves:
        balance += amount
        if balance > peak:
            peak = balance
    return peak
''')

OTHER_PY22.append(r'''def adjacent_triple_cancels(values):
    """True if some three neighbouring entries values[i], values[i+1],
    values[i+2] add up to zero.

    >>> adjacent_triple_cancels([4, -1, -3, 8])
    True
    >>> adjacent_triple_cancels([2, 7, -5, 4, 3])
    False
    """
    return any(sum(values[i:i + 3]) == 0 for i in range(len(values) - 2))
''')

OTHER_PY22.append(r'''def cheapest_window(prices, k):
    """Smallest sum of k consecutive entries of `prices` (1 <= k <= len(prices)).

    A sliding window: add the entry coming in, drop the one going out.
    """
    window = sum(prices[:k])
    best = window
    for i in range(k, len(prices)):
        window += prices[i] - prices[i - k]
        best = min(best, window)
    return best
''')

OTHER_PY22.append(r'''Reverse only the letters
========================

Classic warm-up: reverse the letters of a string but leave every other
character (digits, dashes, spaces...) exactly where it was. Two pointers
moving towards each other, skipping anything that is not a letter.

```python
def reverse_letters_only(s):
    chars = list(s)
    i, j = 0, len(chars) - 1
    while i < j:
        if not chars[i].isalpha():
            i += 1
        elif not chars[j].isalpha():
            j -= 1
        else:
            chars[i], chars[j] = chars[j], chars[i]
            i += 1
            j -= 1
    return "".join(chars)


print(reverse_letters_only("a-bC-dEf"))   # f-Ed-Cba
print(reverse_letters_only("12-3"))       # 12-3
```
''')

OTHER_PY22.append(r'''def longest_rising_stretch(seq):
    """Length of the longest block of adjacent entries in which every entry is
    strictly larger than the one before it. An empty sequence gives 0."""
    if not seq:
        return 0
    best = run = 1
    for prev, cur in zip(seq, seq[1:]):
        run = run + 1 if cur > prev else 1
        best = max(best, run)
    return best
''')
