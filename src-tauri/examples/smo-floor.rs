//! The benchmark's floor (`scripts/bench.sh`): a bare Tauri window with the
//! same Tauri, features, window and content security policy as the app, whose
//! static page reports its first painted frame the way the app's does. What
//! the app takes beyond it is ours.

fn main() {
    // As the app's main(): the same WebKit settings.
    smo_workbench_lib::webkit_environment::apply();
    smo_workbench_lib::run_floor();
}
