package org.targetcast.app.explore;

import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;
import org.targetcast.app.report.ProbabilityText;
import org.targetcast.engine.text.Glossary;
import org.targetcast.model.target.Likelihood;
import org.targetcast.model.target.ShareTarget;

/**
 * The verdict table: per target, the central projection, the gap in points, the named in-year probability
 * (whole percents, the precision rule of {@link ProbabilityText}) and its verdict word.
 */
final class VerdictTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    private final transient UiText text;
    private transient List<ExplorerResult.Row> rows = List.of();

    VerdictTableModel(UiText text) {
        this.text = text;
    }

    /** @param newRows the rows to show */
    void setRows(List<ExplorerResult.Row> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 5;
    }

    @Override
    public String getColumnName(int column) {
        return Glossary.term(new String[] {"target", "projected", "gap", "p.in", "verdict"}[column], text.lang());
    }

    @Override
    public Object getValueAt(int row, int column) {
        ExplorerResult.Row r = rows.get(row);
        return switch (column) {
            case 0 -> text.target(r.target());
            case 1 -> String.format(Locale.ROOT, "%.1f%%", 100 * r.projected());
            case 2 -> String.format(Locale.ROOT, "%+.1f", r.gapPoints());
            case 3 -> probability(r);
            case 4 -> Glossary.likelihood(Likelihood.of(Math.max(0, Math.min(1, r.probability()))), text.lang());
            default -> throw new IndexOutOfBoundsException("column " + column);
        };
    }

    private String probability(ExplorerResult.Row r) {
        String p = ProbabilityText.percent(r.probability());
        return r.exact() ? p + " (" + text.text("exact") + ")" : p;
    }

    /** @return whether the row's target is a share target (for colouring) */
    boolean isShareTarget(int row) {
        return rows.get(row).target() instanceof ShareTarget;
    }
}
