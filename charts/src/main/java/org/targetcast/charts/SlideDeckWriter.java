package org.targetcast.charts;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.xml.namespace.QName;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLegendEntry;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.xmlbeans.XmlCursor;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Writes charts as a PowerPoint deck (Apache POI), one 16:9 slide per chart: the title, subtitle, the
 * chart, then the source line and provenance footer. The chart is a native, editable PowerPoint chart whose
 * data sit in its embedded workbook, translated from the XChart series by the chart's {@link DeckKind}:
 * <ul>
 * <li>{@link DeckKind#LINES}: a line chart over the union of the series' x values (years). Each line
 * keeps its points (blank elsewhere); the band polygons (upper bound forward, lower bound back, as
 * {@link ChartStyle#bandPolygon} builds them) become filled strips of a stacked area chart under the lines
 * ({@link #layers}); a one-point series with a marker (a target) becomes a marker without line. Series the
 * chart's legend leaves out (guides) are plotted but not listed.</li>
 * <li>{@link DeckKind#COLUMNS}: each rectangle of a bar series (rectangles closed by a {@code NaN} point)
 * becomes a stacked column at its centre, its height signed from zero; lines whose x values all fall on
 * those columns are drawn over them.</li>
 * <li>{@link DeckKind#BARS}: each rectangle becomes a horizontal bar from the value shared by all
 * rectangles (the base, where the category axis crosses), named by the chart's y tick labels.</li>
 * <li>{@link DeckKind#PICTURE}: the chart as a PNG picture.</li>
 * </ul>
 * Series that do not fit (legend-only keys, vertical rules, halos that repeat a line's points) are left
 * out; colours follow the chart; values are rounded to 0.01 in the chart's unit.
 */
final class SlideDeckWriter {
    /** Slide size in points: 16:9, 13.33 × 7.5 inches. */
    static final Dimension SLIDE = new Dimension(960, 540);

    private static final double MARGIN = 36;
    private static final double EPS = 1e-9;

    private SlideDeckWriter() {}

    /**
     * @param charts the charts, one slide each, in order
     * @param file the deck written (replaced if it exists)
     * @throws IOException if it cannot be written
     */
    static void write(List<? extends XYChart> charts, Path file) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(SLIDE);
            for (XYChart chart : charts) {
                addSlide(deck, chart);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                deck.write(out);
            }
        }
    }

    private static void addSlide(XMLSlideShow deck, XYChart chart) throws IOException {
        XSLFSlide slide = deck.createSlide();
        FramedXYChart framed = chart instanceof FramedXYChart f ? f : null;
        double width = SLIDE.width - 2 * MARGIN;
        double top = 18;
        text(slide, chart.getTitle(), new Rectangle2D.Double(MARGIN, top, width, 40), 24, true, Palette.INK);
        top += 42;
        if (framed != null && !framed.frame().subtitle().isEmpty()) {
            text(
                    slide,
                    framed.frame().subtitle(),
                    new Rectangle2D.Double(MARGIN, top, width, 26),
                    15,
                    false,
                    Palette.MUTED);
            top += 28;
        }
        String foot = framed == null
                ? ""
                : String.join(
                        "\n",
                        List.of(framed.frame().sourceLine(), framed.frame().footer()).stream()
                                .filter(s -> !s.isEmpty())
                                .toList());
        double footHeight = foot.isEmpty() ? 0 : 18 * foot.split("\n").length + 6;
        Rectangle2D plot = new Rectangle2D.Double(MARGIN, top + 4, width, SLIDE.height - top - 4 - footHeight - 14);
        if (!foot.isEmpty()) {
            text(
                    slide,
                    foot,
                    new Rectangle2D.Double(MARGIN, SLIDE.height - footHeight - 10, width, footHeight),
                    10,
                    false,
                    Palette.MUTED);
        }
        DeckKind kind = framed == null ? DeckKind.LINES : framed.deckKind();
        if (kind == DeckKind.PICTURE || chart.getSeriesMap().isEmpty()) {
            picture(deck, slide, chart, plot);
            return;
        }
        XSLFChart xc = deck.createChart();
        slide.addChart(
                xc,
                new Rectangle2D.Double(
                        Units.toEMU(plot.getX()),
                        Units.toEMU(plot.getY()),
                        Units.toEMU(plot.getWidth()),
                        Units.toEMU(plot.getHeight())));
        if (kind == DeckKind.LINES) {
            lines(xc, chart);
        } else {
            bars(xc, chart, kind);
        }
    }

    private static void text(XSLFSlide slide, String text, Rectangle2D anchor, double size, boolean bold, Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XSLFTextParagraph p = i == 0 && !box.getTextParagraphs().isEmpty()
                    ? box.getTextParagraphs().get(0)
                    : box.addNewTextParagraph();
            XSLFTextRun r = p.addNewTextRun();
            r.setText(lines[i]);
            r.setFontSize(size);
            r.setBold(bold);
            r.setFontColor(color);
        }
    }

    private static void picture(XMLSlideShow deck, XSLFSlide slide, XYChart chart, Rectangle2D plot)
            throws IOException {
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        XSLFPictureData data = deck.addPicture(png.toByteArray(), PictureData.PictureType.PNG);
        XSLFPictureShape shape = slide.createPicture(data);
        double scale = Math.min(plot.getWidth() / image.getWidth(), plot.getHeight() / image.getHeight());
        double w = image.getWidth() * scale;
        double h = image.getHeight() * scale;
        shape.setAnchor(new Rectangle2D.Double(plot.getX() + (plot.getWidth() - w) / 2, plot.getY(), w, h));
    }

    /**
     * One series of the slide chart: its name, colour (null for no fill), values by category (null where
     * blank), marker only, and whether the legend lists it (a guide line or the invisible base of the
     * stacked bands is plotted but not listed).
     */
    record Column(String name, Color color, Map<String, Double> values, boolean markerOnly, boolean inLegend) {
        Column(String name, Color color, Map<String, Double> values, boolean markerOnly) {
            this(name, color, values, markerOnly, true);
        }
    }

    /** A band of a fan: its legend name, fill colour, and upper and lower bound by category. */
    record Band(String name, Color color, Map<String, Double> upper, Map<String, Double> lower) {
        double width() {
            return upper.entrySet().stream()
                    .mapToDouble(e -> e.getValue() - lower.getOrDefault(e.getKey(), e.getValue()))
                    .sum();
        }
    }

    /** Decimals of the slide data, in the chart's unit (percent): 0.01 percentage points, as the CSV files. */
    private static final int DECIMALS = 2;

    /** @return a value rounded to {@link #DECIMALS} decimals, so the data sheet shows no float noise */
    static double rounded(double v) {
        return java.math.BigDecimal.valueOf(v)
                .setScale(DECIMALS, java.math.RoundingMode.HALF_EVEN)
                .doubleValue();
    }

    private static void lines(XSLFChart xc, XYChart chart) {
        Function<Double, String> category = ChartStyle::number;
        TreeMap<Double, String> categories = new TreeMap<>();
        List<Column> columns = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        for (XYSeries s : chart.getSeriesMap().values()) {
            double[] x = s.getXData();
            double[] y = s.getYData();
            boolean listed = s.isShowInLegend();
            // a series the legend leaves out (a guide to a target) has only an internal name: none is shown
            String name = listed ? s.getLabel() : "";
            if (!s.isShowInLegend() && repeatsAnother(chart, s)) {
                continue;
            }
            if (s.getXYSeriesRenderStyle() == XYSeriesRenderStyle.PolygonArea) {
                int n = x.length / 2;
                if (x.length < 4 || x.length % 2 != 0 || !isBand(x)) {
                    continue;
                }
                Map<String, Double> upper = new java.util.LinkedHashMap<>();
                Map<String, Double> lower = new java.util.LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    categories.put(x[i], category.apply(x[i]));
                    upper.put(category.apply(x[i]), rounded(y[i]));
                    lower.put(category.apply(x[i]), rounded(y[2 * n - 1 - i]));
                }
                bands.add(new Band(name, s.getFillColor(), upper, lower));
            } else if (s.getXYSeriesRenderStyle() == XYSeriesRenderStyle.Scatter
                    || x.length == 1 && s.getMarker() != null && s.getMarker() != SeriesMarkers.NONE) {
                // points without a line: a target, the estimated years of a history
                Color c = s.getXYSeriesRenderStyle() == XYSeriesRenderStyle.Scatter
                        ? s.getMarkerColor()
                        : s.getLineColor();
                columns.add(new Column(name, c, valuesAt(x, y, category, categories), true, listed));
            } else if (x.length >= 2 && distinct(x) == x.length) {
                columns.add(new Column(name, s.getLineColor(), valuesAt(x, y, category, categories), false, listed));
            }
        }
        XDDFCategoryAxis bottom = xc.createCategoryAxis(AxisPosition.BOTTOM);
        bottom.setTitle(chart.getXAxisTitle());
        XDDFValueAxis left = xc.createValueAxis(AxisPosition.LEFT);
        left.setTitle(chart.getYAxisTitle());
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        if (chart.getStyler().getYAxisMin() != null) {
            left.setMinimum(chart.getStyler().getYAxisMin());
        }
        if (chart.getStyler().getYAxisMax() != null) {
            left.setMaximum(chart.getStyler().getYAxisMax());
        }
        List<String> names = new ArrayList<>(categories.values());
        List<Column> layers = layers(bands, names);
        List<Boolean> listed = new ArrayList<>();
        if (!layers.isEmpty()) {
            XDDFAreaChartData areas = (XDDFAreaChartData) xc.createData(ChartTypes.AREA, bottom, left);
            areas.setVaryColors(false);
            areas.setGrouping(Grouping.STACKED);
            addSeries(xc, areas, names, layers);
            for (int i = 0; i < layers.size(); i++) {
                XDDFShapeProperties fill = new XDDFShapeProperties();
                fill.setFillProperties(
                        layers.get(i).color() == null
                                ? new XDDFNoFillProperties()
                                : new XDDFSolidFillProperties(
                                        color(layers.get(i).color())));
                fill.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
                areas.getSeries(i).setShapeProperties(fill);
                listed.add(layers.get(i).inLegend());
            }
            xc.plot(areas);
        }
        XDDFLineChartData data = (XDDFLineChartData) xc.createData(ChartTypes.LINE, bottom, left);
        data.setVaryColors(false);
        addSeries(xc, data, names, columns, layers.size());
        columns.forEach(c -> listed.add(c.inLegend()));
        for (int i = 0; i < columns.size(); i++) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.getSeries(i);
            series.setSmooth(false);
            if (columns.get(i).markerOnly()) {
                series.setMarkerStyle(MarkerStyle.DIAMOND);
                series.setShapeProperties(line(null, 0));
            } else {
                series.setMarkerStyle(MarkerStyle.NONE);
                series.setShapeProperties(line(columns.get(i).color(), 2.25));
            }
        }
        finish(xc, data);
        for (int i = 0; i < listed.size(); i++) {
            if (!listed.get(i)) {
                XDDFLegendEntry entry = xc.getOrAddLegend().addEntry();
                entry.setIndex(i);
                entry.setDelete(true);
            }
        }
    }

    /**
     * The bands of a fan as layers of a stacked area chart: the outer band's lower bound as an unfilled
     * base, then from the bottom up the strips between successive bounds, each filled in the colour of the
     * band it belongs to (the outer band below and above the inner ones, the innermost across the median).
     * The legend lists each band once, at its lower strip. Bands are taken as nested, widest outermost; a
     * category where a band has no value has no layer value (a gap).
     *
     * @param bands the bands, in any order
     * @param categories the chart's categories
     * @return the layers, bottom first; empty without bands
     */
    static List<Column> layers(List<Band> bands, List<String> categories) {
        if (bands.isEmpty()) {
            return List.of();
        }
        List<Band> outerFirst = new ArrayList<>(bands);
        outerFirst.sort(java.util.Comparator.comparingDouble(Band::width).reversed());
        int k = outerFirst.size();
        // bounds bottom to top: lower of each band outer to inner, then upper of each band inner to outer
        List<Map<String, Double>> bounds = new ArrayList<>();
        List<Band> owner = new ArrayList<>();
        for (Band b : outerFirst) {
            bounds.add(b.lower());
            owner.add(b);
        }
        for (int i = k - 1; i >= 0; i--) {
            bounds.add(outerFirst.get(i).upper());
            owner.add(outerFirst.get(i));
        }
        List<Column> layers = new ArrayList<>();
        layers.add(new Column("", null, bounds.get(0), false, false));
        for (int j = 1; j < bounds.size(); j++) {
            Map<String, Double> strip = new java.util.LinkedHashMap<>();
            for (String c : categories) {
                Double top = bounds.get(j).get(c);
                Double bottom = bounds.get(j - 1).get(c);
                if (top != null && bottom != null) {
                    strip.put(c, rounded(Math.max(0, top - bottom)));
                }
            }
            // a strip belongs to the band whose bound is further out: the lower one below the median, the
            // upper one above it
            Band b = j <= k ? owner.get(j - 1) : owner.get(j);
            layers.add(new Column(b.name(), b.color(), strip, false, j <= k));
        }
        return layers;
    }

    private static void bars(XSLFChart xc, XYChart chart, DeckKind kind) {
        boolean horizontal = kind == DeckKind.BARS;
        TreeMap<Double, String> categories = new TreeMap<>();
        List<Column> columns = new ArrayList<>();
        List<XYSeries> lineSeries = new ArrayList<>();
        Function<Double, String> yLabels = chart.getStyler().getyAxisTickLabelsFormattingFunction();
        Double base = horizontal ? commonX(chart) : Double.valueOf(0);
        for (XYSeries s : chart.getSeriesMap().values()) {
            if (s.getXYSeriesRenderStyle() != XYSeriesRenderStyle.PolygonArea) {
                lineSeries.add(s);
                continue;
            }
            Map<String, Double> values = new java.util.LinkedHashMap<>();
            for (double[] r : rectangles(s.getXData(), s.getYData())) {
                double centre;
                String label;
                double value;
                if (horizontal) {
                    centre = (r[2] + r[3]) / 2;
                    String named = yLabels == null ? null : yLabels.apply(centre);
                    label = named == null || named.isBlank() ? ChartStyle.number(centre) : named.strip();
                    value = Math.abs(r[0] - base) < EPS ? r[1] : r[0];
                } else {
                    centre = (r[0] + r[1]) / 2;
                    label = Math.abs(centre - Math.rint(centre)) < EPS
                            ? ChartStyle.number(centre)
                            : ChartStyle.number(r[0]) + "–" + ChartStyle.number(r[1]);
                    value = Math.abs(r[2]) < EPS
                            ? r[3]
                            : Math.abs(r[3]) < EPS ? r[2] : Math.signum(r[2] + r[3]) * (r[3] - r[2]);
                }
                // horizontal bars list the top bar first in the chart, PowerPoint lists the first category at the
                // bottom
                categories.put(centre, label);
                values.put(label, value);
            }
            if (!values.isEmpty()) {
                columns.add(
                        new Column(s.isShowInLegend() ? s.getLabel() : s.getName(), s.getFillColor(), values, false));
            }
        }
        XDDFCategoryAxis cat = xc.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis val = xc.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        cat.setTitle(horizontal ? chart.getYAxisTitle() : chart.getXAxisTitle());
        val.setTitle(horizontal ? chart.getXAxisTitle() : chart.getYAxisTitle());
        val.setCrosses(AxisCrosses.AUTO_ZERO);
        if (horizontal && chart.getStyler().getXAxisMin() != null) {
            val.setMinimum(chart.getStyler().getXAxisMin());
            val.setMaximum(chart.getStyler().getXAxisMax());
        }
        XDDFBarChartData data = (XDDFBarChartData) xc.createData(ChartTypes.BAR, cat, val);
        data.setVaryColors(false);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(horizontal ? BarGrouping.CLUSTERED : BarGrouping.STACKED);
        data.setGapWidth(horizontal ? 60 : 30);
        List<String> names = new ArrayList<>(categories.values());
        addSeries(xc, data, names, columns);
        for (int i = 0; i < columns.size(); i++) {
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(
                    new XDDFSolidFillProperties(color(columns.get(i).color())));
            data.getSeries(i).setShapeProperties(fill);
        }
        finish(xc, data);
        overlapFully(xc);
        if (horizontal && base != null) {
            // bars grow from where the category axis crosses the value axis: at the base, not at zero
            var catAx = xc.getCTChart().getPlotArea().getCatAxArray(0);
            if (catAx.isSetCrosses()) {
                catAx.unsetCrosses();
            }
            catAx.addNewCrossesAt().setVal(base);
        }
        if (!horizontal) {
            overlayLines(xc, cat, val, lineSeries, categories, columns.size());
        }
    }

    /**
     * Sets the bars of the chart to overlap fully ({@code c:overlap val="100"}, right after
     * {@code c:gapWidth}), so stacked segments sit on one another and low and high bars share a row. POI's
     * lite schemas lack the type of that element, so it is written through a cursor.
     */
    private static void overlapFully(XSLFChart xc) {
        var bar = xc.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bar.getGapWidth().newCursor()) {
            cursor.toEndToken();
            cursor.toNextToken();
            cursor.beginElement(new QName(bar.getDomNode().getNamespaceURI(), "overlap", "c"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    /** Lines of a column chart whose x values all fall on column centres, drawn over the columns. */
    private static void overlayLines(
            XSLFChart xc,
            XDDFCategoryAxis cat,
            XDDFValueAxis val,
            List<XYSeries> lineSeries,
            TreeMap<Double, String> categories,
            int barCount) {
        List<Column> columns = new ArrayList<>();
        for (XYSeries s : lineSeries) {
            double[] x = s.getXData();
            boolean onColumns = x.length >= 2 && distinct(x) == x.length;
            for (double v : x) {
                onColumns &= categories.containsKey(v);
            }
            if (onColumns) {
                columns.add(new Column(
                        s.isShowInLegend() ? s.getLabel() : s.getName(),
                        s.getLineColor(),
                        valuesAt(x, s.getYData(), ChartStyle::number, new TreeMap<>()),
                        false));
            }
        }
        if (columns.isEmpty()) {
            return;
        }
        XDDFLineChartData data = (XDDFLineChartData) xc.createData(ChartTypes.LINE, cat, val);
        data.setVaryColors(false);
        addSeries(xc, data, new ArrayList<>(categories.values()), columns, barCount);
        for (int i = 0; i < columns.size(); i++) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.getSeries(i);
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            series.setShapeProperties(line(columns.get(i).color(), 2.25));
        }
        xc.plot(data);
    }

    /**
     * Adds one series per column, its values in the embedded workbook: categories in column A, each
     * series in its own column with its name in the first row.
     */
    private static void addSeries(XSLFChart xc, XDDFChartData data, List<String> categories, List<Column> columns) {
        addSeries(xc, data, categories, columns, 0);
    }

    private static void addSeries(
            XSLFChart xc, XDDFChartData data, List<String> categories, List<Column> columns, int firstColumn) {
        int n = categories.size();
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(
                categories.toArray(String[]::new), xc.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        for (int k = 0; k < columns.size(); k++) {
            Column c = columns.get(k);
            int col = firstColumn + k + 1;
            Double[] values = new Double[n];
            for (int i = 0; i < n; i++) {
                Double v = c.values().get(categories.get(i));
                values[i] = v == null ? null : rounded(v);
            }
            XDDFNumericalDataSource<Double> vals =
                    XDDFDataSourcesFactory.fromArray(values, xc.formatRange(new CellRangeAddress(1, n, col, col)), col);
            XDDFChartData.Series series = data.addSeries(cats, vals);
            series.setTitle(c.name(), xc.setSheetTitle(c.name(), col));
        }
    }

    private static void finish(XSLFChart xc, XDDFChartData data) {
        xc.plot(data);
        xc.displayBlanksAs(DisplayBlanks.GAP);
        xc.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }

    private static Map<String, Double> valuesAt(
            double[] x, double[] y, Function<Double, String> category, TreeMap<Double, String> categories) {
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            String c = category.apply(x[i]);
            categories.put(x[i], c);
            if (!Double.isNaN(y[i])) {
                values.put(c, y[i]);
            }
        }
        return values;
    }

    /** @return whether another series has the same points (a halo drawn under a line adds no data) */
    private static boolean repeatsAnother(XYChart chart, XYSeries s) {
        return chart.getSeriesMap().values().stream()
                .anyMatch(o -> o != s
                        && java.util.Arrays.equals(o.getXData(), s.getXData())
                        && java.util.Arrays.equals(o.getYData(), s.getYData()));
    }

    /** @return whether the polygon runs forward over some x values and back over the same ones */
    static boolean isBand(double[] x) {
        int n = x.length / 2;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i]) || x[i] != x[2 * n - 1 - i] || (i > 0 && !(x[i] > x[i - 1]))) {
                return false;
            }
        }
        return true;
    }

    private static long distinct(double[] x) {
        return java.util.Arrays.stream(x)
                .filter(v -> !Double.isNaN(v))
                .distinct()
                .count();
    }

    /**
     * @return the bounding boxes {@code {xMin, xMax, yMin, yMax}} of the polygons of a series, each closed by
     *     a {@code NaN} point (or the end)
     */
    static List<double[]> rectangles(double[] x, double[] y) {
        List<double[]> out = new ArrayList<>();
        double[] box = null;
        for (int i = 0; i <= x.length; i++) {
            if (i == x.length || Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                if (box != null) {
                    out.add(box);
                }
                box = null;
                continue;
            }
            if (box == null) {
                box = new double[] {x[i], x[i], y[i], y[i]};
            } else {
                box[0] = Math.min(box[0], x[i]);
                box[1] = Math.max(box[1], x[i]);
                box[2] = Math.min(box[2], y[i]);
                box[3] = Math.max(box[3], y[i]);
            }
        }
        return out;
    }

    /** @return the x value every rectangle of every polygon series starts or ends at (the base), or null */
    private static Double commonX(XYChart chart) {
        List<Double> candidates = null;
        for (XYSeries s : chart.getSeriesMap().values()) {
            if (s.getXYSeriesRenderStyle() != XYSeriesRenderStyle.PolygonArea) {
                continue;
            }
            for (double[] r : rectangles(s.getXData(), s.getYData())) {
                if (candidates == null) {
                    candidates = new ArrayList<>(List.of(r[0], r[1]));
                }
                candidates.removeIf(c -> Math.abs(c - r[0]) > EPS && Math.abs(c - r[1]) > EPS);
            }
        }
        return candidates == null || candidates.isEmpty() ? null : candidates.get(0);
    }

    private static XDDFShapeProperties line(Color color, double width) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        XDDFLineProperties l = color == null
                ? new XDDFLineProperties(new XDDFNoFillProperties())
                : new XDDFLineProperties(new XDDFSolidFillProperties(color(color)));
        if (color != null) {
            l.setWidth(width);
        }
        p.setLineProperties(l);
        return p;
    }

    private static XDDFColor color(Color c) {
        Color k = c == null ? Color.GRAY : c;
        return XDDFColor.from(new byte[] {(byte) k.getRed(), (byte) k.getGreen(), (byte) k.getBlue()});
    }
}
