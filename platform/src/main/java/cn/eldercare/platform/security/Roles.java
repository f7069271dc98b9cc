package cn.eldercare.platform.security;

/**
 * The names of the {@link Role}s as {@code @RolesAllowed} takes them (annotation values must be constant strings),
 * and {@link #SIGNED_IN}, Jakarta EE's role name for any authenticated caller. RolesTest keeps them equal to the enum.
 */
public final class Roles {

    public static final String SIGNED_IN = "**";
    public static final String CAREGIVER = "CAREGIVER";
    public static final String BASE_STAFF = "BASE_STAFF";
    public static final String ASSESSOR = "ASSESSOR";
    public static final String REGULATOR = "REGULATOR";
    public static final String VOLUNTEER = "VOLUNTEER";
    public static final String RECIPIENT = "RECIPIENT";
    public static final String STATION_STAFF = "STATION_STAFF";

    private Roles() {
    }
}
