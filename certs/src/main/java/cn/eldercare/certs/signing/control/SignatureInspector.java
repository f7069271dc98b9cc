package cn.eldercare.certs.signing.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Checks the signature of a PDF offline, as a PDF reader would, against the regulator CA: one
 * ETSI.CAdES.detached signature covering the whole file, cryptographically valid, by a signing
 * certificate the CA issued and that was valid when the document was signed.
 */
public final class SignatureInspector {

    private SignatureInspector() {
    }

    /** @throws IOException when the bytes are not a PDF PDFBox can read */
    public static SignatureCheck inspect(byte[] pdf, X509Certificate regulatorCa) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return SignatureCheck.of(SignatureCheck.Verdict.NOT_SIGNED);
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            if (signatures.size() > 1 || !coversWholeFile(signature.getByteRange(), pdf)) {
                return SignatureCheck.of(SignatureCheck.Verdict.NOT_WHOLE_DOCUMENT);
            }
            return check(signature, pdf, regulatorCa);
        }
    }

    private static SignatureCheck check(PDSignature signature, byte[] pdf, X509Certificate ca) {
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1 || !PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(signature.getSubFilter())) {
                return SignatureCheck.of(SignatureCheck.Verdict.INVALID);
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty() || !signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(matches.iterator().next()))) {
                return SignatureCheck.of(SignatureCheck.Verdict.INVALID);
            }
            X509Certificate leaf = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
            SignatureCheck.Verdict verdict = issuedBy(leaf, ca, signedAt) ? SignatureCheck.Verdict.VALID : SignatureCheck.Verdict.UNTRUSTED;
            return new SignatureCheck(verdict, CmsSignatures.commonName(leaf), signedAt);
        } catch (Exception e) {
            // any parse or crypto failure of the signature itself means the file is not what was signed
            return SignatureCheck.of(SignatureCheck.Verdict.INVALID);
        }
    }

    /** A signing (not CA) certificate, signed by the CA's key, valid at signing time. */
    private static boolean issuedBy(X509Certificate leaf, X509Certificate ca, Instant signedAt) {
        try {
            if (leaf.getBasicConstraints() != -1 || !leaf.getIssuerX500Principal().equals(ca.getSubjectX500Principal())
                    || signedAt == null) {
                return false;
            }
            leaf.verify(ca.getPublicKey());
            leaf.checkValidity(Date.from(signedAt));
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    /** Two ranges around the /Contents hole, from the first byte to the last one. */
    private static boolean coversWholeFile(int[] range, byte[] pdf) {
        return range != null && range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
                && (long) range[2] + range[3] == pdf.length && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
    }
}
