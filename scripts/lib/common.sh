# Shared helpers for scripts/dev.sh, scripts/test.sh and .ci/run. Source it; do not run it.
# Expects `set -euo pipefail` in the caller and REPO_ROOT to be set.

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33mwarning:\033[0m %s\n' "$*" >&2; }
die() {
    printf '\033[1;31merror:\033[0m %s\n' "$*" >&2
    exit 1
}

require_command() {
    local cmd="$1" hint="$2"
    command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' was not found on PATH. $hint"
}

require_tools() {
    if ((BASH_VERSINFO[0] < 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] < 4))); then
        die "bash $BASH_VERSION is too old; these scripts need bash 4.4 or newer (on macOS: brew install bash)."
    fi
    require_command node "Install Node.js 20 or newer (https://nodejs.org or your package manager)."
    require_command npm "Install npm (it ships with Node.js)."
    require_command dotnet "Install the .NET 10 SDK (https://dotnet.microsoft.com/download)."
    local node_major
    node_major="$(node -p 'process.versions.node.split(".")[0]')"
    if ((node_major < 20)); then
        die "Node.js $(node --version) is too old; version 20 or newer is needed."
    fi
}

# True when node_modules matches package-lock.json exactly (same packages, same versions).
# npm keeps a copy of what it installed in node_modules/.package-lock.json; comparing contents
# (not timestamps) is what makes a fresh clone or a branch switch trigger `npm ci`.
node_modules_current() {
    [[ -f "$REPO_ROOT/node_modules/.package-lock.json" ]] || return 1
    node -e '
        const lock = require(process.argv[1]).packages ?? {};
        const installed = require(process.argv[2]).packages ?? {};
        for (const [path, entry] of Object.entries(lock)) {
            if (path === "") continue;
            const have = installed[path];
            if (!have) { if (entry.optional) continue; process.exit(1); }
            if (have.version !== entry.version) process.exit(1);
        }
    ' "$REPO_ROOT/package-lock.json" "$REPO_ROOT/node_modules/.package-lock.json"
}

ensure_node_modules() {
    if node_modules_current; then
        return 0
    fi
    if [[ -L "$REPO_ROOT/node_modules" ]]; then
        # npm ci deletes node_modules first; through a symlink that would wipe someone else's install.
        die "node_modules is a symlink to $(readlink -f "$REPO_ROOT/node_modules") and does not match package-lock.json. Run 'npm ci' in that folder."
    fi
    say "Installing the pinned Node tools (npm ci)"
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund) || die "npm ci failed (see above)."
}

# Prints the first local TCP port that nothing listens on, from a kernel-assigned ephemeral port.
free_port() {
    node -e '
        const s = require("net").createServer();
        s.listen(0, "127.0.0.1", () => { process.stdout.write(String(s.address().port)); s.close(); });
    '
}

port_in_use() {
    local port="$1"
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

# wait_http URL TIMEOUT_SECONDS PID NAME LOGFILE: any HTTP answer counts as ready.
wait_http() {
    local url="$1" timeout="$2" pid="$3" name="$4" log="$5"
    local deadline=$((SECONDS + timeout))
    while ((SECONDS < deadline)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            warn "$name exited during startup. Last lines of $log:"
            tail -n 30 "$log" >&2 || true
            return 1
        fi
        if node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) }).then(() => process.exit(0), () => process.exit(1))' "$url" 2>/dev/null; then
            return 0
        fi
        sleep 0.5
    done
    warn "$name did not answer on $url within ${timeout}s. Last lines of $log:"
    tail -n 30 "$log" >&2 || true
    return 1
}

# wait_for_exit PID TIMEOUT_SECONDS: 0 when the process is gone in time.
wait_for_exit() {
    local pid="$1" timeout="$2"
    local deadline=$((SECONDS + timeout))
    while kill -0 "$pid" 2>/dev/null; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
    wait "$pid" 2>/dev/null || true
    return 0
}

azurite_connection_string() {
    local port="$1"
    # The well-known Azurite development account key (public, documented by Microsoft).
    printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
        'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==' "$port"
}
