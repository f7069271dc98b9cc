package cn.eldercare.certs.statistics.control;

/** Certified staff of one institution: caregivers working there, how many hold a certificate, and at which highest level. */
public record StaffRow(String institution, int staff, int certified, double ratio, int level1, int level2, int level3,
                       int level4, int level5) {

    /** All institutions together; a caregiver working at two counts once per institution there, so totals are of rows. */
    public static StaffRow total(int staff, int[] byLevel) {
        return of("合计 / total", staff, byLevel);
    }

    static StaffRow of(String institution, int staff, int[] byLevel) {
        int certified = byLevel[1] + byLevel[2] + byLevel[3] + byLevel[4] + byLevel[5];
        double ratio = staff == 0 ? 0 : Math.round(certified * 10_000.0 / staff) / 10_000.0;
        return new StaffRow(institution, staff, certified, ratio, byLevel[1], byLevel[2], byLevel[3], byLevel[4], byLevel[5]);
    }
}
