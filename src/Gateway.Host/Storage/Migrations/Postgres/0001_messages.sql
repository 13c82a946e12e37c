-- Messages exactly as received, their timeline, acknowledgements, the outbox and the interchange register.
CREATE TABLE message (
    id              uuid        PRIMARY KEY,
    partner_id      text        NOT NULL,
    channel         text        NOT NULL,
    content_type    text,
    format          text        NOT NULL,
    message_type    text,
    status          text        NOT NULL,
    received_at     timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    sha256          text        NOT NULL,
    size            integer     NOT NULL,
    idempotency_key text,
    interchange_key text,
    body            bytea       NOT NULL
);
CREATE UNIQUE INDEX message_idempotency ON message (partner_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX message_partner_received ON message (partner_id, received_at DESC, id DESC);

CREATE TABLE message_event (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id uuid        NOT NULL REFERENCES message (id),
    at         timestamptz NOT NULL,
    step       text        NOT NULL,
    detail     text
);
CREATE INDEX message_event_message ON message_event (message_id, id);

CREATE TABLE message_ack (
    id           uuid        PRIMARY KEY,
    message_id   uuid        NOT NULL REFERENCES message (id),
    kind         text        NOT NULL,
    content_type text        NOT NULL,
    content      bytea       NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX message_ack_message ON message_ack (message_id, created_at);

CREATE TABLE outbox (
    message_id  uuid        PRIMARY KEY REFERENCES message (id),
    due_at      timestamptz NOT NULL,
    attempts    integer     NOT NULL,
    lease_until timestamptz
);
CREATE INDEX outbox_due ON outbox (due_at);

-- One row per (partner, UNB sender + recipient + control reference): the first message of that interchange.
CREATE TABLE interchange (
    partner_id      text        NOT NULL,
    interchange_key text        NOT NULL,
    message_id      uuid        NOT NULL,
    received_at     timestamptz NOT NULL,
    PRIMARY KEY (partner_id, interchange_key)
);
