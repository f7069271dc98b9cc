package cn.eldercare.certs.bulk.entity;

/** QUEUED until the server's job thread takes it; FAILED only when the job itself broke off, not when some certificates were refused. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
