#!/usr/bin/env python3
"""Reference values for the quadrature rules and root finders of sgdx's numeric package.

Writes reference/src/test/resources/reference-data/numerics-40-digits.csv with columns key,argument,value:

* legendre-node-N / legendre-weight-N, argument i: the i-th largest non-negative zero x_i of the Legendre
  polynomial P_N and its Gauss weight 2 / ((1 - x_i^2) P_N'(x_i)^2), N = 5, 8, 16, 20.
* hermite-node-N / hermite-weight-N, argument i: the i-th largest zero z_i of the probabilists' Hermite
  polynomial He_N and its weight N! / (N^2 He_{N-1}(z_i)^2) for E[f(Z)], Z ~ N(0,1) (the weights sum to 1),
  N = 6, 20.
* integral, argument the name of an integrand of the Java test: its integral over the stated interval.
* root, argument a name: a zero of the named function in the stated bracket.
* minimum, argument a name: the minimiser of the named function on the stated interval.
* erfc, argument x: the complementary error function erfc x = 1 - erf x at exact decimal points from 1.5 to 27,
  where the continued fraction of BigFunctions applies; erfc 9.3 is about 1.7e-39, just above the point where
  erf x rounds to 1 at 40 digits.

Polynomial zeros are found by mpmath's polyroots from the exact coefficients with 800 extra bits, roots and
minimisers by findroot from a double-precision start; every zero is checked to be a sign change at +-1e-45, the
Gauss weights must sum to 2 (Legendre) or 1 (Hermite) to 1e-45, each erfc value must lie between the first one
and two terms of its asymptotic series, and each integral is written from its closed form after checking that
mpmath's tanh-sinh quadrature agrees to 1e-45. Values have 40 significant digits.

Usage: python3 generate_numerics_reference.py   (needs mpmath; takes a few seconds)
"""

import os
import platform
import sys
from fractions import Fraction

import mpmath
from mpmath import mp, mpf

DPS = 60
SIGNIFICANT = 40
CHECK = mpf(10) ** -45
SCRIPT = "reference/src/test/python/generate_numerics_reference.py"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "reference-data",
                   "numerics-40-digits.csv")

mp.dps = DPS


def fmt(x):
    if x == 0:
        return "0"
    return mpmath.nstr(x, SIGNIFICANT, min_fixed=-mpmath.inf, max_fixed=mpmath.inf, strip_zeros=False)


def sign_change(f, x):
    d = CHECK
    return f(x - d) * f(x + d) < 0


def legendre_coefficients(n):
    """The coefficients of P_n, highest degree first, by (j+1) P_{j+1} = (2j+1) x P_j - j P_{j-1}."""
    prev, cur = [Fraction(1)], [Fraction(0), Fraction(1)]  # lowest degree first
    if n == 0:
        return prev
    for j in range(1, n):
        nxt = [Fraction(0)] * (j + 2)
        for d, c in enumerate(cur):
            nxt[d + 1] += Fraction(2 * j + 1, j + 1) * c
        for d, c in enumerate(prev):
            nxt[d] -= Fraction(j, j + 1) * c
        prev, cur = cur, nxt
    return cur[::-1]


def hermite_coefficients(n):
    """The coefficients of He_n, highest degree first, by He_{j+1} = x He_j - j He_{j-1}."""
    prev, cur = [Fraction(1)], [Fraction(0), Fraction(1)]
    if n == 0:
        return prev
    for j in range(1, n):
        nxt = [Fraction(0)] * (j + 2)
        for d, c in enumerate(cur):
            nxt[d + 1] += c
        for d, c in enumerate(prev):
            nxt[d] -= j * c
        prev, cur = cur, nxt
    return cur[::-1]


def zeros(coefficients, f):
    """The real zeros, decreasing: mpmath's polyroots with 800 extra bits, each checked as a sign change."""
    cs = [mpf(c.numerator) / c.denominator for c in coefficients]
    roots = mpmath.polyroots(cs, maxsteps=800, extraprec=800)
    out = []
    for r in roots:
        assert abs(r.imag) < CHECK, r
        x = r.real if abs(r.real) > CHECK else mpf(0)
        assert x == 0 or sign_change(f, x), x
        out.append(x)
    out.sort(reverse=True)
    for a, b in zip(out, out[1:]):
        assert a - b > mpf(10) ** -10, "repeated zero"
    return out


def legendre_rule(n):
    rows = []
    total = mpf(0)
    p = lambda t: mpmath.legendre(n, t)
    for x in zeros(legendre_coefficients(n), p)[: (n + 1) // 2]:
        # P_n'(x) = n (x P_n - P_{n-1}) / (x^2 - 1)
        dp = n * (x * p(x) - mpmath.legendre(n - 1, x)) / (x * x - 1)
        w = 2 / ((1 - x * x) * dp * dp)
        total += w if x == 0 else 2 * w
        rows.append((x, w))
    assert abs(total - 2) < CHECK, (n, total)
    return rows


def he(n, z):
    # probabilists' Hermite polynomial He_n(z) = 2^{-n/2} H_n(z / sqrt 2)
    return mpmath.hermite(n, z / mpmath.sqrt(2)) / mpmath.sqrt(2) ** n


def hermite_rule(n):
    rows = []
    total = mpf(0)
    for z in zeros(hermite_coefficients(n), lambda t: he(n, t)):
        w = mpmath.factorial(n) / (n * n * he(n - 1, z) ** 2)
        total += w
        rows.append((z, w))
    assert abs(total - 1) < CHECK, (n, total)
    return rows


def integral(f, a, b, closed):
    ts = mpmath.quad(f, [a, b], method="tanh-sinh")
    assert abs(ts - closed) < CHECK * max(1, abs(closed)), (ts, closed)
    return closed


def cos_exp():
    s = mpmath.mpc(-0.5, 3)
    return ((mpmath.exp(3 * s) - 1) / s).real


# name -> (integrand, a, b, closed form); the Java tests use the same names, integrands and intervals
INTEGRALS = [
    ("exp-0-1", lambda x: mpmath.exp(x), 0, 1, lambda: mpmath.e - 1),
    ("runge-minus1-2", lambda x: 1 / (1 + 25 * x * x), -1, 2, lambda: (mpmath.atan(10) + mpmath.atan(5)) / 5),
    ("cos-exp-0-3", lambda x: mpmath.cos(3 * x) * mpmath.exp(-x / 2), 0, 3, cos_exp),
    ("sqrt-0-1", lambda x: mpmath.sqrt(x), 0, 1, lambda: mpf(2) / 3),
    ("quarter-circle-0-1", lambda x: mpmath.sqrt(1 - x * x), 0, 1, lambda: mp.pi / 4),
    ("beta-0-1", lambda x: mpmath.cbrt(x) * mpmath.sqrt(1 - x), 0, 1, lambda: mpmath.beta(mpf(4) / 3, mpf(3) / 2)),
    ("semicircle-cos-minus1-1", lambda x: mpmath.sqrt(1 - x * x) * mpmath.cos(3 * x), -1, 1,
     lambda: mp.pi * mpmath.besselj(1, 3) / 3),
]

# name -> (function, double-precision start)
ROOTS = [
    ("cos-x-minus-x", lambda x: mpmath.cos(x) - x, 0.74),
    ("cube-minus-2", lambda x: x ** 3 - 2, 1.26),
    ("exp-minus-10x", lambda x: mpmath.exp(x) - 10 * x, 0.11),
    ("erf-half", lambda x: mpmath.erf(x) - mpf(1) / 2, 0.48),
]

# name -> (derivative of the function, start): the minimiser is the zero of the derivative
MINIMA = [
    ("quartic", lambda x: 4 * x ** 3 - 3, 0.9),
    ("cosh-shifted", lambda x: mpmath.sinh(x - mpf(3) / 10) + x / 5, 0.2),
    ("x-minus-log", lambda x: 1 - 1 / x, 1.0),
]


# arguments of erfc, written exactly as in the Java tests
ERFC = ["1.5", "2", "3.25", "6.25", "9.3", "10.5", "27"]


def main():
    lines = [
        "# Gauss-Legendre and Gauss-Hermite (probabilists', weights summing to 1) nodes i = 0.. from the largest,"
        " integrals, roots and minimisers named as in the Java tests, erfc",
        "# tool: mpmath %s, python %s, dps %d" % (mpmath.__version__, platform.python_version(), DPS),
        "# script: " + SCRIPT,
        "# values rounded to %d significant digits" % SIGNIFICANT,
        "key,argument,value",
    ]
    for n in (5, 8, 16, 20):
        for i, (x, w) in enumerate(legendre_rule(n)):
            lines.append("legendre-node-%d,%d,%s" % (n, i, fmt(x)))
            lines.append("legendre-weight-%d,%d,%s" % (n, i, fmt(w)))
    for n in (6, 20):
        for i, (z, w) in enumerate(hermite_rule(n)):
            lines.append("hermite-node-%d,%d,%s" % (n, i, fmt(z)))
            lines.append("hermite-weight-%d,%d,%s" % (n, i, fmt(w)))
    for name, f, a, b, closed in INTEGRALS:
        lines.append("integral,%s,%s" % (name, fmt(integral(f, a, b, closed()))))
    for name, f, start in ROOTS:
        x = mpmath.findroot(f, start)
        assert sign_change(f, x), name
        lines.append("root,%s,%s" % (name, fmt(x)))
    for name, df, start in MINIMA:
        x = mpmath.findroot(df, start)
        assert sign_change(df, x), name
        lines.append("minimum,%s,%s" % (name, fmt(x)))
    for x in ERFC:
        value = mpmath.erfc(mpf(x))
        # mpmath's erfc against the closed form of its tail, e^{-x^2}/(x sqrt(pi)) (1 - 1/(2x^2) + 3/(4x^4) - ...)
        bound = mpmath.exp(-mpf(x) ** 2) / (mpf(x) * mpmath.sqrt(mp.pi))
        assert bound * (1 - 1 / (2 * mpf(x) ** 2)) < value < bound, x
        lines.append("erfc,%s,%s" % (x, fmt(value)))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print("wrote %d rows to %s" % (len(lines) - 5, os.path.normpath(OUT)), file=sys.stderr)


if __name__ == "__main__":
    main()
