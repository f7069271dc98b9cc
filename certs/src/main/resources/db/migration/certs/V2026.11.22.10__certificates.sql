-- Certificates: issued versions with their frozen data and signed PDFs, number counters, bulk jobs.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15 (BYTEA is VARBINARY up to 1 GB on H2).

-- The last sequence number used under a 16-character number prefix (kind letter, body, province,
-- site, year, level); issuers lock the row while taking numbers.
CREATE TABLE certificate_counter (
    prefix     CHAR(16) PRIMARY KEY,
    last_value INTEGER NOT NULL CHECK (last_value BETWEEN 0 AND 999999)
);

CREATE TABLE certificate_job (
    id                BIGINT PRIMARY KEY,
    course_id         BIGINT NOT NULL REFERENCES course(id),
    base_id           BIGINT NOT NULL REFERENCES training_base(id),
    status            VARCHAR(12) NOT NULL,
    total             INTEGER NOT NULL,
    done              INTEGER NOT NULL,
    failed            INTEGER NOT NULL,
    skipped           INTEGER NOT NULL,
    requested_by      VARCHAR(64) NOT NULL,
    requested_by_id   BIGINT NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE,
    version           BIGINT NOT NULL
);
CREATE INDEX certificate_job_course ON certificate_job(course_id, id);

CREATE TABLE certificate_job_failure (
    id           BIGINT PRIMARY KEY,
    job_id       BIGINT NOT NULL REFERENCES certificate_job(id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolment(id),
    holder_name  VARCHAR(50) NOT NULL,
    code         VARCHAR(40) NOT NULL,
    reason_zh    VARCHAR(1000) NOT NULL,
    reason_en    VARCHAR(1000) NOT NULL
);
CREATE INDEX certificate_job_failure_job ON certificate_job_failure(job_id, id);

-- One row per version. A re-issue keeps the number and adds a version; current_enrolment_id is the
-- enrolment while the row is the latest version and NULL once superseded, so the plain unique key
-- allows one current certificate per enrolment (NULLs never collide on either database).
CREATE TABLE certificate (
    id                   BIGINT PRIMARY KEY,
    kind                 VARCHAR(16) NOT NULL,
    number               CHAR(22) NOT NULL,
    version              INTEGER NOT NULL CHECK (version >= 1),
    verification_code    CHAR(20) NOT NULL,
    status               VARCHAR(12) NOT NULL,
    caregiver_id         BIGINT NOT NULL REFERENCES caregiver(id),
    base_id              BIGINT NOT NULL REFERENCES training_base(id),
    course_id            BIGINT NOT NULL REFERENCES course(id),
    enrolment_id         BIGINT NOT NULL REFERENCES enrolment(id),
    current_enrolment_id BIGINT,
    occupation_code      VARCHAR(16) NOT NULL REFERENCES occupation(code),
    level                INTEGER NOT NULL,
    subsidy_category     VARCHAR(30) NOT NULL,
    holder_name          VARCHAR(50) NOT NULL,
    holder_gender        VARCHAR(6) NOT NULL,
    id_number_masked     CHAR(18) NOT NULL,
    occupation_name      VARCHAR(100) NOT NULL,
    level_name           VARCHAR(30) NOT NULL,
    course_title         VARCHAR(200) NOT NULL,
    base_name            VARCHAR(200) NOT NULL,
    issued_on            DATE NOT NULL,
    issued_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by            VARCHAR(64) NOT NULL,
    pdf_sha256           CHAR(64) NOT NULL,
    pdf_size             INTEGER NOT NULL,
    job_id               BIGINT REFERENCES certificate_job(id),
    supersedes_id        BIGINT REFERENCES certificate(id),
    superseded_by_id     BIGINT,
    superseded_at        TIMESTAMP WITH TIME ZONE,
    revoked_at           TIMESTAMP WITH TIME ZONE,
    revoked_by           VARCHAR(64),
    revocation_reason    VARCHAR(500),
    CONSTRAINT certificate_number_version UNIQUE (number, version),
    CONSTRAINT certificate_code_unique UNIQUE (verification_code),
    CONSTRAINT certificate_current_unique UNIQUE (current_enrolment_id)
);
CREATE INDEX certificate_caregiver ON certificate(caregiver_id, status);
CREATE INDEX certificate_base_issued ON certificate(base_id, issued_on);
CREATE INDEX certificate_course ON certificate(course_id);
CREATE INDEX certificate_job_rows ON certificate(job_id, id);
CREATE INDEX certificate_sha256 ON certificate(pdf_sha256);
CREATE INDEX certificate_subsidy ON certificate(subsidy_category, issued_on);

CREATE TABLE certificate_document (
    certificate_id BIGINT PRIMARY KEY REFERENCES certificate(id),
    pdf            BYTEA NOT NULL
);
