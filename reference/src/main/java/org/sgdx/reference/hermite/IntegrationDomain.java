package org.sgdx.reference.hermite;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.numeric.Bisection;

/**
 * The truncated and split domain {@code [−L, L]} of the Gaussian integrals {@code E[f(Z) h_k(Z)]},
 * {@code k ≤ K} (MATH.md §2).
 *
 * <p>The cut-off {@code L} is the smallest multiple of 1/2 for which the sampled tails
 * {@code ∫_{|z|>L} |f(z)| max_{k≤K} |h_k(z)| φ(z) dz} (a Riemann sum of step 1/4 out to a point where the
 * integrand has decayed) are below {@code 10^{−tailDigits} ‖f‖₂}, with {@code ‖f‖₂² = E[f(Z)²]} estimated by the
 * same Riemann sum. The sampled range starts at {@code |z| ≤ √(2 ln 10 (tailDigits + 10)) + 8} and is doubled, up
 * to 1024, while {@code f} vanishes at all samples or the integrands have not decayed at its ends; growth of
 * {@code f} (such as {@code e^{z/2}}) is thereby seen, not assumed. The kinks
 * are the zeros in {@code (−L, L)} of the arguments of the non-smooth functions of {@code f}
 * ({@link Expr#kinkArguments()}): found as sign changes or exact zeros on a grid of step 1/64 and refined in
 * the working precision by a Newton iteration safeguarded by bisection. Zeros of a kink argument that do not
 * change its sign are not kinks and are only kept when they are exact grid points.
 *
 * @param cutoff {@code L}
 * @param kinks the sorted kinks in {@code (−L, L)}
 * @param log10Norm {@code log10 ‖f‖₂} from the Riemann sum ({@code −∞} when f vanishes at all samples out to
 *     {@code |z| = 1024})
 * @param log10Tail {@code log10} of the larger of the two sampled tails, relative to {@code √(k!)}
 */
record IntegrationDomain(BigDecimal cutoff, List<BigDecimal> kinks, double log10Norm, double log10Tail) {

    private static final MathContext LOW = new MathContext(20, RoundingMode.HALF_EVEN);
    private static final double LN10 = Math.log(10);
    private static final double LOG10_SQRT_TWO_PI = 0.5 * Math.log10(2 * Math.PI);
    private static final int SAMPLES_PER_UNIT = 4;
    private static final int KINK_GRID_PER_UNIT = 64;
    private static final double MAX_CUTOFF = 1024;
    /** How far below the threshold the sampled integrand must be at the end of the sampled range. */
    private static final double DECAY_MARGIN = 3;

    IntegrationDomain {
        kinks = List.copyOf(kinks);
    }

    /**
     * Chooses the domain.
     *
     * @param f the function
     * @param maxDegree {@code K}
     * @param tailDigits the tails are below {@code 10^{−tailDigits} ‖f‖₂ √(k!)}
     * @param mc the working precision of the breakpoints
     * @throws IllegalArgumentException if {@code f(z) φ(z)} or {@code f(z)² φ(z)} does not decay out to
     *     {@code |z| = 1024}
     */
    static IntegrationDomain of(Expr f, int maxDegree, int tailDigits, MathContext mc) {
        double range = Math.ceil(Math.sqrt(2 * LN10 * (tailDigits + 10))) + 8;
        while (true) {
            int m = (int) (range * SAMPLES_PER_UNIT);
            double[] logIntegrand = new double[2 * m + 1];
            double[] logSquare = new double[2 * m + 1];
            for (int j = -m; j <= m; j++) {
                double z = (double) j / SAMPLES_PER_UNIT;
                double logF = log10AbsValue(f, z);
                double logPhi = -z * z / (2 * LN10) - LOG10_SQRT_TWO_PI;
                logIntegrand[j + m] = logF + log10MaxNormalisedHermite(z, maxDegree) + logPhi;
                logSquare[j + m] = 2 * logF + logPhi;
            }
            double log10Step = -Math.log10(SAMPLES_PER_UNIT);
            double log10Norm = 0.5 * (log10Sum(logSquare, 0, logSquare.length) + log10Step);
            if (log10Norm == Double.NEGATIVE_INFINITY) {
                if (2 * range <= MAX_CUTOFF) {
                    range *= 2;
                    continue;
                }
                BigDecimal l = BigDecimal.ONE;
                return new IntegrationDomain(l, List.of(), log10Norm, Double.NEGATIVE_INFINITY);
            }
            double threshold = log10Norm - tailDigits;
            double squareThreshold = 2 * log10Norm - tailDigits;
            boolean decayed = Double.isFinite(log10Norm)
                    && logIntegrand[0] + DECAY_MARGIN < threshold && logIntegrand[2 * m] + DECAY_MARGIN < threshold
                    && logSquare[0] < squareThreshold && logSquare[2 * m] < squareThreshold;
            if (!decayed) {
                range *= 2;
                if (range > MAX_CUTOFF) {
                    throw new IllegalArgumentException("f(z)² φ(z) or f(z) He_k(z) φ(z) does not decay for |z| up to "
                            + MAX_CUTOFF + ": E[f(Z) He_k(Z)] cannot be computed for f = " + f);
                }
                continue;
            }
            // suffix sums of the tails, outside in, on both sides
            double[] tails = new double[m + 1];
            Arrays.fill(tails, Double.NEGATIVE_INFINITY);
            double right = Double.NEGATIVE_INFINITY;
            double left = Double.NEGATIVE_INFINITY;
            int cut = m;
            for (int j = m; j >= 0; j--) {
                right = log10Add(right, logIntegrand[m + j] + log10Step);
                left = log10Add(left, logIntegrand[m - j] + log10Step);
                tails[j] = Math.max(right, left);
                if (tails[j] <= threshold && j >= SAMPLES_PER_UNIT) {
                    cut = j;
                } else if (tails[j] > threshold) {
                    break;
                }
            }
            int step = SAMPLES_PER_UNIT / 2;
            cut = (cut + step - 1) / step * step;
            double tail = tails[cut];
            BigDecimal cutoff = BigDecimal.valueOf(cut).divide(BigDecimal.valueOf(SAMPLES_PER_UNIT));
            return new IntegrationDomain(cutoff, kinks(f, cutoff, mc), log10Norm, tail);
        }
    }

    /** The sorted distinct zeros in {@code (−L, L)} of the kink arguments of {@code f}. */
    private static List<BigDecimal> kinks(Expr f, BigDecimal cutoff, MathContext mc) {
        List<BigDecimal> zeros = new ArrayList<>();
        int n = cutoff.multiply(BigDecimal.valueOf(KINK_GRID_PER_UNIT)).intValueExact();
        for (Expr g : f.kinkArguments()) {
            Expr derivative = g.derivative();
            double previous = g.value((double) -n / KINK_GRID_PER_UNIT);
            for (int j = -n + 1; j < n; j++) {
                double z = (double) j / KINK_GRID_PER_UNIT;
                double value = g.value(z);
                BigDecimal exact = BigDecimal.valueOf(j).divide(BigDecimal.valueOf(KINK_GRID_PER_UNIT));
                if (value == 0 && g.value(exact, mc).signum() == 0) {
                    zeros.add(exact);
                } else if (value * previous < 0 || value == 0) {
                    BigDecimal lo = BigDecimal.valueOf(j - 1L).divide(BigDecimal.valueOf(KINK_GRID_PER_UNIT));
                    BigDecimal hi = value == 0 ? BigDecimal.valueOf(j + 1L).divide(BigDecimal.valueOf(KINK_GRID_PER_UNIT))
                            : exact;
                    BigDecimal root = refine(g, derivative, lo, hi, mc);
                    if (root != null) {
                        zeros.add(root);
                    }
                }
                previous = value;
            }
        }
        zeros.sort(BigDecimal::compareTo);
        List<BigDecimal> distinct = new ArrayList<>();
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() - 5);
        for (BigDecimal z : zeros) {
            if (z.abs().compareTo(cutoff) >= 0) {
                continue;
            }
            if (distinct.isEmpty() || z.subtract(distinct.get(distinct.size() - 1)).abs().compareTo(eps) > 0) {
                distinct.add(z);
            }
        }
        return distinct;
    }

    /**
     * A zero of {@code g} in {@code [lo, hi]} to the precision of {@code mc}, or {@code null} when {@code g} has the
     * same non-zero sign at both ends in that precision.
     */
    static BigDecimal refine(Expr g, Expr derivative, BigDecimal lo, BigDecimal hi, MathContext mc) {
        int sLo = g.value(lo, mc).signum();
        int sHi = g.value(hi, mc).signum();
        if (sLo == 0) {
            return lo;
        }
        if (sHi == 0) {
            return hi;
        }
        if (sLo == sHi) {
            return null;
        }
        // double-precision bisection for a start
        double start = Bisection.boundary(z -> Math.signum(g.value(z)) == sLo, lo.doubleValue(), hi.doubleValue(),
                200);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() - 2);
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal x = new BigDecimal(start);
        if (x.compareTo(lo) <= 0 || x.compareTo(hi) >= 0) {
            x = lo.add(hi).divide(two, mc);
        }
        for (int iter = 0; iter < 10 * mc.getPrecision() + 100; iter++) {
            BigDecimal gx = g.value(x, mc);
            if (gx.signum() == 0) {
                return x;
            }
            if (gx.signum() == sLo) {
                lo = x;
            } else {
                hi = x;
            }
            BigDecimal scale = x.abs().max(BigDecimal.ONE);
            BigDecimal next = null;
            BigDecimal dg = derivative.value(x, mc);
            if (dg.signum() != 0) {
                next = x.subtract(gx.divide(dg, mc), mc);
                if (next.compareTo(lo) <= 0 || next.compareTo(hi) >= 0) {
                    next = null;
                }
            }
            if (next == null) {
                next = lo.add(hi).divide(two, mc);
            }
            if (next.subtract(x).abs().compareTo(eps.multiply(scale)) <= 0
                    || hi.subtract(lo).compareTo(eps.multiply(scale)) <= 0) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** {@code log10 |f(z)|} from a 20-digit evaluation; {@code +∞} when it overflows. */
    private static double log10AbsValue(Expr f, double z) {
        BigDecimal v;
        try {
            v = f.value(new BigDecimal(z), LOW);
        } catch (ArithmeticException e) {
            return Double.POSITIVE_INFINITY;
        }
        return log10Abs(v);
    }

    /** {@code log10 |x|}, {@code −∞} for 0, for any exponent range. */
    static double log10Abs(BigDecimal x) {
        if (x.signum() == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        BigDecimal r = x.abs().round(new MathContext(17));
        return Math.log10(r.unscaledValue().doubleValue()) - r.scale();
    }

    /** {@code max_{k ≤ K} log10 |h_k(z)|} by the normalised recurrence, rescaled against overflow. */
    private static double log10MaxNormalisedHermite(double z, int maxDegree) {
        double prev = 1;
        double cur = z;
        double offset = 0;
        double best = 0;
        for (int k = 1; k <= maxDegree; k++) {
            if (k > 1) {
                double next = (z * cur - Math.sqrt(k - 1) * prev) / Math.sqrt(k);
                prev = cur;
                cur = next;
            }
            if (Math.abs(cur) > 1e150) {
                cur *= 1e-150;
                prev *= 1e-150;
                offset += 150;
            }
            best = Math.max(best, Math.log10(Math.abs(cur)) + offset);
        }
        return best;
    }

    /** {@code log10(10^a + 10^b)}. */
    private static double log10Add(double a, double b) {
        double hi = Math.max(a, b);
        if (hi == Double.NEGATIVE_INFINITY || hi == Double.POSITIVE_INFINITY) {
            return hi;
        }
        return hi + Math.log10(1 + Math.pow(10, Math.min(a, b) - hi));
    }

    private static double log10Sum(double[] logs, int from, int to) {
        double s = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            s = log10Add(s, logs[i]);
        }
        return s;
    }
}
