package cn.eldercare.training.course.boundary;

import cn.eldercare.training.course.control.CourseDraft;
import cn.eldercare.training.course.entity.DeliveryMode;
import cn.eldercare.training.course.entity.SyllabusModule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A course as base staff submit it. Standard hours come from the occupation level, not from here. */
public record CourseInput(@NotNull @Pattern(regexp = "[A-Z0-9]{1,16}") String occupationCode,
                          @NotNull @Min(0) @Max(5) Integer level,
                          @NotBlank @Size(max = 200) String title,
                          @NotNull @Min(1) @Max(10_000) Integer capacity,
                          @NotNull LocalDate startsOn,
                          @NotNull LocalDate endsOn,
                          @NotBlank @Size(max = 500) String schedule,
                          @NotNull DeliveryMode deliveryMode,
                          @NotNull Boolean subsidyEligible,
                          @Size(max = 50) List<@Valid @NotNull ModuleInput> modules) {

    public record ModuleInput(@NotBlank @Size(max = 200) String title, @NotNull @Min(1) @Max(1000) Integer hours) {
    }

    CourseDraft draft() {
        List<SyllabusModule> syllabus = new ArrayList<>();
        List<ModuleInput> given = modules == null ? List.of() : modules;
        for (int i = 0; i < given.size(); i++) {
            syllabus.add(new SyllabusModule(i + 1, given.get(i).title().strip(), given.get(i).hours()));
        }
        return new CourseDraft(occupationCode, level, title.strip(), capacity, startsOn, endsOn, schedule.strip(), deliveryMode,
                subsidyEligible, syllabus);
    }
}
