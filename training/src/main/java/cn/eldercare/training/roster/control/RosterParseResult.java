package cn.eldercare.training.roster.control;

import java.util.List;

/**
 * Rows that can be enrolled and the problems with the others. Good rows are usable even when
 * other rows failed, so staff can fix only the failed rows and upload them again.
 */
public record RosterParseResult(List<RosterRow> good, List<RowError> errors) {

    public RosterParseResult {
        good = List.copyOf(good);
        errors = List.copyOf(errors);
    }

    static RosterParseResult rejected(RowError fileError) {
        return new RosterParseResult(List.of(), List.of(fileError));
    }
}
