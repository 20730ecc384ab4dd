package org.sgdx.checks.claims;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A plot a claim asks for, as data; the report renders it as PNG and SVG ({@code org.sgdx.checks.report.Plots}).
 * Checks never draw: they describe.
 */
public sealed interface Figure permits Figure.LogLog, Figure.QuantileQuantile, Figure.PhaseDiagram, Figure.Curves {

    /** A file-name stem: lower-case letters, digits and hyphens. */
    String name();

    /** The title shown above the plot. */
    String title();

    /**
     * A data point with an optional vertical error bar.
     *
     * @param x the abscissa
     * @param y the ordinate
     * @param lower the lower end of the error bar, or NaN
     * @param upper the upper end of the error bar, or NaN
     */
    record Point(double x, double y, double lower, double upper) {

        /** A point without an error bar. */
        public static Point of(double x, double y) {
            return new Point(x, y, Double.NaN, Double.NaN);
        }

        /** Whether the point has an error bar. */
        public boolean hasErrorBar() {
            return !Double.isNaN(lower) && !Double.isNaN(upper);
        }
    }

    /**
     * A named series of points (e.g. the median hitting time of one algorithm against {@code d}).
     *
     * @param name the legend entry
     * @param points the points
     */
    record Series(String name, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            points = List.copyOf(points);
        }
    }

    /**
     * A straight line in log–log coordinates, {@code log y = intercept + slope · log x} (natural logarithms), or in
     * the plane of a phase diagram, {@code y = intercept + slope · x}; drawn across the range of the data.
     *
     * @param name the legend entry
     * @param slope the slope
     * @param intercept the intercept
     * @param predicted whether it is a prediction (drawn dashed) rather than a fit (drawn solid)
     */
    record Line(String name, double slope, double intercept, boolean predicted) {
        public Line {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A vertical marker (e.g. a predicted kink at {@code η ≍ d^{−1/2}}).
     *
     * @param label the label
     * @param x the abscissa, on the natural scale
     */
    record Marker(String label, double x) {
        public Marker {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * Series on logarithmic axes with fitted and predicted lines and vertical markers: hitting time against {@code d}
     * per algorithm, or against {@code η} with the predicted kinks.
     */
    record LogLog(String name, String title, String xLabel, String yLabel, List<Series> series, List<Line> lines,
            List<Marker> markers) implements Figure {
        public LogLog {
            checkName(name);
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(xLabel, "xLabel");
            Objects.requireNonNull(yLabel, "yLabel");
            series = List.copyOf(series);
            lines = List.copyOf(lines);
            markers = List.copyOf(markers);
        }
    }

    /**
     * A quantile–quantile plot of two samples with the diagonal {@code y = x}.
     *
     * @param logScale whether both axes are logarithmic (drawn linear when the quantiles span less than a decade,
     *     where a logarithmic axis would show no labelled tick)
     */
    record QuantileQuantile(String name, String title, String xLabel, String yLabel, List<Point> points,
            boolean logScale) implements Figure {
        public QuantileQuantile {
            checkName(name);
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(xLabel, "xLabel");
            Objects.requireNonNull(yLabel, "yLabel");
            points = List.copyOf(points);
        }
    }

    /**
     * A cell of a phase diagram.
     *
     * @param x the abscissa (e.g. {@code log d})
     * @param y the ordinate (e.g. {@code log η})
     * @param value the value shown by colour (e.g. the fitted local slope, or {@code log T})
     */
    record Cell(double x, double y, double value) {
    }

    /**
     * A heat map over a plane (e.g. {@code (log d, log η)}) with predicted boundary lines
     * {@code y = intercept + slope · x} drawn on it.
     */
    record PhaseDiagram(String name, String title, String xLabel, String yLabel, String valueLabel, List<Cell> cells,
            List<Line> boundaries) implements Figure {
        public PhaseDiagram {
            checkName(name);
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(xLabel, "xLabel");
            Objects.requireNonNull(yLabel, "yLabel");
            Objects.requireNonNull(valueLabel, "valueLabel");
            cells = List.copyOf(cells);
            boundaries = List.copyOf(boundaries);
        }
    }

    /**
     * Linear axes: measured points with vertical error bars, curves drawn as lines through their points (a
     * piecewise-linear prediction, dashed when {@code predicted}), and vertical markers (kinks). Used for the phase
     * diagram {@code κ(q)} of MATH.md §10.
     *
     * @param points the measured series, drawn as points with error bars
     * @param curves the series drawn as lines
     * @param predictedCurves for each curve, whether it is a prediction (dashed)
     */
    record Curves(String name, String title, String xLabel, String yLabel, List<Series> points, List<Series> curves,
            List<Boolean> predictedCurves, List<Marker> markers) implements Figure {
        public Curves {
            checkName(name);
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(xLabel, "xLabel");
            Objects.requireNonNull(yLabel, "yLabel");
            points = List.copyOf(points);
            curves = List.copyOf(curves);
            predictedCurves = List.copyOf(predictedCurves);
            markers = List.copyOf(markers);
            if (predictedCurves.size() != curves.size()) {
                throw new IllegalArgumentException("one predicted flag per curve");
            }
        }
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (!Pattern.matches("[a-z0-9]+(-[a-z0-9]+)*", name)) {
            throw new IllegalArgumentException("a figure name is lower-case words joined by '-', got '" + name + "'");
        }
    }
}
