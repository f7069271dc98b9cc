package cn.eldercare.certs.document.control;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

import java.io.IOException;
import java.util.Map;

/**
 * The page's logical structure, so that a screen reader or a reflowing viewer reads the certificate in
 * order: a Document of a heading and paragraphs, and the QR code as a figure with its link as the
 * alternative text. Frame, seal and other decoration are marked as artifacts and left out.
 * Marked content ids are numbered in drawing order; the parent tree maps each back to its element.
 */
final class Tags {

    /** Drawing that happens inside one marked-content sequence. */
    interface Drawing {
        void draw() throws IOException;
    }

    private final PDPage page;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final COSArray byMcid = new COSArray();

    Tags(PDDocument doc, PDPage page) {
        this.page = page;
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        document.setPage(page);
        root.appendKid(document);
        page.setStructParents(0);
    }

    void text(PDPageContentStream cs, Role role, Drawing drawing) throws IOException {
        if (role == Role.DECORATION) {
            artifact(cs, drawing);
        } else {
            tagged(cs, role == Role.HEADING ? StandardStructureTypes.H1 : StandardStructureTypes.P, null, drawing);
        }
    }

    void figure(PDPageContentStream cs, String alternative, Drawing drawing) throws IOException {
        tagged(cs, StandardStructureTypes.Figure, alternative, drawing);
    }

    static void artifact(PDPageContentStream cs, Drawing drawing) throws IOException {
        cs.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        cs.endMarkedContent();
    }

    /** Writes the parent tree; call once, after the last drawing. */
    void finish() {
        PDNumberTreeNode parents = new PDNumberTreeNode(PDParentTreeValue.class);
        parents.setNumbers(Map.of(0, new PDParentTreeValue(byMcid)));
        root.setParentTree(parents);
        root.setParentTreeNextKey(1);
    }

    private void tagged(PDPageContentStream cs, String type, String alternative, Drawing drawing) throws IOException {
        int mcid = byMcid.size();
        PDStructureElement element = new PDStructureElement(type, document);
        element.setPage(page);
        if (alternative != null) {
            element.setAlternateDescription(alternative);
        }
        element.appendKid(mcid);
        document.appendKid(element);
        byMcid.add(element);
        cs.beginMarkedContent(COSName.getPDFName(type), mcid);
        drawing.draw();
        cs.endMarkedContent();
    }
}
