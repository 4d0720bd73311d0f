//! SMO Workbench's deliverables — the assessment report, the charter, the
//! roadmap and, after the workshop, the steering committee's progress report —
//! each built once from a workshop as a neutral [`Doc`] tree
//! (headings, paragraphs, lists, tables with column hints, figures with
//! captions, signature blocks, page-turn hints). Renderers draw the tree:
//! `smo-pdf` as PDF, the benchmark as HTML, and the Word export next. No
//! renderer holds a second copy of any text a document prints.
//!
//! Pure like `smo-core`: the export time and the date style are inputs.

mod assessment;
mod brief;
mod charter;
mod roadmap;
mod steering;
pub mod tree;

use chrono::{DateTime, Utc};
use smo_core::{DateStyle, Document, Workshop};

pub use tree::{
    Align, Block, Body, Column, Doc, Fact, Figure, Heading, Orientation, Paper, Paragraph, Rank,
    Signature, Table, Tone, NOT_YET_DEFINED,
};

/// The language every document is written in (BCP 47), for the files'
/// metadata and spell-checkers.
pub const LANGUAGE: &str = "en-GB";

/// What a document depends on besides the workshop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocOptions {
    /// The export time: printed on the documents ("Exported …", the day line
    /// on the timeline, schedule risks as of that day).
    pub at: DateTime<Utc>,
    /// How days are written (the same style as the app's screens).
    pub dates: DateStyle,
}

/// The document's name on its cover.
pub fn title(document: Document) -> &'static str {
    match document {
        Document::Charter => "SMO Charter",
        Document::Roadmap => "Improvement Roadmap",
        Document::Assessment => "Maturity Assessment Report",
        Document::Steering => "SMO Progress Report",
    }
}

/// Builds `document` from `workshop`.
pub fn build(document: Document, workshop: &Workshop, options: &DocOptions) -> Doc {
    let (subject, facts, body) = match document {
        Document::Assessment => assessment::assessment_report(workshop, options),
        Document::Charter => charter::charter(workshop, options),
        Document::Roadmap => roadmap::roadmap(workshop, options),
        Document::Steering => steering::steering(workshop, options),
    };
    let set_up = &workshop.set_up;
    let mut cover = vec![
        Fact::new(
            "Workshop",
            options.dates.range(set_up.start_date, set_up.end_date),
        ),
        Fact::new("Sponsor", set_up.sponsor.clone()),
        Fact::new("Facilitator", set_up.facilitator.clone()),
    ];
    cover.extend(facts);
    cover.extend(
        brief::cover_facts(workshop.briefs.of(document), options.dates)
            .into_iter()
            .map(|(label, text)| Fact::new(label, text)),
    );
    cover.push(Fact::new(
        "Exported",
        options.dates.day(options.at.date_naive()),
    ));
    Doc {
        document,
        title: title(document),
        subject,
        organisation: set_up.organisation.clone(),
        workshop_title: set_up.title.clone(),
        author: if set_up.facilitator.trim().is_empty() {
            "SMO Workbench".to_owned()
        } else {
            set_up.facilitator.clone()
        },
        exported: options.dates.day(options.at.date_naive()),
        classification: workshop
            .briefs
            .of(document)
            .control
            .classification
            .label()
            .to_owned(),
        prepared: prepared(workshop, document),
        cover,
        body: body.blocks,
    }
}

/// "Prepared by Tomás Lindqvist for Margit Okafor, Chief Information
/// Officer": the document's author (else the facilitator) and the sponsor.
fn prepared(workshop: &Workshop, document: Document) -> String {
    let control = &workshop.briefs.of(document).control;
    let author = [control.author.trim(), workshop.set_up.facilitator.trim()]
        .into_iter()
        .find(|a| !a.is_empty());
    let sponsor = workshop.set_up.sponsor.trim();
    match (author, sponsor.is_empty()) {
        (Some(a), false) => format!("Prepared by {a} for {sponsor}"),
        (Some(a), true) => format!("Prepared by {a}"),
        (None, false) => format!("Prepared for {sponsor}"),
        (None, true) => String::new(),
    }
}

/// The workshop's participants as a table: name, role, area.
fn participants(w: &mut Body, workshop: &Workshop) {
    let people: Vec<Vec<String>> = workshop
        .participants
        .iter()
        .map(|p| vec![p.name.clone(), p.role.clone(), p.area.clone()])
        .collect();
    w.table(
        vec![
            Column::new("Name", 2.0),
            Column::new("Role", 2.5),
            Column::new("Area", 1.5),
        ],
        people,
    );
}
