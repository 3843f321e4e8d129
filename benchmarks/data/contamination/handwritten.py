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
