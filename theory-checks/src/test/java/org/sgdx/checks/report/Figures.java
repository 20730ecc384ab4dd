package org.sgdx.checks.report;

import java.util.ArrayList;
import java.util.List;
import org.sgdx.checks.claims.Figure;

/** Example figures of each kind, shaped like the audit's plots. */
final class Figures {

    private Figures() {
    }

    /** Median hitting time against d for two algorithms, with fitted and predicted lines. */
    static Figure.LogLog hittingTimeVsD() {
        List<Figure.Point> online = new ArrayList<>();
        List<Figure.Point> alternating = new ArrayList<>();
        for (double d : new double[] {100, 200, 400, 800, 1600}) {
            online.add(new Figure.Point(d, 0.5 * d * d, 0.45 * d * d, 0.56 * d * d));
            alternating.add(new Figure.Point(d, 3 * d, 2.7 * d, 3.4 * d));
        }
        return new Figure.LogLog("hitting-time-vs-d", "Median hitting time of He3 against d", "d",
                "median hitting time T", List.of(new Figure.Series("online SGD", online),
                        new Figure.Series("alternating SGD, eta = 1", alternating)),
                List.of(new Figure.Line("online fit", 2.01, Math.log(0.49), false),
                        new Figure.Line("online, T ~ d^2", 2, Math.log(0.5), true),
                        new Figure.Line("alternating, T ~ d", 1, Math.log(3), true)),
                List.of());
    }

    /** Median hitting time against η with predicted kinks. */
    static Figure.LogLog hittingTimeVsEta() {
        List<Figure.Point> pts = new ArrayList<>();
        double d = 400;
        for (int i = 0; i <= 8; i++) {
            double eta = Math.pow(10, -2.5 + 0.25 * i);
            pts.add(Figure.Point.of(eta, Math.min(d * d, d / (eta * eta))));
        }
        return new Figure.LogLog("hitting-time-vs-eta", "Alternating SGD, He3, d = 400: T against η", "η",
                "median hitting time T", List.of(new Figure.Series("d = 400", pts)),
                List.of(new Figure.Line("flat branch", 0, Math.log(d * d), true),
                        new Figure.Line("η^-2 branch", -2, Math.log(d), true)),
                List.of(new Figure.Marker("η = 1/√d", Math.pow(d, -0.5))));
    }

    /** A phase diagram over (log d, log η) with the predicted boundary log η = −(1/2) log d. */
    static Figure.PhaseDiagram phaseDiagram() {
        List<Figure.Cell> cells = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double logD = Math.log(100) + i * Math.log(2);
            for (int j = 0; j < 10; j++) {
                double logEta = -6 + 0.5 * j;
                double slope = logEta < -0.5 * logD ? 2 : 1;
                cells.add(new Figure.Cell(logD, logEta, slope));
            }
        }
        return new Figure.PhaseDiagram("phase-diagram", "Local exponent of T in d", "log d", "log η",
                "d-exponent of T", cells, List.of(new Figure.Line("η_c = d^-1/2", -0.5, 0, true)));
    }

    /** Reduced against full quantiles. */
    static Figure.QuantileQuantile quantiles() {
        List<Figure.Point> pts = new ArrayList<>();
        for (int j = 1; j <= 20; j++) {
            double q = 1000 * Math.exp(j / 10.0);
            pts.add(Figure.Point.of(q, q * (1 + 0.02 * Math.sin(j))));
        }
        return new Figure.QuantileQuantile("reduced-vs-full", "Hitting times: reduced chain against full simulation",
                "full engine quantile", "reduced engine quantile", pts, true);
    }
}
