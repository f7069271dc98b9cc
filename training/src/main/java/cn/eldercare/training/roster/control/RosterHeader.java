package cn.eldercare.training.roster.control;

import cn.eldercare.platform.i18n.Text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each known column is in this file; columns may come in any order and unknown ones
 * (序号, 备注 …) are ignored.
 *
 * @param problems file-level errors, one per missing or repeated column, so that all of them
 *                 can be fixed in one go
 */
record RosterHeader(Map<RosterColumn, Integer> positions, List<RowError> problems) {

    static RosterHeader of(SourceRow header) {
        Map<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);
        List<RowError> problems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            for (RosterColumn column : RosterColumn.values()) {
                if (column.matches(header.cells().get(i)) && positions.putIfAbsent(column, i) != null) {
                    problems.add(new RowError(RowError.FILE, column.key, Text.of(
                            "表头中“" + column.chinese + "”列出现了不止一次",
                            "the header has the " + column.key + " column more than once")));
                }
            }
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required && !positions.containsKey(column)) {
                problems.add(new RowError(RowError.FILE, column.key, Text.of(
                        "表头缺少必填列“" + column.chinese + "”",
                        "the header lacks the required column " + column.key + " (" + column.chinese + ")")));
            }
        }
        return new RosterHeader(Map.copyOf(positions), List.copyOf(problems));
    }

    /** The stripped cell of {@code column}; empty when the file has no such column. */
    String value(SourceRow row, RosterColumn column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position);
    }
}
