package cn.eldercare.platform.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Timestamps are stored in UTC with their offset, which both H2 and PostgreSQL keep exactly. */
public final class Clock {

    private Clock() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
