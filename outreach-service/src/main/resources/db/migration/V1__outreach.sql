-- Outreach records. No column can hold a name, phone number, e-mail address, handle or street
-- address: contacts are a client code or a pseudonym the worker chose, plus categories and counts.

-- A conversation known only by the pseudonym the worker chose; linked to a client code once known.
create table conversation (
    pseudonym   varchar(40) primary key,
    client_code varchar(12),
    linked_at   timestamptz,
    created_at  timestamptz not null default now()
);

-- A message (WhatsApp, SMS, ...) to or from a client or a conversation.
create table outreach_message (
    id           uuid        primary key,
    client_code  varchar(12),
    conversation varchar(40) references conversation (pseudonym),
    occurred_at  timestamptz not null,
    channel      varchar(16) not null,
    direction    varchar(16) not null,
    language     varchar(3),
    topics       varchar(300) not null,
    voided_at    timestamptz,
    void_reason  varchar(500),
    recorded_at  timestamptz not null default now(),
    check (client_code is not null or conversation is not null)
);
create index outreach_message_occurred_at on outreach_message (occurred_at);
create index outreach_message_client on outreach_message (client_code);
create index outreach_message_conversation on outreach_message (conversation);

-- A street-outreach shift; hand-outs as (kind, language, quantity) rows.
create table street_shift (
    id          uuid        primary key,
    occurred_at timestamptz not null,
    ended_at    timestamptz not null,
    district    varchar(32) not null,
    workers     integer     not null check (workers between 1 and 50),
    contacts    integer     not null check (contacts between 0 and 10000),
    recorded_at timestamptz not null default now()
);
create index street_shift_occurred_at on street_shift (occurred_at);

create table street_shift_hand_out (
    shift_id uuid        not null references street_shift (id),
    position integer     not null,
    kind     varchar(24) not null,
    language varchar(3),
    quantity integer     not null check (quantity between 1 and 100000),
    primary key (shift_id, position)
);

-- The ad sites the team watches (its own list), and the individual ads counted per ISO week.
create table ad_site (
    name       varchar(60) primary key,
    created_at timestamptz not null default now()
);

create table ad_site_week (
    site        varchar(60) not null references ad_site (name),
    week_year   integer     not null,
    week        integer     not null check (week between 1 and 53),
    ad_count    integer     not null check (ad_count between 0 and 1000000),
    recorded_at timestamptz not null default now(),
    primary key (site, week_year, week)
);

-- A competence-centre assignment (lecture, school class, guidance, ...).
create table assignment (
    id                   uuid        primary key,
    occurred_at          timestamptz not null,
    kind                 varchar(24) not null,
    audience             varchar(24) not null,
    participants         integer     not null check (participants between 0 and 100000),
    concerns_young_people boolean    not null,
    recorded_at          timestamptz not null default now()
);
create index assignment_occurred_at on assignment (occurred_at);

-- A "bad date" warning. The reporter is never stored: reporter_tag is an HMAC of the reporter's
-- subject under a key that is not in the database, kept only so that a second worker must approve.
create table safety_alert (
    id            uuid         primary key,
    what_happened varchar(24)  not null,
    description   varchar(500) not null,
    modus_operandi varchar(300),
    district      varchar(32)  not null,
    occurred_at   timestamptz  not null,
    valid_days    integer      not null check (valid_days between 1 and 365),
    reporter_tag  varchar(64)  not null,
    reporter_key  varchar(16)  not null,
    approved_at   timestamptz,
    expires_at    timestamptz,
    recorded_at   timestamptz  not null default now()
);
create index safety_alert_expires_at on safety_alert (expires_at);
