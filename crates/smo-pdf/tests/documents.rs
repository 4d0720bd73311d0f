//! The three documents checked the way a reader's tools see them: poppler's
//! pdftotext, pdfinfo and pdffonts, and qpdf. Page images of the sample go to
//! `target/pdf-pages/` for people to look at.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, TimeZone, Utc};
use smo_core::DateStyle;
use smo_fixtures::{bare as blank, enlarge, largest, sample};
use smo_pdf::{Export, ExportOptions, Paper, Pdf};

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 31, 10, 0, 0)
        .single()
        .expect("time")
}

fn options(paper: Paper) -> ExportOptions {
    ExportOptions {
        paper,
        at: at(),
        dates: DateStyle::default(),
        logo: None,
    }
}

/// Every document of the sample, a bare and the largest workshop, on A4 and
/// US Letter: `check` gets a label ("largest Roadmap Letter"), which
/// document, its tree and the PDF's path.
fn every_document(mut check: impl FnMut(&str, Export, &smo_doc::Doc, &Path)) {
    let dir = tempfile::tempdir().expect("temp");
    for (name, w) in [
        ("sample", sample()),
        ("bare", blank()),
        ("largest", largest()),
    ] {
        for paper in [Paper::A4, Paper::Letter] {
            for kind in Export::ALL {
                let doc = smo_doc::build(
                    kind.document(),
                    &w,
                    &smo_doc::DocOptions {
                        at: at(),
                        dates: DateStyle::default(),
                    },
                );
                let pdf = kind.build(&w, &options(paper)).expect("pdf");
                let path = write(dir.path(), "document.pdf", &pdf);
                check(&format!("{name} {kind:?} {paper:?}"), kind, &doc, &path);
            }
        }
    }
}

fn write(dir: &Path, name: &str, pdf: &Pdf) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, &pdf.bytes).expect("write pdf");
    path
}

fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed for these tests (poppler-utils, qpdf): {e}"));
    assert!(
        out.status.success(),
        "{tool} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn text(path: &Path) -> String {
    run("pdftotext", &["-layout", &path.display().to_string(), "-"])
}

/// `qpdf --check` and `pdfinfo` both accept the file; returns pdfinfo's report.
fn valid(path: &Path) -> String {
    let p = path.display().to_string();
    let check = run("qpdf", &["--check", &p]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
    run("pdfinfo", &[&p])
}

fn in_order(haystack: &str, needles: &[&str]) {
    let mut from = 0;
    for n in needles {
        match haystack[from..].find(n) {
            Some(i) => from += i + n.len(),
            None => panic!("\"{n}\" missing or out of order"),
        }
    }
}

fn pages_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/pdf-pages");
    std::fs::create_dir_all(&dir).expect("pages dir");
    dir
}

#[test]
fn the_charter_has_every_section_in_order_with_its_tables() {
    let dir = tempfile::tempdir().expect("temp");
    let pdf = Export::Charter
        .build(&sample(), &options(Paper::A4))
        .expect("pdf");
    assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
    let path = write(dir.path(), "charter.pdf", &pdf);
    let info = valid(&path);
    assert!(
        info.contains("Title:           SMO Charter – Harbourline Logistics"),
        "{info}"
    );
    assert!(info.contains("Author:          Tomás Lindqvist"), "{info}");
    assert!(info.contains("Subject:"), "{info}");
    assert!(info.contains("A4"), "{info}");
    let t = text(&path);
    in_order(
        &t,
        &[
            "SMO CHARTER",
            "Harbourline Logistics",
            "In review",
            "Contents",
            "Vision and mission",
            "Purpose and background",
            "Scope",
            "Form of the SMO",
            "Objectives",
            "Stakeholders and participants",
            "Roles and responsibilities",
            "RACI",
            "Influence, authority and decision rights",
            "Governance structure",
            "Key performance indicators",
            "Reporting",
            "Communications plan",
            "Continual improvement",
            "Risks",
            "Approval",
        ],
    );
    // The tables' contents, and the approval block's signature lines.
    for needle in [
        "Authorise normal changes",
        "Below 10%",
        "Monthly service report",
        "CIO town hall",
        "Signature",
        "Page 2 of",
    ] {
        assert!(t.contains(needle), "{needle}");
    }
    assert!(!t.contains("Page 1 of"), "the cover has no footer");
    assert!(t.contains(&format!("Page {} of {}", pdf.pages, pdf.pages)));
}

#[test]
fn the_roadmap_has_a_landscape_timeline_and_its_tables() {
    let dir = tempfile::tempdir().expect("temp");
    let pdf = Export::Roadmap
        .build(&sample(), &options(Paper::A4))
        .expect("pdf");
    assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
    let path = write(dir.path(), "roadmap.pdf", &pdf);
    valid(&path);
    let p = path.display().to_string();
    let sizes = run("pdfinfo", &["-f", "1", "-l", &pdf.pages.to_string(), &p]);
    assert!(
        sizes.contains("841.89 x 595.28"),
        "a landscape page: {sizes}"
    );
    assert!(sizes.contains("595.28 x 841.89"), "portrait pages: {sizes}");
    let t = text(&path);
    in_order(
        &t,
        &[
            "IMPROVEMENT ROADMAP",
            "Contents",
            "Executive summary",
            "Decisions requested",
            "The plan at a glance",
            "Quick wins",
            "Timeline",
            "Initiatives",
            "Projected maturity",
            "Document control",
            "Glossary",
        ],
    );
    assert!(t.contains("Merge the three service desks"));
    assert!(t.contains("Already at target") || t.contains("2026"));
}

#[test]
fn a_tie_at_the_fifth_gap_is_listed_whole_not_cut() {
    let dir = tempfile::tempdir().expect("temp");
    let w = sample();
    let report = smo_core::GapReport::of(&w.assessment).expect("report");
    let listed = report.top_with_ties(5);
    let fifth = report.top(5).last().and_then(|p| p.weighted_gap);
    let tied: Vec<&str> = report
        .top(usize::MAX)
        .filter(|p| p.weighted_gap == fifth)
        .map(|p| p.name.as_str())
        .collect();
    assert!(
        listed.len() > 5,
        "the sample ties at the fifth place: {tied:?}"
    );
    let pdf = Export::Assessment
        .build(&w, &options(Paper::A4))
        .expect("pdf");
    let raw = run(
        "pdftotext",
        &[
            "-f",
            "3",
            "-l",
            "3",
            "-raw",
            &write(dir.path(), "a.pdf", &pdf).display().to_string(),
            "-",
        ],
    );
    let t = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        t.contains(&format!(
            "The {} gaps that matter most (tied gaps are all listed)",
            ["six", "seven", "eight", "nine", "ten"][listed.len() - 6]
        )),
        "{t}"
    );
    for name in tied {
        assert!(
            t.contains(name),
            "{name} shares the fifth place but is not listed"
        );
    }
}

#[test]
fn an_approver_who_approved_reads_approved_on_and_raci_letters_read_one_way() {
    let dir = tempfile::tempdir().expect("temp");
    let mut w = sample();
    let a = &mut w.charter.approval;
    assert!(!a.approvers.is_empty(), "the sample names approvers");
    a.approvers[0].approved = true;
    a.submitted = chrono::NaiveDate::from_ymd_opt(2026, 1, 10);
    a.approved = chrono::NaiveDate::from_ymd_opt(2026, 1, 24);
    let cell = &mut w.charter.raci[0].cells[0];
    (
        cell.accountable,
        cell.responsible,
        cell.consulted,
        cell.informed,
    ) = (true, false, false, true);
    let pdf = Export::Charter.build(&w, &options(Paper::A4)).expect("pdf");
    let raw = run(
        "pdftotext",
        &[
            "-raw",
            &write(dir.path(), "c.pdf", &pdf).display().to_string(),
            "-",
        ],
    );
    let t = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(t.contains("Approved on 24 Jan 2026"), "{t}");
    assert!(!t.contains("Date (approved)"));
    assert!(t.contains("A/I"), "letters joined one way");
    for glued in ["AI ", "AC ", "CI "] {
        assert!(!t.contains(&format!(" {glued}")), "{glued} in the RACI");
    }
}

#[test]
fn many_practices_get_every_gap_largest_first_not_a_radar_of_averages() {
    let dir = tempfile::tempdir().expect("temp");
    let w = largest(); // every practice of the default framework: 34
    let report = smo_core::GapReport::of(&w.assessment).expect("report");
    assert!(report.practices.len() > 16);
    let pdf = Export::Assessment
        .build(&w, &options(Paper::A4))
        .expect("pdf");
    let path = write(dir.path(), "a.pdf", &pdf);
    std::fs::copy(&path, pages_dir().join("largest-assessment.pdf")).expect("keep a copy");
    let raw = run("pdftotext", &["-raw", &path.display().to_string(), "-"]);
    let page = raw
        .split('\u{c}')
        .find(|p| p.contains("Every gap, largest first") && p.contains("(square)"))
        .expect("a page of every gap");
    let words = page.split_whitespace().collect::<Vec<_>>().join(" ");
    // Every practice, by name, uncut, largest weighted gap first.
    let names: Vec<&str> = report.top(usize::MAX).map(|p| p.name.as_str()).collect();
    in_order(&words, &names);
    assert!(!words.contains('…'), "a name is cut: {words}");
}

#[test]
fn disagreements_between_plan_targets_and_charter_are_found_and_stated() {
    use smo_core::consistency::{inconsistencies, Inconsistency};
    let dir = tempfile::tempdir().expect("temp");
    let mut w = sample();
    // The sample agrees with itself, and its roadmap says nothing of it.
    assert_eq!(inconsistencies(&w), Vec::new());
    let pdf = Export::Roadmap.build(&w, &options(Paper::A4)).expect("pdf");
    let raw = run(
        "pdftotext",
        &[
            "-raw",
            &write(dir.path(), "agrees.pdf", &pdf).display().to_string(),
            "-",
        ],
    );
    assert!(!raw.contains("disagree"), "{raw}");
    // A horizon shorter than the plan, a target below what the plan raises
    // it to.
    for p in &mut w.assessment.practices {
        match p.practice_id.as_str() {
            "problem-management" => p.horizon = smo_core::Horizon::try_from(6).ok(),
            "service-desk" => p.target = smo_core::Level::try_from(2).ok(),
            _ => {}
        }
    }
    // An objective due before the work that delivers it ends.
    let initiative = w
        .roadmap
        .initiatives
        .iter()
        .find(|i| i.end.is_some() && !i.practices.is_empty())
        .expect("a dated initiative closing a gap")
        .clone();
    let objective = &mut w.charter.objectives[0];
    objective.practices = vec![initiative.practices[0].clone()];
    objective.due = chrono::NaiveDate::from_ymd_opt(2026, 3, 31);
    let found = inconsistencies(&w);
    let kinds = |f: fn(&Inconsistency) -> bool| found.iter().filter(|i| f(i)).count();
    assert!(
        kinds(|i| matches!(i, Inconsistency::ObjectiveBeforeInitiative { .. })) >= 1,
        "{found:?}"
    );
    assert!(
        kinds(|i| matches!(i, Inconsistency::LaterThanHorizon { .. })) >= 1,
        "{found:?}"
    );
    assert!(
        kinds(|i| matches!(i, Inconsistency::AboveTarget { .. })) >= 1,
        "{found:?}"
    );
    let pdf = Export::Roadmap.build(&w, &options(Paper::A4)).expect("pdf");
    let raw = run(
        "pdftotext",
        &[
            "-raw",
            &write(dir.path(), "r.pdf", &pdf).display().to_string(),
            "-",
        ],
    );
    let t = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(t.contains("Where the plan and the targets disagree"));
    for i in &found {
        let said = i.describe(DateStyle::default());
        assert!(t.contains(&said), "not stated: {said}");
    }
    assert!(t.contains(&format!(
        "before “{}”, which delivers it, ends on",
        initiative.title
    )));
}

#[test]
fn the_roadmap_tells_schedule_risks_with_owner_and_action_never_the_apps_prompts() {
    let dir = tempfile::tempdir().expect("temp");
    let mut w = sample();
    // One initiative past its end and not done, as of the export day.
    let overdue = w
        .roadmap
        .initiatives
        .iter_mut()
        .find(|i| i.status != smo_core::roadmap::InitiativeStatus::Done && i.end.is_some())
        .expect("an open initiative");
    // The export is dated 31 Jan 2026.
    overdue.start = chrono::NaiveDate::from_ymd_opt(2026, 1, 5);
    overdue.end = chrono::NaiveDate::from_ymd_opt(2026, 1, 20);
    let overdue_title = overdue.title.clone();
    let prompts: Vec<String> = w.roadmap.issues().into_iter().map(|i| i.message).collect();
    assert!(
        !prompts.is_empty(),
        "the sample has something the app flags"
    );
    let pdf = Export::Roadmap.build(&w, &options(Paper::A4)).expect("pdf");
    let raw = run(
        "pdftotext",
        &[
            "-raw",
            &write(dir.path(), "r.pdf", &pdf).display().to_string(),
            "-",
        ],
    );
    // Table cells wrap: read the words as one line.
    let t = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    for prompt in &prompts {
        assert!(
            !t.contains(prompt.as_str()),
            "an app prompt reached the document: {prompt}"
        );
    }
    assert!(!t.contains("Worth a second look"));
    in_order(
        &t,
        &[
            "Schedule risks",
            "Initiative Risk Owner What to do",
            &overdue_title,
            "Due to finish by 20 Jan 2026",
        ],
    );
    assert!(t.contains("agree a new end date"));
    // A card per initiative in schedule order, effort explained, a
    // milestone said as such, never in the title.
    let order: Vec<String> = w
        .roadmap
        .in_schedule_order()
        .iter()
        .map(|i| i.title.clone())
        .collect();
    let cards = &t[t
        .rfind("By phase, then by start.")
        .expect("the initiative cards")..];
    let titles: Vec<&str> = order.iter().map(String::as_str).collect();
    in_order(cards, &titles);
    assert!(!t.contains("(milestone)"));
    assert!(t.contains("Effort: S · weeks; M · months; L · a programme."));
    // What the desk merger delivers and the gaps it closes, from → to.
    in_order(
        cards,
        &[
            "Merge the three service desks",
            "Delivers One number, one portal, one tool",
            "Closes Service desk 1 → 3",
            "Incident management 2 → 3",
            "Owner Chloé Dubois",
            "Milestone Due 18 Dec 2026",
        ],
    );
}

#[test]
fn the_assessment_report_summarises_then_details_every_group() {
    let dir = tempfile::tempdir().expect("temp");
    let pdf = Export::Assessment
        .build(&sample(), &options(Paper::Letter))
        .expect("pdf");
    let path = write(dir.path(), "assessment.pdf", &pdf);
    let info = valid(&path);
    assert!(info.contains("612 x 792"), "US Letter: {info}");
    let t = text(&path);
    in_order(
        &t,
        &[
            "MATURITY ASSESSMENT REPORT",
            "Contents",
            "Executive summary",
            "gaps that matter most",
            "Change enablement",
            "Heat map",
            "General management practices",
            "Continual improvement",
            "Service management practices",
            "Appendix: method, scale and participants",
            "Margit Okafor",
        ],
    );
    assert!(t.contains("views differed by two levels or more"));
    let fonts = run("pdffonts", &[&path.display().to_string()]);
    for face in ["SMOREG+NotoSans-Regular", "SMOBLD+NotoSans-Bold"] {
        let line = fonts
            .lines()
            .find(|l| l.starts_with(face))
            .unwrap_or_else(|| panic!("{face}: {fonts}"));
        let cols: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(
            &cols[cols.len() - 5..cols.len() - 2],
            ["yes", "yes", "yes"],
            "embedded, subset, unicode: {line}"
        );
    }
}

#[test]
fn the_same_workshop_at_the_same_time_gives_the_same_bytes() {
    let w = sample();
    for kind in Export::ALL {
        let a = kind.build(&w, &options(Paper::A4)).expect("pdf");
        let b = kind.build(&w, &options(Paper::A4)).expect("pdf");
        assert!(a.bytes == b.bytes, "{kind:?} differs between two exports");
        let later = ExportOptions {
            paper: Paper::A4,
            at: at() + chrono::Duration::hours(1),
            dates: DateStyle::default(),
            logo: None,
        };
        assert!(kind.build(&w, &later).expect("pdf").bytes != a.bytes);
    }
}

#[test]
fn hostile_content_still_gives_valid_pdfs() {
    let dir = tempfile::tempdir().expect("temp");
    let mut w = sample();
    w.set_up.organisation = "Παπαδόπουλος & Кузнецова Řezníčková s.r.o.".into();
    w.charter.purpose.purpose = "Lorem ipsum dolor sit amet, ".repeat(360); // ≈ 10,000 characters
    w.charter.purpose.background = "x".repeat(300); // one 300-character word
    w.charter.vision.vision = "Mission statement with 日本語 characters the typeface lacks".into();
    enlarge(&mut w); // 34 practices × 30 votes, 200 initiatives, 60 KPIs
    for kind in Export::ALL {
        let pdf = kind.build(&w, &options(Paper::A4)).expect("pdf");
        let path = write(dir.path(), &format!("{kind:?}.pdf"), &pdf);
        valid(&path);
        let t = text(&path);
        assert!(t.contains("Παπαδόπουλος"), "{kind:?}: Greek");
        assert!(t.contains("Кузнецова"), "{kind:?}: Cyrillic");
        assert!(t.contains("Řezníčková"), "{kind:?}: Latin extended");
        if kind == Export::Charter {
            assert!(
                pdf.warnings.iter().any(|m| m.contains('日')),
                "{:?}",
                pdf.warnings
            );
            assert!(t.contains("Indicator 60"));
        }
        if kind == Export::Roadmap {
            assert!(t.contains("Initiative 200"));
            assert!(
                pdf.pages > 14,
                "200 initiatives span many timeline pages: {}",
                pdf.pages
            );
        }
    }
}

#[test]
fn symbols_print_and_emoji_never_become_replacement_marks() {
    let dir = tempfile::tempdir().expect("temp");
    let mut w = sample();
    w.set_up.organisation = "Harbourline ≥ Logistics 🚀".into();
    w.charter.purpose.purpose = "Availability ≈ 99.9 % → target ✓, 日本".into();
    for kind in Export::ALL {
        let pdf = kind.build(&w, &options(Paper::A4)).expect("pdf");
        let path = write(dir.path(), &format!("{kind:?}.pdf"), &pdf);
        let t = text(&path);
        assert!(
            !t.contains('\u{FFFD}'),
            "{kind:?} prints a replacement mark"
        );
        assert!(
            t.contains("Harbourline ≥ Logistics"),
            "{kind:?}: the symbol prints"
        );
        assert!(
            pdf.warnings.iter().any(|m| m.contains('🚀')),
            "{kind:?}: the left-out emoji is reported: {:?}",
            pdf.warnings
        );
        if kind == Export::Charter {
            assert!(t.contains("Availability ≈ 99.9 % → target ✓, □□"), "{t}");
        }
        let fonts = run("pdffonts", &[&path.display().to_string()]);
        assert!(fonts.contains("SMOSYM+DejaVuSans"), "{fonts}");
    }
}

#[test]
fn the_running_header_never_shortens_the_clients_name() {
    let dir = tempfile::tempdir().expect("temp");
    let mut w = sample();
    w.set_up.organisation = "Harbourline Logistics and Regional Distribution Services".into();
    w.set_up.title = "Chartering the Service Management Office for the whole group".into();
    for kind in Export::ALL {
        let pdf = kind.build(&w, &options(Paper::Letter)).expect("pdf");
        let path = write(dir.path(), &format!("{kind:?}.pdf"), &pdf);
        let header = run(
            "pdftotext",
            &[
                "-f",
                "3",
                "-l",
                "3",
                "-raw",
                &path.display().to_string(),
                "-",
            ],
        );
        assert!(
            header.contains(&format!(
                "{} · Harbourline Logistics and Regional Distribution Services",
                kind.title()
            )),
            "{kind:?}: {}",
            header.lines().next().unwrap_or_default()
        );
    }
}

#[test]
fn the_files_state_their_language_are_tagged_and_claim_no_pdf_x() {
    let dir = tempfile::tempdir().expect("temp");
    for kind in Export::ALL {
        let pdf = kind.build(&sample(), &options(Paper::A4)).expect("pdf");
        let path = write(dir.path(), &format!("{kind:?}.pdf"), &pdf);
        let info = valid(&path);
        assert!(!info.contains("PDF/X"), "{kind:?} claims PDF/X:\n{info}");
        assert!(
            info.lines()
                .any(|l| l.starts_with("Tagged:") && l.ends_with("yes")),
            "{kind:?} is not tagged:\n{info}"
        );
        let raw = String::from_utf8_lossy(&pdf.bytes);
        assert!(raw.contains("/Lang(en-GB)"), "{kind:?} states no language");
        assert!(!raw.contains("GTS_PDFX"), "{kind:?} has a PDF/X key");
        // The structure reads in order: the cover, the contents, then the
        // executive summary's heading and its decisions as a list; the
        // running header and footer are not in it.
        let tree = run("pdfinfo", &["-struct-text", &path.display().to_string()]);
        let roles: Vec<&str> = tree
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('"'))
            .map(|l| l.split_whitespace().next().unwrap_or(""))
            .collect();
        assert_eq!(
            roles.get(..3),
            Some(&["Document", "P", "TOC"][..]),
            "{tree}"
        );
        in_order(
            &tree,
            &[
                "H1",
                "\"Executive summary\"",
                "H3",
                "\"Decisions requested\"",
                "L",
                "LI",
            ],
        );
        assert!(!tree.contains("Page 1 of"), "the footer is page furniture");
        // A table is rows of header and data cells.
        in_order(&tree, &["Table", "TR", "TH", "TR", "TD"]);
        if kind == Export::Assessment {
            assert!(tree.contains("Figure"), "{tree}");
            assert!(
                raw.contains("/Alt"),
                "a figure without its text alternative"
            );
        }
    }
}

#[test]
fn paragraph_breaks_in_notes_and_evidence_are_kept() {
    let dir = tempfile::tempdir().expect("temp");
    let mut w = sample();
    w.charter.purpose.background =
        "First paragraph ends here.\n\nSecond paragraph starts on its own line.\nA third line."
            .into();
    let pdf = Export::Charter.build(&w, &options(Paper::A4)).expect("pdf");
    let t = text(&write(dir.path(), "charter.pdf", &pdf));
    let lines: Vec<&str> = t.lines().map(str::trim).collect();
    let first = lines
        .iter()
        .position(|l| *l == "First paragraph ends here.")
        .unwrap_or_else(|| panic!("the first paragraph is a line of its own:\n{t}"));
    assert_eq!(
        lines.get(first + 1),
        Some(&""),
        "a blank line between paragraphs"
    );
    assert_eq!(
        lines.get(first + 2),
        Some(&"Second paragraph starts on its own line.")
    );
    assert_eq!(lines.get(first + 3), Some(&"A third line."));
}

#[test]
fn an_empty_workshop_marks_what_is_not_yet_defined() {
    let dir = tempfile::tempdir().expect("temp");
    let w = blank();
    for kind in Export::ALL {
        let pdf = kind.build(&w, &options(Paper::A4)).expect("pdf");
        let path = write(dir.path(), &format!("{kind:?}.pdf"), &pdf);
        valid(&path);
        let t = text(&path);
        if kind == Export::Charter {
            assert!(t.contains("Not yet defined."));
        }
        // No draft asks to approve what is not there, and no sentence is
        // made of dashes.
        assert!(!t.contains("Approve the"), "{kind:?}: {t}");
        assert!(!t.contains("– –"), "{kind:?}: {t}");
        assert!(!t.contains("reach their agreed target"), "{kind:?}: {t}");
    }
}

#[test]
fn page_images_of_the_sample_are_rendered_for_review() {
    // The sample on A4 (also with a logo), a bare workshop and the largest
    // on US Letter: every
    // page as an image in target/pdf-pages/, for people to look at.
    let out = pages_dir();
    let largest = largest();
    let logo = smo_core::logo::Logo::from_png(logo_png(400, 120)).expect("logo");
    for (workshop, paper, label, logo) in [
        (sample(), Paper::A4, "", None),
        (sample(), Paper::A4, "with-logo-", Some(logo)),
        (blank(), Paper::Letter, "bare-", None),
        (largest, Paper::Letter, "largest-", None),
    ] {
        for (kind, name) in [
            (Export::Charter, "charter"),
            (Export::Roadmap, "roadmap"),
            (Export::Assessment, "assessment"),
        ] {
            let name = format!("{label}{name}");
            let with = ExportOptions {
                logo: logo.clone(),
                ..options(paper)
            };
            let pdf = kind.build(&workshop, &with).expect("pdf");
            let path = write(&out, &format!("{name}.pdf"), &pdf);
            let prefix = out.join(&name).display().to_string();
            run(
                "pdftoppm",
                &["-png", "-r", "60", &path.display().to_string(), &prefix],
            );
            assert!(
                out.join(format!("{name}-1.png")).exists()
                    || out.join(format!("{name}-01.png")).exists()
                    || out.join(format!("{name}-001.png")).exists()
            );
        }
    }
}

#[test]
fn a_practice_is_never_split_from_its_evidence_across_a_page() {
    every_document(|label, kind, _, path| {
        if kind != Export::Assessment {
            return;
        }
        let raw = run("pdftotext", &["-layout", &path.display().to_string(), "-"]);
        for (n, page) in raw.split('\u{c}').enumerate() {
            // Every practice's facts open with "Today" and end with
            // "Evidence": a page holds whole practices.
            let label_lines = |l: &str| {
                page.lines()
                    .filter(|line| line.trim_start().starts_with(l))
                    .count()
            };
            // "Today   2 · Repeatable: …" (not a heading that starts
            // with the word).
            let today = page
                .lines()
                .filter(|line| {
                    line.trim_start().starts_with("Today ")
                        && (line.contains(" · ") || line.contains("Not scored"))
                })
                .count();
            assert_eq!(
                today,
                label_lines("Evidence"),
                "{label}, page {}: a practice is cut from its evidence:\n{page}",
                n + 1
            );
        }
    });
}

/// Each page's height and the lowest edge of its body text (the running
/// header and footer left out), from poppler's word boxes.
fn page_fill(path: &Path) -> Vec<(f64, f64, String)> {
    let html = run("pdftotext", &["-bbox", &path.display().to_string(), "-"]);
    let attr = |tag: &str, name: &str| -> f64 {
        tag.split(&format!("{name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    html.split("<page ")
        .skip(1)
        .map(|page| {
            let height = attr(page, "height");
            let mut lowest: f64 = 0.0;
            let mut first = String::new();
            for word in page.split("<word ").skip(1) {
                let (y_min, y_max) = (attr(word, "yMin"), attr(word, "yMax"));
                // Header above 50 pt, footer within 45 pt of the foot.
                if y_min < 50.0 || y_max > height - 45.0 {
                    continue;
                }
                if first.is_empty() {
                    first = word
                        .split('>')
                        .nth(1)
                        .and_then(|w| w.split('<').next())
                        .unwrap_or("")
                        .to_owned();
                }
                lowest = lowest.max(y_max);
            }
            (height, lowest, first)
        })
        .collect()
}

#[test]
fn no_page_is_under_a_third_full_unless_a_chapter_ends_on_it() {
    every_document(|label, _, doc, path| {
        // The words a chapter opens with.
        let chapters: Vec<String> = doc
            .outline()
            .into_iter()
            .filter(|h| h.rank == smo_doc::Rank::Chapter)
            .filter_map(|h| h.text.split_whitespace().next().map(str::to_owned))
            .collect();
        let pages = page_fill(path);
        for (n, (height, lowest, _)) in pages.iter().enumerate().skip(2) {
            let next_opens_a_chapter = pages
                .get(n + 1)
                .is_none_or(|(_, _, first)| chapters.contains(first));
            let body = height - 70.0 - 64.0;
            assert!(
                next_opens_a_chapter || lowest - 70.0 >= body / 3.0,
                "{label}: page {} is {:.0}% full and no chapter ends on it",
                n + 1,
                100.0 * (lowest - 70.0) / body
            );
        }
    });
}

#[test]
fn a_brief_not_written_yet_is_drafted_from_the_workshop_and_a_written_one_is_kept() {
    let dir = tempfile::tempdir().expect("temp");
    // The sample with its assessment brief cleared: the report still leads
    // with decisions, drafted from the gaps.
    let mut w = sample();
    w.briefs.assessment = smo_core::brief::Brief {
        control: w.briefs.assessment.control.clone(),
        ..Default::default()
    };
    let pdf = Export::Assessment
        .build(&w, &options(Paper::A4))
        .expect("pdf");
    let raw = run(
        "pdftotext",
        &[
            "-raw",
            &write(dir.path(), "a.pdf", &pdf).display().to_string(),
            "-",
        ],
    );
    let t = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    in_order(
        &t,
        &[
            "Executive summary",
            "Decisions requested",
            "1. Confirm the target levels and priorities of the 16 practices assessed.",
            "Key findings",
            "The gaps that matter most are in Change enablement, Service level management and",
        ],
    );
    // What was written is printed as written, never mixed with a draft.
    let pdf = Export::Assessment
        .build(&sample(), &options(Paper::A4))
        .expect("pdf");
    let raw = run(
        "pdftotext",
        &[
            "-raw",
            &write(dir.path(), "b.pdf", &pdf).display().to_string(),
            "-",
        ],
    );
    let t = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(t.contains("1. Confirm the targets and priorities agreed in the workshop"));
    assert!(!t.contains("Confirm the target levels and priorities of the 16"));
}

/// A real `w` × `h` PNG with transparency: a blue bar on clear.
fn logo_png(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().expect("header");
        let pixels: Vec<u8> = (0..w * h)
            .flat_map(|n| {
                let y = n / w;
                if y > h / 3 && y < 2 * h / 3 {
                    [0x1f, 0x4e, 0x79, 0xff]
                } else {
                    [0, 0, 0, 0]
                }
            })
            .collect();
        writer.write_image_data(&pixels).expect("pixels");
    }
    out
}

#[test]
fn the_clients_logo_sits_on_every_cover_and_a_broken_one_is_reported() {
    let dir = tempfile::tempdir().expect("temp");
    let w = sample();
    let logo = smo_core::logo::Logo::from_png(logo_png(400, 120)).expect("logo");
    for kind in Export::ALL {
        let with = ExportOptions {
            logo: Some(logo.clone()),
            ..options(Paper::A4)
        };
        let pdf = kind.build(&w, &with).expect("pdf");
        assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
        let path = write(dir.path(), "logo.pdf", &pdf);
        valid(&path);
        let images = run("pdfimages", &["-list", &path.display().to_string()]);
        let rows: Vec<&str> = images.lines().skip(2).collect();
        // The image and its soft mask (the transparency), on the cover only.
        assert_eq!(rows.len(), 2, "{images}");
        assert!(
            rows.iter()
                .all(|r| r.split_whitespace().next() == Some("1")),
            "{images}"
        );
        assert!(
            rows[0].contains("400") && rows[0].contains("120"),
            "{images}"
        );
        assert!(rows[1].contains("smask"), "{images}");
        // Named for readers who cannot see it.
        let tree = run("pdfinfo", &["-struct-text", &path.display().to_string()]);
        assert!(tree.contains("Figure"), "{tree}");
        // The same logo gives the same bytes.
        assert!(kind.build(&w, &with).expect("pdf").bytes == pdf.bytes);
    }
    // A file with a PNG's header but nothing after it: left out, and said.
    let mut broken = logo_png(40, 12);
    broken.truncate(40);
    let with = ExportOptions {
        logo: Some(smo_core::logo::Logo::from_png(broken).expect("a header")),
        ..options(Paper::A4)
    };
    let pdf = Export::Charter.build(&w, &with).expect("pdf");
    assert!(
        pdf.warnings
            .iter()
            .any(|m| m.starts_with("The logo cannot be read and is left out")),
        "{:?}",
        pdf.warnings
    );
    valid(&write(dir.path(), "broken.pdf", &pdf));
}

#[test]
fn no_heading_is_left_at_a_page_foot() {
    every_document(|label, _, doc, path| {
        // Every heading of the document, chapters to minor ones.
        fn headings(blocks: &[smo_doc::Block], out: &mut Vec<String>) {
            for b in blocks {
                match b {
                    smo_doc::Block::Heading(h) => out.push(h.text.clone()),
                    smo_doc::Block::Together(inner) => headings(inner, out),
                    _ => {}
                }
            }
        }
        let mut all = Vec::new();
        headings(&doc.body, &mut all);
        let raw = run("pdftotext", &["-layout", &path.display().to_string(), "-"]);
        for (n, page) in raw.split('\u{c}').enumerate().skip(2) {
            // A chart's labels (a practice's name on the radar) are
            // not headings: pages holding a chart are read apart.
            let charts = [
                "Timeline",
                "The inner shape is where each practice stands",
                "Current level, target level and gap",
                "Today's level (square)",
            ];
            if charts.iter().any(|c| page.contains(c)) {
                continue;
            }
            // The last line above the running footer.
            let body: Vec<&str> = page
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            let Some(last) = body.iter().rev().nth(1) else {
                continue;
            };
            assert!(
                !all.iter().any(|h| h == last),
                "{label}: page {} ends with the heading “{last}”",
                n + 1
            );
        }
    });
}
