-- Phone numbers are stored AES-GCM encrypted like ID numbers; the Java migration V2026.12.08.3
-- (CaregiverPhoneEncryption) encrypts the numbers already stored.
ALTER TABLE caregiver ALTER COLUMN phone SET DATA TYPE VARCHAR(200);
ALTER TABLE caregiver RENAME COLUMN phone TO phone_cipher;
