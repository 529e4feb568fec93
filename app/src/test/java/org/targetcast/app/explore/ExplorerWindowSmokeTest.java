package org.targetcast.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.targetcast.charts.Lang;
import org.targetcast.engine.io.ScenarioReader;
import org.targetcast.model.analysis.Assumption;

/**
 * Opens the real window. Needs a display and is opted into with {@code -Dtargetcast.gui=true} (the build
 * runs tests headless); on a machine without one, under Xvfb:
 * <pre>
 * xvfb-run -a ./mvnw -q -B -o -pl app -am test -Dtest=ExplorerWindowSmokeTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djava.awt.headless=false -Dtargetcast.gui=true
 * </pre>
 * It leaves a picture of the window in {@code app/target/explorer-window.png}.
 */
@EnabledIfSystemProperty(named = "targetcast.gui", matches = "true")
class ExplorerWindowSmokeTest {
    @TempDir
    Path dir;

    @Test
    void opensRedrawsOnASliderMoveAndReloadsTheFile() throws Exception {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        Files.copy(Fixtures.SCENARIOS.resolve("baseline.yaml"), dir.resolve("baseline.yaml"));
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "extends: baseline.yaml\ntitle: Baseline, explored\n");
        var loaded = ScenarioReader.load(file, "mine.yaml");
        ExplorerWindow w = onEdt(() -> ExplorerWindow.open(Fixtures.engine(), loaded, file, Lang.EN));
        try {
            onEdt(() -> {
                w.frame().setSize(1440, 900);
                w.frame().validate();
                return null;
            });
            waitFor(() -> w.shown() != null);
            double before = onEdt(() -> w.shown().result().rows().get(0).probability());

            onEdt(() -> {
                w.slider(Assumption.DIGITAL_GROWTH).slider().setValue(95);
                return null;
            });
            waitFor(() -> w.shown()
                    .result()
                    .state()
                    .override(Assumption.DIGITAL_GROWTH)
                    .isPresent());
            assertEquals(
                    0.095,
                    onEdt(() -> w.state().override(Assumption.DIGITAL_GROWTH).orElseThrow()),
                    1e-12);
            assertNotEquals(before, onEdt(() -> w.shown().result().rows().get(0).probability()));

            Files.writeString(file, "extends: baseline.yaml\ntitle: Baseline, explored (edited)\n");
            waitFor(() -> w.shown().result().state().source().scenario().title().endsWith("(edited)"));
            assertTrue(onEdt(w::notice).startsWith("Reloaded"), onEdt(w::notice));
            assertEquals(
                    0.095,
                    onEdt(() -> w.state().override(Assumption.DIGITAL_GROWTH).orElseThrow()),
                    1e-12,
                    "overrides kept");
            screenshot(w, Path.of("target", "explorer-window.png"));

            Files.writeString(file, "extends: baseline.yaml\ntitle: Broken\nhorizon: soon\n");
            waitFor(() -> w.notice().contains("does not read"));
            assertTrue(onEdt(w::notice).contains("mine.yaml:3:10: horizon"), onEdt(w::notice));
            assertTrue(onEdt(() -> w.state().source().scenario().title()).endsWith("(edited)"), "last good state kept");
            screenshot(w, Path.of("target", "explorer-window-invalid.png"));
        } finally {
            onEdt(() -> {
                w.frame().dispose();
                return null;
            });
        }
        w.awaitClosed();
    }

    @Test
    void opensInChinese() throws Exception {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
        var loaded =
                ScenarioReader.load(Fixtures.SCENARIOS.resolve("digital-push.yaml"), "scenarios/digital-push.yaml");
        ExplorerWindow w = onEdt(() -> ExplorerWindow.open(
                Fixtures.engine(), loaded, Fixtures.SCENARIOS.resolve("digital-push.yaml"), Lang.ZH));
        try {
            onEdt(() -> {
                w.frame().setSize(1440, 900);
                w.frame().validate();
                return null;
            });
            waitFor(() -> w.shown() != null);
            onEdt(() -> {
                w.slider(Assumption.CORRELATION).slider().setValue(0);
                return null;
            });
            waitFor(() ->
                    w.shown().result().state().override(Assumption.CORRELATION).isPresent());
            assertTrue(onEdt(() -> w.frame().getTitle()).contains("情景探索"));
            screenshot(w, Path.of("target", "explorer-window-zh.png"));
        } finally {
            onEdt(() -> {
                w.frame().dispose();
                return null;
            });
        }
        w.awaitClosed();
    }

    private static void screenshot(ExplorerWindow w, Path png) throws Exception {
        BufferedImage image = onEdt(() -> {
            JComponent root = (JComponent) w.frame().getContentPane();
            BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            root.printAll(g);
            g.dispose();
            return img;
        });
        ImageIO.write(image, "png", png.toFile());
    }

    private static <T> T onEdt(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                error.set(e);
            }
        });
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!onEdt(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(20);
        }
    }
}
