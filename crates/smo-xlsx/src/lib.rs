//! SMO Workbench's workbook: the workshop's data as Excel sheets people
//! filter, sort and keep tracking — the assessment (with every participant's
//! vote), the roadmap, the KPIs, the RACI and the communications plan.
//!
//! Every sheet has a frozen, filtered header row and columns as wide as
//! their content (long text wraps); levels are numbers validated as 0–5,
//! dates are real dates, statuses a list to choose from. The export time is
//! the file's creation time, so the same export gives the same bytes.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, DocProperties, ExcelDateTime, Format, FormatAlign,
    FormatBorder, Workbook, Worksheet, XlsxError,
};
use smo_core::roadmap::InitiativeStatus;
use smo_core::{GapReport, Level, Workshop};

/// The sheets, in the order the workbook shows them.
pub const SHEETS: [&str; 8] = [
    "Assessment",
    "Roadmap",
    "KPIs",
    "RACI",
    "Communications",
    "Measurements",
    "Rounds",
    "Register",
];

/// Rows below the data that validation still covers, so rows people add
/// are checked too.
const SPARE_ROWS: u32 = 200;
/// The widest a column gets (in characters); longer text wraps.
const WIDEST: u32 = 60;
/// The most characters a cell holds (Excel's limit).
const CELL_LIMIT: usize = 32_767;

/// A finished workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Xlsx {
    /// The .xlsx file.
    pub bytes: Vec<u8>,
    /// What the reader should know (text cut to fit a cell).
    pub warnings: Vec<String>,
}

/// Why the workbook could not be written (never its content).
#[derive(Debug, thiserror::Error)]
#[error("The workbook cannot be written: {0}")]
pub struct WorkbookError(#[from] XlsxError);

/// The workbook's file name: "Harbourline Logistics – SMO Workbench data.xlsx".
pub fn file_name(organisation: &str) -> String {
    smo_core::export_file_name(organisation, "SMO Workbench data", "xlsx")
}

/// Writes the workbook of `workshop`, created at `at`.
pub fn workbook(workshop: &Workshop, at: DateTime<Utc>) -> Result<Xlsx, WorkbookError> {
    let mut book = Workbook::new();
    let set_up = &workshop.set_up;
    book.set_properties(
        &DocProperties::new()
            .set_title(format!("SMO Workbench data – {}", set_up.organisation))
            .set_subject(set_up.title.clone())
            .set_author(set_up.facilitator.clone())
            .set_company(set_up.organisation.clone())
            .set_creation_datetime(&excel_time(at)?),
    );
    let mut sheets = Sheets {
        formats: Formats::new(),
        warnings: Vec::new(),
    };
    sheets.assessment(book.add_worksheet(), workshop)?;
    sheets.roadmap(book.add_worksheet(), workshop)?;
    sheets.kpis(book.add_worksheet(), workshop)?;
    sheets.raci(book.add_worksheet(), workshop)?;
    sheets.communications(book.add_worksheet(), workshop)?;
    sheets.measurements(book.add_worksheet(), workshop)?;
    sheets.rounds(book.add_worksheet(), workshop)?;
    sheets.register(book.add_worksheet(), workshop)?;
    Ok(Xlsx {
        bytes: book.save_to_buffer()?,
        warnings: sheets.warnings,
    })
}

fn excel_time(at: DateTime<Utc>) -> Result<ExcelDateTime, XlsxError> {
    let (y, m, d) = (at.year(), at.month(), at.day());
    ExcelDateTime::from_ymd(
        u16::try_from(y).map_err(|_| XlsxError::ParameterError(format!("year {y}")))?,
        m as u8,
        d as u8,
    )?
    .and_hms(at.hour() as u16, at.minute() as u8, at.second())
}

struct Formats {
    header: Format,
    text: Format,
    level: Format,
    date: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xE9EEF4))
                .set_border_bottom(FormatBorder::Thin)
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            text: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            level: Format::new()
                .set_align(FormatAlign::Top)
                .set_align(FormatAlign::Center),
            date: Format::new()
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Top)
                .set_align(FormatAlign::Left),
        }
    }
}

/// A cell's value.
enum Cell {
    Text(String),
    Number(f64),
    Date(Option<NaiveDate>),
    Level(Option<Level>),
}

struct Sheets {
    formats: Formats,
    warnings: Vec<String>,
}

impl Sheets {
    /// Writes a sheet: a header row (frozen, with a filter, repeated on
    /// printed pages), then the rows, each as tall as its wrapped text;
    /// columns as wide as their content up to [`WIDEST`]; printed landscape,
    /// one page wide.
    fn write(
        &mut self,
        sheet: &mut Worksheet,
        name: &str,
        headers: &[String],
        rows: Vec<Vec<Cell>>,
    ) -> Result<(), XlsxError> {
        sheet.set_name(name)?;
        let rows: Vec<Vec<Cell>> = rows
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .enumerate()
                    .map(|(c, cell)| match cell {
                        Cell::Text(t) => Cell::Text(self.fit(name, headers.get(c), &t)),
                        other => other,
                    })
                    .collect()
            })
            .collect();
        // Widths first (in characters), so row heights can follow the wrap.
        let mut widths: Vec<usize> = headers
            .iter()
            .map(|h| h.chars().count().min(24) + 2)
            .collect();
        for row in &rows {
            for (c, cell) in row.iter().enumerate() {
                if let Some(w) = widths.get_mut(c) {
                    *w = (*w).max(cell.shown_width() + 2);
                }
            }
        }
        let widths: Vec<u32> = widths
            .iter()
            .map(|w| u32::try_from(*w).unwrap_or(WIDEST).min(WIDEST))
            .collect();
        for (c, w) in widths.iter().enumerate() {
            sheet.set_column_width(col(c)?, *w)?;
        }
        let header_lines = headers
            .iter()
            .zip(&widths)
            .map(|(h, w)| wrapped_lines(h, *w))
            .max()
            .unwrap_or(1);
        sheet.set_row_height(0, row_height(header_lines))?;
        for (c, h) in headers.iter().enumerate() {
            sheet.write_string_with_format(0, col(c)?, h, &self.formats.header)?;
        }
        for (r, row) in rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
            let mut lines = 1;
            for (c, cell) in row.iter().enumerate() {
                let cc = col(c)?;
                match cell {
                    Cell::Text(t) => {
                        if !t.is_empty() {
                            sheet.write_string_with_format(r, cc, t, &self.formats.text)?;
                            lines = lines
                                .max(wrapped_lines(t, widths.get(c).copied().unwrap_or(WIDEST)));
                        }
                    }
                    Cell::Number(n) => {
                        sheet.write_number_with_format(r, cc, *n, &self.formats.level)?;
                    }
                    Cell::Level(Some(l)) => {
                        sheet.write_number_with_format(
                            r,
                            cc,
                            f64::from(l.value()),
                            &self.formats.level,
                        )?;
                    }
                    Cell::Date(Some(d)) => {
                        let day = ExcelDateTime::from_ymd(
                            u16::try_from(d.year()).map_err(|_| {
                                XlsxError::ParameterError(format!("year {}", d.year()))
                            })?,
                            d.month() as u8,
                            d.day() as u8,
                        )?;
                        sheet.write_datetime_with_format(r, cc, &day, &self.formats.date)?;
                    }
                    Cell::Level(None) | Cell::Date(None) => {}
                }
            }
            if lines > 1 {
                sheet.set_row_height(r, row_height(lines))?;
            }
        }
        let last_row = u32::try_from(rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
        let last_col = col(headers.len().saturating_sub(1))?;
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, last_row.max(1), last_col)?;
        sheet.set_landscape();
        sheet.set_print_fit_to_pages(1, 0);
        sheet.set_repeat_rows(0, 0)?;
        Ok(())
    }

    /// `text`, cut to what a cell holds (with a warning naming the cell).
    fn fit(&mut self, sheet: &str, column: Option<&String>, text: &str) -> String {
        if text.chars().count() <= CELL_LIMIT {
            return text.to_owned();
        }
        self.warnings.push(format!(
            "{sheet}, {}: text longer than a cell holds ({CELL_LIMIT} characters) is cut",
            column.map_or("a column", String::as_str)
        ));
        text.chars().take(CELL_LIMIT - 1).chain(['…']).collect()
    }

    /// Levels 0–5 only, in `column` from row 2 down past the data.
    fn levels_only(
        &self,
        sheet: &mut Worksheet,
        column: usize,
        rows: usize,
    ) -> Result<(), XlsxError> {
        let rule = DataValidation::new()
            .allow_whole_number(DataValidationRule::Between(0, 5))
            .set_error_title("Not a level")?
            .set_error_message("A level is a whole number from 0 to 5.")?;
        let last = u32::try_from(rows).map_err(|_| XlsxError::RowColumnLimitError)? + SPARE_ROWS;
        sheet.add_data_validation(1, col(column)?, last, col(column)?, &rule)?;
        Ok(())
    }

    fn assessment(&mut self, sheet: &mut Worksheet, w: &Workshop) -> Result<(), XlsxError> {
        let mut headers: Vec<String> = [
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
            "Evidence",
        ]
        .map(str::to_owned)
        .to_vec();
        let first_vote = headers.len();
        headers.extend(w.participants.iter().map(|p| format!("Vote: {}", p.name)));
        let framework = w.assessment.framework.as_ref();
        let report = GapReport::of(&w.assessment);
        let rows: Vec<Vec<Cell>> = report
            .iter()
            .flat_map(|r| &r.practices)
            .map(|g| {
                let a = w
                    .assessment
                    .practices
                    .iter()
                    .find(|p| p.practice_id == g.practice_id);
                let group = framework
                    .and_then(|f| f.group(&g.group_id))
                    .map_or_else(|| g.group_id.clone(), |grp| grp.name.clone());
                let text = |f: fn(&smo_core::PracticeAssessment) -> &str| {
                    Cell::Text(a.map_or_else(String::new, |a| f(a).to_owned()))
                };
                let mut row = vec![
                    Cell::Text(g.name.clone()),
                    Cell::Text(group),
                    Cell::Level(g.current),
                    Cell::Level(g.target),
                    g.gap
                        .map_or(Cell::Text(String::new()), |v| Cell::Number(f64::from(v))),
                    g.weighted_gap
                        .map_or(Cell::Text(String::new()), |v| Cell::Number(f64::from(v))),
                    Cell::Text(
                        g.priority
                            .map_or_else(String::new, |p| p.label().to_owned()),
                    ),
                    a.and_then(|a| a.horizon)
                        .map_or(Cell::Text(String::new()), |h| {
                            Cell::Number(f64::from(h.months()))
                        }),
                    Cell::Text(
                        a.and_then(|a| a.confidence)
                            .map_or_else(String::new, |c| c.label().to_owned()),
                    ),
                    text(|a| &a.strengths),
                    text(|a| &a.weaknesses),
                    text(|a| &a.recommendation),
                    text(|a| &a.evidence),
                ];
                for p in &w.participants {
                    let vote = a.and_then(|a| a.votes.iter().find(|v| v.participant_id == p.id));
                    row.push(Cell::Level(vote.map(|v| v.level)));
                }
                row
            })
            .collect();
        let count = rows.len();
        self.write(sheet, SHEETS[0], &headers, rows)?;
        for column in [2, 3].into_iter().chain(first_vote..headers.len()) {
            self.levels_only(sheet, column, count)?;
        }
        Ok(())
    }

    fn roadmap(&mut self, sheet: &mut Worksheet, w: &Workshop) -> Result<(), XlsxError> {
        let headers = [
            "Initiative",
            "Phase",
            "Owner",
            "Start",
            "End",
            "Status",
            "Effort",
            "Milestone",
            "Depends on",
            "Practices",
            "Raises practices to",
            "Description",
        ]
        .map(str::to_owned);
        let framework = w.assessment.framework.as_ref();
        let initiatives = &w.roadmap.initiatives;
        let rows: Vec<Vec<Cell>> = initiatives
            .iter()
            .map(|i| {
                let depends = i
                    .dependencies
                    .iter()
                    .map(|id| {
                        initiatives
                            .iter()
                            .find(|o| &o.id == id)
                            .map_or_else(|| id.clone(), |o| o.title.clone())
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                let practices = i
                    .practices
                    .iter()
                    .map(|id| {
                        framework
                            .and_then(|f| f.practice(id))
                            .map_or_else(|| id.clone(), |p| p.name.clone())
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                vec![
                    Cell::Text(i.title.clone()),
                    Cell::Text(i.phase.map_or_else(String::new, |p| p.label().to_owned())),
                    Cell::Text(i.owner.clone()),
                    Cell::Date(i.start),
                    Cell::Date(i.end),
                    Cell::Text(i.status.label().to_owned()),
                    Cell::Text(i.effort.map_or_else(String::new, |e| e.label().to_owned())),
                    Cell::Text(if i.milestone { "Yes" } else { "No" }.to_owned()),
                    Cell::Text(depends),
                    Cell::Text(practices),
                    Cell::Level(i.raises_to),
                    Cell::Text(i.description.clone()),
                ]
            })
            .collect();
        let count = rows.len();
        self.write(sheet, SHEETS[1], &headers, rows)?;
        let statuses: Vec<&str> = InitiativeStatus::ALL.iter().map(|s| s.label()).collect();
        let rule = DataValidation::new()
            .allow_list_strings(&statuses)?
            .set_error_message("Choose a status from the list.")?;
        let last = u32::try_from(count).map_err(|_| XlsxError::RowColumnLimitError)? + SPARE_ROWS;
        sheet.add_data_validation(1, 5, last, 5, &rule)?;
        self.levels_only(sheet, 10, count)
    }

    fn kpis(&mut self, sheet: &mut Worksheet, w: &Workshop) -> Result<(), XlsxError> {
        let headers = [
            "KPI",
            "Definition",
            "Objective",
            "Baseline",
            "Target",
            "Frequency",
            "Owner",
            "Data source",
        ]
        .map(str::to_owned);
        let c = &w.charter;
        let rows = c
            .kpis
            .iter()
            .map(|k| {
                let objective = k
                    .objective_id
                    .as_ref()
                    .and_then(|id| c.objectives.iter().find(|o| &o.id == id))
                    .map_or_else(String::new, |o| o.title.clone());
                [
                    &k.name,
                    &k.definition,
                    &objective,
                    &k.baseline,
                    &k.target,
                    &k.frequency,
                    &k.owner,
                    &k.data_source,
                ]
                .into_iter()
                .map(|t| Cell::Text(t.clone()))
                .collect()
            })
            .collect();
        self.write(sheet, SHEETS[2], &headers, rows)
    }

    /// Every measurement of every tracked KPI, oldest first per KPI.
    fn measurements(&mut self, sheet: &mut Worksheet, w: &Workshop) -> Result<(), XlsxError> {
        let headers = ["KPI", "Measured for", "Value", "Unit", "By", "Note"].map(str::to_owned);
        let mut rows = Vec::new();
        for k in &w.follow_up.kpis {
            let name = w
                .charter
                .kpis
                .iter()
                .find(|c| c.id == k.kpi_id)
                .map_or_else(|| k.kpi_id.clone(), |c| c.name.clone());
            let unit = k.scale.as_ref().map_or("", |s| s.unit.as_str());
            for m in &k.measurements {
                rows.push(vec![
                    Cell::Text(name.clone()),
                    Cell::Date(Some(m.date)),
                    Cell::Number(m.value),
                    Cell::Text(unit.to_owned()),
                    Cell::Text(m.by.clone()),
                    Cell::Text(m.note.clone()),
                ]);
            }
        }
        self.write(sheet, SHEETS[5], &headers, rows)
    }

    /// Each practice's current level in every assessment round, oldest first.
    fn rounds(&mut self, sheet: &mut Worksheet, w: &Workshop) -> Result<(), XlsxError> {
        let f = &w.follow_up;
        let mut headers = vec!["Practice".to_owned()];
        headers.extend(f.rounds.iter().map(|r| r.name.clone()));
        headers.push(f.live_round.name.clone());
        let name = |id: &str| practice_name(w, id);
        let rows = w
            .assessment
            .scope
            .iter()
            .map(|id| {
                let mut cells = vec![Cell::Text(name(id))];
                cells.extend(f.rounds.iter().map(|r| {
                    Cell::Level(
                        r.practices
                            .iter()
                            .find(|p| &p.practice_id == id)
                            .and_then(|p| p.current),
                    )
                }));
                cells.push(Cell::Level(
                    w.assessment.practice(id).and_then(|p| p.current),
                ));
                cells
            })
            .collect();
        self.write(sheet, SHEETS[6], &headers, rows)
    }

    /// The improvement register.
    fn register(&mut self, sheet: &mut Worksheet, w: &Workshop) -> Result<(), XlsxError> {
        let headers = [
            "Raised",
            "Raised by",
            "Idea",
            "Source",
            "Practice",
            "Expected benefit",
            "Size",
            "Priority",
            "Status",
            "Owner",
            "Decision",
            "Initiative",
        ]
        .map(str::to_owned);
        let practice = |id: &Option<String>| {
            id.as_deref()
                .map_or_else(String::new, |id| practice_name(w, id))
        };
        let rows = w
            .follow_up
            .ideas
            .iter()
            .map(|i| {
                vec![
                    Cell::Date(Some(i.raised_on)),
                    Cell::Text(i.raised_by.clone()),
                    Cell::Text(i.description.clone()),
                    Cell::Text(i.source.label().to_owned()),
                    Cell::Text(practice(&i.practice_id)),
                    Cell::Text(i.expected_benefit.clone()),
                    Cell::Text(i.size.map_or_else(String::new, |s| s.code().to_owned())),
                    Cell::Text(i.priority.map_or_else(String::new, |p| p.to_string())),
                    Cell::Text(i.status.label().to_owned()),
                    Cell::Text(i.owner.clone()),
                    Cell::Text(i.decision.clone()),
                    Cell::Text(
                        i.initiative_id
                            .as_deref()
                            .and_then(|id| w.roadmap.initiative(id))
                            .map_or_else(String::new, |x| x.title.clone()),
                    ),
                ]
            })
            .collect();
        self.write(sheet, SHEETS[7], &headers, rows)
    }

    fn raci(&mut self, sheet: &mut Worksheet, w: &Workshop) -> Result<(), XlsxError> {
        let c = &w.charter;
        let mut headers = vec!["Process or activity".to_owned()];
        headers.extend(c.roles.iter().map(|r| r.name.clone()));
        let rows = c
            .raci
            .iter()
            .map(|row| {
                let mut cells = vec![Cell::Text(row.activity.clone())];
                for role in &c.roles {
                    cells.push(Cell::Text(
                        row.cells
                            .iter()
                            .find(|x| x.role_id == role.id)
                            .map_or_else(String::new, smo_core::charter::RaciCell::letters),
                    ));
                }
                cells
            })
            .collect();
        self.write(sheet, SHEETS[3], &headers, rows)
    }

    fn communications(&mut self, sheet: &mut Worksheet, w: &Workshop) -> Result<(), XlsxError> {
        let headers = [
            "Audience",
            "Message",
            "Channel",
            "Frequency",
            "Owner",
            "Start",
        ]
        .map(str::to_owned);
        let rows = w
            .charter
            .communications
            .iter()
            .map(|m| {
                vec![
                    Cell::Text(m.audience.clone()),
                    Cell::Text(m.message.clone()),
                    Cell::Text(m.channel.clone()),
                    Cell::Text(m.frequency.clone()),
                    Cell::Text(m.owner.clone()),
                    Cell::Date(m.start),
                ]
            })
            .collect();
        self.write(sheet, SHEETS[4], &headers, rows)
    }
}

impl Cell {
    /// How many characters wide the cell reads (its longest line).
    fn shown_width(&self) -> usize {
        match self {
            Cell::Text(t) => t.lines().map(|l| l.chars().count()).max().unwrap_or(0),
            Cell::Number(_) => 6,
            Cell::Level(_) => 3,
            Cell::Date(_) => 11,
        }
    }
}

/// How many lines `text` wraps to in a column `width` characters wide.
/// A practice's name in the workshop's framework (its id when it has none).
fn practice_name(w: &Workshop, id: &str) -> String {
    w.assessment
        .framework
        .as_ref()
        .and_then(|fw| fw.practice(id))
        .map_or_else(|| id.to_owned(), |p| p.name.clone())
}

fn wrapped_lines(text: &str, width: u32) -> usize {
    let per_line = (width.saturating_sub(2)).max(1) as usize;
    text.lines()
        .map(|l| l.chars().count().div_ceil(per_line).max(1))
        .sum::<usize>()
        .max(1)
}

/// A row's height in points for `lines` lines of the default 11-point text
/// (Excel's limit is 409 points).
fn row_height(lines: usize) -> f64 {
    (lines as f64 * 15.0).min(409.0)
}

fn col(c: usize) -> Result<u16, XlsxError> {
    u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}
