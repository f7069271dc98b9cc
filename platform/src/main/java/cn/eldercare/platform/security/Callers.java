package cn.eldercare.platform.security;

import jakarta.ws.rs.core.SecurityContext;

/** The caller of a request that passed {@code @RolesAllowed}, so one is always there. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(SecurityContext security) {
        return (Caller) security.getUserPrincipal();
    }
}
