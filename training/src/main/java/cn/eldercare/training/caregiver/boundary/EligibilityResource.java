package cn.eldercare.training.caregiver.boundary;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.caregiver.control.CaregiverHistory;
import cn.eldercare.training.caregiver.control.Caregivers;
import cn.eldercare.training.caregiver.entity.Caregiver;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.eligibility.control.EligibilityChecker;
import cn.eldercare.training.eligibility.entity.EligibilityResult;
import cn.eldercare.training.occupation.control.Occupations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;

/** The 2019 application conditions, checked before enrolment or before assessment. */
@Path("caregivers/{id}/eligibility")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    private static final EligibilityChecker CHECKER = EligibilityChecker.withDefaultRules();

    @Inject
    Caregivers caregivers;
    @Inject
    CaregiverHistory history;
    @Inject
    Courses courses;
    @Inject
    Occupations occupations;

    /** Either a course (its occupation and level) or an explicit occupation and level. */
    @Operation(summary = "申报条件核查 / Eligibility for a level",
            description = "按课程（或职业与等级）核查护理员是否符合 2019 年国家职业技能标准的申报条件，"
                    + "逐条说明满足或欠缺的条件。"
                    + "\n\nChecks whether a caregiver meets the 2019 national standard's conditions for a level, given a course or "
                    + "an occupation and level, and names each condition met or missing.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public EligibilityResult check(@PathParam("id") long id, @QueryParam("courseId") Long courseId,
                                   @QueryParam("occupation") @Pattern(regexp = "[A-Z0-9]{1,16}") String occupation,
                                   @QueryParam("level") @Min(0) @Max(5) Integer level,
                                   @QueryParam("asOf") LocalDate asOf, @Context SecurityContext security) {
        Caregiver g = caregivers.visible(Callers.of(security), id);
        String occ = occupation;
        Integer lvl = level;
        if (courseId != null) {
            Course c = courses.get(courseId);
            occ = c.getOccupationCode();
            lvl = c.getLevel();
        }
        occupations.requireLevel(requireGiven(occ), requireGiven(lvl));
        return CHECKER.check(history.profile(g), occ, lvl, asOf == null ? LocalDate.now() : asOf);
    }

    private static <T> T requireGiven(T value) {
        if (value == null) {
            throw DomainException.invalid("occupation", Text.of("请给出课程，或职业和等级", "give a courseId, or an occupation and a level"));
        }
        return value;
    }
}
