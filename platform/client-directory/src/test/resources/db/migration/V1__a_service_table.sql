-- stands for a service's own first migration, applied before the client directory's kit migration existed
create table service_record (id uuid primary key);
