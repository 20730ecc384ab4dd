package org.sgdx.checks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.sgdx.checks.claims.Figure;

/**
 * Draws the {@link Figure}s of claims with JFreeChart and writes each as PNG and SVG (JFreeSVG). Works headless
 * ({@code java.awt.headless=true}); text needs a font, e.g. Debian's {@code fonts-dejavu-core} with
 * {@code fontconfig}.
 *
 * <ul>
 *   <li>{@link Figure.LogLog}: logarithmic axes, points with vertical error bars, fitted lines solid and predicted
 *       lines dashed ({@code y = e^intercept x^slope}), vertical markers (predicted kinks).</li>
 *   <li>{@link Figure.QuantileQuantile}: the pairs and the diagonal {@code y = x}.</li>
 *   <li>{@link Figure.PhaseDiagram}: a heat map of the cells with the predicted boundaries drawn on it.</li>
 * </ul>
 */
public final class Plots {

    /** Width of the images, in pixels. */
    public static final int WIDTH = 800;
    /** Height of the images, in pixels. */
    public static final int HEIGHT = 560;

    /** Series colours (Tableau 10 without its yellow), distinguishable on white. */
    private static final Color[] PALETTE = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
        new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
        new Color(127, 127, 127), new Color(23, 190, 207)};
    private static final BasicStroke SOLID = new BasicStroke(2f);
    /** Fitted lines: wide enough that a dashed prediction drawn on top of one remains distinguishable. */
    private static final BasicStroke FIT = new BasicStroke(6f);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 6f}, 0f);

    private Plots() {
    }

    /**
     * Writes {@code <name>.png} and {@code <name>.svg} into {@code directory} (created if needed).
     *
     * @return the two files
     */
    public static List<Path> write(Figure figure, Path directory) throws IOException {
        return write(figure, directory, figure.name());
    }

    /**
     * Writes {@code <stem>.png} and {@code <stem>.svg} into {@code directory} (created if needed).
     *
     * @return the two files
     */
    public static List<Path> write(Figure figure, Path directory, String stem) throws IOException {
        Files.createDirectories(directory);
        JFreeChart chart = chart(figure);
        Path png = directory.resolve(stem + ".png");
        Path svg = directory.resolve(stem + ".svg");
        write(chart, png);
        write(chart, svg);
        return List.of(png, svg);
    }

    /**
     * Writes one image, PNG or SVG by the file's extension.
     *
     * @throws IllegalArgumentException if the name ends in neither {@code .png} nor {@code .svg}
     */
    public static void writeImage(Figure figure, Path file) throws IOException {
        write(chart(figure), file);
    }

    private static void write(JFreeChart chart, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".png")) {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        } else if (name.endsWith(".svg")) {
            SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
            chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
            SVGUtils.writeToSVG(file.toFile(), g2.getSVGElement());
        } else {
            throw new IllegalArgumentException("a figure is written as .png or .svg, got " + file.getFileName());
        }
    }

    /** The chart of a figure. */
    public static JFreeChart chart(Figure figure) {
        if (figure instanceof Figure.LogLog f) {
            return logLog(f);
        }
        if (figure instanceof Figure.QuantileQuantile f) {
            return quantileQuantile(f);
        }
        if (figure instanceof Figure.Curves f) {
            return curves(f);
        }
        return phaseDiagram((Figure.PhaseDiagram) figure);
    }

    private static JFreeChart logLog(Figure.LogLog f) {
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (Figure.Series s : f.series()) {
            YIntervalSeries ys = new YIntervalSeries(s.name());
            for (Figure.Point p : s.points()) {
                if (!(p.x() > 0 && p.y() > 0) || !Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                    continue;
                }
                double lo = p.hasErrorBar() && p.lower() > 0 ? p.lower() : p.y();
                double hi = p.hasErrorBar() && Double.isFinite(p.upper()) ? p.upper() : p.y();
                ys.add(p.x(), p.y(), lo, hi);
                xMin = Math.min(xMin, p.x());
                xMax = Math.max(xMax, p.x());
            }
            points.addSeries(ys);
        }
        for (Figure.Marker m : f.markers()) {
            if (m.x() > 0) {
                xMin = Math.min(xMin, m.x());
                xMax = Math.max(xMax, m.x());
            }
        }
        XYErrorRenderer pointRenderer = new XYErrorRenderer();
        pointRenderer.setDrawXError(false);
        pointRenderer.setDefaultLinesVisible(false);
        pointRenderer.setDefaultShapesVisible(true);
        int rings = 0;
        for (int i = 0; i < f.series().size(); i++) {
            pointRenderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            if (f.series().get(i).points().stream().noneMatch(Figure.Point::hasErrorBar)) {
                // series without error bars (predictions) as rings of three sizes, so that a prediction drawn on a
                // measurement, or on another prediction, leaves both visible
                double r = 6 + 2.5 * (rings++ % 3);
                pointRenderer.setSeriesShape(i, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
                pointRenderer.setSeriesShapesFilled(i, false);
                pointRenderer.setSeriesStroke(i, SOLID);
            }
        }
        ValueAxis x = logAxis(f.xLabel());
        ValueAxis y = logAxis(f.yLabel());
        XYPlot plot = new XYPlot(points, x, y, pointRenderer);
        if (xMin <= xMax) {
            XYSeriesCollection lines = new XYSeriesCollection();
            XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
            // predictions first: the plot draws series in reverse order, so they lie on top of the fits, and a
            // fit is a wide translucent band, so that a prediction equal to it stays visible as a dashed line on it
            List<Figure.Line> ordered = new ArrayList<>(f.lines());
            ordered.sort(Comparator.comparing(l -> !l.predicted()));
            int i = 0;
            for (Figure.Line l : ordered) {
                XYSeries s = new XYSeries(l.name() + (l.predicted() ? " (predicted)" : " (fit)"), false, true);
                s.add(xMin, Math.exp(l.intercept() + l.slope() * Math.log(xMin)));
                s.add(xMax, Math.exp(l.intercept() + l.slope() * Math.log(xMax)));
                lines.addSeries(s);
                Color colour = PALETTE[(f.series().size() + f.lines().indexOf(l)) % PALETTE.length];
                lineRenderer.setSeriesStroke(i, l.predicted() ? DASHED : FIT);
                lineRenderer.setSeriesPaint(i, l.predicted() ? colour
                        : new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
                i++;
            }
            plot.setDataset(1, lines);
            plot.setRenderer(1, lineRenderer);
        }
        addMarkers(plot, f.markers());
        return finish(f.title(), plot, true);
    }

    /**
     * Vertical dashed markers, each labelled just right of its line and below the top of the plot, with a margin
     * above the data so that neither the label nor the line hides a point.
     */
    private static void addMarkers(XYPlot plot, List<Figure.Marker> markers) {
        for (Figure.Marker m : markers) {
            ValueMarker vm = new ValueMarker(m.x(), Color.DARK_GRAY, DASHED);
            vm.setLabel(m.label());
            vm.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            vm.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            vm.setLabelOffset(new RectangleInsets(6, 4, 6, 4));
            vm.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            plot.addDomainMarker(vm);
        }
        if (!markers.isEmpty()) {
            plot.getRangeAxis().setUpperMargin(0.12);
        }
    }

    private static JFreeChart curves(Figure.Curves f) {
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        for (Figure.Series s : f.points()) {
            YIntervalSeries ys = new YIntervalSeries(s.name());
            for (Figure.Point p : s.points()) {
                if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                    ys.add(p.x(), p.y(), p.hasErrorBar() ? p.lower() : p.y(), p.hasErrorBar() ? p.upper() : p.y());
                }
            }
            points.addSeries(ys);
        }
        XYErrorRenderer pointRenderer = new XYErrorRenderer();
        pointRenderer.setDrawXError(false);
        pointRenderer.setDefaultLinesVisible(false);
        pointRenderer.setDefaultShapesVisible(true);
        for (int i = 0; i < f.points().size(); i++) {
            pointRenderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        XYPlot plot = new XYPlot(points, numberAxis(f.xLabel()), numberAxis(f.yLabel()), pointRenderer);
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < f.curves().size(); i++) {
            Figure.Series c = f.curves().get(i);
            XYSeries s = new XYSeries(c.name(), false, true);
            for (Figure.Point p : c.points()) {
                if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                    s.add(p.x(), p.y());
                }
            }
            lines.addSeries(s);
            lineRenderer.setSeriesStroke(i, f.predictedCurves().get(i) ? DASHED : SOLID);
            lineRenderer.setSeriesPaint(i, PALETTE[(f.points().size() + i) % PALETTE.length]);
        }
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        addMarkers(plot, f.markers());
        return finish(f.title(), plot, true);
    }

    private static JFreeChart quantileQuantile(Figure.QuantileQuantile f) {
        XYSeries pts = new XYSeries("quantiles", false, true);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Figure.Point p : f.points()) {
            if (!Double.isFinite(p.x()) || !Double.isFinite(p.y()) || f.logScale() && !(p.x() > 0 && p.y() > 0)) {
                continue;
            }
            pts.add(p.x(), p.y());
            lo = Math.min(lo, Math.min(p.x(), p.y()));
            hi = Math.max(hi, Math.max(p.x(), p.y()));
        }
        XYSeriesCollection data = new XYSeriesCollection(pts);
        XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
        pointRenderer.setSeriesPaint(0, PALETTE[0]);
        boolean log = f.logScale() && hi > 10 * lo;
        ValueAxis x = log ? logAxis(f.xLabel()) : numberAxis(f.xLabel());
        ValueAxis y = log ? logAxis(f.yLabel()) : numberAxis(f.yLabel());
        XYPlot plot = new XYPlot(data, x, y, pointRenderer);
        if (lo <= hi) {
            XYSeries diagonal = new XYSeries("y = x", false, true);
            diagonal.add(lo, lo);
            diagonal.add(hi, hi);
            XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
            lineRenderer.setSeriesStroke(0, DASHED);
            lineRenderer.setSeriesPaint(0, Color.DARK_GRAY);
            plot.setDataset(1, new XYSeriesCollection(diagonal));
            plot.setRenderer(1, lineRenderer);
        }
        return finish(f.title(), plot, true);
    }

    private static JFreeChart phaseDiagram(Figure.PhaseDiagram f) {
        List<Figure.Cell> cells = f.cells().stream().filter(c -> Double.isFinite(c.x()) && Double.isFinite(c.y())
                && Double.isFinite(c.value())).toList();
        double[][] xyz = new double[3][cells.size()];
        double vMin = Double.POSITIVE_INFINITY;
        double vMax = Double.NEGATIVE_INFINITY;
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cells.size(); i++) {
            Figure.Cell c = cells.get(i);
            xyz[0][i] = c.x();
            xyz[1][i] = c.y();
            xyz[2][i] = c.value();
            vMin = Math.min(vMin, c.value());
            vMax = Math.max(vMax, c.value());
            xMin = Math.min(xMin, c.x());
            xMax = Math.max(xMax, c.x());
        }
        if (!(vMin < vMax)) {
            vMin = cells.isEmpty() ? 0 : vMin - 0.5;
            vMax = vMin + 1;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cells", xyz);
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setBlockWidth(spacing(cells.stream().mapToDouble(Figure.Cell::x).toArray()));
        blocks.setBlockHeight(spacing(cells.stream().mapToDouble(Figure.Cell::y).toArray()));
        ColourScale scale = new ColourScale(vMin, vMax);
        blocks.setPaintScale(scale);
        blocks.setSeriesVisibleInLegend(0, false);
        XYPlot plot = new XYPlot(data, numberAxis(f.xLabel()), numberAxis(f.yLabel()), blocks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        if (!cells.isEmpty()) {
            XYSeriesCollection lines = new XYSeriesCollection();
            XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
            double half = blocks.getBlockWidth() / 2;
            int i = 0;
            for (Figure.Line l : f.boundaries()) {
                XYSeries s = new XYSeries(l.name() + (l.predicted() ? " (predicted)" : " (fit)"), false, true);
                s.add(xMin - half, l.intercept() + l.slope() * (xMin - half));
                s.add(xMax + half, l.intercept() + l.slope() * (xMax + half));
                lines.addSeries(s);
                lineRenderer.setSeriesStroke(i, l.predicted() ? DASHED : SOLID);
                lineRenderer.setSeriesPaint(i++, l.predicted() ? Color.RED : Color.MAGENTA);
            }
            plot.setDataset(1, lines);
            plot.setRenderer(1, lineRenderer);
        }
        JFreeChart chart = finish(f.title(), plot, !f.boundaries().isEmpty());
        NumberAxis legendAxis = new NumberAxis(f.valueLabel());
        legendAxis.setRange(vMin, vMax);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setStripWidth(16);
        chart.addSubtitle(legend);
        return chart;
    }

    private static double spacing(double[] v) {
        TreeSet<Double> distinct = new TreeSet<>();
        for (double d : v) {
            distinct.add(d);
        }
        double best = Double.POSITIVE_INFINITY;
        Double prev = null;
        for (double d : distinct) {
            if (prev != null) {
                best = Math.min(best, d - prev);
            }
            prev = d;
        }
        return Double.isFinite(best) && best > 0 ? best : 1;
    }

    private static ValueAxis logAxis(String label) {
        LogarithmicAxis a = new LogarithmicAxis(label);
        a.setStrictValuesFlag(false);
        a.setAutoRangeNextLogFlag(true);
        a.setLog10TickLabelsFlag(true);
        return a;
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    private static JFreeChart finish(String title, XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        // room on the right for the last tick label of the domain axis, which is centred on the plot's edge
        chart.setPadding(new RectangleInsets(4, 4, 4, 16));
        return chart;
    }

    /** A perceptually ordered colour scale (dark blue → teal → yellow), clamped at its ends. */
    static final class ColourScale implements PaintScale {
        private static final float[][] STOPS = {
            {0.267f, 0.005f, 0.329f}, {0.230f, 0.322f, 0.546f}, {0.128f, 0.567f, 0.551f}, {0.369f, 0.789f, 0.383f},
            {0.993f, 0.906f, 0.144f}};

        private final double lower;
        private final double upper;

        ColourScale(double lower, double upper) {
            this.lower = lower;
            this.upper = upper;
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
            double pos = t * (STOPS.length - 1);
            int i = Math.min((int) Math.floor(pos), STOPS.length - 2);
            float w = (float) (pos - i);
            float[] a = STOPS[i];
            float[] b = STOPS[i + 1];
            return new Color(a[0] + w * (b[0] - a[0]), a[1] + w * (b[1] - a[1]), a[2] + w * (b[2] - a[2]));
        }
    }
}
