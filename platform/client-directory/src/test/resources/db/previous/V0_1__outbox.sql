-- The transactional outbox (shared by every service; see no.sentret.platform.outbox).
-- A row is written in the transaction of the change it describes and deleted once Kafka has it.
create table outbox_event (
    id             bigserial    primary key,
    event_id       uuid         not null unique,
    type           varchar(64)  not null,
    schema_version int          not null,
    occurred_at    timestamptz  not null,
    recorded_at    timestamptz  not null,
    source         varchar(64)  not null,
    client_code    varchar(32),
    payload        jsonb        not null
);

-- Who read which special-category record, when (health and legal records; see AuditLog).
create table audit_log (
    id          bigserial    primary key,
    at          timestamptz  not null default now(),
    actor       varchar(128) not null,
    roles       varchar(256) not null,
    action      varchar(32)  not null,
    resource    varchar(128) not null,
    resource_id varchar(64),
    request_id  varchar(64)
);
create index audit_log_resource on audit_log (resource, resource_id);
