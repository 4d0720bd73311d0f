//! SMO Workbench's PDF renderer: the charter, the roadmap and the assessment
//! report that executives read, drawn from the `smo-doc` trees.
//!
//! - [`fonts`]: the embedded typeface (Noto Sans, OFL) and its metrics;
//! - [`layout`]: our layout layer (wrapping, page breaks, tables with repeated
//!   headers, charts, running header and footer);
//! - [`draw`]: `smo-chart` charts drawn as vectors, the same geometry as the screen;
//! - [`assemble`]: fonts, metadata, outline and a content-derived file id;
//! - [`documents`]: a `smo-doc` tree drawn as a PDF (cover, contents,
//!   blocks, running header and footer).
//!
//! Everything is deterministic: the export time is passed in, ids are fixed or
//! derived from content, so the same workshop at the same time gives the same bytes.

pub mod assemble;
pub mod documents;
pub mod draw;
pub mod fonts;
pub mod layout;
pub mod logo;

pub use documents::{render, Export, ExportOptions, Pdf, PdfError};
pub use layout::Paper;
