#!/usr/bin/env bash
# released.sh: released install and upgrade scripts never change.
#
# Spec (README, Upgrading): a database installed or updated by a released
# script must stay reproducible, so each released script is frozen: its
# SHA-256 is recorded in test/released.sha256 when it is released, and a
# change to it fails here.  A release adds its hop's line; nothing removes
# one.  Every script the Makefile ships (DATA) is either recorded or the
# built current install script, or the hop into the version in development
# (the control file's default_version, named on the file's "# in
# development:" line), which is recorded when that version is released.
set -u
. "$(dirname "$0")/../lib.sh"

top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1

while read -r sum file; do
    [ "$sum" = "#" ] && continue
    check "$file is as released" "$sum" "$(sha256sum "$file" 2>/dev/null | cut -d' ' -f1)"
done <test/released.sha256
developing=$(sed -n 's/^# in development: //p' test/released.sha256)
version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" bedprice.control)

shipped=$(make -s -f - print-data PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config <<'MAKE' 2>/dev/null
include Makefile
print-data:
	@echo $(DATA)
MAKE
)
check "the Makefile's DATA names the released scripts" t "$(echo "$shipped" | grep -q 'bedprice--0.1.0.sql' && echo t || echo f)"
unrecorded=$(for f in $shipped; do grep -q "  $f\$" test/released.sha256 || [ "$f" = "$developing" ] || echo "$f"; done)
check "every script shipped besides the built install script is recorded" "" "$unrecorded"
check "the hop in development leads to the version in development" t \
    "$(case "$developing" in ''|*"--$version.sql") echo t ;; *) echo f ;; esac)"
