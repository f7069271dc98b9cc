package cn.eldercare.certs.verification.control;

import cn.eldercare.certs.certificate.control.Hashes;
import cn.eldercare.certs.certificate.entity.Certificate;
import cn.eldercare.certs.signing.control.SignatureCheck;
import cn.eldercare.certs.signing.control.SignatureInspector;
import cn.eldercare.certs.signing.control.SigningKeys;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Whether an uploaded file is a genuine, unaltered certificate: a PDF whose signature is valid over the
 * whole file, by a key the regulator CA certified, and whose exact bytes (SHA-256) are on record.
 * Anything short of that is refused with the reason; the status (valid, revoked, superseded) of a
 * genuine one is the caller's to report.
 */
@ApplicationScoped
public class DocumentCheck {

    public record Genuine(Certificate certificate, SignatureCheck signature) {
    }

    @Inject
    SigningKeys keys;
    @Inject
    PublicLookup lookup;

    public Genuine check(byte[] file) {
        if (file.length < 8 || !new String(file, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw notAPdf();
        }
        SignatureCheck signature;
        try {
            signature = SignatureInspector.inspect(file, keys.regulatorCa());
        } catch (IOException e) {
            throw notAPdf();
        }
        switch (signature.verdict()) {
            case NOT_SIGNED -> throw refused("NOT_SIGNED", "该文件没有数字签名，不是本平台颁发的电子证书",
                    "The file has no digital signature; it is not a certificate issued here");
            case INVALID -> throw refused("SIGNATURE_INVALID", "数字签名无效：文件在签名后被修改过",
                    "The digital signature is invalid: the file was changed after it was signed");
            case NOT_WHOLE_DOCUMENT -> throw refused("MODIFIED_AFTER_SIGNING", "签名后文件被追加了内容",
                    "Content was added to the file after it was signed");
            case UNTRUSTED -> throw refused("UNTRUSTED_SIGNER", "签名者不是监管部门认证的发证机构",
                    "The signer is not an issuing body certified by the regulator's CA");
            case VALID -> { }
        }
        Certificate c = lookup.byHash(Hashes.sha256(file)).orElseThrow(() -> refused("NOT_ON_RECORD",
                "签名有效，但该文件与发证记录不符", "The signature is valid but the file matches no issued certificate"));
        return new Genuine(c, signature);
    }

    private static DomainException notAPdf() {
        return DomainException.invalid("file", Text.of("不是可读取的 PDF 文件", "is not a readable PDF file"));
    }

    private static DomainException refused(String code, String zh, String en) {
        return DomainException.unprocessable(code, Text.of(zh, en));
    }
}
