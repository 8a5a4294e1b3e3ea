-- Vaccination campaigns: a vaccine and an eligibility rule; the eligible clients are computed when
-- asked (the clinic's own records and the client directory), the contact attempts are kept here.
create table campaign (
    id          uuid         primary key,
    vaccine     varchar(16)  not null,
    rule        varchar(48)  not null,
    title       varchar(80),
    created_by  varchar(128) not null,
    created_at  timestamptz  not null
);

create table campaign_contact (
    id          uuid         primary key,
    campaign_id uuid         not null references campaign (id),
    -- the code as resolved when logged (a merged code lands on its survivor)
    client_code varchar(12)  not null,
    occurred_at timestamptz  not null,
    channel     varchar(16)  not null,
    outcome     varchar(24)  not null,
    recorded_by varchar(128) not null,
    recorded_at timestamptz  not null
);
create index campaign_contact_campaign on campaign_contact (campaign_id, client_code, occurred_at);

-- The neutral front-desk flag: "please ask to see the health team". No reason is stored or sent.
create table health_team_invitation (
    id           uuid         primary key,
    client_code  varchar(12)  not null,
    requested_at timestamptz  not null,
    requested_by varchar(128) not null,
    cleared_at   timestamptz,
    cleared_by   varchar(128)
);
-- at most one standing invitation per client
create unique index health_team_invitation_standing on health_team_invitation (client_code) where cleared_at is null;
