-- ClientErased (the privacy officer's erasure): the codes whose facts in open years are unlinked
-- (client_code set to null: the services stay counted, the person no longer). Kept per generation so a
-- fact of an erased code that arrives after the erasure (another topic, another partition) is unlinked
-- too; open_from_year is the Oslo year of the erasure, so a rebuild draws the same line.
create table erased_client (
    gen            int         not null,
    code           varchar(64) not null,
    open_from_year int         not null,
    primary key (gen, code)
);
