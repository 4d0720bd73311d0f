//! The client's logo as a PDF image: the PNG decoded (png crate) into 8-bit
//! RGB, or RGBA whose alpha becomes the image's soft mask.

use printpdf::{RawImage, RawImageData, RawImageFormat};
use smo_core::logo::Logo;

/// The logo's pixels, ready to embed; an error says why it cannot be read.
pub fn decode(logo: &Logo) -> Result<RawImage, String> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(logo.png()));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| "the image is too large to read".to_owned())?;
    let mut buf = vec![0; size];
    let info = reader.next_frame(&mut buf).map_err(|e| e.to_string())?;
    buf.truncate(info.buffer_size());
    let (pixels, format) = match info.color_type {
        png::ColorType::Rgb => (buf, RawImageFormat::RGB8),
        png::ColorType::Rgba => (buf, RawImageFormat::RGBA8),
        png::ColorType::Grayscale => (
            buf.iter().flat_map(|g| [*g, *g, *g]).collect(),
            RawImageFormat::RGB8,
        ),
        png::ColorType::GrayscaleAlpha => (
            buf.chunks(2)
                .flat_map(|ga| [ga[0], ga[0], ga[0], *ga.get(1).unwrap_or(&255)])
                .collect(),
            RawImageFormat::RGBA8,
        ),
        png::ColorType::Indexed => return Err("the palette was not expanded".to_owned()),
    };
    Ok(RawImage {
        pixels: RawImageData::U8(pixels),
        width: info.width as usize,
        height: info.height as usize,
        data_format: format,
        tag: Vec::new(),
    })
}
