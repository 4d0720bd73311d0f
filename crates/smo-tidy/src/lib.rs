//! The checks that keep ARCHITECTURE.md true, as tests (`tests/tidy.rs`):
//! which crates may depend on rusqlite, Tauri and printpdf; that smo-core
//! cannot read the clock or make random ids; that every crate is in the code
//! map; and that every source file opens by saying what it is. This crate has
//! no code of its own.
