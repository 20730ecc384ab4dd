package org.sgdx.checks.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sgdx.reference.numeric.GoldenSection;

/**
 * A phase boundary located from two fitted branches (MATH.md §6, §8): the continuous broken line
 *
 * <pre>
 *   log T = level + leftSlope · (u − c)   for u ≤ c,
 *   log T = level + rightSlope · (u − c)  for u ≥ c,      u = log x,
 * </pre>
 *
 * fitted by least squares over {@code level}, the free slopes and the breakpoint {@code c}, which is where the two
 * branches intersect. With the slopes fixed at the predicted values (e.g. flat then {@code −2} in {@code log η} for
 * alternating SGD, whose {@code T(η) = min{A, B η^{−2}}}) only {@code level} and {@code c} are fitted. The breakpoint
 * is searched on {@code [u_(a), u_(n+1−b)]} (sorted design values), where {@code a} and {@code b} are the numbers of
 * points a branch needs (1 with a fixed slope, 2 with a free one), by a grid followed by golden-section refinement
 * of the profile sum of squares. Its interval is a percentile bootstrap over runs, as in {@link SlopeFit}.
 *
 * @param statistic the name of the statistic fitted
 * @param branches the slope constraints
 * @param breakpoint {@code c = log x} at the intersection of the branches (NaN when no fit is possible)
 * @param level {@code log T} at the breakpoint
 * @param leftSlope the slope of the branch below the breakpoint
 * @param rightSlope the slope of the branch above it
 * @param residualSd {@code √(SSE / (n − parameters))}, NaN when there are no residual degrees of freedom
 * @param breakpointInterval the bootstrap interval of {@code c}
 * @param used the points in the fit
 * @param excluded the points left out, with reasons
 * @param replicates the number of bootstrap replicates drawn
 * @param degenerateReplicates replicates left out because a statistic or the fit was undefined in them
 * @param note a remark for reports (empty when there is none)
 */
public record BrokenLineFit(String statistic, Branches branches, double breakpoint, double level, double leftSlope,
        double rightSlope, double residualSd, ConfidenceInterval breakpointInterval, List<FitPoint> used,
        List<ExcludedPoint> excluded, int replicates, int degenerateReplicates, String note) {

    private static final int GRID = 400;
    private static final int GOLDEN_ITERATIONS = 100;

    public BrokenLineFit {
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(branches, "branches");
        Objects.requireNonNull(breakpointInterval, "breakpointInterval");
        used = List.copyOf(used);
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(note, "note");
    }

    /**
     * The slope constraints of the two branches; NaN means free.
     *
     * @param leftSlope the slope below the breakpoint, or NaN
     * @param rightSlope the slope above the breakpoint, or NaN
     */
    public record Branches(double leftSlope, double rightSlope) {

        public Branches {
            if (Double.isInfinite(leftSlope) || Double.isInfinite(rightSlope)) {
                throw new IllegalArgumentException("branch slopes must be finite or NaN (free)");
            }
            if (leftSlope == rightSlope) {
                throw new IllegalArgumentException("two fixed branches with equal slopes " + leftSlope
                        + " have no intersection");
            }
        }

        /** Both slopes fitted. */
        public static Branches free() {
            return new Branches(Double.NaN, Double.NaN);
        }

        /** Both slopes fixed. */
        public static Branches fixed(double leftSlope, double rightSlope) {
            if (Double.isNaN(leftSlope) || Double.isNaN(rightSlope)) {
                throw new IllegalArgumentException("fixed slopes must be numbers");
            }
            return new Branches(leftSlope, rightSlope);
        }

        /** Whether the left slope is fitted. */
        public boolean leftFree() {
            return Double.isNaN(leftSlope);
        }

        /** Whether the right slope is fitted. */
        public boolean rightFree() {
            return Double.isNaN(rightSlope);
        }

        /** The number of fitted parameters: level, breakpoint and the free slopes. */
        public int parameters() {
            return 2 + (leftFree() ? 1 : 0) + (rightFree() ? 1 : 0);
        }

        @Override
        public String toString() {
            return "left slope " + (leftFree() ? "free" : String.valueOf(leftSlope)) + ", right slope "
                    + (rightFree() ? "free" : String.valueOf(rightSlope));
        }
    }

    /** The least-squares broken line through {@code (u_i, y_i)} on the log scale, without a bootstrap. */
    public static BrokenLineFit fit(double[] logX, double[] logY, Branches branches) {
        Objects.requireNonNull(branches, "branches");
        if (logX.length != logY.length) {
            throw new IllegalArgumentException("x and y differ in length: " + logX.length + " vs " + logY.length);
        }
        List<FitPoint> used = new ArrayList<>();
        for (int i = 0; i < logX.length; i++) {
            if (!Double.isFinite(logX[i]) || !Double.isFinite(logY[i])) {
                throw new IllegalArgumentException("non-finite point (" + logX[i] + ", " + logY[i] + ")");
            }
            used.add(new FitPoint(Math.exp(logX[i]), Math.exp(logY[i]), 0, 0));
        }
        ConfidenceInterval none = ConfidenceInterval.undefined(0.95, "no bootstrap");
        Solution s = solve(logX, logY, branches);
        if (s == null) {
            return undefined("", branches, used, List.of(), none, tooFew(logX.length, branches));
        }
        return new BrokenLineFit("", branches, s.c, s.level, s.left, s.right, s.residualSd(logX.length, branches),
                none, used, List.of(), 0, 0, "");
    }

    /** Fits the broken line to {@code log statistic(sample)} against {@code log x}, with a bootstrap over runs. */
    public static BrokenLineFit of(List<DataPoint> points, SampleStatistic statistic, Branches branches,
            BootstrapOptions options) {
        return withReplicates(points, statistic, branches, options).fit();
    }

    /** A fit with the breakpoints of its bootstrap replicates (NaN for degenerate ones). */
    record WithReplicates(BrokenLineFit fit, double[] breakpoints) {
    }

    static WithReplicates withReplicates(List<DataPoint> points, SampleStatistic statistic, Branches branches,
            BootstrapOptions options) {
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(branches, "branches");
        Objects.requireNonNull(options, "options");
        Design design = Design.of(points, statistic);
        double[] x = design.logX();
        Solution s = solve(x, design.logY(), branches);
        if (s == null) {
            ConfidenceInterval none = ConfidenceInterval.undefined(options.confidence(), "no fit");
            return new WithReplicates(undefined(statistic.name(), branches, design.used, design.excluded, none,
                    tooFew(x.length, branches)), new double[0]);
        }
        double[][] reps = design.logReplicates(statistic, options);
        double[] c = new double[reps.length];
        int degenerate = 0;
        for (int b = 0; b < reps.length; b++) {
            Solution r = Design.defined(reps[b]) ? solve(x, reps[b], branches) : null;
            if (r == null) {
                degenerate++;
                c[b] = Double.NaN;
            } else {
                c[b] = r.c;
            }
        }
        String note = "";
        if (branches.leftFree() && branches.rightFree() && Math.abs(s.left - s.right) < 0.1) {
            note = String.format(Locale.ROOT, "the fitted slopes %.3f and %.3f nearly agree: the breakpoint is poorly"
                    + " determined", s.left, s.right);
        }
        return new WithReplicates(new BrokenLineFit(statistic.name(), branches, s.c, s.level, s.left, s.right,
                s.residualSd(x.length, branches), Bootstrap.percentile(c, options.confidence()), design.used,
                design.excluded, reps.length, degenerate, note), c);
    }

    private static BrokenLineFit undefined(String statistic, Branches branches, List<FitPoint> used,
            List<ExcludedPoint> excluded, ConfidenceInterval none, String note) {
        return new BrokenLineFit(statistic, branches, Double.NaN, Double.NaN, branches.leftSlope(),
                branches.rightSlope(), Double.NaN, none, used, excluded, 0, 0, note);
    }

    private static String tooFew(int n, Branches branches) {
        return "a broken line with " + branches + " needs at least " + branches.parameters()
                + " points with a defined statistic and enough on each side of the breakpoint; " + n + " available";
    }

    /** Whether a broken line was fitted. */
    public boolean isDefined() {
        return !Double.isNaN(breakpoint);
    }

    /** The design value {@code x = e^c} at the breakpoint. */
    public double breakpointX() {
        return Math.exp(breakpoint);
    }

    /** The fitted {@code log T} at {@code u = log x}. */
    public double valueAt(double u) {
        return level + (u <= breakpoint ? leftSlope : rightSlope) * (u - breakpoint);
    }

    /** A one-line summary for evidence traces. */
    public String summary() {
        if (!isDefined()) {
            return "no fit: " + note;
        }
        return String.format(Locale.ROOT, "breakpoint log x = %.4f [%.4f, %.4f] (x = %.4g), slopes %.4f | %.4f, "
                + "residual sd %.4f, %d points used, %d excluded", breakpoint, breakpointInterval.lower(),
                breakpointInterval.upper(), breakpointX(), leftSlope, rightSlope, residualSd, used.size(),
                excluded.size());
    }

    /** A fitted broken line. */
    private record Solution(double c, double level, double left, double right, double sse) {
        double residualSd(int n, Branches branches) {
            int dof = n - branches.parameters();
            return dof > 0 ? Math.sqrt(sse / dof) : Double.NaN;
        }
    }

    /** The least-squares broken line, or {@code null} when there are too few points. */
    private static Solution solve(double[] u, double[] y, Branches branches) {
        int n = u.length;
        if (n < branches.parameters()) {
            return null;
        }
        double[] sorted = u.clone();
        Arrays.sort(sorted);
        int a = branches.leftFree() ? 2 : 1;
        int b = branches.rightFree() ? 2 : 1;
        if (a - 1 > n - b) {
            return null;
        }
        double lo = sorted[a - 1];
        double hi = sorted[n - b];
        if (!(lo <= hi)) {
            return null;
        }
        double[] grid = new double[GRID + 1 + n];
        for (int i = 0; i <= GRID; i++) {
            grid[i] = lo + (hi - lo) * i / GRID;
        }
        System.arraycopy(sorted, 0, grid, GRID + 1, n);
        double[] candidates = Arrays.stream(grid).filter(c -> c >= lo && c <= hi).sorted().distinct().toArray();
        int best = -1;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int i = 0; i < candidates.length; i++) {
            double s = profile(u, y, branches, candidates[i])[0];
            if (s < bestSse) {
                bestSse = s;
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        double left = candidates[Math.max(0, best - 1)];
        double right = candidates[Math.min(candidates.length - 1, best + 1)];
        double c = golden(u, y, branches, left, right, candidates[best], bestSse);
        double[] p = profile(u, y, branches, c);
        if (!Double.isFinite(p[0])) {
            return null;
        }
        return new Solution(c, p[1], p[2], p[3], p[0]);
    }

    private static double golden(double[] u, double[] y, Branches branches, double lo, double hi, double best,
            double bestSse) {
        GoldenSection.Minimum m = GoldenSection.minimize(c -> profile(u, y, branches, c)[0], lo, hi,
                (a, b) -> !(b - a > 1e-13 * (1 + Math.abs(a))), GOLDEN_ITERATIONS);
        return m.value() <= bestSse ? m.x() : best;
    }

    /**
     * The least-squares fit for a fixed breakpoint {@code c}: {@code {SSE, level, leftSlope, rightSlope}}, with
     * {@code SSE = +∞} when the free parameters are not determined.
     */
    private static double[] profile(double[] u, double[] y, Branches branches, double c) {
        boolean lf = branches.leftFree();
        boolean rf = branches.rightFree();
        int p = 1 + (lf ? 1 : 0) + (rf ? 1 : 0);
        double[][] ata = new double[p][p];
        double[] atb = new double[p];
        double[] row = new double[p];
        for (int i = 0; i < u.length; i++) {
            double lower = Math.min(u[i] - c, 0);
            double upper = Math.max(u[i] - c, 0);
            double r = y[i] - (lf ? 0 : branches.leftSlope() * lower) - (rf ? 0 : branches.rightSlope() * upper);
            int k = 0;
            row[k++] = 1;
            if (lf) {
                row[k++] = lower;
            }
            if (rf) {
                row[k] = upper;
            }
            for (int j = 0; j < p; j++) {
                atb[j] += row[j] * r;
                for (int l = 0; l < p; l++) {
                    ata[j][l] += row[j] * row[l];
                }
            }
        }
        double[] beta = solveSymmetric(ata, atb);
        if (beta == null) {
            return new double[] {Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, Double.NaN};
        }
        double level = beta[0];
        double left = lf ? beta[1] : branches.leftSlope();
        double right = rf ? beta[lf ? 2 : 1] : branches.rightSlope();
        double sse = 0;
        for (int i = 0; i < u.length; i++) {
            double fit = level + (u[i] <= c ? left : right) * (u[i] - c);
            sse += (y[i] - fit) * (y[i] - fit);
        }
        return new double[] {sse, level, left, right};
    }

    /** Gaussian elimination with partial pivoting; {@code null} for a (numerically) singular system. */
    private static double[] solveSymmetric(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = Arrays.copyOf(m[i], n + 1);
            a[i][n] = v[i];
        }
        double scale = 0;
        for (double[] r : m) {
            for (double e : r) {
                scale = Math.max(scale, Math.abs(e));
            }
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            if (Math.abs(a[piv][col]) <= 1e-12 * scale) {
                return null;
            }
            double[] t = a[col];
            a[col] = a[piv];
            a[piv] = t;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int k = col; k <= n; k++) {
                    a[r][k] -= f * a[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
