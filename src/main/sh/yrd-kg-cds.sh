#!/bin/sh
# Starts yrd-kg from Spring Boot's extracted layout with a class-data-sharing archive (issue 13, README
# "Start-up"): classes are then read from plain jars and mapped from the archive instead of being looked up,
# parsed and verified inside the nested jar at every start.
#
#   src/main/sh/yrd-kg-cds.sh [--option=value ...]     (the same arguments as java -jar target/yrd-kg.jar)
#   src/main/sh/yrd-kg-cds.sh --prepare                only build the archive (e.g. right after the package)
#   src/main/sh/yrd-kg-cds.sh --jvm-flags              print the JVM flags it passes (the defaults below + JAVA_OPTS)
#
# The first run (and the first after the jar changes) extracts target/yrd-kg.jar into target/yrd-kg-cds/ and
# makes the archive with a training start on a throw-away data folder and free ports (the seeds are loaded
# there, so the extractor's classes are archived too); then it starts the service with the archive.
# The JVM flags below (YRDKG_JVM_FLAGS replaces them) and then JAVA_OPTS are passed to every java command;
# a flag in JAVA_OPTS wins over the same one here (e.g. JAVA_OPTS=-Xmx1g for a bulk load). JAVA picks the java binary.
set -eu
here=$(cd "$(dirname "$0")/../../.." && pwd)
jar=${YRDKG_JAR:-$here/target/yrd-kg.jar}
dir=${YRDKG_CDS_DIR:-$here/target/yrd-kg-cds}
java=${JAVA:-java}
# Start-up flags (issue 13; BENCHMARKS.md "Start-up (issue 13, boot4)"): C1 only, since C2 compiled for a third
# of a start's CPU on 2 cores; a serial collector and a 512 MiB heap keep the service under 700 MiB resident
# (G1 sized the heap from the machine's memory and grew it during the start); fewer malloc arenas likewise.
flags=${YRDKG_JVM_FLAGS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m -Xss512k -XX:ReservedCodeCacheSize=64m}
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
export MALLOC_ARENA_MAX
opts="$flags ${JAVA_OPTS:-}"
if [ "${1:-}" = "--jvm-flags" ]; then
  echo "$opts"
  exit 0
fi

fresh() { [ -f "$dir/yrd-kg.jsa" ] && [ ! "$jar" -nt "$dir/yrd-kg.jsa" ]; }

# one launcher builds (mkdir is atomic); one started meanwhile runs the plain jar. The archive is made in
# place (it records the jars' paths) under a temporary name and renamed when whole.
mkdir -p "$(dirname "$dir")"
if ! fresh && mkdir "$dir.lock" 2>/dev/null; then
  training=$(mktemp -d)
  trap 'rm -rf "$training" "$dir.lock"' EXIT
  trap 'exit 1' INT TERM
  echo "yrd-kg-cds: extracting $jar and training the class-data archive (once per build: about 140 CPU-seconds)" >&2
  rm -rf "$dir"
  # shellcheck disable=SC2086
  "$java" $opts -Djarmode=tools -jar "$jar" extract --destination "$dir" >&2
  # a whole start (Neo4j, seeds, web server), then a clean stop: the JVM archives every class loaded until then
  # shellcheck disable=SC2086
  "$java" $opts -XX:ArchiveClassesAtExit="$dir/yrd-kg.jsa.part" \
      -jar "$dir/$(basename "$jar")" --yrdkg.startup.exit-when-ready=true \
      --yrdkg.neo4j.uri= --yrdkg.neo4j.embedded.data-dir="$training" \
      --yrdkg.neo4j.embedded.bolt-port=0 --yrdkg.neo4j.embedded.http-port=0 --server.port=0 \
      --yrdkg.seeds.dir="$here/seeds" >"$dir/training.log" 2>&1 \
    || { echo "yrd-kg-cds: the training start failed:" >&2; tail -20 "$dir/training.log" >&2; exit 1; }
  mv "$dir/yrd-kg.jsa.part" "$dir/yrd-kg.jsa"
  rm -rf "$training" "$dir.lock"
  trap - EXIT INT TERM
fi
if [ "${1:-}" = "--prepare" ]; then
  fresh && exit 0
  echo "yrd-kg-cds: no archive (another launcher is building it?)" >&2
  exit 1
fi
if ! fresh; then
  echo "yrd-kg-cds: another launcher is building the archive (or left $dir.lock behind: remove it); starting the plain jar" >&2
  # shellcheck disable=SC2086
  exec "$java" $opts -jar "$jar" "$@"
fi
# shellcheck disable=SC2086
exec "$java" $opts -XX:SharedArchiveFile="$dir/yrd-kg.jsa" -jar "$dir/$(basename "$jar")" "$@"
