-- Who read which special-category record, when (health and legal records; see AuditLog).
-- Databases made before the kit split got this table from V0_1 (the outbox module's first
-- migration, which is never edited): hence "if not exists".
create table if not exists audit_log (
    id          bigserial    primary key,
    at          timestamptz  not null default now(),
    actor       varchar(128) not null,
    roles       varchar(256) not null,
    action      varchar(32)  not null,
    resource    varchar(128) not null,
    resource_id varchar(64),
    request_id  varchar(64)
);
create index if not exists audit_log_resource on audit_log (resource, resource_id);
