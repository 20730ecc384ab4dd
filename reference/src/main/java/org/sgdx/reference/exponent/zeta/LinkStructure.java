package org.sgdx.reference.exponent.zeta;

import org.sgdx.reference.link.compiled.LinkCompiler;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleUnaryOperator;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.numeric.Bisection;
import org.sgdx.reference.numeric.Brent;
import org.sgdx.reference.numeric.GaussLegendreRule;

/**
 * The shape of a link {@code σ} on {@code [−L, L]} in double precision: its breakpoints (zeros of the arguments of
 * {@code relu/abs/sign/step}, and the points where {@code σ'} changes sign or starts or stops being zero), found
 * on a fine grid and refined by bisection; the monotone pieces between them; and the flat pieces, merged by level
 * into atoms of {@code y = σ(Z)}. A piece is flat when both its ends are kinks (or {@code ±L}), {@code σ' = 0} and
 * {@code σ} is constant on it in double precision, and {@code σ'} vanishes in 40-digit arithmetic too; pieces
 * that are only flat through rounding ({@code tanh(20z)} for {@code z > 1}) stay monotone. Flat pieces touching
 * {@code ±L} are extended to {@code ±∞}. Critical points closer together than the grid spacing can be missed.
 */
final class LinkStructure {

    /** Grid points per unit length. */
    private static final int DENSITY = 512;
    /** Distance from a piece end within which rises are integrated from {@code σ'}. */
    static final double NEAR = 0.05;

    /** The 16-point Gauss–Legendre rule of {@code rise}. */
    private static final GaussLegendreRule SIXTEEN_POINTS = GaussLegendreRule.of(16, 20);

    /**
     * An interval on which {@code σ} is continuous and strictly monotone (its range in double precision may be a
     * single value where {@code σ} saturates).
     */
    static final class Monotone {
        final double a;
        final double b;
        final double ya;
        final double yb;
        final double lo;
        final double hi;
        private final double[] zs;
        private final double[] ss;
        private final boolean increasing;
        private final DoubleUnaryOperator sigma;

        Monotone(DoubleUnaryOperator sigma, double[] zs, double[] ss) {
            this.sigma = sigma;
            this.zs = zs;
            this.ss = ss;
            this.a = zs[0];
            this.b = zs[zs.length - 1];
            this.ya = ss[0];
            this.yb = ss[ss.length - 1];
            this.increasing = yb >= ya;
            this.lo = Math.min(ya, yb);
            this.hi = Math.max(ya, yb);
        }

        /** Whether {@code y} lies strictly inside the range of {@code σ} on this piece. */
        boolean covers(double y) {
            return lo < y && y < hi;
        }

        /** The preimage of {@code y} in this piece, or NaN when {@code y} is outside its range. */
        double preimage(double y) {
            if (!(lo <= y && y <= hi)) {
                return Double.NaN;
            }
            int n = ss.length;
            int i = 0;
            int j = n - 1;
            // invariant: y between ss[i] and ss[j] in the monotone order
            while (j - i > 1) {
                int mid = (i + j) >>> 1;
                if (increasing ? ss[mid] <= y : ss[mid] >= y) {
                    i = mid;
                } else {
                    j = mid;
                }
            }
            double fa = ss[i] - y;
            double fb = ss[j] - y;
            if (fa > 0 == fb > 0 && fa != 0 && fb != 0) {
                i = 0;
                j = n - 1;
                fa = ss[0] - y;
                fb = ss[n - 1] - y;
                if (fa > 0 == fb > 0 && fa != 0 && fb != 0) {
                    return Double.NaN;
                }
            }
            return Brent.root(z -> sigma.applyAsDouble(z) - y, zs[i], zs[j], fa, fb);
        }

        /**
         * {@code σ(w) − σ(e)} for {@code e} the end {@code a} (when {@code fromA}) or {@code b}: as
         * {@code ∫_e^w σ'} by 16-point Gauss–Legendre when {@code w} is within {@value #NEAR} of {@code e}, which
         * stays accurate to a few ulps of the (small) result; as the plain difference otherwise.
         */
        double rise(DoubleUnaryOperator derivative, boolean fromA, double w) {
            double e = fromA ? a : b;
            if (Math.abs(w - e) <= NEAR) {
                return SIXTEEN_POINTS.integrate(derivative, e, w);
            }
            return sigma.applyAsDouble(w) - (fromA ? ya : yb);
        }

        /**
         * The point {@code w} of this piece with {@code σ(w) − σ(e) = height}, {@code e} the end {@code a} (when
         * {@code fromA}) or {@code b}, found through {@link #rise}: well conditioned for small heights near an
         * end where {@code σ'} vanishes, unlike solving {@code σ(w) = y}. NaN when no such point exists.
         */
        double preimageFromEnd(DoubleUnaryOperator derivative, boolean fromA, double height) {
            int n = zs.length;
            double prev = fromA ? a : b;
            double gPrev = -height;
            for (int j = 1; j < n; j++) {
                double t = fromA ? zs[j] : zs[n - 1 - j];
                double gt = rise(derivative, fromA, t) - height;
                if (gt == 0) {
                    return t;
                }
                if (gt > 0 != gPrev > 0) {
                    return Brent.root(w -> rise(derivative, fromA, w) - height, prev, t, gPrev, gt);
                }
                prev = t;
                gPrev = gt;
            }
            return Double.NaN;
        }

        /** The sampled points of the piece (ends nudged inside), read-only. */
        double[] gridZ() {
            return zs;
        }

        /** {@code σ} at {@link #gridZ()}, read-only. */
        double[] gridSigma() {
            return ss;
        }
    }

    /** A level {@code c} taken by {@code σ} on a union of intervals of positive length: an atom of {@code y}. */
    record Level(double value, List<double[]> intervals) {
        /** Fills {@code out[k] = E[h_k(Z) 1{σ(Z) = c, Z in a flat piece}]}; {@code out[0]} is the mass. */
        void moments(double[] out) {
            Arrays.fill(out, 0);
            double[] m = new double[out.length];
            for (double[] iv : intervals) {
                Gaussian.intervalMoments(iv[0], iv[1], m);
                for (int k = 0; k < out.length; k++) {
                    out[k] += m[k];
                }
            }
        }
    }

    final DoubleUnaryOperator sigma;
    final DoubleUnaryOperator derivative;
    final double cut;
    final List<Monotone> monotone;
    final List<Level> levels;
    /** Sorted breakpoints including {@code ±L}. */
    final double[] breakpoints;

    private LinkStructure(DoubleUnaryOperator sigma, DoubleUnaryOperator derivative, double cut,
            List<Monotone> monotone, List<Level> levels, double[] breakpoints) {
        this.sigma = sigma;
        this.derivative = derivative;
        this.cut = cut;
        this.monotone = monotone;
        this.levels = levels;
        this.breakpoints = breakpoints;
    }

    /**
     * Analyses {@code σ} on {@code [−cut, cut]}.
     *
     * @param name how to refer to the function in error messages ({@code "link"}, {@code "q"})
     * @param withDerivative whether to split at sign changes of {@code σ'} and find flat pieces; when false only
     *     the kinks are breakpoints and every piece is reported as monotone
     * @throws IllegalArgumentException if {@code σ} is not finite somewhere on the grid
     */
    static LinkStructure analyse(Expr expression, double cut, String name, boolean withDerivative) {
        DoubleUnaryOperator sigma = LinkCompiler.compile(expression)::value;
        int n = (int) Math.ceil(2 * cut * DENSITY);
        double[] grid = new double[n + 1];
        double[] values = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            grid[i] = -cut + 2 * cut * i / n;
            values[i] = sigma.applyAsDouble(grid[i]);
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("the " + name + " is not finite at z = " + grid[i]
                        + " (value " + values[i] + "); it must be finite on [" + -cut + ", " + cut + "]");
            }
        }
        List<Double> points = new ArrayList<>();
        points.add(-cut);
        points.add(cut);
        Set<Expr> kinks = new LinkedHashSet<>(expression.kinkArguments());
        for (Expr kink : kinks) {
            DoubleUnaryOperator g = LinkCompiler.compile(kink)::value;
            addClassBoundaries(z -> signClass(g.applyAsDouble(z)), grid, points);
        }
        double[] kinkPoints = points.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Expr derivativeExpression = withDerivative ? expression.derivative() : null;
        DoubleUnaryOperator derivative = withDerivative ? LinkCompiler.compile(derivativeExpression)::value : null;
        if (withDerivative) {
            addClassBoundaries(z -> signClass(derivative.applyAsDouble(z)), grid, points);
        }
        double[] bp = points.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] merged = dedupe(bp);

        List<Monotone> monotone = new ArrayList<>();
        List<double[]> flatIntervals = new ArrayList<>();
        List<Double> flatValues = new ArrayList<>();
        for (int p = 0; p + 1 < merged.length; p++) {
            double a = merged[p];
            double b = merged[p + 1];
            if (b - a < 1e-13 * Math.max(1, Math.abs(a))) {
                continue;
            }
            double aIn = a + nudge(a);
            double bIn = b - nudge(b);
            if (!(aIn < bIn)) {
                continue;
            }
            int first = firstGridIndexAbove(grid, aIn);
            int last = lastGridIndexBelow(grid, bIn);
            if (withDerivative && isKink(kinkPoints, a) && isKink(kinkPoints, b)
                    && isFlat(sigma, derivative, grid, first, last, a, b)
                    && derivativeVanishesExactly(derivativeExpression, a, b)) {
                double c = sigma.applyAsDouble(0.5 * (a + b));
                flatIntervals.add(new double[] {a == -cut ? Double.NEGATIVE_INFINITY : a,
                    b == cut ? Double.POSITIVE_INFINITY : b});
                flatValues.add(c);
                continue;
            }
            int count = Math.max(0, last - first + 1);
            double[] zs = new double[count + 2];
            double[] ss = new double[count + 2];
            zs[0] = aIn;
            ss[0] = sigma.applyAsDouble(aIn);
            for (int i = 0; i < count; i++) {
                zs[i + 1] = grid[first + i];
                ss[i + 1] = values[first + i];
            }
            zs[count + 1] = bIn;
            ss[count + 1] = sigma.applyAsDouble(bIn);
            monotone.add(new Monotone(sigma, zs, ss));
        }
        return new LinkStructure(sigma, derivative, cut, List.copyOf(monotone), groupLevels(flatIntervals, flatValues),
                merged);
    }

    /**
     * The sorted end values of the monotone pieces, where {@code ζ_k(y)} may jump; values within
     * {@link #sameLevel} of each other (one level reached from several branches, up to rounding) are merged.
     */
    double[] criticalValues() {
        double[] v = new double[2 * monotone.size()];
        for (int i = 0; i < monotone.size(); i++) {
            v[2 * i] = monotone.get(i).ya;
            v[2 * i + 1] = monotone.get(i).yb;
        }
        Arrays.sort(v);
        double[] out = new double[v.length];
        int m = 0;
        int start = 0;
        for (int i = 1; i <= v.length; i++) {
            if (i == v.length || !sameLevel(v[i], v[start])) {
                out[m++] = 0.5 * (v[start] + v[i - 1]);
                start = i;
            }
        }
        return Arrays.copyOf(out, m);
    }

    /** Whether two values of {@code σ} are taken as one level: they agree to 1e-12 relative. */
    static boolean sameLevel(double u, double v) {
        return Math.abs(u - v) <= 1e-12 * (1 + Math.max(Math.abs(u), Math.abs(v)));
    }

    private static int signClass(double v) {
        if (Double.isNaN(v)) {
            return 2;
        }
        return v > 0 ? 1 : v < 0 ? -1 : 0;
    }

    private static void addClassBoundaries(DoubleToIntFunction classOf, double[] grid,
            List<Double> out) {
        int prev = classOf.applyAsInt(grid[0]);
        for (int i = 1; i < grid.length; i++) {
            int cur = classOf.applyAsInt(grid[i]);
            if (cur != prev) {
                int low = prev;
                out.add(Bisection.boundary(z -> classOf.applyAsInt(z) == low, grid[i - 1], grid[i], 90));
            }
            prev = cur;
        }
    }

    private static double nudge(double p) {
        return 2e-15 * Math.max(1, Math.abs(p));
    }

    private static double[] dedupe(double[] sorted) {
        double[] out = new double[sorted.length];
        int m = 0;
        for (double p : sorted) {
            if (m == 0 || p - out[m - 1] > 4 * nudge(p)) {
                out[m++] = p;
            } else if (Math.abs(p) == Math.abs(sorted[0])) {
                out[m - 1] = p; // keep the outer end point exactly
            }
        }
        return Arrays.copyOf(out, m);
    }

    private static int firstGridIndexAbove(double[] grid, double z) {
        int i = Arrays.binarySearch(grid, z);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private static int lastGridIndexBelow(double[] grid, double z) {
        int i = Arrays.binarySearch(grid, z);
        return i >= 0 ? i - 1 : -i - 2;
    }

    /** {@code σ' = 0} at every sampled point and {@code σ} constant (to 1e-12 relative) on {@code (a, b)}. */
    private static boolean isFlat(DoubleUnaryOperator sigma, DoubleUnaryOperator derivative, double[] grid,
            int first, int last, double a, double b) {
        double w = b - a;
        double ref = sigma.applyAsDouble(a + 0.5 * w);
        double tol = 1e-12 * (1 + Math.abs(ref));
        for (int i = 1; i < 16; i++) {
            double z = a + w * i / 16;
            if (derivative.applyAsDouble(z) != 0 || Math.abs(sigma.applyAsDouble(z) - ref) > tol) {
                return false;
            }
        }
        for (int i = first; i <= last; i++) {
            if (derivative.applyAsDouble(grid[i]) != 0 || Math.abs(sigma.applyAsDouble(grid[i]) - ref) > tol) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code p} is one of the kinks or {@code ±L} (which {@code kinks} includes). Between consecutive
     * kinks {@code σ} is analytic, so a piece can only be truly flat if both its ends are kinks.
     */
    private static boolean isKink(double[] kinks, double p) {
        int i = Arrays.binarySearch(kinks, p);
        if (i >= 0) {
            return true;
        }
        int j = -i - 1;
        return j < kinks.length && kinks[j] - p <= 4 * nudge(p) || j > 0 && p - kinks[j - 1] <= 4 * nudge(p);
    }

    /**
     * Whether {@code σ'} is exactly zero at interior points of {@code (a, b)} in 40-digit arithmetic: separates
     * truly flat pieces ({@code step}, {@code sign}, ...) from pieces that are only flat in double precision
     * (such as {@code tanh(5z)} for {@code z > 4}, which is strictly increasing but rounds to 1).
     */
    private static boolean derivativeVanishesExactly(Expr derivative, double a, double b) {
        MathContext mc = new MathContext(40);
        double lo = Math.max(a, -1e6);
        double hi = Math.min(b, 1e6);
        for (int i = 1; i <= 5; i++) {
            double z = lo + (hi - lo) * i / 6;
            try {
                if (derivative.value(new BigDecimal(z), mc).signum() != 0) {
                    return false;
                }
            } catch (ArithmeticException e) {
                return true;
            }
        }
        return true;
    }

    private static List<Level> groupLevels(List<double[]> intervals, List<Double> values) {
        List<Level> out = new ArrayList<>();
        List<Double> seen = new ArrayList<>();
        List<List<double[]>> members = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            double c = values.get(i);
            int found = -1;
            for (int j = 0; j < seen.size(); j++) {
                if (sameLevel(seen.get(j), c)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                seen.add(c);
                members.add(new ArrayList<>());
                found = seen.size() - 1;
            }
            members.get(found).add(intervals.get(i));
        }
        for (int j = 0; j < seen.size(); j++) {
            out.add(new Level(seen.get(j), List.copyOf(members.get(j))));
        }
        out.sort((x, y) -> Double.compare(x.value(), y.value()));
        return List.copyOf(out);
    }
}
