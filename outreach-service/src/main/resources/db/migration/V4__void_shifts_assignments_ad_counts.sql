-- Street shifts, assignments and ad counts recorded by mistake are voided with a reason, never deleted
-- (as messages are). client_code is the kit's VoidableRecord column: these records name no client, so it
-- stays null.
alter table street_shift add column client_code varchar(12) check (client_code is null);
alter table street_shift add column voided_at timestamptz;
alter table street_shift add column void_reason varchar(500);

alter table assignment add column client_code varchar(12) check (client_code is null);
alter table assignment add column voided_at timestamptz;
alter table assignment add column void_reason varchar(500);

-- An ad count gets an id of its own, so a voided count and the corrected count of the same week are two
-- records; one count per site and week among those not voided.
alter table ad_site_week add column id uuid not null default gen_random_uuid();
alter table ad_site_week add column client_code varchar(12) check (client_code is null);
alter table ad_site_week add column voided_at timestamptz;
alter table ad_site_week add column void_reason varchar(500);
alter table ad_site_week drop constraint ad_site_week_pkey;
alter table ad_site_week add primary key (id);
create unique index ad_site_week_counted on ad_site_week (site, week_year, week) where voided_at is null;
