package org.targetcast.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.targetcast.model.ModelException;

class HistoryBuilderFlowTest {
    private static Observation o(String series, int year, String flow, double value) {
        return new Observation("Testland", year, series, flow, "level", "USD_100m", value, "S99", Quality.A, "");
    }

    private static HistoryBuilder builder() {
        List<Observation> obs = new ArrayList<>();
        for (int y = 2010; y <= 2012; y++) {
            obs.add(o("digitally_deliverable_unctad", y, "exports", 10 + y - 2010));
            obs.add(o("digitally_deliverable_unctad", y, "imports", 20));
            obs.add(o("services_total_unctad", y, "exports", 40));
            obs.add(o("services_total_unctad", y, "imports", 60));
        }
        return HistoryBuilder.of(Dataset.of(obs));
    }

    @Test
    void oneFlowGivesThatFlowsShare() {
        ComponentHistory exports = builder().history("unctad:Testland/exports");
        assertEquals(0.25, exports.share().valueAt(2010).getAsDouble(), 1e-12);
        assertEquals(12.0 / 40, exports.share().valueAt(2012).getAsDouble(), 1e-12);
        ComponentHistory imports = builder().history("unctad:Testland/imports");
        assertEquals(20.0 / 60, imports.share().valueAt(2011).getAsDouble(), 1e-12);
        ComponentHistory total = builder().history("unctad:Testland");
        assertEquals(30.0 / 100, total.share().valueAt(2010).getAsDouble(), 1e-12);
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                total.share().values(),
                builder().history("unctad:Testland/total").share().values(),
                0,
                "/total is exports + imports");
    }

    @Test
    void rejectsAnUnknownFlow() {
        ModelException e = assertThrows(ModelException.class, () -> builder().history("unctad:Testland/travel"));
        assertEquals(
                "history 'unctad:Testland/travel': flow 'travel' is not one of exports, imports, total",
                e.getMessage());
    }
}
