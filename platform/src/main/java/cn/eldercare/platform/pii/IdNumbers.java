package cn.eldercare.platform.pii;

import cn.eldercare.platform.identity.InvalidIdentifierException;
import cn.eldercare.platform.identity.ResidentIdNumber;
import cn.eldercare.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Validates resident ID numbers and turns them into their stored forms. */
@ApplicationScoped
public class IdNumbers {

    @Inject
    PiiProtector pii;

    public ResidentIdNumber parse(String field, String raw) {
        try {
            return ResidentIdNumber.parse(raw);
        } catch (InvalidIdentifierException e) {
            throw DomainException.invalid(field, e.reason());
        }
    }

    public ProtectedIdNumber protect(ResidentIdNumber id) {
        return new ProtectedIdNumber(pii.encrypt(id.value()), pii.blindIndex(id.value()), id.masked());
    }

    public String lookupKey(ResidentIdNumber id) {
        return pii.blindIndex(id.value());
    }
}
