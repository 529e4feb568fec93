package org.targetcast.app.explore;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.UIDefaults;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import org.knowm.xchart.XYChart;
import org.targetcast.charts.ChartPreset;
import org.targetcast.charts.Lang;
import org.targetcast.charts.ShippedFont;
import org.targetcast.engine.io.LoadedScenario;
import org.targetcast.model.analysis.Assumption;

/**
 * The explorer's window: sliders on the left, the fan chart and the verdict table redrawn as they move,
 * export and save buttons above, a status line below. All fields are touched on the event thread only;
 * the state is an immutable {@link ExplorerState} replaced on each user action and handed to a
 * {@link Recompute}, which computes the result and builds the chart on its own thread.
 */
public final class ExplorerWindow {
    /**
     * A result with its chart, built off the event thread.
     *
     * @param result the result
     * @param fan draws the chart at a preset (for export at another one)
     * @param chart the chart drawn in the window
     */
    record Drawn(ExplorerResult result, java.util.function.Function<ChartPreset, XYChart> fan, XYChart chart) {}

    private static final Color ERROR = new Color(0xB0, 0x1E, 0x1E);

    private final UiText text;
    private final Path file;
    private final JFrame frame;
    private final Map<Assumption, AssumptionSlider> sliders = new EnumMap<>(Assumption.class);
    private final ChartView chartView = new ChartView();
    private final VerdictTableModel table;
    private final JLabel notice = new JLabel(" ");
    private final JLabel info = new JLabel(" ");
    private final JComboBox<ChartPreset> preset = new JComboBox<>(ChartPreset.values());
    private final Recompute<ExplorerState, Drawn> recompute;
    private final ScenarioWatcher watcher;
    private final CountDownLatch closed = new CountDownLatch(1);
    private ExplorerState state;
    private Drawn shown;

    private ExplorerWindow(ExplorerEngine engine, LoadedScenario loaded, Path file, Lang lang) {
        this.text = UiText.of(lang);
        this.file = file;
        this.state = ExplorerState.of(loaded);
        this.table = new VerdictTableModel(text);
        this.recompute = Recompute.onEventThread(s -> draw(engine, s, lang), this::onOutcome);
        this.watcher = ScenarioWatcher.of(file, loaded);
        this.frame = new JFrame(text.text("title", loaded.file()));
        layout();
    }

    /**
     * Opens the window over a scenario; call on the event thread.
     *
     * @param engine computes results
     * @param loaded the scenario as loaded
     * @param file its file, watched for changes
     * @param lang label language
     * @return the window, shown
     */
    public static ExplorerWindow open(ExplorerEngine engine, LoadedScenario loaded, Path file, Lang lang) {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("open the explorer window on the event thread");
        }
        if (lang == Lang.ZH) {
            useChineseFont();
        }
        ExplorerWindow w = new ExplorerWindow(engine, loaded, file, lang);
        w.frame.setVisible(true);
        w.submit();
        w.watcher.start(Duration.ofSeconds(1), e -> SwingUtilities.invokeLater(() -> w.onFileEvent(e)));
        return w;
    }

    /** Swing's default fonts have no Chinese glyphs: every component font becomes the shipped Chinese font. */
    private static void useChineseFont() {
        UIDefaults defaults = UIManager.getLookAndFeelDefaults();
        for (Object key : java.util.List.copyOf(defaults.keySet())) {
            if (defaults.get(key) instanceof FontUIResource f) {
                defaults.put(key, new FontUIResource(ShippedFont.font(f.getStyle(), f.getSize())));
            }
        }
    }

    static Drawn draw(ExplorerEngine engine, ExplorerState s, Lang lang) {
        ExplorerResult r = engine.compute(s);
        java.util.function.Function<ChartPreset, XYChart> fan = ExplorerCharts.drawn(r, lang);
        return new Drawn(r, fan, fan.apply(ChartPreset.WEB));
    }

    private void layout() {
        JPanel left = new JPanel();
        left.setLayout(new BoxLayout(left, BoxLayout.Y_AXIS));
        left.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createEmptyBorder(8, 8, 8, 4),
                BorderFactory.createTitledBorder(text.text("assumptions"))));
        for (Assumption a : Assumption.values()) {
            AssumptionSlider s =
                    new AssumptionSlider(a, text, v -> update(state.with(a, v)), () -> update(state.reset(a)));
            s.setEnabled(false);
            s.setMaximumSize(new Dimension(Integer.MAX_VALUE, s.getPreferredSize().height));
            sliders.put(a, s);
            left.add(s);
        }
        JButton resetAll = ButtonRow.button(text.text("reset.all"));
        resetAll.addActionListener(e -> update(state.resetAll()));
        left.add(ButtonRow.trailing(resetAll));
        left.add(Box.createVerticalGlue());
        left.setPreferredSize(new Dimension(340, 10));

        JTable verdicts = new JTable(table);
        verdicts.setRowHeight(verdicts.getRowHeight() + 6);
        verdicts.setFillsViewportHeight(true);
        verdicts.getColumnModel().getColumn(0).setPreferredWidth(260);
        JScrollPane tablePane = new JScrollPane(verdicts);
        tablePane.setPreferredSize(new Dimension(10, verdicts.getRowHeight() * 3 + 32));
        JPanel centre = new JPanel(new BorderLayout(0, 6));
        centre.setBorder(BorderFactory.createEmptyBorder(8, 4, 8, 8));
        chartView.setMessage(text.text("computing"));
        centre.add(chartView, BorderLayout.CENTER);
        centre.add(tablePane, BorderLayout.SOUTH);

        JToolBar tools = new JToolBar();
        tools.setFloatable(false);
        JButton export = new JButton(text.text("export"));
        export.addActionListener(e -> ExplorerActions.exportChart(
                frame,
                shown == null ? null : shown.fan(),
                (ChartPreset) preset.getSelectedItem(),
                text,
                this::showNotice));
        JButton save = new JButton(text.text("save"));
        save.addActionListener(e -> ExplorerActions.saveScenario(
                frame, state, file, shown == null ? 0 : shown.result().firstYear(), text, this::showNotice));
        tools.add(export);
        tools.add(new JLabel("  " + text.text("preset") + " "));
        preset.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(
                    javax.swing.JList<?> list, Object value, int index, boolean selected, boolean focus) {
                String name = value instanceof ChartPreset p
                        ? text.text("preset." + p.name().toLowerCase(java.util.Locale.ROOT))
                        : "";
                return super.getListCellRendererComponent(list, name, index, selected, focus);
            }
        });
        preset.setSelectedItem(ChartPreset.SLIDES);
        preset.setMaximumSize(preset.getPreferredSize());
        tools.add(preset);
        tools.addSeparator();
        tools.add(save);

        JPanel status = new JPanel(new BorderLayout(12, 0));
        status.setBorder(BorderFactory.createEmptyBorder(3, 8, 4, 8));
        status.add(notice, BorderLayout.CENTER);
        status.add(info, BorderLayout.EAST);

        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        frame.getContentPane().add(tools, BorderLayout.NORTH);
        frame.getContentPane().add(left, BorderLayout.WEST);
        frame.getContentPane().add(centre, BorderLayout.CENTER);
        frame.getContentPane().add(status, BorderLayout.SOUTH);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                recompute.close();
                watcher.close();
                closed.countDown();
            }
        });
        frame.pack();
        frame.setLocationByPlatform(true);
    }

    private void update(ExplorerState next) {
        state = next;
        if (shown != null) {
            showSliders(shown.result().fitted());
        }
        submit();
    }

    private void submit() {
        recompute.submit(state);
    }

    private void showSliders(Fitted fitted) {
        for (AssumptionSlider s : sliders.values()) {
            if (!s.slider().getValueIsAdjusting()) {
                s.show(fitted.value(s.assumption()), state.override(s.assumption()));
            }
            s.setEnabled(true);
        }
    }

    private void onOutcome(Recompute.Outcome<ExplorerState, Drawn> outcome) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - outcome.submittedNanos());
        if (outcome instanceof Recompute.Done<ExplorerState, Drawn> done) {
            shown = done.result();
            ExplorerResult r = shown.result();
            chartView.setChart(shown.chart());
            table.setRows(r.rows());
            showSliders(r.fitted());
            String method = r.exact() ? text.text("closed.form") : text.text("simulated", r.paths());
            info.setText(text.text("redrawn", r.state().source().file(), method, ms));
        } else if (outcome instanceof Recompute.Failed<ExplorerState, Drawn> failed) {
            showNotice(text.text("failed", failed.error().getMessage()), true);
        }
    }

    private void onFileEvent(ScenarioWatcher.Event event) {
        if (event instanceof ScenarioWatcher.Reloaded r) {
            showNotice(text.text("reloaded", r.scenario().file()), false);
            frame.setTitle(text.text("title", r.scenario().file()));
            update(state.withSource(r.scenario()));
        } else if (event instanceof ScenarioWatcher.Failed f) {
            showNotice(text.text("invalid", file.getFileName(), f.problems().get(0)), true);
            notice.setToolTipText("<html>" + String.join("<br>", f.problems()) + "</html>");
        }
    }

    private void showNotice(String message, boolean error) {
        notice.setText(message);
        notice.setToolTipText(message);
        notice.setForeground(error ? ERROR : new Color(0x22, 0x22, 0x22));
    }

    /**
     * Blocks until the window is closed.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    JFrame frame() {
        return frame;
    }

    ExplorerState state() {
        return state;
    }

    Drawn shown() {
        return shown;
    }

    AssumptionSlider slider(Assumption a) {
        return sliders.get(a);
    }

    String notice() {
        return notice.getText();
    }
}
