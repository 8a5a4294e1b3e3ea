-- A shift's outcome can be corrected (held / nobody came / cancelled set by mistake): every outcome
-- is a revision, the first without a reason, each correction with one; none is overwritten.
alter table legal_shift add column outcome_revision int not null default 0;
update legal_shift set outcome_revision = 1 where status <> 'PLANNED';

create table legal_shift_outcome (
    id            uuid         primary key,
    shift_id      uuid         not null references legal_shift (id),
    revision      int          not null,
    status        varchar(24)  not null,
    cancel_reason varchar(32),
    reason        varchar(500),
    -- the token subject of who set it; null for outcomes set before this history existed
    changed_by    varchar(255),
    changed_at    timestamptz  not null,
    unique (shift_id, revision),
    check ((status = 'CANCELLED') = (cancel_reason is not null)),
    check ((revision = 1) = (reason is null))
);
insert into legal_shift_outcome (id, shift_id, revision, status, cancel_reason, reason, changed_by, changed_at)
select gen_random_uuid(), id, 1, status, cancel_reason, null, null, coalesce(status_at, planned_at)
from legal_shift where status <> 'PLANNED';

-- A lawyer who leaves the roster stays in it (records name the entry), marked with when they left.
alter table lawyer add column left_at timestamptz;
