-- The terms a service's source directory gave it (Open Eligibility, 211/AIRS, Ohana keywords…), kept as they came
-- and exported back (issue 15): a JSON list of {taxonomy, taxonomy_id?, id?, code?, name}; NULL: none.
ALTER TABLE services ADD COLUMN source_terms TEXT;
