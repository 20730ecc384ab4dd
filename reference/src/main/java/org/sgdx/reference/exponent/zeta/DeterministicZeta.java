package org.sgdx.reference.exponent.zeta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.numeric.TanhSinh;

/**
 * {@code ζ_k} and {@code E_y[ζ_k(y)²]} for a deterministic link {@code y = σ(Z)} (MATH.md §3).
 *
 * <p>On the continuous part, {@code ζ_k(y) = Σ_i h_k(z_i) φ(z_i)/|σ'(z_i)| / Σ_i φ(z_i)/|σ'(z_i)|} over the
 * preimages {@code z_i} of {@code y} in the monotone pieces; a level {@code c} taken on flat pieces is an atom
 * with {@code ζ_k(c) = E[h_k(Z) | Z in the flat pieces at level c]}. The moment is computed as
 * {@code E_y[ζ_k²] = Σ_atoms P(y = c) ζ_k(c)² + Σ_pieces ∫ h_k(z) ζ_k(σ(z)) φ(z) dz}, the integral split at the
 * preimages of all critical values (where the set of preimages changes) and done by tanh-sinh quadrature.
 */
final class DeterministicZeta {

    private static final double TOLERANCE = 1e-15;
    private static final double ROUNDOFF = 64 * Math.ulp(1.0);

    private final LinkStructure structure;
    private final int maxK;

    DeterministicZeta(Expr sigma, int maxK) {
        this.maxK = maxK;
        this.structure = LinkStructure.analyse(sigma, Gaussian.truncation(maxK), "link", true);
    }

    LinkStructure structure() {
        return structure;
    }

    /** {@code E_y[ζ_k²]} for {@code k = 0 .. maxK} with error estimates. */
    MomentSums moments() {
        int n = maxK + 1;
        TanhSinh.Result acc = new TanhSinh.Result(n);
        double[] critical = structure.criticalValues();
        List<LinkStructure.Monotone> pieces = structure.monotone;
        for (LinkStructure.Monotone p : pieces) {
            List<Double> splits = new ArrayList<>();
            splits.add(p.a);
            for (double c : critical) {
                if (p.covers(c) && !LinkStructure.sameLevel(c, p.ya) && !LinkStructure.sameLevel(c, p.yb)) {
                    double z = p.preimage(c);
                    if (z > p.a && z < p.b) {
                        splits.add(z);
                    }
                }
            }
            splits.add(p.b);
            double[] s = splits.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            for (int i = 0; i + 1 < s.length; i++) {
                double u = s[i];
                double v = s[i + 1];
                if (!(v - u > 1e-14 * Math.max(1, Math.abs(u)))) {
                    continue;
                }
                double mid = 0.5 * (u + v);
                double ymid = structure.sigma.applyAsDouble(mid);
                List<LinkStructure.Monotone> others = new ArrayList<>();
                for (LinkStructure.Monotone q : pieces) {
                    if (q != p && q.covers(ymid)) {
                        others.add(q);
                    }
                }
                Integrand f = new Integrand(structure, p, others, n);
                int parts = (int) Math.ceil(v - u);
                for (int j = 0; j < parts; j++) {
                    double lo = j == 0 ? u : u + (v - u) * j / parts;
                    double hi = j == parts - 1 ? v : u + (v - u) * (j + 1) / parts;
                    TanhSinh.integrate(f, lo, hi, TOLERANCE, acc);
                }
            }
        }
        double[] value = acc.value().clone();
        double[] error = new double[n];
        double[] m = new double[n];
        for (LinkStructure.Level level : structure.levels) {
            level.moments(m);
            if (m[0] > 0) {
                value[0] += m[0];
                for (int k = 1; k < n; k++) {
                    value[k] += m[k] * m[k] / m[0];
                }
            }
        }
        double massDefect = Math.abs(1 - value[0]);
        for (int k = 0; k < n; k++) {
            error[k] = acc.error()[k] + ROUNDOFF * (acc.magnitude()[k] + Math.abs(value[k]))
                    + Gaussian.tailSquareMoment(k, structure.cut) + massDefect;
        }
        return new MomentSums(value, error);
    }

    /**
     * {@code ζ_k(y)} of the continuous part and its density {@code p(y) = Σ_i φ(z_i)/|σ'(z_i)|}: returns
     * {@code {density, ζ_k}}, with {@code ζ_k} NaN where the density is 0.
     */
    double[] continuous(double y, int k) {
        double[] h = new double[k + 1];
        double density = 0;
        double num = 0;
        double infiniteCount = 0;
        double infiniteSum = 0;
        for (LinkStructure.Monotone q : structure.monotone) {
            if (!q.covers(y)) {
                continue;
            }
            double z = q.preimage(y);
            if (Double.isNaN(z)) {
                continue;
            }
            Gaussian.hermite(z, h);
            double d = Math.abs(structure.derivative.applyAsDouble(z));
            double w = Gaussian.pdf(z) / d;
            if (Double.isInfinite(w)) {
                infiniteCount++;
                infiniteSum += h[k];
            } else {
                density += w;
                num += w * h[k];
            }
        }
        if (infiniteCount > 0) {
            return new double[] {Double.POSITIVE_INFINITY, infiniteSum / infiniteCount};
        }
        return new double[] {density, density > 0 ? num / density : Double.NaN};
    }

    /**
     * The integrand {@code h_k(z) φ(z) ζ_k(σ(z))}, {@code k = 0 .. K}, on a panel of the piece {@code P} with a
     * fixed set of other branches. Near an end {@code e} of {@code P} (a critical point, say), the other
     * preimages are found from the rise {@code σ(z) − σ(e)} computed from {@code σ'} and, for branches with an end
     * at the same level, as rises from that end: solving {@code σ(w) = σ(z)} directly would lose half the digits
     * of the branch weights there.
     */
    private static final class Integrand implements TanhSinh.Integrand {
        private final LinkStructure structure;
        private final LinkStructure.Monotone piece;
        private final List<LinkStructure.Monotone> others;
        /** For P's end a (index 0) and end b (index 1), per other branch: 1 or 2 if its end a or b is at that level. */
        private final int[][] anchors;
        private final double[] h;
        private final double[] hq;
        private final double[] num;

        Integrand(LinkStructure structure, LinkStructure.Monotone piece, List<LinkStructure.Monotone> others, int n) {
            this.structure = structure;
            this.piece = piece;
            this.others = others;
            this.anchors = new int[2][others.size()];
            for (int end = 0; end < 2; end++) {
                double c = end == 0 ? piece.ya : piece.yb;
                for (int i = 0; i < others.size(); i++) {
                    LinkStructure.Monotone q = others.get(i);
                    anchors[end][i] = LinkStructure.sameLevel(q.ya, c) ? 1 : LinkStructure.sameLevel(q.yb, c) ? 2 : 0;
                }
            }
            this.h = new double[n];
            this.hq = new double[n];
            this.num = new double[n];
        }

        @Override
        public void evaluate(double z, double[] out) {
            int n = out.length;
            Gaussian.hermite(z, h);
            double phi = Gaussian.pdf(z);
            if (others.isEmpty()) {
                for (int k = 0; k < n; k++) {
                    out[k] = h[k] * h[k] * phi;
                }
                return;
            }
            double y = structure.sigma.applyAsDouble(z);
            double d = Math.abs(structure.derivative.applyAsDouble(z));
            boolean fromA = z - piece.a <= piece.b - z;
            int end = fromA ? 0 : 1;
            double c = fromA ? piece.ya : piece.yb;
            double height = Double.NaN;
            if (Math.abs(z - (fromA ? piece.a : piece.b)) <= LinkStructure.NEAR) {
                height = piece.rise(structure.derivative, fromA, z);
            }
            System.arraycopy(h, 0, num, 0, n);
            double den = 1;
            double infinite = 0;
            for (int i = 0; i < others.size(); i++) {
                LinkStructure.Monotone q = others.get(i);
                double zq;
                if (Double.isNaN(height)) {
                    zq = q.preimage(y);
                } else if (anchors[end][i] != 0) {
                    zq = q.preimageFromEnd(structure.derivative, anchors[end][i] == 1, height);
                } else {
                    zq = q.preimage(c + height);
                }
                if (Double.isNaN(zq)) {
                    continue;
                }
                double dq = Math.abs(structure.derivative.applyAsDouble(zq));
                // relative weight of the branch: φ(zq)/|σ'(zq)| over φ(z)/|σ'(z)|
                double r = Math.exp(-0.5 * (zq - z) * (zq + z)) * d / dq;
                Gaussian.hermite(zq, hq);
                if (Double.isInfinite(r) || Double.isNaN(r)) {
                    if (infinite == 0) {
                        Arrays.fill(num, 0);
                    }
                    infinite++;
                    for (int k = 0; k < n; k++) {
                        num[k] += hq[k];
                    }
                    continue;
                }
                if (infinite == 0) {
                    den += r;
                    for (int k = 0; k < n; k++) {
                        num[k] += r * hq[k];
                    }
                }
            }
            double norm = infinite > 0 ? infinite : den;
            for (int k = 0; k < n; k++) {
                out[k] = h[k] * phi * num[k] / norm;
            }
        }
    }
}
