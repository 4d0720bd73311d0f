#!/usr/bin/env bash
# Sets up what is missing, builds the release app, its .deb and the benchmark
# tool, and runs every benchmark under Xvfb: prints one table and writes it to
# BENCHMARKS.md with the machine and the budget. Takes about 15 minutes from a
# clean build on 2 cores (most of it compiling), a few minutes after that.
#
#   scripts/bench.sh           the real run: writes BENCHMARKS.md
#   scripts/bench.sh --tiny    checks the harness on a tiny input (fast; debug
#                              builds; writes target/bench-tiny/BENCHMARKS.md)
source "$(dirname "$0")/common.sh"

tiny=false
[ "${1:-}" = "--tiny" ] && tiny=true
target="${CARGO_TARGET_DIR:-target}"

ensure_system_packages
ensure_toolchains
ensure_ui_packages
ensure_e2e_tools
build_ui

if $tiny; then
  echo "==> building (debug)"
  cargo build --locked -p smo-workbench --features custom-protocol --bins --example smo-floor
  cargo build --locked -p smo-bench
  out="$ROOT/target/bench-tiny"
  mkdir -p "$out"
  exec xvfb-run -a -s '-screen 0 1440x900x24' node tests/e2e/bench.js --tiny \
    --app "$target/debug/smo-workbench" --floor "$target/debug/examples/smo-floor" --bench-bin "$target/debug/smo-bench" \
    --out "$out" --report "$out/BENCHMARKS.md"
fi

echo "==> building the release app and its .deb (the first build takes several minutes)"
deb="$(scripts/package.sh)"
echo "==> building the floor, a bare Tauri window, and the benchmark tool (release)"
cargo build --release --locked -p smo-workbench --features custom-protocol --example smo-floor
cargo build --release --locked -p smo-bench
exec xvfb-run -a -s '-screen 0 1440x900x24' node tests/e2e/bench.js \
  --app "$target/release/smo-workbench" --floor "$target/release/examples/smo-floor" --bench-bin "$target/release/smo-bench" \
  --deb "$deb" --out "$ROOT/target/bench" --report "$ROOT/BENCHMARKS.md"
