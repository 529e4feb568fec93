package org.targetcast.app.explore;

import java.awt.Dimension;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;

/**
 * A row holding one button at its trailing edge, the button always as large as its text needs: its minimum size
 * is its preferred size (so no layout squeezes it below its text, 全部重置 in the shipped Chinese font included),
 * and the row is never taller or shorter than the button asks, whatever font or text it is given later.
 */
final class ButtonRow {
    private ButtonRow() {}

    /**
     * @param text the button's text
     * @return a button whose minimum size follows its text's preferred size
     */
    static JButton button(String text) {
        return new JButton(text) {
            private static final long serialVersionUID = 1L;

            @Override
            public Dimension getMinimumSize() {
                return getPreferredSize();
            }
        };
    }

    /**
     * @param button the button, from {@link #button}
     * @return a row with the button at its trailing edge, as high as the button's preferred height
     */
    static JPanel trailing(JButton button) {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0)) {
            private static final long serialVersionUID = 1L;

            @Override
            public Dimension getMaximumSize() {
                return new Dimension(Integer.MAX_VALUE, getPreferredSize().height);
            }

            @Override
            public Dimension getMinimumSize() {
                return getPreferredSize();
            }
        };
        row.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        row.add(button);
        return row;
    }
}
