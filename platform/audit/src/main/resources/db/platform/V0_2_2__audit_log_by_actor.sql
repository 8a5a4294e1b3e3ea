-- The privacy officer's filter by user, the daily count per user, and the unusual-reader check
-- after every read (AuditLog) all look up one actor's rows in a period.
create index if not exists audit_log_actor_at on audit_log (actor, at);
