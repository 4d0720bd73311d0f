//! Charts as pictures: the SVG the screen shows (`smo-chart`'s geometry),
//! drawn by resvg at print resolution with the documents' own typeface.

use std::sync::Arc;

use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg;
use smo_chart::Chart;

use crate::body::ChartPainter;

/// Pixels per point: 4 gives 288 dots per inch at the chart's printed size.
const SCALE: f32 = 4.0;

/// Draws charts with the embedded typefaces only (never the machine's).
pub(crate) struct Raster {
    options: usvg::Options<'static>,
}

impl Raster {
    pub(crate) fn new() -> Raster {
        let mut fonts = usvg::fontdb::Database::new();
        fonts.load_font_data(include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf").to_vec());
        fonts.load_font_data(include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf").to_vec());
        fonts.load_font_data(include_bytes!("../../../assets/fonts/DejaVuSans.ttf").to_vec());
        fonts.set_sans_serif_family("Noto Sans");
        let options = usvg::Options {
            font_family: "Noto Sans".into(),
            fontdb: Arc::new(fonts),
            ..usvg::Options::default()
        };
        Raster { options }
    }
}

impl ChartPainter for Raster {
    fn paint(&mut self, chart: &Chart) -> Result<Vec<u8>, String> {
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
        pixmap.encode_png().map_err(|e| e.to_string())
    }
}
