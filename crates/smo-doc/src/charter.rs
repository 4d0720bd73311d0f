//! The charter: cover (with version and approval status), contents, the vision
//! and mission, every charter section in order with its tables, and an
//! approval block with signature lines.

use smo_core::charter::{CharterSection, Rating};
use smo_core::{DateStyle, Document, Workshop};

use crate::tree::{Body, Column, Fact, Orientation, Rank, Tone};
use crate::DocOptions;

fn rating(r: Option<Rating>) -> String {
    r.map_or("–", Rating::label).to_owned()
}

/// The charter of `workshop`: its subject, cover facts and body.
pub(crate) fn charter(
    workshop: &Workshop,
    options: &DocOptions,
) -> (&'static str, Vec<Fact>, Body) {
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
    let facts = vec![
        Fact::new("Saved versions", version),
        Fact::new("Approval", {
            let mut s = c.approval.status.label().to_owned();
            if let Some(d) = c.approval.approved {
                s.push_str(&format!(", approved {}", options.dates.day(d)));
            } else if let Some(d) = c.approval.submitted {
                s.push_str(&format!(", sent for review {}", options.dates.day(d)));
            }
            s
        }),
    ];
    let mut w = Body::default();
    let brief = &crate::brief::written_or_drafted(workshop, Document::Charter, options);
    if !brief.is_blank() {
        crate::brief::executive_summary(&mut w, brief, |_| {});
        w.new_page(Orientation::Portrait);
    }
    w.heading("Vision and mission", Rank::Chapter);
    w.heading("Vision", Rank::Minor);
    w.text_or_missing(&c.vision.vision);
    w.heading("Mission", Rank::Minor);
    w.text_or_missing(&c.vision.mission);
    if !c.vision.goals.trim().is_empty() {
        w.heading("Organisational goals", Rank::Minor);
        w.paragraph(c.vision.goals.clone(), Tone::Body);
    }
    for section in CharterSection::ALL {
        // Wide tables get landscape pages of their own.
        let wide = section == CharterSection::Kpis
            || section == CharterSection::Communications
            || (section == CharterSection::Raci && c.roles.len() > 6);
        if wide {
            w.new_page(Orientation::Landscape);
        }
        if section == CharterSection::Approval {
            // The approval block (status and every signature) stays
            // together when it fits on one page.
            w.together(|w| {
                w.heading(section.to_string(), Rank::Chapter);
                sections(w, workshop, section, options.dates);
            });
        } else {
            w.heading(section.to_string(), Rank::Chapter);
            sections(&mut w, workshop, section, options.dates);
        }
        if wide {
            w.new_page(Orientation::Portrait);
        }
    }
    crate::brief::document_control(&mut w, workshop, brief, options.dates);
    crate::brief::glossary(&mut w, &["SMO", "Practice", "RACI", "KPI", "CAB", "CMDB"]);
    ("The charter of the Service Management Office", facts, w)
}

/// Writes `section`'s body under its heading: one function per section.
fn sections(w: &mut Body, workshop: &Workshop, section: CharterSection, dates: DateStyle) {
    let write: fn(&mut Body, &Workshop, DateStyle) = match section {
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
fn purpose(w: &mut Body, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    w.heading("Purpose", Rank::Minor);
    w.text_or_missing(&c.purpose.purpose);
    w.heading("Background", Rank::Minor);
    w.text_or_missing(&c.purpose.background);
}

/// The scope section.
fn scope(w: &mut Body, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    w.heading("In scope", Rank::Minor);
    w.bullets(&c.scope.included);
    w.heading("Out of scope", Rank::Minor);
    w.bullets(&c.scope.excluded);
}

/// The forms section.
fn forms(w: &mut Body, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    let forms: Vec<String> = c.forms.forms.iter().map(|f| f.label().to_owned()).collect();
    w.bullets(&forms);
    if !c.forms.notes.trim().is_empty() {
        w.paragraph(c.forms.notes.clone(), Tone::Body);
    }
}

/// The objectives section.
fn objectives(w: &mut Body, workshop: &Workshop, dates: DateStyle) {
    let c = &workshop.charter;
    if c.objectives.is_empty() {
        w.paragraph("Not yet defined.", Tone::Note);
    }
    let framework = workshop.assessment.framework.as_ref();
    for (n, o) in c.objectives.iter().enumerate() {
        let title = if o.title.trim().is_empty() {
            "Untitled objective"
        } else {
            o.title.as_str()
        };
        w.heading(format!("{}. {title}", n + 1), Rank::Minor);
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
fn stakeholders(w: &mut Body, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    w.heading("Workshop participants", Rank::Minor);
    crate::participants(w, workshop);
    w.heading("Other stakeholders", Rank::Minor);
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
        vec![
            Column::new("Stakeholder", 2.0),
            Column::new("Role", 1.5),
            Column::new("What they need", 3.5),
            Column::new("Influence", 1.0),
        ],
        rows,
    );
}

/// The roles section.
fn roles(w: &mut Body, workshop: &Workshop, _dates: DateStyle) {
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
        vec![
            Column::new("Role", 1.6),
            Column::new("Purpose", 2.6),
            Column::new("Skills", 2.6),
            Column::new("Filled by", 1.5),
            Column::number("Time", 0.7),
        ],
        rows,
    );
}

/// The raci section.
fn raci(w: &mut Body, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    let mut columns = vec![Column::new("Process or activity", 3.0)];
    columns.extend(c.roles.iter().map(|r| Column::new(&r.name, 1.0)));
    let rows: Vec<Vec<String>> = c
        .raci
        .iter()
        .map(|row| {
            let mut cells = vec![row.activity.clone()];
            for role in &c.roles {
                let letters = row
                    .cells
                    .iter()
                    .find(|x| x.role_id == role.id)
                    .map_or_else(String::new, smo_core::charter::RaciCell::letters);
                cells.push(letters);
            }
            cells
        })
        .collect();
    if c.roles.is_empty() && !c.raci.is_empty() {
        w.paragraph(
            "The RACI has rows but no roles are defined yet.",
            Tone::Note,
        );
    } else {
        w.table(columns, rows);
    }
    let issues = &workshop.checks.raci;
    if !issues.is_empty() {
        w.paragraph(
            format!(
                "Open points: {}",
                issues
                    .iter()
                    .map(|i| i.message.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            Tone::Note,
        );
    }
    w.paragraph(
        "R responsible · A accountable · C consulted · I informed.",
        Tone::Note,
    );
}

/// The authority section.
fn authority(w: &mut Body, workshop: &Workshop, _dates: DateStyle) {
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
    w.text_or_missing(&c.authority.statement);
    w.heading("Areas of influence", Rank::Minor);
    w.bullets(&c.authority.areas_of_influence);
    w.heading("Decision rights", Rank::Minor);
    let rows: Vec<Vec<String>> = c
        .authority
        .decision_rights
        .iter()
        .map(|d| vec![d.decision.clone(), d.right.clone()])
        .collect();
    w.table(
        vec![Column::new("Decision", 3.0), Column::new("The SMO…", 2.0)],
        rows,
    );
}

/// The governance section.
fn governance(w: &mut Body, workshop: &Workshop, _dates: DateStyle) {
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
        vec![
            Column::new("Body", 1.6),
            Column::new("Chair", 1.3),
            Column::new("Members", 2.2),
            Column::new("Cadence", 1.2),
            Column::new("Decides", 2.6),
        ],
        rows,
    );
}

/// The kpis section.
fn kpis(w: &mut Body, workshop: &Workshop, _dates: DateStyle) {
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
        vec![
            Column::new("KPI", 1.6),
            Column::new("Definition", 2.4),
            Column::new("Baseline", 1.0),
            Column::new("Target", 1.0),
            Column::new("Frequency", 0.9),
            Column::new("Owner", 1.2),
            Column::new("Data source", 1.3),
            Column::new("Objective", 1.3),
        ],
        rows,
    );
}

/// The reporting section.
fn reporting(w: &mut Body, workshop: &Workshop, _dates: DateStyle) {
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
        vec![
            Column::new("Report", 2.0),
            Column::new("Audience", 2.0),
            Column::new("Frequency", 1.2),
            Column::new("Owner", 1.6),
        ],
        rows,
    );
}

/// The communications section.
fn communications(w: &mut Body, workshop: &Workshop, dates: DateStyle) {
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
        vec![
            Column::new("Audience", 1.4),
            Column::new("Message", 2.6),
            Column::new("Channel", 1.5),
            Column::new("Frequency", 1.1),
            Column::new("Owner", 1.3),
            Column::new("From", 1.0),
        ],
        rows,
    );
}

/// The improvement section.
fn improvement(w: &mut Body, workshop: &Workshop, _dates: DateStyle) {
    let c = &workshop.charter;
    w.facts(&[("Review cadence", c.improvement.review_cadence.clone())]);
    w.heading("Feedback sources", Rank::Minor);
    w.bullets(&c.improvement.feedback_sources);
    w.heading("Improvement register", Rank::Minor);
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
        vec![
            Column::new("Improvement", 3.5),
            Column::new("Source", 1.5),
            Column::new("Owner", 1.4),
            Column::new("Status", 1.0),
        ],
        rows,
    );
}

/// The risks section.
fn risks(w: &mut Body, workshop: &Workshop, _dates: DateStyle) {
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
        vec![
            Column::new("Risk", 2.8),
            Column::new("Likelihood", 1.0),
            Column::new("Impact", 0.9),
            Column::new("Mitigation", 2.8),
            Column::new("Owner", 1.3),
        ],
        rows,
    );
}

/// The approval section.
fn approval(w: &mut Body, workshop: &Workshop, dates: DateStyle) {
    let c = &workshop.charter;
    let a = &c.approval;
    w.facts(&[
        ("Status", a.status.label().to_owned()),
        ("Sent for review", dates.maybe_day(a.submitted)),
        ("Approved", dates.maybe_day(a.approved)),
    ]);
    if a.approvers.is_empty() {
        w.paragraph("No approvers named yet.", Tone::Note);
    }
    for approver in &a.approvers {
        let name = if approver.name.trim().is_empty() {
            "Approver"
        } else {
            approver.name.as_str()
        };
        let name = if approver.role.trim().is_empty() {
            name.to_owned()
        } else {
            format!("{name}, {}", approver.role)
        };
        // Said on the line where the date would be signed.
        let approved = approver.approved.then(|| match a.approved {
            Some(day) => format!("Approved on {}", dates.day(day)),
            None => "Approved".to_owned(),
        });
        w.signature(name, approved);
    }
}
