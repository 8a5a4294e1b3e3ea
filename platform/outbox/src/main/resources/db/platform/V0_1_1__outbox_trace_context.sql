-- The W3C trace context (traceparent) of the request that appended the event, so that the relay's publish and
-- the consumers' work join the request's trace (OutboxWriter, OutboxPublisher). Null for rows written outside
-- any trace and for rows from before this migration.
alter table outbox_event add column if not exists trace_parent varchar(55);
