package cn.eldercare.platform.security;

import java.security.Principal;

/**
 * The authenticated user of a request, with the organisation it acts for:
 * base staff and assessors belong to a training base, a caregiver account to a caregiver record.
 */
public record Caller(long userId, String username, Role role, Long baseId, Long caregiverId) implements Principal {

    @Override
    public String getName() {
        return username;
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean worksAt(Long base) {
        return base != null && base.equals(baseId) && (role == Role.BASE_STAFF || role == Role.ASSESSOR);
    }

    public boolean isCaregiver(Long caregiver) {
        return role == Role.CAREGIVER && caregiver != null && caregiver.equals(caregiverId);
    }
}
