package org.sgdx.reference.numeric;

import java.util.function.DoublePredicate;

/**
 * Bisection for the point where a property of {@code x} changes, in double precision: the only root finder that needs
 * nothing but the side of the point, so it also locates where a piecewise-constant classification changes.
 */
public final class Bisection {

    private Bisection() {
    }

    /**
     * The point where {@code lowSide} stops holding between {@code lo} (where it holds) and {@code hi} (where it does
     * not): the bracket is halved, keeping {@code lowSide(lo)} and {@code !lowSide(hi)}, at most {@code maxIterations}
     * times or until {@code lo} and {@code hi} are adjacent doubles; the result is the midpoint
     * {@code (lo + hi)/2} of the final bracket (rounded to double). Neither endpoint is evaluated.
     *
     * @param lowSide whether a point lies on the side of {@code lo}
     * @param lo an end of the bracket on the low side (it may exceed {@code hi})
     * @param hi the other end
     * @param maxIterations the largest number of halvings
     */
    public static double boundary(DoublePredicate lowSide, double lo, double hi, int maxIterations) {
        for (int i = 0; i < maxIterations; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid == lo || mid == hi) {
                break;
            }
            if (lowSide.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
