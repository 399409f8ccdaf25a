#!/usr/bin/env bash
# Discussions benchmark: 100,000 messages in the database (20 threads of 5,000), then
#   - server time to open a thread of 5,000 messages (what the thread panel asks: the thread and the
#     reader's read pointer, the count, the page of 50 at the reader's position) and to post a message,
#     median and p95 over 200 runs after 30 warm-up runs;
#   - the time from a post until 300 open thread panels (in one mocked Vaadin UI, each showing 50 rendered
#     messages) have all refreshed, over 20 posts;
#   - heap per open thread panel showing 50 messages, measured after a full GC.
#
#   src/bench/discussions.sh [h2|postgres|both]     (default: postgres, the production database)
#
# PostgreSQL: an embedded PostgreSQL 17, or the server named by PASSERELLE_TEST_POSTGRES_URL. Figures are
# printed and written to target/bench/discussions-<db>.txt. The machine should be otherwise idle: the load
# average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."
case "${1:-postgres}" in
  h2) classes='DiscussionsBenchmarkH2' ;;
  postgres) classes='DiscussionsBenchmarkPostgres' ;;
  both) classes='DiscussionsBenchmarkH2,DiscussionsBenchmarkPostgres' ;;
  *) echo "usage: $0 [h2|postgres|both]" >&2; exit 2 ;;
esac
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q test -Dtest="$classes" -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  | grep '^BENCH ' || { echo "benchmark failed: see target/surefire-reports" >&2; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
