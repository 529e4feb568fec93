package org.targetcast.charts;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a chart as a one-page PDF the size of its layout, painting it through the PDFBox
 * {@link PdfBoxGraphics2D} bridge. Text drawn as text (the title, subtitle, source line and footer of a
 * framed chart) stays text in a font embedded as a subset ({@link PDType0Font}, with a Unicode map, so it
 * can be searched, copied and read aloud): Chinese in the shipped {@link ShippedFont}, English in an
 * installed Latin font found by {@link SystemFonts}. Text whose font has no file or lacks a glyph, and the
 * labels XChart draws as outlines (ticks, legend, axis titles), are drawn as shapes. The document's title
 * is the chart's.
 */
final class PdfChartWriter {
    private PdfChartWriter() {}

    /**
     * @param chart the chart
     * @param file the PDF file written (replaced if it exists)
     * @throws IOException if it cannot be written or a font file cannot be read
     */
    static void write(Chart<?, ?> chart, Path file) throws IOException {
        int width = chart.getWidth();
        int height = chart.getHeight();
        try (PDDocument document = new PDDocument();
                EmbeddedFonts fonts = new EmbeddedFonts()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            g.setFontTextDrawer(fonts);
            try {
                chart.paint(g, width, height);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(chart.getTitle());
            info.setCreator("targetcast");
            PdfFileId.set(
                    document,
                    String.valueOf(chart.getTitle()),
                    file.getFileName().toString(),
                    width + "x" + height);
            document.save(file.toFile());
        }
    }

    /**
     * Maps each AWT font to a font file, loaded once per document: the shipped Chinese family to its own
     * face, the logical sans-serif to the first installed Latin font of {@link SystemFonts#LATIN} (else to
     * the shipped face, which has Latin letters too); any other family to none (drawn as shapes).
     */
    private static final class EmbeddedFonts extends PdfBoxGraphics2DFontTextDrawer {
        private final Map<String, PDFont> loaded = new HashMap<>();

        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
            String family = font.getFamily(Locale.ROOT);
            boolean logical = List.of(Font.SANS_SERIF, Font.DIALOG, Font.DIALOG_INPUT).stream()
                    .anyMatch(family::equalsIgnoreCase);
            if (!logical && !family.equalsIgnoreCase(ShippedFont.FAMILY)) {
                return null;
            }
            Optional<Path> file = logical
                    ? SystemFonts.first(font.isBold() ? SystemFonts.LATIN_BOLD : SystemFonts.LATIN)
                            .or(() -> SystemFonts.first(SystemFonts.LATIN))
                    : Optional.empty();
            String key = file.map(Path::toString)
                    .orElse(ShippedFont.Face.of(font.isBold()).name());
            PDFont pdf = loaded.get(key);
            if (pdf == null) {
                pdf = file.isPresent()
                        ? PDType0Font.load(env.getDocument(), file.get().toFile())
                        : shipped(env.getDocument(), ShippedFont.Face.of(font.isBold()));
                loaded.put(key, pdf);
            }
            return pdf;
        }

        private static PDFont shipped(PDDocument document, ShippedFont.Face face) throws IOException {
            try (InputStream in = face.open()) {
                return PDType0Font.load(document, in, true);
            }
        }
    }
}
