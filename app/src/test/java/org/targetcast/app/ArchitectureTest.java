package org.targetcast.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.targetcast.engine.workspace.CalibrationCache;
import org.targetcast.model.calibration.CalibrationSource;
import org.targetcast.model.calibration.PanelCalibration;
import org.targetcast.model.projection.Projector;

/**
 * The package and module rules of docs/architecture.md, checked on the compiled classes of model, charts,
 * engine, api and app: no import cycle between any two packages, every dependency pointing down the
 * documented layers (so the library never reaches the command line), {@code model} without I/O, the engine
 * and the library without a console, picocli, PDFBox or Swing, and the command line without statistics of
 * its own. A new package must be given its layer here and in docs/architecture.md.
 */
class ArchitectureTest {
    /** Bottom to top: a package may use those listed before it, never those after. */
    static final List<String> LAYERS = List.of(
            "org.targetcast.model",
            "org.targetcast.model.series",
            "org.targetcast.model.data",
            "org.targetcast.model.trend",
            "org.targetcast.model.backtest",
            "org.targetcast.model.target",
            "org.targetcast.model.scenario",
            "org.targetcast.model.selection",
            "org.targetcast.model.projection",
            "org.targetcast.model.simulation",
            "org.targetcast.model.calibration",
            "org.targetcast.model.outlook",
            "org.targetcast.model.evaluation",
            "org.targetcast.model.assessment",
            "org.targetcast.model.analysis",
            "org.targetcast.charts",
            "org.targetcast.engine.text",
            "org.targetcast.engine.io",
            "org.targetcast.engine.workspace",
            "org.targetcast.api",
            "org.targetcast.app.report",
            "org.targetcast.app.explore",
            "org.targetcast.app.cli",
            "org.targetcast.app");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(
                        "org.targetcast.model",
                        "org.targetcast.charts",
                        "org.targetcast.engine",
                        "org.targetcast.api",
                        "org.targetcast.app");
    }

    @Test
    void modelDoesNoIo() {
        noClasses()
                .that()
                .resideInAPackage("org.targetcast.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.nio.file..",
                        "javax.swing..",
                        "java.awt..",
                        "org.snakeyaml..",
                        "picocli..",
                        "org.apache.pdfbox..")
                .orShould()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File")
                .check(classes);
    }

    @Test
    void engineAndLibraryReachNoConsolePicocliPdfboxOrSwing() {
        noClasses()
                .that()
                .resideInAnyPackage("org.targetcast.engine..", "org.targetcast.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javax.swing..", "picocli..", "org.apache.pdfbox..", "org.targetcast.app..")
                .orShould()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void theCommandLineHoldsNoStatistics() {
        noClasses()
                .that()
                .resideInAPackage("org.targetcast.app.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.commons.math3..", "org.apache.commons.statistics..", "org.apache.commons.rng..")
                .check(classes);
    }

    /**
     * One forecast: a scenario is projected by the run's forecaster and by no one else. The only other caller
     * of the projector is the share backtest, which projects the data cut at each origin with the projector
     * the forecaster hands it.
     */
    @Test
    void onlyTheForecasterProjects() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.targetcast.model.outlook.Forecaster")
                .and()
                .doNotHaveFullyQualifiedName("org.targetcast.model.calibration.ShareCalibration")
                .and()
                .doNotHaveFullyQualifiedName("org.targetcast.model.projection.Projector")
                .should()
                .callMethodWhere(JavaCall.Predicates.target(
                                HasOwner.Predicates.With.owner(JavaClass.Predicates.equivalentTo(Projector.class)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.name("project"))))
                .check(classes);
    }

    /**
     * A calibration is a value of the forecast: it is fitted or read only behind a {@link CalibrationSource}
     * (the workspace's, or one built by {@link CalibrationSource#onPanel}) that the forecaster asks, and never
     * written into a scenario (a scenario holds only its request, so nothing can write a fitted one into it).
     */
    @Test
    void onlyTheForecastersSourceResolvesACalibration() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.targetcast.engine.workspace.Workspace")
                .and()
                .doNotHaveFullyQualifiedName("org.targetcast.engine.workspace.CalibrationCache")
                .and()
                .doNotHaveFullyQualifiedName("org.targetcast.model.calibration.CalibrationSource")
                .and()
                .doNotHaveFullyQualifiedName("org.targetcast.model.calibration.PanelCalibration")
                .should()
                .callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                                JavaClass.Predicates.equivalentTo(PanelCalibration.class)))
                        .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching("resolve|fit"))))
                .orShould()
                .callMethod(CalibrationCache.class, "calibration", PanelCalibration.Request.class)
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.targetcast.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageHasALayer() {
        TreeSet<String> missing = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!LAYERS.contains(c.getPackageName())) {
                missing.add(c.getPackageName());
            }
        }
        assertEquals(new TreeSet<String>(), missing, "packages without a layer in ArchitectureTest.LAYERS");
    }

    @Test
    void dependenciesPointDownTheLayers() {
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            rank.put(LAYERS.get(i), i);
        }
        TreeSet<String> upward = new TreeSet<>();
        for (JavaClass c : classes) {
            Integer from = rank.get(c.getPackageName());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                Integer to = rank.get(d.getTargetClass().getPackageName());
                if (from != null && to != null && to > from) {
                    upward.add(c.getName() + " -> " + d.getTargetClass().getName());
                }
            }
        }
        assertEquals(new TreeSet<String>(), upward, "dependencies that point up the layers of docs/architecture.md");
    }
}
