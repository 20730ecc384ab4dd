package org.sgdx.reference.numeric;

/**
 * Double-exponential (tanh-sinh) quadrature of a vector of bounded integrands on a finite interval. The
 * substitution {@code z = c + r tanh(π/2 sinh t)} turns algebraic endpoint singularities (such as the square
 * roots that appear in {@code ζ_k(σ(z))} at preimages of critical values) into rapidly decaying smooth
 * integrands, so the trapezoidal rule in {@code t} converges exponentially (Takahasi and Mori, 1974). The rule sums
 * over {@code |t| ≤ 4} from the step {@code h = 1/2}, halving it (reusing the previous points) at least twice and at
 * most seven times, until no component changes by more than the tolerance. The endpoints are never evaluated, and the
 * distance of a node from the nearer endpoint is computed without cancellation.
 */
public final class TanhSinh {

    /** A vector integrand: writes the values at {@code z} into {@code out}. */
    public interface Integrand {
        /** Writes the values of the components at {@code z} into {@code out}. */
        void evaluate(double z, double[] out);
    }

    /**
     * Sums over a set of intervals.
     *
     * @param value the integrals
     * @param error the change between the last two step sizes (conservative for this quadrature)
     * @param magnitude the integrals of the absolute values, for roundoff floors
     */
    public record Result(double[] value, double[] error, double[] magnitude) {
        /** Zero sums of {@code n} components. */
        public Result(int n) {
            this(new double[n], new double[n], new double[n]);
        }

        /** Adds the given sums, component by component. */
        public void add(double[] v, double[] e, double[] m) {
            for (int i = 0; i < value.length; i++) {
                value[i] += v[i];
                error[i] += e[i];
                magnitude[i] += m[i];
            }
        }
    }

    private static final double HALF_PI = Math.PI / 2;
    private static final double T_MAX = 4.0;
    private static final double H0 = 0.5;
    private static final int MIN_LEVEL = 2;
    private static final int MAX_LEVEL = 7;

    private TanhSinh() {
    }

    /**
     * Adds {@code ∫_a^b f} to {@code into} when {@code a < b} (nothing when the interval is empty or reversed),
     * halving the step until every component changes by at most {@code tolerance}.
     */
    public static void integrate(Integrand f, double a, double b, double tolerance, Result into) {
        int n = into.value().length;
        double[] v = new double[n];
        double[] m = new double[n];
        double[] prev = new double[n];
        double[] err = new double[n];
        double[] fz = new double[n];
        if (!(b > a)) {
            return;
        }
        double c = 0.5 * (a + b);
        double r = 0.5 * (b - a);
        double h = H0;
        // level 0: all multiples of H0
        accumulate(f, a, b, c, r, 0, 1, h, v, m, fz);
        for (int i = 0; i < n; i++) {
            v[i] *= h;
            m[i] *= h;
        }
        for (int level = 1; level <= MAX_LEVEL; level++) {
            System.arraycopy(v, 0, prev, 0, n);
            h *= 0.5;
            double[] add = new double[n];
            double[] addAbs = new double[n];
            accumulate(f, a, b, c, r, 1, 2, h, add, addAbs, fz);
            double change = 0;
            for (int i = 0; i < n; i++) {
                v[i] = 0.5 * v[i] + h * add[i];
                m[i] = 0.5 * m[i] + h * addAbs[i];
                err[i] = Math.abs(v[i] - prev[i]);
                change = Math.max(change, err[i]);
            }
            if (level >= MIN_LEVEL && change <= tolerance) {
                break;
            }
        }
        into.add(v, err, m);
    }

    /** Adds the weighted values at {@code t = j h} for {@code j = start, start + stride, ...} on both sides. */
    private static void accumulate(Integrand f, double a, double b, double c, double r, int start, int stride,
            double h, double[] sum, double[] abs, double[] fz) {
        int n = sum.length;
        for (int j = start; j * h <= T_MAX; j += stride) {
            double t = j * h;
            double u = HALF_PI * Math.sinh(t);
            double cu = Math.cosh(u);
            double w = r * HALF_PI * Math.cosh(t) / (cu * cu);
            // distance from the nearer endpoint, without cancellation: r (1 − tanh u) = 2r / (1 + e^{2u})
            double offset = 2 * r / (1 + Math.exp(2 * u));
            if (j == 0) {
                f.evaluate(c, fz);
                for (int i = 0; i < n; i++) {
                    sum[i] += w * fz[i];
                    abs[i] += w * Math.abs(fz[i]);
                }
                continue;
            }
            double right = b - offset;
            double left = a + offset;
            if (right < b && right > a) {
                f.evaluate(right, fz);
                for (int i = 0; i < n; i++) {
                    sum[i] += w * fz[i];
                    abs[i] += w * Math.abs(fz[i]);
                }
            }
            if (left > a && left < b) {
                f.evaluate(left, fz);
                for (int i = 0; i < n; i++) {
                    sum[i] += w * fz[i];
                    abs[i] += w * Math.abs(fz[i]);
                }
            }
        }
    }
}
