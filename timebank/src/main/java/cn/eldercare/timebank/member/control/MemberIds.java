package cn.eldercare.timebank.member.control;

import cn.eldercare.platform.identity.ResidentIdNumber;
import cn.eldercare.platform.pii.PiiProtector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The pseudonym a person has on the ledger: a keyed hash of their resident ID number, so every
 * organisation derives the same id while the ledger never holds the number itself.
 */
@ApplicationScoped
public class MemberIds {

    @Inject
    PiiProtector pii;

    public String of(ResidentIdNumber id) {
        return "m" + pii.blindIndex("timebank-member:" + id.value()).substring(0, 32);
    }
}
