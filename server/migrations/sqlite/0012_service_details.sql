-- A service's own words as its directory gave them (issue 15: nothing an import brings is lost): another name,
-- how to apply, who may come, fees and its web page, as one JSON object (NULL: none); and its postal code.
ALTER TABLE services ADD COLUMN details TEXT;
ALTER TABLE locations ADD COLUMN postal_code TEXT;
