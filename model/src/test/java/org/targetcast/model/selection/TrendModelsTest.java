package org.targetcast.model.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.targetcast.model.trend.TrendFamily;
import org.targetcast.model.trend.TrendModel;

class TrendModelsTest {
    @Test
    void returnsTheModelOfEachFamily() {
        for (TrendFamily family : TrendFamily.values()) {
            assertSame(family, TrendModels.of(family).family());
        }
    }

    @Test
    void listsOneModelPerFamilyInDeclarationOrder() {
        List<TrendModel> all = TrendModels.all();
        assertEquals(TrendFamily.values().length, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertSame(TrendFamily.values()[i], all.get(i).family());
        }
    }
}
