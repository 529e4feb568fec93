package org.targetcast.engine.workspace;

import java.util.ArrayList;
import java.util.List;
import org.targetcast.model.outlook.Forecaster;
import org.targetcast.model.outlook.ShareForecast;
import org.targetcast.model.outlook.Simulator;
import org.targetcast.model.scenario.Scenario;
import org.targetcast.model.simulation.Outlook;
import org.targetcast.model.simulation.TargetOutlook;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.Target;

/**
 * A growth condition read the ways a planner may mean it. "规模稳中有增" (the scale grows steadily) can be
 * read as growth in every year (the scenario's default), as no year below a floor ({@value #FLOOR_PERCENT}
 * %), as average growth of at least {@value #AVERAGE_PERCENT} % a year, or as the scale ending above where
 * it started (average growth above 0). Each reading's probability comes from the scenario's own forecast
 * (its families and weights), simulated with the run's simulator: the same paths, seed and method, so the
 * scenario's own reading gives exactly the run's number.
 *
 * @param stated the condition as the scenario states it
 * @param readings each reading with its probability, the stated one first
 */
public record GrowthReadings(GrowthTarget stated, List<TargetOutlook> readings) {
    /** The floor of the "no year below" reading, in percent a year. */
    public static final int FLOOR_PERCENT = -5;

    /** The rate of the "average growth" reading, in percent a year. */
    public static final int AVERAGE_PERCENT = 5;

    /** Copies. */
    public GrowthReadings {
        readings = List.copyOf(readings);
    }

    /**
     * @param stated a growth condition
     * @return its readings: as stated, no year below the floor, average growth of at least the average rate,
     *     the scale ending above where it started; a reading equal to the stated one is not repeated
     */
    public static List<GrowthTarget> readingsOf(GrowthTarget stated) {
        List<GrowthTarget> out = new ArrayList<>(List.of(stated));
        for (GrowthTarget g : List.of(
                stated.reading(FLOOR_PERCENT / 100.0, false),
                stated.reading(AVERAGE_PERCENT / 100.0, true),
                stated.reading(0, true))) {
            if (!out.contains(g)) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * @param r a scenario's result, with its forecast
     * @param simulator the run's simulator
     * @param forecaster the run's forecaster
     * @return the readings of each of its growth conditions; empty when it has none or was not simulated
     */
    public static List<GrowthReadings> of(ScenarioResult r, Simulator simulator, Forecaster forecaster) {
        if (r.forecast() == null || simulator == null) {
            return List.of();
        }
        List<GrowthReadings> out = new ArrayList<>();
        Scenario scenario = r.projection().scenario();
        for (Target t : scenario.targets()) {
            if (!(t instanceof GrowthTarget g)) {
                continue;
            }
            List<GrowthTarget> readings = readingsOf(g);
            Scenario variant = scenario.withTargets(List.copyOf(readings));
            ShareForecast f = forecaster.forecast(variant, r.history(), r.forecast());
            Outlook o = simulator.withForecaster(forecaster).run(f);
            List<TargetOutlook> found = new ArrayList<>();
            for (GrowthTarget reading : readings) {
                o.targets().stream()
                        .filter(x -> x.target().equals(reading))
                        .findFirst()
                        .ifPresent(found::add);
            }
            out.add(new GrowthReadings(g, found));
        }
        return out;
    }
}
