package cn.eldercare.certs.certificate.entity;

import cn.eldercare.platform.i18n.Text;
import cn.eldercare.training.occupation.entity.Occupation;

/**
 * The kinds of certificate (brief §3). The kind follows from the course: it is never chosen by
 * the caller, so a base cannot print a skill-level certificate for a public course.
 * {@link #QUALIFICATION} is never issued here: the legacy 职业资格证书 are only recorded, as the
 * training module's prior certificates, because no body issues them any more.
 */
public enum CertificateKind {
    SKILL_LEVEL(Text.of("职业技能等级证书", "Vocational Skill Level Certificate")),
    QUALIFICATION(Text.of("职业资格证书", "Vocational Qualification Certificate")),
    ONE_PLUS_X(Text.of("1+X 职业技能等级证书", "1+X Vocational Skill Level Certificate")),
    COMPLETION(Text.of("培训结业证书", "Certificate of Training Completion"));

    /** The 1+X 老年照护 certificate's occupation in the occupation table. */
    public static final String ONE_PLUS_X_OCCUPATION = "LNZH";

    private final Text title;

    CertificateKind(Text title) {
        this.title = title;
    }

    public Text title() {
        return title;
    }

    public static CertificateKind forCourse(String occupationCode, int level) {
        if (level == Occupation.NO_LEVEL) {
            return COMPLETION;
        }
        return ONE_PLUS_X_OCCUPATION.equals(occupationCode) ? ONE_PLUS_X : SKILL_LEVEL;
    }
}
