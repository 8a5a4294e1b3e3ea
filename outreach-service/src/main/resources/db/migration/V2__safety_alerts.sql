-- Safety alerts ("bad date" warnings) as built. V1's safety_alert never had an endpoint and holds
-- no row; it had neither a part of day, a withdrawal nor a per-alert salt, so it is replaced.
drop table safety_alert;

create table safety_alert (
    id              uuid         primary key,
    category        varchar(24)  not null,
    district        varchar(32)  not null,
    occurred_on     date         not null,
    part_of_day     varchar(16),
    modus_operandi  varchar(300) not null,
    description     varchar(500),
    valid_days      integer      not null check (valid_days between 1 and 365),
    status          varchar(16)  not null check (status in ('PENDING', 'PUBLISHED', 'WITHDRAWN', 'LAPSED')),
    -- who reported it, only as an HMAC (key outside the database, salt per alert), and only while pending
    reporter_salt   varchar(32),
    reporter_tag    varchar(64),
    reporter_key_id varchar(16),
    recorded_at     timestamptz  not null,
    published_at    timestamptz,
    expires_at      timestamptz,
    withdrawn_at    timestamptz,
    withdraw_reason varchar(500),
    end_announced   boolean      not null default false,
    check ((status = 'PENDING') = (reporter_tag is not null and reporter_salt is not null and reporter_key_id is not null)),
    check ((status = 'PENDING') or (reporter_tag is null and reporter_salt is null and reporter_key_id is null)),
    check ((published_at is null) = (expires_at is null))
);
create index safety_alert_active on safety_alert (status, expires_at);
