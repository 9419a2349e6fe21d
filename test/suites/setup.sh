#!/usr/bin/env bash
# setup.sh: test/harness.sh knows what the build needs.
#
# Spec (0.3.0): the server headers are detected by the header the build
# includes first, postgres.h, where pg_config says the server headers
# live; not by pgxs.mk, which Debian's postgresql-client package ships
# without the headers.  `bash test/harness.sh needs` lists the Debian
# packages still missing.
#
#   1  a pg_config whose server include directory lacks postgres.h (the
#      client package alone): postgresql-server-dev-15 is listed
#   2  no pg_config at all: listed
#   3  a directory with postgres.h: not listed
#   4  this machine, after the harness's setup: nothing is missing
set -u
. "$(dirname "$0")/../lib.sh"

harness="$(dirname "$0")/../harness.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; finish' EXIT

# fake_pg_config DIR: a pg_config that reports DIR as --includedir-server
# (and has pgxs.mk beside it, as the client package does).
fake_pg_config() {
    mkdir -p "$tmp/lib/pgxs/src/makefiles"
    touch "$tmp/lib/pgxs/src/makefiles/pgxs.mk"
    cat >"$tmp/pg_config" <<EOF
#!/bin/sh
case "\$1" in
    --includedir-server) echo "$1" ;;
    --pgxs) echo "$tmp/lib/pgxs/src/makefiles/pgxs.mk" ;;
    *) exit 1 ;;
esac
EOF
    chmod +x "$tmp/pg_config"
}
needs_with() { BEDPRICE_PG_CONFIG=$1 bash "$harness" needs; }
lists_headers() { grep -qx 'postgresql-server-dev-15' && echo listed || echo "not listed"; }

mkdir -p "$tmp/server-empty" "$tmp/server-full"
fake_pg_config "$tmp/server-empty"
check "1 server include directory without postgres.h: the headers are listed" listed \
    "$(needs_with "$tmp/pg_config" | lists_headers)"
fake_pg_config "$tmp/no-such-directory"
check "1 server include directory missing: listed" listed "$(needs_with "$tmp/pg_config" | lists_headers)"
check "2 no pg_config at all: listed" listed "$(needs_with "$tmp/no-pg-config" | lists_headers)"
touch "$tmp/server-full/postgres.h"
fake_pg_config "$tmp/server-full"
check "3 a directory with postgres.h: not listed" "not listed" "$(needs_with "$tmp/pg_config" | lists_headers)"
check "4 this machine, set up by the harness: nothing missing" "" "$(bash "$harness" needs)"
