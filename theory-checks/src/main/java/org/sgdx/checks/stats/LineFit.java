package org.sgdx.checks.stats;

/**
 * A least-squares line {@code y = intercept + slope · x}.
 *
 * @param slope the slope
 * @param intercept the intercept
 * @param residualSd the residual standard deviation {@code √(SSE / (n − parameters))}; NaN when {@code n} equals the
 *     number of fitted parameters
 * @param n the number of points
 */
public record LineFit(double slope, double intercept, double residualSd, int n) {

    /**
     * The ordinary least-squares line through {@code (x_i, y_i)}.
     *
     * @throws IllegalArgumentException if the arrays differ in length, have fewer than two points, contain a
     *     non-finite value, or all {@code x} are equal
     */
    public static LineFit ols(double[] x, double[] y) {
        int n = check(x, y, 2);
        double mx = mean(x);
        double my = mean(y);
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("a line fit needs at least two distinct x values");
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        return new LineFit(slope, intercept, residualSd(x, y, slope, intercept, 2), n);
    }

    /**
     * The least-squares line with a fixed slope: {@code intercept = mean(y − slope · x)}.
     *
     * @throws IllegalArgumentException if the arrays differ in length, are empty or contain a non-finite value
     */
    public static LineFit withSlope(double[] x, double[] y, double slope) {
        int n = check(x, y, 1);
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += y[i] - slope * x[i];
        }
        double intercept = s / n;
        return new LineFit(slope, intercept, residualSd(x, y, slope, intercept, 1), n);
    }

    /** {@code intercept + slope · x}. */
    public double valueAt(double x) {
        return intercept + slope * x;
    }

    private static double residualSd(double[] x, double[] y, double slope, double intercept, int parameters) {
        if (x.length <= parameters) {
            return Double.NaN;
        }
        double sse = 0;
        for (int i = 0; i < x.length; i++) {
            double r = y[i] - intercept - slope * x[i];
            sse += r * r;
        }
        return Math.sqrt(sse / (x.length - parameters));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static int check(double[] x, double[] y, int minimum) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        if (x.length < minimum) {
            throw new IllegalArgumentException("a line fit needs at least " + minimum + " points, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("non-finite point (" + x[i] + ", " + y[i] + ")");
            }
        }
        return x.length;
    }
}
