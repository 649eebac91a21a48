# Shared helpers for the run and test scripts. Sourced, not executed.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

# Installs the pinned npm tools (package-lock.json) when a pinned tool is missing or at another version. It compares
# versions, not file times: a fresh checkout's lock file is always newer, and npm ci on a node_modules symlink (a
# worktree sharing another checkout's tools) would empty the shared folder.
ensure_node_tools() {
  command -v node >/dev/null || { echo "Node.js ontbreekt: installeer Node 20 of nieuwer." >&2; exit 1; }
  if ! node -e '
    const pinned = require("./package.json").devDependencies;
    for (const [name, version] of Object.entries(pinned)) {
      try { if (require(`./node_modules/${name}/package.json`).version !== version) process.exit(1); } catch { process.exit(1); }
    }' 2>/dev/null; then
    echo "npm ci (azurite, agents playground, adaptivecards, app-manifest)…"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Waits until an HTTP endpoint answers (any status), or fails after $2 seconds.
wait_for_http() {
  local url="$1" timeout="${2:-60}" start=$SECONDS
  until curl -s -o /dev/null "$url"; do
    if (( SECONDS - start > timeout )); then echo "Geen antwoord van $url na ${timeout}s." >&2; return 1; fi
    sleep 0.3
  done
}

# Debian's Chromium for the browser tests (tests/CoopBot.Testing/ChromiumBrowser.cs), installed with apt when missing.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  echo "Chromium ontbreekt: apt-get install -y chromium…"
  if [ "$(id -u)" -ne 0 ]; then echo "Installeer Chromium als root: apt-get install -y chromium" >&2; exit 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null 2>&1 \
    || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null; }
}
