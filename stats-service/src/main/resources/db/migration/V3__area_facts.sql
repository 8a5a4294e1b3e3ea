-- The areas' own figures (health, legal aid, outreach). Facts, not counters, as in V1: every row is
-- keyed so that a duplicate delivery changes nothing and a void cancels exactly; figures are counted
-- at read time. Categories and counts only: no client code beyond service_event's, no free text.

-- The categories of a recorded health service line; it counts while its service_event row does.
create table health_service_line (
    gen        int         not null,
    source     varchar(64) not null,
    id         uuid        not null,
    category   varchar(16) not null,
    vaccine    varchar(16),
    prep_stage varchar(16),
    primary key (gen, source, id)
);

-- The would-not-otherwise answer of a recorded legal inquiry; it counts while its service_event row does.
create table legal_inquiry (
    gen                 int         not null,
    source              varchar(64) not null,
    id                  uuid        not null,
    would_not_otherwise varchar(16) not null,
    primary key (gen, source, id)
);

-- Every outreach contact by its id, with or without a client code (a contact linked to a client later
-- is published again with the same id: one row). A void before its record leaves a voided placeholder.
create table outreach_contact (
    gen       int         not null,
    source    varchar(64) not null,
    id        uuid        not null,
    channel   varchar(16),
    oslo_year int,
    recorded  boolean     not null,
    voided    boolean     not null,
    primary key (gen, source, id)
);
create index outreach_contact_year on outreach_contact (gen, oslo_year);

-- A legal shift's final status (HELD, NOBODY_CAME, CANCELLED) on its Oslo date.
create table legal_shift (
    gen         int         not null,
    id          uuid        not null,
    shift_date  date        not null,
    status      varchar(16) not null,
    lawyer_kind varchar(16) not null,
    primary key (gen, id)
);

-- A legal case: opened (area, openedOn), closed (closedOn, outcome), voided (cancels both). Any order.
create table legal_case (
    gen       int         not null,
    id        uuid        not null,
    opened_on date,
    area      varchar(32),
    closed_on date,
    outcome   varchar(32),
    voided    boolean     not null,
    primary key (gen, id)
);

create table street_shift (
    gen         int         not null,
    id          uuid        not null,
    occurred_at timestamptz not null,
    oslo_year   int         not null,
    district    varchar(32) not null,
    workers     int         not null,
    contacts    int         not null,
    primary key (gen, id)
);

-- A street shift's hand-outs summed per kind.
create table street_hand_out (
    gen      int         not null,
    shift_id uuid        not null,
    kind     varchar(32) not null,
    quantity int         not null,
    primary key (gen, shift_id, kind)
);

create table assignment (
    gen          int         not null,
    id           uuid        not null,
    oslo_year    int         not null,
    kind         varchar(32) not null,
    audience     varchar(32) not null,
    participants int         not null,
    primary key (gen, id)
);

-- One count per ad site and ISO week (week_year = the ISO week-based year).
create table ad_site_week (
    gen       int         not null,
    site      varchar(60) not null,
    week_year int         not null,
    week      int         not null,
    ads       int         not null,
    primary key (gen, site, week_year, week)
);
