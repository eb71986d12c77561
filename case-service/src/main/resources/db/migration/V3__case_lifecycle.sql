-- Issue 5, case lifecycle: details and heat, the state machine, deadlines and the clock, responses' timeliness.
-- Same SQL for H2 (MODE=PostgreSQL) and PostgreSQL. Other branches build on the column names here (V4, V5).

ALTER TABLE opinion_case ADD COLUMN severity VARCHAR(16);
ALTER TABLE opinion_case ADD COLUMN region VARCHAR(200);
-- Co-handling units (协办单位), newline-separated; NULL when none.
ALTER TABLE opinion_case ADD COLUMN co_units VARCHAR(2000);
ALTER TABLE opinion_case ADD COLUMN assignee VARCHAR(200);
-- The channel of the report that opened the case; with the severity it selects the deadline policy.
ALTER TABLE opinion_case ADD COLUMN intake_channel VARCHAR(32);
-- Heat: summed engagement of the attached reports (report_count is the other half).
ALTER TABLE opinion_case ADD COLUMN engagement_reposts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE opinion_case ADD COLUMN engagement_comments BIGINT NOT NULL DEFAULT 0;
ALTER TABLE opinion_case ADD COLUMN engagement_likes BIGINT NOT NULL DEFAULT 0;
-- The clock: deadlines already include pauses and approved extensions.
ALTER TABLE opinion_case ADD COLUMN response_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE opinion_case ADD COLUMN press_conference_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE opinion_case ADD COLUMN first_responded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE opinion_case ADD COLUMN paused_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE opinion_case ADD COLUMN paused_seconds BIGINT NOT NULL DEFAULT 0;
ALTER TABLE opinion_case ADD COLUMN transfer_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE opinion_case ADD COLUMN unaccepted_transfers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE opinion_case ADD COLUMN overdue BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE opinion_case ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE opinion_case ADD COLUMN merged_into UUID;
ALTER TABLE opinion_case ADD COLUMN rejection_reason VARCHAR(2000);
ALTER TABLE opinion_case ADD COLUMN referred_to VARCHAR(200);
-- The overdue job looks for cases not yet overdue whose deadline has passed.
CREATE INDEX opinion_case_due_idx ON opinion_case (overdue, response_due_at);
CREATE INDEX opinion_case_severity_idx ON opinion_case (severity, opened_at);

-- What a report tells about heat and where it came from; the work-order number joins later reports to the case.
ALTER TABLE opinion_report ADD COLUMN region VARCHAR(200);
ALTER TABLE opinion_report ADD COLUMN severity VARCHAR(16);
ALTER TABLE opinion_report ADD COLUMN engagement_reposts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE opinion_report ADD COLUMN engagement_comments BIGINT NOT NULL DEFAULT 0;
ALTER TABLE opinion_report ADD COLUMN engagement_likes BIGINT NOT NULL DEFAULT 0;
ALTER TABLE opinion_report ADD COLUMN work_order_number VARCHAR(64);
ALTER TABLE opinion_report ADD COLUMN hotline_due_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX opinion_report_work_order_idx ON opinion_report (work_order_number);

-- Timeliness of a response, computed when it is recorded: against which deadline, whether it was met, and how
-- long from the case's opening to publication with paused time left out.
ALTER TABLE case_response ADD COLUMN visibility VARCHAR(16);
ALTER TABLE case_response ADD COLUMN due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_response ADD COLUMN on_time BOOLEAN;
ALTER TABLE case_response ADD COLUMN time_to_respond_seconds BIGINT;
UPDATE case_response SET visibility = 'PUBLIC' WHERE visibility IS NULL;

-- A unit's request for more time (延期申请) and the supervisor's decision on it.
CREATE TABLE case_extension (
    id               UUID                     NOT NULL PRIMARY KEY,
    case_id          UUID                     NOT NULL REFERENCES opinion_case (id),
    requested_by     VARCHAR(500)             NOT NULL,
    requesting_unit  VARCHAR(200),
    reason           VARCHAR(2000)            NOT NULL,
    previous_due_at  TIMESTAMP WITH TIME ZONE,
    requested_due_at TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16)              NOT NULL,
    decided_by       VARCHAR(500),
    decided_at       TIMESTAMP WITH TIME ZONE,
    decision_note    VARCHAR(2000)
);
CREATE INDEX case_extension_case_idx ON case_extension (case_id, requested_at);

-- Deadline policies and holiday schedules set through the admin API; they replace the configured ones of the
-- same name or year.
CREATE TABLE deadline_policy (
    name                            VARCHAR(64)              NOT NULL PRIMARY KEY,
    severities                      VARCHAR(200)             NOT NULL,
    channels                        VARCHAR(500)             NOT NULL,
    response_within_minutes         BIGINT                   NOT NULL,
    counting                        VARCHAR(16)              NOT NULL,
    press_conference_within_minutes BIGINT,
    updated_by                      VARCHAR(500)             NOT NULL,
    updated_at                      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE calendar_year (
    year_number  INTEGER                  NOT NULL PRIMARY KEY,
    holidays     VARCHAR                  NOT NULL,
    working_days VARCHAR                  NOT NULL,
    updated_by   VARCHAR(500)             NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
