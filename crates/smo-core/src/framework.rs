//! Maturity frameworks as data: a scale, groups of practices, and for every
//! practice a purpose, a descriptor for each level and questions for the room.
//!
//! Frameworks are written as TOML files (the built-in ones live in
//! `assets/frameworks/`, the format is documented in `docs/frameworks.md`).
//! [`Framework::parse_toml`] reads one and checks every rule below, reporting
//! *all* problems found, each with its line and column and a path such as
//! `practices[4] "incident-management".levels[3]`:
//!
//! - `format` is 1 (a newer format is refused with a message that says so);
//! - ids are lowercase slugs (`a-z`, `0-9`, `-`), unique among groups and among practices;
//! - the scale lists exactly the levels 0 to 5, in order, each with a name;
//! - every practice belongs to a declared group, has a purpose, a descriptor for
//!   every level of the scale and between one and ten guiding questions;
//! - every group holds at least one practice; text has no control characters
//!   (line breaks and tabs aside) and stays within generous length limits.
//!
//! A [`Framework`] that came out of [`Framework::parse_toml`] has passed
//! [`Framework::validate`] (the store validates the copies it reads back too).
//! Workshops keep a full copy of the one they were assessed with, so editing a
//! framework file never changes an existing assessment.

use std::collections::HashSet;
use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::{Level, Lines, Need, TextProblem, TextRule};

/// The framework file format this build reads and writes.
pub const FRAMEWORK_FORMAT: u32 = 1;
/// The largest framework file accepted, in bytes.
pub const MAX_FRAMEWORK_BYTES: usize = 2 * 1024 * 1024;
/// The most practices one framework may hold.
pub const MAX_PRACTICES: usize = 400;
/// The most guiding questions one practice may carry.
pub const MAX_QUESTIONS: usize = 10;

/// One step of a framework's scale: its number, its name and what it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ScaleLevel {
    /// The level, 0 to 5.
    pub level: Level,
    /// Its name in this framework ("Defined").
    pub name: String,
    /// One sentence on what the level means across all practices.
    #[serde(default)]
    pub summary: String,
}

/// A group of practices ("Service management practices").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PracticeGroup {
    /// Stable identifier, unique in the framework.
    pub id: String,
    /// Display name.
    pub name: String,
}

/// One practice (or capability) that is assessed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Practice {
    /// Stable identifier, unique in the framework; scores are keyed by it.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The id of the group it belongs to.
    pub group: String,
    /// Whether it is in the default scope of a new workshop.
    #[serde(default)]
    pub core: bool,
    /// What the practice is for, in a paragraph.
    pub purpose: String,
    /// What one would observe at each level, index = level (0 to 5).
    pub levels: Vec<String>,
    /// Questions the facilitator can ask the room.
    pub questions: Vec<String>,
}

impl Practice {
    /// The descriptor of `level`.
    pub fn descriptor(&self, level: Level) -> &str {
        self.levels
            .get(usize::from(level.value()))
            .map_or("", String::as_str)
    }
}

/// A maturity framework: what is assessed and on which scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Framework {
    /// Stable identifier ("itil4-practices").
    pub id: String,
    /// Display name.
    pub name: String,
    /// The framework's own version ("1.0.0"); a changed text gets a new version.
    pub version: String,
    /// What it covers, in a sentence or two.
    #[serde(default)]
    pub description: String,
    /// The scale, levels 0 to 5 in order.
    pub scale: Vec<ScaleLevel>,
    /// Practice groups, in display order.
    pub groups: Vec<PracticeGroup>,
    /// Practices, in display order.
    pub practices: Vec<Practice>,
}

// The copy of a framework kept with a workshop (in the database, in workshop
// files) is read like every other stored JSON: fields this version does not
// know are ignored, so a newer version may add one. A framework *file* is
// written by a person, where an unknown key is a typo: the file's own shapes
// below refuse one, with its line.

/// A framework as offered for choosing: what it is, without its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FrameworkSummary {
    /// The framework's id.
    pub id: String,
    /// Its version.
    pub version: String,
    /// Its name.
    pub name: String,
    /// What it covers.
    pub description: String,
    /// How many practices it holds.
    pub practices: u32,
    /// Shipped with the app (true) or imported by the user (false).
    pub builtin: bool,
}

/// Where in a framework file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameworkIssue {
    /// 1-based line and column, when the problem came from a file.
    pub position: Option<(usize, usize)>,
    /// The element, e.g. `practices[4] "incident-management".levels[3]`; empty for the file itself.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for FrameworkIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((line, column)) = self.position {
            write!(f, "line {line}, column {column}: ")?;
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

/// Every problem found in a framework, in file order.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", display_issues(.issues))]
pub struct FrameworkError {
    /// The problems, at least one.
    pub issues: Vec<FrameworkIssue>,
}

fn display_issues(issues: &[FrameworkIssue]) -> String {
    let lines: Vec<String> = issues.iter().map(ToString::to_string).collect();
    lines.join("\n")
}

impl FrameworkError {
    fn single(position: Option<(usize, usize)>, message: impl Into<String>) -> FrameworkError {
        FrameworkError {
            issues: vec![FrameworkIssue {
                position,
                path: String::new(),
                message: message.into(),
            }],
        }
    }
}

/// The raw shape of a framework file: the [`Framework`] plus its format number
/// and the places things were found, so problems can point at a line.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrameworkFile {
    format: Spanned<i64>,
    id: String,
    name: String,
    version: String,
    #[serde(default)]
    description: String,
    scale: Vec<Spanned<ScaleLevelFile>>,
    groups: Vec<Spanned<PracticeGroupFile>>,
    practices: Vec<Spanned<PracticeFile>>,
}

/// A practice group as written in a framework file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PracticeGroupFile {
    id: String,
    name: String,
}

/// A practice as written in a framework file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PracticeFile {
    id: String,
    name: String,
    group: String,
    #[serde(default)]
    core: bool,
    purpose: String,
    levels: Vec<String>,
    questions: Vec<String>,
}

/// A scale entry as written: the level is checked by the validator, not by serde,
/// so that "level 6" gets a message that names the entry.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScaleLevelFile {
    level: i64,
    name: String,
    #[serde(default)]
    summary: String,
}

/// Lines and columns of the elements of a parsed file, for error messages.
#[derive(Default)]
struct Positions {
    scale: Vec<(usize, usize)>,
    groups: Vec<(usize, usize)>,
    practices: Vec<(usize, usize)>,
}

#[derive(Deserialize)]
struct FormatProbe {
    format: Option<toml::Value>,
}

impl Framework {
    /// Reads and validates a framework written in TOML.
    pub fn parse_toml(text: &str) -> Result<Framework, FrameworkError> {
        if text.len() > MAX_FRAMEWORK_BYTES {
            return Err(FrameworkError::single(
                None,
                format!(
                    "the file is {} bytes; a framework file may be at most {MAX_FRAMEWORK_BYTES} bytes",
                    text.len()
                ),
            ));
        }
        let position_of = |offset: usize| line_and_column(text, offset);
        let toml_error = |e: toml::de::Error| {
            FrameworkError::single(
                e.span().map(|s| position_of(s.start)),
                e.message().trim_end().to_owned(),
            )
        };
        // The format number first: a file from a newer version should say so,
        // not fail on a field this version has never heard of.
        let probe: FormatProbe = toml::from_str(text).map_err(toml_error)?;
        match probe.format {
            None => {
                return Err(FrameworkError::single(
                    None,
                    format!("missing `format = {FRAMEWORK_FORMAT}` at the top of the file"),
                ))
            }
            Some(toml::Value::Integer(n)) if n > i64::from(FRAMEWORK_FORMAT) => {
                return Err(FrameworkError::single(
                    None,
                    format!(
                        "format {n} was written by a newer version of SMO Workbench; this version reads format {FRAMEWORK_FORMAT}"
                    ),
                ))
            }
            Some(toml::Value::Integer(n)) if n == i64::from(FRAMEWORK_FORMAT) => {}
            Some(other) => {
                return Err(FrameworkError::single(
                    None,
                    format!("`format` must be the number {FRAMEWORK_FORMAT}, found {} {}", article(other.type_str()), other.type_str()),
                ))
            }
        }
        let file: FrameworkFile = toml::from_str(text).map_err(toml_error)?;
        let _ = file.format;
        let mut positions = Positions::default();
        let mut issues = Vec::new();
        let mut scale = Vec::with_capacity(file.scale.len());
        for (i, entry) in file.scale.into_iter().enumerate() {
            let pos = position_of(entry.span().start);
            positions.scale.push(pos);
            let entry = entry.into_inner();
            match Level::try_from(entry.level) {
                Ok(level) => scale.push(ScaleLevel {
                    level,
                    name: entry.name,
                    summary: entry.summary,
                }),
                Err(_) => issues.push(FrameworkIssue {
                    position: Some(pos),
                    path: format!("scale[{i}]"),
                    message: format!(
                        "level {} is outside the scale: levels run from 0 to 5",
                        entry.level
                    ),
                }),
            }
        }
        let groups = file
            .groups
            .into_iter()
            .map(|g| {
                positions.groups.push(position_of(g.span().start));
                let PracticeGroupFile { id, name } = g.into_inner();
                PracticeGroup { id, name }
            })
            .collect();
        let practices = file
            .practices
            .into_iter()
            .map(|p| {
                positions.practices.push(position_of(p.span().start));
                let PracticeFile {
                    id,
                    name,
                    group,
                    core,
                    purpose,
                    levels,
                    questions,
                } = p.into_inner();
                Practice {
                    id,
                    name,
                    group,
                    core,
                    purpose,
                    levels,
                    questions,
                }
            })
            .collect();
        let framework = Framework {
            id: file.id,
            name: file.name,
            version: file.version,
            description: file.description,
            scale,
            groups,
            practices,
        };
        if issues.is_empty() {
            issues = framework.issues(&positions);
        }
        if issues.is_empty() {
            Ok(framework)
        } else {
            Err(FrameworkError { issues })
        }
    }

    /// Checks every rule in the module documentation.
    pub fn validate(&self) -> Result<(), FrameworkError> {
        let issues = self.issues(&Positions::default());
        if issues.is_empty() {
            Ok(())
        } else {
            Err(FrameworkError { issues })
        }
    }

    /// What the framework is, for a list to choose from.
    pub fn summary(&self, builtin: bool) -> FrameworkSummary {
        FrameworkSummary {
            id: self.id.clone(),
            version: self.version.clone(),
            name: self.name.clone(),
            description: self.description.clone(),
            practices: crate::count(self.practices.len()),
            builtin,
        }
    }

    /// The practice with `id`.
    pub fn practice(&self, id: &str) -> Option<&Practice> {
        self.practices.iter().find(|p| p.id == id)
    }

    /// The group with `id`.
    pub fn group(&self, id: &str) -> Option<&PracticeGroup> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The practices a new workshop starts with in scope: those marked `core`,
    /// or every practice when none is.
    pub fn default_scope(&self) -> Vec<String> {
        let core: Vec<String> = self
            .practices
            .iter()
            .filter(|p| p.core)
            .map(|p| p.id.clone())
            .collect();
        if core.is_empty() {
            self.practices.iter().map(|p| p.id.clone()).collect()
        } else {
            core
        }
    }

    fn issues(&self, positions: &Positions) -> Vec<FrameworkIssue> {
        let mut out = Vec::new();
        let mut push = |position: Option<(usize, usize)>, path: String, message: String| {
            out.push(FrameworkIssue {
                position,
                path,
                message,
            });
        };
        for (name, value, max) in [
            ("id", &self.id, 64),
            ("name", &self.name, 200),
            ("version", &self.version, 40),
        ] {
            if let Some(problem) = text_problem(value, true, max) {
                push(None, name.to_owned(), problem);
            }
        }
        if !self.id.is_empty() && !is_slug(&self.id) {
            push(None, "id".into(), slug_message(&self.id));
        }
        if let Some(problem) = text_problem(&self.description, false, 2000) {
            push(None, "description".into(), problem);
        }

        if self.scale.len() != usize::from(Level::MAX.value()) + 1 {
            push(
                None,
                "scale".into(),
                format!(
                    "the scale has {} levels; it must list the six levels 0 to 5",
                    self.scale.len()
                ),
            );
        }
        for (i, entry) in self.scale.iter().enumerate() {
            let at = positions.scale.get(i).copied();
            let path = format!("scale[{i}]");
            if usize::from(entry.level.value()) != i {
                push(
                    at,
                    path.clone(),
                    format!(
                        "level {} is listed in position {i}; the scale must list levels 0 to 5 in order",
                        entry.level.value()
                    ),
                );
            }
            if let Some(problem) = text_problem(&entry.name, true, 60) {
                push(at, format!("{path}.name"), problem);
            }
            if let Some(problem) = text_problem(&entry.summary, false, 500) {
                push(at, format!("{path}.summary"), problem);
            }
        }

        if self.groups.is_empty() {
            push(
                None,
                "groups".into(),
                "there must be at least one group".into(),
            );
        }
        let mut group_ids = HashSet::new();
        for (i, group) in self.groups.iter().enumerate() {
            let at = positions.groups.get(i).copied();
            let path = format!("groups[{i}] \"{}\"", group.id);
            check_id_and_name(
                Entry::Group,
                i,
                (&group.id, &group.name),
                &mut group_ids,
                |p, m| push(at, p, m),
            );
            if !self.practices.iter().any(|p| p.group == group.id) {
                push(at, path, "the group holds no practice".into());
            }
        }

        if self.practices.is_empty() {
            push(
                None,
                "practices".into(),
                "there must be at least one practice".into(),
            );
        }
        if self.practices.len() > MAX_PRACTICES {
            push(
                None,
                "practices".into(),
                format!(
                    "there are {} practices; a framework may hold at most {MAX_PRACTICES}",
                    self.practices.len()
                ),
            );
        }
        let levels = self.scale.len().max(1);
        let mut practice_ids = HashSet::new();
        for (i, practice) in self.practices.iter().enumerate() {
            let at = positions.practices.get(i).copied();
            let path = format!("practices[{i}] \"{}\"", practice.id);
            check_id_and_name(
                Entry::Practice,
                i,
                (&practice.id, &practice.name),
                &mut practice_ids,
                |p, m| push(at, p, m),
            );
            if !group_ids.contains(practice.group.as_str()) {
                push(
                    at,
                    format!("{path}.group"),
                    format!("there is no group \"{}\"", practice.group),
                );
            }
            if let Some(problem) = text_problem(&practice.purpose, true, 4000) {
                push(at, format!("{path}.purpose"), problem);
            }
            if practice.levels.len() != levels {
                push(
                    at,
                    format!("{path}.levels"),
                    format!(
                        "{} level descriptors given; every practice must describe each of the {levels} levels of the scale",
                        practice.levels.len()
                    ),
                );
            }
            for (level, text) in practice.levels.iter().enumerate() {
                if let Some(problem) = text_problem(text, true, 2000) {
                    push(at, format!("{path}.levels[{level}]"), problem);
                }
            }
            if practice.questions.is_empty() || practice.questions.len() > MAX_QUESTIONS {
                push(
                    at,
                    format!("{path}.questions"),
                    format!(
                        "{} questions given; a practice needs between 1 and {MAX_QUESTIONS}",
                        practice.questions.len()
                    ),
                );
            }
            for (q, text) in practice.questions.iter().enumerate() {
                if let Some(problem) = text_problem(text, true, 500) {
                    push(at, format!("{path}.questions[{q}]"), problem);
                }
            }
        }
        out
    }
}

/// The built-in frameworks, parsed once. Their files are compiled in; tests
/// make sure every one of them validates.
pub fn builtin_frameworks() -> &'static [Framework] {
    static BUILTIN: OnceLock<Vec<Framework>> = OnceLock::new();
    BUILTIN.get_or_init(|| {
        BUILTIN_SOURCES
            .iter()
            .filter_map(|(_, text)| Framework::parse_toml(text).ok())
            .collect()
    })
}

/// The built-in framework with `id`.
pub fn builtin_framework(id: &str) -> Option<&'static Framework> {
    builtin_frameworks().iter().find(|f| f.id == id)
}

/// The framework new workshops are assessed with.
pub const DEFAULT_FRAMEWORK_ID: &str = "itil4-practices";

/// File name and text of every built-in framework.
pub const BUILTIN_SOURCES: [(&str, &str); 2] = [
    (
        "itil4-practices.toml",
        include_str!("../../../assets/frameworks/itil4-practices.toml"),
    ),
    (
        "smo-capabilities.toml",
        include_str!("../../../assets/frameworks/smo-capabilities.toml"),
    ),
];

fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn article(noun: &str) -> &'static str {
    if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// A group or a practice of a framework file.
#[derive(Clone, Copy)]
enum Entry {
    Group,
    Practice,
}

/// Checks entry `i`'s id (a short slug, not used before: `seen` holds the
/// ids so far) and its name, reporting each problem as (path, message).
fn check_id_and_name<'a>(
    entry: Entry,
    i: usize,
    (id, name): (&'a str, &str),
    seen: &mut HashSet<&'a str>,
    mut problem: impl FnMut(String, String),
) {
    let (list, noun) = match entry {
        Entry::Group => ("groups", "group"),
        Entry::Practice => ("practices", "practice"),
    };
    let path = format!("{list}[{i}] \"{id}\"");
    if let Some(p) = text_problem(id, true, 64) {
        problem(format!("{list}[{i}].id"), p);
    } else if !is_slug(id) {
        problem(path.clone(), slug_message(id));
    } else if !seen.insert(id) {
        problem(path.clone(), format!("another {noun} has the same id"));
    }
    if let Some(p) = text_problem(name, true, 200) {
        problem(format!("{path}.name"), p);
    }
}

fn is_slug(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn slug_message(id: &str) -> String {
    format!("\"{id}\" is not a valid id: use lowercase letters, digits and hyphens")
}

/// What is wrong with a text of a framework file, by the one text rule (the
/// file's texts may run over several lines).
fn text_problem(value: &str, required: bool, max: usize) -> Option<String> {
    let rule = TextRule {
        max,
        lines: Lines::Many,
        need: if required {
            Need::Required
        } else {
            Need::Optional
        },
    };
    rule.check(value).err().map(TextProblem::reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"
format = 1
id = "mini"
name = "Mini"
version = "0.1"

[[scale]]
level = 0
name = "Absent"
[[scale]]
level = 1
name = "Initial"
[[scale]]
level = 2
name = "Repeatable"
[[scale]]
level = 3
name = "Defined"
[[scale]]
level = 4
name = "Managed"
[[scale]]
level = 5
name = "Optimised"

[[groups]]
id = "g"
name = "Group"

[[practices]]
id = "alpha"
name = "Alpha"
group = "g"
purpose = "Does alpha."
levels = ["none", "some", "more", "written", "measured", "improving"]
questions = ["Who does alpha?"]
"#;

    fn messages(text: &str) -> Vec<String> {
        match Framework::parse_toml(text) {
            Ok(_) => Vec::new(),
            Err(e) => e.issues.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn itil4_has_all_34_practices_in_their_groups() {
        let itil = builtin_framework("itil4-practices").expect("ITIL 4 is built in");
        assert_eq!(itil.practices.len(), 34);
        let in_group = |g: &str| itil.practices.iter().filter(|p| p.group == g).count();
        assert_eq!(
            (
                in_group("general"),
                in_group("service"),
                in_group("technical")
            ),
            (14, 17, 3)
        );
        assert!(itil.practice("incident-management").is_some());
        assert_eq!(itil.default_scope().len(), 12);
    }

    #[test]
    fn every_builtin_validates_describes_every_level_and_asks_three_to_five_questions() {
        assert_eq!(builtin_frameworks().len(), BUILTIN_SOURCES.len());
        for (file, text) in BUILTIN_SOURCES {
            let f = Framework::parse_toml(text).unwrap_or_else(|e| panic!("{file}: {e}"));
            let names: Vec<&str> = f.scale.iter().map(|s| s.name.as_str()).collect();
            assert_eq!(
                names,
                [
                    "Absent",
                    "Initial",
                    "Repeatable",
                    "Defined",
                    "Managed",
                    "Optimised"
                ]
            );
            for p in &f.practices {
                assert_eq!(p.levels.len(), 6, "{file}: {}", p.id);
                assert!((3..=5).contains(&p.questions.len()), "{file}: {}", p.id);
                assert!(p.purpose.len() > 80, "{file}: {} purpose too thin", p.id);
                // Descriptors must differ from level to level.
                let distinct: HashSet<&String> = p.levels.iter().collect();
                assert_eq!(distinct.len(), 6, "{file}: {}", p.id);
            }
        }
        let smo = builtin_framework("smo-capabilities").expect("SMO capabilities are built in");
        assert!(smo.practices.len() >= 8);
        assert!(smo.practice("smo-governance-and-authority").is_some());
    }

    #[test]
    fn a_minimal_framework_parses() {
        let f = Framework::parse_toml(SMALL).expect("valid");
        assert_eq!(f.id, "mini");
        assert_eq!(f.default_scope(), ["alpha"], "no core flag: all in scope");
        let level3 = Level::try_from(3).expect("level");
        assert_eq!(f.practices[0].descriptor(level3), "written");
    }

    #[test]
    fn syntax_errors_point_at_the_line() {
        let broken = SMALL.replace("name = \"Mini\"", "name = \"Mini");
        let m = messages(&broken);
        assert_eq!(m.len(), 1);
        assert!(m[0].starts_with("line 4, column"), "{m:?}");
    }

    #[test]
    fn missing_and_unknown_fields_are_named() {
        let m = messages(&SMALL.replace("purpose = \"Does alpha.\"\n", ""));
        assert!(m[0].contains("missing field `purpose`"), "{m:?}");
        let m = messages(
            &SMALL
                .replace("core", "x")
                .replace("group = \"g\"", "group = \"g\"\nlvels = []"),
        );
        assert!(m[0].contains("unknown field `lvels`"), "{m:?}");
    }

    #[test]
    fn a_practice_missing_a_level_descriptor_is_refused_with_its_line() {
        let m = messages(&SMALL.replace(", \"improving\"]", "]"));
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(
            m[0].contains("practices[0] \"alpha\".levels: 5 level descriptors given"),
            "{m:?}"
        );
        assert!(m[0].starts_with("line 30, column 1:"), "{m:?}");
        let m = messages(&SMALL.replace("\"measured\"", "\"  \""));
        assert!(m[0].contains(".levels[4]: must not be empty"), "{m:?}");
    }

    #[test]
    fn every_problem_is_reported_not_only_the_first() {
        let twice = format!(
            "{SMALL}\n[[practices]]\nid = \"alpha\"\nname = \"\"\ngroup = \"nope\"\npurpose = \"x\"\nlevels = [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]\nquestions = []\n"
        );
        let m = messages(&twice);
        assert!(
            m.iter()
                .any(|x| x.contains("another practice has the same id")),
            "{m:?}"
        );
        assert!(
            m.iter().any(|x| x.contains("there is no group \"nope\"")),
            "{m:?}"
        );
        assert!(
            m.iter().any(|x| x.contains(".name: must not be empty")),
            "{m:?}"
        );
        assert!(m.iter().any(|x| x.contains("0 questions given")), "{m:?}");
        assert_eq!(m.len(), 4, "{m:?}");
    }

    #[test]
    fn the_scale_must_run_from_zero_to_five_in_order() {
        let m = messages(&SMALL.replace("level = 5", "level = 6"));
        assert!(
            m[0].contains("scale[5]: level 6 is outside the scale"),
            "{m:?}"
        );
        let swapped = SMALL
            .replace("level = 1\n", "level = X\n")
            .replace("level = 2\n", "level = 1\n")
            .replace("level = X\n", "level = 2\n");
        let m = messages(&swapped);
        assert!(m[0].contains("level 2 is listed in position 1"), "{m:?}");
        let short = SMALL.replace("[[scale]]\nlevel = 5\nname = \"Optimised\"\n", "");
        let m = messages(&short);
        assert!(
            m.iter().any(|x| x.contains("the scale has 5 levels")),
            "{m:?}"
        );
    }

    #[test]
    fn ids_must_be_slugs_and_groups_must_hold_practices() {
        let m = messages(&SMALL.replace("id = \"alpha\"", "id = \"Alpha One\""));
        assert!(m[0].contains("\"Alpha One\" is not a valid id"), "{m:?}");
        let m = messages(&SMALL.replace(
            "[[practices]]",
            "[[groups]]\nid = \"empty\"\nname = \"Empty\"\n\n[[practices]]",
        ));
        assert!(
            m[0].contains("groups[1] \"empty\": the group holds no practice"),
            "{m:?}"
        );
    }

    #[test]
    fn format_is_checked_first() {
        let m = messages(&SMALL.replace("format = 1", "format = 2\nnew_field = true"));
        assert_eq!(m.len(), 1);
        assert!(m[0].contains("written by a newer version"), "{m:?}");
        let m = messages(&SMALL.replace("format = 1\n", ""));
        assert!(m[0].contains("missing `format = 1`"), "{m:?}");
        let m = messages(&SMALL.replace("format = 1", "format = \"1\""));
        assert!(m[0].contains("found a string"), "{m:?}");
    }

    #[test]
    fn huge_files_and_control_characters_are_refused() {
        let huge = format!("{SMALL}#{}", "x".repeat(MAX_FRAMEWORK_BYTES));
        assert!(messages(&huge)[0].contains("at most"));
        let m = messages(&SMALL.replace("Does alpha.", "Does \\u0007alpha."));
        assert!(m[0].contains("control character (code 0x07)"), "{m:?}");
    }

    #[test]
    fn a_copy_round_trips_through_serde_and_still_validates() {
        let itil = builtin_framework(DEFAULT_FRAMEWORK_ID).expect("default framework");
        let json = serde_json::to_string(itil).expect("serialise");
        let back: Framework = serde_json::from_str(&json).expect("parse");
        assert_eq!(&back, itil);
        assert_eq!(back.validate(), Ok(()));
    }
}
