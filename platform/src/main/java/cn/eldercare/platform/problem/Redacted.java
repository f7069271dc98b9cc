package cn.eldercare.platform.problem;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A copy of an exception fit for the log: the same types, messages and stack traces, down the
 * chain of causes, but with anything shaped like a resident ID number or a mobile number masked.
 * An unexpected error's message may quote the input that caused it, and ID numbers are never logged.
 */
final class Redacted extends RuntimeException {

    /** 18-character and old 15-digit resident ID numbers, and 11-digit mainland mobile numbers. */
    private static final Pattern PERSONAL = Pattern.compile("(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15}|1[3-9][0-9]{9})(?![0-9Xx])");

    private Redacted(String text, Throwable cause) {
        super(text, cause, false, true);
    }

    static Throwable of(Throwable original) {
        return copy(original, new IdentityHashMap<>());
    }

    private static Throwable copy(Throwable original, Map<Throwable, Boolean> seen) {
        if (original == null || seen.put(original, Boolean.TRUE) != null) {
            return null;
        }
        String message = original.getMessage();
        Redacted copy = new Redacted(original.getClass().getName() + (message == null ? "" : ": " + mask(message)),
                copy(original.getCause(), seen));
        copy.setStackTrace(original.getStackTrace());
        return copy;
    }

    static String mask(String text) {
        return PERSONAL.matcher(text).replaceAll(m -> m.group().substring(0, 3) + "*".repeat(m.group().length() - 3));
    }

    /** The original's type and message, so a stack trace in the log reads as the original's would. */
    @Override
    public String toString() {
        return getMessage();
    }
}
