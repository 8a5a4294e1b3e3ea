-- a legal shift's outcome can be corrected: the correction re-publishes the shift with a higher revision,
-- and the highest revision is the outcome whatever the order the events are applied in
alter table legal_shift add column revision int not null default 1;
