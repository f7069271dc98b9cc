package cn.eldercare.certs.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The signed PDF exactly as issued, in a table of its own so listing certificates never loads it.
 * Stored rather than re-rendered because the signature carries its signing time and cannot be
 * reproduced; BYTEA is binary on PostgreSQL and an alias of VARBINARY (up to 1 GB) on H2 2.x.
 * Keyed by its certificate: it has no identity of its own.
 */
@Entity
@Table(name = "certificate_document")
public class CertificateDocument {

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;
    private byte[] pdf;

    protected CertificateDocument() {
    }

    public CertificateDocument(long certificateId, byte[] pdf) {
        this.certificateId = certificateId;
        this.pdf = pdf;
    }

    public Long getCertificateId() { return certificateId; }
    public byte[] getPdf() { return pdf; }
}
