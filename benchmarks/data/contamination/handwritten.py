"""Hand-written parts of the evaluation set (translations and look-alike problems)."""

# HumanEval item number -> C translation (items in the benchmark index: positives)
C = {
0: """#include <math.h>
/* Tell whether any two values in arr (length n) lie nearer to each other than limit.
   close_pair((double[]){1.0, 2.0, 3.0}, 3, 0.5) -> 0
   close_pair((double[]){1.0, 2.8, 3.0, 4.0, 5.0, 2.0}, 6, 0.3) -> 1 */
int close_pair(const double *arr, int n, double limit) {
    for (int a = 0; a < n; a++)
        for (int b = 0; b < n; b++)
            if (a != b && fabs(arr[a] - arr[b]) < limit)
                return 1;
    return 0;
}""",
2: """/* A positive floating point value splits into an integer part (largest integer not above it)
   and a decimal part that is always below 1. Return the decimal part.
   frac_part(3.5) == 0.5 */
double frac_part(double value) {
    return value - (long)value;
}""",
4: """/* For an array of numbers compute the Mean Absolute Deviation around its mean:
   MAD = average | x - x_mean |.
   mad((double[]){1.0, 2.0, 3.0, 4.0}, 4) == 1.0 */
double mad(const double *xs, int n) {
    double mean = 0.0, acc = 0.0;
    for (int i = 0; i < n; i++) mean += xs[i];
    mean /= n;
    for (int i = 0; i < n; i++) acc += fabs(xs[i] - mean);
    return acc / n;
}""",
13: """/* Return the greatest common divisor of the two integers p and q.
   gcd(3, 5) == 1, gcd(25, 15) == 5 */
int gcd(int p, int q) {
    while (q) {
        int t = p % q;
        p = q;
        q = t;
    }
    return p;
}""",
24: """/* For a number n, find the largest number that divides n evenly, smaller than n.
   biggest_divisor(15) == 5 */
int biggest_divisor(int n) {
    for (int d = n - 1; d > 0; d--)
        if (n % d == 0) return d;
    return 1;
}""",
45: """/* Given the length of a side and the height, return the area of the triangle.
   tri_area(5, 3) == 7.5 */
double tri_area(double side, double h) {
    return side * h / 2.0;
}""",
46: """/* The Fib4 number sequence is like Fibonacci: fib4(0) = 0, fib4(1) = 0, fib4(2) = 2, fib4(3) = 0,
   fib4(n) = fib4(n-1) + fib4(n-2) + fib4(n-3) + fib4(n-4). Compute the n-th element without recursion.
   fib4(5) == 4, fib4(6) == 8, fib4(7) == 14 */
int fib4(int n) {
    int w[4] = {0, 0, 2, 0};
    if (n < 4) return w[n];
    for (int i = 4; i <= n; i++) {
        int next = w[0] + w[1] + w[2] + w[3];
        w[0] = w[1]; w[1] = w[2]; w[2] = w[3]; w[3] = next;
    }
    return w[3];
}""",
60: """/* sum_upto adds up all numbers from 1 to n.
   sum_upto(30) == 465, sum_upto(100) == 5050, sum_upto(5) == 15, sum_upto(10) == 55, sum_upto(1) == 1 */
int sum_upto(int n) {
    int total = 0;
    for (int k = 1; k <= n; k++) total += k;
    return total;
}""",
}

JS = {
12: """// From an array of strings return the longest one; on ties the first such string,
// and null when the array is empty.
// longestString([]) -> null; longestString(['a', 'b', 'c']) -> 'a'; longestString(['a', 'bb', 'ccc']) -> 'ccc'
function longestString(strs) {
  if (strs.length === 0) return null;
  const best = Math.max(...strs.map(s => s.length));
  return strs.find(s => s.length === best);
}""",
30: """/**
 * Keep only the positive numbers of the array.
 * onlyPositive([-1, 2, -4, 5, 6]) => [2, 5, 6]
 * onlyPositive([5, 3, -5, 2, -3, 3, 9, 0, 123, 1, -10]) => [5, 3, 2, 3, 9, 123, 1]
 */
function onlyPositive(arr) {
  return arr.filter(e => e > 0);
}""",
34: """/**
 * Return the sorted unique elements of an array.
 * uniqueSorted([5, 3, 5, 2, 3, 3, 9, 0, 123]) => [0, 2, 3, 5, 9, 123]
 */
const uniqueSorted = (xs) => [...new Set(xs)].sort((a, b) => a - b);""",
36: """/**
 * Count how many times the digit 7 shows up in integers below n that are divisible by 11 or 13.
 * fizzBuzz(50) === 0; fizzBuzz(78) === 2; fizzBuzz(79) === 3
 */
function fizzBuzz(n) {
  let s = '';
  for (let i = 0; i < n; i++) {
    if (i % 11 === 0 || i % 13 === 0) s += String(i);
  }
  return [...s].filter(c => c === '7').length;
}""",
40: """/**
 * Takes an array of integers and tells whether three distinct elements of it sum to zero.
 * hasZeroTriple([1, 3, 5, 0]) -> false; hasZeroTriple([1, 3, -2, 1]) -> true
 * hasZeroTriple([1, 2, 3, 7]) -> false; hasZeroTriple([2, 4, -5, 3, 9, 7]) -> true; hasZeroTriple([1]) -> false
 */
function hasZeroTriple(l) {
  for (let i = 0; i < l.length; i++)
    for (let j = i + 1; j < l.length; j++)
      for (let k = j + 1; k < l.length; k++)
        if (l[i] + l[j] + l[k] === 0) return true;
  return false;
}""",
48: """/**
 * Checks whether the given string reads the same backwards.
 * isPalindrome('') -> true; isPalindrome('aba') -> true; isPalindrome('aaaaa') -> true; isPalindrome('zbcd') -> false
 */
function isPalindrome(text) {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== text[text.length - 1 - i]) return false;
  }
  return true;
}""",
49: """/**
 * Return 2^n modulo p (mind the numerics).
 * modp(3, 5) -> 3; modp(1101, 101) -> 2; modp(0, 101) -> 1; modp(3, 11) -> 8; modp(100, 101) -> 1
 */
function modp(n, p) {
  let ret = 1;
  for (let i = 0; i < n; i++) ret = (2 * ret) % p;
  return ret;
}""",
52: """/**
 * True when every number in the array is below the threshold t.
 * allBelow([1, 2, 4, 10], 100) -> true; allBelow([1, 20, 4, 10], 5) -> false
 */
function allBelow(l, t) {
  return l.every(e => e < t);
}""",
}

# translations of held-out items (NOT in the benchmark index): negatives
C_HELDOUT = {
31: """/* Return 1 when n is prime, 0 otherwise.
   is_prime(6) -> 0, is_prime(101) -> 1, is_prime(11) -> 1, is_prime(13441) -> 1, is_prime(61) -> 1, is_prime(4) -> 0 */
int is_prime(long n) {
    if (n < 2) return 0;
    for (long k = 2; k * k <= n; k++)
        if (n % k == 0) return 0;
    return 1;
}""",
59: """/* Largest prime factor of n (n > 1 and not a prime).
   top_prime_factor(13195) == 29, top_prime_factor(2048) == 2 */
int top_prime_factor(int n) {
    int best = 1;
    for (int f = 2; f <= n; f++)
        while (n % f == 0) { best = f; n /= f; }
    return best;
}""",
}
JS_HELDOUT = {
55: """// n-th Fibonacci number.
// fib(10) -> 55, fib(1) -> 1, fib(8) -> 21
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}""",
35: """/**
 * Largest element of the array.
 * maxElement([1, 2, 3]) -> 3; maxElement([5, 3, -5, 2, -3, 3, 9, 0, 123, 1, -10]) -> 123
 */
const maxElement = (l) => l.reduce((m, e) => (e > m ? e : m), l[0]);""",
}

# programming problems in HumanEval's style that are not in HumanEval: negatives
OTHER = [
'''from typing import List


def running_maximum(values: List[int]) -> List[int]:
    """ Return a list whose i-th element is the largest of values[0..i].
    >>> running_maximum([3, 1, 4, 1, 5])
    [3, 3, 4, 4, 5]
    """
    out, best = [], None
    for v in values:
        best = v if best is None or v > best else best
        out.append(best)
    return out
''',
'''def is_anagram(a: str, b: str) -> bool:
    """ Check whether two words use exactly the same letters, ignoring case.
    >>> is_anagram('Listen', 'Silent')
    True
    >>> is_anagram('abc', 'abd')
    False
    """
    return sorted(a.lower()) == sorted(b.lower())
''',
'''from typing import List


def rotate_left(items: List[int], k: int) -> List[int]:
    """ Rotate the list k positions to the left; k may exceed the length.
    >>> rotate_left([1, 2, 3, 4, 5], 2)
    [3, 4, 5, 1, 2]
    >>> rotate_left([], 3)
    []
    """
    if not items:
        return []
    k %= len(items)
    return items[k:] + items[:k]
''',
'''def run_length_encode(s: str) -> str:
    """ Compress runs of repeated characters as character followed by count.
    >>> run_length_encode('aaabcc')
    'a3b1c2'
    """
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{s[i]}{j - i}")
        i = j
    return ''.join(out)
''',
'''from typing import List


def second_largest(numbers: List[int]) -> int:
    """ Return the second largest distinct value, or None if there is none.
    >>> second_largest([4, 1, 4, 3])
    3
    >>> second_largest([7, 7])
    """
    distinct = sorted(set(numbers))
    return distinct[-2] if len(distinct) > 1 else None
''',
'''from typing import List


def merge_sorted(a: List[int], b: List[int]) -> List[int]:
    """ Merge two ascending lists into one ascending list.
    >>> merge_sorted([1, 4, 9], [2, 3, 10])
    [1, 2, 3, 4, 9, 10]
    """
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]
''',
'''from typing import List


def transpose(matrix: List[List[int]]) -> List[List[int]]:
    """ Swap rows and columns of a rectangular matrix.
    >>> transpose([[1, 2, 3], [4, 5, 6]])
    [[1, 4], [2, 5], [3, 6]]
    """
    return [list(row) for row in zip(*matrix)]
''',
'''def count_words(sentence: str) -> int:
    """ Count the words in a sentence, where words are separated by one or more spaces.
    >>> count_words('hello   big world')
    3
    >>> count_words('')
    0
    """
    return len(sentence.split())
''',
'''def binary_gap(n: int) -> int:
    """ Return the longest run of zeros surrounded by ones in the binary form of n.
    >>> binary_gap(9)
    2
    >>> binary_gap(15)
    0
    """
    bits = bin(n)[2:].strip('0')
    return max((len(g) for g in bits.split('1')), default=0)
''',
'''from typing import List


def pairwise_differences(numbers: List[float]) -> List[float]:
    """ Return the differences between consecutive numbers of the list.
    >>> pairwise_differences([1.0, 4.0, 2.5])
    [3.0, -1.5]
    """
    return [b - a for a, b in zip(numbers, numbers[1:])]
''',
'''def celsius_to_fahrenheit(c: float) -> float:
    """ Convert a temperature from degrees Celsius to degrees Fahrenheit.
    >>> celsius_to_fahrenheit(100)
    212.0
    >>> celsius_to_fahrenheit(-40)
    -40.0
    """
    return c * 9 / 5 + 32
''',
'''from typing import List


def chunk(items: List[int], size: int) -> List[List[int]]:
    """ Split the list into consecutive chunks of the given size (the last may be shorter).
    >>> chunk([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    """
    return [items[i:i + size] for i in range(0, len(items), size)]
''',
'''def collatz_steps(n: int) -> int:
    """ Number of steps for n to reach 1 under the Collatz rule (halve if even, else 3n + 1).
    >>> collatz_steps(6)
    8
    >>> collatz_steps(1)
    0
    """
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
''',
'''from typing import List


def find_missing(numbers: List[int]) -> int:
    """ The list holds every integer from 1 to n except one; return the missing one.
    >>> find_missing([1, 2, 4, 5])
    3
    """
    n = len(numbers) + 1
    return n * (n + 1) // 2 - sum(numbers)
''',
]


# ---------------------------------------------------------------------------------------------
# Second batch (written before any signal was tuned on it): more hand translations so that the
# C and JS slices have ~24 positives each, more held-out translations and C/JS look-alikes.
# Written the way someone leaking a benchmark would: new names, reworded comments, some
# example values changed, some examples dropped.

C2 = {
5: """#include <stdlib.h>
/* Build a new array in which sep is placed between each pair of neighbouring values of src.
   The result has 2*n-1 entries (0 for an empty input); its length goes to *out_len.
   e.g. weave({7, 8, 9}, 3, 0) gives {7, 0, 8, 0, 9} */
int *weave(const int *src, int n, int sep, int *out_len) {
    if (n == 0) { *out_len = 0; return NULL; }
    int *out = malloc(sizeof(int) * (2 * n - 1));
    int k = 0;
    for (int i = 0; i < n - 1; i++) {
        out[k++] = src[i];
        out[k++] = sep;
    }
    out[k++] = src[n - 1];
    *out_len = k;
    return out;
}""",
8: """/* Sum and product of all integers in vals, written to *sum and *prod.
   For no values the sum is 0 and the product is 1.
   total_and_product({1, 2, 3, 4}) -> sum 10, prod 24 */
void total_and_product(const int *vals, int n, long *sum, long *prod) {
    *sum = 0;
    *prod = 1;
    for (int i = 0; i < n; i++) {
        *sum += vals[i];
        *prod *= vals[i];
    }
}""",
16: """#include <ctype.h>
/* How many different characters (case-insensitive) does the text contain?
   distinct_chars("xyzXYZ") == 3, distinct_chars("Jerry") == 4 */
int distinct_chars(const char *text) {
    int seen[256] = {0};
    int count = 0;
    for (const char *p = text; *p; p++) {
        unsigned char c = (unsigned char)tolower((unsigned char)*p);
        if (!seen[c]) { seen[c] = 1; count++; }
    }
    return count;
}""",
18: """#include <string.h>
/* Count the occurrences of pat inside s, overlapping ones included.
   occurrences("", "a") = 0, occurrences("bbb", "b") = 3, occurrences("bbbb", "bb") = 3 */
int occurrences(const char *s, const char *pat) {
    int n = strlen(s), m = strlen(pat), times = 0;
    for (int i = 0; i + m <= n; i++)
        if (strncmp(s + i, pat, m) == 0)
            times++;
    return times;
}""",
21: """/* Linearly map the values (at least two) in place so that the minimum becomes 0
   and the maximum becomes 1. */
void normalize_unit(double *v, int n) {
    double lo = v[0], hi = v[0];
    for (int i = 1; i < n; i++) {
        if (v[i] < lo) lo = v[i];
        if (v[i] > hi) hi = v[i];
    }
    for (int i = 0; i < n; i++)
        v[i] = (v[i] - lo) / (hi - lo);
}""",
25: """/* Write the prime factors of n into out, smallest first, each repeated as often as it
   divides n (their product is n). Returns how many were written.
   prime_factors(12) -> 2 2 3, prime_factors(49) -> 7 7, prime_factors(70) -> 2 5 7 */
int prime_factors(int n, int *out) {
    int k = 0;
    for (int d = 2; d * d <= n; ) {
        if (n % d == 0) {
            out[k++] = d;
            n /= d;
        } else {
            d++;
        }
    }
    if (n > 1) out[k++] = n;
    return k;
}""",
53: """/* add two ints */
int plus(int a, int b) {
    return a + b;
}""",
56: """/* s contains only '<' and '>'. Return 1 when each '<' is matched by a later '>'
   (never more closers than openers, and all closed at the end), else 0.
   balanced("<") = 0, balanced("<>") = 1, balanced("<<><>>") = 1, balanced("><<>") = 0 */
int balanced(const char *s) {
    int open = 0;
    for (; *s; s++) {
        open += (*s == '<') ? 1 : -1;
        if (open < 0) return 0;
    }
    return open == 0;
}""",
62: """/* c[0] + c[1] x + c[2] x^2 + ... : store the coefficients of the derivative in d
   (n - 1 of them) and return their count.
   deriv({3, 1, 2, 4, 5}) -> {1, 4, 12, 20} */
int deriv(const int *c, int n, int *d) {
    for (int i = 1; i < n; i++)
        d[i - 1] = i * c[i];
    return n > 0 ? n - 1 : 0;
}""",
64: """#include <string.h>
#include <ctype.h>
/* Count the vowels of a word: a, e, i, o, u, and also y but only as the last letter.
   count_vowels("abcde") == 2, count_vowels("ACEDY") == 3 */
int count_vowels(const char *w) {
    int n = 0, len = strlen(w);
    for (int i = 0; i < len; i++)
        if (strchr("aeiouAEIOU", w[i])) n++;
    if (len > 0 && tolower((unsigned char)w[len - 1]) == 'y') n++;
    return n;
}""",
69: """#include <stdlib.h>
/* arr holds n positive integers. Find the largest value v > 0 that appears at least v times;
   -1 when there is none.
   largest_frequent({4, 1, 2, 2, 3, 1}) == 2; largest_frequent({5, 5, 4, 4, 4}) == -1 */
int largest_frequent(const int *arr, int n) {
    int top = 0;
    for (int i = 0; i < n; i++) if (arr[i] > top) top = arr[i];
    int *freq = calloc(top + 1, sizeof(int));
    for (int i = 0; i < n; i++) freq[arr[i]]++;
    int ans = -1;
    for (int v = 1; v <= top; v++)
        if (freq[v] >= v) ans = v;
    free(freq);
    return ans;
}""",
73: """/* Minimum number of entries to overwrite so the array reads the same from both ends.
   min_changes({1,2,3,5,4,7,9,6}, 8) == 4, min_changes({1,2,3,2,1}, 5) == 0 */
int min_changes(const int *a, int n) {
    int changes = 0;
    for (int i = 0; i < n / 2; i++)
        if (a[i] != a[n - 1 - i]) changes++;
    return changes;
}""",
82: """#include <string.h>
/* Is the length of the string a prime number? 1 for yes, 0 for no.
   len_is_prime("Hello") -> 1, len_is_prime("kittens") -> 1, len_is_prime("orange") -> 0 */
int len_is_prime(const char *str) {
    int l = strlen(str);
    if (l < 2) return 0;
    for (int d = 2; d < l; d++)
        if (l % d == 0) return 0;
    return 1;
}""",
89: """/* Shift every lowercase letter of msg four places down the alphabet (wrapping around),
   in place; other characters are left alone.
   rotate4("hi") gives "lm", rotate4("gf") gives "kj", rotate4("et") gives "ix" */
void rotate4(char *msg) {
    for (; *msg; msg++)
        if (*msg >= 'a' && *msg <= 'z')
            *msg = 'a' + (*msg - 'a' + 4) % 26;
}""",
96: """/* Fill out with the primes smaller than n; return how many there are.
   primes_below(5) -> 2, 3; primes_below(11) -> 2, 3, 5, 7; primes_below(1) -> none */
int primes_below(int n, int *out) {
    int k = 0;
    for (int i = 2; i < n; i++) {
        int prime = 1;
        for (int j = 2; j < i; j++)
            if (i % j == 0) { prime = 0; break; }
        if (prime) out[k++] = i;
    }
    return k;
}""",
157: """/* Do the three side lengths form a right triangle (one angle of 90 degrees)?
   right_triangle(6, 8, 10) -> 1, right_triangle(1, 2, 3) -> 0 */
int right_triangle(int a, int b, int c) {
    return a * a == b * b + c * c || b * b == a * a + c * c || c * c == a * a + b * b;
}""",
}

JS2 = {
9: """// Running maximum: element i of the result is the biggest value seen in xs[0..i].
// runningMax([1, 2, 3, 2, 3, 4, 2]) -> [1, 2, 3, 3, 3, 4, 4]
function runningMax(xs) {
  const out = [];
  let best = null;
  for (const x of xs) {
    best = best === null ? x : Math.max(best, x);
    out.push(best);
  }
  return out;
}""",
10: """const isPal = (s) => s === [...s].reverse().join('');

/**
 * Shortest palindrome that starts with the given string: find the longest suffix that is
 * already a palindrome, then append the reverse of what comes before it.
 * shortestPalindrome('') -> ''; shortestPalindrome('dog') -> 'dogod'; shortestPalindrome('doge') -> 'dogegod'
 */
function shortestPalindrome(s) {
  if (!s) return '';
  let start = 0;
  while (!isPal(s.slice(start))) start++;
  return s + [...s.slice(0, start)].reverse().join('');
}""",
20: """/**
 * Pick the two numbers of the array (at least 2 long) that are nearest to each other and
 * return them as [smaller, larger].
 * nearestPair([1.0, 2.0, 3.0, 4.0, 5.0, 2.2]) -> [2.0, 2.2]
 */
function nearestPair(nums) {
  let pair = null, gap = Infinity;
  for (let i = 0; i < nums.length; i++) {
    for (let j = 0; j < nums.length; j++) {
      if (i !== j && Math.abs(nums[i] - nums[j]) < gap) {
        gap = Math.abs(nums[i] - nums[j]);
        pair = [Math.min(nums[i], nums[j]), Math.max(nums[i], nums[j])];
      }
    }
  }
  return pair;
}""",
26: """// Drop every value that appears more than once; the rest keep their order.
// dropRepeated([1, 2, 3, 2, 4]) -> [1, 3, 4]
function dropRepeated(arr) {
  const counts = new Map();
  for (const v of arr) counts.set(v, (counts.get(v) || 0) + 1);
  return arr.filter(v => counts.get(v) === 1);
}""",
37: """/**
 * Returns a copy of arr where the values at even positions are sorted among themselves
 * and the values at odd positions stay where they are.
 * sortEvenSlots([5, 6, 3, 4]) -> [3, 6, 5, 4]
 */
function sortEvenSlots(arr) {
  const evens = arr.filter((_, i) => i % 2 === 0).sort((a, b) => a - b);
  return arr.map((v, i) => (i % 2 === 0 ? evens[i / 2] : v));
}""",
58: """/**
 * Sorted, duplicate-free list of the values that occur in both arrays.
 * shared([1, 4, 3, 34, 653, 2, 5], [5, 7, 1, 5, 9, 653, 121]) => [1, 5, 653]
 * shared([5, 3, 2, 8], [3, 2]) => [2, 3]
 */
function shared(a, b) {
  const inB = new Set(b);
  return [...new Set(a.filter(x => inB.has(x)))].sort((x, y) => x - y);
}""",
66: """// Add up the character codes of the upper-case letters only.
// upperCodeSum('') === 0, upperCodeSum('abAB') === 131, upperCodeSum('helloE') === 69
function upperCodeSum(str) {
  let total = 0;
  for (const ch of str) {
    if (ch >= 'A' && ch <= 'Z') total += ch.charCodeAt(0);
  }
  return total;
}""",
72: """/**
 * An object q flies when it is balanced (the array is a palindrome) and its total weight
 * does not exceed the limit w.
 * canFly([1, 2], 5) -> false   (light enough but unbalanced)
 * canFly([3, 2, 3], 1) -> false (balanced but too heavy)
 * canFly([3, 2, 3], 9) -> true
 */
function canFly(q, w) {
  const total = q.reduce((a, b) => a + b, 0);
  if (total > w) return false;
  for (let i = 0, j = q.length - 1; i < j; i++, j--) {
    if (q[i] !== q[j]) return false;
  }
  return true;
}""",
80: """/**
 * A string is "happy" when it has at least 3 characters and any 3 consecutive characters
 * are all different.
 */
function isHappy(str) {
  if (str.length < 3) return false;
  for (let i = 0; i + 2 < str.length; i++) {
    const [a, b, c] = [str[i], str[i + 1], str[i + 2]];
    if (a === b || b === c || a === c) return false;
  }
  return true;
}""",
90: """// Second smallest distinct value of the array, or null if it does not exist.
// secondSmallest([1, 2, 3, 4, 5]) -> 2; secondSmallest([5, 1, 4, 3, 2]) -> 2; secondSmallest([]) -> null; secondSmallest([1, 1]) -> null
function secondSmallest(arr) {
  const u = [...new Set(arr)].sort((a, b) => a - b);
  return u.length < 2 ? null : u[1];
}""",
101: """/**
 * Split a sentence whose words are separated by commas and/or spaces into an array of words.
 * toWords("Hello, my name is Ann") -> ["Hello", "my", "name", "is", "Ann"]
 */
function toWords(text) {
  if (!text) return [];
  return text.replace(/,/g, ' ').split(' ').filter(w => w.length > 0);
}""",
128: """/**
 * Sum of the absolute values times the product of the signs (1, -1 or 0) of all numbers.
 * Empty input gives null.
 * signedMagnitude([1, 2, 2, -4]) === -9; signedMagnitude([0, 1]) === 0; signedMagnitude([]) === null
 */
function signedMagnitude(arr) {
  if (arr.length === 0) return null;
  let sign = 1, mag = 0;
  for (const v of arr) {
    sign *= Math.sign(v);
    mag += Math.abs(v);
  }
  return sign * mag;
}""",
148: """const ORBITS = ['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune'];

// Planets strictly between the orbits of p and q, ordered by distance from the Sun;
// empty when either name is not a planet.
// between('Jupiter', 'Neptune') -> ['Saturn', 'Uranus']; between('Earth', 'Mercury') -> ['Venus']
function between(p, q) {
  const i = ORBITS.indexOf(p), j = ORBITS.indexOf(q);
  if (i < 0 || j < 0 || i === j) return [];
  return i < j ? ORBITS.slice(i + 1, j) : ORBITS.slice(j + 1, i);
}""",
154: """/**
 * Is the second word, or any rotation of it, a substring of the first word?
 * rotationInside('abcd', 'abd') -> false; rotationInside('hello', 'ell') -> true
 * rotationInside('abab', 'baa') -> true; rotationInside('himenss', 'simen') -> true
 */
function rotationInside(a, b) {
  const doubled = b + b;
  for (let k = 0; k < b.length; k++) {
    if (a.includes(doubled.slice(k, k + b.length))) return true;
  }
  return false;
}""",
158: """// Word with the most different characters; ties go to the alphabetically first word.
// mostUnique(["name", "of", "string"]) -> "string"; mostUnique(["name", "enam", "game"]) -> "enam"
function mostUnique(words) {
  return [...words].sort((a, b) => {
    const d = new Set(b).size - new Set(a).size;
    return d !== 0 ? d : (a < b ? -1 : a > b ? 1 : 0);
  })[0];
}""",
161: """/**
 * Swap the case of every letter in s; if s has no letters at all, return it reversed.
 * swapOrReverse("5678") -> "8765"; swapOrReverse("ab") -> "AB"; swapOrReverse("#a@C") -> "#A@c"
 */
function swapOrReverse(s) {
  if (!/[a-zA-Z]/.test(s)) return [...s].reverse().join('');
  return [...s].map(c => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}""",
}

# translations of held-out items (not in the index: negatives), several of them close
# relatives of index items (63 fibfib ~ 46 fib4, 71 ~ 45 triangle_area, 7 ~ 29, 43 ~ 40,
# 51 ~ 64, 27 ~ 161)
C_HELDOUT2 = {
3: """/* A bank account starts at zero; ops holds deposits (positive) and withdrawals (negative).
   Return 1 as soon as the balance drops below zero, else 0.
   goes_negative({1, 2, 3}, 3) == 0, goes_negative({1, 2, -4, 5}, 4) == 1 */
int goes_negative(const int *ops, int n) {
    int balance = 0;
    for (int i = 0; i < n; i++) {
        balance += ops[i];
        if (balance < 0) return 1;
    }
    return 0;
}""",
63: """/* tribo(0) = 0, tribo(1) = 0, tribo(2) = 1, tribo(n) = tribo(n-1) + tribo(n-2) + tribo(n-3).
   tribo(1) == 0, tribo(5) == 4, tribo(8) == 24 */
int tribo(int n) {
    int a = 0, b = 0, c = 1;
    if (n < 2) return 0;
    for (int i = 3; i <= n; i++) {
        int d = a + b + c;
        a = b; b = c; c = d;
    }
    return c;
}""",
71: """#include <math.h>
/* Area of a triangle with sides a, b, c (Heron), rounded to 2 decimals, or -1 when the
   sides cannot form a triangle. heron(3, 4, 5) == 6.00, heron(1, 2, 10) == -1 */
double heron(double a, double b, double c) {
    if (a + b <= c || a + c <= b || b + c <= a) return -1;
    double s = (a + b + c) / 2;
    return round(sqrt(s * (s - a) * (s - b) * (s - c)) * 100) / 100;
}""",
131: """/* Product of the odd digits of n, or 0 when every digit is even.
   odd_digit_product(1) == 1, odd_digit_product(4) == 0, odd_digit_product(235) == 15 */
int odd_digit_product(int n) {
    int prod = 1, any = 0;
    for (; n > 0; n /= 10) {
        int d = n % 10;
        if (d % 2 == 1) { prod *= d; any = 1; }
    }
    return any ? prod : 0;
}""",
139: """/* "Brazilian" factorial: n! * (n-1)! * ... * 1!.  special_fact(4) == 288 */
long long special_fact(int n) {
    long long fact = 1, result = 1;
    for (int i = 1; i <= n; i++) {
        fact *= i;
        result *= fact;
    }
    return result;
}""",
23: """/* length of a C string, without strlen: my_len("") == 0, my_len("abc") == 3 */
int my_len(const char *s) {
    int n = 0;
    while (s[n]) n++;
    return n;
}""",
}

JS_HELDOUT2 = {
7: """// Keep only the strings that contain the given piece of text.
// containing([], 'a') -> []; containing(['abc', 'bacd', 'cde', 'array'], 'a') -> ['abc', 'bacd', 'array']
const containing = (strs, piece) => strs.filter(s => s.includes(piece));""",
43: """/**
 * True when two different elements of the array add up to zero.
 * hasZeroPair([1, 3, 5, 0]) -> false; hasZeroPair([1, 3, -2, 1]) -> false
 * hasZeroPair([2, 4, -5, 3, 5, 7]) -> true; hasZeroPair([1]) -> false
 */
function hasZeroPair(l) {
  for (let i = 0; i < l.length; i++)
    for (let j = i + 1; j < l.length; j++)
      if (l[i] + l[j] === 0) return true;
  return false;
}""",
47: """// Median of an array of numbers.
// median([3, 1, 2, 4, 5]) -> 3; median([-10, 4, 6, 1000, 10, 20]) -> 15
function median(arr) {
  const s = [...arr].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}""",
51: """/**
 * Remove all vowels (a, e, i, o, u, either case) from the text.
 * stripVowels('') -> ''; stripVowels('abcdef') -> 'bcdf'; stripVowels('aaBAA') -> 'B'; stripVowels('zbcd') -> 'zbcd'
 */
function stripVowels(text) {
  return [...text].filter(c => !'aeiou'.includes(c.toLowerCase())).join('');
}""",
155: """// Count the even and the odd digits of an integer (sign ignored): [even, odd].
// evenOddDigits(-12) -> [1, 1]; evenOddDigits(123) -> [1, 2]
function evenOddDigits(num) {
  let even = 0, odd = 0;
  for (const d of String(Math.abs(num))) {
    if (Number(d) % 2 === 0) even++; else odd++;
  }
  return [even, odd];
}""",
27: """// Turn lower-case letters into upper case and vice versa. flipCase('Hello') -> 'hELLO'
const flipCase = (s) => [...s].map(c => c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()).join('');""",
79: """/**
 * Binary form of a decimal number wrapped in 'db' markers on both sides.
 * toBinaryTagged(15) -> 'db1111db'; toBinaryTagged(32) -> 'db100000db'
 */
function toBinaryTagged(n) {
  return 'db' + n.toString(2) + 'db';
}""",
}

# C and JS problems in HumanEval's style that are not in HumanEval (negatives); some are
# deliberately close to index items (lcm ~ 13 gcd, tribonacci ~ 46/130, digit sum ~ 66/94,
# second largest ~ 90, count char ~ 18)
OTHER_C = [
"""/* Least common multiple of two positive integers.
   lcm(4, 6) == 12, lcm(21, 6) == 42 */
int lcm(int a, int b) {
    int x = a, y = b;
    while (y) { int t = x % y; x = y; y = t; }
    return a / x * b;
}""",
"""#include <string.h>
/* Reverse the string in place. reverse("abc") -> "cba" */
void reverse(char *s) {
    int i = 0, j = strlen(s) - 1;
    while (i < j) {
        char t = s[i]; s[i] = s[j]; s[j] = t;
        i++; j--;
    }
}""",
"""/* Sum of the decimal digits of n (n >= 0). digit_sum(1234) == 10, digit_sum(0) == 0 */
int digit_sum(int n) {
    int s = 0;
    while (n > 0) { s += n % 10; n /= 10; }
    return s;
}""",
"""/* Largest sum of a contiguous, non-empty run of the array (Kadane).
   max_subarray({-2, 1, -3, 4, -1, 2, 1, -5, 4}, 9) == 6 */
int max_subarray(const int *a, int n) {
    int best = a[0], cur = a[0];
    for (int i = 1; i < n; i++) {
        cur = cur + a[i] > a[i] ? cur + a[i] : a[i];
        if (cur > best) best = cur;
    }
    return best;
}""",
"""/* Is n a power of two? is_pow2(1) -> 1, is_pow2(6) -> 0, is_pow2(64) -> 1 */
int is_pow2(unsigned int n) {
    return n != 0 && (n & (n - 1)) == 0;
}""",
"""/* Number of 1 bits in the binary form of n. popcount(7) == 3, popcount(8) == 1 */
int popcount(unsigned int n) {
    int c = 0;
    while (n) { c += n & 1; n >>= 1; }
    return c;
}""",
"""/* Second largest distinct value of the array, or -1 when all values are equal.
   second_max({4, 1, 4, 3}, 4) == 3 */
int second_max(const int *a, int n) {
    int first = a[0], second = -1;
    for (int i = 1; i < n; i++) {
        if (a[i] > first) { second = first; first = a[i]; }
        else if (a[i] < first && a[i] > second) second = a[i];
    }
    return second;
}""",
]

OTHER_JS = [
"""/**
 * Tribonacci numbers: t(0) = 0, t(1) = 1, t(2) = 1, t(n) = t(n-1) + t(n-2) + t(n-3).
 * tribonacci(4) -> 4; tribonacci(10) -> 149
 */
function tribonacci(n) {
  const t = [0, 1, 1];
  for (let i = 3; i <= n; i++) t.push(t[i - 1] + t[i - 2] + t[i - 3]);
  return t[n];
}""",
"""// Capitalise the first letter of every word. titleCase('hello big world') -> 'Hello Big World'
function titleCase(s) {
  return s.split(' ').map(w => (w ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
}""",
"""/**
 * Flatten nested arrays of any depth. flatten([1, [2, [3, [4]]], 5]) -> [1, 2, 3, 4, 5]
 */
function flatten(arr) {
  const out = [];
  for (const x of arr) {
    if (Array.isArray(x)) out.push(...flatten(x)); else out.push(x);
  }
  return out;
}""",
"""// Leap year in the Gregorian calendar. isLeap(2000) -> true, isLeap(1900) -> false, isLeap(2024) -> true
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;""",
"""/**
 * Index of target in the ascending array, or -1 (binary search).
 * binarySearch([1, 3, 5, 7, 9], 7) -> 3; binarySearch([1, 3, 5], 4) -> -1
 */
function binarySearch(arr, target) {
  let lo = 0, hi = arr.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] === target) return mid;
    if (arr[mid] < target) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}""",
"""// How often does the character ch occur in s? countChar('banana', 'a') -> 3
function countChar(s, ch) {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}""",
"""/**
 * An Armstrong number equals the sum of its digits each raised to the number of digits.
 * isArmstrong(153) -> true; isArmstrong(10) -> false
 */
function isArmstrong(n) {
  const ds = String(n).split('').map(Number);
  return ds.reduce((s, d) => s + d ** ds.length, 0) === n;
}""",
]


# ---------------------------------------------------------------------------------------------
# Third batch, written after the detector and its calibration procedure were frozen (weights are
# refitted by the same procedure because these items leave the calibration set); the eval
# reports it as its own slices, never looked at before that run.

C3 = {
14: """#include <stdio.h>
#include <string.h>
/* Print every prefix of s, from the shortest to the whole string, one per line.
   For "abc": a, ab, abc */
void print_prefixes(const char *s) {
    int n = strlen(s);
    for (int len = 1; len <= n; len++)
        printf("%.*s\\n", len, s);
}""",
41: """/* n cars go left-to-right on an endless straight road while another n cars go right-to-left,
   all at the same speed, starting far apart. Every left-mover meets every right-mover once and
   they pass through each other unharmed. How many such meetings happen? */
long meetings(long n) {
    return n * n;
}""",
77: """#include <math.h>
#include <stdlib.h>
/* Is a the cube of some integer (negative numbers and 0 allowed)?
   perfect_cube(1) -> 1, perfect_cube(2) -> 0, perfect_cube(-1) -> 1, perfect_cube(64) -> 1, perfect_cube(180) -> 0 */
int perfect_cube(int a) {
    a = abs(a);
    int r = (int)round(cbrt((double)a));
    return r * r * r == a;
}""",
85: """/* Non-empty array: add up the even values that sit at odd positions.
   even_at_odd({4, 2, 6, 7}, 4) == 2 */
int even_at_odd(const int *v, int n) {
    int s = 0;
    for (int i = 1; i < n; i += 2)
        if (v[i] % 2 == 0) s += v[i];
    return s;
}""",
98: """#include <string.h>
/* Count the capital vowels (A, E, I, O, U) that stand at even indices of str. */
int upper_vowels_even(const char *str) {
    int c = 0, n = strlen(str);
    for (int i = 0; i < n; i += 2)
        if (strchr("AEIOU", str[i]) && str[i]) c++;
    return c;
}""",
100: """/* A pile of n levels: the first level holds n stones, each next level the next odd number
   (n odd) or the next even number (n even). Writes the n level sizes into levels.
   stone_pile(3) -> 3 5 7, stone_pile(4) -> 4 6 8 10 */
void stone_pile(int n, int *levels) {
    for (int i = 0; i < n; i++)
        levels[i] = n + 2 * i;
}""",
133: """#include <math.h>
/* Round each value up to an integer, square it, and return the total.
   ceil_square_sum({1, 2, 3}, 3) == 14; ceil_square_sum({1.4, 4.2, 0}, 3) == 29; ceil_square_sum({-2.4, 1, 1}, 3) == 6 */
int ceil_square_sum(const double *v, int n) {
    int total = 0;
    for (int i = 0; i < n; i++) {
        int c = (int)ceil(v[i]);
        total += c * c;
    }
    return total;
}""",
146: """#include <stdlib.h>
/* How many values are above 10 and have an odd first digit and an odd last digit?
   odd_ends({15, -73, 14, -15}, 4) == 1, odd_ends({33, -2, -3, 45, 21, 109}, 6) == 2 */
int odd_ends(const int *a, int n) {
    int count = 0;
    for (int i = 0; i < n; i++) {
        if (a[i] <= 10) continue;
        int last = a[i] % 10, first = a[i];
        while (first >= 10) first /= 10;
        if (first % 2 == 1 && last % 2 == 1) count++;
    }
    return count;
}""",
}

JS3 = {
29: """// Only the strings that begin with the given prefix.
// startingWith([], 'a') -> []; startingWith(['abc', 'bcd', 'cde', 'array'], 'a') -> ['abc', 'array']
const startingWith = (list, pre) => list.filter(s => s.startsWith(pre));""",
42: """/**
 * Add one to every element.
 * plusOne([4, 5, 6]) -> [5, 6, 7]
 */
function plusOne(list) {
  return list.map(v => v + 1);
}""",
68: """/**
 * The array is a tree branch of non-negative integer nodes. Pluck the node with the smallest
 * even value (the first one on ties) and return [value, index]; return [] when there is no
 * even value or the array is empty.
 * pluckNode([4, 2, 3]) -> [2, 1]; pluckNode([1, 2, 3]) -> [2, 1]; pluckNode([]) -> []
 * pluckNode([5, 0, 3, 0, 4, 2]) -> [0, 1]
 */
function pluckNode(branch) {
  let best = -1;
  for (let i = 0; i < branch.length; i++) {
    if (branch[i] % 2 === 0 && (best < 0 || branch[i] < branch[best])) best = i;
  }
  return best < 0 ? [] : [branch[best], best];
}""",
78: """// Count the hex digits of the string that are prime: 2, 3, 5, 7, B (11) and D (13).
// primeHexDigits('AB') -> 1; primeHexDigits('1077E') -> 2; primeHexDigits('2020') -> 2
function primeHexDigits(hex) {
  const primes = new Set(['2', '3', '5', '7', 'B', 'D']);
  return [...hex].filter(ch => primes.has(ch)).length;
}""",
104: """/**
 * Sorted list of the numbers none of whose digits is even.
 * allOddDigits([15, 33, 1422, 1]) -> [1, 15, 33]; allOddDigits([152, 323, 1422, 10]) -> []
 */
function allOddDigits(nums) {
  return nums.filter(n => [...String(n)].every(d => Number(d) % 2 === 1)).sort((a, b) => a - b);
}""",
136: """/**
 * [largest negative integer, smallest positive integer] of the list, null where none exists.
 * extremes([2, 4, 1, 3, 5, 7]) -> [null, 1]; extremes([]) -> [null, null]; extremes([0]) -> [null, null]
 */
function extremes(list) {
  const neg = list.filter(x => x < 0), pos = list.filter(x => x > 0);
  return [neg.length ? Math.max(...neg) : null, pos.length ? Math.min(...pos) : null];
}""",
152: """// For each match, how far was the guess from the real score? 0 when it was exactly right.
// guessError([1, 2, 3, 4, 5, 1], [1, 2, 3, 4, 2, -2]) -> [0, 0, 0, 0, 3, 3]
function guessError(scores, guesses) {
  return scores.map((s, i) => Math.abs(s - guesses[i]));
}""",
162: """const crypto = require('crypto');

// MD5 hex digest of the text, or null for an empty string.
function md5OrNull(text) {
  if (text === '') return null;
  return crypto.createHash('md5').update(text).digest('hex');
}""",
}

# third-batch negatives: translations of held-out items and C/JS look-alikes
C_HELDOUT3 = {
15: """#include <stdio.h>
/* Write "0 1 2 ... n" (space separated) into buf. count_string(5) -> "0 1 2 3 4 5" */
void count_string(int n, char *buf) {
    int pos = 0;
    for (int i = 0; i <= n; i++)
        pos += sprintf(buf + pos, i ? " %d" : "%d", i);
}""",
151: """/* Sum of the squares of the odd, non-negative whole numbers in the array.
   odd_square_sum({1, 3, 2, 0}, 4) == 10, odd_square_sum({-1, -2, 0}, 3) == 0, odd_square_sum({9, -2}, 2) == 81 */
long odd_square_sum(const double *v, int n) {
    long s = 0;
    for (int i = 0; i < n; i++)
        if (v[i] >= 0 && v[i] == (long)v[i] && ((long)v[i]) % 2 == 1) s += (long)v[i] * (long)v[i];
    return s;
}""",
}
JS_HELDOUT3 = {
11: """// Bitwise XOR of two equal-length strings of '0' and '1'. xorBits('010', '110') -> '100'
function xorBits(a, b) {
  let out = '';
  for (let i = 0; i < a.length; i++) out += a[i] === b[i] ? '0' : '1';
  return out;
}""",
163: """/**
 * Even digits between a and b (either order), ascending.
 * evenDigitsBetween(2, 8) -> [2, 4, 6, 8]; evenDigitsBetween(8, 2) -> [2, 4, 6, 8]; evenDigitsBetween(10, 14) -> []
 */
function evenDigitsBetween(a, b) {
  const lo = Math.max(2, Math.min(a, b)), hi = Math.min(8, Math.max(a, b));
  const out = [];
  for (let i = lo; i <= hi; i++) if (i % 2 === 0) out.push(i);
  return out;
}""",
}
OTHER3 = [
"""#include <string.h>
/* Count the lower-case vowels at odd indices of s. odd_vowels("abecidu") == 3 */
int odd_vowels(const char *s) {
    int c = 0, n = strlen(s);
    for (int i = 1; i < n; i += 2)
        if (strchr("aeiou", s[i])) c++;
    return c;
}""",
"""/* Is n a perfect square? is_square(16) -> 1, is_square(15) -> 0, is_square(0) -> 1 */
int is_square(int n) {
    if (n < 0) return 0;
    int r = 0;
    while (r * r < n) r++;
    return r * r == n;
}""",
"""// Prefix sums: element i is the total of xs[0..i]. cumulative([1, 2, 3, 4]) -> [1, 3, 6, 10]
function cumulative(xs) {
  let t = 0;
  return xs.map(x => (t += x));
}""",
"""/**
 * Keep the strings that end with the given suffix.
 * endingWith(['walk', 'talked', 'jump', 'jumped'], 'ed') -> ['talked', 'jumped']
 */
const endingWith = (list, suf) => list.filter(s => s.endsWith(suf));""",
]
