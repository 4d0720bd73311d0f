//! What the app sets in its own environment before WebKitGTK starts: WebKit
//! reads these variables in the processes it spawns (the page's and the
//! network's), which inherit the app's environment. Declared once, here, and
//! set by the app's `main` and the benchmark's floor alike, so both run
//! WebKit the same way. A value the user set is never replaced.

/// One variable WebKitGTK, or its JavaScript engine, reads when it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct WebKitVariable {
    /// The variable's name.
    name: &'static str,
    /// What the app sets it to when the user has not.
    value: &'static str,
}

/// What the app sets, and why (measured on this app: see BENCHMARKS.md).
const WEBKIT_ENVIRONMENT: &[WebKitVariable] = &[
    // WebKitGTK's DMA-BUF renderer shows a blank window on many Linux GPU
    // and virtual-display setups.
    WebKitVariable {
        name: "WEBKIT_DISABLE_DMABUF_RENDERER",
        value: "1",
    },
    // JavaScriptCore's generational collection sizes its young generation
    // for web browsing (32 MB) and collects the old one only once it has
    // grown to twice that: on a page whose live heap is ~6 MB, each edit's
    // garbage (the store's reply, the redrawn step) that outlived one young
    // collection stayed until then, and the page held 40–65 MB more after a
    // session of 1,000 edits depending on where that cycle stood. Every
    // collection full: as many collections, the same pauses (1.4 ms median,
    // 6 ms at most, against 1.5 and 7.4), and the heap back to its live size
    // each time.
    WebKitVariable {
        name: "JSC_useGenerationalGC",
        value: "0",
    },
    // When JavaScriptCore collects is sized for web browsing too: at least
    // 32 MB allocated since the last collection, and up to four times the
    // live heap. On this page (6–8 MB live) that left up to ~25 MB of garbage,
    // with the closed screens' elements it still held, until the next
    // collection, and the session's memory read 273–295 MB depending on
    // where that cycle stood when it was read. At least 8 MB and up to twice
    // the live heap: collections at ~22 MB, and 271–278 MB in ten replays
    // (BENCHMARKS.md, "Memory, the collector's threshold"), with key presses
    // drawn as soon.
    WebKitVariable {
        name: "JSC_largeHeapSize",
        value: "8388608",
    },
    WebKitVariable {
        name: "JSC_heapGrowthMaxIncrease",
        value: "1",
    },
];

/// The variables of [`WEBKIT_ENVIRONMENT`] that `is_set` says the user has
/// not set: what [`apply`] sets.
fn missing(is_set: impl Fn(&str) -> bool) -> Vec<WebKitVariable> {
    WEBKIT_ENVIRONMENT
        .iter()
        .copied()
        .filter(|v| !is_set(v.name))
        .collect()
}

/// Sets each variable of [`WEBKIT_ENVIRONMENT`] the user has not set.
///
/// Call it first in `main`, before any thread starts: changing the
/// environment while another thread reads it is undefined behaviour in C.
pub fn apply() {
    if !cfg!(target_os = "linux") {
        return; // WebKitGTK is the webview on Linux only.
    }
    for variable in missing(|name| std::env::var_os(name).is_some()) {
        std::env::set_var(variable.name, variable.value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_variable_is_declared_once() {
        let mut names: Vec<_> = WEBKIT_ENVIRONMENT.iter().map(|v| v.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), WEBKIT_ENVIRONMENT.len());
    }

    #[test]
    fn a_value_the_user_set_is_kept() {
        let set = missing(|name| name == "JSC_useGenerationalGC");
        assert!(set.iter().all(|v| v.name != "JSC_useGenerationalGC"));
        assert!(set
            .iter()
            .any(|v| v.name == "WEBKIT_DISABLE_DMABUF_RENDERER" && v.value == "1"));
        assert_eq!(missing(|_| false), WEBKIT_ENVIRONMENT);
        assert!(missing(|_| true).is_empty());
    }
}
