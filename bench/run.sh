#!/usr/bin/env bash
# Issue #6: the running production build measured as users load it, each figure beside its floor from the same run.
#   bench/run.sh                       # everything (~15 min on 2 cores); the table goes to bench/results/load-*.md
#   BENCH_PARTS=heap,load bench/run.sh # only some parts: heap (with the closed-tab figure), closed (only that), load, page, startup, pdf
#   (heap,nocompact: without the second run under -XX:+UseCompactObjectHeaders, heap,compactonly: only that one; BENCH_HEAP_VIEWS=recruitment,sns: only
#   these views beside the floor, by the first part of their route)
# Knobs (environment): BENCH_JAR=target/kumiai-desk.jar  BENCH_UIS=100,200,400  BENCH_USERS=50  BENCH_THINK_MS=2000  BENCH_LOAD_SECONDS=30
#   BENCH_LOAD_ACTIONS=static,empty,small,sns,recruitment,bargaining (a subset: e.g. one to profile)
#   BENCH_PDF_RENDERS=400 (the pdf part: renders after the first, in a JVM of its own with the app's options)
#   BENCH_LOAD_WARMUP_S=20 (each action first runs this long unmeasured: a cold JIT otherwise inflates the first figures)
#   BENCH_STARTS=5  BENCH_HEAP=-Xmx1g  BENCH_JVM_ARGS= (more JVM options for the app, e.g. -XX:TieredStopAtLevel=1)  BENCH_PORT=8095  BENCH_CLOSED_WAIT_S=300 (0: no closed-tab figure)  BENCH_SESSION_TIMEOUT=30m
#   BENCH_STARTUP=fat,extracted,aot (,c1: the external AOT row again with -XX:TieredStopAtLevel=1)  BENCH_DB_URL=jdbc:mariadb://127.0.0.1:3306/kumiai_bench (or none)  BENCH_DB_USER=root
#   BENCH_DB_PASSWORD=  (management port: BENCH_PORT + 10000)
#   BENCH_WORK=target/bench  BENCH_APP_ARGS="--vaadin.heartbeatInterval=300 --kd.vaadin.closed-tab-sweep=PT24H" (before #16)
# Needs only what `.ci/run` installs (a JDK 25, Debian's chromium for the page weight). Not a test: nothing here
# fails a build, and neither `./mvnw verify` nor `.ci/run` runs it. Works on target/bench/ (its own embedded
# MariaDB data directory, app log, extracted jar, AOT cache); delete that directory for a first start from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
MVN="./mvnw -B -q"
[ -d "$HOME/.m2/repository/com/microsoft/playwright" ] && MVN="$MVN -o"
[ -f target/kumiai-desk.jar ] || $MVN -DskipTests package
# offline first (quicker), online when the dependency plugin itself has not been downloaded yet (a fresh clone)
CPARGS="dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test"
$MVN $CPARGS > /dev/null || ./mvnw -B -q $CPARGS
CP=$(cat target/bench-cp.txt)
# per work directory, so that two runs side by side (BENCH_WORK, BENCH_PORT) do not replace each other's classes
CLASSES="${BENCH_WORK:-target/bench}-classes"
rm -rf "$CLASSES"
"$JAVA_HOME/bin/javac" -nowarn -d "$CLASSES" -cp "$CP" bench/java/kdbench/*.java
exec "$JAVA_HOME/bin/java" -cp "$CLASSES:$CP" kdbench.Suite
