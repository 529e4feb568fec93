package org.targetcast.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.charts.ChartPreset;
import org.targetcast.charts.FanChart;
import org.targetcast.charts.Lang;
import org.targetcast.model.analysis.Assumption;

class ExplorerActionsTest {
    @TempDir
    Path dir;

    private final FanChart fan = ExplorerCharts.fan(
            Fixtures.engine()
                    .compute(
                            ExplorerState.of(Fixtures.scenario("baseline.yaml")).with(Assumption.OTHER_GROWTH, 0.06)),
            Lang.EN);

    @Test
    void exportsInTheFormatTheExtensionNames() throws IOException {
        Path svg = ExplorerActions.exportTo(fan::toXChart, ChartPreset.WEB, dir.resolve("fan.svg"), "PNG");
        assertEquals(dir.resolve("fan.svg"), svg);
        assertTrue(Files.readString(svg).contains("<svg"));
        Path png = ExplorerActions.exportTo(fan::toXChart, ChartPreset.SLIDES, dir.resolve("Fan.PNG"), "SVG");
        assertEquals("Fan.png", png.getFileName().toString());
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void addsTheFiltersExtensionWhenTheNameHasNone() {
        assertEquals(
                dir.resolve("chart.pdf"),
                ExplorerActions.exportTo(fan::toXChart, ChartPreset.PRINT, dir.resolve("chart"), "PDF"));
        assertEquals(
                dir.resolve("chart.png"),
                ExplorerActions.exportTo(fan::toXChart, ChartPreset.WEB, dir.resolve("chart"), "All Files"));
    }
}
