# bedprice: PGXS build.  `make demo`, `make test` and `make bench` run
# test/harness.sh, which installs PostgreSQL 15 and its server headers when
# they are missing, so they work on a fresh machine.
#
# The current version's install script is built from the per-concern
# sources in sql/current/ (one file per concern, applied in name order);
# released scripts (the 0.1.0 install script and the upgrade hops) are
# frozen in sql/ as they shipped.

EXTENSION  = bedprice
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" $(EXTENSION).control)
MODULE_big = bedprice
OBJS = $(patsubst %.c,%.o,$(wildcard src/*.c))
DATA = sql/bedprice--0.1.0.sql $(wildcard sql/bedprice--*--*.sql)
DATA_built = sql/bedprice--$(EXTVERSION).sql
HEADERS_bedprice = src/bedprice.h
INSTALL_SOURCES = $(sort $(wildcard sql/current/*.sql))
# the shipped catalog, one CSV file a table, loaded in this order (parents first)
CATALOG = catalog/models.csv catalog/model_aliases.csv catalog/prices.csv catalog/multipliers.csv \
          catalog/seed/prices.csv catalog/seed/multipliers.csv catalog/provisioned_rates.csv
# earlier versions' shipped prices and rules, by their ids there (<table>_<version>.csv)
RETIRED = catalog/retired/prices_0.3.0.csv catalog/retired/multipliers_0.3.0.csv

# pg_regress reads sql/<test>.sql and compares with expected/<test>.out;
# pg_isolation_regress reads test/isolation/specs/<spec>.spec and compares
# with test/isolation/expected/<spec>.out
REGRESS = install catalog aws_prices vocabulary model_ids arithmetic exactness sum_aggregate tiers routing history \
          errors breakdown cache cache_cancel names sheets_format sheets_roundtrip sheets_history \
          sheets_errors sheets_replace set_price multiplier_sheets importers privileges \
          search_path shipped_flag price_books usage_trigger reprice invocation_logs focus_export comparison \
          provisioned usage_analysis bi_views catalog_digest citus_local citus_settings
REGRESS_OPTS = --inputdir=. --outputdir=.
ISOLATION = breakdown_one_catalog plpgsql_statements cursor_one_catalog book_parents \
            commits_between_statements concurrent_sheets reprice_rewrite commit_lock
ISOLATION_OPTS = --inputdir=test/isolation --outputdir=output_iso

PG_CPPFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
# calls between our own files need not go through the PLT
PG_CFLAGS = $(shell $(CC) -fno-semantic-interposition -E - </dev/null >/dev/null 2>&1 && echo -fno-semantic-interposition)
EXTRA_CLEAN = results regression.diffs regression.out output_iso

PG_CONFIG ?= $(shell test -x /usr/lib/postgresql/15/bin/pg_config && echo /usr/lib/postgresql/15/bin/pg_config || echo pg_config)
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
# Debian's postgresql-client ships pgxs.mk without the server headers: what
# the build needs is postgres.h
SERVER_HEADER := $(shell $(PG_CONFIG) --includedir-server 2>/dev/null)/postgres.h

ifneq ($(wildcard $(PGXS)),)
ifneq ($(wildcard $(SERVER_HEADER)),)
# JIT bitcode would need clang on every machine; the functions are C anyway.
override with_llvm = no
# rebuild objects when a header they include changes
override autodepend = yes
include $(PGXS)
endif
endif

ifeq ($(wildcard $(SERVER_HEADER)),)
all install installcheck:
	@echo "PostgreSQL server headers are missing ($(SERVER_HEADER)): run 'make test' or 'make demo', which install them, or install postgresql-server-dev-15" >&2; exit 1
endif

# each catalog file as one dollar-quoted literal, which must not hold its quote
define catalog_loads
	if grep -l '$$catalog$$' $(CATALOG) $(RETIRED); then echo 'a catalog file holds $$catalog$$' >&2; exit 1; fi; \
	printf '\n-- The shipped catalog: the files of catalog/\n'; \
	for f in $(CATALOG); do \
	  printf "\nSELECT bedprice_internal.load_shipped_catalog('%s', \$$catalog\$$" "$$(basename $$f .csv)"; \
	  cat "$$f"; printf '$$catalog$$);\n'; done; \
	for f in $(RETIRED); do \
	  printf "\nSELECT bedprice_internal.load_retired_rows('%s', \$$catalog\$$" "$$(basename $$f .csv | cut -d_ -f1)"; \
	  cat "$$f"; printf '$$catalog$$);\n'; done
endef

sql/bedprice--$(EXTVERSION).sql: $(INSTALL_SOURCES) $(CATALOG) $(RETIRED) $(EXTENSION).control
	{ printf '/* bedprice %s: built by the Makefile from sql/current/ and catalog/; edit those files */\n\n' '$(EXTVERSION)'; \
	  printf -- '-- complain if script is sourced in psql, rather than via CREATE EXTENSION\n'; \
	  printf '\\echo Use "CREATE EXTENSION bedprice" to load this file. \\quit\n'; \
	  for f in $(INSTALL_SOURCES); do printf '\n'; cat "$$f"; done; \
	  $(catalog_loads); } > $@.tmp && mv $@.tmp $@

.PHONY: demo test bench
demo:
	bash test/harness.sh demo
test:
	bash test/harness.sh test
bench:
	bash test/harness.sh bench
