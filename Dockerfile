# syntax=docker/dockerfile:1
#
# The CAST volunteer-service platform as one container image.
#   docker build -t cast-volunteer .
# docker-compose.yml starts it with PostgreSQL (the prod profile).

# --- Build: the Spring Boot jar ---------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# The wrapper, the POM, the sources, and the models and forms that the POM packages as resources.
# Maven itself and the dependencies live in a BuildKit cache mount, so a rebuild after a source
# change does not download them again.
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY processes processes
COPY forms forms

# chmod: a checkout on Windows may have lost mvnw's execute bit.
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
 && ./mvnw -B -ntp -DskipTests package \
 && cp target/cast-volunteer-*.jar /build/app.jar

# --- Runtime ----------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# curl is only for the HEALTHCHECK: the temurin images do not promise curl or wget.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

# A non-root system user. /app/data is where the demo profile's embedded H2 keeps its files
# (the working directory's ./data); /app/documents holds the plans' uploaded files (a volume in
# docker-compose.yml, CAST_DOCUMENTS_DIRECTORY).
RUN groupadd --system cast \
 && useradd --system --gid cast --home-dir /app --shell /usr/sbin/nologin cast \
 && mkdir -p /app/data /app/documents \
 && chown -R cast:cast /app

WORKDIR /app
COPY --from=build /build/app.jar /tmp/app.jar

# Startup (bench/startup.sh, docs/performance.md): the jar extracted to app.jar and lib/, and a class-data-sharing
# archive recorded by a training start that exits once the context is up, on a throw-away in-memory database.
# Together they take the start from about 17 s to about 11 s on two cores. The archive fits only this JVM and
# this classpath, which is why it is made here, in the runtime image.
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app/release \
 && rm /tmp/app.jar \
 && java -XX:ArchiveClassesAtExit=/app/release/app.jsa -Xlog:cds=off -Dspring.context.exit=onRefresh \
      -jar /app/release/app.jar --spring.datasource.url=jdbc:h2:mem:training \
 && rm -rf /app/data/* /app/documents/* \
 && chown -R cast:cast /app

USER cast
ENV TZ=Asia/Shanghai
EXPOSE 8080

# Readiness, not just liveness: ready once the engine has started and deployed the processes.
# Startup creates the Camunda schema on first run, hence the generous start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || exit 1

ENTRYPOINT ["java","-XX:SharedArchiveFile=/app/release/app.jsa","-Xlog:cds=off","-jar","/app/release/app.jar"]
