-- The neutral front-desk flag a clinician raises (health-events HealthTeamInvitationRequested/Cleared):
-- only the code it was raised for and when. No reason, no clinician: the desk shows
-- "please ask to see the health team" and nothing else.
create table health_team_invitation (
    client_code  varchar(32) primary key,
    requested_at timestamptz not null
);
