package cn.eldercare.certs.signing.control;

import cn.eldercare.certs.testing.Samples;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SignatureInspectorTest {

    private static final byte[] SIGNED = PadesSigner.sign(Samples.RENDERER.render(Samples.content("王秀英", "S410141000001265000001")),
            Samples.BASE, Instant.now(), "颁发证书");

    private static SignatureCheck.Verdict verdict(byte[] pdf) throws IOException {
        return SignatureInspector.inspect(pdf, Samples.CA.certificate()).verdict();
    }

    @Test
    void untouchedCertificateIsValidAndNamesItsSigner() throws IOException {
        SignatureCheck check = SignatureInspector.inspect(SIGNED, Samples.CA.certificate());
        assertEquals(SignatureCheck.Verdict.VALID, check.verdict());
        assertEquals("郑州市卫生健康学校", check.signer());
    }

    @Test
    void oneChangedByteOfTheSignedContentInvalidatesIt() throws IOException {
        byte[] tampered = SIGNED.clone();
        tampered[12] ^= 0x01;
        assertEquals(SignatureCheck.Verdict.INVALID, verdict(tampered));
    }

    @Test
    void anythingAppendedAfterSigningIsNoticed() throws IOException {
        byte[] appended = Arrays.copyOf(SIGNED, SIGNED.length + 4);
        System.arraycopy("\n%x\n".getBytes(StandardCharsets.US_ASCII), 0, appended, SIGNED.length, 4);
        assertEquals(SignatureCheck.Verdict.NOT_WHOLE_DOCUMENT, verdict(appended));
    }

    @Test
    void aForeignKeyIsNotTrustedAndNoSignatureIsNoSignature() throws IOException {
        SigningKey foreign = CertificateAuthority.issue(CertificateAuthority.createRoot("别的根证书", "别的机构", Instant.now()),
                "郑州市卫生健康学校", "124100004175512348", Instant.now());
        byte[] blank = blank();
        assertEquals(SignatureCheck.Verdict.UNTRUSTED, verdict(PadesSigner.sign(blank, foreign, Instant.now(), "伪造")));
        assertEquals(SignatureCheck.Verdict.NOT_SIGNED, verdict(blank));
        assertThrows(IOException.class, () -> verdict("not a pdf at all".getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] blank() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
