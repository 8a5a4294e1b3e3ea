-- Street shifts, assignments and ad counts can be voided in outreach-service (StreetShiftVoided,
-- AssignmentVoided, AdSiteWeekVoided). As for legal cases, a void sets `voided`, or leaves a voided
-- placeholder (the figures' columns null) that its record fills in, still voided: the order of record
-- and void does not matter, and a void delivered twice changes nothing.
alter table street_shift add column voided boolean not null default false;
alter table street_shift alter column occurred_at drop not null, alter column oslo_year drop not null,
    alter column district drop not null, alter column workers drop not null, alter column contacts drop not null;

alter table assignment add column voided boolean not null default false;
alter table assignment alter column oslo_year drop not null, alter column kind drop not null,
    alter column audience drop not null, alter column participants drop not null;

-- An ad count is keyed by its own id now (a voided count and the corrected count of one week are two).
-- Counts published before ids were added are keyed by the id derived from their site and week
-- (facts.LegacyAdCountIds: the same md5 as here), so a replay of an old count meets its row.
alter table ad_site_week add column id uuid;
update ad_site_week set id = md5(site || '|' || lpad(week_year::text, 4, '0') || '-W' || lpad(week::text, 2, '0'))::uuid;
alter table ad_site_week alter column id set not null;
alter table ad_site_week add column voided boolean not null default false;
alter table ad_site_week alter column ads drop not null;
alter table ad_site_week drop constraint ad_site_week_pkey;
alter table ad_site_week add primary key (gen, id);
create index ad_site_week_year on ad_site_week (gen, week_year);
