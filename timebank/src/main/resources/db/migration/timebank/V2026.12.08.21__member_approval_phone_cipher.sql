-- A volunteer who joins on their own waits as PENDING until station staff approve; only then are they
-- written to the ledger. Phone numbers are stored AES-GCM encrypted like ID numbers; the Java migration
-- V2026.12.08.22 (MemberPhoneEncryption) encrypts the numbers already stored.
ALTER TABLE tb_member ADD COLUMN status VARCHAR(12) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE tb_member ALTER COLUMN phone SET DATA TYPE VARCHAR(200);
ALTER TABLE tb_member RENAME COLUMN phone TO phone_cipher;
CREATE INDEX tb_service_volunteer_recipient ON tb_service(volunteer_id, recipient_id);
