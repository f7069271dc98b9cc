package cn.eldercare.account.boundary;

import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.security.Role;

public record UserView(long id, String username, Role role, String displayName, Long baseId, Long caregiverId) {

    static UserView of(UserAccount u) {
        return new UserView(u.getId(), u.getUsername(), u.getRole(), u.getDisplayName(), u.getBaseId(), u.getCaregiverId());
    }
}
