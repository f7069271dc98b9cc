-- Accounts can await approval or be deactivated (with who, when and why); token_version ends every
-- token issued before it was raised; revoked_token holds the sessions signed out before they expire.
ALTER TABLE app_user ADD COLUMN status VARCHAR(12) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE app_user ADD COLUMN token_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN status_reason VARCHAR(500);
ALTER TABLE app_user ADD COLUMN status_changed_by VARCHAR(64);
ALTER TABLE app_user ADD COLUMN status_changed_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE revoked_token (
    session_id VARCHAR(32) PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES app_user(id),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX revoked_token_expiry ON revoked_token(expires_at);

