package cn.eldercare.app;

import cn.eldercare.platform.security.Role;
import cn.eldercare.platform.security.Roles;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.util.Arrays;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The structure the developers' guide asks for, checked over the main classes of every module (the app's test
 * class path holds them all): the modules' direction, no package cycles, boundary → control → entity, JAX-RS
 * only at the boundary, and every resource method saying who may call it.
 */
@AnalyzeClasses(packages = "cn.eldercare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * app → {training, certs, timebank} → platform, timebank → chaincode. certs also uses training (a certificate
     * is for a course's graduates); the chaincode and the platform use none of the others.
     */
    @ArchTest
    static final ArchRule modules = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("app").definedBy("cn.eldercare.app..")
            .layer("training").definedBy("cn.eldercare.training..")
            .layer("certs").definedBy("cn.eldercare.certs..")
            .layer("timebank").definedBy("cn.eldercare.timebank..")
            .layer("platform").definedBy("cn.eldercare.platform..", "cn.eldercare.account..")
            .layer("chaincode").definedBy("cn.eldercare.chaincode..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("training").mayOnlyBeAccessedByLayers("app", "certs")
            .whereLayer("certs").mayOnlyBeAccessedByLayers("app")
            .whereLayer("timebank").mayOnlyBeAccessedByLayers("app")
            .whereLayer("platform").mayOnlyBeAccessedByLayers("app", "training", "certs", "timebank")
            .whereLayer("chaincode").mayOnlyBeAccessedByLayers("timebank", "app");

    /** No cycles between packages, at any depth: a cycle means two packages can only be understood (and changed) together. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("cn.eldercare.(**)").namingSlices("$1")
            .should().beFreeOfCycles();

    /**
     * A feature: the package below a module's (training.course, timebank.ledger with its embedded and fabric
     * ledgers, chaincode.rules), or the accounts. Cycles between features hide where the package rule cannot
     * see them: caregiver.entity → eligibility.entity with eligibility.boundary → caregiver.control is no
     * package cycle, but still two features that only make sense together.
     */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String[] parts = type.getPackageName().split("\\.");
            if (parts.length < 3 || !parts[0].equals("cn") || !parts[1].equals("eldercare")) {
                return SliceIdentifier.ignore();
            }
            int depth = parts[2].equals("account") || parts[2].equals("app") ? 3 : Math.min(4, parts.length);
            String feature = String.join(".", Arrays.copyOfRange(parts, 2, depth));
            // A certificate's PDF is part of the certificate feature: the document renders the certificate's own
            // values (kind, printed data), and issuing has it rendered; only their packages are kept one-way.
            return SliceIdentifier.of(feature.equals("certs.document") ? "certs.certificate" : feature);
        }

        @Override
        public String getDescription() {
            return "features";
        }
    };

    @ArchTest
    static final ArchRule noFeatureCycles = slices().assignedFrom(FEATURES)
            .should().beFreeOfCycles();

    /** Within a feature: boundary → control → entity, never back. */
    @ArchTest
    static final ArchRule controlDoesNotUseBoundaries = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");

    @ArchTest
    static final ArchRule entitiesUseNeitherControlNorBoundaries = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..");

    /**
     * JAX-RS only at the boundary. The exceptions are the platform's cross-cutting web layer, which every
     * boundary shares: problem (exception mappers, error pages), security (authentication and authorisation
     * filters), json (message body readers), paging and spreadsheet (query parameters, downloads), audit and
     * ping (the platform's own two resources); and the app's {@code Application}.
     */
    @ArchTest
    static final ArchRule jaxRsOnlyAtTheBoundary = noClasses()
            .that().resideOutsideOfPackages("..boundary..", "cn.eldercare.app..",
                    "cn.eldercare.platform.problem..", "cn.eldercare.platform.security..",
                    "cn.eldercare.platform.json..", "cn.eldercare.platform.paging..",
                    "cn.eldercare.platform.spreadsheet..", "cn.eldercare.platform.audit..",
                    "cn.eldercare.platform.ping..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    /**
     * Payara's {@code @RolesAllowed} check leaves a method with no annotation open to anyone, so every resource
     * method says who may call it, and names only roles that exist.
     */
    @ArchTest
    static final ArchRule everyResourceMethodSaysWhoMayCallIt = methods()
            .that(describe("are JAX-RS resource methods", (JavaMethod m) ->
                    m.getOwner().isAnnotatedWith(Path.class)
                            && m.getAnnotations().stream().anyMatch(a -> a.getRawType().isAnnotatedWith(HttpMethod.class))))
            .should(new ArchCondition<>("be annotated @PermitAll or @RolesAllowed with existing roles, on the method or its class") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    JavaClass owner = method.getOwner();
                    boolean annotated = method.isAnnotatedWith(PermitAll.class) || method.isAnnotatedWith(RolesAllowed.class)
                            || owner.isAnnotatedWith(PermitAll.class) || owner.isAnnotatedWith(RolesAllowed.class);
                    if (!annotated) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has neither @PermitAll nor @RolesAllowed"));
                    }
                    RolesAllowed roles = method.isAnnotatedWith(RolesAllowed.class) ? method.getAnnotationOfType(RolesAllowed.class)
                            : owner.isAnnotatedWith(RolesAllowed.class) ? owner.getAnnotationOfType(RolesAllowed.class) : null;
                    for (String role : roles == null ? new String[0] : roles.value()) {
                        if (!role.equals(Roles.SIGNED_IN) && Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " allows the unknown role " + role));
                        }
                    }
                }
            });
}
