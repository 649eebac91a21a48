# Shared helpers for the run and test scripts. Sourced, not executed.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

# Installs the pinned npm tools (package-lock.json) when node_modules is missing or older than the lock file.
ensure_node_tools() {
  command -v node >/dev/null || { echo "Node.js ontbreekt: installeer Node 20 of nieuwer." >&2; exit 1; }
  if [ ! -d node_modules/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
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

# The tab's browser tests drive Debian's Chromium (never a downloaded browser): install it when missing.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  echo "chromium installeren (apt)…"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium >/dev/null
}
