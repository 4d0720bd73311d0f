//! A firm's reference template (.docx or .dotx): its styles, theme (colours
//! and fonts), font table and running header and footer (with their logo)
//! replace ours in every Word export. A style the template lacks is added
//! from ours, so every paragraph still has the style it names.

use std::collections::BTreeSet;
use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::styles::{Style, TABLE_NORMAL};

/// What a reference template gives the documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// Its styles.xml.
    styles: String,
    /// The style ids it defines.
    style_ids: BTreeSet<String>,
    /// Its theme part, when it has one.
    pub(crate) theme: Option<Vec<u8>>,
    /// Its font table, when it has one.
    pub(crate) font_table: Option<Vec<u8>>,
    /// Its running header of the body's pages, when it has one.
    pub(crate) header: Option<ChromePart>,
    /// Its running footer, when it has one.
    pub(crate) footer: Option<ChromePart>,
}

/// A header or footer taken from the template with what it refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ChromePart {
    /// The part's XML.
    pub xml: Vec<u8>,
    /// Its relationships: id, type, target (rewritten to where the copied
    /// file goes in our package, relative to word/), and whether the target
    /// is outside the package.
    pub relationships: Vec<(String, String, String, bool)>,
    /// Files it refers to, copied: path inside word/ and bytes.
    pub files: Vec<(String, Vec<u8>)>,
}

/// Why a file cannot be used as a template.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// Not a zip package at all.
    #[error("The file is not a Word document (.docx or .dotx): {0}")]
    NotAPackage(String),
    /// A zip without Word's styles.
    #[error(
        "The file has no Word styles (word/styles.xml): it is not a Word document or template"
    )]
    NoStyles,
    /// A part that cannot be read.
    #[error("The template's {part} cannot be read: {why}")]
    Unreadable {
        /// Which part.
        part: String,
        /// Why.
        why: String,
    },
}

/// Parts larger than this are not read (a template is a few hundred KB).
const LARGEST_PART: u64 = 32 * 1024 * 1024;

impl Template {
    /// Reads a template from the bytes of a .docx or .dotx.
    pub fn from_docx(bytes: &[u8]) -> Result<Template, TemplateError> {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| TemplateError::NotAPackage(e.to_string()))?;
        let styles = match read_part(&mut zip, "word/styles.xml")? {
            Some(bytes) => String::from_utf8(bytes).map_err(|e| TemplateError::Unreadable {
                part: "styles".into(),
                why: e.to_string(),
            })?,
            None => return Err(TemplateError::NoStyles),
        };
        let style_ids = style_ids(&styles).map_err(|why| TemplateError::Unreadable {
            part: "styles".into(),
            why,
        })?;
        if !styles.contains("</w:styles>") {
            return Err(TemplateError::Unreadable {
                part: "styles".into(),
                why: "they do not use Word's usual `w:` prefix".into(),
            });
        }
        let theme = read_part(&mut zip, "word/theme/theme1.xml")?;
        let font_table = read_part(&mut zip, "word/fontTable.xml")?;
        let document = read_part(&mut zip, "word/document.xml")?.unwrap_or_default();
        let rels = read_part(&mut zip, "word/_rels/document.xml.rels")?.unwrap_or_default();
        let rels = relationships(&rels).map_err(|why| TemplateError::Unreadable {
            part: "relationships".into(),
            why,
        })?;
        let (header_id, footer_id) =
            default_chrome(&document).map_err(|why| TemplateError::Unreadable {
                part: "document".into(),
                why,
            })?;
        let mut chrome =
            |id: Option<String>, tag: &str| -> Result<Option<ChromePart>, TemplateError> {
                let Some(target) = id.and_then(|id| {
                    rels.iter()
                        .find(|(rid, _, _, _)| *rid == id)
                        .map(|(_, _, t, _)| t.clone())
                }) else {
                    return Ok(None);
                };
                chrome_part(&mut zip, &target, tag)
            };
        let header = chrome(header_id, "header")?;
        let footer = chrome(footer_id, "footer")?;
        Ok(Template {
            styles,
            style_ids,
            theme,
            font_table,
            header,
            footer,
        })
    }

    /// The template's styles.xml with every style the documents use that it
    /// lacks added from ours.
    pub(crate) fn styles_xml(&self) -> String {
        let mut missing = String::new();
        if !self.style_ids.contains("TableNormal") {
            missing.push_str(TABLE_NORMAL);
        }
        for style in Style::ALL {
            if !self.style_ids.contains(style.id()) {
                missing.push_str(&style.definition());
            }
        }
        let end = self
            .styles
            .rfind("</w:styles>")
            .unwrap_or(self.styles.len());
        format!("{}{}{}", &self.styles[..end], missing, &self.styles[end..])
    }

    /// Whether the template defines the style with this id.
    pub fn defines(&self, style_id: &str) -> bool {
        self.style_ids.contains(style_id)
    }
}

fn read_part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<Vec<u8>>, TemplateError> {
    let mut file = match zip.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => {
            return Err(TemplateError::Unreadable {
                part: name.into(),
                why: e.to_string(),
            })
        }
    };
    if file.size() > LARGEST_PART {
        return Err(TemplateError::Unreadable {
            part: name.into(),
            why: format!("it is larger than {} MB", LARGEST_PART / 1024 / 1024),
        });
    }
    let mut out = Vec::new();
    file.read_to_end(&mut out)
        .map_err(|e| TemplateError::Unreadable {
            part: name.into(),
            why: e.to_string(),
        })?;
    Ok(Some(out))
}

/// The ids of the styles defined in a styles.xml.
fn style_ids(styles: &str) -> Result<BTreeSet<String>, String> {
    let mut reader = Reader::from_str(styles);
    let mut ids = BTreeSet::new();
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"style" => {
                for a in e.attributes().flatten() {
                    if a.key.local_name().as_ref() == b"styleId" {
                        ids.insert(String::from_utf8_lossy(&a.value).into_owned());
                    }
                }
            }
            Event::Eof => return Ok(ids),
            _ => {}
        }
    }
}

/// A relationships part's entries: id, type, target, external.
fn relationships(xml: &[u8]) -> Result<Vec<(String, String, String, bool)>, String> {
    let mut reader = Reader::from_reader(xml);
    let mut out = Vec::new();
    let mut buf = Vec::new();
    loop {
        match reader
            .read_event_into(&mut buf)
            .map_err(|e| e.to_string())?
        {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"Relationship" => {
                let (mut id, mut kind, mut target, mut external) =
                    (String::new(), String::new(), String::new(), false);
                for a in e.attributes().flatten() {
                    let value = a.unescape_value().map_err(|e| e.to_string())?.into_owned();
                    match a.key.local_name().as_ref() {
                        b"Id" => id = value,
                        b"Type" => kind = value,
                        b"Target" => target = value,
                        b"TargetMode" => external = value == "External",
                        _ => {}
                    }
                }
                out.push((id, kind, target, external));
            }
            Event::Eof => return Ok(out),
            _ => {}
        }
        buf.clear();
    }
}

/// The relationship ids of the header and footer the document's last
/// section shows on its pages (type "default").
fn default_chrome(document: &[u8]) -> Result<(Option<String>, Option<String>), String> {
    let mut reader = Reader::from_reader(document);
    let (mut header, mut footer) = (None, None);
    let mut buf = Vec::new();
    loop {
        match reader
            .read_event_into(&mut buf)
            .map_err(|e| e.to_string())?
        {
            Event::Start(e) | Event::Empty(e) => {
                let which = match e.local_name().as_ref() {
                    b"headerReference" => &mut header,
                    b"footerReference" => &mut footer,
                    _ => {
                        buf.clear();
                        continue;
                    }
                };
                let (mut kind, mut id) = (String::from("default"), None);
                for a in e.attributes().flatten() {
                    let value = String::from_utf8_lossy(&a.value).into_owned();
                    match a.key.local_name().as_ref() {
                        b"type" => kind = value,
                        b"id" => id = Some(value),
                        _ => {}
                    }
                }
                if kind == "default" && id.is_some() {
                    *which = id;
                }
            }
            Event::Eof => return Ok((header, footer)),
            _ => {}
        }
        buf.clear();
    }
}

/// The header or footer at `target` (relative to word/) with the files it
/// refers to, renamed to stay apart from ours.
fn chrome_part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    target: &str,
    tag: &str,
) -> Result<Option<ChromePart>, TemplateError> {
    let target = target.trim_start_matches('/').trim_start_matches("word/");
    let Some(xml) = read_part(zip, &format!("word/{target}"))? else {
        return Ok(None);
    };
    let (folder, name) = match target.rsplit_once('/') {
        Some((folder, name)) => (format!("{folder}/"), name.to_owned()),
        None => (String::new(), target.to_owned()),
    };
    let rels = read_part(zip, &format!("word/{folder}_rels/{name}.rels"))?.unwrap_or_default();
    let rels = if rels.is_empty() {
        Vec::new()
    } else {
        relationships(&rels).map_err(|why| TemplateError::Unreadable {
            part: format!("{tag} relationships"),
            why,
        })?
    };
    let mut relationships = Vec::new();
    let mut files = Vec::new();
    for (n, (id, kind, to, external)) in rels.into_iter().enumerate() {
        if external {
            relationships.push((id, kind, to, true));
            continue;
        }
        let source = format!("word/{folder}{to}");
        let Some(bytes) = read_part(zip, &normalise(&source))? else {
            // A broken link in the template: leave it out rather than ship
            // a relationship to nothing.
            continue;
        };
        let file_name = to.rsplit('/').next().unwrap_or(&to);
        let copied = format!("media/template-{tag}-{n}-{file_name}");
        relationships.push((id, kind, copied.clone(), false));
        files.push((copied, bytes));
    }
    Ok(Some(ChromePart {
        xml,
        relationships,
        files,
    }))
}

/// "word/a/../media/x.png" → "word/media/x.png".
fn normalise(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for p in path.split('/') {
        match p {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            p => parts.push(p),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn style_ids_are_read_and_missing_styles_are_added_from_ours() {
        let styles = r#"<?xml version="1.0"?><w:styles xmlns:w="x"><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"/></w:styles>"#;
        let ids = style_ids(styles).expect("ids");
        assert_eq!(
            ids.into_iter().collect::<Vec<_>>(),
            vec!["Heading1".to_owned(), "Normal".to_owned()]
        );
        let template = Template {
            styles: styles.to_owned(),
            style_ids: style_ids(styles).expect("ids"),
            theme: None,
            font_table: None,
            header: None,
            footer: None,
        };
        let merged = template.styles_xml();
        assert_eq!(
            merged.matches("w:styleId=\"Heading1\"").count(),
            1,
            "the template's own kept, not doubled"
        );
        assert!(merged.contains("w:styleId=\"SMOTable\""), "ours added");
        assert!(merged.contains("w:styleId=\"TableNormal\""));
        assert!(merged.ends_with("</w:styles>"));
    }

    #[test]
    fn what_is_not_a_word_file_is_refused_with_a_reason() {
        let err = Template::from_docx(b"plain text").expect_err("not a zip");
        assert!(err.to_string().contains("not a Word document"), "{err}");
    }

    #[test]
    fn relative_paths_are_normalised() {
        assert_eq!(normalise("word/../word/media/./a.png"), "word/media/a.png");
    }
}
