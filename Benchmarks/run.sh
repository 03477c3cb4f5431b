#!/bin/sh
# Times the graph core on the issue-5 data set: 1M people, 500k titles, ~5M credits.
# usage: Benchmarks/run.sh [DATA_DIR] [benchmark options, e.g. --only paths,pagerank]
# Run from the repository root. Needs python3 with numpy to generate the data once.
set -eu
DIR=${1:-/tmp/gc1m}
[ $# -gt 0 ] && shift
if [ ! -f "$DIR/title.principals.tsv" ]; then
    python3 ../shared/tools/gen_credits.py --people 1000000 --titles 500000 --seed 1 --out "$DIR"
fi
swift build -c release --package-path Benchmarks
echo "nproc: $(nproc); $(lscpu | grep 'Model name' | tr -s ' ')"
uptime
/usr/bin/time -v Benchmarks/.build/release/RoleGraphBench "$DIR" "$@" 2> /tmp/rolegraph-bench.time
grep -E 'Maximum resident|Elapsed|Percent of CPU' /tmp/rolegraph-bench.time
uptime
