package org.targetcast.app.report;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.charts.ChartFrame;
import org.targetcast.charts.Lang;
import org.targetcast.charts.PanelSharesChart;
import org.targetcast.engine.text.Glossary;
import org.targetcast.engine.workspace.Version;
import org.targetcast.engine.workspace.Workspace;
import org.targetcast.model.calibration.PanelCalibration;
import org.targetcast.model.data.ComponentHistory;
import org.targetcast.model.series.AnnualSeries;

/**
 * The chart of the calibration panel's share histories ({@link PanelSharesChart}): every history the panel
 * keeps ({@link Workspace#calibrationPanel()}), China's on each basis highlighted, the others grey. Drawn
 * once a run, {@code charts/panel}, and by {@code chart --kind panel}.
 */
public final class PanelChart {
    /** The chart's files' name without extension, in a run's output folder. */
    public static final String BASE = PanelEvidenceSection.CHART;

    private PanelChart() {}

    /**
     * @param ws the workspace whose panel is drawn
     * @param lang the labels' language
     * @return the chart, or null when the panel holds no China history to highlight
     */
    public static PanelSharesChart of(Workspace ws, Lang lang) {
        List<AnnualSeries> others = new ArrayList<>();
        List<PanelSharesChart.Highlight> china = new ArrayList<>();
        for (ComponentHistory h : ws.calibrationPanel()) {
            String name = h.economy();
            AnnualSeries share = h.share();
            if (PanelCalibration.economy(name).equals("china")) {
                boolean unctad = name.startsWith("unctad:") || name.contains("@unctad");
                china.add(new PanelSharesChart.Highlight(
                        Glossary.term(unctad ? "panel.china.unctad" : "panel.china.mofcom", lang), share));
            } else {
                others.add(share);
            }
        }
        if (china.isEmpty()) {
            return null;
        }
        String hash = ws.dataHash();
        return PanelSharesChart.of(others, china).withFrame(f -> f.withLang(lang)
                .with(
                        ChartFrame.Text.FOOTER,
                        Glossary.term(
                                "footer.panel",
                                lang,
                                ws.dataFile(),
                                hash.substring(0, Math.min(12, hash.length())),
                                Version.get())));
    }

    /**
     * @param ws the workspace whose panel is drawn
     * @param output chart size, formats and language
     * @param folder the output folder being written
     * @return the job drawing {@link #BASE}, or null when the panel holds no China history
     */
    public static ChartBatch.Job job(Workspace ws, ChartOutput output, OutputFolder folder) {
        PanelSharesChart chart = of(ws, output.lang());
        return chart == null ? null : new ChartBatch.Job(BASE, () -> output.draw(chart::toXChart, folder, BASE));
    }
}
