#!/usr/bin/env bash
# The whole test suite: starts what the tests need, builds, runs every test project and prints, as its
# very last line, "N passed, N failed[, N skipped]" counted from the test results (TRX). A step that
# breaks outside a test (a service script, the build, a test run that crashed or left no results) counts
# as one failure, so a broken run never reads as green. Exit code non-zero on any failure.
# Arguments are passed to every `dotnet test` (e.g. --filter "FullyQualifiedName~Cli").
# Needs bash and coreutils, grep, sed and awk (as on any Debian), and the .NET SDK.
set -euo pipefail

broken=0     # failures outside the test results
results=""   # folder of the TRX files, once known

# "passed failed skipped" counted in one TRX file's <Counters>, or "none" when it has none.
counters() {
    tr '\r\n' '  ' < "$1" | grep -o '<Counters [^>]*>' | awk '
        NR == 1 {
            for (i = 2; i <= NF; i++) {
                if (split($i, kv, "=") == 2) { v = kv[2]; gsub(/[^0-9]/, "", v); c[kv[1]] = v + 0 }
            }
        }
        END {
            if (NR == 0) { print "none"; exit }
            print c["passed"] + 0, c["failed"] + c["error"] + c["timeout"] + c["aborted"] + 0, c["notExecuted"] + c["inconclusive"] + 0
        }' || true
}

summary() {
    local status=$1 passed=0 failed=0 skipped=0 p f s trx
    trap - EXIT
    set +e
    if [ -n "$results" ] && [ -d "$results" ]; then
        while IFS= read -r trx; do
            read -r p f s <<< "$(counters "$trx")"
            if [ "$p" = none ]; then
                echo "test.sh: $trx holds no test counters" >&2
                broken=$((broken + 1))
                continue
            fi
            passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
        done < <(find "$results" -name '*.trx' -type f | sort)
    fi
    if [ "$status" -ne 0 ] && [ "$broken" -eq 0 ] && [ "$failed" -eq 0 ]; then
        echo "test.sh: stopped with exit code $status" >&2
        broken=1
    fi
    if [ "$broken" -eq 0 ] && [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
        echo "test.sh: no test ran" >&2
        broken=1
    fi
    failed=$((failed + broken))
    local line="$passed passed, $failed failed"
    if [ "$skipped" -gt 0 ]; then
        line="$line, $skipped skipped"
    fi
    echo "$line"
    if [ "$failed" -gt 0 ]; then
        exit 1
    fi
    exit 0
}

# Whatever ends the script (a failed step, set -u, Ctrl+C), the summary is its last line.
trap 'summary $?' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cd "$(dirname "$0")/.."
root=$PWD
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
    echo "test.sh: dotnet is not on PATH; install the .NET 10 SDK (global.json names the version)" >&2
    broken=1
    exit 1
fi

# Services the end-to-end tests need (each script is idempotent and prints where it listens). Without
# them those tests cannot pass, so a failing script ends the run.
for svc in scripts/services/*.sh; do
    [ -e "$svc" ] || continue
    rc=0
    bash "$svc" || rc=$?
    if [ "$rc" -ne 0 ]; then
        echo "test.sh: $svc failed (exit code $rc); the tests that need it cannot run" >&2
        broken=1
        exit 1
    fi
done

rc=0
dotnet build UniPass.Gateway.sln -c Release -nologo -clp:ErrorsOnly || rc=$?
if [ "$rc" -ne 0 ]; then
    echo "test.sh: the build failed (exit code $rc)" >&2
    broken=1
    exit 1
fi

for proj in tests/*/*.Tests.csproj; do
    name=$(basename "$proj" .csproj)
    trx="$results/$name.trx"
    rc=0
    dotnet test "$proj" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || rc=$?
    [ "$rc" -eq 0 ] && continue
    # A failed test is counted from the TRX (and a TRX without counters by the summary); a run that failed
    # without naming a failed test (a crash, a hang, no results) is counted here.
    if [ ! -f "$trx" ]; then
        echo "test.sh: $proj: dotnet test exited with $rc and left no results" >&2
        broken=$((broken + 1))
        continue
    fi
    counted=$(counters "$trx")
    read -r _ f _ <<< "$counted"
    if [ "$counted" != none ] && [ "$f" -eq 0 ]; then
        echo "test.sh: $proj: dotnet test exited with $rc but its results name no failed test" >&2
        broken=$((broken + 1))
    fi
done
