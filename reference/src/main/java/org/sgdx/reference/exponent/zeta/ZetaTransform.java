package org.sgdx.reference.exponent.zeta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.link.LabelModel;

/**
 * The function {@code ζ_k(y) = E[h_k(Z) | y]} (MATH.md §3) of one label model, sampled in double precision: its
 * values on a grid of {@code y} for the continuous part of the law of {@code y}, and its values at the atoms.
 * All values are {@link Certainty#ESTIMATE}s.
 *
 * @param model the label model
 * @param k the Hermite index
 * @param points the continuous part at the requested {@code y}
 * @param atoms the atoms of {@code y} (flat pieces of a deterministic link; {@code ±1} for binary labels),
 *     sorted by {@code y}
 */
public record ZetaTransform(LabelModel model, int k, List<Point> points, List<Atom> atoms) {

    /** Largest number of grid points accepted. */
    public static final int MAX_POINTS = 1_000_000;

    /**
     * {@code ζ_k} at a point of the continuous part.
     *
     * @param y the label value
     * @param density the density of the continuous part of the law of {@code y} at {@code y}
     *     ({@code Σ_i φ(z_i)/|σ'(z_i)|} for a deterministic link, infinite at a critical value); 0 where there is
     *     none
     * @param zeta {@code ζ_k(y)}, NaN where the density is 0
     */
    public record Point(double y, double density, double zeta) {
    }

    /**
     * {@code ζ_k} at an atom of the law of {@code y}.
     *
     * @param y the label value
     * @param mass {@code P(y = value)}
     * @param zeta {@code ζ_k(y) = E[h_k(Z) | y = value]}
     */
    public record Atom(double y, double mass, double zeta) {
    }

    public ZetaTransform {
        Objects.requireNonNull(model, "model");
        points = List.copyOf(points);
        atoms = List.copyOf(atoms);
    }

    /** {@link Certainty#ESTIMATE}: every value here is a double-precision numerical estimate. */
    public Certainty certainty() {
        return Certainty.ESTIMATE;
    }

    /**
     * {@code ζ_k} on {@code points} equally spaced values from {@code yMin} to {@code yMax} inclusive.
     *
     * @throws IllegalArgumentException if {@code k} is not in {@code [1, ZetaMoments.MAX_K]}, the bounds are not
     *     finite with {@code yMin < yMax}, or {@code points} is not in {@code [2, MAX_POINTS]}
     */
    public static ZetaTransform onGrid(LabelModel model, int k, double yMin, double yMax, int points) {
        if (!Double.isFinite(yMin) || !Double.isFinite(yMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("need finite yMin < yMax, got yMin = " + yMin + ", yMax = " + yMax);
        }
        checkPoints(points);
        double[] ys = new double[points];
        for (int i = 0; i < points; i++) {
            ys[i] = i == points - 1 ? yMax : yMin + (yMax - yMin) * i / (points - 1);
        }
        return at(model, k, ys);
    }

    /**
     * {@code ζ_k} on {@code points} equally spaced values covering (approximately) the central 99.9% of the law
     * of {@code y}: from a quantile grid of {@code Z} (and the normal law of the noise); {@code [−1, 1]} for
     * binary labels; widened by 1 on each side when the law is concentrated on one value.
     */
    public static ZetaTransform onDefaultGrid(LabelModel model, int k, int points) {
        Objects.requireNonNull(model, "model");
        ZetaMoments.checkIndex("k", k);
        checkPoints(points);
        double[] range;
        if (model instanceof LabelModel.Noisy noisy) {
            range = new NoisyZeta(noisy.link().expression(), noisy.tau().doubleValue(), k).centralRange(0.999);
        } else if (model instanceof LabelModel.Binary) {
            range = new double[] {-1, 1};
        } else {
            int m = 20000;
            double[] y = new double[m];
            for (int i = 0; i < m; i++) {
                y[i] = model.link().value(Gaussian.quantile((i + 0.5) / m));
            }
            Arrays.sort(y);
            range = new double[] {y[(int) (0.0005 * m)], y[(int) Math.ceil(0.9995 * m) - 1]};
        }
        if (!(range[1] > range[0])) {
            range = new double[] {range[0] - 1, range[0] + 1};
        }
        return onGrid(model, k, range[0], range[1], points);
    }

    /**
     * {@code ζ_k} at the given values of {@code y} (any order, finite).
     *
     * @throws IllegalArgumentException if {@code k} is out of range, a value is not finite, or there are more
     *     than {@code MAX_POINTS} values
     */
    public static ZetaTransform at(LabelModel model, int k, double... ys) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(ys, "ys");
        ZetaMoments.checkIndex("k", k);
        if (ys.length > MAX_POINTS) {
            throw new IllegalArgumentException("at most " + MAX_POINTS + " points, got " + ys.length);
        }
        for (double y : ys) {
            if (!Double.isFinite(y)) {
                throw new IllegalArgumentException("label values must be finite, got " + y);
            }
        }
        List<Point> pts = new ArrayList<>(ys.length);
        List<Atom> atoms = new ArrayList<>();
        if (model instanceof LabelModel.Deterministic d) {
            DeterministicZeta engine = new DeterministicZeta(d.link().expression(), k);
            for (double y : ys) {
                double[] v = engine.continuous(y, k);
                pts.add(new Point(y, v[0], v[1]));
            }
            double[] m = new double[k + 1];
            for (LinkStructure.Level level : engine.structure().levels) {
                level.moments(m);
                if (m[0] > 0) {
                    atoms.add(new Atom(level.value(), m[0], m[k] / m[0]));
                }
            }
        } else if (model instanceof LabelModel.Noisy noisy) {
            double[][] v = new NoisyZeta(noisy.link().expression(), noisy.tau().doubleValue(), k).transform(k, ys);
            for (int i = 0; i < ys.length; i++) {
                pts.add(new Point(ys[i], v[i][0], v[i][1]));
            }
        } else if (model instanceof LabelModel.Binary b) {
            BinaryZeta engine = new BinaryZeta(b.link().expression(), k);
            for (double y : ys) {
                pts.add(new Point(y, 0, Double.NaN));
            }
            if (engine.probabilityMinus() > 0) {
                atoms.add(new Atom(-1, engine.probabilityMinus(), engine.zetaMinus(k)));
            }
            if (engine.probabilityPlus() > 0) {
                atoms.add(new Atom(1, engine.probabilityPlus(), engine.zetaPlus(k)));
            }
        } else {
            throw new IllegalArgumentException("unsupported label model " + model.kind());
        }
        return new ZetaTransform(model, k, pts, atoms);
    }

    private static void checkPoints(int points) {
        if (points < 2 || points > MAX_POINTS) {
            throw new IllegalArgumentException("points must be in [2, " + MAX_POINTS + "], got " + points);
        }
    }
}
