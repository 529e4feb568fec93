package org.targetcast.app.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.targetcast.app.report.ReportDocument.Row;
import org.targetcast.app.report.ReportDocument.TableBlock;
import org.targetcast.app.report.ReportDocument.Tone;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.EconomyNames;
import org.targetcast.engine.text.Glossary;
import org.targetcast.model.calibration.BandEvidence;
import org.targetcast.model.calibration.BlockBootstrap;
import org.targetcast.model.calibration.JumpComponent;
import org.targetcast.model.calibration.PanelEvidence;
import org.targetcast.model.calibration.PanelJumps;
import org.targetcast.model.calibration.RefusedHistory;

/**
 * The report's section on the calibration of the bands: the evidence from the whole panel
 * ({@link PanelEvidence}), the same numbers as {@code backtest --calibrate --panel} prints for the bands as
 * run, formatted alike: the panel and its leave-one-economy-out calibration in a sentence, the chart of the
 * panel's share histories, coverage at 50/80/95 % per horizon, the one-sided misses and interval score per
 * band, the PIT deciles, the jumps of each component (frequency, size, where they fall), the histories of
 * the panel and the refused ones with their reasons. Each part is
 * one method, so that a further figure of the evidence is one more part.
 */
final class PanelEvidenceSection {
    /** The chart of the panel's share histories, in a run's output folder. */
    static final String CHART = "charts/panel";

    private PanelEvidenceSection() {}

    /**
     * @param b the report being built
     * @param scenario the scenario whose bands are judged
     * @param e the evidence
     * @param lang the report's language
     * @param drawn whether the run draws a chart
     */
    static void add(ReportDocument.Builder b, String scenario, PanelEvidence e, Lang lang, Predicate<String> drawn) {
        b.heading(2, Glossary.term("evidence.title", lang));
        b.paragraph(Glossary.term("evidence.loo", lang, scenario));
        BandEvidence bands = e.bands();
        int[] o = bands.origins();
        BlockBootstrap boot = bands.bootstrap();
        b.paragraph(Glossary.term(
                "evidence.panel",
                lang,
                e.histories().size(),
                e.economiesBesidesChina(),
                bands.count(),
                o.length == 0 ? "-" : o[0] + "–" + o[1],
                100 * bands.intervalLevel(),
                boot.blockLength(),
                boot.replicates()));
        if (drawn.test(CHART)) {
            b.add(new ReportDocument.Figure(CHART, Glossary.term("chart.panel", lang)));
        }
        coverage(b, bands, e.maxHorizon(), lang);
        sides(b, bands, lang);
        pit(b, bands, lang);
        jumps(b, e.jumps(), lang);
        members(b, e, lang);
    }

    /** Coverage at each level per horizon, pooled last. */
    private static void coverage(ReportDocument.Builder b, BandEvidence bands, int maxHorizon, Lang lang) {
        b.heading(3, Glossary.term("evidence.coverage", lang));
        List<String> header = new ArrayList<>(
                List.of(Glossary.term("evidence.horizon", lang), Glossary.term("evidence.checks", lang)));
        for (double level : BandEvidence.LEVELS) {
            header.add(Glossary.term("backtest.cover", lang, level(level)));
        }
        List<Row> rows = new ArrayList<>();
        for (int h = 1; h <= maxHorizon + 1; h++) {
            int horizon = h > maxHorizon ? 0 : h;
            if (bands.count(horizon) == 0) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            cells.add(horizon == 0 ? Glossary.term("cal.pooled", lang) : String.valueOf(horizon));
            cells.add(String.valueOf(bands.count(horizon)));
            for (double level : BandEvidence.LEVELS) {
                cells.add(Formats.interval(bands.coverage(level, horizon), true));
            }
            rows.add(new Row(cells, Tone.NONE));
        }
        b.add(new TableBlock(header, rows, numeric(header.size(), 1), -1));
    }

    /** The misses below and above each band, with the nominal rate, and the interval score. */
    private static void sides(ReportDocument.Builder b, BandEvidence bands, Lang lang) {
        b.heading(3, Glossary.term("evidence.sides", lang));
        List<String> header = List.of(
                Glossary.term("evidence.band", lang),
                Glossary.term("evidence.nominal", lang),
                Glossary.term("evidence.below", lang),
                Glossary.term("evidence.above", lang),
                Glossary.term("evidence.score", lang));
        List<Row> rows = new ArrayList<>();
        for (double level : BandEvidence.LEVELS) {
            rows.add(new Row(
                    List.of(
                            level(level),
                            Formats.pct((1 - level) / 2),
                            Formats.interval(bands.below(level), true),
                            Formats.interval(bands.above(level), true),
                            Formats.interval(bands.intervalScore(level), false)),
                    Tone.NONE));
        }
        b.add(new TableBlock(header, rows, numeric(header.size(), 1), -1));
        b.note(Glossary.term("evidence.score.note", lang));
    }

    /** The PIT histogram in deciles, one column a decile. */
    private static void pit(ReportDocument.Builder b, BandEvidence bands, Lang lang) {
        b.heading(3, Glossary.term("evidence.pit", lang));
        int[] counts = bands.pitHistogram();
        List<String> header = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            header.add(String.format(Locale.ROOT, "%d–%d%%", 100 * i / counts.length, 100 * (i + 1) / counts.length));
            cells.add(String.valueOf(counts[i]));
        }
        b.add(new TableBlock(header, List.of(new Row(cells, Tone.NONE)), numeric(header.size(), 0), -1));
    }

    /** The rare events of each component: frequency, size and where they fall, with the ordinary volatility. */
    private static void jumps(ReportDocument.Builder b, PanelJumps j, Lang lang) {
        if (j == null) {
            return;
        }
        b.heading(3, Glossary.term("evidence.jumps", lang));
        JumpComponent first = j.digital();
        b.paragraph(Glossary.term(
                "evidence.jumps.intro",
                lang,
                first.economies(),
                first.economyYears(),
                100 * first.frequency().level(),
                first.replicates()));
        List<String> header = List.of(
                Glossary.term("evidence.component", lang),
                Glossary.term("evidence.jump.frequency", lang),
                Glossary.term("evidence.jump.mean", lang),
                Glossary.term("evidence.jump.sd", lang),
                Glossary.term("evidence.ordinary", lang),
                Glossary.term("evidence.jump.years", lang));
        List<Row> rows = new ArrayList<>();
        for (JumpComponent c : List.of(j.other(), j.digital())) {
            rows.add(new Row(
                    List.of(
                            Glossary.term("evidence." + c.component(), lang),
                            JumpText.frequency(c.frequency(), "–"),
                            JumpText.points(c.sizeMean(), "–"),
                            JumpText.points(c.sizeSd(), "–"),
                            JumpText.points(c.medianVolatility()),
                            JumpText.years(c, 3, lang == Lang.ZH ? "、" : ", ")),
                    Tone.NONE));
        }
        b.add(new TableBlock(header, rows, List.of(false, true, true, true, true, false), -1));
        b.note(Glossary.term("evidence.jumps.note", lang));
    }

    /** Who is in the panel, and who was refused and why. */
    private static void members(ReportDocument.Builder b, PanelEvidence e, Lang lang) {
        b.note(Glossary.term(
                "evidence.members",
                lang,
                String.join(
                        lang == Lang.ZH ? "、" : ", ",
                        e.histories().stream()
                                .map(h -> EconomyNames.history(h, lang))
                                .toList())));
        if (e.refused().isEmpty()) {
            b.note(Glossary.term("evidence.refused.none", lang));
            return;
        }
        b.paragraph(Glossary.term("evidence.refused", lang));
        List<Row> rows = new ArrayList<>();
        for (RefusedHistory r : e.refused()) {
            rows.add(new Row(List.of(EconomyNames.history(r.history(), lang), Glossary.refusal(r, lang)), Tone.NONE));
        }
        b.add(new TableBlock(
                List.of(Glossary.term("cal.history", lang), Glossary.term("evidence.reason", lang)),
                rows,
                List.of(false, false),
                -1));
    }

    /** @return e.g. {@code 80%} */
    private static String level(double level) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * level);
    }

    /** @return for each of {@code n} columns whether it is numeric: every column from {@code from} on */
    private static List<Boolean> numeric(int n, int from) {
        Boolean[] out = new Boolean[n];
        Arrays.fill(out, Boolean.TRUE);
        for (int i = 0; i < Math.min(from, n); i++) {
            out[i] = Boolean.FALSE;
        }
        return List.of(out);
    }
}
