package org.targetcast.app.report;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.targetcast.app.report.ReportDocument.Figure;
import org.targetcast.app.report.ReportDocument.Row;
import org.targetcast.app.report.ReportDocument.TableBlock;
import org.targetcast.app.report.ReportDocument.Tone;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.text.ProvenanceText;
import org.targetcast.engine.workspace.EvidenceUse;
import org.targetcast.engine.workspace.GrowthReadings;
import org.targetcast.engine.workspace.ScenarioResult;
import org.targetcast.model.analysis.SpecificationRange;
import org.targetcast.model.assessment.TargetAssessment;
import org.targetcast.model.simulation.ShockModel;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * Builds the report of a run: run date and data vintage, the targets the scenarios judge (taken from the
 * scenarios, none assumed), a summary table and the comparison chart across scenarios, the answer in words
 * for every scenario, then each scenario's verdicts and charts, the spread and the two data bases, the
 * evidence for the calibration of the bands from the whole panel ({@link PanelEvidenceSection}), and the
 * provenance.
 */
final class ReportBuilder {
    private ReportBuilder() {}

    /**
     * The facts about the run the report states, beside the results.
     *
     * @param runAt when the run happened
     * @param version toolkit version
     * @param dataFile the data file as named
     * @param dataHash its SHA-256
     * @param firstDataYear the earliest observation's year
     * @param lastDataYear the latest observation's year (the data vintage)
     */
    record RunFacts(
            ZonedDateTime runAt,
            String version,
            String dataFile,
            String dataHash,
            int firstDataYear,
            int lastDataYear) {}

    static ReportDocument build(
            List<ScenarioResult> results,
            BasisComparison bases,
            SpecificationRange.Result range,
            List<GrowthReadings> readings,
            String spread,
            Lang lang,
            RunFacts facts,
            Predicate<String> drawn,
            EvidenceUse evidence) {
        boolean zh = lang == Lang.ZH;
        ReportDocument.Builder b = new ReportDocument.Builder();
        String title = Glossary.term("report.title", lang);
        b.heading(1, title);
        b.note(Glossary.term(
                "report.run",
                lang,
                facts.runAt()
                        .withZoneSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)),
                facts.version(),
                facts.dataFile(),
                facts.dataHash().substring(0, Math.min(12, facts.dataHash().length())),
                facts.firstDataYear(),
                facts.lastDataYear()));
        Set<String> targets = new LinkedHashSet<>();
        for (ScenarioResult r : results) {
            for (Target t : r.loaded().scenario().targets()) {
                targets.add(Glossary.target(t, lang));
            }
        }
        b.paragraph(Glossary.term("report.targets", lang, String.join(zh ? "；" : "; ", targets)));

        b.heading(2, Glossary.term("report.summary", lang));
        boolean probabilities = results.stream().anyMatch(r -> r.outlook() != null);
        List<String> header = new ArrayList<>(List.of(Glossary.term("scenario", lang)));
        header.addAll(List.of(VerdictTable.header(lang, probabilities)));
        List<Row> rows = new ArrayList<>();
        for (ScenarioResult r : results) {
            for (TargetAssessment j : r.judged()) {
                List<String> cells = new ArrayList<>(List.of(
                        Glossary.scenarioHeading(r.name(), r.loaded().chinese().title(), lang)));
                String[] row = VerdictTable.row(j, lang, probabilities);
                row[0] = row[0].strip();
                cells.addAll(List.of(row));
                rows.add(new Row(cells, tone(j)));
            }
        }
        List<Boolean> numeric = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            numeric.add(c >= 2 && c < header.size() - 1);
        }
        b.add(new TableBlock(header, rows, numeric, header.size() - 1));
        VerdictTable.legend(results, lang, probabilities, false).forEach(b::note);
        figure(b, drawn, AnalysisCharts.COMPARE, Glossary.term("report.compare", lang));

        b.heading(2, Glossary.term("answer", lang));
        for (ScenarioResult r : results) {
            String sentence = Headline.of(r, lang, r == results.get(0) ? range : null);
            if (!sentence.isEmpty()) {
                b.paragraph(
                        sentence,
                        r.judged().stream()
                                .filter(j -> j.verdict().target() instanceof ShareTarget)
                                .findFirst()
                                .map(ReportBuilder::tone)
                                .orElse(Tone.NONE));
            }
        }

        if (range != null) {
            SpecificationSection.add(b, range, results.get(0).name(), lang, drawn);
        }
        GrowthReadingsSection.add(b, results.get(0).name(), readings, lang);
        ForecastSection.add(b, results, lang);

        for (ScenarioResult r : results) {
            var s = r.loaded().scenario();
            b.heading(2, r.loaded().title(zh) + " (" + s.name() + ")");
            b.paragraph(r.loaded().description(zh));
            String[] wideHeader = VerdictTable.wideHeader(lang, List.of(r));
            List<Row> wideRows = new ArrayList<>();
            for (TargetAssessment j : r.judged()) {
                String[] cells =
                        VerdictTable.wideRow(s.name(), j, lang, r.projection().lastObservedYear());
                wideRows.add(new Row(List.of(cells).subList(1, cells.length), tone(j)));
            }
            List<Boolean> wideNumeric = new ArrayList<>();
            for (int c = 1; c < wideHeader.length; c++) {
                wideNumeric.add(c >= 2 && c <= 5);
            }
            b.add(new TableBlock(
                    List.of(wideHeader).subList(1, wideHeader.length), wideRows, wideNumeric, wideHeader.length - 2));
            if (r.outlook() != null) {
                b.note(Glossary.term("legend.first", lang));
            }
            for (FigureRef f : figures(r, lang)) {
                figure(b, drawn, f.chart(), f.caption());
            }
            var provenance = r.provenance(facts.version());
            if (r.outlook() != null) {
                ShockModel k = r.outlook().shocks();
                b.note(Glossary.term(
                        "report.shocks",
                        lang,
                        k.sigmaDigital(),
                        k.sigmaOther(),
                        k.correlation(),
                        k.persistence(),
                        !k.isGaussian()
                                ? Glossary.term("student", lang, k.tailDf())
                                : k.isScaleKnown()
                                        ? Glossary.term("gaussian", lang)
                                        : Glossary.term("student.scale", lang, k.volatilityDf()),
                        provenance.paths(),
                        provenance.seed()));
                var c = r.projection().calibration();
                if (c.byErrors()) {
                    b.note(Glossary.term(
                            "report.calibration",
                            lang,
                            c.errors().count(),
                            c.economies().size(),
                            c.errors().reference()));
                } else if (c.applies()) {
                    b.note(Glossary.term(
                            "report.calibration.t",
                            lang,
                            c.checks(),
                            c.economies().size(),
                            c.varianceFactor(),
                            c.degreesOfFreedom()));
                }
            }
            b.note(ProvenanceText.scenarioFile(provenance, lang));
        }

        if (!spread.isEmpty()) {
            b.add(new ReportDocument.HtmlSection(spread));
        }
        if (bases != null) {
            basis(b, bases, lang);
        }
        if (evidence != null) {
            PanelEvidenceSection.add(b, evidence.scenario(), evidence.evidence(), lang, drawn);
        }
        b.heading(2, Glossary.term("report.data", lang));
        if (results.stream().anyMatch(r -> r.loaded().scenario().data().equalsIgnoreCase("china"))) {
            b.paragraph(Glossary.term("report.data.china", lang));
        }
        b.note(Glossary.term("report.files", lang));
        b.note(Glossary.term("report.provenance", lang, facts.version(), facts.dataFile(), facts.dataHash()));
        return new ReportDocument(lang, title, b.blocks());
    }

    /** The first scenario on both data bases, and the published shares against the MOFCOM-basis history. */
    private static void basis(ReportDocument.Builder b, BasisComparison bases, Lang lang) {
        b.heading(2, Glossary.term("bases.title", lang));
        List<String[]> rows = bases.rows(lang);
        List<Row> body = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            body.add(new Row(List.of(r), Tone.NONE));
        }
        List<Boolean> numeric = new ArrayList<>();
        for (int c = 0; c < rows.get(0).length; c++) {
            numeric.add(false);
        }
        b.add(new TableBlock(List.of(rows.get(0)), body, numeric, -1));
        b.paragraph(bases.sentences(lang == Lang.ZH));
        b.paragraph(Glossary.term("bases.published", lang));
        List<Row> published = new ArrayList<>();
        for (var c : bases.published()) {
            published.add(new Row(
                    List.of(
                            String.valueOf(c.year()),
                            Glossary.series(c.series(), lang),
                            String.format(Locale.ROOT, "%.1f%%", c.published()),
                            String.join(" ", c.sources()),
                            String.format(Locale.ROOT, "%.2f%%", c.computed()),
                            String.format(Locale.ROOT, "%+.2f", c.gap()),
                            Glossary.publishedGap(c, lang)),
                    Tone.NONE));
        }
        b.add(new TableBlock(
                List.of(
                        Glossary.term("year", lang),
                        Glossary.term("panel.series", lang),
                        Glossary.term("bases.value", lang),
                        Glossary.term("bases.sources", lang),
                        Glossary.term("bases.computed", lang),
                        Glossary.term("gap", lang),
                        Glossary.term("bases.why", lang)),
                published,
                List.of(false, false, true, false, true, true, false),
                -1));
    }

    /** @return the colour of a target's verdict: by its likelihood, or met/missed on the central path */
    static Tone tone(TargetAssessment j) {
        if (j.likelihood().isEmpty()) {
            return j.verdict().met() ? Tone.GOOD : Tone.BAD;
        }
        return switch (j.likelihood().get()) {
            case VERY_LIKELY, LIKELY -> Tone.GOOD;
            case ABOUT_EVEN -> Tone.EVEN;
            case UNLIKELY, VERY_UNLIKELY -> Tone.BAD;
        };
    }

    /**
     * @param results the scenarios of a run
     * @return the charts the report shows, in the order it shows them (to be drawn in that order)
     */
    static List<String> figureOrder(List<ScenarioResult> results) {
        List<String> order = new ArrayList<>(List.of(AnalysisCharts.COMPARE));
        if (!results.isEmpty()) {
            order.add(SpecificationSection.chartName(results.get(0).name()));
        }
        for (ScenarioResult r : results) {
            for (FigureRef f : figures(r, Lang.EN)) {
                order.add(f.chart());
            }
        }
        order.add(PanelEvidenceSection.CHART);
        return order;
    }

    /** A chart the report may show, by its files' name without extension, with its caption. */
    private record FigureRef(String chart, String caption) {}

    /** A scenario's charts in the report: fan, share trajectory, histograms by year, components, decomposition. */
    private static List<FigureRef> figures(ScenarioResult r, Lang lang) {
        var s = r.loaded().scenario();
        String base = "charts/" + s.name();
        List<FigureRef> f = new ArrayList<>();
        f.add(new FigureRef(base + "-fan", Glossary.term("chart.fan", lang)));
        f.add(new FigureRef(base + "-share", Glossary.term("chart.share", lang)));
        for (Target t : s.targets()) {
            if (t instanceof ShareTarget st && !st.reachedBy()) {
                f.add(new FigureRef(
                        base + "-histogram-" + st.year(), Glossary.term("chart.histogram", lang, st.year())));
            }
        }
        f.add(new FigureRef(base + "-components", Glossary.term("chart.components", lang)));
        f.add(new FigureRef(base + "-decomposition", Glossary.term("chart.decomposition", lang)));
        return f;
    }

    private static void figure(ReportDocument.Builder b, Predicate<String> drawn, String chart, String caption) {
        if (drawn.test(chart)) {
            b.add(new Figure(chart, caption));
        }
    }
}
