//! The charter: cover (with version and approval status), contents, the vision
//! and mission, every charter section in order with its tables, and an
//! approval block with signature lines.

use smo_core::charter::{CharterSection, Rating};
use smo_core::{DateStyle, Workshop};

use super::{build, Cover, Export, ExportOptions, Pdf, PdfError};
use crate::layout::{Column, Orientation, Style, Writer, RULE};

fn rating(r: Option<Rating>) -> String {
    r.map_or("–", Rating::label).to_owned()
}

/// The charter of `workshop`.
pub fn charter(workshop: &Workshop, options: &ExportOptions) -> Result<Pdf, PdfError> {
    let c = &workshop.charter;
    let version = workshop.charter_versions.first().map_or_else(
        || "Working draft (no saved version)".to_owned(),
        |v| {
            format!(
                "Working copy after version {} ({})",
                v.number,
                options.dates.day(v.saved_at.date_naive())
            )
        },
    );
    let cover = Cover {
        kind: Export::Charter,
        workshop,
        facts: vec![
            ("Version", version),
            ("Approval", {
                let mut s = c.approval.status.label().to_owned();
                if let Some(d) = c.approval.approved {
                    s.push_str(&format!(", approved {}", options.dates.day(d)));
                } else if let Some(d) = c.approval.submitted {
                    s.push_str(&format!(", sent for review {}", options.dates.day(d)));
                }
                s
            }),
        ],
    };
    build(
        &cover,
        options,
        "The charter of the Service Management Office",
        |w| {
            w.heading("Vision and mission", 1);
            w.heading("Vision", 3);
            w.paragraph_or_missing(&c.vision.vision);
            w.heading("Mission", 3);
            w.paragraph_or_missing(&c.vision.mission);
            if !c.vision.goals.trim().is_empty() {
                w.heading("Organisational goals", 3);
                w.paragraph(&c.vision.goals, Style::BODY);
            }
            for section in CharterSection::ALL {
                // Wide tables get landscape pages of their own.
                let wide = section == CharterSection::Kpis
                    || section == CharterSection::Communications
                    || (section == CharterSection::Raci && c.roles.len() > 6);
                if wide {
                    w.turn_page(Orientation::Landscape);
                }
                if section == CharterSection::Approval {
                    // The approval block (status and every signature) stays
                    // together when it fits on one page.
                    let needed = 190.0 + 90.0 * c.approval.approvers.len() as f64;
                    if needed < 650.0 {
                        w.ensure(needed);
                    }
                }
                w.heading(&section.to_string(), 1);
                sections(w, workshop, section, options.dates);
                if wide {
                    w.turn_page(Orientation::Portrait);
                }
            }
        },
    )
}

/// Writes `section`'s body under its heading: one function per section.
fn sections(w: &mut Writer<'_>, workshop: &Workshop, section: CharterSection, dates: DateStyle) {
    let write: fn(&mut Writer<'_>, &Workshop, DateStyle) = match section {
        CharterSection::Purpose => purpose,
        CharterSection::Scope => scope,
        CharterSection::Forms => forms,
        CharterSection::Objectives => objectives,
        CharterSection::Stakeholders => stakeholders,
        CharterSection::Roles => roles,
        CharterSection::Raci => raci,
        CharterSection::Authority => authority,
        CharterSection::Governance => governance,
        CharterSection::Kpis => kpis,
        CharterSection::Reporting => reporting,
        CharterSection::Communications => communications,
        CharterSection::Improvement => improvement,
        CharterSection::Risks => risks,
        CharterSection::Approval => approval,
    };
    write(w, workshop, dates);
}

/// The purpose section.
fn purpose(w: &mut Writer<'_>, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    w.heading("Purpose", 3);
    w.paragraph_or_missing(&c.purpose.purpose);
    w.heading("Background", 3);
    w.paragraph_or_missing(&c.purpose.background);
}

/// The scope section.
fn scope(w: &mut Writer<'_>, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    w.heading("In scope", 3);
    w.bullets(&c.scope.included);
    w.heading("Out of scope", 3);
    w.bullets(&c.scope.excluded);
}

/// The forms section.
fn forms(w: &mut Writer<'_>, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    let forms: Vec<String> = c.forms.forms.iter().map(|f| f.label().to_owned()).collect();
    w.bullets(&forms);
    if !c.forms.notes.trim().is_empty() {
        w.paragraph(&c.forms.notes, Style::BODY);
    }
}

/// The objectives section.
fn objectives(w: &mut Writer<'_>, workshop: &Workshop, dates: DateStyle) {
    let c = &workshop.charter;
    if c.objectives.is_empty() {
        w.paragraph("Not yet defined.", Style::NOTE);
    }
    let framework = workshop.assessment.framework.as_ref();
    for (n, o) in c.objectives.iter().enumerate() {
        let title = if o.title.trim().is_empty() {
            "Untitled objective"
        } else {
            o.title.as_str()
        };
        w.heading(&format!("{}. {title}", n + 1), 3);
        let practices: Vec<String> = o
            .practices
            .iter()
            .map(|p| {
                framework
                    .and_then(|f| f.practice(p))
                    .map_or_else(|| p.clone(), |p| p.name.clone())
            })
            .collect();
        w.facts(&[
            ("Specific", o.specific.clone()),
            ("Measurable", o.measurable.clone()),
            ("Achievable", o.achievable.clone()),
            ("Relevant", o.relevant.clone()),
            ("Due", dates.maybe_day(o.due)),
            ("Closes the gaps of", practices.join(", ")),
        ]);
    }
}

/// The stakeholders section.
fn stakeholders(w: &mut Writer<'_>, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    w.heading("Workshop participants", 3);
    super::participants(w, workshop);
    w.heading("Other stakeholders", 3);
    let rows: Vec<Vec<String>> = c
        .stakeholders
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                s.role.clone(),
                s.interest.clone(),
                rating(s.influence),
            ]
        })
        .collect();
    w.table(
        &[
            Column::new("Stakeholder", 2.0),
            Column::new("Role", 1.5),
            Column::new("What they need", 3.5),
            Column::new("Influence", 1.0),
        ],
        &rows,
    );
}

/// The roles section.
fn roles(w: &mut Writer<'_>, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    let rows: Vec<Vec<String>> = c
        .roles
        .iter()
        .map(|r| {
            vec![
                r.name.clone(),
                r.purpose.clone(),
                r.skills.clone(),
                if r.to_recruit {
                    "To recruit".to_owned()
                } else {
                    r.filled_by.clone()
                },
                r.allocation
                    .map_or_else(|| "–".to_owned(), |a| format!("{a}%")),
            ]
        })
        .collect();
    w.table(
        &[
            Column::new("Role", 1.6),
            Column::new("Purpose", 2.6),
            Column::new("Skills", 2.6),
            Column::new("Filled by", 1.5),
            Column::number("Time", 0.7),
        ],
        &rows,
    );
}

/// The raci section.
fn raci(w: &mut Writer<'_>, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    let mut columns = vec![Column::new("Process or activity", 3.0)];
    columns.extend(c.roles.iter().map(|r| Column::new(&r.name, 1.0)));
    let rows: Vec<Vec<String>> =
        c.raci
            .iter()
            .map(|row| {
                let mut cells = vec![row.activity.clone()];
                for role in &c.roles {
                    let letters = row.cells.iter().find(|x| x.role_id == role.id).map_or_else(
                        String::new,
                        |x| {
                            // One way to write every combination: A/R, C/I.
                            [
                                (x.accountable, "A"),
                                (x.responsible, "R"),
                                (x.consulted, "C"),
                                (x.informed, "I"),
                            ]
                            .iter()
                            .filter(|(on, _)| *on)
                            .map(|(_, l)| *l)
                            .collect::<Vec<_>>()
                            .join("/")
                        },
                    );
                    cells.push(letters);
                }
                cells
            })
            .collect();
    if c.roles.is_empty() && !c.raci.is_empty() {
        w.paragraph(
            "The RACI has rows but no roles are defined yet.",
            Style::NOTE,
        );
    } else {
        w.table(&columns, &rows);
    }
    let issues = &workshop.checks.raci;
    if !issues.is_empty() {
        w.paragraph(
            &format!(
                "Open points: {}",
                issues
                    .iter()
                    .map(|i| i.message.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            Style::NOTE,
        );
    }
    w.paragraph(
        "R responsible · A accountable · C consulted · I informed.",
        Style::NOTE,
    );
}

/// The authority section.
fn authority(w: &mut Writer<'_>, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    let level = c.authority.level.map_or_else(String::new, |level| {
        let meaning = level.meaning();
        let mut chars = meaning.chars();
        let first = chars.next().map(|c| c.to_lowercase().to_string());
        format!(
            "{}: {}{}",
            level.label(),
            first.unwrap_or_default(),
            chars.as_str()
        )
    });
    w.facts(&[("Level of authority", level)]);
    w.paragraph_or_missing(&c.authority.statement);
    w.heading("Areas of influence", 3);
    w.bullets(&c.authority.areas_of_influence);
    w.heading("Decision rights", 3);
    let rows: Vec<Vec<String>> = c
        .authority
        .decision_rights
        .iter()
        .map(|d| vec![d.decision.clone(), d.right.clone()])
        .collect();
    w.table(
        &[Column::new("Decision", 3.0), Column::new("The SMO…", 2.0)],
        &rows,
    );
}

/// The governance section.
fn governance(w: &mut Writer<'_>, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    let rows: Vec<Vec<String>> = c
        .governance
        .iter()
        .map(|b| {
            vec![
                b.name.clone(),
                b.chair.clone(),
                b.members.clone(),
                b.cadence.clone(),
                b.decides.clone(),
            ]
        })
        .collect();
    w.table(
        &[
            Column::new("Body", 1.6),
            Column::new("Chair", 1.3),
            Column::new("Members", 2.2),
            Column::new("Cadence", 1.2),
            Column::new("Decides", 2.6),
        ],
        &rows,
    );
}

/// The kpis section.
fn kpis(w: &mut Writer<'_>, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    let objective = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| c.objectives.iter().find(|o| &o.id == id))
            .map_or_else(|| "–".to_owned(), |o| o.title.clone())
    };
    let rows: Vec<Vec<String>> = c
        .kpis
        .iter()
        .map(|k| {
            vec![
                k.name.clone(),
                k.definition.clone(),
                k.baseline.clone(),
                k.target.clone(),
                k.frequency.clone(),
                k.owner.clone(),
                k.data_source.clone(),
                objective(&k.objective_id),
            ]
        })
        .collect();
    w.table(
        &[
            Column::new("KPI", 1.6),
            Column::new("Definition", 2.4),
            Column::new("Baseline", 1.0),
            Column::new("Target", 1.0),
            Column::new("Frequency", 0.9),
            Column::new("Owner", 1.2),
            Column::new("Data source", 1.3),
            Column::new("Objective", 1.3),
        ],
        &rows,
    );
}

/// The reporting section.
fn reporting(w: &mut Writer<'_>, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    let rows: Vec<Vec<String>> = c
        .reporting
        .iter()
        .map(|r| {
            vec![
                r.name.clone(),
                r.audience.clone(),
                r.frequency.clone(),
                r.owner.clone(),
            ]
        })
        .collect();
    w.table(
        &[
            Column::new("Report", 2.0),
            Column::new("Audience", 2.0),
            Column::new("Frequency", 1.2),
            Column::new("Owner", 1.6),
        ],
        &rows,
    );
}

/// The communications section.
fn communications(w: &mut Writer<'_>, workshop: &Workshop, dates: DateStyle) {
    let c = &workshop.charter;
    let rows: Vec<Vec<String>> = c
        .communications
        .iter()
        .map(|m| {
            vec![
                m.audience.clone(),
                m.message.clone(),
                m.channel.clone(),
                m.frequency.clone(),
                m.owner.clone(),
                dates.maybe_day(m.start),
            ]
        })
        .collect();
    w.table(
        &[
            Column::new("Audience", 1.4),
            Column::new("Message", 2.6),
            Column::new("Channel", 1.5),
            Column::new("Frequency", 1.1),
            Column::new("Owner", 1.3),
            Column::new("From", 1.0),
        ],
        &rows,
    );
}

/// The improvement section.
fn improvement(w: &mut Writer<'_>, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    w.facts(&[("Review cadence", c.improvement.review_cadence.clone())]);
    w.heading("Feedback sources", 3);
    w.bullets(&c.improvement.feedback_sources);
    w.heading("Improvement register", 3);
    let rows: Vec<Vec<String>> = c
        .improvement
        .register
        .iter()
        .map(|r| {
            let status = r.status.label();
            vec![
                r.description.clone(),
                r.source.clone(),
                r.owner.clone(),
                status.to_owned(),
            ]
        })
        .collect();
    w.table(
        &[
            Column::new("Improvement", 3.5),
            Column::new("Source", 1.5),
            Column::new("Owner", 1.4),
            Column::new("Status", 1.0),
        ],
        &rows,
    );
}

/// The risks section.
fn risks(w: &mut Writer<'_>, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    let rows: Vec<Vec<String>> = c
        .risks
        .iter()
        .map(|r| {
            vec![
                r.description.clone(),
                rating(r.likelihood),
                rating(r.impact),
                r.mitigation.clone(),
                r.owner.clone(),
            ]
        })
        .collect();
    w.table(
        &[
            Column::new("Risk", 2.8),
            Column::new("Likelihood", 1.0),
            Column::new("Impact", 0.9),
            Column::new("Mitigation", 2.8),
            Column::new("Owner", 1.3),
        ],
        &rows,
    );
}

/// The approval section.
fn approval(w: &mut Writer<'_>, workshop: &Workshop, dates: DateStyle) {
    let c = &workshop.charter;
    let a = &c.approval;
    w.facts(&[
        ("Status", a.status.label().to_owned()),
        ("Sent for review", dates.maybe_day(a.submitted)),
        ("Approved", dates.maybe_day(a.approved)),
    ]);
    if a.approvers.is_empty() {
        w.paragraph("No approvers named yet.", Style::NOTE);
    }
    for approver in &a.approvers {
        // Name, role and two signature lines kept together on one page.
        w.ensure(70.0);
        w.space(12.0);
        let name = if approver.name.trim().is_empty() {
            "Approver"
        } else {
            approver.name.as_str()
        };
        w.paragraph(
            &format!(
                "{name}{}{}",
                if approver.role.trim().is_empty() {
                    ""
                } else {
                    ", "
                },
                approver.role
            ),
            Style::BODY.with_face(crate::fonts::Face::Bold),
        );
        let y = w.y() + 28.0;
        let left = w.left();
        let width = w.content_width();
        let sig = width * 0.6;
        w.canvas().line((left, y), (left + sig, y), RULE, 0.8, None);
        w.canvas()
            .line((left + sig + 24.0, y), (left + width, y), RULE, 0.8, None);
        let label = Style::NOTE;
        w.canvas().text(left, y + 11.0, "Signature", label);
        w.canvas().text(left + sig + 24.0, y + 11.0, "Date", label);
        if approver.approved {
            // Said on the line where the date would be signed.
            let said = match a.approved {
                Some(day) => format!("Approved on {}", dates.day(day)),
                None => "Approved".to_owned(),
            };
            w.canvas()
                .text(left + sig + 24.0, y - 4.0, &said, Style::BODY);
        }
        w.set_y(y + 20.0);
    }
}
