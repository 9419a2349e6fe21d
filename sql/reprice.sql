-- bedprice.reprice(): a usage table priced again with its trigger's own
-- mapping after a price correction, unpriced rows priced once their model
-- is known, only changed rows written, batches that commit.  Everything
-- this file adds is dropped at its end.
SET TimeZone = 'UTC';
\set SHOW_CONTEXT never

CREATE TABLE usage (
    id      bigint GENERATED ALWAYS AS IDENTITY,
    at      timestamptz NOT NULL,
    model   text,
    region  text DEFAULT 'us-east-1',
    i       bigint,
    o       bigint,
    cost    numeric,
    status  text,
    filler  text);
ALTER TABLE usage ALTER COLUMN filler SET STORAGE PLAIN;
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON usage FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'region=region',
                                          'in=i', 'out=o', 'at=at', 'status=status');
-- 4,000 rows of ~2 kB: about 1,300 pages, two batches of 1,024
INSERT INTO usage (at, model, i, o, filler)
SELECT timestamptz '2026-05-01' + n * interval '1 minute',
       CASE WHEN n % 100 = 0 THEN 'acme.widget-v1' ELSE 'amazon.nova-pro-v1:0' END,
       1000 + n, 100, repeat('x', 2000)
FROM generate_series(1, 4000) AS n;
SELECT pg_relation_size('usage') / current_setting('block_size')::int > 1024 AS two_batches;
SELECT count(*) FILTER (WHERE cost IS NOT NULL) AS priced,
       count(*) FILTER (WHERE status LIKE 'unknown model%') AS unknown
FROM usage;

------------------------------------------------------------------------
-- 1. Nothing changed: nothing written.
------------------------------------------------------------------------
CREATE TEMP TABLE before AS SELECT id, ctid AS tid FROM usage;
CALL bedprice.reprice('usage');
SELECT count(*) AS rewritten FROM usage u JOIN before b USING (id) WHERE u.ctid <> b.tid;

------------------------------------------------------------------------
-- 2. A price correction (a book of the user's, inheriting AWS's) and the
--    model once unknown: both repriced, changed rows counted.
------------------------------------------------------------------------
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'acme.widget-v1', 'Acme Widget');
SELECT bedprice.set_price('bedrock', 'acme.widget-v1', 'input', 1, '-infinity', source => 'regression') IS NOT NULL AS input,
       bedprice.set_price('bedrock', 'acme.widget-v1', 'output', 2, '-infinity', source => 'regression') IS NOT NULL AS output;
INSERT INTO bedprice.price_books (book, parent, description) VALUES ('corrected', 'aws', 'Nova Pro input corrected from June');
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'input', 0.9, '2026-05-02', book => 'corrected', source => 'regression') IS NOT NULL AS corrected;
SET bedprice.price_book = 'corrected';
-- the 2,535 Nova Pro rows from 2026-05-02 on and the 40 widget rows change
CALL bedprice.reprice('usage');
SELECT count(*) AS rows,
       count(*) FILTER (WHERE cost IS NULL) AS unpriced,
       count(*) FILTER (WHERE status IS NOT NULL) AS with_status,
       count(*) FILTER (WHERE cost = bedprice.bedrock_cost(model, region, i, o, at => at)) AS equal
FROM usage;
-- the batches committed apart: two transactions wrote the changed rows
SELECT count(DISTINCT u.xmin::text) AS transactions FROM usage u JOIN before b USING (id) WHERE u.ctid <> b.tid;
SELECT count(*) AS untouched_rewritten FROM usage u JOIN before b USING (id)
WHERE u.ctid <> b.tid AND u.at < '2026-05-02' AND u.model <> 'acme.widget-v1';
CALL bedprice.reprice('usage');

------------------------------------------------------------------------
-- 3. Since: only rows at or after it; and inside a transaction block,
--    one transaction that a ROLLBACK takes back.
------------------------------------------------------------------------
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'output', 4, '2026-05-03', book => 'corrected', source => 'regression') IS NOT NULL AS corrected_again;
-- 396 Nova Pro rows from 12:00 on change, 713 before it stay as they were
BEGIN;
CALL bedprice.reprice('usage', since => '2026-05-03 12:00');
SELECT count(*) FILTER (WHERE cost <> bedprice.bedrock_cost(model, region, i, o, at => at)) AS stale
FROM usage WHERE model = 'amazon.nova-pro-v1:0' AND at < '2026-05-03 12:00';
ROLLBACK;
-- the rolled back rows change again: 1,109 from 00:00 on
CALL bedprice.reprice('usage', '2026-05-03');

------------------------------------------------------------------------
-- 4. A partitioned table: every partition.
------------------------------------------------------------------------
CREATE TABLE parted (at timestamptz, model text, i int, o int, cost numeric) PARTITION BY RANGE (at);
CREATE TABLE parted_may PARTITION OF parted FOR VALUES FROM ('2026-05-01') TO ('2026-06-01');
CREATE TABLE parted_june PARTITION OF parted FOR VALUES FROM ('2026-06-01') TO ('2026-07-01');
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON parted FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o', 'at=at');
RESET bedprice.price_book;
INSERT INTO parted VALUES ('2026-05-15', 'amazon.nova-pro-v1:0', 1000, 1000),
                          ('2026-06-15', 'amazon.nova-pro-v1:0', 1000, 1000);
SET bedprice.price_book = 'corrected';
CALL bedprice.reprice('parted');
SELECT tableoid::regclass, cost FROM parted ORDER BY at;

------------------------------------------------------------------------
-- 5. What it refuses.
------------------------------------------------------------------------
CALL bedprice.reprice(NULL);
CREATE TABLE plain (x int);
CALL bedprice.reprice('plain');
CREATE VIEW usage_view AS SELECT * FROM usage;
CALL bedprice.reprice('usage_view');
CREATE TABLE timeless (model text, i int, o int, cost numeric);
CREATE TRIGGER price BEFORE INSERT ON timeless FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o');
CALL bedprice.reprice('timeless', '2026-01-01');
-- a misspelt book or region setting: an error, not every row's reason
SET bedprice.price_book = 'corected';
CALL bedprice.reprice('usage');
RESET bedprice.price_book;
SET bedprice.default_region = 'us-eats-1';
CALL bedprice.reprice('usage');
RESET bedprice.default_region;
SELECT count(*) AS unpriced FROM usage WHERE cost IS NULL;
-- an error caught by a savepoint leaves no lock behind (the table can be
-- rewritten afterwards)
BEGIN;
SAVEPOINT s;
SET LOCAL bedprice.price_book = 'nosuch';
CALL bedprice.reprice('usage');
ROLLBACK TO s;
COMMIT;
SELECT count(*) AS locks_left FROM pg_locks WHERE pid = pg_backend_pid() AND relation = 'usage'::regclass;
-- called from PL/pgSQL, its INOUT argument is a variable
DO $$
DECLARE
    n bigint;
BEGIN
    CALL bedprice.reprice('usage', NULL, n);
    RAISE NOTICE 'changed: %', n;
END $$;
-- a disabled trigger: the costs are not its own (entered by hand, perhaps)
ALTER TABLE timeless DISABLE TRIGGER price;
CALL bedprice.reprice('timeless');
ALTER TABLE timeless ENABLE TRIGGER price;
CREATE ROLE regress_bp_reader;
GRANT SELECT ON usage TO regress_bp_reader;
SET ROLE regress_bp_reader;
CALL bedprice.reprice('usage');
RESET ROLE;
ALTER TABLE usage ENABLE ROW LEVEL SECURITY;
GRANT UPDATE ON usage TO regress_bp_reader;
SET ROLE regress_bp_reader;
CALL bedprice.reprice('usage');
RESET ROLE;

RESET bedprice.price_book;
DROP VIEW usage_view;
DROP TABLE usage, parted, plain, timeless;
DROP ROLE regress_bp_reader;
DELETE FROM bedprice.price_books WHERE book = 'corrected';
DELETE FROM bedprice.models WHERE model = 'acme.widget-v1';
