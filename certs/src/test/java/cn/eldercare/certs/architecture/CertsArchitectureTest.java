package cn.eldercare.certs.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The certs module's packages form no cycle (feature and role, e.g. certificate.control and
 * document.control, are one slice each), and the roles point one way: boundary → control → entity.
 */
class CertsArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.eldercare.certs");
    }

    @Test
    void noPackageCycles() {
        slices().matching("cn.eldercare.certs.(*).(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void controlNeverReachesBackToBoundaries() {
        noClasses().that().resideInAPackage("..control..").should().dependOnClassesThat().resideInAPackage("..boundary..")
                .check(classes);
    }

    @Test
    void entitiesDependOnNoControlOrBoundary() {
        noClasses().that().resideInAPackage("..entity..").should().dependOnClassesThat()
                .resideInAnyPackage("..control..", "..boundary..").check(classes);
    }
}
