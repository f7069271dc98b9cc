-- Accounts, training bases, courses, caregivers, enrolment, attendance, assessment and audit.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

CREATE SEQUENCE id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE occupation (
    code       VARCHAR(16) PRIMARY KEY,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    leveled    BOOLEAN NOT NULL
);

-- level 0 stands for "no level" (public courses)
CREATE TABLE occupation_level (
    occupation_code VARCHAR(16) NOT NULL REFERENCES occupation(code),
    level           INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
    standard_hours  INTEGER NOT NULL CHECK (standard_hours > 0),
    PRIMARY KEY (occupation_code, level)
);

CREATE TABLE training_base (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    uscc          CHAR(18) NOT NULL UNIQUE,
    province_code CHAR(2) NOT NULL,
    city          VARCHAR(50) NOT NULL,
    body_type     CHAR(1) NOT NULL CHECK (body_type IN ('Y', 'S')),
    body_code     CHAR(4) NOT NULL,
    site_code     CHAR(6) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(64) NOT NULL
);

CREATE TABLE base_accreditation (
    base_id         BIGINT NOT NULL REFERENCES training_base(id),
    occupation_code VARCHAR(16) NOT NULL REFERENCES occupation(code),
    level           INTEGER NOT NULL,
    PRIMARY KEY (base_id, occupation_code, level)
);

CREATE TABLE caregiver (
    id                       BIGINT PRIMARY KEY,
    name                     VARCHAR(50) NOT NULL,
    gender                   VARCHAR(6) NOT NULL,
    id_number_cipher         VARCHAR(200) NOT NULL,
    id_number_hash           CHAR(64) NOT NULL UNIQUE,
    id_number_masked         CHAR(18) NOT NULL,
    birth_date               DATE NOT NULL,
    phone                    VARCHAR(20),
    education                VARCHAR(30),
    education_in_field       BOOLEAN NOT NULL,
    final_year_student       BOOLEAN NOT NULL,
    apprenticeship_completed BOOLEAN NOT NULL,
    subsidy_category         VARCHAR(30) NOT NULL,
    registered_by_base_id    BIGINT REFERENCES training_base(id),
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by               VARCHAR(64) NOT NULL
);

CREATE TABLE work_period (
    id           BIGINT PRIMARY KEY,
    caregiver_id BIGINT NOT NULL REFERENCES caregiver(id),
    employer     VARCHAR(200) NOT NULL,
    from_date    DATE NOT NULL,
    to_date      DATE,
    related      BOOLEAN NOT NULL
);
CREATE INDEX work_period_caregiver ON work_period(caregiver_id);

CREATE TABLE held_certificate (
    id              BIGINT PRIMARY KEY,
    caregiver_id    BIGINT NOT NULL REFERENCES caregiver(id),
    occupation_code VARCHAR(16) NOT NULL REFERENCES occupation(code),
    level           INTEGER NOT NULL,
    kind            VARCHAR(30) NOT NULL,
    number          VARCHAR(40) NOT NULL,
    issued_on       DATE NOT NULL,
    recorded_by     VARCHAR(64) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX held_certificate_caregiver ON held_certificate(caregiver_id);

CREATE TABLE app_user (
    id            BIGINT PRIMARY KEY,
    username      VARCHAR(64) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    base_id       BIGINT REFERENCES training_base(id),
    caregiver_id  BIGINT REFERENCES caregiver(id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE course (
    id               BIGINT PRIMARY KEY,
    base_id          BIGINT NOT NULL REFERENCES training_base(id),
    occupation_code  VARCHAR(16) NOT NULL REFERENCES occupation(code),
    level            INTEGER NOT NULL,
    title            VARCHAR(200) NOT NULL,
    standard_hours   INTEGER NOT NULL,
    capacity         INTEGER NOT NULL CHECK (capacity > 0),
    starts_on        DATE NOT NULL,
    ends_on          DATE NOT NULL,
    schedule         VARCHAR(500) NOT NULL,
    delivery_mode    VARCHAR(10) NOT NULL,
    subsidy_eligible BOOLEAN NOT NULL,
    enrolled_count   INTEGER NOT NULL,
    waiting_count    INTEGER NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64) NOT NULL,
    version          BIGINT NOT NULL
);
CREATE INDEX course_base ON course(base_id, starts_on);
CREATE INDEX course_occupation ON course(occupation_code, level, starts_on);
CREATE INDEX course_starts ON course(starts_on, id);

CREATE TABLE course_module (
    course_id BIGINT NOT NULL REFERENCES course(id),
    position  INTEGER NOT NULL,
    title     VARCHAR(200) NOT NULL,
    hours     INTEGER NOT NULL,
    PRIMARY KEY (course_id, position)
);

-- active_caregiver_id is the caregiver while the enrolment is enrolled or waiting and NULL once
-- cancelled: a plain unique key then forbids duplicate active enrolments on both databases.
-- The waiting list is in id order: ids are drawn while the course row is locked.
CREATE TABLE enrolment (
    id                  BIGINT PRIMARY KEY,
    course_id           BIGINT NOT NULL REFERENCES course(id),
    caregiver_id        BIGINT NOT NULL REFERENCES caregiver(id),
    status              VARCHAR(12) NOT NULL,
    active_caregiver_id BIGINT,
    enrolled_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    enrolled_by         VARCHAR(64) NOT NULL,
    promoted_at         TIMESTAMP WITH TIME ZONE,
    cancelled_at        TIMESTAMP WITH TIME ZONE,
    cancelled_by        VARCHAR(64),
    attended_minutes    INTEGER NOT NULL,
    version             BIGINT NOT NULL,
    CONSTRAINT enrolment_active_unique UNIQUE (course_id, active_caregiver_id)
);
CREATE INDEX enrolment_queue ON enrolment(course_id, status, id);
CREATE INDEX enrolment_caregiver ON enrolment(caregiver_id);

CREATE TABLE attendance_session (
    id          BIGINT PRIMARY KEY,
    course_id   BIGINT NOT NULL REFERENCES course(id),
    held_on     DATE NOT NULL,
    minutes     INTEGER NOT NULL CHECK (minutes > 0),
    topic       VARCHAR(200) NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attendance_session_course ON attendance_session(course_id, held_on);

CREATE TABLE attendance (
    id           BIGINT PRIMARY KEY,
    session_id   BIGINT NOT NULL REFERENCES attendance_session(id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolment(id),
    minutes      INTEGER NOT NULL,
    CONSTRAINT attendance_unique UNIQUE (session_id, enrolment_id)
);
CREATE INDEX attendance_enrolment ON attendance(enrolment_id);

CREATE TABLE assessment_score (
    id           BIGINT PRIMARY KEY,
    enrolment_id BIGINT NOT NULL REFERENCES enrolment(id),
    part         VARCHAR(10) NOT NULL,
    attempt      INTEGER NOT NULL,
    score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    passed       BOOLEAN NOT NULL,
    panel        VARCHAR(500),
    entered_by   VARCHAR(64) NOT NULL,
    entered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assessment_attempt_unique UNIQUE (enrolment_id, part, attempt)
);

CREATE TABLE audit_event (
    id          BIGINT PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    actor_role  VARCHAR(20) NOT NULL,
    action      VARCHAR(40) NOT NULL,
    entity_type VARCHAR(40) NOT NULL,
    entity_id   BIGINT NOT NULL,
    detail      VARCHAR(1000)
);
CREATE INDEX audit_entity ON audit_event(entity_type, entity_id);
CREATE INDEX audit_at ON audit_event(at);

-- National occupations and standard hours (brief §2): data, so a province can change them.
INSERT INTO occupation (code, name_zh, name_en, leveled) VALUES
    ('YLHLY', '养老护理员', 'Elderly caregiver', TRUE),
    ('LNZH', '老年照护（1+X）', 'Elderly care (1+X)', TRUE),
    ('XFSS', '消防设施操作员', 'Fire-equipment operator', TRUE),
    ('JTZHZ', '家庭照护者公益课程', 'Family caregiver public course', FALSE);

INSERT INTO occupation_level (occupation_code, level, standard_hours) VALUES
    ('YLHLY', 5, 180), ('YLHLY', 4, 150), ('YLHLY', 3, 120), ('YLHLY', 2, 90), ('YLHLY', 1, 60),
    ('LNZH', 5, 120), ('LNZH', 4, 100), ('LNZH', 3, 80),
    ('XFSS', 5, 90), ('XFSS', 4, 120), ('XFSS', 3, 150),
    ('JTZHZ', 0, 16);
