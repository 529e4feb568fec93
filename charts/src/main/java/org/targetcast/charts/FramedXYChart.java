package org.targetcast.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * An {@link XYChart} framed by a header (title and subtitle, left-aligned) and a footer (source line and
 * provenance), which XChart cannot draw itself: XChart's own title is hidden and the XChart layout is
 * painted into the band between header and footer. Long lines wrap at spaces (or between characters,
 * for text without spaces such as Chinese).
 *
 * <p>Works with every XChart encoder, which all call {@code paint(g, getWidth(), getHeight())}: the
 * chart's size is restored after painting, so repeated exports keep the full size.
 */
final class FramedXYChart extends XYChart {

    private final ChartFrame drawn;
    private final Font titleFont;
    private final Font subtitleFont;
    private final Font footerFont;
    private final int padding;
    private DeckKind deckKind = DeckKind.LINES;

    /**
     * @param drawn the texts as drawn (title, subtitle, source line and footer resolved and stripped), the
     *     language and the preset that sets the size and type sizes
     * @param family the font family of the language
     */
    FramedXYChart(ChartFrame drawn, String family) {
        super(drawn.preset().canvas().width(), drawn.preset().canvas().height());
        this.drawn = drawn;
        ChartPreset preset = drawn.preset();
        this.titleFont = ChartStyle.font(family, Font.BOLD, preset.type().title());
        this.subtitleFont = ChartStyle.font(family, Font.PLAIN, preset.type().subtitle());
        this.footerFont = ChartStyle.font(family, Font.PLAIN, preset.type().footer());
        this.padding = preset.padding();
        setTitle(drawn.title());
    }

    /** @return the frame as drawn: the subtitle under the title, the source line and footer at the foot */
    ChartFrame frame() {
        return drawn;
    }

    /** @return how the chart becomes a PowerPoint chart; {@link DeckKind#LINES} unless set */
    DeckKind deckKind() {
        return deckKind;
    }

    /** @param kind how the chart becomes a PowerPoint chart */
    void deckKind(DeckKind kind) {
        this.deckKind = java.util.Objects.requireNonNull(kind, "kind");
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        Graphics2D frame = (Graphics2D) g.create();
        try {
            frame.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            frame.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            frame.setColor(getStyler().getChartBackgroundColor());
            frame.fill(new Rectangle2D.Double(0, 0, width, height));

            double textWidth = width - 2.0 * padding;
            List<Line> header = new ArrayList<>();
            addWrapped(header, frame, getTitle(), titleFont, Palette.INK, textWidth);
            addWrapped(header, frame, drawn.subtitle(), subtitleFont, Palette.MUTED, textWidth);
            List<Line> foot = new ArrayList<>();
            addWrapped(foot, frame, drawn.sourceLine(), footerFont, Palette.MUTED, textWidth);
            addWrapped(foot, frame, drawn.footer(), footerFont, Palette.MUTED, textWidth);

            // XChart pads the plot by the same padding again: the header overlaps half of it, so the gap under
            // the subtitle is one padding, as on the left.
            double top = header.isEmpty() ? 0 : padding + height(header, frame) - padding * 0.5;
            double bottom = foot.isEmpty() ? 0 : height(foot, frame) + padding * 0.75;
            // A legend at the right ends where XChart measures it, which is short of its longest entry in
            // some presets: half a padding more keeps it off the edge.
            int right = getStyler().getLegendPosition() == Styler.LegendPosition.OutsideE ? padding / 2 : 0;

            Graphics2D inner = (Graphics2D) frame.create();
            try {
                inner.translate(0, top);
                super.paint(inner, width - right, (int) Math.floor(height - top - bottom));
            } finally {
                inner.dispose();
            }
            draw(header, frame, padding);
            draw(foot, frame, height - bottom + padding * 0.25);
        } finally {
            frame.dispose();
            setWidth(width);
            setHeight(height);
        }
    }

    private record Line(String text, Font font, Color color) {}

    private static double height(List<Line> lines, Graphics2D g) {
        return lines.stream()
                .mapToDouble(l -> g.getFontMetrics(l.font()).getHeight())
                .sum();
    }

    private void draw(List<Line> lines, Graphics2D g, double top) {
        double y = top;
        for (Line line : lines) {
            FontMetrics fm = g.getFontMetrics(line.font());
            g.setFont(line.font());
            g.setColor(line.color());
            g.drawString(line.text(), (float) padding, (float) (y + fm.getAscent()));
            y += fm.getHeight();
        }
    }

    /** Greedy wrap: whole words while they fit; a word wider than the line is split between characters. */
    private static void addWrapped(List<Line> out, Graphics2D g, String text, Font font, Color color, double maxWidth) {
        if (text == null || text.isBlank()) {
            return;
        }
        FontMetrics fm = g.getFontMetrics(font);
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(new Line(line.toString(), font, color));
                line.setLength(0);
            }
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                String next = line.toString() + Character.toString(cp);
                if (line.length() > 0 && fm.stringWidth(next) > maxWidth) {
                    out.add(new Line(line.toString(), font, color));
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        if (line.length() > 0) {
            out.add(new Line(line.toString(), font, color));
        }
    }
}
