#!/usr/bin/env python3
"""Reference values for the arbitrary-precision Hermite coefficients of sgdx (MATH.md section 2).

Writes, under reference/src/test/resources/reference-data/:

* hermite-c_k-40-digits.csv: c_k = E[f(Z) h_k(Z)], h_k = He_k / sqrt(k!), Z ~ N(0,1), k = 0..12, for
  non-polynomial links f (columns link,k,c_k; link is a specification of the sgdx link language).
* special-functions-40-digits.csv: erf, tanh, sigmoid and the standard normal density at sample points
  (columns function,x,value).

Each integral is computed twice, with mpmath's tanh-sinh and Gauss-Legendre rules, on (-inf, inf) split at
the kinks of f and at the integers -16..16; the script stops if the two disagree beyond 1e-48. Values that
vanish by symmetry (parity of f) are written as 0 after checking that they are below 1e-48. All values are
written with 40 significant digits.

Usage: python3 generate_hermite_reference.py   (needs mpmath; takes a few minutes)
"""

import os
import platform
import sys

import mpmath
from mpmath import mp, mpf

DPS = 60
MAX_K = 12
SIGNIFICANT = 40
CHECK = mpf(10) ** -48
SCRIPT = "reference/src/test/python/generate_hermite_reference.py"


def relu(z):
    return z if z > 0 else mpf(0)


def step(z):
    return mpf(1) if z > 0 else mpf(0)


# (specification, function, kinks, parity of f - f(0)-free part: 'odd' -> even k vanish, 'even' -> odd k vanish,
#  'odd+const' -> even k >= 2 vanish, None -> no symmetry)
LINKS = [
    ("tanh", lambda z: mp.tanh(z), [], "odd"),
    ("tanh(2*z)", lambda z: mp.tanh(2 * z), [], "odd"),
    ("erf", lambda z: mp.erf(z), [], "odd"),
    ("sigmoid", lambda z: 1 / (1 + mp.exp(-z)), [], "odd+const"),
    ("sin", lambda z: mp.sin(z), [], "odd"),
    ("cos", lambda z: mp.cos(z), [], "even"),
    ("exp(z/2)", lambda z: mp.exp(z / 2), [], None),
    ("relu(z-1)", lambda z: relu(z - 1), [mpf(1)], None),
    ("abs(z-1/2)", lambda z: abs(z - mpf(1) / 2), [mpf(1) / 2], None),
    ("step(z-1)", lambda z: step(z - 1), [mpf(1)], None),
]


def he(k, z):
    """Probabilists' Hermite polynomial by He_{j+1} = z He_j - j He_{j-1}."""
    prev, cur = mpf(1), z
    if k == 0:
        return prev
    for j in range(1, k):
        prev, cur = cur, z * cur - j * prev
    return cur


def density(z):
    return mp.exp(-z * z / 2) / mp.sqrt(2 * mp.pi)


def vanishes(parity, k):
    return (parity == "odd" and k % 2 == 0) or (parity == "even" and k % 2 == 1) \
        or (parity == "odd+const" and k % 2 == 0 and k >= 2)


def coefficient(f, kinks, k):
    points = sorted(set([mpf(j) for j in range(-16, 17)] + list(kinks)))
    interval = [-mp.inf] + points + [mp.inf]
    g = lambda z: f(z) * he(k, z) * density(z)
    a = mp.quad(g, interval, method="tanh-sinh")
    b = mp.quad(g, interval, method="gauss-legendre")
    if abs(a - b) > CHECK:
        sys.exit("quadrature rules disagree for k=%d: %s vs %s" % (k, a, b))
    return a / mp.sqrt(mp.factorial(k))


def fmt(x):
    return mpmath.nstr(x, SIGNIFICANT, strip_zeros=False, min_fixed=-4, max_fixed=SIGNIFICANT)


def header(out, columns, what):
    out.write("# %s\n" % what)
    out.write("# tool: mpmath %s, python %s, dps %d\n" % (mpmath.__version__, platform.python_version(), DPS))
    out.write("# script: %s\n" % SCRIPT)
    out.write("# values rounded to %d significant digits\n" % SIGNIFICANT)
    out.write(columns + "\n")


def main():
    mp.dps = DPS
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.normpath(os.path.join(here, "..", "resources", "reference-data"))
    os.makedirs(target, exist_ok=True)

    with open(os.path.join(target, "hermite-c_k-40-digits.csv"), "w", newline="\n") as out:
        header(out, "link,k,c_k", "convention c_k = E[f(Z) h_k(Z)], h_k = He_k/sqrt(k!), Z ~ N(0,1); "
                                  "exact zeros (by parity) written as 0")
        for spec, f, kinks, parity in LINKS:
            for k in range(MAX_K + 1):
                c = coefficient(f, kinks, k)
                if vanishes(parity, k):
                    if abs(c) > CHECK:
                        sys.exit("%s: c_%d = %s should vanish by parity" % (spec, k, c))
                    text = "0"
                else:
                    text = fmt(c)
                out.write("%s,%d,%s\n" % (spec, k, text))
            print(spec, "done", file=sys.stderr)

    points = ["-7.5", "-3", "-1", "-0.5", "-1e-7", "1e-25", "0.001", "0.25", "1", "2.5", "4", "6.75", "9", "27"]
    functions = [
        ("erf", mp.erf),
        ("tanh", mp.tanh),
        ("sigmoid", lambda x: 1 / (1 + mp.exp(-x))),
        ("normalDensity", density),
    ]
    with open(os.path.join(target, "special-functions-40-digits.csv"), "w", newline="\n") as out:
        header(out, "function,x,value", "erf, tanh, sigmoid 1/(1+exp(-x)) and the standard normal density at exact "
                                        "decimal points x")
        for name, fn in functions:
            for x in points:
                out.write("%s,%s,%s\n" % (name, x, fmt(fn(mpf(x)))))


if __name__ == "__main__":
    main()
