package cn.eldercare.training.eligibility.entity;

import cn.eldercare.platform.i18n.Text;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One requirement of an application option. The {@code type} key in the rules JSON picks
 * the kind, so provinces can recombine conditions without code changes.
 */
@JsonbTypeInfo(key = "type", value = {
        @JsonbSubtype(alias = "workYears", type = MinWorkYears.class),
        @JsonbSubtype(alias = "certificate", type = CertificateHeld.class),
        @JsonbSubtype(alias = "education", type = EducationIn.class),
        @JsonbSubtype(alias = "apprenticeship", type = ApprenticeshipCompleted.class)
})
public sealed interface Condition permits MinWorkYears, CertificateHeld, EducationIn, ApprenticeshipCompleted {

    /** Why the candidate falls short of this condition, or empty when it is met. */
    Optional<Text> shortfall(CandidateProfile candidate, String occupationCode, LocalDate asOf);
}
