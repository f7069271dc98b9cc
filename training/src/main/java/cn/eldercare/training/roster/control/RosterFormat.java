package cn.eldercare.training.roster.control;

/** The file kinds base staff upload rosters in. */
public enum RosterFormat {
    /** Comma-separated values (RFC 4180), UTF-8 with or without BOM, or GB18030 as saved by Excel in China. */
    CSV,
    /** Excel 2007+ workbook; only the first sheet is read. */
    XLSX
}
