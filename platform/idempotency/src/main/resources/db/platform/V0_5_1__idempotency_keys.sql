-- The kit's idempotency keys (sentret-idempotency): a POST that carries an Idempotency-Key claims (caller, key)
-- before it runs and keeps its response once answered, so a retry with the same key and body gets the first
-- response instead of a second write. Rows older than sentret.idempotency.retention are purged.
create table idempotency_key (
    caller       text        not null,
    key          text        not null,
    fingerprint  text        not null,
    claimed_at   timestamptz not null default now(),
    status       integer,
    content_type text,
    location     text,
    body         text,
    primary key (caller, key)
);
create index idempotency_key_claimed_at on idempotency_key (claimed_at);
