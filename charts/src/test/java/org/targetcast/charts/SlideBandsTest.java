package org.targetcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fan's bands as the stacked strips of a PowerPoint area chart. */
class SlideBandsTest {
    @Test
    void nestedBandsStackAsStripsColouredByTheBandFurtherOut() {
        SlideDeckWriter.Band inner =
                new SlideDeckWriter.Band("60%", Color.BLUE, Map.of("2030", 42.0), Map.of("2030", 38.0));
        SlideDeckWriter.Band outer =
                new SlideDeckWriter.Band("80%", Color.CYAN, Map.of("2030", 45.0), Map.of("2030", 35.5));
        List<SlideDeckWriter.Column> layers = SlideDeckWriter.layers(List.of(inner, outer), List.of("2030"));
        assertEquals(
                List.of(35.5, 2.5, 4.0, 3.0),
                layers.stream().map(c -> c.values().get("2030")).toList(),
                "base at the outer lower bound, then 35.5 to 38, 38 to 42, 42 to 45");
        assertEquals(
                List.of("", "80%", "60%", "80%"),
                layers.stream().map(SlideDeckWriter.Column::name).toList());
        assertEquals(
                List.of(false, true, true, false),
                layers.stream().map(SlideDeckWriter.Column::inLegend).toList(),
                "each band listed once, the unfilled base not at all");
        assertEquals(null, layers.get(0).color(), "the base is not filled");
    }
}
