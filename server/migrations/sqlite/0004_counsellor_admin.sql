-- Counsellor profiles kept by their organisation's editors: one sign-in account is linked to at most one
-- counsellor profile (the counsellor's dashboard and availability editor find the profile by the account).
CREATE UNIQUE INDEX counsellors_user ON counsellors (user_id) WHERE user_id IS NOT NULL;
