#!/usr/bin/env bash
# Two app nodes on one PostgreSQL database behind nginx, without Docker: the cluster of
# docker-compose.yml's "cluster" profile, on one machine (see docs/operations.md).
#
#   cluster/run-local.sh start    # node A on 8081, node B on 8082, nginx on 8080 (PORT_LB to change)
#   cluster/run-local.sh start A  # only node A (and nginx); "start B" later adds node B
#   cluster/run-local.sh status
#   cluster/run-local.sh stop
#
# CAST_NODE_OPTS adds application arguments to both nodes (e.g. --camunda.bpm.job-execution.lock-time-in-millis=20000).
# Needs: a JDK 17, nginx (Debian: nginx-light), PostgreSQL on 127.0.0.1:5432 that lets user postgres
# in (the database CAST_CLUSTER_DB, default cast_cluster, is created if missing), and for mail an SMTP
# server on localhost:1025 (e.g. Mailpit). State lives in target/cluster (CAST_CLUSTER_DIR).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

RUN_DIR=$(mkdir -p "${CAST_CLUSTER_DIR:-target/cluster}" && cd "${CAST_CLUSTER_DIR:-target/cluster}" && pwd)
DB=${CAST_CLUSTER_DB:-cast_cluster}
PORT_LB=${PORT_LB:-$(cat "$RUN_DIR/lb-port" 2>/dev/null || echo 8080)}
PORT_A=${PORT_A:-8081}
PORT_B=${PORT_B:-8082}
PSQL=(psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -tA)

jar() {
  ls target/cast-volunteer-*.jar 2>/dev/null | grep -v original | head -n 1
}

start_node() {
  local name=$1 port=$2
  if [[ -f "$RUN_DIR/node-$name.pid" ]] && kill -0 "$(cat "$RUN_DIR/node-$name.pid")" 2>/dev/null; then
    echo "node $name already running"
    return
  fi
  # Trust authentication locally ignores the password; the production self-check wants one that is not a default.
  # nginx connects from 127.0.0.1: the nodes believe its X-Forwarded-For (login throttle, public form's limit).
  SPRING_PROFILES_ACTIVE=prod \
  CAST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" CAST_DB_USER=postgres CAST_DB_PASSWORD="$(cat "$RUN_DIR/db-password")" \
  CAST_ADMIN_PASSWORD="$(cat "$RUN_DIR/admin-password")" CAST_DOCUMENTS_DIRECTORY="$RUN_DIR/documents" \
  CAST_BASE_URL="http://localhost:$PORT_LB" CAST_TRUSTED_PROXIES=127.0.0.1 \
    nohup java -Duser.timezone=Asia/Shanghai -jar "$(jar)" --server.port="$port" \
      --camunda.bpm.generic-properties.properties.hostname="node-$name" ${CAST_NODE_OPTS:-} \
      >> "$RUN_DIR/node-$name.log" 2>&1 &
  echo $! > "$RUN_DIR/node-$name.pid"
  wait_ready "$name" "$port"
}

wait_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 180); do
    if curl -fsS -o /dev/null "http://localhost:$port/actuator/health/readiness" 2>/dev/null; then
      echo "node $name ready on port $port"
      return
    fi
    sleep 1
  done
  echo "node $name did not become ready; see $RUN_DIR/node-$name.log" >&2
  exit 1
}

start() {
  local nodes=("$@")
  [[ ${#nodes[@]} -gt 0 ]] || nodes=(A B)
  [[ -n "$(jar)" ]] || ./mvnw -B -ntp -q -DskipTests package
  [[ -f "$RUN_DIR/admin-password" ]] || head -c 18 /dev/urandom | base64 | tr -d '/+=' | sed 's/^/Aa1#/' > "$RUN_DIR/admin-password"
  [[ -f "$RUN_DIR/db-password" ]] || head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$RUN_DIR/db-password"
  if [[ -z "$("${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]]; then
    "${PSQL[@]}" -c "CREATE DATABASE $DB" > /dev/null
  fi
  mkdir -p "$RUN_DIR/documents"
  # One after the other: the first node creates the schema on a new database.
  for name in "${nodes[@]}"; do
    case "$name" in
      A) start_node A "$PORT_A" ;;
      B) start_node B "$PORT_B" ;;
      *) echo "no node $name (A or B)" >&2; exit 2 ;;
    esac
  done
  if [[ -f "$RUN_DIR/nginx.pid" ]] && kill -0 "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null; then
    return
  fi
  sed -e "s#@RUN_DIR@#$RUN_DIR#g" -e "s#@PORT_A@#$PORT_A#g" -e "s#@PORT_B@#$PORT_B#g" -e "s#@PORT_LB@#$PORT_LB#g" \
    cluster/nginx.conf.template > "$RUN_DIR/nginx.conf"
  nginx -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf"
  echo "$PORT_LB" > "$RUN_DIR/lb-port"
  echo "cluster at http://localhost:$PORT_LB (admin: admin / $(cat "$RUN_DIR/admin-password"))"
}

stop() {
  if [[ -f "$RUN_DIR/nginx.pid" ]]; then
    nginx -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -s quit || true
  fi
  for name in A B; do
    if [[ -f "$RUN_DIR/node-$name.pid" ]]; then
      local pid
      pid=$(cat "$RUN_DIR/node-$name.pid")
      kill "$pid" 2>/dev/null || true
      # A graceful stop: running jobs finish their transaction, connections are given back.
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      rm -f "$RUN_DIR/node-$name.pid"
    fi
  done
  echo "cluster stopped"
}

status() {
  for name in A B; do
    local pid
    pid=$(cat "$RUN_DIR/node-$name.pid" 2>/dev/null || true)
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then echo "node $name: running (pid $pid)"; else echo "node $name: stopped"; fi
  done
  curl -fsS "http://localhost:$PORT_LB/actuator/health/readiness" && echo || echo "load balancer: not answering"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
