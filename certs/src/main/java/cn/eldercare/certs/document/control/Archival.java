package cn.eldercare.certs.document.control;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * What makes a certificate an archival PDF/A-2b (ISO 19005-2, level B) that a reader can still render
 * faithfully decades on: the sRGB output intent that gives our DeviceRGB colours their meaning, and
 * XMP metadata that repeats the document information and claims the conformance. The fonts are
 * already embedded by the renderer. {@code /Lang} and the title shown instead of the file name serve
 * readers too. The signature is added later by an incremental update, which leaves all this untouched.
 */
final class Archival {

    private static final String LANGUAGE = "zh-CN";
    private static final String SRGB = "sRGB IEC61966-2.1";
    /** The JDK's own sRGB profile, read once: no ICC file to ship. */
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private Archival() {
    }

    /** Call after the document information is filled in: the XMP must say the same. */
    static void apply(PDDocument doc) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(LANGUAGE);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(doc.getDocumentInformation()));
        catalog.setMetadata(metadata);
    }

    private static byte[] xmp(PDDocumentInformation info) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(info.getTitle());
        dc.addCreator(info.getAuthor());
        dc.addLanguage(LANGUAGE);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(info.getCreator());
        basic.setCreateDate(info.getCreationDate());
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        return out.toByteArray();
    }
}
