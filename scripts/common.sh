# Shared by scripts/start.sh and scripts/test.sh: installs what is missing on a
# Debian 12 / Ubuntu 22.04+ machine. Safe to run again: it only installs what
# is not there yet.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SYSTEM_PACKAGES=(
  build-essential pkg-config curl file libssl-dev libxdo-dev
  libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev
  xvfb xauth x11-apps netpbm webkit2gtk-driver poppler-utils qpdf chromium
)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_system_packages() {
  local missing=()
  for p in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "==> installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_toolchains() {
  command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup (https://rustup.rs) and run again" >&2; exit 1; }
  command -v node >/dev/null || { echo "node not found: install Node.js 20.19 or newer and run again" >&2; exit 1; }
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
    || { echo "Node.js $(node --version) is too old: 20.19 or newer is needed" >&2; exit 1; }
}

ensure_ui_packages() {
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    echo "==> npm ci (ui)"
    (cd ui && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

build_ui() {
  echo "==> building the UI"
  (cd ui && npm run --silent build >/dev/null)
}

# What the end-to-end tests and the benchmarks drive the app with: WebdriverIO
# (npm) and tauri-driver (cargo).
ensure_e2e_tools() {
  if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
    echo "==> npm ci (tests/e2e)"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  fi
  if ! command -v tauri-driver >/dev/null && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
    echo "==> installing tauri-driver"
    cargo install --locked tauri-driver --version 2.1.0
  fi
}
