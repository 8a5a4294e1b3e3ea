-- Issue 19: what every replayed service event costs PostgreSQL is mostly B-tree inserts at random places,
-- and on varchar keys each comparison went through the database's collation (strcoll; the embedded
-- server's C.UTF-8 is not treated as "C"). Codes and sources are identifiers: only equality matters to the
-- figures, and equality is the same under any deterministic collation, so they compare byte-wise now.
--
-- Every column that joins another takes "C" at once: an index is used only for a comparison under its own
-- collation, so a code column left at the default would stop matching its partner's index. (Temporary
-- tables of the freeze and the retention say "C" in their own DDL.) The data-subject export's ORDER BYs
-- name the default collation, so the order a person sees does not change.
--
-- ALTER ... TYPE rewrites each table and rebuilds its indexes; on the real centre's few thousand events a
-- year that is seconds.
alter table service_event
    alter column source type varchar(64) collate "C",
    alter column client_code type varchar(64) collate "C";
alter table health_service_line alter column source type varchar(64) collate "C";
alter table legal_inquiry alter column source type varchar(64) collate "C";
alter table outreach_contact alter column source type varchar(64) collate "C";
alter table client alter column code type varchar(64) collate "C";
alter table client_alias
    alter column merged_code type varchar(64) collate "C",
    alter column surviving_code type varchar(64) collate "C";
alter table erased_client alter column code type varchar(64) collate "C";

-- The keys by (source, id) compare the id first: a UUID decides a comparison in its first bytes, where the
-- source (a handful of service names) is equal in most comparisons and was compared in full before the id.
-- ON CONFLICT (gen, source, id) finds the key whatever its columns' order.
alter table service_event drop constraint service_event_pkey, add primary key (gen, id, source);
alter table health_service_line drop constraint health_service_line_pkey, add primary key (gen, id, source);
alter table legal_inquiry drop constraint legal_inquiry_pkey, add primary key (gen, id, source);
alter table outreach_contact drop constraint outreach_contact_pkey, add primary key (gen, id, source);

-- The (gen, year, month) B-tree took one random insert per service event for reads that are rare (a
-- report, a freeze). A BRIN index keeps a min/max per range of pages: an insert touches it only when a
-- range's summary widens. Live events arrive in time order, so a range of pages covers few years and a
-- year's report skips the rest; where the pages are not in time order (a replay of several partitions)
-- the report reads the generation's rows as a sequential scan, which is what it did for most of the
-- year's rows anyway. A range is summarized when it fills (autosummarize, by autovacuum) rather than at
-- the next vacuum: until then a read has to scan it.
drop index service_event_period;
create index service_event_period on service_event using brin (gen, oslo_year, oslo_month) with (autosummarize = on);
