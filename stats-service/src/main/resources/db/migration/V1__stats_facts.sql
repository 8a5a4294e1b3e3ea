-- Facts, not counters: every figure is an exact distinct count computed from these rows.
-- Every table carries a generation (gen). The live consumer writes the active generation; a rebuild
-- replays all topics into the next one and switches stats_generation.active_gen atomically.

create table stats_generation (
    id                 int primary key check (id = 1),
    active_gen         int not null,
    rebuilding_gen     int,
    rebuild_started_at timestamptz,
    rebuilt_at         timestamptz
);
insert into stats_generation (id, active_gen) values (1, 1);

-- Kafka positions stored in the same transaction as the facts they produced (exactly-once effect).
create table consumer_offset (
    gen          int          not null,
    topic        varchar(249) not null,
    partition_no int          not null,
    next_offset  bigint       not null,
    primary key (gen, topic, partition_no)
);

-- Every applied event id: a duplicate delivery finds its id here and changes nothing.
create table processed_event (
    gen      int  not null,
    event_id uuid not null,
    primary key (gen, event_id)
);

create table client (
    gen                 int         not null,
    code                varchar(64) not null,
    first_registered_on date,
    gender              varchar(32),
    nationality         varchar(8),
    age_group           varchar(16),
    primary key (gen, code)
);

-- merged code -> surviving code, kept transitively closed (surviving_code is always a root).
create table client_alias (
    gen            int         not null,
    merged_code    varchar(64) not null,
    surviving_code varchar(64) not null,
    primary key (gen, merged_code)
);
create index client_alias_surviving on client_alias (gen, surviving_code);

-- One row per recorded service (or a void that arrived before its record: recorded = false).
create table service_event (
    gen         int         not null,
    source      varchar(64) not null,
    id          uuid        not null,
    area        varchar(16) not null,
    client_code varchar(64),
    occurred_at timestamptz,
    oslo_date   date,
    oslo_year   int,
    oslo_month  int,
    recorded    boolean     not null,
    voided      boolean     not null,
    primary key (gen, source, id)
);
create index service_event_period on service_event (gen, oslo_year, oslo_month);
create index service_event_client on service_event (gen, client_code);

create table feedback (
    gen           int     not null,
    id            uuid    not null,
    occurred_at   timestamptz not null,
    oslo_year     int     not null,
    oslo_month    int     not null,
    score         int     not null,
    has_follow_up boolean not null,
    primary key (gen, id)
);
create index feedback_period on feedback (gen, oslo_year);
