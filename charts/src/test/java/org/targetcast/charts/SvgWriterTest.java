package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawStringCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.FillShapeCommand;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgWriterTest {
    private static String svg(VectorGraphics2D g) {
        return new String(SvgWriter.write(g.getCommands(), 100, 50).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void writesEachShapeInItsUserSpaceWithItsStyle() {
        VectorGraphics2D g = new VectorGraphics2D();
        g.setColor(new Color(10, 20, 30));
        g.fill(new Rectangle2D.Double(0.5, 1.0 / 3, 2, 3));
        g.translate(7, -2.25);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL, 10, new float[] {4, 2}, 1));
        g.setColor(new Color(200, 100, 0, 51));
        g.draw(new Line2D.Double(0, 0, 10, -0.0004));
        g.scale(2, 3);
        Path2D.Double ring = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring.append(new Rectangle2D.Double(0, 0, 4, 4), false);
        ring.append(new Rectangle2D.Double(1, 1, 2, 2), false);
        g.fill(ring);
        String s = svg(g);
        assertTrue(
                s.contains(
                        "<rect x=\"0.5\" y=\"0.333\" width=\"2\" height=\"3\" style=\"fill:rgb(10,20,30);stroke:none\"/>"),
                s);
        assertTrue(
                s.contains(
                        "<line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"0\" transform=\"translate(7 -2.25)\" style=\"fill:none;"
                                + "stroke:rgb(200,100,0);stroke-opacity:0.2;stroke-width:1.5;stroke-linecap:round;"
                                + "stroke-linejoin:bevel;stroke-dasharray:4,2;stroke-dashoffset:1\"/>"),
                s);
        assertTrue(s.contains("fill-rule=\"evenodd\" transform=\"matrix(2 0 0 3 7 -2.25)\""), s);
        assertTrue(s.contains("d=\"M0,0L4,0L4,4L0,4L0,0ZM1,1L3,1L3,3L1,3L1,1Z\""), s);
    }

    @Test
    void clipsInPageSpaceAndNumbersThemInOrder() {
        VectorGraphics2D g = new VectorGraphics2D();
        g.translate(10, 20);
        g.setClip(new Rectangle2D.Double(0, 0, 5, 5));
        g.fill(new Rectangle2D.Double(1, 1, 1, 1));
        g.fill(new Rectangle2D.Double(2, 2, 1, 1));
        g.setClip(null);
        g.fill(new Rectangle2D.Double(3, 3, 1, 1));
        g.clip(new Rectangle2D.Double(1, 1, 2, 2));
        g.fill(new Rectangle2D.Double(4, 4, 1, 1));
        String s = svg(g);
        assertTrue(s.contains("<clipPath id=\"clip1\"><path d=\"M10,20L15,20L15,25L10,25L10,20Z\"/></clipPath>"), s);
        assertTrue(s.contains("<clipPath id=\"clip2\"><path d=\"M11,21L13,21L13,23L11,23L11,21Z\"/></clipPath>"), s);
        int first = s.indexOf("<g clip-path=\"url(#clip1)\">");
        int unclipped = s.indexOf("<rect x=\"3\"");
        assertTrue(
                first > 0 && s.indexOf("<rect x=\"2\"") < s.indexOf("</g>"),
                "both clipped fills share one group: " + s);
        assertTrue(s.indexOf("</g>") < unclipped && unclipped < s.indexOf("url(#clip2)"), s);
    }

    @Test
    void writesTextEscapedInItsFont() {
        VectorGraphics2D g = new VectorGraphics2D();
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
        g.drawString("a<b & \"c\" > 份额\u0001", 3, 4);
        String s = svg(g);
        assertTrue(
                s.contains("<text x=\"3\" y=\"4\" xml:space=\"preserve\" style=\"fill:rgb(0,0,0);fill-opacity:0.5;"
                        + "stroke:none;font-family:'SansSerif',sans-serif;font-size:14px;font-weight:bold\">"
                        + "a&lt;b &amp; &quot;c&quot; &gt; 份额</text>"),
                s);
    }

    @Test
    void namesFallbacksForTheShippedFontAndAGenericFamily() {
        VectorGraphics2D g = new VectorGraphics2D();
        g.setFont(ShippedFont.font(Font.PLAIN, 9));
        g.drawString("份额", 0, 0);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 9));
        g.drawString("x", 0, 0);
        String s = svg(g);
        assertTrue(s.contains("font-family:'" + ShippedFont.FAMILY + "','Noto Sans CJK SC',sans-serif;"), s);
        assertTrue(s.contains("font-family:'Serif',serif;"), s);
    }

    @Test
    void declinesWhatItDoesNotDraw() {
        VectorGraphics2D image = new VectorGraphics2D();
        image.drawImage(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), 0, 0, null);
        assertEquals(Optional.empty(), SvgWriter.write(image.getCommands(), 10, 10));
        VectorGraphics2D gradient = new VectorGraphics2D();
        gradient.setPaint(new GradientPaint(0, 0, Color.RED, 1, 1, Color.BLUE));
        gradient.fill(new Rectangle2D.Double(0, 0, 1, 1));
        assertEquals(Optional.empty(), SvgWriter.write(gradient.getCommands(), 10, 10));
        VectorGraphics2D xor = new VectorGraphics2D();
        xor.setXORMode(Color.WHITE);
        xor.fill(new Rectangle2D.Double(0, 0, 1, 1));
        assertEquals(Optional.empty(), SvgWriter.write(xor.getCommands(), 10, 10));
    }

    /**
     * A real chart: the file parses as XML, has one element per shape or string the chart drew, and the same
     * chart gives the same bytes twice.
     */
    @Test
    void aChartBecomesOneWellFormedElementPerDrawingAndTheSameBytesEachTime() throws Exception {
        XYChart chart = TestFan.chart().toXChart(ChartPreset.WEB);
        VectorGraphics2D g = new VectorGraphics2D();
        chart.paint(g, chart.getWidth(), chart.getHeight());
        int drawings = 0;
        for (Command<?> c : g.getCommands()) {
            if (c instanceof FillShapeCommand || c instanceof DrawShapeCommand || c instanceof DrawStringCommand) {
                drawings++;
            }
        }
        byte[] bytes = SvgWriter.write(g.getCommands(), chart.getWidth(), chart.getHeight())
                .orElseThrow();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("0 0 " + chart.getWidth() + " " + chart.getHeight(), root.getAttribute("viewBox"));
        int elements = 0;
        for (String tag : new String[] {"path", "rect", "line", "ellipse", "text"}) {
            elements += doc.getElementsByTagName(tag).getLength();
        }
        int clipOutlines = doc.getElementsByTagName("clipPath").getLength();
        assertTrue(drawings > 100, "a fan chart draws many shapes: " + drawings);
        assertEquals(drawings, elements - clipOutlines);
        VectorGraphics2D again = new VectorGraphics2D();
        chart.paint(again, chart.getWidth(), chart.getHeight());
        assertArrayEquals(
                bytes,
                SvgWriter.write(again.getCommands(), chart.getWidth(), chart.getHeight())
                        .orElseThrow());
    }

    @Test
    void stateCreatedForAChildGraphicsEndsWithIt() {
        VectorGraphics2D g = new VectorGraphics2D();
        g.setColor(Color.RED);
        Graphics2D child = (Graphics2D) g.create();
        child.setColor(Color.BLUE);
        child.translate(5, 5);
        child.fill(new Rectangle2D.Double(0, 0, 1, 1));
        child.dispose();
        g.fill(new Rectangle2D.Double(0, 0, 1, 1));
        String s = svg(g);
        assertTrue(s.contains("transform=\"translate(5 5)\" style=\"fill:rgb(0,0,255)"), s);
        assertTrue(
                s.contains("<rect x=\"0\" y=\"0\" width=\"1\" height=\"1\" style=\"fill:rgb(255,0,0);stroke:none\"/>"),
                s);
    }
}
