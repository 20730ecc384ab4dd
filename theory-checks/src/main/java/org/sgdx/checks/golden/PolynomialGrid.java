package org.sgdx.checks.golden;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sgdx.reference.dynamics.ParameterPolynomial;
import org.sgdx.reference.dynamics.RealValue;

/**
 * The coefficients of polynomials in a first index ({@code i} of {@code μ_i}, or the power of {@code m}), the learning
 * rate and the dimension, written as a dense grid of golden vectors: every cell from the first to the last index,
 * every power {@code n = 0..N} of the variable and every power {@code k = 0..K} of the remaining {@code d}, zeros
 * included (exact {@code 0}), so that a spurious non-zero coefficient inside the grid is caught.
 */
final class PolynomialGrid {

    private record Cell(int first, int n, int k) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell o) {
            int c = Integer.compare(first, o.first);
            if (c == 0) {
                c = Integer.compare(n, o.n);
            }
            return c != 0 ? c : Integer.compare(k, o.k);
        }
    }

    private final boolean inS;
    private final Map<Cell, RealValue> cells = new TreeMap<>();
    private int maxN;
    private int maxK;

    /**
     * @param inS whether the variable is {@code s = ηd} ({@code η^n d^j} is then written {@code s^n d^{j−n}}) rather
     *     than η
     */
    PolynomialGrid(boolean inS) {
        this.inS = inS;
    }

    /** Adds the terms {@code c m^a η^n d^j} of {@code p} at first index {@code first}, or {@code a} when negative. */
    void add(int first, ParameterPolynomial p) {
        for (Map.Entry<ParameterPolynomial.Powers, RealValue> e : p.terms().entrySet()) {
            ParameterPolynomial.Powers w = e.getKey();
            int k = inS ? w.d() - w.eta() : w.d();
            if (k < 0) {
                throw new IllegalStateException("the term eta^" + w.eta() + " d^" + w.d()
                        + " is not a power of s = eta*d times a power of d");
            }
            Cell cell = new Cell(first < 0 ? w.m() : first, w.eta(), k);
            cells.merge(cell, e.getValue(), RealValue::add);
            maxN = Math.max(maxN, w.eta());
            maxK = Math.max(maxK, k);
        }
    }

    /**
     * The vectors of the cells {@code first = from..to}, {@code n = 0..N}, {@code k = 0..K}, in this order; the index
     * is {@code first:n}, or {@code first:n:k} when {@code withK} or when some {@code K > 0}.
     */
    List<GoldenVector> vectors(String kind, String link, int from, int to, boolean withK, int digits) {
        boolean threeParts = withK || maxK > 0;
        List<GoldenVector> out = new ArrayList<>();
        for (int f = from; f <= to; f++) {
            for (int n = 0; n <= maxN; n++) {
                for (int k = 0; k <= maxK; k++) {
                    RealValue v = cells.getOrDefault(new Cell(f, n, k), RealValue.ZERO);
                    String index = f + ":" + n + (threeParts ? ":" + k : "");
                    out.add(GoldenNumbers.coefficient(kind, link, index, v, digits));
                }
            }
        }
        return out;
    }

    /** The largest power of the variable. */
    int maxN() {
        return maxN;
    }
}
