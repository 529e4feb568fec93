// The jshell session of docs/library.md, block by block (a test keeps the two the same).
// Run from the repository's root as docs/library.md says.

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.targetcast.api.*;
import org.targetcast.charts.*;
import tech.tablesaw.api.*;

Targetcast tc = Targetcast.shippedData().withSeed(20241128);
History china = tc.history("china");
System.out.println(china.table().last(6).print());

ScenarioSource baseline = Scenarios.builder("baseline").
        title("Baseline - fitted trends, pandemic years left out").
        data("china").horizon(2035).baselineYear(2015).
        digital(c -> c.model("drift").fitFrom(2015).exclude(2020, 2021, 2022)).
        other(c -> c.model("drift").fitFrom(2015).exclude(2020, 2021, 2022)).
        shareTarget(2029, 0.45).shareTarget(2035, 0.50).growthTarget(2025, 2029, 0.0).
        shocks("history").calibration("panel").families("drift", "loglinear", "damped", "pooled").
        build();
System.out.println(baseline.yaml().orElseThrow());

RunResult run = tc.run(baseline);
for (TargetResult t : run.scenario("baseline").targets()) {
    System.out.printf(Locale.ROOT, "%-42s P = %s (%.1f%%, %s)%n", t.label(), t.probability(), 100 * t.probability(), t.method());
    if (!Double.isNaN(t.reachedBy())) {
        System.out.printf(Locale.ROOT, "%-42s reached by then: %.1f%%, across trend families: %.1f%% to %.1f%%%n", "",
                100 * t.reachedBy(), 100 * t.lowest(), 100 * t.highest());
    }
}

Table traj = run.trajectoryTable();
Table ahead = traj.where(traj.stringColumn("kind").isEqualTo("projected")
        .and(traj.intColumn("year").isBetweenInclusive(2026, 2030)));
System.out.println(ahead.selectColumns("year", "share", "share_q10", "share_q50", "share_q90").print());

FanChart fan = run.scenario("baseline")
        .fanChart()
        .withFrame(f -> f.with(ChartFrame.Text.TITLE, "Digitally deliverable services, share of services trade"));
List<Path> files = ChartExporter.of(ChartPreset.WEB).write(fan.toXChart(ChartPreset.WEB), Path.of("out-library/baseline-fan"));
System.out.println("wrote " + files);

/exit
