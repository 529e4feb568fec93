package org.targetcast.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.targetcast.charts.Lang;

/**
 * The content of a run's report, built once and rendered twice: as HTML ({@link HtmlReport}) and as an
 * A4 PDF ({@link PdfReport}), so the two always say the same.
 *
 * @param lang the language it is written in
 * @param title the title
 * @param blocks the content, in reading order
 */
public record ReportDocument(Lang lang, String title, List<Block> blocks) {
    /** Copies the blocks. */
    public ReportDocument {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** How a table row, or a cell, is coloured: by the verdict it carries. */
    public enum Tone {
        /** No colour. */
        NONE,
        /** Likely or very likely, or met on the central path. */
        GOOD,
        /** About even. */
        EVEN,
        /** Unlikely or very unlikely, or missed on the central path. */
        BAD
    }

    /** One piece of the report. */
    public sealed interface Block permits Heading, Paragraph, TableBlock, Figure, HtmlSection {}

    /**
     * @param level 1 for the title, 2 for sections, 3 for subsections
     * @param text the heading
     */
    public record Heading(int level, String text) implements Block {}

    /**
     * @param text the paragraph
     * @param small whether it is a note (smaller, grey)
     * @param tone a colour for a verdict sentence
     */
    public record Paragraph(String text, boolean small, Tone tone) implements Block {}

    /**
     * A table; its rows are never split across pages.
     *
     * @param header the column names
     * @param rows the rows, each as long as the header
     * @param numeric for each column, whether it holds numbers (right-aligned)
     * @param toned the column coloured by the row's tone, or −1
     */
    public record TableBlock(List<String> header, List<Row> rows, List<Boolean> numeric, int toned) implements Block {
        /**
         * @param rows a header row, then the body rows, as the terminal prints them
         * @param numeric per column, whether it is right-aligned
         * @return the table, untoned
         */
        static TableBlock of(List<String[]> rows, List<Boolean> numeric) {
            List<Row> body = new java.util.ArrayList<>();
            for (String[] r : rows.subList(1, rows.size())) {
                body.add(new Row(List.of(r), Tone.NONE));
            }
            return new TableBlock(List.of(rows.get(0)), body, numeric, -1);
        }

        /** Copies and checks the widths. */
        public TableBlock {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            numeric = List.copyOf(numeric);
            for (Row r : rows) {
                if (r.cells().size() != header.size()) {
                    throw new IllegalArgumentException(
                            "row of " + r.cells().size() + " cells under " + header.size() + " columns");
                }
            }
        }
    }

    /**
     * @param cells the cells
     * @param tone the row's verdict colour
     */
    public record Row(List<String> cells, Tone tone) {
        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A section another part of the run writes as HTML; set in report.html only.
     *
     * @param html the section
     */
    public record HtmlSection(String html) implements Block {}

    /**
     * A chart the run draws; the renderers fetch its image by name ({@link ChartBatch#image}), so the
     * document can be laid out while the charts are still being drawn.
     *
     * @param chart the chart's files' name without extension, e.g. {@code charts/baseline-fan}
     * @param caption its alternative text
     */
    public record Figure(String chart, String caption) implements Block {
        /** Checks. */
        public Figure {
            Objects.requireNonNull(chart, "chart");
            Objects.requireNonNull(caption, "caption");
        }
    }

    /** Collects blocks in order. */
    static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        Builder heading(int level, String text) {
            blocks.add(new Heading(level, text));
            return this;
        }

        Builder paragraph(String text) {
            blocks.add(new Paragraph(text, false, Tone.NONE));
            return this;
        }

        Builder paragraph(String text, Tone tone) {
            blocks.add(new Paragraph(text, false, tone));
            return this;
        }

        Builder note(String text) {
            blocks.add(new Paragraph(text, true, Tone.NONE));
            return this;
        }

        Builder add(Block b) {
            blocks.add(b);
            return this;
        }

        List<Block> blocks() {
            return blocks;
        }
    }
}
