//! SMO Workbench persistence: every workshop lives in one SQLite file in the
//! user's data directory.
//!
//! - [`DataDir`] decides where that file is (`SMO_WORKBENCH_DATA_DIR` wins).
//! - [`Store`] opens it, refuses a database written by a newer version without
//!   writing to it, applies the embedded, append-only migrations, and offers one
//!   method per user-visible operation. Every write is one transaction.
//!
//! This is the only crate that speaks SQL.

pub mod backup;
mod codec;
mod data_dir;
mod error;
mod input_file;
mod migrations;
mod store;
pub mod word_template;

pub use data_dir::{DataDir, DATA_DIR_ENV};
pub use error::StoreError;
pub use input_file::read_input_file;
pub use migrations::SCHEMA_VERSION;
pub use store::{
    parse_workshop_file, read_workshop_file, Clock, ConnectionSettings, OnConflict, Store,
    StoreInfo, MAX_FILE_BYTES,
};
