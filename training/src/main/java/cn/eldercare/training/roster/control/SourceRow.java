package cn.eldercare.training.roster.control;

import java.util.List;

/** A non-blank row as read from the file, before any validation. */
record SourceRow(int rowNumber, List<String> cells) {

    SourceRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, stripped; empty when the row is shorter. */
    String cell(int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }
}
