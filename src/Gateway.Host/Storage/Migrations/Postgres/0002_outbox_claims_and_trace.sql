-- Claims name their owner (the dispatcher instance) and carry a token: completions and retries apply only
-- while the token is still the entry's, and an instance releases its own leases when it restarts.
ALTER TABLE outbox ADD COLUMN lease_owner text;
ALTER TABLE outbox ADD COLUMN claim_token uuid;
CREATE INDEX outbox_lease_owner ON outbox (lease_owner) WHERE lease_owner IS NOT NULL;
CREATE INDEX outbox_claim_token ON outbox (claim_token) WHERE claim_token IS NOT NULL;

-- Ordering keys of outbox entries that failed or wait: later messages with the same key wait for them.
CREATE TABLE outbox_key (
    ordering_key text NOT NULL,
    message_id   uuid NOT NULL REFERENCES message (id),
    PRIMARY KEY (ordering_key, message_id)
);
CREATE INDEX outbox_key_message ON outbox_key (message_id);

-- W3C Trace Context (traceparent) of the intake span that stored the message.
ALTER TABLE message ADD COLUMN trace_parent text;
