-- The lawyer roster: a lawyer is the identity provider's token subject plus whether they are one of
-- the regular lawyers or a substitute. Names and contact details stay in the identity provider.
create table lawyer (
    id            uuid         primary key,
    subject       varchar(255) not null unique,
    kind          varchar(16)  not null,
    registered_at timestamptz  not null default now()
);

-- A lawyer's afternoon at the centre. lawyer_id is who holds (or will hold) it, planned_lawyer_id
-- who it was planned for (they differ once a substitute has taken it).
create table legal_shift (
    id                uuid        primary key,
    shift_date        date        not null,
    start_time        time        not null,
    end_time          time        not null,
    lawyer_id         uuid        not null references lawyer (id),
    planned_lawyer_id uuid        not null references lawyer (id),
    status            varchar(24) not null,
    cancel_reason     varchar(32),
    status_at         timestamptz,
    term_id           uuid,
    planned_at        timestamptz not null default now(),
    check (end_time > start_time),
    check ((status = 'CANCELLED') = (cancel_reason is not null))
);
create index legal_shift_date on legal_shift (shift_date);

-- An inquiry to the lawyer during a shift; client_code null = anonymous.
create table legal_inquiry (
    id                  uuid        primary key,
    shift_id            uuid        not null references legal_shift (id),
    client_code         varchar(12),
    occurred_at         timestamptz not null,
    areas               varchar(200) not null,
    criminal_sub_areas  varchar(200) not null,
    would_not_otherwise varchar(16) not null,
    recorded_by         uuid        not null references lawyer (id),
    voided_at           timestamptz,
    void_reason         varchar(500),
    recorded_at         timestamptz not null default now()
);
create index legal_inquiry_occurred_at on legal_inquiry (occurred_at);
create index legal_inquiry_client on legal_inquiry (client_code);
create index legal_inquiry_shift on legal_inquiry (shift_id);

-- A case opened from an inquiry: one area of law (and for criminal law a sub-area), open until it
-- is resolved on site or referred on.
create table legal_case (
    id          uuid        primary key,
    inquiry_id  uuid        not null references legal_inquiry (id),
    client_code varchar(12),
    area        varchar(24) not null,
    sub_area    varchar(24),
    status      varchar(24) not null,
    referred_to varchar(32),
    opened_on   date        not null,
    closed_on   date,
    note        varchar(200),
    opened_by   uuid        not null references lawyer (id),
    voided_at   timestamptz,
    void_reason varchar(500),
    recorded_at timestamptz not null default now(),
    check ((area = 'CRIMINAL') = (sub_area is not null)),
    check ((status = 'REFERRED') = (referred_to is not null)),
    check ((status = 'OPEN') = (closed_on is null))
);
create index legal_case_opened_on on legal_case (opened_on);
create index legal_case_client on legal_case (client_code);
create index legal_case_inquiry on legal_case (inquiry_id);

-- A follow-up meeting on a case, on a later shift.
create table legal_case_meeting (
    id          uuid        primary key,
    case_id     uuid        not null references legal_case (id),
    shift_id    uuid        not null references legal_shift (id),
    occurred_at timestamptz not null,
    recorded_by uuid        not null references lawyer (id),
    recorded_at timestamptz not null default now()
);
create index legal_case_meeting_case on legal_case_meeting (case_id);
create index legal_case_meeting_shift on legal_case_meeting (shift_id);
