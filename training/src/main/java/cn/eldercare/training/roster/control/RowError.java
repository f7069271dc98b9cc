package cn.eldercare.training.roster.control;

import cn.eldercare.platform.i18n.Text;

/**
 * A problem found in an uploaded roster. The reason never repeats the ID number.
 *
 * @param rowNumber as the spreadsheet shows it; {@code 0} for a problem with the whole file
 * @param column    the canonical column key ({@code idNumber}, {@code phone} …), or {@code null}
 *                  when the problem is not about one column
 */
public record RowError(int rowNumber, String column, Text reason) {

    public static final int FILE = 0;

    static RowError ofFile(Text reason) {
        return new RowError(FILE, null, reason);
    }
}
