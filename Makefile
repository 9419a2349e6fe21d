# bedprice: PGXS build.  `make demo`, `make test` and `make bench` first run
# test/setup.sh, which installs PostgreSQL's server headers when missing, so
# they work on a fresh machine; the PGXS rules are included only when present.

EXTENSION  = bedprice
MODULE_big = bedprice
OBJS = $(patsubst %.c,%.o,$(wildcard src/*.c))
DATA = $(wildcard sql/bedprice--*.sql)
HEADERS_bedprice = src/bedprice.h

# pg_regress reads sql/<test>.sql and compares with expected/<test>.out
REGRESS = install catalog model_ids arithmetic tiers routing history errors \
          breakdown cache importers sheets privileges
REGRESS_OPTS = --inputdir=. --outputdir=.

PG_CPPFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
# calls between our own files need not go through the PLT
PG_CFLAGS = $(shell $(CC) -fno-semantic-interposition -E - </dev/null >/dev/null 2>&1 && echo -fno-semantic-interposition)
EXTRA_CLEAN = results regression.diffs regression.out

PG_CONFIG ?= $(shell test -x /usr/lib/postgresql/15/bin/pg_config && echo /usr/lib/postgresql/15/bin/pg_config || echo pg_config)
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

ifneq ($(wildcard $(PGXS)),)
# JIT bitcode would need clang on every machine; the functions are C anyway.
override with_llvm = no
# rebuild objects when a header they include changes
override autodepend = yes
include $(PGXS)
else
all:
	@echo "PostgreSQL server headers are missing: run 'make test' or 'make demo' (they install them) or test/setup.sh" >&2; exit 1
endif

.PHONY: demo test bench
demo:
	bash test/harness.sh demo
test:
	bash test/harness.sh test
bench:
	bash test/harness.sh bench
