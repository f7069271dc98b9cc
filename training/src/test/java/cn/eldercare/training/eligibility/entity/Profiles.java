package cn.eldercare.training.eligibility.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Fluent construction of candidate profiles for tests. */
public final class Profiles {

    public static final String CAREGIVER = "YLHLY";

    private final List<WorkPeriod> work = new ArrayList<>();
    private final List<HeldCertificate> certificates = new ArrayList<>();
    private Education education;
    private boolean inField;
    private boolean finalYear;
    private boolean apprenticeship;

    public static Profiles candidate() {
        return new Profiles();
    }

    public Profiles worked(LocalDate from, LocalDate to) {
        work.add(new WorkPeriod(from, to, true));
        return this;
    }

    public Profiles workingSince(LocalDate from) {
        return worked(from, null);
    }

    public Profiles workedElsewhere(LocalDate from, LocalDate to) {
        work.add(new WorkPeriod(from, to, false));
        return this;
    }

    public Profiles certificate(int level, LocalDate issuedOn) {
        certificates.add(new HeldCertificate(CAREGIVER, level, issuedOn));
        return this;
    }

    public Profiles certificate(String occupation, int level, LocalDate issuedOn) {
        certificates.add(new HeldCertificate(occupation, level, issuedOn));
        return this;
    }

    public Profiles education(Education diploma, boolean inTheField) {
        this.education = diploma;
        this.inField = inTheField;
        return this;
    }

    public Profiles finalYearStudent() {
        this.finalYear = true;
        return this;
    }

    public Profiles apprenticeship() {
        this.apprenticeship = true;
        return this;
    }

    public CandidateProfile build() {
        return new CandidateProfile(work, certificates, education, inField, finalYear, apprenticeship);
    }
}
