-- One name for the moment a record happened, across all services (the envelope's occurredAt): visits said
-- arrived_at, consultations and feedback at. A rename keeps the data and the indexes.
alter table visit rename column arrived_at to occurred_at;
alter index visit_arrived_at rename to visit_occurred_at;
alter table social_consultation rename column at to occurred_at;
alter index social_consultation_at rename to social_consultation_occurred_at;
alter table feedback rename column at to occurred_at;
alter index feedback_at rename to feedback_occurred_at;
