package cn.eldercare.training.roster.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the non-blank rows of a file and stops reading as soon as there are more than the
 * header plus {@code maxDataRows}, so an oversized upload costs no more than the limit.
 */
final class RowCollector {

    private final int maxDataRows;
    private final List<SourceRow> rows = new ArrayList<>();

    RowCollector(int maxDataRows) {
        this.maxDataRows = maxDataRows;
    }

    /** Blank lines are common between blocks of a hand-made roster and are skipped. */
    void add(int rowNumber, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (rows.size() > maxDataRows) {
            throw UnreadableRosterException.tooManyRows(maxDataRows);
        }
        rows.add(new SourceRow(rowNumber, cells));
    }

    List<SourceRow> rows() {
        return List.copyOf(rows);
    }
}
