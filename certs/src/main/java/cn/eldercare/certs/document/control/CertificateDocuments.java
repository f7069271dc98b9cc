package cn.eldercare.certs.document.control;

import cn.eldercare.certs.certificate.entity.CertificateDraft;
import cn.eldercare.certs.signing.control.PadesSigner;
import cn.eldercare.certs.signing.control.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;

/**
 * Turns a drafted certificate into its signed PDF. One font pool per server, as large as the
 * machine has cores: rendering is CPU-bound, so more parsed fonts would only take memory.
 * {@code certs.verify.url} is the public verification page the QR code opens.
 */
@ApplicationScoped
public class CertificateDocuments {

    /**
     * One renderer per server, made at the first certificate: its fonts take 20 MB of heap per copy, and an
     * instance field was initialised again for each instance the container made of this bean (its proxy
     * too), each with fonts of its own; nor does a start-up without certificates to issue read them now.
     */
    private static final class Shared {
        static final CertificateRenderer RENDERER = new CertificateRenderer(new FontFaces(Runtime.getRuntime().availableProcessors()));
    }

    @Inject
    @ConfigProperty(name = "certs.verify.url", defaultValue = "http://localhost:8080/verify.html")
    String verifyPage;

    public byte[] signed(CertificateDraft d, SigningKey key) {
        Instant at = d.issuedAt().toInstant();
        byte[] pdf = Shared.RENDERER.render(new CertificateContent(d.kind(), d.printed(), d.number(), d.version(), d.verificationCode(),
                verifyPage, at));
        return PadesSigner.sign(pdf, key, at, "颁发" + d.kind().title().zh() + " " + d.number());
    }

    public String verifyLink(String verificationCode) {
        return verifyPage + "?code=" + verificationCode;
    }
}
