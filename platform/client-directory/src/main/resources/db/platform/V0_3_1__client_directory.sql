-- The client directory (no.sentret.platform.directory): this service's read model of the client
-- registry that visit-service owns, built from visit-events. Codes and dates only: no attributes.
create table if not exists client_directory (
    code                varchar(32) primary key,
    -- the code this one was merged into; that one may have been merged on later (followed at read time)
    merged_into         varchar(32),
    -- false while only a merge has named the code (its registration is on another partition, still on its way)
    registered          boolean     not null,
    first_registered_on date,
    -- the latest Stua visit or social consultation (campaign rules such as "seen in the last 12 months")
    last_seen_at        timestamptz,
    updated_at          timestamptz not null default now()
);
create index if not exists client_directory_merged_into on client_directory (merged_into);
