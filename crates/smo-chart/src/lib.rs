//! Chart geometry for SMO Workbench: the radar (current vs target) and the heat
//! map (practice × current / target / gap), computed once as plain shapes in
//! points so that the screen and the printed report always agree.
//!
//! - [`geometry`]: the vocabulary (a [`Chart`] is a size, a title, a description
//!   and a list of [`Shape`]s, y pointing down);
//! - [`palette`]: the colours, chosen to stay distinguishable in grayscale;
//! - [`radar`], [`heat_map`] and [`gap_bars`] (the gaps, largest first, at any
//!   number of practices): build charts from a [`smo_core::GapReport`];
//! - [`gantt`]: the roadmap timeline, for a "today" the caller passes in;
//! - [`trend`]: the average maturity of every assessment round;
//! - [`svg`]: writes a chart as a self-contained SVG document with a title and
//!   a description for screen readers and no inline styles (the app's content
//!   security policy forbids them).
//!
//! Like `smo-core`, this crate is pure: no I/O, no clock.

pub mod gantt;
pub mod gap_bars;
pub mod geometry;
pub mod heat_map;
pub mod palette;
pub mod radar;
pub mod svg;
pub mod trend;

pub use geometry::{Anchor, Chart, Frame, FrameError, Point, Shape, Stroke, TextStyle};
pub use palette::Rgb;
