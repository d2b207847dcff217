#!/usr/bin/env bash
# Issue #16: where the bytes of open pages are, per session (docs/benchmarks/2026-11-29-heap-per-ui.md §6, §10).
#   bench/heap-walk.sh [JAR] [N]     # default target/kumiai-desk.jar, 100
# Starts the jar against an external MariaDB (BENCH_DB_URL's server, database kumiai_walk, dropped and seeded with
# demo data), opens N SNS editors as seinenbu and N session forms as shokikyoku with the bench's Vaadin client (each
# with one more round trip), dumps the heap and walks it: what each session alone reaches, by view, by component.
# Prints the walk's head; the whole walk is in target/heap-walk/walk.txt. Not a test. About 4 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
J=$JAVA_HOME/bin
JAR=${1:-target/kumiai-desk.jar}
N=${2:-100}
PORT=${BENCH_PORT:-8391}
MYSQL="mysql -uroot -h127.0.0.1 -P3306"
W=target/heap-walk
rm -rf "$W"; mkdir -p "$W"
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test > /dev/null \
  || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test > /dev/null
CP=$(cat target/bench-cp.txt)
"$J/javac" -nowarn -d "$W/classes" -cp "$CP" bench/java/kdbench/*.java bench/java/kdheap/HeapPerSession.java
$MYSQL -e "drop database if exists kumiai_walk; create database kumiai_walk"
DB_URL=jdbc:mariadb://127.0.0.1:3306/kumiai_walk DB_USER=root DB_PASSWORD= KD_DEMO=true PORT=$PORT \
  KD_MANAGEMENT_PORT=$((PORT + 1)) KD_DATA_DIR="$PWD/$W/data" "$J/java" -Xmx1g -jar "$JAR" > "$W/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")" = 200 ]; do
  sleep 0.5; kill -0 $PID 2>/dev/null || { tail -30 "$W/app.log"; exit 1; }
done
draft() { $MYSQL -N kumiai_walk -e "select min(id) from sns_draft where author='seinenbu' and state='DRAFT'"; }
until [ "$(draft)" != NULL ]; do sleep 1; done   # demo data is seeded after the app answers
sleep 5
SESSION=$($MYSQL -N kumiai_walk -e "select max(id) from bargaining_session")
"$J/java" -cp "$W/classes:$CP" kdbench.OpenTabs "http://127.0.0.1:$PORT" seinenbu "sns/drafts/$(draft)" "$N" roundtrip
"$J/java" -cp "$W/classes:$CP" kdbench.OpenTabs "http://127.0.0.1:$PORT" shokikyoku "bargaining/sessions/$SESSION" \
  "$N" roundtrip
"$J/jcmd" $PID GC.heap_dump "$PWD/$W/tabs.hprof" > /dev/null
kill $PID; wait $PID 2>/dev/null || true
"$J/java" -Xmx6g -cp "$W/classes" kdheap.HeapPerSession "$W/tabs.hprof" > "$W/walk.txt" 2>&1
rm -f "$W/tabs.hprof"
grep -E '^(# |TOTAL|-)' "$W/walk.txt" | head -60
