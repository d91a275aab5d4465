#!/usr/bin/env bash
# Fuzzes every Jazzer target for SECONDS seconds each (default 60), one after another, and prints the
# executions of each and the crash inputs it wrote. Run it from anywhere on an idle machine: the
# targets run one at a time, since fuzzing mode takes one test per JVM.
#
#   benchmarks/fuzz.sh [SECONDS] [TARGET...]
#
# TARGET is a test class name (JsonLoaderFuzzTest); without one, every target runs. A crash input is
# written next to the target's seeds (src/test/resources/io/github/apigwlint/fuzz/<Target>Inputs/)
# by Jazzer; the normal build then replays it, so move it away unless its bug is fixed.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
core=(JsonLoaderFuzzTest YamlLoaderFuzzTest HclLoaderFuzzTest TerraformPlanFuzzTest CloudFormationFuzzTest
  SamFuzzTest OpenApiFuzzTest PolicyParserFuzzTest ArnFuzzTest CidrBlockFuzzTest WildcardFuzzTest
  ConfigLoaderFuzzTest)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=("${core[@]}" LinterFuzzTest)
fi

logs=target/fuzz
mkdir -p "$logs"
./mvnw -B -q -o test-compile -pl linter-core,rules -am || exit 2

printf '%-24s %14s  %s\n' target executions crashes
total=0
for target in "${targets[@]}"; do
  module=linter-core
  [ "$target" = LinterFuzzTest ] && module=rules
  inputs=$module/src/test/resources/io/github/apigwlint/fuzz/${target}Inputs
  before=$(find "$inputs" -type f 2>/dev/null | sort)
  # @FuzzTest's maxDuration is fixed in the annotation; the libFuzzer arguments given here come
  # after it, so this -max_total_time is the one that holds
  JAZZER_FUZZ=1 ./mvnw -B -o test -pl "$module" -am -Dinvoker.skip -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" \
    -Djazzer.internal.arg.2=-print_final_stats=1 >"$logs/$target.log" 2>&1
  executions=$(grep -a -o 'stat::number_of_executed_units: [0-9]*' "$logs/$target.log" | tail -1 | grep -o '[0-9]*$')
  crashes=$(comm -13 <(echo "$before") <(find "$inputs" -type f 2>/dev/null | sort) | tr '\n' ' ')
  printf '%-24s %14s  %s\n' "$target" "${executions:-?}" "${crashes:-none}"
  total=$((total + ${executions:-0}))
done
printf '%-24s %14s\n' total "$total"
echo "logs: $logs/<target>.log"
