package org.sgdx.checks.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.dynamics.phase.PhaseDiagram;
import org.sgdx.reference.dynamics.phase.PredictedExponent;
import org.sgdx.reference.dynamics.prediction.Kink;
import org.sgdx.reference.exact.Rationals;

/** Figures of a {@link PhaseDiagram} (MATH.md §10). */
public final class PhaseFigures {

    private PhaseFigures() {
    }

    /**
     * The phase diagram: the predicted {@code κ(q)} as a dashed line, the exponents measured on the limit dynamics as
     * points with their error estimates, the kinks as vertical markers.
     */
    public static Figure.Curves kappa(PhaseDiagram diagram, String name, String title) {
        PredictedExponent predicted = diagram.predicted();
        TreeSet<BigFraction> qs = new TreeSet<>(Rationals.ORDER);
        List<Figure.Point> measured = new ArrayList<>();
        for (PhaseDiagram.Ray r : diagram.rays()) {
            qs.add(r.q());
            double q = r.q().doubleValue();
            if (r.measured().isDefined()) {
                double v = r.measured().value();
                double e = r.measured().error();
                measured.add(new Figure.Point(q, v, v - e, v + e));
            }
        }
        for (Kink k : predicted.kinks()) {
            qs.add(k.q());
        }
        List<Figure.Point> line = new ArrayList<>();
        for (BigFraction q : qs) {
            if (predicted.applies(q)) {
                predicted.at(q).kappa().ifPresent(k -> line.add(Figure.Point.of(q.doubleValue(), k.doubleValue())));
            }
        }
        List<Figure.Marker> markers = new ArrayList<>();
        for (Kink k : predicted.kinks()) {
            markers.add(new Figure.Marker("kink q = " + Rationals.toString(k.q()), k.q().doubleValue()));
        }
        String ladder = String.format(Locale.ROOT, "d = %.0e ... %.0e", diagram.settings().ladder().get(0).doubleValue(),
                diagram.settings().ladder().get(diagram.settings().ladder().size() - 1).doubleValue());
        return new Figure.Curves(name, title, "q (eta = d^q)", "kappa = lim log T / log d",
                List.of(new Figure.Series("measured on the mean field, extrapolated (" + ladder + ")", measured)),
                List.of(new Figure.Series("predicted kappa(q) (MATH.md §6 min-formula)", line)), List.of(true),
                markers);
    }
}
