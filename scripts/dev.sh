#!/usr/bin/env bash
# Local developer loop: Azurite (Table storage) + the bot host + the Microsoft 365 Agents Playground,
# all on 127.0.0.1, with the Teams-behaviour layer (scripts/lib/teams-behaviour.mjs) between the
# Playground and the bot: it sends the viewer's locale, performs Teams' automatic refresh of
# user-specific card views and opens "Bord openen" as the viewer (docs/playground.md).
# Ctrl-C (or SIGTERM) stops everything; Azurite gets SIGINT so it flushes to disk.
#
# Environment (all optional):
#   AZURITE_PORT     Table service port           (default 10002)
#   BOT_PORT         bot host port                (default 3978)
#   PLAYGROUND_PORT  Agents Playground port       (default 56150)
#   LAYER_PORT       Teams-behaviour layer port   (default 3979)
#   TEAMS_LOCALE     locale the bot receives      (default nl-NL; the Playground itself always sends en-US)
#   TEAMS_VIEWER     whose own card views the page shows (a name or id from .m365agentsplayground.yml;
#                    default the Playground's current user; switch at run time on http://127.0.0.1:$LAYER_PORT/_teams)
#   DEV_FOLLOW_LOGS  1 = print the bot log here   (default 1; 0 to keep the terminal quiet)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/common.sh
source "$REPO_ROOT/scripts/lib/common.sh"

AZURITE_PORT="${AZURITE_PORT:-10002}"
BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
LAYER_PORT="${LAYER_PORT:-3979}"
TEAMS_LOCALE="${TEAMS_LOCALE:-nl-NL}"
TEAMS_VIEWER="${TEAMS_VIEWER:-}"
DEV_FOLLOW_LOGS="${DEV_FOLLOW_LOGS:-1}"

DATA_DIR="$REPO_ROOT/.data"
LOG_DIR="$DATA_DIR/logs"
PLAYGROUND_CONFIG="$REPO_ROOT/.m365agentsplayground.yml"

AZURITE_PID=""
BOT_PID=""
PLAYGROUND_PID=""
LAYER_PID=""
TAIL_PID=""

# Every component runs in its own process group (setsid), so a stop signal reaches its children
# (dotnet run starts the app as a child) and Ctrl-C in this terminal reaches only this script,
# which then stops the components in order. Without setsid (macOS), job control does the same.
if command -v setsid >/dev/null 2>&1; then
    NEW_GROUP=setsid
else
    NEW_GROUP=env
    set -m
fi
stop_group() {
    local pid="$1" signal="$2" name="$3" timeout="$4"
    [[ -n "$pid" ]] || return 0
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    say "Stopping $name"
    kill "-$signal" -- "-$pid" 2>/dev/null || true
    local deadline=$((SECONDS + timeout))
    while kill -0 -- "-$pid" 2>/dev/null; do
        if ((SECONDS >= deadline)); then
            warn "$name did not stop within ${timeout}s after SIG$signal; sending SIGKILL."
            kill -KILL -- "-$pid" 2>/dev/null || true
            break
        fi
        sleep 0.2
    done
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    # A second Ctrl-C (or a TERM from a supervisor on top of ours) must not kill this script halfway and
    # leave the components running; every stop below ends in SIGKILL after its timeout anyway.
    trap - EXIT
    trap '' INT TERM
    if [[ -n "$TAIL_PID" ]]; then
        kill "$TAIL_PID" 2>/dev/null || true
        wait "$TAIL_PID" 2>/dev/null || true
    fi
    stop_group "$PLAYGROUND_PID" TERM "the Agents Playground" 10
    stop_group "$LAYER_PID" TERM "the Teams-behaviour layer" 5
    stop_group "$BOT_PID" TERM "the bot host" 20
    # SIGINT, not SIGTERM: Azurite writes its in-memory changes to .data/azurite only on SIGINT.
    stop_group "$AZURITE_PID" INT "Azurite (flushing to .data/azurite)" 30
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

check_port_free() {
    local port="$1" name="$2" variable="$3"
    if port_in_use "$port"; then
        die "Port $port (for $name) is already in use on 127.0.0.1. Stop whatever uses it (is another scripts/dev.sh running?) or pick another port: $variable=<port> scripts/dev.sh"
    fi
}

require_tools
[[ -f "$PLAYGROUND_CONFIG" ]] || die "$PLAYGROUND_CONFIG is missing; the Playground would silently fall back to its built-in tenant."
check_port_free "$AZURITE_PORT" "Azurite" AZURITE_PORT
check_port_free "$BOT_PORT" "the bot host" BOT_PORT
check_port_free "$PLAYGROUND_PORT" "the Agents Playground" PLAYGROUND_PORT
check_port_free "$LAYER_PORT" "the Teams-behaviour layer" LAYER_PORT

ensure_node_modules
for bin in azurite-table agentsplayground; do
    [[ -x "$REPO_ROOT/node_modules/.bin/$bin" ]] || die "node_modules/.bin/$bin is missing after npm ci; check package.json."
done

say "Building the bot host (dotnet build)"
dotnet build "$REPO_ROOT/src/WorkshopBot.Web/WorkshopBot.Web.csproj" --nologo -v quiet -clp:ErrorsOnly \
    || die "dotnet build failed (see above)."

mkdir -p "$DATA_DIR/azurite" "$LOG_DIR"

say "Starting Azurite Table storage on 127.0.0.1:$AZURITE_PORT (data in .data/azurite)"
"$NEW_GROUP" "$REPO_ROOT/node_modules/.bin/azurite-table" \
    --tableHost 127.0.0.1 --tablePort "$AZURITE_PORT" \
    --skipApiVersionCheck --disableTelemetry \
    --location "$DATA_DIR/azurite" \
    >"$LOG_DIR/azurite.log" 2>&1 </dev/null &
AZURITE_PID=$!
wait_http "http://127.0.0.1:$AZURITE_PORT/devstoreaccount1/Tables" 30 "$AZURITE_PID" "Azurite" "$LOG_DIR/azurite.log" \
    || die "Azurite did not start."

say "Starting the Teams-behaviour layer on http://127.0.0.1:$LAYER_PORT (locale $TEAMS_LOCALE)"
# Between the Playground and the bot; the same code the end-to-end test tests/browser/teams-behaviour.test.mjs runs.
(
    cd "$REPO_ROOT"
    exec "$NEW_GROUP" node scripts/lib/teams-behaviour.mjs --port "$LAYER_PORT" \
        --bot "http://127.0.0.1:$BOT_PORT/api/messages" --playground "http://127.0.0.1:$PLAYGROUND_PORT" \
        --locale "$TEAMS_LOCALE" --viewer "$TEAMS_VIEWER"
) >"$LOG_DIR/teams-layer.log" 2>&1 </dev/null &
LAYER_PID=$!
wait_http "http://127.0.0.1:$LAYER_PORT/_teams/state" 15 "$LAYER_PID" "The Teams-behaviour layer" "$LOG_DIR/teams-layer.log" \
    || die "The Teams-behaviour layer did not start."

say "Starting the bot host on http://127.0.0.1:$BOT_PORT"
(
    cd "$REPO_ROOT"
    ConnectionStrings__Tables="$(azurite_connection_string "$AZURITE_PORT")" \
        ASPNETCORE_ENVIRONMENT=Development \
        Board__PublicBaseUrl="http://127.0.0.1:$LAYER_PORT" \
        Board__DevelopmentIdentity=true \
        DOTNET_NOLOGO=1 \
        exec "$NEW_GROUP" dotnet run --no-build --no-launch-profile --project src/WorkshopBot.Web \
        --urls "http://127.0.0.1:$BOT_PORT" --contentRoot "$REPO_ROOT/src/WorkshopBot.Web"
) >"$LOG_DIR/bot.log" 2>&1 </dev/null &
BOT_PID=$!
wait_http "http://127.0.0.1:$BOT_PORT/api/messages" 90 "$BOT_PID" "The bot host" "$LOG_DIR/bot.log" \
    || die "The bot host did not start."

say "Starting the Microsoft 365 Agents Playground on http://127.0.0.1:$PLAYGROUND_PORT (bot endpoint: the Teams-behaviour layer)"
# TEAMSAPPTESTER_BROWSER=none: do not open a browser; APPLICATION_INSIGHTS_NO_STATSBEAT=1 and
# --disable-telemetry: do not phone home. The config path is explicit because the Playground
# otherwise reads .m365agentsplayground.yml from its working directory, and silently uses a
# built-in tenant when that file is absent. loopback-only.cjs keeps it off the network: by itself
# it listens on every interface.
(
    cd "$REPO_ROOT"
    TEAMSAPPTESTER_BROWSER=none \
        APPLICATION_INSIGHTS_NO_STATSBEAT=1 \
        M365_AGENTS_PLAYGROUND_CONFIG_PATH="$PLAYGROUND_CONFIG" \
        M365_AGENTS_PLAYGROUND_LOGFILE="$LOG_DIR/playground-console.log" \
        exec "$NEW_GROUP" node --require ./scripts/lib/loopback-only.cjs node_modules/.bin/agentsplayground \
        -e "http://127.0.0.1:$LAYER_PORT/api/messages" -c msteams --disable-telemetry \
        -p "$PLAYGROUND_PORT" --service-url "http://127.0.0.1:$PLAYGROUND_PORT/_connector"
) >"$LOG_DIR/playground.log" 2>&1 </dev/null &
PLAYGROUND_PID=$!

# When its port is taken the Playground silently listens on another one, while the service URL
# it hands to the bot still names the requested port. Its first stdout line says where it listens.
deadline=$((SECONDS + 30))
actual_port=""
while [[ -z "$actual_port" ]]; do
    kill -0 "$PLAYGROUND_PID" 2>/dev/null || { tail -n 30 "$LOG_DIR/playground.log" >&2; die "The Playground exited during startup."; }
    ((SECONDS < deadline)) || die "The Playground did not report its port within 30s (see $LOG_DIR/playground.log)."
    actual_port="$(sed -n 's/^Listening on \([0-9][0-9]*\).*/\1/p' "$LOG_DIR/playground.log" | head -n 1)"
    [[ -n "$actual_port" ]] || sleep 0.3
done
if [[ "$actual_port" != "$PLAYGROUND_PORT" ]]; then
    die "The Playground was asked for port $PLAYGROUND_PORT but listens on $actual_port (the port was taken). Free port $PLAYGROUND_PORT or set PLAYGROUND_PORT."
fi
wait_http "http://127.0.0.1:$PLAYGROUND_PORT/_debug/ping" 30 "$PLAYGROUND_PID" "The Playground" "$LOG_DIR/playground.log" \
    || die "The Playground did not start."

expected_tenant="$(sed -n 's/^tenantId:[[:space:]]*"\{0,1\}\([^"[:space:]]*\).*/\1/p' "$PLAYGROUND_CONFIG" | head -n 1)"
loaded_tenant="$(node -e '
    fetch(process.argv[1]).then(r => r.json()).then(j => process.stdout.write(j.config.tenantId ?? ""), () => process.exit(1))
' "http://127.0.0.1:$PLAYGROUND_PORT/_internal/v1/testConfig")" || die "Could not read the Playground's test configuration."
if [[ "$loaded_tenant" != "$expected_tenant" ]]; then
    die "The Playground did not load $PLAYGROUND_CONFIG (tenant '$loaded_tenant', expected '$expected_tenant'). See $LOG_DIR/playground-console.log."
fi

# Who the Playground's user is and whose views the layer shows (TEAMS_VIEWER must be a mock user).
names="$(node -e '
    fetch(process.argv[1]).then(r => r.json()).then(j => process.stdout.write(j.currentUser.name + "\t" + j.viewer.name), () => process.exit(1))
' "http://127.0.0.1:$LAYER_PORT/_teams/state")" \
    || die "The Teams-behaviour layer cannot read the Playground's tenant (is TEAMS_VIEWER='$TEAMS_VIEWER' a user of .m365agentsplayground.yml?). See $LOG_DIR/teams-layer.log."
IFS=$'\t' read -r current_name viewer_name <<<"$names"

cat <<EOF

  WorkshopBot is running.

    Open the Agents Playground:  http://127.0.0.1:$PLAYGROUND_PORT
    Teams-behaviour layer:       http://127.0.0.1:$LAYER_PORT/_teams  (switch the viewer here)
    Bot endpoint:                http://127.0.0.1:$BOT_PORT/api/messages  (the Playground talks to the layer)
    Table storage (Azurite):     http://127.0.0.1:$AZURITE_PORT/devstoreaccount1  (data in .data/azurite)
    Logs:                        .data/logs/{azurite,bot,teams-layer,playground,playground-console}.log

  Locale sent to the bot: $TEAMS_LOCALE (the Playground's own en-US is replaced; TEAMS_LOCALE=en-US for English).
  The page shows the viewer's own card views: ${viewer_name}.
  The Playground's user is "$current_name" (project leader); the mock tenant is in .m365agentsplayground.yml.
  Press Ctrl-C to stop everything.

EOF

if [[ "$DEV_FOLLOW_LOGS" == "1" ]]; then
    tail -n 0 -F "$LOG_DIR/bot.log" &
    TAIL_PID=$!
fi

# Run until Ctrl-C / SIGTERM (handled by the traps) or until a component dies on its own.
set +e
wait -n
set -e
for entry in "Azurite:$AZURITE_PID:azurite" "the bot host:$BOT_PID:bot" "the Teams-behaviour layer:$LAYER_PID:teams-layer" "the Playground:$PLAYGROUND_PID:playground"; do
    IFS=: read -r name pid log <<<"$entry"
    if ! kill -0 "$pid" 2>/dev/null; then
        warn "$name stopped unexpectedly. Last lines of .data/logs/$log.log:"
        tail -n 30 "$LOG_DIR/$log.log" >&2 || true
    fi
done
exit 1
