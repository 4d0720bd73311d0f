//! The `smo-workbench` binary: prepares the process environment, then hands
//! over to the library, where the app is assembled.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // First, while no other thread exists: WebKit's settings (see the module).
    smo_workbench_lib::webkit_environment::apply();
    smo_workbench_lib::run();
}
