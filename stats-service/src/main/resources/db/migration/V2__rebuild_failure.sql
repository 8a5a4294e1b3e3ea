-- Why the last rebuild failed (both null when it switched over or none ran). A failed or stopped
-- rebuild clears rebuilding_gen and says why here, so GET /stats/rebuild reports FAILED instead of a
-- rebuild that looks as if it were still running, and a new one may start.
alter table stats_generation
    add column rebuild_failed_at timestamptz,
    add column rebuild_failure   varchar(500);
