package cn.eldercare.certs.certificate.control;

import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Role;

/**
 * Who may do what with a certificate: its base's staff issue, re-issue and revoke; the regulator
 * also revokes (supervision); the base, the regulator and the holder read it.
 */
public final class CertificateAccess {

    private CertificateAccess() {
    }

    public static void requireIssuer(Caller caller, long baseId) {
        if (!caller.is(Role.BASE_STAFF) || !caller.worksAt(baseId)) {
            throw DomainException.forbidden(Text.of("只有本基地的工作人员可以颁发证书", "Only the base's staff may issue its certificates"));
        }
    }

    public static void requireRevoker(Caller caller, Certificate c) {
        if (!caller.is(Role.REGULATOR) && !(caller.is(Role.BASE_STAFF) && caller.worksAt(c.getBaseId()))) {
            throw DomainException.forbidden(Text.of("只有发证基地或监管部门可以撤销证书", "Only the issuing base or the regulator may revoke"));
        }
    }

    public static void requireReader(Caller caller, Certificate c) {
        if (!caller.is(Role.REGULATOR) && !caller.worksAt(c.getBaseId()) && !caller.isCaregiver(c.getCaregiverId())) {
            throw DomainException.forbidden(Text.of("无权查看该证书", "You may not see this certificate"));
        }
    }
}
