package org.sgdx.reference.hermite;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.numeric.Estimate;
import org.sgdx.reference.numeric.GaussLegendreRule;
import org.sgdx.reference.numeric.WorkLimit;
import org.sgdx.reference.poly.Hermite;

/**
 * Arbitrary-precision Gaussian Hermite moments {@code I_k = E[f(Z) He_k(Z)] = ∫ f(z) He_k(z) φ(z) dz},
 * {@code k = 0..K}, of a link expression {@code f} (MATH.md §2), all {@code k} from the same function values.
 *
 * <p>Method. The integral is truncated to {@code [−L, L]} ({@code L} a multiple of 1/2) and split at the kinks
 * of {@code f} (see {@link IntegrationDomain}) and at the points {@code −L + j}, so that no piece is longer than
 * 1 and the complex singularities of functions such as {@code tanh} or {@code sigmoid} (at distance
 * {@code π/2} from the real axis) leave each piece a large region of analyticity. On each piece Gauss–Legendre
 * rules with {@code n, 2n, 4n, ...} nodes are applied to all integrands {@code f He_k φ} and {@code f² φ} at
 * once ({@code He_k} by the three-term recurrence at each node). With {@code d} the difference of the last two
 * rules and {@code d'} the one before, the error of the last rule is estimated as {@code d · min(1, d/d')²}
 * (geometric convergence; just {@code d} after two rules), and the piece is accepted when this is below a
 * share, proportional to its length, of {@code 10^{−(D+2)} √(k!) ‖f‖₂} for every {@code k}; a piece that needs
 * more than 256 nodes is halved. On the pieces of the unit grid {@code e^{−z²/2}} at {@code z = m + t} is
 * {@code e^{−m²/2} e^{−t²/2} e^{−mt}}, the last factor updated by one multiplication from the piece before.
 *
 * <p>The internal error estimate is the sum of the piece estimates, plus the sampled tails beyond {@code L}
 * and the rounding error {@code 10^{−P} (K + 10) √(k!) ‖f‖₂} (the terms of the sums are bounded in total by
 * {@code E|f He_k| ≤ √(k!) ‖f‖₂}); the working precision is {@code P = D + }{@value #GUARD_DIGITS} digits. When
 * {@code f} vanishes at all sample points out to {@code |z| = 1024}, the moments are 0 with error estimate 0.
 * {@link #validatedMoments} adds a precision ladder: the computation is repeated with {@code 2D + 20} digits
 * (or a given number) and the error estimate becomes the larger of the internal one and the difference of the
 * two results. All results are {@link org.sgdx.reference.Certainty#ESTIMATE estimates}.
 *
 * <p>Work. Each node costs {@link #nodeCost} units of a {@link WorkLimit}: about one unit per multiplication of two
 * 100-digit decimals. Before it starts, a validated computation must have its {@linkplain #estimatedWork estimated
 * work} within the limit, and each computation the work of the two smallest rules on every unit piece of
 * {@code [−L, L]} (a lower bound); while it runs, it spends the work of every rule it
 * applies, and stops when the limit is exceeded or when, once a fiftieth of the limit is spent, its work projected
 * from the fraction of {@code [−L, L]} done exceeds twice the limit (a function that oscillates faster than the rules
 * resolve, such as {@code sin(1e6 z)}, would otherwise halve its pieces for hours).
 */
public final class HermiteQuadrature {

    /** Digits carried beyond the requested ones. */
    public static final int GUARD_DIGITS = 12;
    /** The largest degree accepted. */
    public static final int MAX_DEGREE = 1000;
    /** The largest number of digits accepted. */
    public static final int MAX_DIGITS = 2000;

    /** The quadrature aims at {@code 10^{−(D + TOLERANCE_DIGITS)}} at the scale {@code √(k!) ‖f‖₂}. */
    private static final int TOLERANCE_DIGITS = 2;
    private static final int TAIL_DIGITS = 3;
    private static final int FIRST_RULE = 8;
    private static final int LARGEST_RULE = 256;
    private static final int MAX_SPLIT_DEPTH = 30;
    private static final int ESTIMATE_FACTOR = 3;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MINUS_HALF = new BigDecimal("-0.5");

    private HermiteQuadrature() {
    }

    /**
     * {@code E[f(Z) He_k(Z)]} for {@code k = 0..maxDegree}, aiming at {@code digits} digits (see
     * {@link HermiteMoments}), with the internal error estimate of a single computation.
     *
     * @param f the function; it must be finite on the real line and {@code f(z)² φ(z)} integrable
     * @param maxDegree {@code K}, 0 to {@value #MAX_DEGREE}
     * @param digits {@code D}, 1 to {@value #MAX_DIGITS}
     * @throws IllegalArgumentException for arguments out of range, or when {@code f(z) φ(z)} does not decay
     */
    public static HermiteMoments moments(Expr f, int maxDegree, int digits) {
        return moments(f, maxDegree, digits, WorkLimit.unlimited());
    }

    /**
     * As {@link #moments(Expr, int, int)}, within a work limit.
     *
     * @throws WorkLimit.WorkLimitExceededException if the work would exceed, or exceeds, the limit
     */
    public static HermiteMoments moments(Expr f, int maxDegree, int digits, WorkLimit work) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(work, "work");
        checkRange("maxDegree", maxDegree, 0, MAX_DEGREE);
        checkRange("digits", digits, 1, MAX_DIGITS);
        return new Run(f, maxDegree, digits, work).compute();
    }

    /**
     * As {@link #moments}, validated by a second computation with {@code 2·digits + 20} digits; see
     * {@link #validatedMoments(Expr, int, int, int)}.
     */
    public static HermiteMoments validatedMoments(Expr f, int maxDegree, int digits) {
        return validatedMoments(f, maxDegree, digits, WorkLimit.unlimited());
    }

    /** As {@link #validatedMoments(Expr, int, int)}, within a work limit. */
    public static HermiteMoments validatedMoments(Expr f, int maxDegree, int digits, WorkLimit work) {
        checkRange("digits", digits, 1, (MAX_DIGITS - 20) / 2);
        return validatedMoments(f, maxDegree, digits, 2 * digits + 20, work);
    }

    /**
     * A precision ladder: the moments computed with {@code digits} digits, each with the error estimate
     * {@code max(|I_k(digits) − I_k(checkDigits)|, internal estimate of I_k(digits))}. The values are those of the
     * {@code digits} computation, so that the error estimate refers to them.
     *
     * @param checkDigits the precision of the check, greater than {@code digits}
     */
    public static HermiteMoments validatedMoments(Expr f, int maxDegree, int digits, int checkDigits) {
        return validatedMoments(f, maxDegree, digits, checkDigits, WorkLimit.unlimited());
    }

    /**
     * As {@link #validatedMoments(Expr, int, int, int)}, within a work limit: the {@linkplain #estimatedWork estimated
     * work} of both computations must be within the limit before the first starts.
     *
     * @throws WorkLimit.WorkLimitExceededException if the work would exceed, or exceeds, the limit
     */
    public static HermiteMoments validatedMoments(Expr f, int maxDegree, int digits, int checkDigits, WorkLimit work) {
        Objects.requireNonNull(f, "f");
        checkRange("maxDegree", maxDegree, 0, MAX_DEGREE);
        checkRange("digits", digits, 1, MAX_DIGITS - 1);
        checkRange("checkDigits", checkDigits, digits + 1, MAX_DIGITS);
        work.estimate(estimatedWork(f, maxDegree, digits, checkDigits), description(f, maxDegree, digits));
        HermiteMoments low = moments(f, maxDegree, digits, work);
        HermiteMoments high = moments(f, maxDegree, checkDigits, work);
        List<Estimate> out = new ArrayList<>(maxDegree + 1);
        for (int k = 0; k <= maxDegree; k++) {
            out.add(validated(low.moment(k), high.moment(k)));
        }
        return new HermiteMoments(digits, out, validated(low.secondMoment(), high.secondMoment()));
    }

    private static Estimate validated(Estimate low, Estimate high) {
        BigDecimal difference = low.value().subtract(high.value()).abs().round(new MathContext(3, RoundingMode.UP));
        return Estimate.estimate(low.value(), low.error().max(difference));
    }

    /**
     * The work units of one quadrature node: the {@code K + 1} Hermite terms, {@code f} and the Gaussian at
     * {@code digits + }{@value #GUARD_DIGITS} digits, each multiplication weighted by {@code 1 + (P/100)²}
     * (overhead, and schoolbook multiplication and rounding), at least 1.
     */
    public static long nodeCost(Expr f, int maxDegree, int digits) {
        int precision = digits + GUARD_DIGITS;
        double weight = 1 + Math.pow(precision / 100.0, 2);
        return Math.max(1, (long) Math.ceil((maxDegree + 4 + expressionCost(f, precision)) * weight));
    }

    /**
     * An estimate of the work of {@link #validatedMoments(Expr, int, int, int)}, computed without evaluating {@code f}:
     * {@value #ESTIMATE_FACTOR} times the work of the two smallest rules ({@value #FIRST_RULE} and
     * {@code 2·}{@value #FIRST_RULE} nodes) on every unit piece of {@code [−L, L]} in both computations, with
     * {@code L = max(√(2 ln 10 (D + 3)), √(4K + 2))} (where the Gaussian tail, respectively {@code h_K}, has decayed).
     * For bounded smooth links such as {@code tanh} the work is about this estimate.
     */
    public static long estimatedWork(Expr f, int maxDegree, int digits, int checkDigits) {
        long units = 0;
        for (int d : new int[] {digits, checkDigits}) {
            double cutoff = Math.max(Math.sqrt(2 * Math.log(10) * (d + TAIL_DIGITS)), Math.sqrt(4.0 * maxDegree + 2));
            long pieces = 2 * (long) Math.ceil(cutoff);
            units = Math.addExact(units, Math.multiplyExact(pieces * 3 * FIRST_RULE, nodeCost(f, maxDegree, d)));
        }
        return Math.multiplyExact(ESTIMATE_FACTOR, units);
    }

    /** Multiplications to evaluate {@code e} once at {@code precision} digits (a transcendental function: a series). */
    private static long expressionCost(Expr e, int precision) {
        if (e instanceof Expr.Sum s) {
            return 1 + expressionCost(s.left(), precision) + expressionCost(s.right(), precision);
        } else if (e instanceof Expr.Product p) {
            return 1 + expressionCost(p.left(), precision) + expressionCost(p.right(), precision);
        } else if (e instanceof Expr.Power p) {
            return 1 + 32 - Integer.numberOfLeadingZeros(Math.max(1, p.exponent())) + expressionCost(p.base(), precision);
        } else if (e instanceof Expr.Hermite h) {
            return h.degree() + expressionCost(h.argument(), precision);
        } else if (e instanceof Expr.Call c) {
            return 10 + precision / 5 + expressionCost(c.argument(), precision);
        }
        return 0;
    }

    private static String description(Expr f, int maxDegree, int digits) {
        String text = f.toString();
        return "the Hermite moments of " + (text.length() <= 60 ? text : text.substring(0, 57) + "...")
                + " up to degree " + maxDegree + " at " + digits + " digits";
    }

    private static void checkRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + value);
        }
    }

    /** One computation; holds the rules computed so far and the running sums. */
    private static final class Run {
        private final Expr f;
        private final int maxDegree;
        private final int digits;
        private final MathContext mc;
        private final WorkLimit work;
        private final long nodeCost;
        private final String what;
        /** The share of the expected work of the pieces integrated so far (see {@link #share}), and of all of them. */
        private double covered;
        private double expected;
        /** The work spent before this computation. */
        private long spentBefore;
        /** The components: {@code I_0..I_K}, then {@code E[f²]}, all without the factor {@code 1/√(2π)}. */
        private final int size;
        private final Map<Integer, GaussLegendreRule> rules = new HashMap<>();
        private final Map<Integer, UnitRule> unitRules = new HashMap<>();
        private final BigDecimal[] total;
        private final BigDecimal[] error;
        private BigDecimal[] tolerance;
        private BigDecimal length;

        Run(Expr f, int maxDegree, int digits, WorkLimit work) {
            this.f = f;
            this.maxDegree = maxDegree;
            this.digits = digits;
            this.work = work;
            this.nodeCost = nodeCost(f, maxDegree, digits);
            this.what = description(f, maxDegree, digits);
            this.mc = new MathContext(digits + GUARD_DIGITS, RoundingMode.HALF_EVEN);
            this.size = maxDegree + 2;
            this.total = zeros(size);
            this.error = zeros(size);
        }

        HermiteMoments compute() {
            IntegrationDomain domain = IntegrationDomain.of(f, maxDegree, digits + TAIL_DIGITS, mc);
            if (domain.log10Norm() == Double.NEGATIVE_INFINITY) {
                List<Estimate> zero = new ArrayList<>();
                for (int k = 0; k <= maxDegree; k++) {
                    zero.add(Estimate.estimate(BigDecimal.ZERO, BigDecimal.ZERO));
                }
                return new HermiteMoments(digits, zero, Estimate.estimate(BigDecimal.ZERO, BigDecimal.ZERO));
            }
            BigDecimal[] sqrtFactorial = sqrtFactorials();
            BigDecimal norm = pow10(domain.log10Norm());
            BigDecimal sqrtTwoPi = BigDecimalMath.sqrt(BigDecimalMath.pi(mc).multiply(BigDecimal.valueOf(2)), mc);
            BigDecimal base = BigDecimal.ONE.movePointLeft(digits + TOLERANCE_DIGITS).multiply(sqrtTwoPi, mc);
            tolerance = new BigDecimal[size];
            for (int k = 0; k <= maxDegree; k++) {
                tolerance[k] = base.multiply(norm, mc).multiply(sqrtFactorial[k], mc);
            }
            tolerance[size - 1] = base.multiply(norm, mc).multiply(norm, mc);
            BigDecimal cutoff = domain.cutoff();
            length = cutoff.multiply(BigDecimal.valueOf(2));
            long pieces = length.setScale(0, RoundingMode.CEILING).longValueExact();
            work.require(Math.multiplyExact(pieces * 3 * FIRST_RULE, nodeCost), what);
            spentBefore = work.spent();
            double step = 1.0 / 16;
            for (double z = -cutoff.doubleValue(); z < cutoff.doubleValue(); z += step) {
                expected += share(z, z + step);
            }

            TreeSet<BigDecimal> points = new TreeSet<>(domain.kinks());
            for (BigDecimal z = cutoff.negate(); z.compareTo(cutoff) <= 0; z = z.add(BigDecimal.ONE)) {
                points.add(z);
            }
            int hint = FIRST_RULE;
            BigDecimal a = null;
            for (BigDecimal b : points) {
                if (a != null) {
                    BigDecimal middle = b.subtract(a).compareTo(BigDecimal.ONE) == 0 ? a.add(HALF) : null;
                    hint = integrate(a, b, middle, hint, 0);
                }
                a = b;
            }

            BigDecimal secondMoment = total[size - 1].divide(sqrtTwoPi, mc);
            BigDecimal normComputed = secondMoment.signum() > 0 ? secondMoment.sqrt(mc) : BigDecimal.ZERO;
            BigDecimal rounding = BigDecimal.ONE.movePointLeft(mc.getPrecision())
                    .multiply(BigDecimal.valueOf(maxDegree + 10L)).multiply(normComputed.max(norm));
            BigDecimal tail = pow10(domain.log10Tail());
            List<Estimate> out = new ArrayList<>(maxDegree + 1);
            for (int k = 0; k <= maxDegree; k++) {
                BigDecimal e = error[k].divide(sqrtTwoPi, mc).add(tail.add(rounding).multiply(sqrtFactorial[k]), mc);
                out.add(Estimate.estimate(total[k].divide(sqrtTwoPi, mc), roundUp(e)));
            }
            BigDecimal e = error[size - 1].divide(sqrtTwoPi, mc).add(tail.add(rounding).multiply(norm), mc);
            return new HermiteMoments(digits, out, Estimate.estimate(secondMoment, roundUp(e)));
        }

        /**
         * Integrates over {@code [a, b]} and adds to the totals; {@code middle} is the midpoint of a piece of the
         * unit grid, or {@code null}. Returns the suggested first rule for a neighbouring piece.
         */
        private int integrate(BigDecimal a, BigDecimal b, BigDecimal middle, int hint, int depth) {
            BigDecimal share = b.subtract(a).divide(length, MathContext.DECIMAL64);
            BigDecimal[] allowed = new BigDecimal[size];
            for (int c = 0; c < size; c++) {
                allowed[c] = tolerance[c].multiply(share, MathContext.DECIMAL64);
            }
            int n = Math.min(Math.max(FIRST_RULE, hint), LARGEST_RULE / 2);
            BigDecimal[] previous = evaluate(a, b, middle, n);
            BigDecimal[] previousDiff = null;
            BigDecimal[] estimate = new BigDecimal[size];
            while (2 * n <= LARGEST_RULE) {
                n *= 2;
                BigDecimal[] current = evaluate(a, b, middle, n);
                BigDecimal[] diff = new BigDecimal[size];
                boolean converged = true;
                for (int c = 0; c < size; c++) {
                    diff[c] = current[c].subtract(previous[c]).abs();
                    estimate[c] = extrapolatedError(diff[c], previousDiff == null ? null : previousDiff[c]);
                    converged &= estimate[c].compareTo(allowed[c]) <= 0;
                }
                previous = current;
                previousDiff = diff;
                if (converged) {
                    accept(current, estimate, a, b);
                    return n / 4;
                }
            }
            if (depth < MAX_SPLIT_DEPTH) {
                BigDecimal split = a.add(b).divide(BigDecimal.valueOf(2), mc);
                int h = integrate(a, split, null, FIRST_RULE, depth + 1);
                integrate(split, b, null, h, depth + 1);
                return FIRST_RULE;
            }
            accept(previous, estimate, a, b);
            return n / 4;
        }

        /**
         * The error of the finer of two rules whose difference is {@code diff}, when the difference of the two
         * rules before was {@code previousDiff}: with geometric convergence {@code e(n) ≈ C ρ^{−2n}} it is about
         * {@code diff · (diff / previousDiff)²}; never more than {@code diff} (about the error of the coarser rule),
         * which is the estimate when there is no earlier difference.
         */
        private static BigDecimal extrapolatedError(BigDecimal diff, BigDecimal previousDiff) {
            if (previousDiff == null || diff.signum() == 0 || diff.compareTo(previousDiff) >= 0) {
                return diff.round(MathContext.DECIMAL64);
            }
            BigDecimal ratio = diff.divide(previousDiff, MathContext.DECIMAL64);
            return diff.multiply(ratio).multiply(ratio, MathContext.DECIMAL64);
        }

        private void accept(BigDecimal[] sums, BigDecimal[] estimate, BigDecimal a, BigDecimal b) {
            covered += share(a.doubleValue(), b.doubleValue());
            for (int c = 0; c < size; c++) {
                total[c] = total[c].add(sums[c], mc);
                error[c] = error[c].add(estimate[c], MathContext.DECIMAL64);
            }
        }

        /**
         * The expected work of the piece {@code [a, b]}, for projecting the total: its length times one plus the digits
         * still to be resolved at its middle, where the Gaussian weight is {@code 10^{−z²/(2 ln 10)}} (the number of
         * nodes a smooth integrand needs grows with the digits asked of it).
         */
        private double share(double a, double b) {
            double middle = (a + b) / 2;
            return (b - a) * (1 + Math.max(0, digits + TOLERANCE_DIGITS - middle * middle / (2 * Math.log(10))));
        }

        /** The {@code n}-point rule on {@code [a, b]} for all components. */
        private BigDecimal[] evaluate(BigDecimal a, BigDecimal b, BigDecimal middle, int n) {
            work.spend(Math.multiplyExact(n, nodeCost), what);
            work.checkProjection(work.spent() - spentBefore, covered / expected, what);
            BigDecimal[] sums = zeros(size);
            if (middle != null) {
                UnitRule unit = unitRules.computeIfAbsent(n, m -> new UnitRule(rule(m), mc));
                BigDecimal centre = BigDecimalMath.exp(middle.multiply(middle).multiply(MINUS_HALF), mc);
                unit.moveTo(middle.multiply(BigDecimal.valueOf(2)).intValueExact(), mc);
                for (int i = 0; i < unit.size(); i++) {
                    BigDecimal gauss = centre.multiply(unit.gaussian(i, mc), mc);
                    addNode(middle.add(unit.offset(i)), unit.weight(i), gauss, sums);
                }
                return sums;
            }
            GaussLegendreRule rule = rule(n);
            BigDecimal half = b.subtract(a).divide(BigDecimal.valueOf(2), mc);
            BigDecimal centre = a.add(half, mc);
            for (int i = 0; i < rule.halfSize(); i++) {
                BigDecimal offset = half.multiply(rule.node(i), mc);
                BigDecimal weight = half.multiply(rule.weight(i), mc);
                BigDecimal z = centre.add(offset, mc);
                addNode(z, weight, null, sums);
                if (!rule.isMiddle(i)) {
                    addNode(centre.subtract(offset, mc), weight, null, sums);
                }
            }
            return sums;
        }

        private GaussLegendreRule rule(int n) {
            return rules.computeIfAbsent(n, m -> GaussLegendreRule.of(m, mc.getPrecision()));
        }

        /** Adds {@code weight · f(z) e^{−z²/2} (He_0(z), ..., He_K(z), f(z))}; computes the Gaussian if null. */
        private void addNode(BigDecimal z, BigDecimal weight, BigDecimal gauss, BigDecimal[] sums) {
            BigDecimal fz = f.value(z, mc);
            if (fz.signum() == 0) {
                return;
            }
            if (gauss == null) {
                gauss = BigDecimalMath.exp(z.multiply(z).multiply(MINUS_HALF), mc);
            }
            BigDecimal w = weight.multiply(fz, mc).multiply(gauss, mc);
            sums[0] = sums[0].add(w, mc);
            BigDecimal previous = BigDecimal.ONE;
            BigDecimal current = z;
            for (int k = 1; k <= maxDegree; k++) {
                if (k > 1) {
                    BigDecimal next = z.multiply(current, mc).subtract(previous.multiply(BigDecimal.valueOf(k - 1)), mc);
                    previous = current;
                    current = next;
                }
                sums[k] = sums[k].add(w.multiply(current, mc), mc);
            }
            sums[size - 1] = sums[size - 1].add(w.multiply(fz, mc), mc);
        }

        private BigDecimal[] sqrtFactorials() {
            BigDecimal[] s = new BigDecimal[maxDegree + 1];
            BigDecimal factorial = BigDecimal.ONE;
            for (int k = 0; k <= maxDegree; k++) {
                if (k > 1) {
                    factorial = factorial.multiply(BigDecimal.valueOf(k));
                }
                s[k] = factorial.sqrt(mc);
            }
            return s;
        }
    }

    /**
     * A Gauss–Legendre rule on the pieces {@code [m − 1/2, m + 1/2]} of the unit grid, with all nodes
     * {@code z = m + t} listed: offsets {@code t}, weights, {@code e^{−t²/2}}, and {@code e^{−mt}} for the current
     * {@code m}, moved along the grid with {@code e^{−t/2}} and {@code e^{t/2}}.
     */
    private static final class UnitRule {
        private final BigDecimal[] offsets;
        private final BigDecimal[] weights;
        private final BigDecimal[] gaussT;
        private final BigDecimal[] halfStepDown;
        private final BigDecimal[] halfStepUp;
        private final BigDecimal[] shift;
        private int twiceM;

        UnitRule(GaussLegendreRule rule, MathContext mc) {
            int n = rule.points();
            offsets = new BigDecimal[n];
            weights = new BigDecimal[n];
            gaussT = new BigDecimal[n];
            halfStepDown = new BigDecimal[n];
            halfStepUp = new BigDecimal[n];
            shift = new BigDecimal[n];
            int j = 0;
            for (int i = 0; i < rule.halfSize(); i++) {
                BigDecimal t = rule.node(i).multiply(HALF);
                BigDecimal w = rule.weight(i).multiply(HALF);
                for (int s = 0; s < (rule.isMiddle(i) ? 1 : 2); s++) {
                    BigDecimal ts = s == 0 ? t : t.negate();
                    offsets[j] = ts;
                    weights[j] = w;
                    gaussT[j] = BigDecimalMath.exp(ts.multiply(ts).multiply(MINUS_HALF), mc);
                    halfStepDown[j] = BigDecimalMath.exp(ts.multiply(MINUS_HALF), mc);
                    halfStepUp[j] = BigDecimal.ONE.divide(halfStepDown[j], mc);
                    shift[j] = BigDecimal.ONE;
                    j++;
                }
            }
            twiceM = 0;
        }

        int size() {
            return offsets.length;
        }

        BigDecimal offset(int j) {
            return offsets[j];
        }

        BigDecimal weight(int j) {
            return weights[j];
        }

        /** {@code e^{−t²/2} e^{−mt}} at the current {@code m}. */
        BigDecimal gaussian(int j, MathContext mc) {
            return gaussT[j].multiply(shift[j], mc);
        }

        /** Moves to {@code m = twice/2}: {@code e^{−mt}} is multiplied by {@code (e^{∓t/2})^{|Δ(2m)|}}. */
        void moveTo(int twice, MathContext mc) {
            int delta = twice - twiceM;
            if (delta == 0) {
                return;
            }
            for (int j = 0; j < shift.length; j++) {
                BigDecimal step = delta > 0 ? halfStepDown[j] : halfStepUp[j];
                shift[j] = shift[j].multiply(Math.abs(delta) == 1 ? step : step.pow(Math.abs(delta), mc), mc);
            }
            twiceM = twice;
        }
    }

    private static BigDecimal pow10(double log10) {
        if (log10 == Double.NEGATIVE_INFINITY) {
            return BigDecimal.ZERO;
        }
        double floor = Math.floor(log10);
        return BigDecimal.valueOf(Math.pow(10, log10 - floor)).scaleByPowerOfTen((int) floor);
    }

    private static BigDecimal roundUp(BigDecimal error) {
        return error.round(new MathContext(3, RoundingMode.UP));
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] z = new BigDecimal[n];
        Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }
}
