//! Charts as pictures: the SVG the screen shows (`smo-chart`'s geometry),
//! drawn by resvg at print resolution with the documents' own typefaces,
//! all of a document's charts at once on the machine's cores.

use std::collections::HashMap;
use std::sync::Arc;

use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg;
use smo_chart::Chart;

use crate::body::ChartPainter;

/// Pixels per point: 4 gives 288 dots per inch at the chart's printed size.
const SCALE: f32 = 4.0;
/// The same, as pixels per metre for the PNG's pHYs chunk (288 dpi).
const PIXELS_PER_METRE: u32 = 11_339;

/// Draws charts with the embedded typefaces only (never the machine's).
struct Raster {
    options: usvg::Options<'static>,
}

impl Raster {
    fn new() -> Raster {
        let mut fonts = usvg::fontdb::Database::new();
        for face in [
            smo_fonts::NOTO_SANS_REGULAR,
            smo_fonts::NOTO_SANS_BOLD,
            smo_fonts::DEJAVU_SANS,
        ] {
            // Read in place from the binary, never copied.
            fonts.load_font_source(usvg::fontdb::Source::Binary(Arc::new(face)));
        }
        fonts.set_sans_serif_family("Noto Sans");
        let options = usvg::Options {
            font_family: "Noto Sans".into(),
            fontdb: Arc::new(fonts),
            ..usvg::Options::default()
        };
        Raster { options }
    }

    /// `chart` as an opaque RGB PNG that says its resolution.
    fn png(&self, chart: &Chart) -> Result<Vec<u8>, String> {
        let svg = smo_chart::svg::to_svg(chart, "chart");
        let tree = usvg::Tree::from_str(&svg, &self.options).map_err(|e| e.to_string())?;
        let size = tree.size();
        let (w, h) = (
            (size.width() * SCALE).ceil() as u32,
            (size.height() * SCALE).ceil() as u32,
        );
        let mut pixmap = Pixmap::new(w.max(1), h.max(1))
            .ok_or_else(|| format!("a {w} × {h} picture is too large"))?;
        pixmap.fill(Color::WHITE);
        resvg::render(
            &tree,
            Transform::from_scale(SCALE, SCALE),
            &mut pixmap.as_mut(),
        );
        // On white every pixel is opaque: three channels are enough.
        let rgb: Vec<u8> = pixmap
            .data()
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        encoder.set_pixel_dims(Some(png::PixelDimensions {
            xppu: PIXELS_PER_METRE,
            yppu: PIXELS_PER_METRE,
            unit: png::Unit::Meter,
        }));
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }
}

/// Every chart of a document drawn before the body is written, spread over
/// the available cores; the body then takes each by identity.
pub(crate) struct Painted<'a> {
    pictures: HashMap<*const Chart, Result<Vec<u8>, String>>,
    _charts: std::marker::PhantomData<&'a Chart>,
}

impl<'a> Painted<'a> {
    /// Draws `charts`.
    pub(crate) fn all(charts: &[&'a Chart]) -> Painted<'a> {
        let raster = Raster::new();
        let threads = std::thread::available_parallelism()
            .map_or(1, std::num::NonZero::get)
            .clamp(1, 8)
            .min(charts.len().max(1));
        let per_thread = charts.len().div_ceil(threads).max(1);
        let drawn: Vec<Result<Vec<u8>, String>> = std::thread::scope(|scope| {
            let raster = &raster;
            let workers: Vec<_> = charts
                .chunks(per_thread)
                .map(|chunk| {
                    scope.spawn(move || chunk.iter().map(|c| raster.png(c)).collect::<Vec<_>>())
                })
                .collect();
            workers
                .into_iter()
                .zip(charts.chunks(per_thread))
                .flat_map(|(w, chunk)| {
                    w.join()
                        .unwrap_or_else(|_| vec![Err("drawing it failed".to_owned()); chunk.len()])
                })
                .collect()
        });
        let pictures = charts
            .iter()
            .map(|c| std::ptr::from_ref::<Chart>(c))
            .zip(drawn)
            .collect();
        Painted {
            pictures,
            _charts: std::marker::PhantomData,
        }
    }
}

impl ChartPainter for Painted<'_> {
    fn paint(&mut self, chart: &Chart) -> Result<Vec<u8>, String> {
        self.pictures
            .remove(&std::ptr::from_ref(chart))
            .unwrap_or_else(|| Err("it was not drawn".to_owned()))
    }
}
