package cn.eldercare.certs.statistics.control;

import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.testing.CertsFixture;
import cn.eldercare.platform.identity.SubsidyCategory;
import cn.eldercare.platform.paging.PageRequest;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.spreadsheet.Table;
import cn.eldercare.testing.TestDatabase;
import cn.eldercare.training.base.entity.TrainingBase;
import cn.eldercare.training.course.entity.Course;
import cn.eldercare.training.enrolment.entity.Enrolment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regulator's statistics over a database of their own (they count every row): two caregivers of a
 * care home, one certified at level 4 by a certificate issued here and re-issued once, one not; a third
 * with a paper level 3 and no employer; and one revoked certificate that certifies nobody.
 */
class CertificateStatisticsTest {

    private static final String HOME = "幸福养老院";
    private static CertsFixture f;
    private static TrainingBase base;
    private static Certificate current;
    private final StaffStatistics staff = new StaffStatistics();
    private final MonthlyIssuance monthly = new MonthlyIssuance();
    private final SubsidyLists subsidy = new SubsidyLists();

    @BeforeAll
    static void data() {
        f = new CertsFixture(TestDatabase.create(CertsFixture.UNIT));
        base = f.t.base();
        Caller s = f.t.staffOf(base);
        Course course = f.t.course(s, 10);
        Enrolment certified = f.eligible(s, course, "甲");
        Enrolment uncertified = f.enrolled(s, course, "乙");
        Enrolment revoked = f.eligible(s, course, "丁");
        LocalDate since = LocalDate.now().minusYears(1);
        f.tx(() -> f.t.history.addWork(s, certified.getCaregiverId(), HOME, since, null, true));
        f.tx(() -> f.t.history.addWork(s, uncertified.getCaregiverId(), HOME, since, null, true));
        long paper = f.t.caregiver(s, "丙").getId();
        f.tx(() -> f.t.history.addPriorCertificate(s, paper, "YLHLY", 3, "职业资格证书", "P-1", since));
        Certificate first = f.issue(s, certified);
        current = f.tx(() -> f.issuing.reissue(s, first.getId(), "更正"));
        Certificate gone = f.issue(s, revoked);
        f.tx(() -> f.revocations.revoke(s, gone.getId(), "撤销"));
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private <T> T wired(T bean) {
        cn.eldercare.testing.Beans.wire(f.t.em, bean);
        return bean;
    }

    @Test
    void certifiedStaffPerInstitutionCountTheHighestValidLevel() {
        List<StaffRow> rows = f.tx(() -> wired(staff).byInstitution("YLHLY", LocalDate.now()));
        StaffRow home = rows.stream().filter(r -> r.institution().equals(HOME)).findFirst().orElseThrow();
        assertEquals(2, home.staff());
        assertEquals(1, home.certified());
        assertEquals(0.5, home.ratio());
        assertEquals(1, home.level4());
        StaffRow none = rows.stream().filter(r -> r.institution().equals(StaffStatistics.NO_EMPLOYER)).findFirst().orElseThrow();
        assertEquals(2, none.staff(), "丙 and 丁");
        assertEquals(1, none.level3(), "丙's paper certificate counts, 丁's revoked one does not");
        Table table = StatisticsTables.staff(rows);
        assertTrue(table.csv(Locale.SIMPLIFIED_CHINESE).contains(HOME));
        assertEquals(3, StaffRow.total(3, new int[]{0, 0, 0, 1, 1, 0}).staff());
    }

    @Test
    void monthlyIssuanceSeparatesReissues() {
        YearMonth now = YearMonth.from(current.getPrinted().issuedOn());
        List<MonthRow> rows = f.tx(() -> wired(monthly).between(now, now));
        assertEquals(List.of(new MonthRow(base.getId(), base.getName(), now.toString(), 2, 1)), rows);
        assertTrue(StatisticsTables.monthly(rows).csv(Locale.ENGLISH).contains(now.toString()));
        assertEquals(List.of(), f.tx(() -> wired(monthly).between(now.minusYears(2), now.minusYears(1))));
    }

    @Test
    void subsidyListsHoldValidCertificatesOnly() {
        LocalDate today = current.getPrinted().issuedOn();
        List<SubsidyRow> rows = f.tx(() -> wired(subsidy).list(null, today, today, base.getId(), PageRequest.of(0, 50))).items();
        assertEquals(List.of(current.getNumber()), rows.stream().map(SubsidyRow::number).toList());
        assertEquals("甲", rows.get(0).holderName());
        assertEquals(SubsidyCategory.OTHER, rows.get(0).category());
        assertTrue(StatisticsTables.subsidy(rows, Locale.SIMPLIFIED_CHINESE).csv(Locale.SIMPLIFIED_CHINESE).contains(current.getNumber()));
        assertEquals(0, f.tx(() -> wired(subsidy).list(SubsidyCategory.OTHER, today.plusDays(1), null, null, PageRequest.of(0, 50))).total());
    }
}
