-- Who read what held under a client code, when (the privacy officer's export, privacy.SubjectExport).
-- The same table as the kit's audit log (platform/audit, V0_2_1 and V0_2_2), so one shape is read by the
-- officer's trail wherever it is; stats is plain JDBC and writes its rows itself (privacy.AuditRows).
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
create index if not exists audit_log_actor_at on audit_log (actor, at);
