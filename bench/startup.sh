#!/usr/bin/env bash
# How long the packaged application takes to start, in the 512 MB heap it is meant to run a national campaign in:
# from launching the JVM to its login page answering, and the figure Spring Boot logs ("process running for").
#
#   bench/startup.sh                 3 starts, each on a new embedded H2 database (schema and models created)
#   RUNS=5 PROFILE=demo bench/startup.sh    with the demo accounts, as ./mvnw spring-boot:run starts it
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/bench bench/startup.sh    on PostgreSQL (user postgres); the first start
#                                                                     creates the schema, the others find it there
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

RUNS=${RUNS:-3}
PORT=${PORT:-18080}
jar=$(ls target/cast-volunteer-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
if [[ -z "$jar" ]]; then
  ./mvnw -B -ntp -q package -DskipTests
  jar=$(ls target/cast-volunteer-*.jar | grep -v -- '-plain' | head -n 1)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds=()
for run in $(seq 1 "$RUNS"); do
  log="$work/start-$run.log"
  if [[ -n "${DB_URL:-}" ]]; then
    database=(--spring.datasource.url="$DB_URL" --spring.datasource.username="${DB_USER:-postgres}"
              --spring.datasource.password="${DB_PASSWORD:-postgres}")
  else
    database=(--spring.datasource.url="jdbc:h2:file:$work/h2-$run/cast-volunteer")
  fi
  launched=$(date +%s.%N)
  java -Xmx512m -jar "$jar" --server.port="$PORT" --spring.profiles.active="${PROFILE:-default}" "${database[@]}" \
    >"$log" 2>&1 &
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
  printf 'start %d: login page after %.1f s; Spring Boot: started, process running for %s s\n' "$run" "$answered" "$spring"
  seconds+=("$answered")
done
median=$(printf '%s\n' "${seconds[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
printf 'median of %d starts to the login page: %.1f s (target: under 15 s)\n' "$RUNS" "$median"
