#!/usr/bin/env bash
# The whole test suite: starts what the tests need, builds, runs every test project and
# prints one closing line "N passed, N failed[, N skipped]". Exit code non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Services the end-to-end tests need (each script is idempotent and prints where it listens).
for svc in scripts/services/*.sh; do
    [ -e "$svc" ] || continue
    bash "$svc"
done

dotnet build UniPass.Gateway.slnx -c Release -nologo -clp:ErrorsOnly
status=0
for proj in tests/*/*.Tests.csproj; do
    name=$(basename "$proj" .csproj)
    dotnet test "$proj" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=1
done

python3 - "$results" "$status" <<'PY'
import glob, re, sys
results, status = sys.argv[1], int(sys.argv[2])
totals = {"passed": 0, "failed": 0, "skipped": 0}
files = glob.glob(f"{results}/**/*.trx", recursive=True)
for path in files:
    text = open(path, encoding="utf-8").read()
    m = re.search(r"<Counters ([^>]*)>", text)
    if not m:
        continue
    c = dict(re.findall(r'(\w+)="(\d+)"', m.group(1)))
    totals["passed"] += int(c.get("passed", 0))
    totals["failed"] += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    totals["skipped"] += int(c.get("notExecuted", 0)) + int(c.get("inconclusive", 0))
if status != 0 and totals["failed"] == 0:
    totals["failed"] = 1  # the run broke outside a test (crash, build); never report green
line = f"{totals['passed']} passed, {totals['failed']} failed"
if totals["skipped"]:
    line += f", {totals['skipped']} skipped"
print(line)
sys.exit(1 if totals["failed"] else 0)
PY
