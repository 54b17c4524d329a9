-- Addresses imported without coordinates are placed at the centre of their town (issue 15): the point is then
-- approximate, and the public sees it as an area, with the street address as the file gave it.
ALTER TABLE locations ADD COLUMN approximate INTEGER NOT NULL DEFAULT 0;
