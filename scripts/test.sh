#!/usr/bin/env bash
# Runs every test: all .NET test projects (unit and integration) and the browser tests.
# Fails (non-zero) when any part fails or a required component is missing; nothing is skipped.
# The last line is always "N passed, N failed" (sum over the .NET TRX files and node --test).
#
# Environment (optional):
#   CHROMIUM_PATH   Chromium for the browser tests (default /usr/bin/chromium)
#   CONFIGURATION   build configuration (default Debug, the same as scripts/dev.sh)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/common.sh
source "$REPO_ROOT/scripts/lib/common.sh"

CONFIGURATION="${CONFIGURATION:-Debug}"
RESULTS_DIR="$REPO_ROOT/TestResults"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

passed=0
failed=0
failed_stages=()

summary() {
    local rc=$?
    trap - EXIT
    if ((${#failed_stages[@]} > 0)); then
        printf '\033[1;31mFAILED:\033[0m %s\n' "${failed_stages[*]}"
        rc=1
    fi
    echo "$passed passed, $failed failed"
    exit "$rc"
}
trap summary EXIT

# A stage that fails without producing test results still counts as one failure in the summary.
stage_failed() {
    failed_stages+=("$1")
    failed=$((failed + 1))
}

cd "$REPO_ROOT"
require_tools
ensure_node_modules

missing=()
[[ -x node_modules/.bin/azurite-table ]] || missing+=("node_modules/.bin/azurite-table (npm package azurite)")
[[ -x node_modules/.bin/agentsplayground ]] || missing+=("node_modules/.bin/agentsplayground (npm package @microsoft/m365agentsplayground)")
[[ -f node_modules/playwright-core/package.json ]] || missing+=("node_modules/playwright-core")
[[ -x "$CHROMIUM_PATH" ]] || missing+=("Chromium at $CHROMIUM_PATH (Debian: apt-get install chromium, or set CHROMIUM_PATH)")
if ((${#missing[@]} > 0)); then
    for item in "${missing[@]}"; do warn "missing: $item"; done
    stage_failed "required components missing"
    exit 1
fi

rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR/browser"

say "dotnet build WorkshopBot.sln -c $CONFIGURATION"
if ! dotnet build WorkshopBot.sln -c "$CONFIGURATION" --nologo -clp:NoSummary; then
    stage_failed "dotnet build"
    exit 1
fi

say "dotnet test WorkshopBot.sln (unit and integration)"
dotnet_rc=0
dotnet test WorkshopBot.sln -c "$CONFIGURATION" --no-build --nologo \
    --results-directory "$RESULTS_DIR" --logger trx --logger "console;verbosity=normal" \
    || dotnet_rc=$?

# Sum the counters of every TRX file this run wrote (one per test project).
read -r trx_files trx_passed trx_failed trx_skipped < <(node -e '
    const fs = require("fs"), path = require("path");
    const dir = process.argv[1];
    let files = 0, passed = 0, failed = 0, skipped = 0;
    for (const name of fs.readdirSync(dir)) {
        if (!name.endsWith(".trx")) continue;
        const xml = fs.readFileSync(path.join(dir, name), "utf8");
        const counters = /<Counters\b([^>]*)\/?>/.exec(xml);
        if (!counters) continue;
        const attr = (key) => Number((new RegExp(`\\b${key}="(\\d+)"`).exec(counters[1]) ?? [0, 0])[1]);
        files++;
        passed += attr("passed");
        failed += attr("failed") + attr("error") + attr("timeout") + attr("aborted");
        skipped += attr("notExecuted");
    }
    console.log(files, passed, failed, skipped);
' "$RESULTS_DIR")
passed=$((passed + trx_passed))
failed=$((failed + trx_failed))
if ((trx_skipped > 0)); then
    warn "$trx_skipped .NET test(s) were not executed (skipped); skipping is not allowed here."
    stage_failed "skipped .NET tests"
fi
if ((dotnet_rc != 0)); then
    if ((trx_failed == 0)); then
        stage_failed "dotnet test (exit code $dotnet_rc without failed tests: a test host crashed or a project did not run)"
    else
        failed_stages+=("dotnet test")
    fi
elif ((trx_files == 0)); then
    warn "dotnet test wrote no TRX file."
fi

mapfile -t browser_tests < <(find tests/browser -name '*.test.mjs' -type f 2>/dev/null | sort)
if ((${#browser_tests[@]} > 0)); then
    say "node --test tests/browser/ (${#browser_tests[@]} file(s), Chromium: $CHROMIUM_PATH)"
    node_rc=0
    node --test --test-concurrency=1 \
        --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=tap --test-reporter-destination="$RESULTS_DIR/browser/node-test.tap" \
        "${browser_tests[@]}" || node_rc=$?
    node_passed="$(sed -n 's/^# pass \([0-9][0-9]*\)$/\1/p' "$RESULTS_DIR/browser/node-test.tap" | tail -n 1)"
    node_failed="$(sed -n 's/^# fail \([0-9][0-9]*\)$/\1/p' "$RESULTS_DIR/browser/node-test.tap" | tail -n 1)"
    node_skipped="$(sed -n 's/^# skipped \([0-9][0-9]*\)$/\1/p' "$RESULTS_DIR/browser/node-test.tap" | tail -n 1)"
    passed=$((passed + ${node_passed:-0}))
    failed=$((failed + ${node_failed:-0}))
    if ((${node_skipped:-0} > 0)); then
        stage_failed "skipped browser tests"
    fi
    if ((node_rc != 0)); then
        if ((${node_failed:-0} == 0)); then
            stage_failed "node --test (exit code $node_rc without failed tests)"
        else
            failed_stages+=("browser tests")
        fi
    fi
else
    say "No browser tests in tests/browser (nothing matches *.test.mjs)."
fi
