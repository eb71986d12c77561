-- Issue 5, items 5-7: commitment tracking (承诺跟踪), verification (核查), look-back review (回头看).
-- Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL. Other parts of the service (statistics, export) read the
-- commitment columns below by these names.

-- How fulfilment will be checked, as promised in the response (free text beside the planned method).
ALTER TABLE commitment ADD COLUMN fulfilment_check VARCHAR(2000);
-- Latest reported progress, 0..100; null until the owner reports any.
ALTER TABLE commitment ADD COLUMN progress_percent INTEGER;
-- When the owner last claimed it fulfilled.
ALTER TABLE commitment ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
-- When a supervisor verified it as kept.
ALTER TABLE commitment ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE;
-- Set at verification: claimed on or before the original due date. Kept after it, even within a rectification
-- deadline, is kept late (FALSE).
ALTER TABLE commitment ADD COLUMN kept_on_time BOOLEAN;
ALTER TABLE commitment ADD COLUMN verification_failures INTEGER NOT NULL DEFAULT 0;
-- After a failed verification: the rectification (整改) deadline, which replaces the due date for overdue checks.
ALTER TABLE commitment ADD COLUMN rectification_due_date DATE;
-- Claimed or verified while new reports about the case kept arriving: the supervisor should look again.
ALTER TABLE commitment ADD COLUMN flagged BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE commitment ADD COLUMN withdrawal_reason VARCHAR(2000);
-- Optimistic locking: clients send the version they read; every change raises it by one.
ALTER TABLE commitment ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE commitment ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- The look-back list walks commitments by due date.
CREATE INDEX commitment_due_date_idx ON commitment (due_date, id);

-- Every progress report, the claim of fulfilment included. The note is the officer's text: never in events.
CREATE TABLE commitment_progress (
    id               UUID                     NOT NULL PRIMARY KEY,
    commitment_id    UUID                     NOT NULL REFERENCES commitment (id),
    case_id          UUID                     NOT NULL REFERENCES opinion_case (id),
    progress_percent INTEGER                  NOT NULL,
    note             VARCHAR(2000),
    claims_fulfilled BOOLEAN                  NOT NULL,
    reported_by      VARCHAR(500)             NOT NULL,
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX commitment_progress_commitment_idx ON commitment_progress (commitment_id, reported_at);

-- Evidence of progress: an http(s) link, or an uploaded file kept here (size and type limited by configuration).
CREATE TABLE commitment_evidence (
    id            UUID                     NOT NULL PRIMARY KEY,
    commitment_id UUID                     NOT NULL REFERENCES commitment (id),
    progress_id   UUID                     NOT NULL REFERENCES commitment_progress (id),
    kind          VARCHAR(8)               NOT NULL,
    url           VARCHAR(2000),
    file_name     VARCHAR(255),
    content_type  VARCHAR(100),
    size_bytes    BIGINT,
    sha256        VARCHAR(64),
    content       BYTEA,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX commitment_evidence_commitment_idx ON commitment_evidence (commitment_id, added_at);

-- Every verification by a supervisor: who, when, how (材料核查 / 实地核查 / 回访群众) and with what outcome.
CREATE TABLE commitment_verification (
    id                     UUID                     NOT NULL PRIMARY KEY,
    commitment_id          UUID                     NOT NULL REFERENCES commitment (id),
    case_id                UUID                     NOT NULL REFERENCES opinion_case (id),
    verified_by            VARCHAR(500)             NOT NULL,
    verified_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    method                 VARCHAR(32)              NOT NULL,
    outcome                VARCHAR(16)              NOT NULL,
    finding                VARCHAR(2000),
    rectification_due_date DATE
);
CREATE INDEX commitment_verification_commitment_idx ON commitment_verification (commitment_id, verified_at);

-- Look-back reviews (回头看): a supervisor's check of one commitment, item by item.
CREATE TABLE commitment_review (
    id            UUID                     NOT NULL PRIMARY KEY,
    commitment_id UUID                     NOT NULL REFERENCES commitment (id),
    case_id       UUID                     NOT NULL REFERENCES opinion_case (id),
    reviewer      VARCHAR(500)             NOT NULL,
    reviewed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finding       VARCHAR(2000)            NOT NULL,
    conclusion    VARCHAR(32)              NOT NULL
);
CREATE INDEX commitment_review_commitment_idx ON commitment_review (commitment_id, reviewed_at);
