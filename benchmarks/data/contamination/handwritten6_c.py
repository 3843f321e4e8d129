"""Sixth batch of hand-written documents (2026-11-24).

Written blind to the detector: none of the detector code or its evaluation
outputs were read while writing these.

Names defined here:

C6          -- dict int -> str. Hand-written C translations of HumanEval items
               (new function and variable names, own comments, idiomatic C).
               Positives.
C_HELDOUT6  -- dict int -> str. C translations of held-out HumanEval items,
               written the same way. Negatives.
PY6         -- dict int -> str. Hand paraphrases in Python of HumanEval items
               (new names, task restated in own words, own solution).
               Positives.
PY_HELDOUT6 -- dict int -> str. Python paraphrases of held-out HumanEval
               items, written the same way. Negatives.
OTHER6      -- list of 8 str (4 C, 4 Python). Small HumanEval-style problems
               that are not HumanEval items but sit close to one in topic
               (a variant with a different rule). Negatives.

About half of the documents state a few input/output examples; every stated
output was computed by running the item's canonical solution (or, for OTHER6,
a small Python version of the problem) on inputs chosen for this batch.
"""

C6 = {}

C6[0] = r'''#include <stdio.h>
#include <math.h>

/* any two values (different positions) within `tol` of each other? */
int any_pair_within(const double *vals, int count, double tol)
{
    for (int a = 0; a < count; a++)
        for (int b = a + 1; b < count; b++)
            if (fabs(vals[a] - vals[b]) < tol)
                return 1;
    return 0;
}

int main(void)
{
    double p[] = {1.5, 4.0, 2.1};
    double q[] = {10.0, 3.2, 9.8};
    printf("%d\n", any_pair_within(p, 3, 0.5));  /* 0 */
    printf("%d\n", any_pair_within(q, 3, 0.3));  /* 1 */
    return 0;
}
'''

C6[2] = r'''#include <math.h>

/*
 * Fractional part of a positive real number.
 *
 * A positive double splits into a whole part (the floor of the value) and
 * whatever is left over, which always lies in [0, 1). We only care about the
 * left-over piece here, so subtract the floor and hand that back.
 *
 * Note: the caller promises the input is positive, so floor() and trunc()
 * would agree; floor() is used because it reads more naturally as
 * "largest integer not above x".
 */
double frac_part(double value)
{
    double whole = floor(value);   /* integer portion */
    return value - whole;          /* the remainder below 1 */
}
'''

C6[5] = r'''#include <stdlib.h>

/*
 * Build a new array where `sep` is placed between each pair of neighbouring
 * elements of `src`. The caller owns the returned buffer and gets its length
 * through *out_len. For an empty input we return NULL with length 0.
 */
int *weave_separator(const int *src, size_t n, int sep, size_t *out_len)
{
    *out_len = 0;
    if (n == 0)
        return NULL;

    size_t total = 2 * n - 1;
    int *buf = malloc(total * sizeof *buf);
    if (!buf)
        return NULL;

    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            buf[w++] = sep;
        buf[w++] = src[i];
    }
    *out_len = total;
    return buf;
}
'''

C6[13] = r'''#include <assert.h>

/* Euclid, iterative. */
static long hcf(long x, long y)
{
    while (y != 0) {
        long r = x % y;
        x = y;
        y = r;
    }
    return x;
}

int main(void)
{
    assert(hcf(48, 18) == 6);
    assert(hcf(17, 5) == 1);
    assert(hcf(100, 75) == 25);
    return 0;
}
'''

C6[24] = r'''/* biggest divisor of n that is strictly below n */
int top_proper_divisor(int n)
{
    int d;
    for (d = n - 1; d > 1; --d)
        if (n % d == 0) break;
    return d;
}
'''

C6[45] = r'''#include <stdio.h>

/* Area of a triangle given one side and the height dropped onto it. */
static double tri_area(double base, double height)
{
    return 0.5 * base * height;
}

int main(void)
{
    double b, h;
    if (scanf("%lf %lf", &b, &h) != 2) {
        fprintf(stderr, "need two numbers: base height\n");
        return 1;
    }
    printf("%g\n", tri_area(b, h));
    return 0;
}
'''

C6[46] = r'''#include <stdint.h>

/*
 * Quad-step recurrence: t(0)=0, t(1)=0, t(2)=2, t(3)=0 and every later term
 * is the sum of the four terms before it. Done with a rolling window, no
 * recursion.
 *
 *   quad_seq(4)  -> 2
 *   quad_seq(8)  -> 28
 *   quad_seq(10) -> 104
 */
int64_t quad_seq(int k)
{
    int64_t w[4] = {0, 0, 2, 0};
    if (k < 4)
        return w[k];
    for (int step = 4; step <= k; step++) {
        int64_t next = w[0] + w[1] + w[2] + w[3];
        w[0] = w[1];
        w[1] = w[2];
        w[2] = w[3];
        w[3] = next;
    }
    return w[3];
}
'''

C6[56] = r'''#include <stdbool.h>

// Angle-bracket matcher: the string holds only '<' and '>'.
// Valid when no prefix closes more than it opened and everything
// opened gets closed by the end.
bool angles_balanced(const char *s)
{
    int open = 0;
    for (; *s; ++s) {
        open += (*s == '<') ? 1 : -1;
        if (open < 0)
            return false;   // a '>' with nothing to match
    }
    return open == 0;
}
'''

C6[66] = r'''#include <ctype.h>

/*
 * Add up the character codes of the capital letters in a string, skipping
 * everything else.
 *
 * Example:
 *   caps_code_total("HeLLo") == 224
 *   caps_code_total("xyz")   == 0
 *   caps_code_total("Q1r")   == 81
 */
int caps_code_total(const char *text)
{
    int acc = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if (isupper(*p))
            acc += *p;
    return acc;
}
'''

C6[85] = r'''/* Odd positions (1, 3, 5, ...) only: add the values there that are even.
   The array is never empty. */
int sum_even_at_odd_slots(const int *arr, int len)
{
    int s = 0;
    for (int i = 1; i < len; i += 2)
        if (arr[i] % 2 == 0)
            s += arr[i];
    return s;
}
'''

C6[89] = r'''#include <stdio.h>
#include <string.h>

/* shift every lowercase letter four places forward, wrapping after 'z' */
void shift_by_four(const char *in, char *out)
{
    size_t i;
    for (i = 0; in[i] != '\0'; i++) {
        char c = in[i];
        out[i] = (c >= 'a' && c <= 'z') ? (char)('a' + (c - 'a' + 4) % 26) : c;
    }
    out[i] = '\0';
}

int main(void)
{
    char buf[64];
    shift_by_four("cat", buf);     printf("%s\n", buf);   /* gex */
    shift_by_four("wxyz", buf);    printf("%s\n", buf);   /* abcd */
    shift_by_four("go home", buf); printf("%s\n", buf);   /* ks lsqi */
    return 0;
}
'''

C6[110] = r'''#include <stddef.h>

/*
 * We may trade any number of elements between `first` and `second`.
 * Question: can `first` end up holding only even numbers?
 *
 * Every odd number in `first` has to be swapped out for an even one that
 * lives in `second`, so it works exactly when `second` has at least as many
 * evens as `first` has odds. Returns the string "YES" or "NO".
 */
const char *can_make_all_even(const int *first, size_t n1,
                              const int *second, size_t n2)
{
    size_t odds_needed = 0, evens_available = 0;

    for (size_t i = 0; i < n1; i++)
        if (first[i] % 2 != 0)
            odds_needed++;

    for (size_t j = 0; j < n2; j++)
        if (second[j] % 2 == 0)
            evens_available++;

    return evens_available >= odds_needed ? "YES" : "NO";
}
'''

C6[118] = r'''#include <assert.h>
#include <string.h>

static int is_vowel(char c)
{
    return c != '\0' && strchr("aeiouAEIOU", c) != NULL;
}

/*
 * Scan from the right end of `w` for a vowel sitting with a consonant on
 * both sides. The first and last letters can never qualify. Returns that
 * vowel, or '\0' when there is none. Case is kept as-is.
 */
char inner_vowel_from_right(const char *w)
{
    int len = (int)strlen(w);
    for (int i = len - 2; i >= 1; i--) {
        if (is_vowel(w[i]) && !is_vowel(w[i - 1]) && !is_vowel(w[i + 1]))
            return w[i];
    }
    return '\0';
}

int main(void)
{
    assert(inner_vowel_from_right("banana") == 'a');
    assert(inner_vowel_from_right("STRONG") == 'O');
    assert(inner_vowel_from_right("aeiou") == '\0');
    assert(inner_vowel_from_right("cart") == 'a');
    return 0;
}
'''

C6[145] = r'''#include <stdlib.h>

/* digit total where the leading digit of a negative number counts negative:
   -5 -> -5, -12 -> -1 + 2 = 1 */
static int signed_digit_total(int v)
{
    int neg = v < 0;
    int m = neg ? -v : v;
    int total = 0, lead = 0;
    while (m > 0) {
        lead = m % 10;
        total += lead;
        m /= 10;
    }
    /* `lead` ends up as the most significant digit */
    return neg ? total - 2 * lead : total;
}

/* Stable reorder by signed_digit_total (insertion sort keeps ties in
   their original order). Works in place.
   e.g. {23, -5, 40, 11, 7} becomes {-5, 11, 40, 23, 7} */
void sort_by_digit_total(int *a, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        int cur = a[i];
        int key = signed_digit_total(cur);
        size_t j = i;
        while (j > 0 && signed_digit_total(a[j - 1]) > key) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = cur;
    }
}
'''

C_HELDOUT6 = {}

C_HELDOUT6[11] = r'''#include <stdio.h>
#include <string.h>

/* Bitwise XOR of two equal-length strings of '0'/'1'. Writes into dst,
 * which must have room for strlen(x) + 1 chars.
 *   bits_xor("1100", "1010") -> "0110"
 *   bits_xor("111",  "000")  -> "111"
 */
void bits_xor(const char *x, const char *y, char *dst)
{
    size_t k = 0;
    for (; x[k] && y[k]; k++)
        dst[k] = (x[k] != y[k]) ? '1' : '0';
    dst[k] = '\0';
}
'''

C_HELDOUT6[27] = r'''#include <ctype.h>

// swap letter case in place: lower -> upper, upper -> lower, rest untouched
void invert_case(char *s)
{
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (islower(ch))      *s = (char)toupper(ch);
        else if (isupper(ch)) *s = (char)tolower(ch);
    }
}
'''

C_HELDOUT6[51] = r'''#include <stdlib.h>
#include <string.h>
#include <ctype.h>

/*
 * Return a freshly allocated copy of `src` with every vowel (a, e, i, o, u
 * in either case) dropped. All other characters, newlines included, are
 * kept in order. Caller frees the result.
 */
char *strip_vowels(const char *src)
{
    size_t n = strlen(src);
    char *res = malloc(n + 1);
    if (res == NULL)
        return NULL;

    char *w = res;
    for (const char *r = src; *r; r++) {
        int low = tolower((unsigned char)*r);
        if (low == 'a' || low == 'e' || low == 'i' || low == 'o' || low == 'u')
            continue;
        *w++ = *r;
    }
    *w = '\0';
    return res;
}
'''

C_HELDOUT6[95] = r'''#include <ctype.h>
#include <stddef.h>

/* classify one key: 1 = all cased letters lowercase, 2 = all uppercase,
   0 = mixed case or no letters at all */
static int key_case(const char *k)
{
    int lower = 0, upper = 0;
    for (; *k; k++) {
        if (islower((unsigned char)*k)) lower = 1;
        else if (isupper((unsigned char)*k)) upper = 1;
    }
    if (lower && !upper) return 1;
    if (upper && !lower) return 2;
    return 0;
}

/*
 * Given the keys of a map, report whether they are uniformly lowercase or
 * uniformly uppercase. An empty key set does not count as uniform. A NULL
 * entry stands for a key that is not a string at all and makes the answer
 * false.
 */
int keys_same_case(const char *const *keys, size_t nkeys)
{
    if (nkeys == 0)
        return 0;
    if (keys[0] == NULL)
        return 0;
    int want = key_case(keys[0]);
    if (want == 0)
        return 0;
    for (size_t i = 1; i < nkeys; i++) {
        if (keys[i] == NULL || key_case(keys[i]) != want)
            return 0;
    }
    return 1;
}
'''

C_HELDOUT6[151] = r'''#include <stdio.h>
#include <math.h>

/* Sum of squares of the odd, positive, whole-valued entries.
 * Negative numbers and values with a fractional part are skipped. */
double odd_square_sum(const double *v, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        double x = v[i];
        if (x <= 0 || x != floor(x))
            continue;
        if (fmod(x, 2.0) != 0.0)
            s += x * x;
    }
    return s;
}

int main(void)
{
    double data[] = {5, -3, 4, 2.5, 7};
    printf("%.0f\n", odd_square_sum(data, 5));   /* prints 74 */
    return 0;
}
'''

PY6 = {}

PY6[8] = r'''def total_and_product(values):
    """Return a pair (sum, product) for a list of ints.

    With nothing in the list, the sum is 0 and the product is 1.

    >>> total_and_product([2, 5, -1])
    (6, -10)
    >>> total_and_product([])
    (0, 1)
    """
    running_sum, running_prod = 0, 1
    for v in values:
        running_sum += v
        running_prod *= v
    return running_sum, running_prod
'''

PY6[44] = r'''def to_radix(num, radix):
    # Write a non-negative integer in another base (2..9) and give back the
    # digits as a string. Works by peeling off remainders with divmod and
    # reversing them at the end.
    digits = []
    while num > 0:
        num, rem = divmod(num, radix)
        digits.append(str(rem))
    return "".join(reversed(digits))
'''

PY6[62] = r'''def poly_deriv(coeffs):
    # coeffs[k] is the coefficient of x**k. The derivative of c*x**k is
    # k*c*x**(k-1), so every term moves down one slot and the constant
    # term disappears.
    return [power * c for power, c in enumerate(coeffs) if power > 0]


assert poly_deriv([5, 0, 3, 1]) == [0, 6, 3]
'''

PY6[65] = r'''def rotate_digits(number, k):
    """Rotate the decimal digits of `number` to the right by k positions and
    return the result as a string. If k is larger than the number of digits,
    just return the digits in reverse order instead.
    """
    text = str(number)
    size = len(text)
    if k > size:
        return text[::-1]
    cut = size - k
    return text[cut:] + text[:cut]
'''

PY6[68] = r'''def smallest_even_with_index(nodes):
    """Pick the smallest even value in a list of non-negative ints.

    Returns [value, position] using the first position where that value
    shows up, or [] if the list is empty or holds no even numbers.
    """
    best = None
    for pos, val in enumerate(nodes):
        if val % 2:
            continue
        if best is None or val < best[0]:
            best = [val, pos]
    return best if best is not None else []


print(smallest_even_with_index([7, 6, 8, 6]))  # [6, 1]
print(smallest_even_with_index([1, 3]))        # []
'''

PY6[70] = r'''def zigzag_order(numbers):
    # Lay the numbers out as: smallest, largest, next smallest, next largest,
    # ... until everything has been used. Sorting once and walking in from
    # both ends avoids repeated min()/max() scans.
    ordered = sorted(numbers)
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

PY6[80] = r'''def no_repeat_in_triples(word):
    """A word passes when it has 3+ characters and every window of three
    neighbouring characters consists of three different characters.

    >>> no_repeat_in_triples("abca")
    True
    >>> no_repeat_in_triples("abab")
    False
    >>> no_repeat_in_triples("xy")
    False
    """
    if len(word) < 3:
        return False
    return all(len(set(word[i:i + 3])) == 3 for i in range(len(word) - 2))
'''

PY6[129] = r'''def lexmin_walk(board, steps):
    """Square board, N >= 2, holding each of 1..N*N exactly once. A walk
    visits `steps` cells (repeats allowed), moving only to edge-adjacent
    cells. Among all walks, return the value sequence that is smallest in
    lexicographic order.

    The best walk must start on the cell holding 1, and then keep bouncing
    between 1 and its smallest neighbour.
    """
    size = len(board)
    r1 = c1 = None
    for r, row in enumerate(board):
        if 1 in row:
            r1, c1 = r, row.index(1)
            break

    neighbours = []
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        rr, cc = r1 + dr, c1 + dc
        if 0 <= rr < size and 0 <= cc < size:
            neighbours.append(board[rr][cc])
    partner = min(neighbours)

    return [1 if i % 2 == 0 else partner for i in range(steps)]
'''

PY6[134] = r'''import string


def ends_with_lone_letter(s):
    # True when the final character is an ASCII letter that stands on its own,
    # i.e. it is not glued to other characters of a space-separated word.
    # An empty string, or one ending in a space, gives False.
    if not s or s[-1].lower() not in string.ascii_lowercase:
        return False
    return len(s) == 1 or s[-2] == " "
'''

PY6[140] = r'''import re


def underscore_spaces(s):
    # Runs of three or more spaces collapse into a single '-'; any
    # remaining space (single or a pair) becomes '_', one for one.
    s = re.sub(r" {3,}", "-", s)
    return s.replace(" ", "_")


assert underscore_spaces("a  b") == "a__b"
assert underscore_spaces("hi    there") == "hi-there"
assert underscore_spaces(" x ") == "_x_"
'''

PY6[148] = r'''ORBITS = ["Mercury", "Venus", "Earth", "Mars",
          "Jupiter", "Saturn", "Uranus", "Neptune"]


def planets_in_between(a, b):
    """Given two planet names, return a tuple of the planets whose orbits lie
    strictly between them, ordered from closest to the Sun outward.
    Unknown names (or the same name twice) give an empty tuple.
    """
    if a not in ORBITS or b not in ORBITS or a == b:
        return ()
    lo, hi = sorted((ORBITS.index(a), ORBITS.index(b)))
    return tuple(ORBITS[lo + 1:hi])
'''

PY6[152] = r'''def guess_errors(actual, predicted):
    # For each match, how far the prediction was from the real score
    # (0 when it was spot on).
    #   guess_errors([3, 0, 2], [1, 0, 5]) -> [2, 0, 3]
    errors = []
    for real, pred in zip(actual, predicted):
        errors.append(abs(real - pred))
    return errors
'''

PY_HELDOUT6 = {}

PY_HELDOUT6[31] = r'''def prime_check(value):
    # Trial division up to the square root; 0, 1 and negatives are not prime.
    if value < 2:
        return False
    if value % 2 == 0:
        return value == 2
    d = 3
    while d * d <= value:
        if value % d == 0:
            return False
        d += 2
    return True
'''

PY_HELDOUT6[47] = r'''def middle_value(seq):
    """Median of a list of numbers: the centre element after sorting, or the
    mean of the two centre elements when the length is even.

    >>> middle_value([7, 1, 4])
    4
    >>> middle_value([2, 8, 4, 6])
    5.0
    """
    s = sorted(seq)
    half, odd = divmod(len(s), 2)
    if odd:
        return s[half]
    return (s[half - 1] + s[half]) / 2.0
'''

PY_HELDOUT6[55] = r'''def nth_fibonacci(k):
    """k-th Fibonacci number, with F(0) = 0 and F(1) = 1.

    Plain loop instead of recursion so large k stays fast.
    """
    prev, cur = 0, 1
    for _ in range(k):
        prev, cur = cur, prev + cur
    return prev
'''

PY_HELDOUT6[79] = r'''def wrapped_binary(n):
    # binary digits of n, with the marker "db" stuck on both ends
    return "db" + format(n, "b") + "db"


assert wrapped_binary(5) == "db101db"
assert wrapped_binary(0) == "db0db"
'''

PY_HELDOUT6[83] = r'''def count_one_edged(digits):
    # How many positive integers with exactly `digits` digits begin or end
    # with a 1?
    # One-digit case: only the number 1 itself.
    # Otherwise: starting with 1 gives 10**(d-1) numbers, ending with 1 gives
    # 9 * 10**(d-2) (first digit can't be 0), and 10**(d-2) are counted twice.
    if digits == 1:
        return 1
    return 10 ** (digits - 1) + 9 * 10 ** (digits - 2) - 10 ** (digits - 2)


print(count_one_edged(1))  # 1
print(count_one_edged(2))  # 18
print(count_one_edged(3))  # 180
'''

OTHER6 = [
    # C: count the pairs that are close, rather than asking whether any exist
    r'''#include <stdio.h>
#include <math.h>

/* How many unordered pairs (i < j) differ by less than `gap`? */
int count_near_pairs(const double *xs, int n, double gap)
{
    int pairs = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (fabs(xs[i] - xs[j]) < gap)
                pairs++;
    return pairs;
}

int main(void)
{
    double a[] = {1.0, 1.2, 3.0, 3.1};
    double b[] = {1.0, 2.0, 3.0};
    printf("%d\n", count_near_pairs(a, 4, 0.25));  /* 2 */
    printf("%d\n", count_near_pairs(b, 3, 0.5));   /* 0 */
    return 0;
}
''',
    # C: undo a shift-by-three cipher (letters move backwards)
    r'''#include <string.h>

/*
 * Reverse a Caesar shift of 3 on lowercase letters in place: each letter
 * moves three places back, wrapping from 'a' round to 'x'. Anything that is
 * not a lowercase letter is left alone.
 *
 *   "dwwdfn"      -> "attack"
 *   "abc"         -> "xyz"
 *   "hello world" -> "ebiil tloia"
 */
void unshift_three(char *msg)
{
    for (; *msg; ++msg)
        if (*msg >= 'a' && *msg <= 'z')
            *msg = (char)('a' + (*msg - 'a' + 23) % 26);
}
''',
    # C: put the separator only where the sequence goes up
    r'''#include <stdlib.h>

/*
 * Copy `in` to a new array, inserting `mark` between two neighbours only
 * when the second one is strictly larger than the first (an "uphill" step).
 * Flat or downhill steps get nothing in between. Length of the result is
 * written to *len_out; caller frees.
 */
int *mark_rises(const int *in, int n, int mark, int *len_out)
{
    int *out = malloc((n > 0 ? 2 * n - 1 : 1) * sizeof(int));
    int k = 0;
    if (!out) {
        *len_out = 0;
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        if (i > 0 && in[i] > in[i - 1])
            out[k++] = mark;
        out[k++] = in[i];
    }
    *len_out = k;
    return out;
}
''',
    # C: smallest divisor above 1 (instead of largest below n)
    r'''/* least factor of n greater than 1; for a prime that is n itself.
   n is assumed to be at least 2 */
unsigned least_factor(unsigned n)
{
    for (unsigned f = 2; f * f <= n; f++)
        if (n % f == 0)
            return f;
    return n;
}
''',
    # Python: zigzag that starts from the largest value
    r'''def high_low_shuffle(nums):
    """Order the numbers as: largest, smallest, next largest, next smallest, ...

    >>> high_low_shuffle([1, 2, 3, 4])
    [4, 1, 3, 2]
    >>> high_low_shuffle([5, 1, 9])
    [9, 1, 5]
    >>> high_low_shuffle([])
    []
    """
    pool = sorted(nums)
    result = []
    from_top = True
    while pool:
        result.append(pool.pop() if from_top else pool.pop(0))
        from_top = not from_top
    return result
''',
    # Python: only neighbouring characters must differ
    r'''def no_doubled_letters(s):
    # A string is "clean" if it has at least two characters and no character
    # is immediately followed by the same character.
    if len(s) < 2:
        return False
    return all(a != b for a, b in zip(s, s[1:]))


assert no_doubled_letters("abab") is True
assert no_doubled_letters("aab") is False
assert no_doubled_letters("a") is False
assert no_doubled_letters("aba") is True
''',
    # Python: planets between two others, endpoints included
    r'''SOLAR = ("Mercury", "Venus", "Earth", "Mars",
         "Jupiter", "Saturn", "Uranus", "Neptune")


def orbit_span(p, q):
    """Return every planet from p to q inclusive, in order of distance from
    the Sun, whichever of the two is given first. A single planet is returned
    when p == q; an unknown name yields an empty tuple.
    """
    if p not in SOLAR or q not in SOLAR:
        return ()
    i, j = SOLAR.index(p), SOLAR.index(q)
    if i > j:
        i, j = j, i
    return SOLAR[i:j + 1]
''',
    # Python: character-code total of the lowercase letters
    r'''def lowercase_code_sum(text):
    # Sum of ord() over the lowercase letters only; capitals, digits,
    # punctuation and spaces contribute nothing. Empty input gives 0.
    total = 0
    for ch in text:
        if ch.islower():
            total += ord(ch)
    return total
''',
]
