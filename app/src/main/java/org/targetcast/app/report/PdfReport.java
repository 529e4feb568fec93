package org.targetcast.app.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.targetcast.app.report.ReportDocument.Block;
import org.targetcast.app.report.ReportDocument.Figure;
import org.targetcast.app.report.ReportDocument.Heading;
import org.targetcast.app.report.ReportDocument.Paragraph;
import org.targetcast.app.report.ReportDocument.Row;
import org.targetcast.app.report.ReportDocument.TableBlock;
import org.targetcast.app.report.ReportDocument.Tone;
import org.targetcast.charts.PdfFileId;

/**
 * Sets a {@link ReportDocument} on A4 pages with PDFBox: real text in embedded fonts ({@link PdfFonts}), so
 * it can be searched, copied and read aloud. Paragraphs wrap at spaces and between Chinese characters;
 * a table row is never split across pages (the header is repeated on the next page); a heading always
 * has the start of what follows on its page; a chart moves to the next page rather than being cut.
 * Charts are embedded as the PNG files the run wrote, their compressed data as it is in the file (no
 * decoding and encoding again); a chart written only as SVG is left out of the PDF.
 */
final class PdfReport {
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 9.5f;
    private static final float SMALL = 8;
    private static final float CELL = 8;
    private static final float LEADING = 1.35f;
    private static final float PAD = 3;
    private static final float FIGURE_MAX_HEIGHT = 330;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final String title;
    private final Function<String, Optional<ChartImage>> images;
    private PDPageContentStream cs;
    private float y;
    private int pages;

    private PdfReport(PDDocument doc, PdfFonts fonts, String title, Function<String, Optional<ChartImage>> images) {
        this.doc = doc;
        this.fonts = fonts;
        this.title = title;
        this.images = images;
    }

    /**
     * @param report the report
     * @param images each figure's image by chart name; a figure without a PNG is left out
     * @param file where to write the PDF
     * @throws IOException on a write failure, or when no font can set the report's language
     */
    static void write(ReportDocument report, Function<String, Optional<ChartImage>> images, Path file)
            throws IOException {
        try (PDDocument doc = new PDDocument();
                PdfFonts fonts = PdfFonts.load(doc, report.lang())) {
            doc.getDocumentInformation().setTitle(report.title());
            doc.getDocumentInformation().setCreator("targetcast");
            doc.getDocumentCatalog().setLanguage(report.lang().code());
            PdfReport p = new PdfReport(doc, fonts, report.title(), images);
            p.newPage();
            List<Block> blocks = report.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b instanceof Heading h) {
                    float next = i + 1 < blocks.size() ? p.firstLineHeight(blocks.get(i + 1)) : 0;
                    p.heading(h, next);
                } else if (b instanceof Paragraph para) {
                    p.paragraph(para);
                } else if (b instanceof TableBlock t) {
                    p.table(t);
                } else if (b instanceof Figure f) {
                    p.figure(f);
                }
            }
            p.cs.close();
            PdfFileId.set(doc, report.title(), report.lang().code(), String.valueOf(doc.getNumberOfPages()));
            doc.save(file.toFile());
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pages++;
        y = PDRectangle.A4.getHeight() - MARGIN;
        String footer = title + " · " + pages;
        cs.setNonStrokingColor(0.45f, 0.45f, 0.45f);
        text(footer, fonts.regular(), 7, MARGIN + (WIDTH - width(footer, fonts.regular(), 7)) / 2, MARGIN / 2);
        cs.setNonStrokingColor(0.13f, 0.13f, 0.13f);
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private static float size(Heading h) {
        return h.level() == 1 ? 16 : h.level() == 2 ? 13 : 11;
    }

    private float firstLineHeight(Block b) {
        if (b instanceof Paragraph p) {
            return (p.small() ? SMALL : BODY) * LEADING * 2;
        }
        if (b instanceof TableBlock) {
            return 2 * (CELL * LEADING * 2 + 2 * PAD);
        }
        if (b instanceof Figure) {
            return FIGURE_MAX_HEIGHT * 0.6f;
        }
        return 0;
    }

    private void heading(Heading h, float keepWith) throws IOException {
        float s = size(h);
        List<String> lines = wrap(h.text(), fonts.bold(), s, WIDTH);
        float height = lines.size() * s * LEADING + s * 0.6f;
        ensure(height + keepWith);
        y -= s * 0.6f;
        for (String line : lines) {
            y -= s * LEADING;
            text(line, fonts.bold(), s, MARGIN, y + s * (LEADING - 1));
        }
    }

    private void paragraph(Paragraph p) throws IOException {
        float s = p.small() ? SMALL : BODY;
        float indent = p.tone() == Tone.NONE ? 0 : 8;
        List<String> lines = wrap(p.text(), fonts.regular(), s, WIDTH - indent);
        y -= s * 0.5f;
        for (int i = 0; i < lines.size(); i++) {
            ensure(s * LEADING * (i == 0 && lines.size() > 1 ? 2 : 1));
            y -= s * LEADING;
            if (indent > 0) {
                tone(p.tone());
                cs.addRect(MARGIN, y, 2.5f, s * LEADING);
                cs.fill();
            }
            if (p.small()) {
                cs.setNonStrokingColor(0.4f, 0.4f, 0.4f);
            } else {
                cs.setNonStrokingColor(0.13f, 0.13f, 0.13f);
            }
            text(lines.get(i), fonts.regular(), s, MARGIN + indent, y + s * (LEADING - 1));
        }
        cs.setNonStrokingColor(0.13f, 0.13f, 0.13f);
    }

    private void table(TableBlock t) throws IOException {
        int n = t.header().size();
        float[] natural = new float[n];
        float[] least = new float[n];
        for (int c = 0; c < n; c++) {
            natural[c] = width(t.header().get(c), fonts.bold(), CELL) + 2 * PAD;
            least[c] = widestToken(t.header().get(c), fonts.bold()) + 2 * PAD;
            for (Row r : t.rows()) {
                natural[c] = Math.max(natural[c], width(r.cells().get(c), fonts.regular(), CELL) + 2 * PAD);
                least[c] = Math.max(least[c], widestToken(r.cells().get(c), fonts.regular()) + 2 * PAD);
            }
        }
        float[] w = columnWidths(natural, least, WIDTH);
        y -= BODY * 0.5f;
        drawRow(t.header(), w, t, Tone.NONE, true, true);
        for (Row r : t.rows()) {
            if (!drawRow(r.cells(), w, t, r.tone(), false, false)) {
                newPage();
                drawRow(t.header(), w, t, Tone.NONE, true, true);
                drawRow(r.cells(), w, t, r.tone(), false, true);
            }
        }
    }

    /**
     * Fits columns into the page: columns narrower than an even share keep their width, the others share
     * what is left in proportion to their natural widths (repeated until stable).
     */
    static float[] columnWidths(float[] natural, float total) {
        float sum = 0;
        for (float v : natural) {
            sum += v;
        }
        if (sum <= total) {
            return natural.clone();
        }
        float[] w = new float[natural.length];
        boolean[] fixed = new boolean[natural.length];
        boolean changed = true;
        while (changed) {
            changed = false;
            float left = total;
            float open = 0;
            int count = 0;
            for (int c = 0; c < natural.length; c++) {
                if (fixed[c]) {
                    left -= natural[c];
                } else {
                    open += natural[c];
                    count++;
                }
            }
            float share = count == 0 ? 0 : left / count;
            for (int c = 0; c < natural.length; c++) {
                if (!fixed[c] && natural[c] <= share) {
                    fixed[c] = true;
                    changed = true;
                }
            }
            for (int c = 0; c < natural.length; c++) {
                w[c] = fixed[c] ? natural[c] : natural[c] * left / open;
            }
        }
        return w;
    }

    /**
     * @return the width of the widest piece of a cell that a line never splits (a word, a term, （百分点）), with a
     *     point to spare: {@link #wrap} sums the widths of single characters, which can exceed the string's own
     *     width by a rounding error
     */
    private static float widestToken(String text, PdfFonts.Chain font) throws IOException {
        float widest = 0;
        for (String token : Table.tokens(text)) {
            widest = Math.max(widest, width(token.strip(), font, CELL));
        }
        return widest == 0 ? 0 : widest + 1;
    }

    /**
     * Fits columns into the page as {@link #columnWidths(float[], float)} does, then widens every column
     * narrower than its widest unbreakable piece to that width, taking the difference from the other columns in
     * proportion to what they have above their own least width; so that a cell wraps between words and never
     * inside one (差距（百 / 分点）). Where even the least widths do not fit, every column gets its least width.
     *
     * @param natural each column's width on one line
     * @param least each column's widest unbreakable piece
     * @param total the width of the page
     * @return the widths
     */
    static float[] columnWidths(float[] natural, float[] least, float total) {
        float[] w = columnWidths(natural, total);
        float deficit = 0;
        float slack = 0;
        for (int c = 0; c < w.length; c++) {
            float floor = Math.min(least[c], natural[c]);
            if (w[c] < floor) {
                deficit += floor - w[c];
            } else {
                slack += w[c] - floor;
            }
        }
        if (deficit == 0) {
            return w;
        }
        float take = Math.min(1, deficit / slack);
        for (int c = 0; c < w.length; c++) {
            float floor = Math.min(least[c], natural[c]);
            w[c] = w[c] < floor ? floor : w[c] - (w[c] - floor) * take;
        }
        return w;
    }

    /** @return false, drawing nothing, when the row does not fit on the page and {@code force} is not set */
    private boolean drawRow(List<String> cells, float[] w, TableBlock t, Tone tone, boolean header, boolean force)
            throws IOException {
        PdfFonts.Chain font = header ? fonts.bold() : fonts.regular();
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> l = wrap(cells.get(c), font, CELL, w[c] - 2 * PAD);
            wrapped.add(l);
            lines = Math.max(lines, l.size());
        }
        float height = lines * CELL * LEADING + 2 * PAD;
        float needed = header ? height + CELL * LEADING + 2 * PAD : height;
        if (y - needed < MARGIN && !force) {
            return false;
        }
        float top = y;
        y -= height;
        if (header) {
            cs.setNonStrokingColor(0.953f, 0.961f, 0.973f);
            cs.addRect(MARGIN, y, sum(w), height);
            cs.fill();
        }
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            boolean toned = !header && c == t.toned() && tone != Tone.NONE;
            if (toned) {
                tone(tone);
            } else {
                cs.setNonStrokingColor(0.13f, 0.13f, 0.13f);
            }
            List<String> l = wrapped.get(c);
            for (int k = 0; k < l.size(); k++) {
                float baseline = top - PAD - (k + 1) * CELL * LEADING + CELL * (LEADING - 1);
                float tx = t.numeric().get(c) && !header ? x + w[c] - PAD - width(l.get(k), font, CELL) : x + PAD;
                text(l.get(k), toned ? fonts.bold() : font, CELL, tx, baseline);
            }
            x += w[c];
        }
        cs.setStrokingColor(0.87f, 0.87f, 0.87f);
        cs.setLineWidth(0.5f);
        cs.moveTo(MARGIN, y);
        cs.lineTo(MARGIN + sum(w), y);
        cs.stroke();
        cs.setNonStrokingColor(0.13f, 0.13f, 0.13f);
        return true;
    }

    private void figure(Figure f) throws IOException {
        Optional<ChartImage> png = images.apply(f.chart()).filter(ChartImage::isPng);
        if (png.isEmpty()) {
            return;
        }
        // PDFBox copies a PNG's compressed rows into the PDF as they are (its PNGConverter)
        PDImageXObject image = PDImageXObject.createFromByteArray(doc, png.get().bytes(), f.chart() + ".png");
        float w = WIDTH;
        float h = w * image.getHeight() / image.getWidth();
        if (h > FIGURE_MAX_HEIGHT) {
            h = FIGURE_MAX_HEIGHT;
            w = h * image.getWidth() / image.getHeight();
        }
        ensure(h + SMALL * LEADING + 8);
        y -= 6 + h;
        cs.drawImage(image, MARGIN + (WIDTH - w) / 2, y, w, h);
        y -= SMALL * LEADING;
        cs.setNonStrokingColor(0.4f, 0.4f, 0.4f);
        text(f.caption(), fonts.regular(), SMALL, MARGIN, y + SMALL * (LEADING - 1));
        cs.setNonStrokingColor(0.13f, 0.13f, 0.13f);
    }

    private void tone(Tone tone) throws IOException {
        switch (tone) {
            case GOOD -> cs.setNonStrokingColor(0.106f, 0.478f, 0.227f);
            case EVEN -> cs.setNonStrokingColor(0.631f, 0.361f, 0f);
            case BAD -> cs.setNonStrokingColor(0.690f, 0.227f, 0.180f);
            case NONE -> cs.setNonStrokingColor(0.13f, 0.13f, 0.13f);
        }
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float v : w) {
            s += v;
        }
        return s;
    }

    /** Draws a line of text, each character in the first font that has it. */
    private void text(String s, PdfFonts.Chain font, float size, float x, float baseline) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, baseline);
        for (Run r : runs(s, font)) {
            cs.setFont(r.font(), size);
            cs.showText(r.text());
        }
        cs.endText();
    }

    static float width(String s, PdfFonts.Chain font, float size) throws IOException {
        float w = 0;
        for (Run r : runs(s, font)) {
            w += r.font().getStringWidth(r.text()) / 1000 * size;
        }
        return w;
    }

    private record Run(PDFont font, String text) {}

    private static List<Run> runs(String s, PdfFonts.Chain fonts) throws IOException {
        List<Run> out = new ArrayList<>();
        PDFont current = null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String ch = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
            PDFont f = fonts.first(ch);
            if (f == null) {
                ch = "?";
                f = fonts.last();
            }
            if (f != current && sb.length() > 0) {
                out.add(new Run(current, sb.toString()));
                sb.setLength(0);
            }
            current = f;
            sb.append(ch);
        }
        if (sb.length() > 0) {
            out.add(new Run(current, sb.toString()));
        }
        return out;
    }

    /**
     * Breaks text into lines no wider than {@code max}: at spaces, and before or after any Chinese
     * character; a word longer than a line is cut between characters (never inside a surrogate pair).
     * Linear in the text's length: each character is measured once (a font's width of a string is the sum of
     * its glyphs' widths, so a line's width is a running sum), never a whole candidate line again.
     */
    static List<String> wrap(String text, PdfFonts.Chain font, float size, float max) throws IOException {
        Widths widths = new Widths(font, size);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String token : Table.tokens(text)) {
            String t = line.length() == 0 ? token.stripLeading() : token;
            float w = widths.of(t);
            if (lineWidth + w <= max) {
                line.append(t);
                lineWidth += w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            String word = token.stripLeading();
            int start = 0;
            float run = 0;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                float cw = widths.of(cp);
                if (i > start && run + cw > max) {
                    lines.add(word.substring(start, i));
                    start = i;
                    run = 0;
                }
                run += cw;
                i += Character.charCount(cp);
            }
            line.append(word, start, word.length());
            lineWidth = run;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Widths of characters as {@link #text} draws them (each in the first font that has it), measured once each. */
    private static final class Widths {
        private final PdfFonts.Chain font;
        private final float size;
        private final java.util.Map<Integer, Float> known = new java.util.HashMap<>();

        Widths(PdfFonts.Chain font, float size) {
            this.font = font;
            this.size = size;
        }

        float of(String s) throws IOException {
            float w = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                w += of(cp);
                i += Character.charCount(cp);
            }
            return w;
        }

        float of(int cp) throws IOException {
            Float w = known.get(cp);
            if (w == null) {
                w = width(new String(Character.toChars(cp)), font, size);
                known.put(cp, w);
            }
            return w;
        }
    }
}
