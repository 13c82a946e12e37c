-- Messages exactly as received, their timeline, acknowledgements, the outbox and the interchange register.
-- Times are UTC ticks (INTEGER), ids are 16-byte BLOBs.
CREATE TABLE message (
    id              BLOB    NOT NULL PRIMARY KEY,
    partner_id      TEXT    NOT NULL,
    channel         TEXT    NOT NULL,
    content_type    TEXT,
    format          TEXT    NOT NULL,
    message_type    TEXT,
    status          TEXT    NOT NULL,
    received_at     INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    sha256          TEXT    NOT NULL,
    size            INTEGER NOT NULL,
    idempotency_key TEXT,
    interchange_key TEXT,
    body            BLOB    NOT NULL
);
CREATE UNIQUE INDEX message_idempotency ON message (partner_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX message_partner_received ON message (partner_id, received_at DESC, id DESC);

CREATE TABLE message_event (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id BLOB    NOT NULL REFERENCES message (id),
    at         INTEGER NOT NULL,
    step       TEXT    NOT NULL,
    detail     TEXT
);
CREATE INDEX message_event_message ON message_event (message_id, id);

CREATE TABLE message_ack (
    id           BLOB    NOT NULL PRIMARY KEY,
    message_id   BLOB    NOT NULL REFERENCES message (id),
    kind         TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    content      BLOB    NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX message_ack_message ON message_ack (message_id, created_at);

CREATE TABLE outbox (
    message_id  BLOB    NOT NULL PRIMARY KEY REFERENCES message (id),
    due_at      INTEGER NOT NULL,
    attempts    INTEGER NOT NULL,
    lease_until INTEGER
);
CREATE INDEX outbox_due ON outbox (due_at);

-- One row per (partner, UNB sender + recipient + control reference): the first message of that interchange.
CREATE TABLE interchange (
    partner_id      TEXT    NOT NULL,
    interchange_key TEXT    NOT NULL,
    message_id      BLOB    NOT NULL,
    received_at     INTEGER NOT NULL,
    PRIMARY KEY (partner_id, interchange_key)
);
