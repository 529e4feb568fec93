package org.targetcast.charts;

/**
 * Output sizes and type sizes for where a chart is shown. A preset fixes the bitmap size in pixels and its
 * resolution; the chart itself is laid out in points (1/72 inch), {@code pixels * 72 / dpi}, so type sizes
 * are physical: a PNG is that layout scaled by {@code dpi / 72}, an SVG or PDF is the layout itself
 * (a PRINT PDF is 480 × 336 pt, 6.67 × 4.67 inches, the size of the 300 DPI PNG).
 *
 * <table>
 * <caption>Presets</caption>
 * <tr><th>preset</th><th>PNG pixels</th><th>DPI</th><th>layout (pt)</th><th>title (pt)</th></tr>
 * <tr><td>SLIDES</td><td>1920 × 1080</td><td>144</td><td>960 × 540</td><td>26</td></tr>
 * <tr><td>PRINT</td><td>2000 × 1400</td><td>300</td><td>480 × 336</td><td>11</td></tr>
 * <tr><td>WEB</td><td>1000 × 600</td><td>96</td><td>750 × 450</td><td>17</td></tr>
 * </table>
 */
public enum ChartPreset {
    /** Full-HD slides: large type, thick lines, readable from the back of a room. */
    SLIDES(1920, 1080, 144, new TypeSizes(26, 17, 17, 15, 15, 11), 3.5f, 13),
    /** Print at 300 DPI, about 17 × 12 cm: small, dense type. */
    PRINT(2000, 1400, 300, new TypeSizes(11, 8, 8, 7, 7, 5.5f), 1.4f, 6),
    /** Web pages at 96 DPI. */
    WEB(1000, 600, 96, new TypeSizes(17, 12, 12, 11, 11, 8.5f), 2.2f, 9);

    private final int pixelWidth;
    private final int pixelHeight;
    private final int dpi;
    private final TypeSizes type;
    private final float lineWidth;
    private final int markerSize;

    ChartPreset(int pixelWidth, int pixelHeight, int dpi, TypeSizes type, float lineWidth, int markerSize) {
        this.pixelWidth = pixelWidth;
        this.pixelHeight = pixelHeight;
        this.dpi = dpi;
        this.type = type;
        this.lineWidth = lineWidth;
        this.markerSize = markerSize;
    }

    /** @return bitmap width in pixels */
    public int pixelWidth() {
        return pixelWidth;
    }

    /** @return bitmap height in pixels */
    public int pixelHeight() {
        return pixelHeight;
    }

    /** @return bitmap resolution, dots per inch */
    public int dpi() {
        return dpi;
    }

    /** @return layout width in points, {@code pixelWidth * 72 / dpi} */
    public int width() {
        return Math.round(pixelWidth * 72f / dpi);
    }

    /** @return layout height in points, {@code pixelHeight * 72 / dpi} */
    public int height() {
        return Math.round(pixelHeight * 72f / dpi);
    }

    /** @return the type sizes, points */
    public TypeSizes type() {
        return type;
    }

    /** @return width of data lines, points */
    public float lineWidth() {
        return lineWidth;
    }

    /** @return size of target markers, points */
    public int markerSize() {
        return markerSize;
    }

    /** @return padding around the chart, points (about one title height) */
    public int padding() {
        return Math.round(type.title() * 0.9f);
    }

    /**
     * Type sizes of a preset, points.
     *
     * @param title the chart title
     * @param subtitle the subtitle
     * @param axisTitle axis titles
     * @param tickLabel axis tick labels
     * @param legend the legend and the labels in the plot
     * @param footer the source line and the provenance footer
     */
    public record TypeSizes(
            float title, float subtitle, float axisTitle, float tickLabel, float legend, float footer) {}
}
