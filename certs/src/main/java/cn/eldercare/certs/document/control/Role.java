package cn.eldercare.certs.document.control;

/** What a piece of text is in the page's logical structure (see {@link Tags}). */
enum Role {
    HEADING,
    TEXT,
    /** Part of the seal: its name repeats the issuer's, printed as text too. */
    DECORATION
}
