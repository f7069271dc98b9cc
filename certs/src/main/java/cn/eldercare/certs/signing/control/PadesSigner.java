package cn.eldercare.certs.signing.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Signs a PDF as PAdES baseline B-B: sub-filter ETSI.CAdES.detached, a detached CMS over the byte
 * ranges, and the signing time in the signature dictionary (/M), not in the CMS, as PAdES requires.
 * PDFBox can only sign incrementally a document it has loaded, hence the reload of the rendered bytes.
 * The incremental update appends the signature and leaves the rendered PDF/A-2b as it was, so the
 * signed file is still PDF/A (PdfaConformanceTest checks it with veraPDF).
 */
public final class PadesSigner {

    /** Beyond the certificates: the signer info names the issuer twice, plus the RSA signature and the attributes. */
    private static final int SIGNER_INFO = 1024;

    private PadesSigner() {
    }

    public static byte[] sign(byte[] pdf, SigningKey key, Instant at, String reason) {
        try (PDDocument doc = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(CmsSignatures.commonName(key.certificate()));
            signature.setReason(reason);
            signature.setSignDate(calendar(at));
            options.setPreferredSignatureSize(reserve(key));
            doc.addSignature(signature, content -> CmsSignatures.sign(content.readAllBytes(), key), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * reserve(key) + 4096);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign the certificate", e);
        }
    }

    /**
     * The room kept for the CMS in the file, where it is written in hex, so every spare byte costs two in every
     * certificate. Sized from the chain, since long Chinese names of base and CA make the certificates longer.
     */
    static int reserve(SigningKey key) {
        int size = SIGNER_INFO + 2 * key.certificate().getIssuerX500Principal().getEncoded().length;
        for (X509Certificate c : key.chain()) {
            try {
                size += c.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return size;
    }

    private static Calendar calendar(Instant at) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.setTimeInMillis(at.toEpochMilli());
        return c;
    }
}
