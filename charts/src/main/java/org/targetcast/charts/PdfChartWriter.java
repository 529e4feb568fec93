package org.targetcast.charts;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
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
 * can be searched, copied and read aloud): the installed file of each AWT font is found by
 * {@link FontFiles}, faces of TrueType collections such as {@code wqy-microhei.ttc} read with
 * {@link TrueTypeCollection}. Text whose font has no file, and the labels XChart draws as outlines (ticks,
 * legend, axis titles), are drawn as shapes. The document's title is the chart's.
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
            document.save(file.toFile());
        }
    }

    /** Maps each AWT font to its installed file, loaded once per document. */
    private static final class EmbeddedFonts extends PdfBoxGraphics2DFontTextDrawer {
        private final Map<FontFiles.Face, PDFont> loaded = new HashMap<>();
        private final Map<Path, TrueTypeCollection> collections = new HashMap<>();

        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
            FontFiles.Face face = FontFiles.faceFor(font).orElse(null);
            if (face == null) {
                return null;
            }
            PDFont pdf = loaded.get(face);
            if (pdf == null) {
                pdf = load(face, env.getDocument());
                loaded.put(face, pdf);
            }
            return pdf;
        }

        private PDFont load(FontFiles.Face face, PDDocument document) throws IOException {
            if (!face.inCollection()) {
                return PDType0Font.load(document, face.file().toFile());
            }
            TrueTypeCollection collection = collections.get(face.file());
            if (collection == null) {
                collection = new TrueTypeCollection(face.file().toFile());
                collections.put(face.file(), collection);
            }
            TrueTypeFont ttf = collection.getFontByName(face.postScriptName());
            if (ttf == null) {
                throw new IOException("font collection " + face.file() + " has no face " + face.postScriptName());
            }
            return PDType0Font.load(document, ttf, true);
        }

        @Override
        public void close() {
            super.close();
            for (TrueTypeCollection c : collections.values()) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // the document is written; a collection that fails to close holds nothing of it
                }
            }
        }
    }
}
