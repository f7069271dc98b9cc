package cn.eldercare.training.roster.control;

/** Whether one bad row rejects the whole roster, or only itself. */
public enum ImportMode {
    ALL_OR_NOTHING, GOOD_ROWS
}
