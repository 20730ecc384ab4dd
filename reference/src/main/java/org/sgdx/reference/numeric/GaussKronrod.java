package org.sgdx.reference.numeric;

/**
 * The 15-point Gauss–Kronrod rule with its embedded 7-point Gauss rule on a finite interval, in double precision, for
 * vector integrands, with the error estimate of QUADPACK's {@code qk15} (Piessens et al., 1983): with {@code K} the
 * Kronrod and {@code G} the Gauss value, {@code err = asc · min(1, (200 |K − G| / asc)^{3/2})}, where {@code asc} is
 * the Kronrod integral of {@code |f − K/(b − a)|}, and at least {@code 50 ε} times the integral of {@code |f|}. The
 * Kronrod sum is exact for polynomials of degree {@code ≤ 22}, the Gauss sum for degree {@code ≤ 13}. The caller
 * evaluates the integrand at the 15 {@link #node nodes}, so it can reuse values across components.
 */
public final class GaussKronrod {

    /** Kronrod nodes on {@code [0, 1]}: odd indices are the Gauss nodes; the last is the centre. */
    private static final double[] XGK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0};
    private static final double[] WGK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    /** Gauss weights for {@code XGK[1]}, {@code XGK[3]}, {@code XGK[5]}, {@code XGK[7]}. */
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};
    private static final double EPS = Math.ulp(1.0);

    /** Number of evaluations per application. */
    public static final int POINTS = 15;

    private GaussKronrod() {
    }

    /**
     * Applies the rule on {@code [a, b]} to the values {@code f[j][i]} at {@link #node}{@code (a, b, j)},
     * {@code j = 0 .. 14}: adds the Kronrod estimate of component {@code i} to {@code sum[i]} and its error
     * estimate to {@code error[i]}.
     */
    public static void apply(double a, double b, double[][] f, double[] sum, double[] error) {
        double half = 0.5 * (b - a);
        double scale = Math.abs(half);
        int n = sum.length;
        for (int i = 0; i < n; i++) {
            double k = WGK[7] * f[7][i];
            double g = WG[3] * f[7][i];
            for (int j = 0; j < 7; j++) {
                double pair = f[j][i] + f[14 - j][i];
                k += WGK[j] * pair;
                if (j % 2 == 1) {
                    g += WG[j / 2] * pair;
                }
            }
            double mean = 0.5 * k;
            double asc = WGK[7] * Math.abs(f[7][i] - mean);
            double abs = WGK[7] * Math.abs(f[7][i]);
            for (int j = 0; j < 7; j++) {
                asc += WGK[j] * (Math.abs(f[j][i] - mean) + Math.abs(f[14 - j][i] - mean));
                abs += WGK[j] * (Math.abs(f[j][i]) + Math.abs(f[14 - j][i]));
            }
            double err = Math.abs((k - g) * scale);
            asc *= scale;
            abs *= scale;
            if (asc != 0 && err != 0) {
                err = asc * Math.min(1, Math.pow(200 * err / asc, 1.5));
            }
            err = Math.max(err, 50 * EPS * abs);
            sum[i] += k * half;
            error[i] += err;
        }
    }

    /** The {@code j}-th evaluation point on {@code [a, b]}, {@code j = 0 .. 14}, symmetric about the centre. */
    public static double node(double a, double b, int j) {
        double c = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        return j < 7 ? c - half * XGK[j] : j == 7 ? c : c + half * XGK[14 - j];
    }
}
