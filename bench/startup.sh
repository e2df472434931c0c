#!/usr/bin/env bash
# How long the packaged application takes to start in the 512 MB heap it is meant to run a national campaign in,
# from launching the JVM to its login page answering, in three ways of running the same jar:
#   jar        java -jar on the jar as built (nested jars)
#   extracted  the jar extracted by Spring Boot's jarmode tools, as the Docker image runs it
#   cds        extracted, with a class-data-sharing archive from a training run, as the Docker image builds it
#
#   bench/startup.sh                   3 starts of each, every start on a new embedded H2 database
#   RUNS=5 MODES=cds bench/startup.sh
#   PROFILE=demo bench/startup.sh      with the demo accounts
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/bench bench/startup.sh    on PostgreSQL (user postgres): the first
#                                      start creates the schema, the others find it there
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

RUNS=${RUNS:-3}
MODES=${MODES:-jar extracted cds}
PORT=${PORT:-18080}
jar=$(ls target/cast-volunteer-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
if [[ -z "$jar" ]]; then
  ./mvnw -B -ntp -q package -DskipTests
  jar=$(ls target/cast-volunteer-*.jar | grep -v -- '-plain' | head -n 1)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same two steps as the Dockerfile: extract, then train the archive on a throw-away database.
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
extracted="$work/app/$(basename "$jar")"
java -XX:ArchiveClassesAtExit="$work/app/app.jsa" -Xlog:cds=off -Dspring.context.exit=onRefresh -jar "$extracted" \
  --spring.datasource.url="jdbc:h2:mem:training" >"$work/training.log" 2>&1

# exec: the pid the script kills is the JVM itself.
launch() {
  case "$1" in
    jar) exec java -Xmx512m -jar "$jar" "${@:2}" ;;
    extracted) exec java -Xmx512m -jar "$extracted" "${@:2}" ;;
    cds) exec java -Xmx512m -XX:SharedArchiveFile="$work/app/app.jsa" -Xlog:cds=off -jar "$extracted" "${@:2}" ;;
  esac
}

for mode in $MODES; do
  seconds=()
  for run in $(seq 1 "$RUNS"); do
    log="$work/$mode-$run.log"
    if [[ -n "${DB_URL:-}" ]]; then
      database=(--spring.datasource.url="$DB_URL" --spring.datasource.username="${DB_USER:-postgres}"
                --spring.datasource.password="${DB_PASSWORD:-postgres}")
    else
      database=(--spring.datasource.url="jdbc:h2:file:$work/h2-$mode-$run/cast-volunteer")
    fi
    launched=$(date +%s.%N)
    launch "$mode" --server.port="$PORT" --spring.profiles.active="${PROFILE:-default}" "${database[@]}" >"$log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; do
      kill -0 "$pid" 2>/dev/null || { tail -n 40 "$log" >&2; exit 1; }
      sleep 0.1
    done
    answered=$(awk -v now="$(date +%s.%N)" -v then="$launched" 'BEGIN { print now - then }')
    until grep -q 'Started .* in .* seconds' "$log"; do sleep 0.1; done
    spring=$(grep -o 'process running for [0-9.]*' "$log" | grep -o '[0-9.]*$')
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    printf '%-9s start %d: login page after %.1f s (Spring Boot: process running for %s s)\n' "$mode" "$run" "$answered" "$spring"
    seconds+=("$answered")
  done
  median=$(printf '%s\n' "${seconds[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf '%-9s median of %d starts to the login page: %.1f s (target: under 15 s)\n' "$mode" "$RUNS" "$median"
done
