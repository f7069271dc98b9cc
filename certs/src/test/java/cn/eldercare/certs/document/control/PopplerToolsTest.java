package cn.eldercare.certs.document.control;

import cn.eldercare.certs.signing.control.PadesSigner;
import cn.eldercare.certs.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real PDF tools agree with us: poppler's pdftotext finds the holder's Chinese name and the number,
 * pdffonts sees the fonts embedded as subsets, and pdfsig accepts the signature of the untouched file
 * and rejects it after one byte of the signed content changed. 刘长生 is chosen because 长 and 生, like 女,
 * share their glyphs with Kangxi radicals, which a careless ToUnicode map would extract instead.
 */
class PopplerToolsTest {

    private static final String NAME = "刘长生";
    private static final String NUMBER = "S410141000001265000042";

    private static byte[] signed;

    @BeforeAll
    static void render() {
        signed = PadesSigner.sign(Samples.RENDERER.render(Samples.content(NAME, NUMBER)), Samples.BASE, Instant.now(), "颁发证书");
    }

    @Test
    void pdftotextExtractsTheNameAndTheNumber(@TempDir Path dir) throws Exception {
        String text = run("pdftotext", "-enc", "UTF-8", write(dir, signed).toString(), "-");
        assertTrue(text.contains(NAME), text);
        assertTrue(text.contains(NUMBER), text);
    }

    @Test
    void pdffontsShowsEveryFontEmbeddedAsASubset(@TempDir Path dir) throws Exception {
        List<String> fonts = run("pdffonts", write(dir, signed).toString()).lines().skip(2).toList();
        assertEquals(2, fonts.size(), fonts::toString);
        for (String font : fonts) {
            assertTrue(font.matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes.*"), font);
        }
    }

    @Test
    void pdfsigValidatesTheUntouchedFileAndRejectsOneChangedByte(@TempDir Path dir) throws Exception {
        String untouched = run("pdfsig", write(dir, signed).toString());
        assertTrue(untouched.contains("Signature Validation: Signature is Valid."), untouched);
        assertTrue(untouched.contains("ETSI.CAdES.detached") && untouched.contains("Total document signed"), untouched);
        byte[] tampered = signed.clone();
        tampered[12] ^= 0x01;
        String changed = run("pdfsig", write(dir, tampered).toString());
        assertTrue(changed.contains("Signature Validation:"), changed);
        assertFalse(changed.contains("Signature is Valid."), changed);
    }

    private static Path write(Path dir, byte[] pdf) throws IOException {
        Path file = Files.createTempFile(dir, "certificate", ".pdf");
        Files.write(file, pdf);
        return file;
    }

    /** Runs a poppler tool; the test is skipped, saying so, when poppler-utils is not installed. */
    private static String run(String... command) throws IOException, InterruptedException {
        assumeTrue(installed(command[0]), command[0] + " not found: install poppler-utils (apt-get install poppler-utils) to run this test");
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
        return out;
    }

    private static boolean installed(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
