#!/usr/bin/env bash
# Sets up what is missing, builds SMO Workbench and launches it. The database
# lives in ~/.local/share/smo-workbench (or $SMO_WORKBENCH_DATA_DIR); on first
# launch it holds a sample workshop.
source "$(dirname "$0")/common.sh"
ensure_system_packages
ensure_toolchains
ensure_ui_packages
build_ui
echo "==> building the app (release; the first build takes a few minutes)"
cargo build --release --locked -p smo-workbench --features custom-protocol
exec "${CARGO_TARGET_DIR:-target}/release/smo-workbench" "$@"
