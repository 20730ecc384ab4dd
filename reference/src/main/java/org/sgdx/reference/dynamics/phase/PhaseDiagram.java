package org.sgdx.reference.dynamics.phase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.prediction.Kink;
import org.sgdx.reference.exact.Rationals;

/**
 * The phase diagram of an update rule in the limit {@code d → ∞} (MATH.md §10): on each learning-rate ray
 * {@code η = d^q}, the predicted exponent {@code κ(q)} ({@link PredictedExponent}) against the exponent measured on the
 * mean-field hitting time with the optimal γ ({@link MeanFieldTimes}) along a geometric ladder of {@code d}
 * ({@link LocalExponents}); and for each kink {@code q_c}, the boundary {@code η_c(d)} located on the mean-field curve
 * at each rung, with the exponent of {@code log η_c} against {@code log d}.
 *
 * <p><b>Definition of {@code η_c(d)}.</b> At fixed {@code d}, each side of a kink is a branch
 * {@code ln T ≈ a + b ln η}. The branch below is the secant of {@code ln T_MF} against {@code ln η} through
 * {@code q_c − 2δ} and {@code q_c − δ}, the branch above the secant through {@code q_c + δ} and {@code q_c + 2δ}
 * ({@code η = d^q}); {@code η_c(d)} is where the two lines cross. It is defined when the slope turns the way the
 * prediction turns (down at a kink where {@code κ} becomes steeper, up where it flattens). {@code δ = min(1/8, g/4)},
 * {@code g} the distance to
 * the nearest other kink or to the end of the range where the formula applies, so all four points lie inside the two
 * regimes. Both slopes are measured, not taken from the prediction. A kink at the end of that range (e.g. the
 * {@code η ≍ 1} kink of alternating SGD on a link with {@code p = 1}, where the next branch starts only at
 * {@code q = 0}) has no regime above it to measure, and no boundary.
 *
 * <p><b>Branch windows.</b> When the coefficient {@code μ_i(η)} of the branch above a kink has a positive zero
 * {@code η_0} (alternating He3 with the squared loss: {@code μ_2 = 324η − 215784η²}, {@code η_0 = 1/666}), that branch
 * exists at fixed {@code d} only for {@code η_c(d) < η < η_0}. The diagram reports {@code η_0} and, at each rung, the
 * window and the mean-field time at {@code η_0/2, 9η_0/10, η_0, 11η_0/10}.
 *
 * <p>Results do not depend on the number of threads. Immutable.
 */
public final class PhaseDiagram {

    /** Listens to the progress of a computation (called from worker threads). */
    @FunctionalInterface
    public interface Progress {
        void done(int completed, int total);

        /** A listener that ignores progress. */
        static Progress none() {
            return (c, t) -> { };
        }
    }

    /**
     * What to compute.
     *
     * @param qs the ray exponents, each where the formula applies
     * @param ladder the dimensions, {@code ≥ 3}, strictly increasing, at least 3 of them
     * @param threads the number of worker threads, {@code ≥ 1}
     */
    public record Settings(List<BigFraction> qs, List<BigFraction> ladder, int threads) {
        public Settings {
            qs = List.copyOf(qs);
            ladder = List.copyOf(ladder);
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
        }
    }

    /**
     * One ray {@code η = d^q}.
     *
     * @param q the ray exponent
     * @param predicted {@code κ(q)} and its regime
     * @param points the mean-field times on the ladder
     * @param steps the local exponents between consecutive rungs of the top run of finite times
     * @param measured the extrapolated exponent
     */
    public record Ray(BigFraction q, PredictedExponent.AtRay predicted, List<RayPoint> points,
            List<LocalExponents.Step> steps, LocalExponents.Limit measured) {
    }

    /**
     * {@code η_c} at one rung.
     *
     * @param d the dimension
     * @param etaC the crossing of the two branch secants, NaN when undefined
     * @param slopeBelow the slope of {@code ln T} in {@code ln η} below the kink
     * @param slopeAbove the slope above
     * @param reason why {@code etaC} is undefined, empty otherwise
     */
    public record BoundaryPoint(BigFraction d, double etaC, double slopeBelow, double slopeAbove, String reason) {
        public boolean isDefined() {
            return Double.isFinite(etaC) && etaC > 0;
        }
    }

    /**
     * A phase boundary.
     *
     * @param kink the predicted kink (exact)
     * @param delta the offset {@code δ} of the secant points
     * @param points {@code η_c(d)} on the ladder
     * @param steps the local exponents of {@code η_c} in {@code d}
     * @param measured the extrapolated exponent, to compare with {@code kink.q()}
     */
    public record Boundary(Kink kink, BigFraction delta, List<BoundaryPoint> points, List<LocalExponents.Step> steps,
            LocalExponents.Limit measured) {
    }

    /**
     * The branch above a kink where its coefficient {@code μ_i(η)} has a positive zero.
     *
     * @param kink the kink below the branch
     * @param index {@code i}
     * @param zero the smallest positive zero {@code η_0}
     * @param zeroExact whether {@code zero} is exact (otherwise a 30-digit estimate)
     * @param rows one row per rung
     */
    public record BranchWindow(Kink kink, int index, BigFraction zero, boolean zeroExact, List<WindowRow> rows) {
    }

    /**
     * The branch window at one rung.
     *
     * @param d the dimension
     * @param etaC {@code η_c(d)} (NaN when undefined)
     * @param open whether {@code η_c(d) < η_0}
     * @param nearZero the mean-field times at {@code η_0/2, 9η_0/10, η_0, 11η_0/10}
     */
    public record WindowRow(BigFraction d, double etaC, boolean open, List<RayPoint> nearZero) {
    }

    /** The multiples of {@code η_0} at which windows are probed. */
    public static final List<BigFraction> NEAR_ZERO = List.of(BigFraction.of(1, 2), BigFraction.of(9, 10),
            BigFraction.ONE, BigFraction.of(11, 10));

    private final PredictedExponent predicted;
    private final MeanFieldTimes times;
    private final Settings settings;
    private final List<Ray> rays;
    private final List<Boundary> boundaries;
    private final List<BranchWindow> windows;
    private final int evaluations;

    private PhaseDiagram(PredictedExponent predicted, MeanFieldTimes times, Settings settings, List<Ray> rays,
            List<Boundary> boundaries, List<BranchWindow> windows, int evaluations) {
        this.predicted = predicted;
        this.times = times;
        this.settings = settings;
        this.rays = rays;
        this.boundaries = boundaries;
        this.windows = windows;
        this.evaluations = evaluations;
    }

    /**
     * Checks the settings against the prediction without computing anything.
     *
     * @throws IllegalArgumentException naming the offending {@code q} or rung
     */
    public static void validate(PredictedExponent predicted, Settings settings) {
        if (settings.qs().isEmpty()) {
            throw new IllegalArgumentException("the ray grid has no q");
        }
        for (BigFraction q : settings.qs()) {
            if (!predicted.applies(q)) {
                throw new IllegalArgumentException(predicted.whyNot(q));
            }
        }
        List<BigFraction> ladder = settings.ladder();
        if (ladder.size() < 3) {
            throw new IllegalArgumentException("the d ladder needs at least 3 rungs (2 local exponents), got "
                    + ladder.size());
        }
        for (int j = 0; j < ladder.size(); j++) {
            BigFraction d = ladder.get(j);
            if (Rationals.compare(d, BigFraction.of(3)) < 0) {
                throw new IllegalArgumentException("every rung of the d ladder must be >= 3, got " + show(d));
            }
            if (Rationals.compare(d, org.sgdx.reference.dynamics.meanfield.MeanField.MAX_DIMENSION) > 0) {
                throw new IllegalArgumentException("every rung of the d ladder must be <= 1e300 (the optimal-gamma"
                        + " search of the mean field), got " + show(d));
            }
            if (j > 0 && Rationals.compare(d, ladder.get(j - 1)) <= 0) {
                throw new IllegalArgumentException("the d ladder must be strictly increasing: " + show(ladder.get(j - 1))
                        + " is followed by " + show(d));
            }
        }
    }

    /**
     * Computes the phase diagram.
     *
     * @throws IllegalArgumentException if the settings are invalid ({@link #validate})
     * @throws InterruptedException if interrupted while waiting for the workers
     */
    public static PhaseDiagram compute(PredictedExponent predicted, MeanFieldTimes times, Settings settings,
            Progress progress) throws InterruptedException {
        Objects.requireNonNull(progress, "progress");
        validate(predicted, settings);
        List<BigFraction> ladder = settings.ladder();
        boolean online = predicted.algorithm() == Algorithm.ONLINE;
        Map<BigFraction, PredictedExponent.AtRay> rayPredictions = new LinkedHashMap<>();
        for (BigFraction q : settings.qs()) {
            rayPredictions.put(Rationals.normalised(q), predicted.at(q));
        }
        Map<Kink, BigFraction> deltas = new LinkedHashMap<>();
        if (!online) {
            List<Kink> kinks = predicted.kinks();
            for (int k = 0; k < kinks.size(); k++) {
                BigFraction gap = BigFraction.of(1, 2);
                if (k > 0) {
                    gap = min(gap, kinks.get(k).q().subtract(kinks.get(k - 1).q()));
                }
                if (k + 1 < kinks.size()) {
                    gap = min(gap, kinks.get(k + 1).q().subtract(kinks.get(k).q()));
                }
                if (predicted.end().isPresent()) {
                    gap = min(gap, predicted.end().get().subtract(kinks.get(k).q()));
                }
                BigFraction delta = Rationals.normalised(gap.divide(4));
                if (delta.signum() > 0 && predicted.applies(kinks.get(k).q().add(delta.multiply(2)))) {
                    deltas.put(kinks.get(k), delta);
                }
            }
        }
        List<BigFraction> allQs = new ArrayList<>(rayPredictions.keySet());
        deltas.forEach((kink, delta) -> {
            for (int s : new int[] {-2, -1, 1, 2}) {
                BigFraction q = Rationals.normalised(kink.q().add(delta.multiply(s)));
                if (!allQs.contains(q)) {
                    allQs.add(q);
                }
            }
        });
        List<PendingWindow> pendingWindows = new ArrayList<>();
        if (!online) {
            for (Kink kink : predicted.kinks()) {
                if (kink.after() > 0) {
                    BranchZero.smallestPositive(times.coefficients().mu(kink.after()))
                            .ifPresent(z -> pendingWindows.add(new PendingWindow(kink, kink.after(), z)));
                }
            }
        }

        int threads = settings.threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sgdx-phase");
            t.setDaemon(true);
            return t;
        });
        int total = allQs.size() * ladder.size() + pendingWindows.size() * ladder.size() * NEAR_ZERO.size();
        AtomicInteger completed = new AtomicInteger();
        try {
            Map<BigFraction, List<Future<RayPoint>>> onRays = new LinkedHashMap<>();
            for (BigFraction q : allQs) {
                List<Future<RayPoint>> row = new ArrayList<>();
                for (BigFraction d : ladder) {
                    row.add(pool.submit(() -> counted(times.onRay(q, d), completed, total, progress)));
                }
                onRays.put(q, row);
            }
            List<List<List<Future<RayPoint>>>> windowFutures = new ArrayList<>();
            for (PendingWindow w : pendingWindows) {
                List<List<Future<RayPoint>>> perRung = new ArrayList<>();
                for (BigFraction d : ladder) {
                    List<Future<RayPoint>> near = new ArrayList<>();
                    for (BigFraction f : NEAR_ZERO) {
                        BigFraction eta = w.zero().value().multiply(f);
                        near.add(pool.submit(() -> counted(times.at(eta, d), completed, total, progress)));
                    }
                    perRung.add(near);
                }
                windowFutures.add(perRung);
            }
            Map<BigFraction, List<RayPoint>> values = new LinkedHashMap<>();
            for (Map.Entry<BigFraction, List<Future<RayPoint>>> e : onRays.entrySet()) {
                values.put(e.getKey(), collect(e.getValue()));
            }
            List<Ray> rays = new ArrayList<>();
            rayPredictions.forEach((q, at) -> rays.add(ray(q, at, values.get(q))));
            List<Boundary> boundaries = new ArrayList<>();
            deltas.forEach((kink, delta) -> boundaries.add(boundary(kink, delta, turn(predicted, kink, delta), ladder,
                    values)));
            List<BranchWindow> windows = new ArrayList<>();
            for (int w = 0; w < pendingWindows.size(); w++) {
                PendingWindow p = pendingWindows.get(w);
                Boundary b = boundaries.stream().filter(x -> x.kink().equals(p.kink())).findFirst().orElseThrow();
                List<WindowRow> rows = new ArrayList<>();
                for (int j = 0; j < ladder.size(); j++) {
                    double etaC = b.points().get(j).etaC();
                    rows.add(new WindowRow(ladder.get(j), etaC, etaC < p.zero().value().doubleValue(),
                            collect(windowFutures.get(w).get(j))));
                }
                windows.add(new BranchWindow(p.kink(), p.index(), p.zero().value(), p.zero().exact(), List.copyOf(rows)));
            }
            return new PhaseDiagram(predicted, times, settings, List.copyOf(rays), List.copyOf(boundaries),
                    List.copyOf(windows), total);
        } finally {
            pool.shutdownNow();
        }
    }

    private record PendingWindow(Kink kink, int index, BranchZero zero) {
    }

    private static RayPoint counted(RayPoint p, AtomicInteger completed, int total, Progress progress) {
        progress.done(completed.incrementAndGet(), total);
        return p;
    }

    private static List<RayPoint> collect(List<Future<RayPoint>> futures) throws InterruptedException {
        List<RayPoint> out = new ArrayList<>();
        for (Future<RayPoint> f : futures) {
            try {
                out.add(f.get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
        return List.copyOf(out);
    }

    private static Ray ray(BigFraction q, PredictedExponent.AtRay at, List<RayPoint> points) {
        LocalExponents.Along along = LocalExponents.along(points);
        return new Ray(q, at, points, along.steps(), along.limit());
    }

    /** The sign of the predicted change of slope at the kink: −1 when {@code κ} turns down, +1 when it turns up. */
    private static int turn(PredictedExponent predicted, Kink kink, BigFraction delta) {
        BigFraction at = predicted.at(kink.q()).kappa().orElseThrow();
        BigFraction left = at.subtract(predicted.at(kink.q().subtract(delta)).kappa().orElseThrow());
        BigFraction right = predicted.at(kink.q().add(delta)).kappa().orElseThrow().subtract(at);
        return Integer.signum(Rationals.compare(right, left));
    }

    private static Boundary boundary(Kink kink, BigFraction delta, int turn, List<BigFraction> ladder,
            Map<BigFraction, List<RayPoint>> values) {
        BigFraction q = kink.q();
        List<RayPoint> b2 = values.get(Rationals.normalised(q.subtract(delta.multiply(2))));
        List<RayPoint> b1 = values.get(Rationals.normalised(q.subtract(delta)));
        List<RayPoint> a1 = values.get(Rationals.normalised(q.add(delta)));
        List<RayPoint> a2 = values.get(Rationals.normalised(q.add(delta.multiply(2))));
        List<BoundaryPoint> points = new ArrayList<>();
        for (int j = 0; j < ladder.size(); j++) {
            points.add(crossing(ladder.get(j), turn, b2.get(j), b1.get(j), a1.get(j), a2.get(j)));
        }
        int first = points.size();
        while (first > 0 && points.get(first - 1).isDefined()) {
            first--;
        }
        int n = points.size() - first;
        double[] lnD = new double[n];
        double[] lnEta = new double[n];
        double[] rel = new double[n];
        for (int j = 0; j < n; j++) {
            BoundaryPoint p = points.get(first + j);
            lnD[j] = Logs.ln(p.d());
            lnEta[j] = Math.log(p.etaC());
            RayPoint[] used = {b2.get(first + j), b1.get(first + j), a1.get(first + j), a2.get(first + j)};
            double worst = 0;
            for (RayPoint r : used) {
                worst = Math.max(worst, r.relativeError());
            }
            double widthBelow = Logs.ln(used[1].eta()) - Logs.ln(used[0].eta());
            double widthAbove = Logs.ln(used[3].eta()) - Logs.ln(used[2].eta());
            // ln η_c = (c_above − c_below)/(b_below − b_above): each ln T off by `worst` moves each secant slope by
            // at most 2·worst/width and each intercept by worst + |ln η|·2·worst/width
            double slopeError = 2 * worst / Math.min(widthBelow, widthAbove);
            double gap = p.slopeBelow() - p.slopeAbove();
            rel[j] = (2 * (worst + Math.abs(lnEta[j]) * slopeError) + Math.abs(lnEta[j]) * 2 * slopeError) / Math.abs(gap);
        }
        List<LocalExponents.Step> steps = LocalExponents.steps(lnD, lnEta, rel);
        LocalExponents.Limit limit = n == 0 ? LocalExponents.Limit.undefined(0, "eta_c is undefined at every rung: "
                + points.get(points.size() - 1).reason()) : first > 0 && n < 3
                ? LocalExponents.Limit.undefined(steps.size(), "eta_c is defined only at the top " + n + " rungs"
                        + " (below: " + points.get(first - 1).reason() + ")")
                : LocalExponents.extrapolate(steps);
        return new Boundary(kink, delta, List.copyOf(points), steps, limit);
    }

    private static BoundaryPoint crossing(BigFraction d, int turn, RayPoint b2, RayPoint b1, RayPoint a1, RayPoint a2) {
        for (RayPoint p : new RayPoint[] {b2, b1, a1, a2}) {
            if (!p.isFinite()) {
                return new BoundaryPoint(d, Double.NaN, Double.NaN, Double.NaN, "no finite mean-field time at eta = "
                        + String.format(java.util.Locale.ROOT, "%.4g", p.eta().doubleValue()) + ": " + p.reason());
            }
        }
        double xb2 = Logs.ln(b2.eta());
        double xb1 = Logs.ln(b1.eta());
        double xa1 = Logs.ln(a1.eta());
        double xa2 = Logs.ln(a2.eta());
        double below = (b1.logTime() - b2.logTime()) / (xb1 - xb2);
        double above = (a2.logTime() - a1.logTime()) / (xa2 - xa1);
        if (!(Math.signum(above - below) == turn)) {
            return new BoundaryPoint(d, Double.NaN, below, above, String.format(java.util.Locale.ROOT,
                    "no kink of the predicted kind: the slope in log eta does not turn %s (%.4g below, %.4g above)",
                    turn < 0 ? "down" : "up", below, above));
        }
        double interceptBelow = b1.logTime() - below * xb1;
        double interceptAbove = a1.logTime() - above * xa1;
        double lnEtaC = (interceptAbove - interceptBelow) / (below - above);
        return new BoundaryPoint(d, Math.exp(lnEtaC), below, above, "");
    }

    private static BigFraction min(BigFraction a, BigFraction b) {
        return Rationals.compare(a, b) <= 0 ? a : b;
    }

    private static String show(BigFraction d) {
        return Rationals.toString(d);
    }

    public PredictedExponent predicted() {
        return predicted;
    }

    public MeanFieldTimes times() {
        return times;
    }

    public Settings settings() {
        return settings;
    }

    /** The rays, in the order of the settings. */
    public List<Ray> rays() {
        return rays;
    }

    /** One boundary per predicted kink inside the range, in increasing order of {@code q_c}. */
    public List<Boundary> boundaries() {
        return boundaries;
    }

    /** The number of mean-field hitting times computed (each distinct {@code (η, d)} once). */
    public int evaluations() {
        return evaluations;
    }

    /** The branch windows (kinks whose upper branch coefficient has a positive zero in η). */
    public List<BranchWindow> windows() {
        return windows;
    }

    /** The default ray grid: every kink, and points at distance 1/4 and 1/2 on both sides, inside the range. */
    public static List<BigFraction> defaultQs(PredictedExponent predicted) {
        List<BigFraction> out = new ArrayList<>();
        List<Kink> kinks = predicted.kinks();
        if (kinks.isEmpty()) {
            out.add(BigFraction.of(-1, 2));
            return out;
        }
        BigFraction lo = kinks.get(0).q().subtract(BigFraction.of(1, 2));
        BigFraction hi = predicted.end().map(e -> e.subtract(BigFraction.of(1, 8)))
                .orElse(kinks.get(kinks.size() - 1).q().add(BigFraction.of(1, 2)));
        for (BigFraction q = lo; Rationals.compare(q, hi) <= 0; q = q.add(BigFraction.of(1, 4))) {
            out.add(Rationals.normalised(q));
        }
        if (Rationals.compare(out.get(out.size() - 1), hi) < 0 && predicted.applies(hi)) {
            out.add(Rationals.normalised(hi));
        }
        return out;
    }

    /** The default ladder {@code d = 10^4, 10^8, …, 10^48}. */
    public static List<BigFraction> defaultLadder() {
        List<BigFraction> out = new ArrayList<>();
        for (int k = 4; k <= 48; k += 4) {
            out.add(BigFraction.of(java.math.BigInteger.TEN.pow(k)));
        }
        return out;
    }
}
