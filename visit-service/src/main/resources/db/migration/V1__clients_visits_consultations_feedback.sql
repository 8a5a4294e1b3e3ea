-- The pseudonymous client registry. No column can hold a name, phone number, e-mail, address or
-- national ID: a client is a code plus coarse categories.
create table client (
    code                varchar(12) primary key,
    gender              varchar(16) not null,
    nationality         char(2),
    age_group           varchar(16),
    region_of_origin    varchar(24),
    preferred_language  char(2),
    first_registered_on date        not null,
    -- a duplicate registration folded into another code keeps its row (so the code is never issued
    -- again) and points at the surviving code; chains are flattened on merge, so this is always an active client
    merged_into         varchar(12) references client (code),
    registered_at       timestamptz not null default now()
);
-- prefix look-ups at the front desk (codes are stored upper-case)
create index client_code_prefix on client (code varchar_pattern_ops);
create index client_merged_into on client (merged_into);

-- A Stua visit; client_code null = an anonymous visit (counts as a visit, never as a user).
-- client_code is the code the visit was recorded under (so its events keep one Kafka key).
create table visit (
    id          uuid        primary key,
    client_code varchar(12) references client (code),
    arrived_at  timestamptz not null,
    activities  varchar(200) not null,
    voided_at   timestamptz,
    void_reason varchar(500),
    recorded_at timestamptz not null default now()
);
create index visit_arrived_at on visit (arrived_at);
create index visit_client on visit (client_code);

create table social_consultation (
    id          uuid        primary key,
    client_code varchar(12) not null references client (code),
    at          timestamptz not null,
    kind        varchar(16) not null,
    topics      varchar(300) not null,
    voided_at   timestamptz,
    void_reason varchar(500),
    recorded_at timestamptz not null default now()
);
create index social_consultation_at on social_consultation (at);
create index social_consultation_client on social_consultation (client_code);

-- "Happy or Not" terminal answers: anonymous by design (no client code column).
create table feedback (
    id                uuid        primary key,
    at                timestamptz not null,
    score             smallint    not null check (score between 1 and 4),
    language          char(2)     not null,
    follow_up_answers jsonb,
    recorded_at       timestamptz not null default now()
);
create index feedback_at on feedback (at);
