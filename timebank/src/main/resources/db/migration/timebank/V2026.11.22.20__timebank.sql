-- Time bank: stations, members (personal data stays here, off the ledger), and the read model
-- fed by ledger events (balances, movements, service records), with its checkpoint.

CREATE TABLE tb_station (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    region_code CHAR(6) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- member_id is the pseudonym used on the ledger: a keyed hash of the resident ID number.
CREATE TABLE tb_member (
    member_id        VARCHAR(64) PRIMARY KEY,
    name             VARCHAR(50) NOT NULL,
    id_number_cipher VARCHAR(200) NOT NULL,
    id_number_masked CHAR(18) NOT NULL,
    birth_date       DATE NOT NULL,
    region_code      CHAR(6) NOT NULL,
    phone            VARCHAR(20),
    station_id       BIGINT REFERENCES tb_station(id),
    volunteer        BOOLEAN NOT NULL,
    recipient        BOOLEAN NOT NULL,
    user_id          BIGINT REFERENCES app_user(id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64) NOT NULL
);
CREATE INDEX tb_member_station ON tb_member(station_id);
CREATE INDEX tb_member_user ON tb_member(user_id);

CREATE TABLE tb_staff (
    user_id    BIGINT PRIMARY KEY REFERENCES app_user(id),
    station_id BIGINT NOT NULL REFERENCES tb_station(id)
);

CREATE TABLE tb_account (
    member_id  VARCHAR(64) PRIMARY KEY,
    balance    BIGINT NOT NULL,
    deposited  BIGINT NOT NULL,
    withdrawn  BIGINT NOT NULL
);

CREATE TABLE tb_movement (
    id            BIGINT PRIMARY KEY,
    account       VARCHAR(64) NOT NULL,
    tx_id         VARCHAR(80) NOT NULL,
    seq           INTEGER NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    kind          VARCHAR(12) NOT NULL,
    minutes       BIGINT NOT NULL,
    balance_after BIGINT,
    counterparty  VARCHAR(300),
    record_id     VARCHAR(80),
    category_code VARCHAR(32),
    CONSTRAINT tb_movement_unique UNIQUE (tx_id, seq, account)
);
CREATE INDEX tb_movement_account ON tb_movement(account, at, id);
CREATE INDEX tb_movement_at ON tb_movement(at);

CREATE TABLE tb_service (
    record_id        VARCHAR(80) PRIMARY KEY,
    volunteer_id     VARCHAR(64) NOT NULL,
    recipient_id     VARCHAR(64) NOT NULL,
    category_code    VARCHAR(32) NOT NULL,
    starts_at        TIMESTAMP WITH TIME ZONE,
    ends_at          TIMESTAMP WITH TIME ZONE,
    status           VARCHAR(12) NOT NULL,
    rating           INTEGER,
    served_minutes   BIGINT,
    credited_minutes BIGINT,
    submitted_by     VARCHAR(300),
    decided_by       VARCHAR(300),
    decided_at       TIMESTAMP WITH TIME ZONE,
    expires_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX tb_service_status ON tb_service(status, expires_at);
CREATE INDEX tb_service_volunteer ON tb_service(volunteer_id);
CREATE INDEX tb_service_recipient ON tb_service(recipient_id, status);

CREATE TABLE tb_checkpoint (
    name         VARCHAR(40) PRIMARY KEY,
    block_number BIGINT NOT NULL
);
