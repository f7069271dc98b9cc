package cn.eldercare.certs.document.control;

import cn.eldercare.certs.signing.control.PadesSigner;
import cn.eldercare.certs.testing.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * veraPDF, the PDF Association's reference validator, finds no PDF/A-2b rule broken, neither in the
 * rendered file nor after the signature was added (the signature is an incremental update, and
 * veraPDF checks the file as a whole), for a first issue and for a re-issue with its version mark.
 */
class PdfaConformanceTest {

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theRenderedCertificateIsPdfA2b() throws Exception {
        assertConforms(Samples.RENDERER.render(Samples.content("王秀英", "S410141000001265000001")));
    }

    @Test
    void theSignedCertificateIsStillPdfA2b() throws Exception {
        byte[] pdf = Samples.RENDERER.render(Samples.content("刘长生", "S410141000001265000002"));
        assertConforms(PadesSigner.sign(pdf, Samples.BASE, Instant.now(), "颁发证书"));
    }

    @Test
    void aSignedReissueIsPdfA2b() throws Exception {
        byte[] pdf = Samples.RENDERER.render(Samples.content("王秀英", "S410141000001265000003", 3));
        assertConforms(PadesSigner.sign(pdf, Samples.BASE, Instant.now(), "重新颁发证书"));
    }

    @Test
    void theCheckSeesACertificateWithoutItsOutputIntent() throws Exception {
        byte[] pdf = Samples.RENDERER.render(Samples.content("王秀英", "S410141000001265000004"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            ValidationResult result = validate(out.toByteArray());
            assertFalse(result.isCompliant());
            assertTrue(failures(result).contains("6.2.4.3"), failures(result));
        }
    }

    private static void assertConforms(byte[] pdf) throws Exception {
        ValidationResult result = validate(pdf);
        assertEquals(PDFAFlavour.PDFA_2_B, result.getPDFAFlavour());
        assertTrue(result.isCompliant(), () -> "PDF/A-2b rules broken:\n" + failures(result));
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }

    private static String failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                .distinct()
                .collect(Collectors.joining("\n"));
    }
}
