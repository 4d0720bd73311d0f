//! The workbook read back the way a spreadsheet reads it: calamine for the
//! sheets, headers and cell types; the sheets' XML for frozen rows, filters
//! and validation; LibreOffice (headless) opens it.

use std::io::{Cursor, Read};
use std::process::Command;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use chrono::{DateTime, TimeZone, Utc};
use smo_fixtures::{bare, enlarge, sample};
use smo_xlsx::{workbook, SHEETS};

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 31, 10, 0, 0)
        .single()
        .expect("time")
}

fn read(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("calamine opens it")
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut f = zip.by_name(name).expect(name);
    let mut out = String::new();
    f.read_to_string(&mut out).expect("utf-8");
    out
}

fn header(range: &calamine::Range<Data>) -> Vec<String> {
    range
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(|c| c.to_string())
        .collect()
}

#[test]
fn the_sheets_hold_the_workshop_with_real_types() {
    let w = sample();
    let book = workbook(&w, at()).expect("xlsx");
    assert!(book.warnings.is_empty(), "{:?}", book.warnings);
    let mut x = read(&book.bytes);
    assert_eq!(x.sheet_names(), SHEETS.map(str::to_owned).to_vec());

    let assessment = x.worksheet_range("Assessment").expect("sheet");
    let h = header(&assessment);
    assert_eq!(
        &h[..13],
        [
            "Practice",
            "Group",
            "Current",
            "Target",
            "Gap",
            "Weighted gap",
            "Priority",
            "Horizon (months)",
            "Confidence",
            "Strengths",
            "Weaknesses",
            "Recommendation",
            "Evidence"
        ]
    );
    assert_eq!(
        h.len(),
        13 + w.participants.len(),
        "one column per participant's vote"
    );
    assert_eq!(h[13], format!("Vote: {}", w.participants[0].name));
    assert_eq!(
        assessment.height() - 1,
        w.assessment.scope.len(),
        "a row per practice in scope"
    );
    let change = assessment
        .rows()
        .find(|r| r[0] == Data::String("Change enablement".into()))
        .expect("Change enablement's row");
    assert_eq!(change[2], Data::Float(1.0), "levels are numbers");
    assert_eq!(change[3], Data::Float(4.0));
    assert!(
        matches!(change[7], Data::Float(_)),
        "the horizon is a number: {:?}",
        change[7]
    );
    let votes: Vec<&Data> = change[13..]
        .iter()
        .filter(|c| matches!(c, Data::Float(_)))
        .collect();
    assert!(!votes.is_empty(), "votes are numbers");

    let roadmap = x.worksheet_range("Roadmap").expect("sheet");
    assert_eq!(
        &header(&roadmap)[..6],
        ["Initiative", "Phase", "Owner", "Start", "End", "Status"]
    );
    assert_eq!(roadmap.height() - 1, w.roadmap.initiatives.len());
    let first = roadmap.rows().nth(1).expect("an initiative");
    assert!(
        matches!(first[3], Data::DateTime(_)),
        "dates are dates: {:?}",
        first[3]
    );
    let start = w.roadmap.initiatives[0].start.expect("start");
    let serial = match &first[3] {
        Data::DateTime(d) => d.as_f64(),
        other => panic!("{other:?}"),
    };
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("epoch");
    assert_eq!(
        serial,
        (start - epoch).num_days() as f64,
        "the date reads back as the day it is"
    );

    let kpis = x.worksheet_range("KPIs").expect("sheet");
    assert_eq!(kpis.height() - 1, w.charter.kpis.len());
    let raci = x.worksheet_range("RACI").expect("sheet");
    assert_eq!(header(&raci).len(), 1 + w.charter.roles.len());
    assert!(
        raci.rows()
            .skip(1)
            .flatten()
            .any(|c| c.to_string().contains('A')),
        "RACI letters"
    );
    let comms = x.worksheet_range("Communications").expect("sheet");
    assert_eq!(comms.height() - 1, w.charter.communications.len());
}

#[test]
fn every_sheet_has_a_frozen_filtered_header_and_levels_are_validated() {
    let book = workbook(&sample(), at()).expect("xlsx");
    for n in 1..=SHEETS.len() {
        let xml = part(&book.bytes, &format!("xl/worksheets/sheet{n}.xml"));
        assert!(
            xml.contains(
                r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            ),
            "sheet {n}: frozen header"
        );
        assert!(xml.contains("<autoFilter ref=\"A1:"), "sheet {n}: filter");
        assert!(xml.contains("<col "), "sheet {n}: widths");
    }
    let assessment = part(&book.bytes, "xl/worksheets/sheet1.xml");
    assert!(
        assessment.contains(r#"<dataValidation type="whole" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Not a level""#),
        "levels validated"
    );
    assert!(assessment.contains("<formula1>0</formula1><formula2>5</formula2>"));
    assert!(assessment.contains("sqref=\"C2:C"), "on Current");
    assert!(
        assessment.contains("customHeight=\"1\""),
        "rows of wrapped findings are as tall as their text"
    );
    assert!(
        assessment.contains("fitToPage=\"1\""),
        "printed one page wide"
    );
    let roadmap = part(&book.bytes, "xl/worksheets/sheet2.xml");
    assert!(
        roadmap.contains(r#"type="list""#) && roadmap.contains("In progress"),
        "statuses are a list"
    );
    let core = part(&book.bytes, "docProps/core.xml");
    assert!(
        core.contains("2026-01-31T10:00:00Z"),
        "created at the export time: {core}"
    );
    assert!(core.contains("Harbourline"), "title names the client");
}

#[test]
fn the_same_export_gives_the_same_bytes() {
    let w = sample();
    let a = workbook(&w, at()).expect("xlsx");
    let b = workbook(&w, at()).expect("xlsx");
    assert!(a.bytes == b.bytes);
    let later = workbook(&w, at() + chrono::Duration::hours(1)).expect("xlsx");
    assert!(later.bytes != a.bytes);
}

#[test]
fn a_bare_workshop_gives_empty_sheets_with_headers() {
    let w = bare();
    let book = workbook(&w, at()).expect("xlsx");
    let mut x = read(&book.bytes);
    for name in SHEETS {
        let range = x.worksheet_range(name).expect("sheet");
        assert!(range.height() >= 1, "{name}: the header row is there");
    }
}

#[test]
fn hostile_and_large_workshops_read_back_and_open_in_libreoffice() {
    let mut w = sample();
    enlarge(&mut w);
    w.set_up.organisation = "Παπαδόπουλος & Кузнецова <Řezníčková> 日本語".into();
    w.charter.kpis[0].definition = "Lorem ipsum dolor sit amet, ".repeat(360);
    w.charter.kpis[0].name = "x".repeat(300);
    w.charter.kpis[1].name = "Tab\tand\u{1}control".into();
    let book = workbook(&w, at()).expect("xlsx");
    let mut x = read(&book.bytes);
    let kpis = x.worksheet_range("KPIs").expect("sheet");
    let first = kpis.rows().nth(1).expect("row");
    assert_eq!(first[0].to_string(), "x".repeat(300));
    assert_eq!(
        first[1].to_string().len(),
        "Lorem ipsum dolor sit amet, ".len() * 360
    );
    assert_eq!(kpis.height() - 1, w.charter.kpis.len());
    let assessment = x.worksheet_range("Assessment").expect("sheet");
    assert_eq!(header(&assessment).len(), 13 + 30, "30 voters");
    assert!(part(&book.bytes, "docProps/core.xml").contains("Παπαδόπουλος"));

    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("book.xlsx");
    std::fs::write(&path, &book.bytes).expect("write");
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.path().join("lo").display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "csv",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&path)
        .output()
        .expect("LibreOffice (soffice) runs: scripts/test.sh installs it");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = std::fs::read_to_string(dir.path().join("book.csv"))
        .expect("LibreOffice read the workbook");
    assert!(
        csv.starts_with("Practice,Group,Current,Target"),
        "{}",
        &csv[..80.min(csv.len())]
    );
}

#[test]
fn the_life_after_the_workshop_has_its_sheets() {
    let w = sample();
    let book = workbook(&w, at()).expect("xlsx");
    let mut x = read(&book.bytes);
    let measured: usize = w.follow_up.kpis.iter().map(|k| k.measurements.len()).sum();
    let measurements = x.worksheet_range("Measurements").expect("sheet");
    assert_eq!(
        header(&measurements),
        ["KPI", "Measured for", "Value", "Unit", "By", "Note"]
    );
    assert_eq!(measurements.height(), measured + 1);
    // A value is a number and a day a date, not text.
    let first = measurements.rows().nth(1).expect("a row");
    assert!(matches!(first[2], Data::Float(_)), "{:?}", first[2]);
    assert!(matches!(first[1], Data::DateTime(_)), "{:?}", first[1]);

    let rounds = x.worksheet_range("Rounds").expect("sheet");
    let h = header(&rounds);
    assert_eq!(h[1], "Baseline, March 2026");
    assert_eq!(h[2], "Six-month review, September 2026");
    assert_eq!(rounds.height(), w.assessment.scope.len() + 1);

    let register = x.worksheet_range("Register").expect("sheet");
    assert_eq!(register.height(), w.follow_up.ideas.len() + 1);
    let text: Vec<String> = register.rows().flatten().map(|c| c.to_string()).collect();
    assert!(text.iter().any(|t| t == "Incident or problem review"));
    assert!(text
        .iter()
        .any(|t| t == "Release windows and release notes for the portal"));
}
