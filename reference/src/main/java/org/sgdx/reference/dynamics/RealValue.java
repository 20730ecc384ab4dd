package org.sgdx.reference.dynamics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.numeric.Estimate;

/**
 * A real coefficient that is either known {@linkplain Exact exactly} (an {@link ExactReal}) or
 * {@linkplain Approximate approximately} with an error estimate. Arithmetic is exact between exact values; as soon
 * as an approximate value takes part, the result is approximate, with the error propagated to first order plus the
 * product of the errors and the rounding. An exact zero stays an exact zero under multiplication.
 */
public sealed interface RealValue {

    /** The exact zero. */
    RealValue ZERO = new Exact(ExactReal.ZERO);
    /** The exact one. */
    RealValue ONE = new Exact(ExactReal.of(BigFraction.ONE));

    /** An exact value. */
    static RealValue of(ExactReal x) {
        return new Exact(x);
    }

    /** An exact rational. */
    static RealValue of(BigFraction q) {
        return new Exact(ExactReal.of(q));
    }

    /** An approximate value with an error estimate, carried at {@code precision} significant digits. */
    static RealValue approximate(BigDecimal value, BigDecimal error, int precision) {
        return new Approximate(Estimate.estimate(value, error), precision);
    }

    RealValue add(RealValue o);

    RealValue multiply(RealValue o);

    RealValue multiply(BigFraction q);

    default RealValue negate() {
        return multiply(BigFraction.of(-1));
    }

    default RealValue subtract(RealValue o) {
        return add(o.negate());
    }

    /**
     * Whether the value is zero: exact for exact values; for approximate values by the one zero rule of
     * {@link Estimate#isZero()}, within {@value Estimate#ZERO_SAFETY_FACTOR} error estimates of 0 (a decision that is
     * itself an estimate).
     */
    boolean isZero();

    /** The sign, 0 when {@link #isZero()}. */
    int signum();

    /** {@code exact} or {@code estimate}. */
    Certainty certainty();

    /** The value rounded to {@code mc} (the correct rounding for exact values). */
    BigDecimal toBigDecimal(MathContext mc);

    /** The error estimate; zero for exact values. */
    BigDecimal error();

    /** The value rounded to {@code mc} with its error (the rounding included for approximate values). */
    default Estimate toEstimate(MathContext mc) {
        if (this instanceof Exact) {
            return Estimate.exact(toBigDecimal(mc));
        }
        return ((Approximate) this).estimate().round(mc);
    }

    /** The exact value, when known. */
    default java.util.Optional<ExactReal> exact() {
        return this instanceof Exact e ? java.util.Optional.of(e.value()) : java.util.Optional.empty();
    }

    /** An exact value. */
    record Exact(ExactReal value) implements RealValue {
        public Exact {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public RealValue add(RealValue o) {
            if (o instanceof Exact e) {
                return new Exact(value.add(e.value));
            }
            return o.add(this);
        }

        @Override
        public RealValue multiply(RealValue o) {
            if (value.isZero()) {
                return this;
            }
            if (o instanceof Exact e) {
                return new Exact(value.multiply(e.value));
            }
            return o.multiply(this);
        }

        @Override
        public RealValue multiply(BigFraction q) {
            return new Exact(value.multiply(q));
        }

        @Override
        public boolean isZero() {
            return value.isZero();
        }

        @Override
        public int signum() {
            return value.signum();
        }

        @Override
        public Certainty certainty() {
            return Certainty.EXACT;
        }

        @Override
        public BigDecimal toBigDecimal(MathContext mc) {
            return value.toBigDecimal(mc);
        }

        @Override
        public BigDecimal error() {
            return BigDecimal.ZERO;
        }

        /** The closed form, e.g. {@code 17496} or {@code 1/2 + 1/sqrt(2*pi)}. */
        @Override
        public String toString() {
            return value.toString();
        }
    }

    /**
     * An approximate value.
     *
     * @param estimate the approximation and an estimate of {@code |value − true value|}, of certainty
     *     {@link Certainty#ESTIMATE}
     * @param precision the significant digits carried in arithmetic
     */
    record Approximate(Estimate estimate, int precision) implements RealValue {

        public Approximate {
            Objects.requireNonNull(estimate, "estimate");
            if (estimate.certainty() != Certainty.ESTIMATE) {
                throw new IllegalArgumentException("an approximate value is an estimate, got " + estimate.certainty());
            }
            if (precision < 1) {
                throw new IllegalArgumentException("precision must be positive: " + precision);
            }
        }

        private Approximate(BigDecimal value, BigDecimal error, int precision) {
            this(Estimate.estimate(value, error), precision);
        }

        /** The approximation. */
        public BigDecimal value() {
            return estimate.value();
        }

        @Override
        public BigDecimal error() {
            return estimate.error();
        }

        @Override
        public RealValue add(RealValue o) {
            Approximate b = approximate(o, precision);
            MathContext mc = new MathContext(Math.max(precision, b.precision), RoundingMode.HALF_EVEN);
            BigDecimal sum = value().add(b.value(), mc);
            return new Approximate(sum, roundUp(error().add(b.error()).add(ulp(sum, mc))), mc.getPrecision());
        }

        @Override
        public RealValue multiply(RealValue o) {
            if (o.isZero() && o instanceof Exact) {
                return o;
            }
            Approximate b = approximate(o, precision);
            MathContext mc = new MathContext(Math.max(precision, b.precision), RoundingMode.HALF_EVEN);
            BigDecimal value = value();
            BigDecimal error = error();
            BigDecimal product = value.multiply(b.value(), mc);
            BigDecimal e = value.abs().multiply(b.error()).add(b.value().abs().multiply(error))
                    .add(error.multiply(b.error())).add(ulp(product, mc));
            return new Approximate(product, roundUp(e), mc.getPrecision());
        }

        @Override
        public RealValue multiply(BigFraction q) {
            if (q.signum() == 0) {
                return ZERO;
            }
            return multiply(RealValue.of(q));
        }

        @Override
        public boolean isZero() {
            return estimate.isZero();
        }

        @Override
        public int signum() {
            return estimate.signum();
        }

        @Override
        public Certainty certainty() {
            return Certainty.ESTIMATE;
        }

        @Override
        public BigDecimal toBigDecimal(MathContext mc) {
            return value().round(mc);
        }

        /**
         * The value as printed with at most {@code digits} significant digits, and an error that includes that
         * rounding ({@link Estimate#toDigits}).
         */
        public Estimate printed(int digits) {
            return estimate.toDigits(digits);
        }

        /** The value (at most 20 digits) and its error estimate, e.g. {@code 0.6057...(±1.2E-31)}. */
        @Override
        public String toString() {
            Estimate p = printed(Math.min(precision, 20));
            return p.value().toString() + "(+-" + p.error().round(new MathContext(2, RoundingMode.UP)) + ")";
        }

        private static Approximate approximate(RealValue v, int precision) {
            if (v instanceof Approximate a) {
                return a;
            }
            ExactReal x = ((Exact) v).value();
            MathContext mc = new MathContext(precision, RoundingMode.HALF_EVEN);
            BigDecimal d = x.toBigDecimal(mc);
            return new Approximate(d, x.isRational() && d.signum() == 0 ? BigDecimal.ZERO : ulp(d, mc), precision);
        }

        private static BigDecimal ulp(BigDecimal x, MathContext mc) {
            if (x.signum() == 0) {
                return BigDecimal.ZERO;
            }
            return x.abs().movePointLeft(mc.getPrecision() - 1).round(new MathContext(1, RoundingMode.UP));
        }

        private static BigDecimal roundUp(BigDecimal e) {
            return e.round(new MathContext(3, RoundingMode.UP));
        }
    }
}
