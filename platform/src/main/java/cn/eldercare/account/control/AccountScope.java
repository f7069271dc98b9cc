package cn.eldercare.account.control;

import cn.eldercare.account.entity.UserAccount;
import cn.eldercare.platform.security.Caller;

/**
 * Which accounts an organisation's staff administer (deactivate, reactivate, sign out). The training
 * bases' rule is in {@link Accounts}; a module whose staff belong elsewhere (the time bank's stations)
 * adds its own as a bean.
 */
public interface AccountScope {

    boolean administers(Caller admin, UserAccount account);
}
