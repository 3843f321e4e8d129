"""Twenty-fifth batch of hand-written documents, Python 3 (2026-12-04).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:
  PY25: positives keyed by HumanEval item number, items 33, 36, 49, 61, 68,
    76, 81, 84, 92, 94, 106, 118, 120, 121, 128, 137.
  PY_HELDOUT25: held-out documents, items 7, 19, 39, 63, 75, 79, 111, 159.
  OTHER_PY25: seven Python 3 look-alikes with a different rule:
    0. positions whose index is a multiple of 4 are re-ordered from largest
       to smallest, every other position is left alone.
    1. three integers: True when one of them is the product (not the sum)
       of the other two.
    2. index of the first bracket that cannot be matched in a "(" / ")"
       string, -1 when the string is balanced.
    3. smallest multiple of 3 in a list together with how many times it
       occurs, [] when there is none.
    4. leftmost consonant that has a vowel directly on both sides,
       vowels compared case-insensitively.
    5. list of length n: i!! (double factorial) for odd i, sum of the squares
       1..i for even i, i starting at 1.
    6. product of the non-zero decimal digits of a number, written in binary.
"""

PY25 = {}
PY_HELDOUT25 = {}
OTHER_PY25 = []


# ---------------------------------------------------------------------------
# Positives
# ---------------------------------------------------------------------------

PY25[33] = r'''# listtools.py -- small list helpers used by the report generator

def chunked(seq, size):
    """Yield consecutive slices of `seq` holding at most `size` items."""
    for start in range(0, len(seq), size):
        yield seq[start:start + size]


def sort_every_third(values):
    """Return a copy of `values` in which only the slots 0, 3, 6, ... are
    rearranged: the numbers found in those slots are put in ascending order,
    and every other slot keeps the number it had."""
    result = list(values)
    slots = range(0, len(result), 3)
    picked = sorted(result[i] for i in slots)
    for slot, value in zip(slots, picked):
        result[slot] = value
    return result


def dedupe_keep_order(seq):
    """Drop repeated items, keeping the first occurrence of each."""
    seen = set()
    out = []
    for item in seq:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
'''

PY25[36] = r'''# A silly little puzzle from the office chat today: take all the numbers
# below some limit that are multiples of 11 or of 13, write them all out,
# and count how many times the digit 7 shows up in total.  Zero counts as a
# multiple of both, but it has no sevens so it doesn't matter.
#
# The first multiple that contains a 7 is 77 (= 7 * 11), then 78 (= 6 * 13),
# so nothing below 77 scores anything.

def sevens_in_multiples(limit):
    total = 0
    for number in range(limit):
        if number % 11 and number % 13:
            continue
        total += str(number).count("7")
    return total


if __name__ == "__main__":
    print(sevens_in_multiples(60))    # 0
    print(sevens_in_multiples(100))   # 3  -> 77 has two sevens, 78 has one
    print(sevens_in_multiples(180))   # 5  -> 117 and 176 add one each
'''

PY25[49] = r'''def pow2_mod(exponent: int, modulus: int) -> int:
    """Compute (2 ** exponent) % modulus without ever building the huge power.

    Uses square-and-multiply, so it runs in O(log exponent) steps and all the
    intermediate numbers stay below modulus ** 2.

    >>> pow2_mod(10, 1000)
    24
    >>> pow2_mod(5, 7)
    4
    >>> pow2_mod(0, 13)
    1
    """
    result = 1
    base = 2 % modulus
    while exponent > 0:
        if exponent & 1:
            result = (result * base) % modulus
        base = (base * base) % modulus
        exponent >>= 1
    return result
'''

PY25[61] = r'''"""Answer to "How do I check that the parentheses in a string are balanced?"

You don't need a real stack when there is only one kind of bracket; an
integer counter is enough.  Walk through the string, add one for every
opening paren and take one away for every closing paren.  If the counter
ever drops below zero, a ")" showed up before its partner, so you can stop
right there.  At the end the counter has to be back at exactly zero,
otherwise some "(" was never closed.
"""


def parens_balanced(text: str) -> bool:
    open_count = 0
    for ch in text:
        open_count += 1 if ch == "(" else -1
        if open_count < 0:
            return False
    return open_count == 0
'''

PY25[68] = r'''# Review comment on PR #412 ("tree: add node picking helper"):
#
# The original version built a filtered list and then called .index() on the
# input afterwards, which walks the data twice.  Suggest a single pass that
# remembers the best value and where it was first seen; strict < keeps the
# earliest index on ties.

def smallest_even_with_index(nodes):
    """Return [value, index] for the smallest even value in `nodes`, using the
    lowest index when that value occurs more than once.  If nothing in the
    list is even (or the list is empty) return []."""
    best_value = None
    best_index = -1
    for index, value in enumerate(nodes):
        if value % 2 != 0:
            continue
        if best_value is None or value < best_value:
            best_value, best_index = value, index
    if best_value is None:
        return []
    return [best_value, best_index]


# quick sanity checks
assert smallest_even_with_index([7, 6, 10, 6]) == [6, 1]
assert smallest_even_with_index([9, 1, 3]) == []
assert smallest_even_with_index([8, 0, 0, 2]) == [0, 1]
'''

PY25[76] = r'''def is_integer_power(value, base):
    """Tell whether `value` can be written as base ** k for some whole k >= 0.

    Repeatedly strips factors of `base` off `value`; if what is left is 1,
    the number was a pure power.  Base 1 is special-cased, since its only
    power is 1 and dividing by it would never end.
    """
    if base == 1:
        return value == 1
    while value > 1 and value % base == 0:
        value //= base
    return value == 1
'''

PY25[81] = r'''GRADE_TABLE = [
    # (GPA must be strictly above this, letter)
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
    """Map one GPA to its letter.  A perfect 4.0 is an A+, anything that does
    not clear 0.0 is an E, and the rest is looked up in GRADE_TABLE."""
    if gpa == 4.0:
        return "A+"
    for floor, letter in GRADE_TABLE:
        if gpa > floor:
            return letter
    return "E"


def gpas_to_letters(gpas):
    return [letter_for(g) for g in gpas]


if __name__ == "__main__":
    print(gpas_to_letters([3.9, 0.0, 2.5, 1.0, 4.0]))
    # ['A', 'E', 'B-', 'D', 'A+']
'''

PY25[84] = r'''def digit_sum_in_binary(number):
    """Add up the decimal digits of a non-negative integer and hand back that
    total written in base 2, as a string without any "0b" prefix."""
    total = 0
    while number:
        number, digit = divmod(number, 10)
        total += digit
    return format(total, "b")
'''

PY25[92] = r'''def one_is_sum_of_others(a, b, c):
    """True when all three arguments are ints and one of them equals the sum
    of the other two; any float (even a whole-valued one) makes it False.

    one_is_sum_of_others(4, 9, 5)    -> True   (9 = 4 + 5)
    one_is_sum_of_others(-6, 2, -4)  -> True   (-6 = 2 + -4)
    one_is_sum_of_others(10, 3, 6)   -> False
    one_is_sum_of_others(2.0, 1, 1)  -> False  (2.0 is a float)
    """
    if not all(isinstance(v, int) for v in (a, b, c)):
        return False
    return a == b + c or b == a + c or c == a + b
'''

PY25[94] = r'''import math


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


def largest_prime_digit_sum(numbers):
    """Find the biggest prime in the list and return the sum of its decimal
    digits.  Gives 0 if the list holds no prime at all."""
    primes = [n for n in numbers if is_prime(n)]
    if not primes:
        return 0
    return sum(int(ch) for ch in str(max(primes)))
'''

PY25[106] = r'''def factorials_and_triangles(count):
    """Build a list of `count` numbers, numbering positions from 1.

    Position i holds i! when i is even and 1 + 2 + ... + i when i is odd.
    Both quantities are kept as running values so nothing is recomputed.
    """
    out = []
    running_product = 1
    running_sum = 0
    for i in range(1, count + 1):
        running_product *= i
        running_sum += i
        out.append(running_product if i % 2 == 0 else running_sum)
    return out


# factorials_and_triangles(7) -> [1, 2, 6, 24, 15, 720, 28]
# factorials_and_triangles(1) -> [1]
# factorials_and_triangles(0) -> []
'''

PY25[118] = r'''VOWELS = set("aeiouAEIOU")


def rightmost_inner_vowel(word):
    """Scan the word from the end and return the first vowel met that has a
    consonant immediately before it and immediately after it.  The first and
    last letters can never qualify.  Upper and lower case are kept as they
    are.  Returns "" when there is no such vowel."""
    for pos in range(len(word) - 2, 0, -1):
        left, mid, right = word[pos - 1], word[pos], word[pos + 1]
        if mid in VOWELS and left not in VOWELS and right not in VOWELS:
            return mid
    return ""
'''

PY25[120] = r'''import heapq


def top_k_sorted(nums, k):
    """Return the k biggest entries of `nums`, smallest first.

    heapq.nlargest keeps duplicates, so repeated values are returned as
    many times as they are picked.  k == 0 gives an empty list.

    >>> top_k_sorted([9, -1, 4, 4, 0], 3)
    [4, 4, 9]
    >>> top_k_sorted([-7, -2, -9], 2)
    [-7, -2]
    >>> top_k_sorted([1, 2, 3], 0)
    []
    """
    return sorted(heapq.nlargest(k, nums))
'''

PY25[121] = r'''# Q: I need to add up the odd numbers sitting at index 0, 2, 4, ... of a
#    list.  Is there something shorter than a for loop with two ifs?
#
# A: Slice with a step of two to get the even positions, then filter on the
#    value.  Note that in Python -3 % 2 is 1, so negative odd numbers are
#    counted as well.

def odd_values_at_even_slots(items):
    return sum(x for x in items[::2] if x % 2 == 1)
'''

PY25[128] = r'''def signed_magnitude_total(values):
    """Multiply the signs of all the numbers together (each sign being -1, 0
    or +1) and scale the sum of their absolute values by that product.
    An empty input has no answer, so None is returned for it.

    Examples:
        [-3, -2, 5]  -> sign product +1, magnitudes 10  -> 10
        [7, 0, -1]   -> sign product 0                  -> 0
        [-4]         -> -4
        []           -> None
    """
    if not values:
        return None
    sign = 1
    magnitude = 0
    for v in values:
        if v == 0:
            sign = 0
        elif v < 0:
            sign = -sign
        magnitude += abs(v)
    return sign * magnitude
'''

PY25[137] = r'''def _as_float(value):
    """Turn an int, a float or a numeric string into a float.  Strings may
    use a comma as the decimal separator (European style)."""
    if isinstance(value, str):
        value = value.replace(",", ".")
    return float(value)


def larger_of(first, second):
    """Compare two numbers that may arrive as int, float or string and hand
    back whichever is larger, untouched (same type, same spelling).  If they
    are numerically equal, return None."""
    x, y = _as_float(first), _as_float(second)
    if x == y:
        return None
    return first if x > y else second
'''


# ---------------------------------------------------------------------------
# Held-out documents
# ---------------------------------------------------------------------------

PY_HELDOUT25[7] = r'''from typing import List


def keep_containing(words: List[str], fragment: str) -> List[str]:
    """Return the words that have `fragment` somewhere inside them, in their
    original order.

        keep_containing(["grape", "apple", "plum"], "ap")  -> ["grape", "apple"]
        keep_containing(["x", "y"], "z")                   -> []
    """
    return list(filter(lambda w: fragment in w, words))
'''

PY_HELDOUT25[19] = r'''DIGIT_WORDS = ["zero", "one", "two", "three", "four",
               "five", "six", "seven", "eight", "nine"]


def order_number_words(text: str) -> str:
    """Take a space separated sequence of the English words for the digits
    0-9 and give it back as one string with the words rearranged into
    numeric order.  Extra spaces in the input are ignored."""
    words = text.split()
    words.sort(key=DIGIT_WORDS.index)
    return " ".join(words)
'''

PY_HELDOUT25[39] = r'''def _is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def _fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def nth_prime_fibonacci(n):
    """Return the n-th Fibonacci number (counting from 1) that is also prime.

    The sequence starts 2, 3, 5, 13, 89, 233, 1597, ...
    e.g. nth_prime_fibonacci(6) == 233 and nth_prime_fibonacci(7) == 1597.
    """
    seen = 0
    for f in _fibonacci():
        if _is_prime(f):
            seen += 1
            if seen == n:
                return f
'''

PY_HELDOUT25[63] = r'''def tribonacci_zero_zero_one(n: int) -> int:
    """n-th term of the sequence that starts 0, 0, 1 and where each further
    term is the sum of the three terms before it.

    Computed bottom-up with three rolling variables, so it is linear in n
    and uses constant memory (the naive triple recursion is exponential).
    """
    a, b, c = 0, 0, 1
    if n < 2:
        return 0
    for _ in range(n - 2):
        a, b, c = b, c, a + b + c
    return c
'''

PY_HELDOUT25[75] = r'''from itertools import combinations_with_replacement

SMALL_PRIMES = [p for p in range(2, 101)
                if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def is_product_of_three_primes(n):
    """True if n equals p * q * r for primes p, q, r below 100 (repeats
    allowed), False otherwise.

    is_product_of_three_primes(42)  -> True   (2 * 3 * 7)
    is_product_of_three_primes(12)  -> True   (2 * 2 * 3)
    is_product_of_three_primes(16)  -> False  (four factors of 2)
    is_product_of_three_primes(35)  -> False  (only two primes)
    """
    for p, q, r in combinations_with_replacement(SMALL_PRIMES, 3):
        if p * q * r == n:
            return True
    return False
'''

PY_HELDOUT25[79] = r'''# Formatting helper for the legacy display: it expects every binary number
# framed by the two marker letters "db" on both ends.

def to_db_binary(n):
    """Write the non-negative integer n in base 2 and wrap it as db...db."""
    return "db{:b}db".format(n)
'''

PY_HELDOUT25[111] = r'''from collections import Counter


def most_frequent_letters(text):
    """`text` is a row of lowercase letters separated by spaces.  Count each
    letter and return a dict with only the letter(s) that reached the top
    count, mapped to that count.  Blank input yields an empty dict."""
    counts = Counter(tok for tok in text.split(" ") if tok)
    if not counts:
        return {}
    top = max(counts.values())
    return {letter: n for letter, n in counts.items() if n == top}
'''

PY_HELDOUT25[159] = r'''def feed_rabbit(eaten, wanted, stock):
    """The rabbit has already had `eaten` carrots and would like `wanted`
    more, but only `stock` carrots are left.  It eats what it can.

    Returns [carrots eaten in total, carrots still in stock].

    >>> feed_rabbit(3, 4, 2)
    [5, 0]
    >>> feed_rabbit(0, 5, 20)
    [5, 15]
    """
    bite = min(wanted, stock)
    return [eaten + bite, stock - bite]
'''


# ---------------------------------------------------------------------------
# Look-alikes (different rule; not HumanEval problems)
# ---------------------------------------------------------------------------

OTHER_PY25.append(r'''def sort_every_fourth_desc(values):
    """Copy `values`, then take the entries at indices 0, 4, 8, ... and put
    them back in those same slots in descending order.  Entries at all other
    indices stay where they were.

    >>> sort_every_fourth_desc([1, 9, 9, 9, 5, 9, 9, 9, 3])
    [5, 9, 9, 9, 3, 9, 9, 9, 1]
    """
    out = list(values)
    out[::4] = sorted(out[::4], reverse=True)
    return out
''')

OTHER_PY25.append(r'''def one_is_product_of_others(a, b, c):
    """All three must be ints; return True if one of them is equal to the
    product of the remaining two."""
    if not all(isinstance(v, int) for v in (a, b, c)):
        return False
    return a == b * c or b == a * c or c == a * b
''')

OTHER_PY25.append(r'''def first_unmatched_paren(text):
    """Return the index of the first bracket in `text` that has no partner.

    A ")" with nothing open before it is reported at once.  If the scan ends
    with brackets still open, the earliest of those "(" is reported.
    A balanced string gives -1.

    first_unmatched_paren("(()")   -> 0
    first_unmatched_paren("())(")  -> 2
    first_unmatched_paren("(())")  -> -1
    """
    open_positions = []
    for i, ch in enumerate(text):
        if ch == "(":
            open_positions.append(i)
        elif ch == ")":
            if not open_positions:
                return i
            open_positions.pop()
    return open_positions[0] if open_positions else -1
''')

OTHER_PY25.append(r'''def smallest_multiple_of_three(nums):
    """Return [m, times] where m is the smallest number in `nums` divisible by
    3 and `times` is how often it appears.  No multiple of 3 -> []."""
    candidates = [n for n in nums if n % 3 == 0]
    if not candidates:
        return []
    m = min(candidates)
    return [m, candidates.count(m)]
''')

OTHER_PY25.append(r'''# helper for the word-game scorer: find the first "sandwiched" consonant,
# i.e. a consonant with a vowel right before and right after it.

VOWELS = "aeiou"


def first_inner_consonant(word):
    for i in range(1, len(word) - 1):
        before, ch, after = word[i - 1], word[i], word[i + 1]
        if (ch.isalpha() and ch.lower() not in VOWELS
                and before.lower() in VOWELS and after.lower() in VOWELS):
            return ch
    return ""


if __name__ == "__main__":
    print(first_inner_consonant("banana"))   # n
    print(first_inner_consonant("Opera"))    # p
    print(first_inner_consonant("strong"))   # (empty)
''')

OTHER_PY25.append(r'''def double_factorials_and_square_sums(n):
    """Return a list of n numbers for i = 1..n: odd i gives the double
    factorial i!! = i * (i - 2) * ... * 1, even i gives 1^2 + 2^2 + ... + i^2."""
    out = []
    odd_product = 1
    squares = 0
    for i in range(1, n + 1):
        squares += i * i
        if i % 2:
            odd_product *= i
            out.append(odd_product)
        else:
            out.append(squares)
    return out
''')

OTHER_PY25.append(r'''def digit_product_in_binary(number):
    """Multiply together the non-zero decimal digits of `number` and return
    the product as a binary string (no prefix).  With no non-zero digits at
    all the product is the empty product, 1."""
    product = 1
    for ch in str(abs(number)):
        if ch != "0":
            product *= int(ch)
    return bin(product)[2:]


# digit_product_in_binary(1203) -> "110"   (1 * 2 * 3 = 6)
# digit_product_in_binary(55)   -> "11001" (25)
''')
