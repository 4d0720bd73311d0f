//! The client's logo for the documents' covers: a PNG image, checked before
//! it is kept (its signature, its header, its size), written into workshop
//! files as base64 text.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ValidationError;

/// The largest logo kept, in bytes.
pub const LOGO_MAX_BYTES: usize = 512 * 1024;

/// The widest or tallest logo kept, in pixels.
pub const LOGO_MAX_PIXELS: u32 = 4000;

const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];

/// A PNG image that passed [`Logo::from_png`]: the file's bytes and its size
/// in pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    png: Vec<u8>,
    width: u32,
    height: u32,
}

/// How large a logo is, in pixels (what the screens show of it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LogoSize {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

fn refuse(reason: &str) -> ValidationError {
    ValidationError::Text {
        what: "The logo".to_owned(),
        reason: reason.to_owned(),
    }
}

impl Logo {
    /// Checks that `png` is a PNG image of a sensible size.
    pub fn from_png(png: Vec<u8>) -> Result<Logo, ValidationError> {
        if png.len() > LOGO_MAX_BYTES {
            return Err(refuse(&format!(
                "is {} KB; a logo may be at most {} KB",
                png.len().div_ceil(1024),
                LOGO_MAX_BYTES / 1024
            )));
        }
        if png.get(..8) != Some(&SIGNATURE[..]) {
            return Err(refuse(
                "is not a PNG image (save it as PNG and choose it again)",
            ));
        }
        // The first chunk is the header: length 13, "IHDR", width, height.
        if png.get(12..16) != Some(&b"IHDR"[..]) {
            return Err(refuse("is a damaged PNG image (it has no header)"));
        }
        let number = |at: usize| {
            png.get(at..at + 4)
                .and_then(|b| b.try_into().ok())
                .map(u32::from_be_bytes)
        };
        let (Some(width), Some(height)) = (number(16), number(20)) else {
            return Err(refuse("is a damaged PNG image (its header is cut short)"));
        };
        if width == 0 || height == 0 || width > LOGO_MAX_PIXELS || height > LOGO_MAX_PIXELS {
            return Err(refuse(&format!(
                "is {width} × {height} pixels; a logo may be at most {LOGO_MAX_PIXELS} pixels each way"
            )));
        }
        Ok(Logo { png, width, height })
    }

    /// The PNG file's bytes.
    pub fn png(&self) -> &[u8] {
        &self.png
    }

    /// Its size in pixels.
    pub fn size(&self) -> LogoSize {
        LogoSize {
            width: self.width,
            height: self.height,
        }
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `bytes` as standard base64 with padding.
fn to_base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * k)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Standard base64 (padding optional, whitespace ignored) as bytes.
fn from_base64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in text
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b'=')
    {
        let v = ALPHABET.iter().position(|a| *a == c)?;
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

impl Serialize for Logo {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&to_base64(&self.png))
    }
}

impl<'de> Deserialize<'de> for Logo {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Logo, D::Error> {
        let text = String::deserialize(d)?;
        let bytes = from_base64(&text)
            .ok_or_else(|| serde::de::Error::custom("the logo is not base64 text"))?;
        Logo::from_png(bytes).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The smallest PNG header: signature, IHDR of `w` × `h`.
    pub(crate) fn png(w: u32, h: u32) -> Vec<u8> {
        let mut b = SIGNATURE.to_vec();
        b.extend_from_slice(&13u32.to_be_bytes());
        b.extend_from_slice(b"IHDR");
        b.extend_from_slice(&w.to_be_bytes());
        b.extend_from_slice(&h.to_be_bytes());
        b.extend_from_slice(&[8, 6, 0, 0, 0]);
        b
    }

    #[test]
    fn a_png_is_kept_with_its_size_and_anything_else_is_refused_with_why() {
        let logo = Logo::from_png(png(400, 120)).expect("a png");
        assert_eq!(
            logo.size(),
            LogoSize {
                width: 400,
                height: 120
            }
        );
        let said = |bytes: Vec<u8>| Logo::from_png(bytes).expect_err("refused").to_string();
        assert!(said(b"GIF89a....".to_vec()).contains("is not a PNG image"));
        assert!(said(SIGNATURE.to_vec()).contains("damaged"));
        assert!(said(png(5000, 10)).contains("at most 4000 pixels"));
        assert!(said(vec![0; LOGO_MAX_BYTES + 1]).contains("at most 512 KB"));
    }

    #[test]
    fn base64_round_trips_and_reads_what_others_write() {
        for n in 0..10 {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(from_base64(&to_base64(&bytes)), Some(bytes));
        }
        assert_eq!(to_base64(b"Man"), "TWFu");
        assert_eq!(to_base64(b"Ma"), "TWE=");
        assert_eq!(from_base64("TW\nE="), Some(b"Ma".to_vec()));
        assert_eq!(from_base64("T$"), None);
        let logo = Logo::from_png(png(2, 3)).expect("png");
        let json = serde_json::to_string(&logo).expect("json");
        assert_eq!(serde_json::from_str::<Logo>(&json).expect("back"), logo);
        assert!(serde_json::from_str::<Logo>("\"aGVsbG8=\"").is_err());
    }
}
