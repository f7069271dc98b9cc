package cn.eldercare.certs.statistics.control;

/** Certificates a base issued in one month: first issues and re-issues (new versions) counted apart. */
public record MonthRow(long baseId, String baseName, String month, long issued, long reissued) {
}
