-- An Idempotency-Key answers a retry only of the very same request: the hash of the request it first came with.
-- Keys made before this column existed match no request and expire like any other (after a day).
ALTER TABLE idempotency_keys ADD COLUMN request_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
