package cn.eldercare.training.assessment.boundary;

import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.Roles;
import cn.eldercare.training.assessment.control.AssessmentOutcome;
import cn.eldercare.training.assessment.control.Assessments;
import cn.eldercare.training.assessment.entity.AssessmentPart;
import cn.eldercare.training.assessment.entity.AssessmentScore;
import cn.eldercare.training.course.control.Courses;
import cn.eldercare.training.enrolment.control.Enrolments;
import cn.eldercare.training.enrolment.entity.Enrolment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.OffsetDateTime;
import java.util.List;

/** Assessment scores of an enrolment: assessors enter them, the caregiver, base and regulator read them. */
@Path("enrolments/{id}/scores")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoresResource {

    public record ScoreInput(@NotNull AssessmentPart part, @NotNull @Min(0) @Max(100) Integer score,
                             @Size(max = 15) List<@NotBlank @Size(max = 64) String> panel) {
    }

    public record ScoreView(AssessmentPart part, int attempt, int score, boolean passed, List<String> panel,
                            String enteredBy, OffsetDateTime enteredAt) {
        static ScoreView of(AssessmentScore s) {
            return new ScoreView(s.getPart(), s.getAttempt(), s.getScore(), s.isPassed(),
                    s.getPanel() == null ? List.of() : List.of(s.getPanel().split(",")), s.getEnteredBy(), s.getEnteredAt());
        }
    }

    public record Outcome(long enrolmentId, int level, boolean theoryPassed, boolean skillPassed, Boolean reviewPassed,
                          boolean passed, List<ScoreView> attempts) {
    }

    @Inject
    Assessments assessments;
    @Inject
    Enrolments enrolments;
    @Inject
    Courses courses;

    @Operation(summary = "查看考核成绩 / Assessment scores",
            description = "护理员本人、基地和监管部门查看一个报名的理论、技能（及评审）成绩和是否合格。"
                    + "\n\nThe caregiver, the base and the regulator read an enrolment's theory, skill (and review) scores and "
                    + "whether they pass.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @RolesAllowed({Roles.CAREGIVER, Roles.BASE_STAFF, Roles.ASSESSOR, Roles.REGULATOR})
    public Outcome outcome(@PathParam("id") long id, @Context SecurityContext security) {
        Enrolment e = enrolments.visible(Callers.of(security), id);
        AssessmentOutcome o = assessments.outcome(e, courses.get(e.getCourseId()));
        return new Outcome(id, o.level(), o.partPassed(AssessmentPart.THEORY), o.partPassed(AssessmentPart.SKILL),
                AssessmentPart.REVIEW.appliesTo(o.level()) ? o.partPassed(AssessmentPart.REVIEW) : null, o.passed(),
                o.attempts().stream().map(ScoreView::of).toList());
    }

    @Operation(summary = "录入考核成绩 / Enter a score",
            description = "本基地考评员录入一个报名某一部分（理论、技能、评审）的成绩；学员不在读或该部分已合格时为 409。"
                    + "\n\nAn assessor of the base enters the score of one part (theory, skill, review) of an enrolment; 409 when "
                    + "the caregiver is not enrolled or has already passed that part.")
    @APIResponse(responseCode = "default", description = "成功 / Success")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @POST
    @RolesAllowed(Roles.ASSESSOR)
    public Response enter(@PathParam("id") long id, @NotNull @Valid ScoreInput input, @Context SecurityContext security) {
        AssessmentScore s = assessments.enter(Callers.of(security), id, input.part(), input.score(), input.panel());
        return Response.status(Response.Status.CREATED).entity(ScoreView.of(s)).build();
    }
}
