package org.sgdx.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of all three modules form a directed acyclic graph: every package can be understood, tested and
 * replaced from the packages below it. One slice per package (sub-packages are slices of their own).
 */
class PackageCycleTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sgdx");
    }

    @Test
    void allThreeModulesAreImported() {
        assertThat(classes.containPackage("org.sgdx.reference.hermite")).isTrue();
        assertThat(classes.containPackage("org.sgdx.fastpath.chain")).isTrue();
        assertThat(classes.containPackage("org.sgdx.checks.claims")).isTrue();
        assertThat(classes.containPackage("org.sgdx.cli")).isTrue();
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.sgdx.(**)").should().beFreeOfCycles().check(classes);
    }
}
