#!/usr/bin/env bash
# Publish under SIGKILL, many times: builds the four applications, then runs tools/system-tests'
# PublishUnderKillTest with ROUNDS rounds (each round kills each of the three services at each of three
# moments of a publish: 9 kills). ./mvnw verify runs one round; this is the long run.
#   bench/publish-kill/run.sh [ROUNDS]        (default 10)
# Logs of the processes: tools/system-tests/target/system-logs/. Surefire report: tools/system-tests/target/surefire-reports/.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${1:-10}"
./mvnw -B -DskipTests package -pl budget-service,performance-service,asset-service,gateway -am
./mvnw -B verify -pl tools/system-tests -am -Dsystem.kill.rounds="$ROUNDS" -Dtest=PublishUnderKillTest -Dsurefire.failIfNoSpecifiedTests=false
