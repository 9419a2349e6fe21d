#!/usr/bin/env python3
"""introspect.py: what a BI tool sees of bedprice's views.

Superset adds a dataset (and Metabase syncs a table) through SQLAlchemy's
inspector: the views of a schema, their columns, their types and comments.
This does the same, over psycopg2 (the driver both use for PostgreSQL),
then reads every row of each view as the tool would, so that a value the
driver cannot take (an infinite timestamp) would fail here too.

Prints, one line each (tab-separated):
    view     <name>  <has comment: yes|no>
    column   <view>  <column>  <type as the dialect names it>  <has comment: yes|no>
    rows     <view>  <rows read>

Usage: introspect.py --db NAME [--user ROLE] [--schema bedprice]
(host and port from PGHOST and PGPORT, as libpq takes them.)
"""
import argparse
import os
import sys

import sqlalchemy
from sqlalchemy import inspect, text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--user", default=os.environ.get("PGUSER", "postgres"))
    ap.add_argument("--schema", default="bedprice")
    args = ap.parse_args()

    # libpq reads PGHOST (a socket directory here) and PGPORT itself
    engine = sqlalchemy.create_engine(
        sqlalchemy.engine.URL.create("postgresql+psycopg2", username=args.user, database=args.db))
    insp = inspect(engine)
    out = []
    for view in sorted(insp.get_view_names(schema=args.schema)):
        comment = insp.get_table_comment(view, schema=args.schema).get("text")
        out.append(["view", view, "yes" if comment else "no"])
        for col in insp.get_columns(view, schema=args.schema):
            out.append(["column", view, col["name"], col["type"].compile(dialect=engine.dialect),
                        "yes" if col.get("comment") else "no"])
    with engine.connect() as conn:
        for view in sorted(insp.get_view_names(schema=args.schema)):
            rows = conn.execute(text('SELECT * FROM "%s"."%s"' % (args.schema, view))).fetchall()
            out.append(["rows", view, str(len(rows))])
    for line in out:
        print("\t".join(line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
