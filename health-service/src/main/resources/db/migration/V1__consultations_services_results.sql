-- Health consultations and their service lines. Special-category data: readable by clinicians only,
-- every read audit-logged (audit_log, from the kit). No column holds a name, ID number, phone
-- number or address; the only free text is the short consultation note, checked by the
-- personal-data guard. Nothing is deleted: consultations and lines are voided with a reason.

create table consultation (
    id                uuid         primary key,
    -- the code as resolved when recorded (a merged code lands on its survivor)
    client_code       varchar(12)  not null,
    occurred_at       timestamptz  not null,
    -- the clinician's token subject
    clinician         varchar(128) not null,
    professional_type varchar(16)  not null,
    note              varchar(200),
    voided_at         timestamptz,
    void_reason       varchar(500),
    recorded_at       timestamptz  not null default now()
);
create index consultation_occurred_at on consultation (occurred_at);
create index consultation_client on consultation (client_code);

-- One given service. Category-specific columns are null for the other categories.
create table service_line (
    id              uuid        primary key,
    consultation_id uuid        not null references consultation (id),
    position        smallint    not null,
    client_code     varchar(12) not null,
    occurred_at     timestamptz not null,
    category        varchar(16) not null,
    -- STI_TEST (the infection tested) and TREATMENT (the infection treated)
    infection       varchar(16),
    -- STI_TEST
    sample_sites    varchar(100),
    result          varchar(16),
    result_set_at   timestamptz,
    told_at         timestamptz,
    -- CONTRACEPTION
    contraception_method varchar(24),
    -- COUNSELLING
    topics          varchar(300),
    -- PREP
    prep_stage      varchar(16),
    prep_eligible   boolean,
    prep_reason     varchar(40),
    prescribed_on   date,
    regimen         varchar(16),
    -- VACCINATION
    vaccine         varchar(16),
    dose            smallint,
    -- REFERRAL
    referral_to     varchar(24),
    voided_at       timestamptz,
    void_reason     varchar(500),
    recorded_at     timestamptz not null default now(),
    unique (consultation_id, position)
);
create index service_line_consultation on service_line (consultation_id);
create index service_line_client on service_line (client_code);
create index service_line_category_occurred_at on service_line (category, occurred_at);

-- Every change of a test result or of when the client was told, oldest first: a correction never
-- overwrites the history.
create table test_result_change (
    id          bigserial    primary key,
    line_id     uuid         not null references service_line (id),
    result      varchar(16)  not null,
    told_at     timestamptz,
    reason      varchar(500),
    changed_by  varchar(128) not null,
    changed_at  timestamptz  not null
);
create index test_result_change_line on test_result_change (line_id, id);
