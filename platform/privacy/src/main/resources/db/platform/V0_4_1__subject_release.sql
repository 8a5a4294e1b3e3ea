-- A data subject's export of special-category records (health, legal aid) waits for the record keeper's
-- release: the privacy officer's request is kept here, and a clinician or lawyer releases it (issue 10: the
-- privacy officer reads the audit log, not the records, unless the record keeper has released them).
-- One row per code: a request after a release has expired starts over.
create table subject_release (
    client_code    varchar(32)  primary key,
    requested_at   timestamptz  not null,
    requested_by   varchar(255) not null,
    released_at    timestamptz,
    released_by    varchar(255),
    released_until timestamptz,
    check ((released_at is null) = (released_by is null) and (released_at is null) = (released_until is null))
);
create index subject_release_awaiting on subject_release (requested_at) where released_at is null;
