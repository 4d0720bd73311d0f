//! Turns laid-out pages into PDF bytes: fonts embedded as subsets under fixed
//! names, metadata, a nested outline, and a file identifier derived from the
//! content, so the same input at the same time gives byte-identical files.

use std::io::Write;

use chrono::{DateTime, Utc};
use flate2::write::ZlibEncoder;
use flate2::Compression;
use lopdf::{Dictionary, Object, StringFormat};
use printpdf::{Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, TextItem};

use crate::fonts::{Fonts, Source};
use crate::layout::{Canvas, Mark, Tag};

/// What the document says about itself.
pub struct Meta<'a> {
    /// Title (shown by viewers instead of the file name).
    pub title: &'a str,
    /// Author.
    pub author: &'a str,
    /// Subject.
    pub subject: &'a str,
    /// Creation and modification time.
    pub at: DateTime<Utc>,
    /// The language the text is written in (BCP 47, "en-GB").
    pub language: &'a str,
}

fn mm(points: f64) -> Mm {
    Mm((points * 25.4 / 72.0) as f32)
}

/// The PDF file for `pages`, tagged with the structure elements `tags`
/// (each page's marked content names its element).
pub fn assemble(
    fonts: Fonts,
    pages: Vec<Canvas>,
    tags: &[Tag],
    image: Option<(&str, &printpdf::RawImage)>,
    marks: &[Mark],
    meta: &Meta<'_>,
) -> Vec<u8> {
    let mut doc = PdfDocument::new(meta.title);
    let when = printpdf::OffsetDateTime::from_unix_timestamp(meta.at.timestamp())
        .unwrap_or_else(|_| printpdf::OffsetDateTime::now_utc());
    let info = &mut doc.metadata.info;
    info.author = meta.author.to_owned();
    info.subject = meta.subject.to_owned();
    info.creator = "SMO Workbench".to_owned();
    info.producer = "SMO Workbench".to_owned();
    info.creation_date = when;
    info.modification_date = when;
    info.metadata_date = when;
    if let Some((id, image)) = image {
        doc.resources.xobjects.map.insert(
            printpdf::XObjectId(id.to_owned()),
            printpdf::XObject::Image(image.clone()),
        );
    }
    let mut marked = Vec::with_capacity(pages.len());
    doc.pages = pages
        .into_iter()
        .map(|mut c| {
            c.close_marked();
            marked.push(std::mem::take(&mut c.marked));
            PdfPage::new(mm(c.width), mm(c.height), with_fallback(&fonts, c.ops))
        })
        .collect();
    for (id, font) in fonts.into_resources() {
        doc.resources.fonts.map.insert(id, font);
    }

    let mut warnings = Vec::new();
    let mut pdf = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    add_outline(&mut pdf, marks);
    add_structure(&mut pdf, tags, &marked);
    state_honestly(&mut pdf, meta.language);
    compress(&mut pdf);

    // The file identifier is a hash of the file with a placeholder identifier:
    // stable for the same content, different for different content.
    set_id(&mut pdf, ID_PLACEHOLDER);
    let mut out = Vec::new();
    let _ = pdf.save_to(&mut out);
    let id = format!("{:016x}{:016x}", fnv(&out, 0), fnv(&out, 1));
    if !write_id(&mut out, &id) {
        set_id(&mut pdf, &id);
        out.clear();
        let _ = pdf.save_to(&mut out);
    }
    out
}

/// As long as every identifier (`{:016x}{:016x}`), so putting one in its
/// place moves no byte of the file.
const ID_PLACEHOLDER: &str = "00000000000000000000000000000000";

/// Writes `id` over the placeholder identifier in the trailer of `file`, the
/// bytes `save_to` would write with `id` set: the trailer follows every
/// object and the cross-reference table, and `id` is the placeholder's
/// length, so no offset changes. Saves serialising the document twice (a
/// tenth of the largest roadmap's export). False, with `file` untouched,
/// when the trailer does not hold the placeholder twice as expected.
fn write_id(file: &mut [u8], id: &str) -> bool {
    let hex = |s: &str| {
        s.bytes()
            .map(|b| format!("{b:02X}"))
            .collect::<String>()
            .into_bytes()
    };
    let (placeholder, id) = (hex(ID_PLACEHOLDER), hex(id));
    if placeholder.len() != id.len() {
        return false;
    }
    let Some(trailer) = file.windows(9).rposition(|w| w == b"\ntrailer\n") else {
        return false;
    };
    let tail = &file[trailer..];
    let at: Vec<usize> = (0..tail.len().saturating_sub(placeholder.len() - 1))
        .filter(|&i| tail[i..].starts_with(&placeholder))
        .map(|i| trailer + i)
        .collect();
    if at.len() != 2 {
        return false;
    }
    for start in at {
        file[start..start + id.len()].copy_from_slice(&id);
    }
    true
}

/// Says what the file is and no more: its language in the catalogue, and no
/// PDF/X or trapping keys (printpdf writes an empty `GTS_PDFXVersion`, which
/// makes readers report a conformance the file does not have).
fn state_honestly(pdf: &mut lopdf::Document, language: &str) {
    if let Ok(info) = pdf
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|id| pdf.get_object_mut(id))
        .and_then(Object::as_dict_mut)
    {
        for key in [&b"GTS_PDFXVersion"[..], b"GTS_PDFXConformance", b"Trapped"] {
            info.remove(key);
        }
    }
    if let Ok(catalog) = pdf.catalog_mut() {
        catalog.set("Lang", Object::string_literal(language));
    }
}

/// `ops` with every text that needs the fallback face cut into runs: the
/// fallback's glyphs shown in its font, then the face set back. Within a text
/// section each run starts where the one before ended, so nothing moves.
fn with_fallback(fonts: &Fonts, ops: Vec<Op>) -> Vec<Op> {
    let mut out = Vec::with_capacity(ops.len());
    let mut current = None;
    for op in ops {
        match op {
            Op::SetFont {
                font: PdfFontHandle::External(ref id),
                size,
            } => {
                current = Fonts::face_of(id).map(|face| (face, size));
                out.push(op);
            }
            Op::ShowText { items } => {
                let Some((face, size)) = current else {
                    out.push(Op::ShowText { items });
                    continue;
                };
                for item in items {
                    let TextItem::Text(text) = item else {
                        out.push(Op::ShowText { items: vec![item] });
                        continue;
                    };
                    let runs = fonts.runs(face, &text);
                    if runs.iter().all(|(source, _)| *source == Source::Face) {
                        out.push(Op::ShowText {
                            items: vec![TextItem::Text(text)],
                        });
                        continue;
                    }
                    for (source, run) in runs {
                        out.push(Op::SetFont {
                            font: PdfFontHandle::External(Fonts::id_of(face, source)),
                            size,
                        });
                        out.push(Op::ShowText {
                            items: vec![TextItem::Text(run.to_owned())],
                        });
                    }
                    out.push(Op::SetFont {
                        font: PdfFontHandle::External(Fonts::id(face)),
                        size,
                    });
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Deflates every stream not yet compressed, as `lopdf::Document::compress`
/// does, but at zlib's default level (6) rather than its best (9): for the
/// largest roadmap the file is 0.1 % larger and deflating it takes half the
/// time (BENCHMARKS.md, "The largest roadmap's PDF, again"). A stream is left
/// as it is where deflating would not make it smaller.
fn compress(pdf: &mut lopdf::Document) {
    for object in pdf.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder = ZlibEncoder::new(
            Vec::with_capacity(stream.content.len() / 4),
            Compression::default(),
        );
        // Deflating into memory cannot fail; if it ever did, the stream would
        // stay as it is, which is as valid.
        let Some(deflated) = encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.finish())
            .ok()
        else {
            continue;
        };
        if deflated.len() + "/Filter/FlateDecode".len() < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(deflated);
        }
    }
}

fn set_id(pdf: &mut lopdf::Document, id: &str) {
    let s = Object::String(id.as_bytes().to_vec(), StringFormat::Hexadecimal);
    pdf.trailer.set("ID", Object::Array(vec![s.clone(), s]));
}

fn fnv(bytes: &[u8], seed: u64) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325 ^ seed, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn utf16(s: &str) -> Object {
    let mut bytes = vec![0xfe, 0xff];
    for unit in s.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Builds a two-level outline: level-2 marks nest under the level-1 mark before them.
fn add_outline(pdf: &mut lopdf::Document, marks: &[Mark]) {
    if marks.is_empty() {
        return;
    }
    let pages = pdf.get_pages();
    let page_id = |index: usize| pages.get(&(smo_core::count(index) + 1)).copied();
    let root = pdf.new_object_id();
    // Group marks: each top-level entry with its children.
    let mut groups: Vec<(&Mark, Vec<&Mark>)> = Vec::new();
    for m in marks {
        match (m.level, groups.last_mut()) {
            (2, Some((_, children))) => children.push(m),
            _ => groups.push((m, Vec::new())),
        }
    }
    let ids: Vec<(lopdf::ObjectId, Vec<lopdf::ObjectId>)> = groups
        .iter()
        .map(|(_, children)| {
            (
                pdf.new_object_id(),
                children.iter().map(|_| pdf.new_object_id()).collect(),
            )
        })
        .collect();
    let entry = |m: &Mark, parent, prev: Option<lopdf::ObjectId>, next: Option<lopdf::ObjectId>| {
        let mut d = Dictionary::new();
        d.set("Title", utf16(&m.title));
        d.set("Parent", Object::Reference(parent));
        if let Some(p) = page_id(m.page) {
            d.set(
                "Dest",
                Object::Array(vec![
                    Object::Reference(p),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Null,
                    Object::Null,
                ]),
            );
        }
        if let Some(p) = prev {
            d.set("Prev", Object::Reference(p));
        }
        if let Some(n) = next {
            d.set("Next", Object::Reference(n));
        }
        d
    };
    let mut total = 0i64;
    for (n, ((mark, children), (id, child_ids))) in groups.iter().zip(&ids).enumerate() {
        let prev = n.checked_sub(1).and_then(|p| ids.get(p)).map(|x| x.0);
        let next = ids.get(n + 1).map(|x| x.0);
        let mut d = entry(mark, root, prev, next);
        if let (Some(first), Some(last)) = (child_ids.first(), child_ids.last()) {
            d.set("First", Object::Reference(*first));
            d.set("Last", Object::Reference(*last));
            d.set("Count", Object::Integer(-(child_ids.len() as i64)));
        }
        pdf.objects.insert(*id, Object::Dictionary(d));
        total += 1;
        for (k, (child, child_id)) in children.iter().zip(child_ids).enumerate() {
            let prev = k.checked_sub(1).and_then(|p| child_ids.get(p)).copied();
            let next = child_ids.get(k + 1).copied();
            pdf.objects
                .insert(*child_id, Object::Dictionary(entry(child, *id, prev, next)));
        }
    }
    let mut outlines = Dictionary::new();
    outlines.set("Type", Object::Name(b"Outlines".to_vec()));
    if let (Some(first), Some(last)) = (ids.first(), ids.last()) {
        outlines.set("First", Object::Reference(first.0));
        outlines.set("Last", Object::Reference(last.0));
    }
    outlines.set("Count", Object::Integer(total));
    pdf.objects.insert(root, Object::Dictionary(outlines));
    if let Ok(catalog) = pdf.catalog_mut() {
        catalog.set("Outlines", Object::Reference(root));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
}

/// Tags the file: a structure tree of the elements in reading order (the
/// order of their first marked content, page by page), each pointing at its
/// marked content on every page it spans; a parent tree from each page's
/// marked content back to its element; and the catalogue marked as tagged.
/// `marked[page][mcid]` is the element that marked content belongs to.
fn add_structure(pdf: &mut lopdf::Document, tags: &[Tag], marked: &[Vec<usize>]) {
    let pages = pdf.get_pages();
    let page_id = |index: usize| pages.get(&(smo_core::count(index) + 1)).copied();
    // Each element's marked content, in page order: (page, mcid).
    let mut parts: Vec<Vec<(usize, usize)>> = vec![Vec::new(); tags.len()];
    for (page, ids) in marked.iter().enumerate() {
        for (mcid, element) in ids.iter().enumerate() {
            if let Some(p) = parts.get_mut(*element) {
                p.push((page, mcid));
            }
        }
    }
    let root = pdf.new_object_id();
    let document = pdf.new_object_id();
    let ids: Vec<lopdf::ObjectId> = tags.iter().map(|_| pdf.new_object_id()).collect();
    // Each element's parts (a table's rows, a row's cells), in the order made.
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); tags.len()];
    for (e, tag) in tags.iter().enumerate() {
        if let Some(parent) = tag.parent.filter(|p| *p < tags.len()) {
            children[parent].push(e);
        }
    }
    // Where each element's first marked content is, its parts' included (a
    // table's words are all in its cells): an element's parts are made after
    // it, so each is known by the time the element before it is reached.
    let mut first: Vec<Option<(usize, usize)>> = vec![None; tags.len()];
    for e in (0..tags.len()).rev() {
        let own = parts[e].first().copied();
        first[e] = children[e]
            .iter()
            .filter_map(|c| first.get(*c).copied().flatten())
            .chain(own)
            .min();
    }
    // The document's blocks in reading order: by their first marked content.
    let mut order: Vec<usize> = (0..tags.len())
        .filter(|e| tags[*e].parent.is_none() && first[*e].is_some())
        .collect();
    order.sort_by_key(|e| first[*e]);
    let mut written: Vec<usize> = Vec::new();
    let mut queue: Vec<usize> = order.clone();
    while let Some(e) = queue.pop() {
        written.push(e);
        queue.extend(children[e].iter().copied());
    }
    for &e in &written {
        let mut d = Dictionary::new();
        d.set("Type", Object::Name(b"StructElem".to_vec()));
        d.set("S", Object::Name(tags[e].role.name().as_bytes().to_vec()));
        let parent = tags[e].parent.and_then(|p| ids.get(p).copied());
        d.set("P", Object::Reference(parent.unwrap_or(document)));
        if let Some(alt) = &tags[e].alt {
            d.set("Alt", utf16(alt));
        }
        let mut kids: Vec<Object> = parts[e]
            .iter()
            .filter_map(|&(page, mcid)| {
                let pg = page_id(page)?;
                let mut mcr = Dictionary::new();
                mcr.set("Type", Object::Name(b"MCR".to_vec()));
                mcr.set("Pg", Object::Reference(pg));
                mcr.set("MCID", Object::Integer(mcid as i64));
                Some(Object::Dictionary(mcr))
            })
            .collect();
        kids.extend(children[e].iter().map(|c| Object::Reference(ids[*c])));
        if let Some(page) = first[e].and_then(|(page, _)| page_id(page)) {
            d.set("Pg", Object::Reference(page));
        }
        d.set("K", Object::Array(kids));
        pdf.objects.insert(ids[e], Object::Dictionary(d));
    }
    let mut doc = Dictionary::new();
    doc.set("Type", Object::Name(b"StructElem".to_vec()));
    doc.set("S", Object::Name(b"Document".to_vec()));
    doc.set("P", Object::Reference(root));
    doc.set(
        "K",
        Object::Array(order.iter().map(|e| Object::Reference(ids[*e])).collect()),
    );
    pdf.objects.insert(document, Object::Dictionary(doc));
    // The parent tree: page n's marked content n → its elements, by mcid.
    let mut nums = Vec::new();
    for (page, ids_on_page) in marked.iter().enumerate() {
        let Some(pg) = page_id(page) else { continue };
        if ids_on_page.is_empty() {
            continue;
        }
        let key = page as i64;
        nums.push(Object::Integer(key));
        nums.push(Object::Array(
            ids_on_page
                .iter()
                .map(|e| {
                    ids.get(*e)
                        .map_or(Object::Null, |id| Object::Reference(*id))
                })
                .collect(),
        ));
        if let Ok(page_dict) = pdf.get_object_mut(pg).and_then(Object::as_dict_mut) {
            page_dict.set("StructParents", Object::Integer(key));
            page_dict.set("Tabs", Object::Name(b"S".to_vec()));
        }
    }
    let mut parent_tree = Dictionary::new();
    parent_tree.set("Nums", Object::Array(nums));
    let mut tree = Dictionary::new();
    tree.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    tree.set("K", Object::Reference(document));
    tree.set("ParentTree", Object::Dictionary(parent_tree));
    tree.set("ParentTreeNextKey", Object::Integer(marked.len() as i64));
    pdf.objects.insert(root, Object::Dictionary(tree));
    if let Ok(catalog) = pdf.catalog_mut() {
        catalog.set("StructTreeRoot", Object::Reference(root));
        let mut info = Dictionary::new();
        info.set("Marked", Object::Boolean(true));
        catalog.set("MarkInfo", Object::Dictionary(info));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small_document() -> lopdf::Document {
        // A cross-reference table and a trailer, as printpdf's documents have.
        let mut pdf = lopdf::Document::with_version("1.7");
        pdf.reference_table.cross_reference_type = lopdf::xref::XrefType::CrossReferenceTable;
        let catalog = pdf.add_object(lopdf::dictionary! { "Type" => "Catalog" });
        pdf.add_object(lopdf::Stream::new(
            lopdf::dictionary! {},
            b"BT /F1 12 Tf (\ntrailer\n) Tj ET".to_vec(),
        ));
        pdf.trailer.set("Root", catalog);
        pdf
    }

    #[test]
    fn the_identifier_written_in_place_is_what_saving_it_gives() {
        let mut pdf = small_document();
        set_id(&mut pdf, ID_PLACEHOLDER);
        let mut patched = Vec::new();
        pdf.save_to(&mut patched).expect("saved to memory");
        let id = "0123456789abcdef89abcdef01234567";
        assert!(write_id(&mut patched, id));

        set_id(&mut pdf, id);
        let mut saved = Vec::new();
        pdf.save_to(&mut saved).expect("saved to memory");
        assert_eq!(
            String::from_utf8_lossy(&patched),
            String::from_utf8_lossy(&saved)
        );
    }

    #[test]
    fn a_file_without_the_placeholder_is_left_alone() {
        let mut pdf = small_document();
        set_id(&mut pdf, "0");
        let mut file = Vec::new();
        pdf.save_to(&mut file).expect("saved to memory");
        let before = file.clone();
        assert!(!write_id(&mut file, "0123456789abcdef89abcdef01234567"));
        assert_eq!(file, before);
        // An identifier of another length would move the bytes after it.
        set_id(&mut pdf, ID_PLACEHOLDER);
        let mut file = Vec::new();
        pdf.save_to(&mut file).expect("saved to memory");
        assert!(!write_id(&mut file, "0123"));
    }

    #[test]
    fn streams_are_deflated_where_it_makes_them_smaller_and_read_back_the_same() {
        let page: Vec<u8> = (0..200)
            .flat_map(|n| format!("BT 56 {n}.5 Td <002A0031> Tj ET\n").into_bytes())
            .collect();
        let mut pdf = lopdf::Document::with_version("1.7");
        let long = pdf.add_object(lopdf::Stream::new(lopdf::dictionary! {}, page.clone()));
        let short = pdf.add_object(lopdf::Stream::new(lopdf::dictionary! {}, b"q Q".to_vec()));
        let done = pdf.add_object(lopdf::Stream::new(
            lopdf::dictionary! { "Filter" => "DCTDecode" },
            page.clone(),
        ));
        compress(&mut pdf);
        let stream = |id| {
            pdf.get_object(id)
                .and_then(Object::as_stream)
                .expect("a stream")
        };
        let deflated = stream(long);
        assert_eq!(
            deflated.dict.get(b"Filter").and_then(Object::as_name).ok(),
            Some(&b"FlateDecode"[..])
        );
        assert!(
            deflated.content.len() * 10 < page.len(),
            "{}",
            deflated.content.len()
        );
        assert_eq!(deflated.decompressed_content().expect("inflates"), page);
        assert_eq!(stream(short).content, b"q Q", "too short to gain");
        assert!(stream(short).dict.get(b"Filter").is_err());
        assert_eq!(
            stream(done).content,
            page,
            "already filtered: left as it is"
        );
    }
}
