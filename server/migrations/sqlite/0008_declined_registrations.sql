-- An administrator may decline an organisation's registration, with a reason its applicant reads when they try
-- to sign in. A declined organisation stays unapproved and leaves the list of pending ones.
ALTER TABLE organizations ADD COLUMN declined_at TEXT;
ALTER TABLE organizations ADD COLUMN declined_reason TEXT;
