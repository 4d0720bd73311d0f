//! The `smo-workbench` binary: prepares the process environment, then hands
//! over to the library, where the app is assembled.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // WebKitGTK's DMA-BUF renderer shows a blank window on many Linux GPU and
    // virtual-display setups; turn it off unless the user chose otherwise.
    // Safe to do here: no other thread exists yet.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    smo_workbench_lib::run();
}
