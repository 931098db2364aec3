#!/bin/sh
# Builds and runs relgraph's libFuzzer targets: `make fuzz`, or Tests/Fuzz/fuzz.sh [target …].
#
# A target is Tests/Fuzz/<name>.swift (it defines LLVMFuzzerTestOneInput) with seeds in
# Tests/Fuzz/corpus/<name>/, listed in FUZZ_TARGETS in the Makefile. The library is compiled
# here with swiftc -sanitize=fuzzer,address into out/fuzz/build, apart from SwiftPM's .build:
# `swift build` and `swift test` never see these files. Every target is linked with RelGraph
# and RelGraphFormats (Support/FuzzCheck.swift writes models back as YAML); a target that
# imports RelGraphRender is linked with Graphviz as well. A line `// fuzz-dictionary: <file>`
# names its dictionary.
#
# Environment: FUZZ_SECONDS (per target, default 60), FUZZ_TIMEOUT (seconds one input may
# take before it counts as a hang, default 3), FUZZ_MAX_LEN (default 8192 bytes),
# FUZZ_RSS_MB (default 2048), FUZZ_BUILD_ONLY=1 to build without running.
# Results: out/fuzz/<target>/ (crash-*, timeout-*, oom-* artefacts, log, grown corpus).
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
FUZZ=Tests/Fuzz
OUT=out/fuzz
BUILD=$OUT/build
SWIFTC=${SWIFTC:-swiftc}
SECONDS_EACH=${FUZZ_SECONDS:-60}
TIMEOUT=${FUZZ_TIMEOUT:-3}
MAX_LEN=${FUZZ_MAX_LEN:-8192}
RSS_MB=${FUZZ_RSS_MB:-2048}
TARGETS=${*:-${FUZZ_TARGETS:-$(cd $FUZZ && ls *.swift | sed 's/\.swift$//')}}
FLAGS="-O -g -swift-version 6 -sanitize=fuzzer,address -parse-as-library -package-name relgraph"
GRAPHVIZ_INCLUDES=$(pkg-config --cflags-only-I libgvc)

mkdir -p "$BUILD"

# A module is rebuilt when any of its sources is newer than its object file.
build_module() { # name, source folder, extra flags
    name=$1 sources=$2
    shift 2
    if [ -f "$BUILD/$name.o" ] && [ -z "$(find "$sources" -name '*.swift' -newer "$BUILD/$name.o" | head -1)" ]; then
        return
    fi
    echo "fuzz: compiling $name (instrumented)"
    # shellcheck disable=SC2046,SC2086
    "$SWIFTC" $FLAGS -wmo -c -module-name "$name" -emit-module -emit-module-path "$BUILD/$name.swiftmodule" \
        -I "$BUILD" "$@" $(find "$sources" -name '*.swift' | sort) -o "$BUILD/$name.o"
}

build_module RelGraph Sources/RelGraph -I Sources/CYAML
build_module RelGraphFormats Sources/RelGraphFormats -I Sources/CYAML
if grep -l '^import RelGraphRender' $(for t in $TARGETS; do echo "$FUZZ/$t.swift"; done) >/dev/null 2>&1; then
    # shellcheck disable=SC2086
    build_module RelGraphRender Sources/RelGraphRender -I Sources/CYAML -I Sources/CGraphviz $GRAPHVIZ_INCLUDES
fi

for target in $TARGETS; do
    source=$FUZZ/$target.swift
    [ -f "$source" ] || { echo "fuzz: no target $source" >&2; exit 2; }
    objects="$BUILD/RelGraph.o $BUILD/RelGraphFormats.o"
    libraries="-lyaml"
    if grep -q '^import RelGraphRender' "$source"; then
        objects="$objects $BUILD/RelGraphRender.o"
        libraries="$libraries $(pkg-config --libs libgvc)"
    fi
    binary=$BUILD/fuzz-$target
    if [ ! -x "$binary" ] || [ -n "$(find "$source" $FUZZ/Support $objects -newer "$binary" | head -1)" ]; then
        echo "fuzz: linking $target"
        # shellcheck disable=SC2086
        "$SWIFTC" $FLAGS -module-name "Fuzz_$(echo "$target" | tr -c 'A-Za-z0-9\n' _)" -I "$BUILD" -I Sources/CYAML -I Sources/CGraphviz \
            $GRAPHVIZ_INCLUDES "$source" $FUZZ/Support/*.swift $objects $libraries -o "$binary" 2>&1 \
            | grep -v "warning: Cannot export local symbol" || true
        [ -x "$binary" ] || { echo "fuzz: linking $target failed" >&2; exit 1; }
    fi
done
[ "${FUZZ_BUILD_ONLY:-0}" = 1 ] && exit 0

failed=""
for target in $TARGETS; do
    work=$OUT/$target
    mkdir -p "$work/corpus"
    dictionary=$(sed -n 's|^// fuzz-dictionary: *||p' "$FUZZ/$target.swift" | head -1)
    set -- -max_total_time="$SECONDS_EACH" -timeout="$TIMEOUT" -max_len="$MAX_LEN" -rss_limit_mb="$RSS_MB" \
        -artifact_prefix="$work/" -print_final_stats=1
    [ -n "$dictionary" ] && set -- "$@" -dict="$FUZZ/$dictionary"
    # Seeds that are also test fixtures are named in corpus/<target>.fixtures and copied from
    # Tests/TestSupport/Fixtures, so that the repository keeps each file once.
    fixtures=""
    if [ -f "$FUZZ/corpus/$target.fixtures" ]; then
        fixtures=$work/fixtures
        rm -rf "$fixtures" && mkdir -p "$fixtures"
        while read -r name; do
            [ -n "$name" ] && cp "Tests/TestSupport/Fixtures/$name" "$fixtures/"
        done < "$FUZZ/corpus/$target.fixtures"
    fi
    echo "fuzz: running $target for ${SECONDS_EACH}s (log: $work/log)"
    # The grown corpus goes to out/; the committed seeds are only read. Swift's own backtracer
    # is off so that libFuzzer and AddressSanitizer report crashes and write the artefact.
    # shellcheck disable=SC2086
    if SWIFT_BACKTRACE=enable=no "$BUILD/fuzz-$target" "$@" "$work/corpus" "$FUZZ/corpus/$target" $fixtures >"$work/log" 2>&1; then
        status=ok
    else
        status="FAILED: $(ls -t "$work" | grep -E '^(crash|timeout|oom|leak|slow-unit)-' | head -1)"
        failed="$failed $target"
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log")
    coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$work/log" | tail -1)
    echo "fuzz: $target: $status; ${runs:-?} runs, ${speed:-?}/s, $coverage"
done
if [ -n "$failed" ]; then
    echo "fuzz: failed:$failed; see out/fuzz/<target>/log and reproduce with out/fuzz/build/fuzz-<target> <artefact>" >&2
    exit 1
fi
