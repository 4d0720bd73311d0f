#!/usr/bin/env bash
# Sets up what is missing and runs every test: formatting, lints, type-checks,
# Rust unit and integration tests, UI unit tests, and the end-to-end test in
# the real app under Xvfb. Ends with one summary line.
source "$(dirname "$0")/common.sh"

passed=0; failed=0; failed_stages=()
log_dir="$(mktemp -d)"

# Runs one stage; counts its tests from the runner's own summary lines.
stage() {
  local name="$1"; shift
  local log="$log_dir/${name// /-}.log"
  echo "==> $name"
  "$@" >"$log" 2>&1
  local rc=$?
  local p f
  p=$( { grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | grep -Eo '[0-9]+ passed' | grep -Eo '[0-9]+';
         grep -E '^ +Tests +' "$log" | grep -Eo '[0-9]+ passed' | grep -Eo '[0-9]+';
         grep -E '^ℹ pass [0-9]+' "$log" | grep -Eo '[0-9]+'; } | paste -sd+ | bc 2>/dev/null)
  f=$( { grep -Eo '[0-9]+ failed' "$log" | grep -Eo '[0-9]+';
         grep -E '^ℹ fail [0-9]+' "$log" | grep -Eo '[0-9]+'; } | paste -sd+ | bc 2>/dev/null)
  p=${p:-0}; f=${f:-0}
  if [ "$rc" -ne 0 ]; then
    cat "$log"
    failed_stages+=("$name")
    [ "$f" -eq 0 ] && f=1   # a check without a test count (fmt, lint) counts as one
  elif [ "$p" -eq 0 ]; then
    p=1                     # a check without a test count that passed
  fi
  passed=$((passed + p)); failed=$((failed + f))
  echo "    $name: $p passed, $f failed"
}

# The Word and workbook tests open the files in LibreOffice (headless).
SYSTEM_PACKAGES+=(libreoffice-writer-nogui libreoffice-calc-nogui fonts-dejavu-core)
# The phones' end-to-end test drives Debian's Chromium as the phones.
SYSTEM_PACKAGES+=(chromium-driver)
# The package check validates the .deb's desktop entry and MIME type.
SYSTEM_PACKAGES+=(desktop-file-utils shared-mime-info)
# The desktop end-to-end test presses real keys on the X display.
SYSTEM_PACKAGES+=(xdotool)
ensure_system_packages
ensure_toolchains
command -v bc >/dev/null || as_root apt-get install -y -qq bc >/dev/null
ensure_ui_packages
ensure_e2e_tools

build_ui
set +e   # from here on a failing stage is counted, and the run goes on
stage "cargo fmt" cargo fmt --all --check
stage "cargo clippy" cargo clippy --locked --workspace --all-targets --features smo-workbench/custom-protocol -- -D warnings
stage "ui type-check" bash -c "cd ui && npm run --silent check"
stage "ui lint" bash -c "cd ui && npm run --silent lint"
stage "rust tests" cargo test --locked --workspace --features smo-workbench/custom-protocol
stage "ui unit tests" bash -c "cd ui && NO_COLOR=1 npx vitest run"
stage "app build" cargo build --locked -p smo-workbench -p smo-bench --features smo-workbench/custom-protocol
stage "end-to-end" bash -c "cd tests/e2e && xvfb-run -a -s '-screen 0 3968x1200x24' npm test"
stage "package" scripts/check-package.sh
# The benchmark harness on a tiny input: it must run and fill every row; the
# numbers are not judged (benchmarks are not timed tests).
stage "benchmark harness" bash -c "scripts/bench.sh --tiny && grep -Eq '^\| Cold start .*median [0-9.]+ ms' target/bench-tiny/BENCHMARKS.md && grep -Eq '^\| Cold start .*bare Tauri window.*the floor [0-9.]+ ms: \*\*-?[0-9.]+ ms\*\* ours' target/bench-tiny/BENCHMARKS.md && grep -Eq '^\| Memory, .*on the home list.*the floor [0-9]+ MB .*\*\*-?[0-9]+ MB\*\* ours' target/bench-tiny/BENCHMARKS.md && grep -Eq '^\| Headless Chromium .*median [0-9.]+ ms' target/bench-tiny/BENCHMARKS.md && grep -Eq '^\| Import, .*[0-9.]+×\*\* for ten times' target/bench-tiny/BENCHMARKS.md && grep -Eq '^\| Phones: .*p50 [0-9.]+ ms, p99 [0-9.]+ ms; 0 of [0-9]+ lost' target/bench-tiny/BENCHMARKS.md && grep -Eq '^\| Key press → the chosen level drawn.*p50 [0-9.]+ ms, p99 [0-9.]+ ms' target/bench-tiny/BENCHMARKS.md"

echo
if [ "${#failed_stages[@]}" -gt 0 ]; then echo "failed stages: ${failed_stages[*]}"; fi
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
