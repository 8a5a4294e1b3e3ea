-- Closed years frozen (issue 18): a frozen year's facts hold a pseudonym per person for that year only
-- (never a client code), stay exactly as they were, and are copied as they are into a rebuild's generation.
-- Events of a frozen year met later (live, or replayed) change nothing (freeze.FrozenYears).
create table frozen_year (
    gen       int         not null,
    year      int         not null,
    frozen_at timestamptz not null,
    primary key (gen, year)
);

-- What the frozen years knew about a client code that later years still need: the first and last Oslo
-- date of the person's counted events in frozen years (their events there are under pseudonyms now).
-- first seen = the earliest of first_registered_on and frozen_first_seen over the person's codes, so a
-- person who came in a frozen year is not "new" in a later one; frozen_last_seen is what stats' own
-- retention measures its period from.
alter table client
    add column frozen_first_seen date,
    add column frozen_last_seen  date;
