package cn.eldercare.training.roster.control;

import java.util.List;

/** What a roster import did: rows enrolled or put on the waiting list, and every row refused with its reason. */
public record ImportReport(int imported, int enrolled, int waiting, int newCaregivers, List<RowError> errors) {
}
