-- The contacts of a street shift that named a client code (optional; the shift's own count stays the
-- number of people spoken to). Each is a service event of its own id, for the client's unique-user count.
create table street_shift_contact (
    id          uuid        primary key,
    shift_id    uuid        not null references street_shift (id),
    position    integer     not null,
    client_code varchar(12) not null,
    unique (shift_id, position),
    unique (shift_id, client_code)
);
create index street_shift_contact_client on street_shift_contact (client_code);
