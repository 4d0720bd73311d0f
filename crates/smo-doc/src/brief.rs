//! What every document shares with its brief: the executive summary's
//! decisions, key messages, next steps and assumptions, the document control
//! chapter and the glossary.

use smo_core::brief::Brief;
use smo_core::{DateStyle, Document, Workshop};

use crate::tree::{Body, Column, Orientation, Rank};
use crate::DocOptions;

/// `document`'s brief as written; while nothing is written in it, the draft
/// the app offers from the workshop as of the export day (its control block
/// kept), so a first export already leads with decisions and findings.
pub(crate) fn written_or_drafted(
    workshop: &Workshop,
    document: Document,
    options: &DocOptions,
) -> Brief {
    let written = workshop.briefs.of(document);
    if !written.is_blank() {
        return written.clone();
    }
    Brief {
        control: written.control.clone(),
        ..smo_core::drafts::brief(document, workshop, options.at.date_naive(), options.dates)
    }
}

/// The decisions requested and the key messages, under the executive
/// summary's heading; what the document adds (its figures and tables) goes
/// between them and the next steps.
pub(crate) fn executive_summary(w: &mut Body, brief: &Brief, middle: impl FnOnce(&mut Body)) {
    w.heading("Executive summary", Rank::Chapter);
    if !brief.decisions.is_empty() {
        w.heading("Decisions requested", Rank::Minor);
        w.numbered(&brief.decisions);
    }
    if !brief.key_messages.is_empty() {
        w.heading("Key findings", Rank::Minor);
        w.bullets(&brief.key_messages);
    }
    middle(w);
    if !brief.next_steps.is_empty() {
        w.heading("Next steps", Rank::Minor);
        w.bullets(&brief.next_steps);
    }
    if !brief.assumptions.is_empty() {
        w.heading("Assumptions and constraints", Rank::Minor);
        w.bullets(&brief.assumptions);
    }
}

/// The facts the cover adds from the brief's control block: version, status
/// and classification.
pub(crate) fn cover_facts(brief: &Brief, dates: DateStyle) -> Vec<(&'static str, String)> {
    let c = &brief.control;
    let mut version = c.version.trim().to_owned();
    if let Some(day) = c.date {
        version = if version.is_empty() {
            dates.day(day)
        } else {
            format!("{version} of {}", dates.day(day))
        };
    }
    vec![
        ("Version", version),
        ("Status", c.status.label().to_owned()),
        ("Classification", c.classification.label().to_owned()),
    ]
}

/// The document control chapter: this version, who wrote and reviewed it.
pub(crate) fn document_control(w: &mut Body, workshop: &Workshop, brief: &Brief, dates: DateStyle) {
    let c = &brief.control;
    w.new_page(Orientation::Portrait);
    w.heading("Document control", Rank::Chapter);
    let author = if c.author.trim().is_empty() {
        workshop.set_up.facilitator.clone()
    } else {
        c.author.clone()
    };
    w.facts(&[
        ("Version", c.version.clone()),
        ("Date", dates.maybe_day(c.date)),
        ("Status", c.status.label().to_owned()),
        ("Classification", c.classification.label().to_owned()),
        ("Author", author),
        ("Sponsor", workshop.set_up.sponsor.clone()),
    ]);
    w.heading("Reviewed by", Rank::Minor);
    w.bullets(&c.reviewers);
}

/// The terms a reader of `terms`' document may not know, in alphabetical order.
pub(crate) fn glossary(w: &mut Body, terms: &[&str]) {
    let mut rows: Vec<Vec<String>> = terms
        .iter()
        .filter_map(|t| GLOSSARY.iter().find(|(term, _)| term == t))
        .map(|(term, meaning)| vec![(*term).to_owned(), (*meaning).to_owned()])
        .collect();
    rows.sort();
    w.new_page(Orientation::Portrait);
    w.heading("Glossary", Rank::Chapter);
    w.table(
        vec![Column::new("Term", 1.4), Column::new("Meaning", 5.0)],
        rows,
    );
}

/// Every term any document explains, with its meaning.
const GLOSSARY: &[(&str, &str)] = &[
    ("SMO", "Service Management Office: the team that owns how IT services are designed, changed, supported, measured and improved across the organisation."),
    ("Practice", "A set of organisational resources for doing one kind of work, such as incident management or change enablement, as the framework names them."),
    ("Maturity level", "How capable a practice is, from 0 (absent) to 5 (optimised), judged against the framework's description of each level."),
    ("Target level", "The level the room agreed a practice must reach, within its horizon."),
    ("Gap", "The target level minus today's level, in levels; never negative."),
    ("Weighted gap", "The gap multiplied by its priority's weight (high 3, medium 2, low 1): the order in which gaps matter."),
    ("Horizon", "The months the room gave a practice to reach its target, counted from the workshop."),
    ("Confidence", "How sure the room was of a level: high when it was well evidenced and agreed, low when it was an impression."),
    ("RACI", "Who is Responsible for doing an activity, Accountable for it (one person), Consulted before it and Informed after it."),
    ("KPI", "Key performance indicator: a measure with a baseline, a target and an owner that shows whether an objective is being met."),
    ("Initiative", "A piece of improvement work with an owner, dates and the practices it raises."),
    ("Milestone", "An initiative whose end the sponsor tracks as a commitment."),
    ("Phase", "A period of the roadmap: quick wins, foundation, expansion, optimisation."),
    ("CAB", "Change advisory board: the people who assess and authorise changes."),
    ("CMDB", "Configuration management database: what services are made of and how the parts depend on each other."),
];
