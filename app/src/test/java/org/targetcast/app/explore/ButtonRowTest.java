package org.targetcast.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Container;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;
import org.targetcast.charts.Lang;
import org.targetcast.charts.ShippedFont;

/**
 * The explorer's 全部重置 button is laid out as large as its text needs, also after its font grows (it was reported clipped). Headless: the layout is computed, nothing is shown.
 */
class ButtonRowTest {
    private static void layOut(Container c) {
        c.doLayout();
        for (var child : c.getComponents()) {
            if (child instanceof Container k) {
                layOut(k);
            }
        }
    }

    /**
     * The assumptions' column as the window builds it, {@code width} wide, with the row and the button; the button
     * built at 13 points, then given {@code font} (as a change of look and feel does after the window is built).
     */
    private static JButton laidOut(Font font, int width) {
        JButton b = ButtonRow.button(UiText.of(Lang.ZH).text("reset.all"));
        b.setFont(ShippedFont.font(Font.PLAIN, 13f));
        JPanel row = ButtonRow.trailing(b);
        b.setFont(font);
        JPanel left = new JPanel();
        left.setLayout(new BoxLayout(left, BoxLayout.Y_AXIS));
        left.setBorder(BorderFactory.createTitledBorder("假设"));
        left.add(row);
        left.setSize(width, 400);
        layOut(left);
        return b;
    }

    private static void holdsItsText(JButton b) {
        FontMetrics m = b.getFontMetrics(b.getFont());
        Insets in = b.getInsets();
        Dimension pref = b.getPreferredSize();
        assertTrue(pref.width >= m.stringWidth(b.getText()) + in.left + in.right, pref + " for " + b.getText());
        assertEquals(pref, b.getSize(), "laid out at its preferred size");
        Insets row = b.getParent().getInsets();
        assertTrue(b.getParent().getHeight() >= pref.height + row.top + row.bottom, "the row holds the button");
        assertTrue(b.getParent().getWidth() >= pref.width + row.left + row.right, "the row holds the button");
    }

    @Test
    void resetAllIsAsLargeAsItsChineseText() {
        holdsItsText(laidOut(ShippedFont.font(Font.PLAIN, 13f), 340));
    }

    @Test
    void resetAllFollowsALargerFontGivenAfterTheRowIsBuilt() {
        holdsItsText(laidOut(ShippedFont.font(Font.PLAIN, 24f), 340));
    }
}
