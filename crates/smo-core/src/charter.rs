//! The SMO's vision, mission and charter: every section the workshop drafts,
//! the rules each must meet to count as done, and the RACI check.
//!
//! The charter is a document of sections. Each section is saved on its own
//! ([`CharterUpdate`] replaces one section), validated on its own, and counted
//! as complete by its own rule ([`Charter::section_status`]). References
//! between sections (a KPI's objective, a RACI row's roles) are checked when
//! shown, not when saved, so deleting an objective never blocks saving a KPI:
//! the KPI is shown with its objective missing instead.

use std::collections::HashSet;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Place, TextRule, ValidationError};

macro_rules! ts_serde {
    ($($item:item)*) => {
        $(
            #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
            #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
            #[serde(rename_all = "camelCase")]
            $item
        )*
    };
}

macro_rules! ts_enum {
    ($($item:item)*) => {
        $(
            #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
            #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
            #[serde(rename_all = "camelCase")]
            $item
        )*
    };
}

ts_enum! {
    /// What a good vision and mission do; the author ticks each once it holds.
    pub enum VisionCheck {
        /// It is aligned with the organisation's goals.
        AlignedWithGoals,
        /// It names who the SMO serves.
        NamesWhoIsServed,
        /// It says why the SMO exists.
        SaysWhyItExists,
    }

    /// A form an SMO can take; several at once is common.
    pub enum SmoForm {
        /// A group that does service management on behalf of business units.
        ServiceManagementForBusinessUnits,
        /// A coordination point between the parts of IT.
        CoordinationPoint,
        /// The owners of the processes (incident, problem, change…).
        ProcessOwners,
        /// The owner of the service catalogue, service levels and their monitoring.
        CatalogueAndServiceLevels,
        /// The central owner of the service management tools.
        ToolOwner,
        /// An organisation-wide service desk.
        ServiceDesk,
        /// A policy unit that sets standards and trains specialists.
        PolicyAndTraining,
    }

    /// High, medium or low: likelihood, impact, influence.
    pub enum Rating {
        /// High.
        High,
        /// Medium.
        Medium,
        /// Low.
        Low,
    }

    /// How much authority the SMO has.
    pub enum AuthorityLevel {
        /// It advises; others decide.
        Advisory,
        /// It coordinates and escalates; decisions are shared.
        Coordinating,
        /// It sets standards others must follow.
        Directive,
    }

    /// Where an improvement in the register stands.
    pub enum ImprovementStatus {
        /// Proposed, not yet decided.
        Proposed,
        /// Approved and waiting.
        Approved,
        /// Being carried out.
        InProgress,
        /// Finished.
        Done,
        /// Decided against.
        Rejected,
    }

    /// Where the charter's approval stands.
    pub enum ApprovalStatus {
        /// Being written.
        Draft,
        /// Sent to the approvers.
        InReview,
        /// Approved.
        Approved,
    }

    /// One charter section, in document order.
    pub enum CharterSection {
        /// Purpose and background.
        Purpose,
        /// What is in and out of scope.
        Scope,
        /// The SMO's form(s).
        Forms,
        /// SMART objectives tied to gaps.
        Objectives,
        /// Stakeholders beyond the workshop's participants.
        Stakeholders,
        /// Roles and responsibilities.
        Roles,
        /// Who is responsible, accountable, consulted, informed.
        Raci,
        /// Areas of influence, authority and decision rights.
        Authority,
        /// Governance bodies.
        Governance,
        /// Key performance indicators.
        Kpis,
        /// Reports.
        Reporting,
        /// The communications plan.
        Communications,
        /// The continual improvement approach.
        Improvement,
        /// Risks.
        Risks,
        /// Approval.
        Approval,
    }
}

impl CharterSection {
    /// Every section, in document order.
    pub const ALL: [CharterSection; 15] = [
        CharterSection::Purpose,
        CharterSection::Scope,
        CharterSection::Forms,
        CharterSection::Objectives,
        CharterSection::Stakeholders,
        CharterSection::Roles,
        CharterSection::Raci,
        CharterSection::Authority,
        CharterSection::Governance,
        CharterSection::Kpis,
        CharterSection::Reporting,
        CharterSection::Communications,
        CharterSection::Improvement,
        CharterSection::Risks,
        CharterSection::Approval,
    ];

    /// The stored key ("objectives").
    pub const fn key(self) -> &'static str {
        match self {
            CharterSection::Purpose => "purpose",
            CharterSection::Scope => "scope",
            CharterSection::Forms => "forms",
            CharterSection::Objectives => "objectives",
            CharterSection::Stakeholders => "stakeholders",
            CharterSection::Roles => "roles",
            CharterSection::Raci => "raci",
            CharterSection::Authority => "authority",
            CharterSection::Governance => "governance",
            CharterSection::Kpis => "kpis",
            CharterSection::Reporting => "reporting",
            CharterSection::Communications => "communications",
            CharterSection::Improvement => "improvement",
            CharterSection::Risks => "risks",
            CharterSection::Approval => "approval",
        }
    }
}

impl fmt::Display for CharterSection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CharterSection::Purpose => "Purpose and background",
            CharterSection::Scope => "Scope",
            CharterSection::Forms => "Form of the SMO",
            CharterSection::Objectives => "Objectives",
            CharterSection::Stakeholders => "Stakeholders and participants",
            CharterSection::Roles => "Roles and responsibilities",
            CharterSection::Raci => "RACI",
            CharterSection::Authority => "Influence, authority and decision rights",
            CharterSection::Governance => "Governance structure",
            CharterSection::Kpis => "Key performance indicators",
            CharterSection::Reporting => "Reporting",
            CharterSection::Communications => "Communications plan",
            CharterSection::Improvement => "Continual improvement",
            CharterSection::Risks => "Risks",
            CharterSection::Approval => "Approval",
        })
    }
}

ts_serde! {
    /// The SMO's vision and mission.
    #[derive(Default)]
    pub struct VisionMission {
        /// Where the SMO is heading, in a sentence or two.
        pub vision: String,
        /// What the SMO does, for whom, and why.
        pub mission: String,
        /// The organisational goals the vision answers to.
        pub goals: String,
        /// The checks the author has ticked.
        pub checks: Vec<VisionCheck>,
    }

    /// Purpose and background.
    #[derive(Default)]
    pub struct PurposeSection {
        /// Why the SMO is being created.
        pub purpose: String,
        /// What led here.
        pub background: String,
    }

    /// What is in and out of scope, as lists.
    #[derive(Default)]
    pub struct ScopeSection {
        /// In scope.
        pub included: Vec<String>,
        /// Out of scope.
        pub excluded: Vec<String>,
    }

    /// The SMO's form(s) and notes on them.
    #[derive(Default)]
    pub struct FormsSection {
        /// The forms chosen.
        pub forms: Vec<SmoForm>,
        /// How they combine, what is left out.
        pub notes: String,
    }

    /// A SMART objective and the gaps it closes.
    pub struct Objective {
        /// Stable id.
        pub id: String,
        /// Short title.
        pub title: String,
        /// Specific: what exactly.
        pub specific: String,
        /// Measurable: how we will know.
        pub measurable: String,
        /// Achievable: why it is realistic.
        pub achievable: String,
        /// Relevant: which goal it serves.
        pub relevant: String,
        /// Time-bound: by when.
        pub due: Option<NaiveDate>,
        /// Practices whose gaps it closes (framework practice ids).
        pub practices: Vec<String>,
    }

    /// A stakeholder who is not (only) a workshop participant.
    pub struct Stakeholder {
        /// Stable id.
        pub id: String,
        /// Person or group.
        pub name: String,
        /// Role or position.
        pub role: String,
        /// What they need from the SMO.
        pub interest: String,
        /// How much they can shape the SMO's success.
        pub influence: Option<Rating>,
    }

    /// A role in or around the SMO.
    pub struct Role {
        /// Stable id.
        pub id: String,
        /// Role name ("SMO lead").
        pub name: String,
        /// What the role is for.
        pub purpose: String,
        /// Skills it needs.
        pub skills: String,
        /// Who fills it, if anyone.
        pub filled_by: String,
        /// Whether someone must be recruited.
        pub to_recruit: bool,
        /// Share of a full-time job, in percent (1–100).
        pub allocation: Option<u8>,
    }

    /// One row of the RACI: an activity and each role's letters.
    pub struct RaciRow {
        /// Stable id.
        pub id: String,
        /// The process or activity.
        pub activity: String,
        /// The roles' assignments; roles without one are left out.
        pub cells: Vec<RaciCell>,
    }

    /// One role's letters on one RACI row.
    pub struct RaciCell {
        /// The role's id.
        pub role_id: String,
        /// Responsible: does the work.
        pub responsible: bool,
        /// Accountable: answers for it.
        pub accountable: bool,
        /// Consulted before.
        pub consulted: bool,
        /// Informed after.
        pub informed: bool,
    }

    /// Areas of influence, authority and decision rights.
    #[derive(Default)]
    pub struct AuthoritySection {
        /// Where the SMO has a say.
        pub areas_of_influence: Vec<String>,
        /// How much authority it has.
        pub level: Option<AuthorityLevel>,
        /// The authority in words.
        pub statement: String,
        /// Decisions and the SMO's right in each.
        pub decision_rights: Vec<DecisionRight>,
    }

    /// A decision and the SMO's right in it.
    pub struct DecisionRight {
        /// Stable id.
        pub id: String,
        /// The decision ("Approve a new process").
        pub decision: String,
        /// What the SMO may do ("Decides", "Recommends"…).
        pub right: String,
    }

    /// A governance body.
    pub struct GovernanceBody {
        /// Stable id.
        pub id: String,
        /// Its name.
        pub name: String,
        /// Who chairs it.
        pub chair: String,
        /// Who sits on it.
        pub members: String,
        /// How often it meets.
        pub cadence: String,
        /// What it decides.
        pub decides: String,
    }

    /// A key performance indicator.
    pub struct Kpi {
        /// Stable id.
        pub id: String,
        /// Name.
        pub name: String,
        /// How it is calculated.
        pub definition: String,
        /// Where it stands now.
        pub baseline: String,
        /// Where it must get to.
        pub target: String,
        /// How often it is measured.
        pub frequency: String,
        /// Who owns it.
        pub owner: String,
        /// Where the data comes from.
        pub data_source: String,
        /// The objective it tracks.
        pub objective_id: Option<String>,
    }

    /// A report.
    pub struct Report {
        /// Stable id.
        pub id: String,
        /// Name.
        pub name: String,
        /// Who reads it.
        pub audience: String,
        /// How often.
        pub frequency: String,
        /// Who produces it.
        pub owner: String,
    }

    /// An entry of the communications plan.
    pub struct Communication {
        /// Stable id.
        pub id: String,
        /// Who hears it.
        pub audience: String,
        /// What they hear.
        pub message: String,
        /// Through what.
        pub channel: String,
        /// How often.
        pub frequency: String,
        /// Who sends it.
        pub owner: String,
        /// From when.
        pub start: Option<NaiveDate>,
    }

    /// The continual improvement approach and its register.
    #[derive(Default)]
    pub struct ImprovementSection {
        /// How often the SMO reviews its practices.
        pub review_cadence: String,
        /// Where feedback comes from.
        pub feedback_sources: Vec<String>,
        /// The improvement register.
        pub register: Vec<Improvement>,
    }

    /// An entry of the improvement register.
    pub struct Improvement {
        /// Stable id.
        pub id: String,
        /// What to improve.
        pub description: String,
        /// Where the idea came from.
        pub source: String,
        /// Who owns it.
        pub owner: String,
        /// Where it stands.
        pub status: ImprovementStatus,
    }

    /// A risk to the SMO's success.
    pub struct Risk {
        /// Stable id.
        pub id: String,
        /// What could happen.
        pub description: String,
        /// How likely.
        pub likelihood: Option<Rating>,
        /// How bad.
        pub impact: Option<Rating>,
        /// What is done about it.
        pub mitigation: String,
        /// Who owns it.
        pub owner: String,
    }

    /// Who must approve the charter, and where that stands.
    pub struct ApprovalSection {
        /// The approvers.
        pub approvers: Vec<Approver>,
        /// Draft, in review, approved.
        pub status: ApprovalStatus,
        /// When it was sent for review.
        pub submitted: Option<NaiveDate>,
        /// When it was approved.
        pub approved: Option<NaiveDate>,
    }

    /// One approver.
    pub struct Approver {
        /// Stable id.
        pub id: String,
        /// Name.
        pub name: String,
        /// Role.
        pub role: String,
        /// Has this person approved?
        pub approved: bool,
    }

    /// The whole charter.
    #[derive(Default)]
    pub struct Charter {
        /// Vision and mission (their own workshop step).
        pub vision: VisionMission,
        /// Purpose and background.
        pub purpose: PurposeSection,
        /// Scope.
        pub scope: ScopeSection,
        /// Form(s).
        pub forms: FormsSection,
        /// Objectives.
        pub objectives: Vec<Objective>,
        /// Stakeholders.
        pub stakeholders: Vec<Stakeholder>,
        /// Roles.
        pub roles: Vec<Role>,
        /// RACI rows.
        pub raci: Vec<RaciRow>,
        /// Authority.
        pub authority: AuthoritySection,
        /// Governance bodies.
        pub governance: Vec<GovernanceBody>,
        /// KPIs.
        pub kpis: Vec<Kpi>,
        /// Reports.
        pub reporting: Vec<Report>,
        /// Communications plan.
        pub communications: Vec<Communication>,
        /// Continual improvement.
        pub improvement: ImprovementSection,
        /// Risks.
        pub risks: Vec<Risk>,
        /// Approval.
        pub approval: ApprovalSection,
    }
}

impl Default for ApprovalSection {
    fn default() -> Self {
        ApprovalSection {
            approvers: Vec::new(),
            status: ApprovalStatus::Draft,
            submitted: None,
            approved: None,
        }
    }
}

/// A change to one part of the charter: the new content of that part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "section", content = "content", rename_all = "camelCase")]
pub enum CharterUpdate {
    /// Vision and mission.
    Vision(VisionMission),
    /// Purpose and background.
    Purpose(PurposeSection),
    /// Scope.
    Scope(ScopeSection),
    /// Form(s).
    Forms(FormsSection),
    /// Objectives.
    Objectives(Vec<Objective>),
    /// Stakeholders.
    Stakeholders(Vec<Stakeholder>),
    /// Roles.
    Roles(Vec<Role>),
    /// RACI rows.
    Raci(Vec<RaciRow>),
    /// Authority.
    Authority(AuthoritySection),
    /// Governance bodies.
    Governance(Vec<GovernanceBody>),
    /// KPIs.
    Kpis(Vec<Kpi>),
    /// Reports.
    Reporting(Vec<Report>),
    /// Communications plan.
    Communications(Vec<Communication>),
    /// Continual improvement.
    Improvement(ImprovementSection),
    /// Risks.
    Risks(Vec<Risk>),
    /// Approval.
    Approval(ApprovalSection),
}

/// Where a RACI row breaks the rule "exactly one Accountable, at least one Responsible".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RaciIssue {
    /// The row.
    pub row_id: String,
    /// The roles involved (the Accountables, when there are several).
    pub role_ids: Vec<String>,
    /// The explanation, for people.
    pub message: String,
}

/// The longest one-line text in the charter, in characters.
pub const MAX_LINE: usize = TextRule::LINE.max;
/// The longest paragraph in the charter, in characters.
pub const MAX_PARAGRAPH: usize = TextRule::PARAGRAPH.max;
/// The most rows one list section may hold.
pub const MAX_ROWS: usize = 500;

impl Charter {
    /// Replaces one part with `update`, after checking it.
    pub fn apply(&mut self, update: CharterUpdate) -> Result<(), ValidationError> {
        update.validate()?;
        match update {
            CharterUpdate::Vision(v) => self.vision = v,
            CharterUpdate::Purpose(v) => self.purpose = v,
            CharterUpdate::Scope(v) => self.scope = v,
            CharterUpdate::Forms(v) => self.forms = v,
            CharterUpdate::Objectives(v) => self.objectives = v,
            CharterUpdate::Stakeholders(v) => self.stakeholders = v,
            CharterUpdate::Roles(v) => self.roles = v,
            CharterUpdate::Raci(v) => self.raci = v,
            CharterUpdate::Authority(v) => self.authority = v,
            CharterUpdate::Governance(v) => self.governance = v,
            CharterUpdate::Kpis(v) => self.kpis = v,
            CharterUpdate::Reporting(v) => self.reporting = v,
            CharterUpdate::Communications(v) => self.communications = v,
            CharterUpdate::Improvement(v) => self.improvement = v,
            CharterUpdate::Risks(v) => self.risks = v,
            CharterUpdate::Approval(v) => self.approval = v,
        }
        Ok(())
    }

    /// The whole charter as one update per part (for copying it elsewhere).
    pub fn updates(&self) -> Vec<CharterUpdate> {
        vec![
            CharterUpdate::Vision(self.vision.clone()),
            CharterUpdate::Purpose(self.purpose.clone()),
            CharterUpdate::Scope(self.scope.clone()),
            CharterUpdate::Forms(self.forms.clone()),
            CharterUpdate::Objectives(self.objectives.clone()),
            CharterUpdate::Stakeholders(self.stakeholders.clone()),
            CharterUpdate::Roles(self.roles.clone()),
            CharterUpdate::Raci(self.raci.clone()),
            CharterUpdate::Authority(self.authority.clone()),
            CharterUpdate::Governance(self.governance.clone()),
            CharterUpdate::Kpis(self.kpis.clone()),
            CharterUpdate::Reporting(self.reporting.clone()),
            CharterUpdate::Communications(self.communications.clone()),
            CharterUpdate::Improvement(self.improvement.clone()),
            CharterUpdate::Risks(self.risks.clone()),
            CharterUpdate::Approval(self.approval.clone()),
        ]
    }

    /// The vision and mission checklist: (done?, hint) in order.
    pub fn vision_checklist(&self) -> [(bool, &'static str); 5] {
        let v = &self.vision;
        let has = |c| v.checks.contains(&c);
        [
            (filled(&v.vision), "Write the vision"),
            (filled(&v.mission), "Write the mission"),
            (
                has(VisionCheck::AlignedWithGoals),
                "Check it is aligned with the organisation's goals",
            ),
            (
                has(VisionCheck::NamesWhoIsServed),
                "Check it names who the SMO serves",
            ),
            (
                has(VisionCheck::SaysWhyItExists),
                "Check it says why the SMO exists",
            ),
        ]
    }

    /// Whether `section` holds what it must to count as done, and if not, what is missing.
    pub fn section_status(&self, section: CharterSection) -> Result<(), &'static str> {
        let need = |ok: bool, hint: &'static str| if ok { Ok(()) } else { Err(hint) };
        match section {
            CharterSection::Purpose => need(
                filled(&self.purpose.purpose),
                "Say why the SMO is being created",
            ),
            CharterSection::Scope => need(
                !self.scope.included.is_empty() && !self.scope.excluded.is_empty(),
                "List what is in scope and what is out",
            ),
            CharterSection::Forms => need(!self.forms.forms.is_empty(), "Choose the SMO's form"),
            CharterSection::Objectives => need(
                !self.objectives.is_empty()
                    && self
                        .objectives
                        .iter()
                        .all(|o| filled(&o.title) && filled(&o.measurable) && o.due.is_some()),
                "Give every objective a title, a measure and a date",
            ),
            CharterSection::Stakeholders => need(
                !self.stakeholders.is_empty(),
                "Name the stakeholders beyond the room",
            ),
            CharterSection::Roles => need(
                !self.roles.is_empty()
                    && self
                        .roles
                        .iter()
                        .all(|r| filled(&r.name) && (filled(&r.filled_by) || r.to_recruit)),
                "Name each role and who fills it (or mark it to recruit)",
            ),
            CharterSection::Raci => need(
                !self.raci.is_empty() && raci_issues(&self.raci).is_empty(),
                "Give every RACI row one Accountable and a Responsible",
            ),
            CharterSection::Authority => need(
                self.authority.level.is_some() && !self.authority.decision_rights.is_empty(),
                "Set the level of authority and the decision rights",
            ),
            CharterSection::Governance => need(
                !self.governance.is_empty()
                    && self
                        .governance
                        .iter()
                        .all(|b| filled(&b.name) && filled(&b.cadence)),
                "Describe at least one governance body and its cadence",
            ),
            CharterSection::Kpis => need(
                !self.kpis.is_empty()
                    && self
                        .kpis
                        .iter()
                        .all(|k| filled(&k.name) && filled(&k.target) && filled(&k.owner)),
                "Give every KPI a target and an owner",
            ),
            CharterSection::Reporting => {
                need(!self.reporting.is_empty(), "Plan at least one report")
            }
            CharterSection::Communications => need(
                !self.communications.is_empty(),
                "Plan at least one communication",
            ),
            CharterSection::Improvement => need(
                filled(&self.improvement.review_cadence)
                    && !self.improvement.feedback_sources.is_empty(),
                "Set the review cadence and the feedback sources",
            ),
            CharterSection::Risks => need(
                !self.risks.is_empty()
                    && self
                        .risks
                        .iter()
                        .all(|r| filled(&r.mitigation) && filled(&r.owner)),
                "Give every risk a mitigation and an owner",
            ),
            CharterSection::Approval => need(
                !self.approval.approvers.is_empty(),
                "Name who approves the charter",
            ),
        }
    }
}

/// The RACI rule, row by row: exactly one Accountable and at least one
/// Responsible. Violations are explained, never refused.
pub fn raci_issues(rows: &[RaciRow]) -> Vec<RaciIssue> {
    let mut out = Vec::new();
    for row in rows {
        let name = if filled(&row.activity) {
            format!("“{}”", row.activity.trim())
        } else {
            "An unnamed row".to_owned()
        };
        let accountable: Vec<String> = row
            .cells
            .iter()
            .filter(|c| c.accountable)
            .map(|c| c.role_id.clone())
            .collect();
        match accountable.len() {
            0 => out.push(RaciIssue {
                row_id: row.id.clone(),
                role_ids: Vec::new(),
                message: format!(
                    "{name} has no Accountable: one role must answer for the outcome."
                ),
            }),
            1 => {}
            n => out.push(RaciIssue {
                row_id: row.id.clone(),
                role_ids: accountable,
                message: format!(
                    "{name} has {n} Accountables: when several roles answer for an outcome, none does. Keep one A and make the others R or C."
                ),
            }),
        }
        if !row.cells.iter().any(|c| c.responsible) {
            out.push(RaciIssue {
                row_id: row.id.clone(),
                role_ids: Vec::new(),
                message: format!("{name} has no Responsible: someone must do the work."),
            });
        }
    }
    out
}

fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// The inputs of one row of a list (by the row's id), or of the section
/// itself: checks each by the one text rule and names it in the error's
/// [`Place`], so the UI marks the exact input.
#[derive(Clone, Copy)]
struct Inputs<'a>(Option<&'a str>);

/// The section's own inputs (not in a row).
const SECTION: Inputs<'static> = Inputs(None);

impl Inputs<'_> {
    fn place(self, input: &str) -> Place {
        Place {
            row: self.0.map(str::to_owned),
            input: input.to_owned(),
        }
    }

    /// A one-line text.
    fn line(self, input: &str, what: &str, value: &str) -> Result<(), ValidationError> {
        TextRule::LINE
            .check_named(what, value)
            .map_err(|e| e.at(self.place(input)))
    }

    /// A paragraph.
    fn paragraph(self, input: &str, what: &str, value: &str) -> Result<(), ValidationError> {
        TextRule::PARAGRAPH
            .check_named(what, value)
            .map_err(|e| e.at(self.place(input)))
    }

    /// A list of one-line items.
    fn lines(self, input: &str, what: &str, items: &[String]) -> Result<(), ValidationError> {
        if items.len() > MAX_ROWS {
            return Err(ValidationError::Text {
                what: what.to_owned(),
                reason: format!("has {} items; at most {MAX_ROWS} are allowed", items.len()),
            }
            .at(self.place(input)));
        }
        items.iter().try_for_each(|i| self.line(input, what, i))
    }

    /// A day, if there is one.
    fn day(self, input: &str, what: &str, day: Option<NaiveDate>) -> Result<(), ValidationError> {
        match day {
            Some(day) => {
                crate::validation::check_day(what, day).map_err(|e| e.at(self.place(input)))
            }
            None => Ok(()),
        }
    }
}

/// Checks a list's length and row ids, then each row's inputs with `check`.
fn rows<T>(
    what: &str,
    items: &[T],
    id: impl Fn(&T) -> &str,
    check: impl Fn(Inputs<'_>, &T) -> Result<(), ValidationError>,
) -> Result<(), ValidationError> {
    if items.len() > MAX_ROWS {
        return Err(ValidationError::Text {
            what: what.to_owned(),
            reason: format!("has {} rows; at most {MAX_ROWS} are allowed", items.len()),
        });
    }
    let mut seen = HashSet::new();
    for item in items {
        let id = id(item);
        if id.trim().is_empty() || id.len() > 64 || !seen.insert(id) {
            return Err(ValidationError::Text {
                what: what.to_owned(),
                reason: format!("row id \"{id}\" is empty, too long or used twice"),
            });
        }
    }
    items
        .iter()
        .try_for_each(|item| check(Inputs(Some(id(item))), item))
}

impl CharterUpdate {
    /// The section it changes; `None` for the vision and mission.
    pub fn section(&self) -> Option<CharterSection> {
        Some(match self {
            CharterUpdate::Vision(_) => return None,
            CharterUpdate::Purpose(_) => CharterSection::Purpose,
            CharterUpdate::Scope(_) => CharterSection::Scope,
            CharterUpdate::Forms(_) => CharterSection::Forms,
            CharterUpdate::Objectives(_) => CharterSection::Objectives,
            CharterUpdate::Stakeholders(_) => CharterSection::Stakeholders,
            CharterUpdate::Roles(_) => CharterSection::Roles,
            CharterUpdate::Raci(_) => CharterSection::Raci,
            CharterUpdate::Authority(_) => CharterSection::Authority,
            CharterUpdate::Governance(_) => CharterSection::Governance,
            CharterUpdate::Kpis(_) => CharterSection::Kpis,
            CharterUpdate::Reporting(_) => CharterSection::Reporting,
            CharterUpdate::Communications(_) => CharterSection::Communications,
            CharterUpdate::Improvement(_) => CharterSection::Improvement,
            CharterUpdate::Risks(_) => CharterSection::Risks,
            CharterUpdate::Approval(_) => CharterSection::Approval,
        })
    }

    /// Checks lengths, control characters, row ids and ranges; an error
    /// about one input carries its [`Place`].
    pub fn validate(&self) -> Result<(), ValidationError> {
        let s = SECTION;
        match self {
            CharterUpdate::Vision(v) => {
                s.paragraph("vision", "Vision", &v.vision)?;
                s.paragraph("mission", "Mission", &v.mission)?;
                s.paragraph("goals", "Organisational goals", &v.goals)
            }
            CharterUpdate::Purpose(p) => {
                s.paragraph("purpose", "Purpose", &p.purpose)?;
                s.paragraph("background", "Background", &p.background)
            }
            CharterUpdate::Scope(scope) => {
                s.lines("included", "In scope", &scope.included)?;
                s.lines("excluded", "Out of scope", &scope.excluded)
            }
            CharterUpdate::Forms(f) => s.paragraph("notes", "Notes on the form", &f.notes),
            CharterUpdate::Objectives(items) => rows(
                "Objectives",
                items,
                |o| &o.id,
                |row, o| {
                    row.line("title", "Objective title", &o.title)?;
                    row.day("due", "An objective's due date", o.due)?;
                    row.paragraph("specific", "Specific", &o.specific)?;
                    row.paragraph("measurable", "Measurable", &o.measurable)?;
                    row.paragraph("achievable", "Achievable", &o.achievable)?;
                    row.paragraph("relevant", "Relevant", &o.relevant)?;
                    row.lines("practices", "Objective practices", &o.practices)
                },
            ),
            CharterUpdate::Stakeholders(items) => rows(
                "Stakeholders",
                items,
                |s| &s.id,
                |row, s| {
                    row.line("name", "Stakeholder name", &s.name)?;
                    row.line("role", "Stakeholder role", &s.role)?;
                    row.paragraph("interest", "Stakeholder interest", &s.interest)
                },
            ),
            CharterUpdate::Roles(items) => rows(
                "Roles",
                items,
                |r| &r.id,
                |row, r| {
                    row.line("name", "Role name", &r.name)?;
                    row.paragraph("purpose", "Role purpose", &r.purpose)?;
                    row.paragraph("skills", "Skills", &r.skills)?;
                    row.line("filledBy", "Filled by", &r.filled_by)?;
                    match r.allocation {
                        Some(a) if !(1..=100).contains(&a) => Err(ValidationError::Text {
                            what: "Time allocation".into(),
                            reason: format!("{a}% is not between 1% and 100%"),
                        }
                        .at(row.place("allocation"))),
                        _ => Ok(()),
                    }
                },
            ),
            CharterUpdate::Raci(items) => rows(
                "RACI",
                items,
                |r| &r.id,
                |row, r| {
                    row.line("activity", "RACI activity", &r.activity)?;
                    let mut roles = HashSet::new();
                    for c in &r.cells {
                        if !roles.insert(c.role_id.as_str()) {
                            return Err(ValidationError::Text {
                                what: "RACI".into(),
                                reason: format!(
                                    "a role appears twice on the row \"{}\"",
                                    r.activity
                                ),
                            }
                            .at(row.place("cells")));
                        }
                    }
                    Ok(())
                },
            ),
            CharterUpdate::Authority(a) => {
                s.lines(
                    "areasOfInfluence",
                    "Areas of influence",
                    &a.areas_of_influence,
                )?;
                s.paragraph("statement", "Authority", &a.statement)?;
                rows(
                    "Decision rights",
                    &a.decision_rights,
                    |d| &d.id,
                    |row, d| {
                        row.line("decision", "Decision", &d.decision)?;
                        row.line("right", "Decision right", &d.right)
                    },
                )
            }
            CharterUpdate::Governance(items) => rows(
                "Governance",
                items,
                |b| &b.id,
                |row, b| {
                    row.line("name", "Body name", &b.name)?;
                    row.line("chair", "Chair", &b.chair)?;
                    row.line("cadence", "Cadence", &b.cadence)?;
                    row.paragraph("members", "Members", &b.members)?;
                    row.paragraph("decides", "What it decides", &b.decides)
                },
            ),
            CharterUpdate::Kpis(items) => rows(
                "KPIs",
                items,
                |k| &k.id,
                |row, k| {
                    row.line("name", "KPI name", &k.name)?;
                    row.line("baseline", "Baseline", &k.baseline)?;
                    row.line("target", "Target", &k.target)?;
                    row.line("frequency", "Frequency", &k.frequency)?;
                    row.line("owner", "Owner", &k.owner)?;
                    row.line("dataSource", "Data source", &k.data_source)?;
                    row.paragraph("definition", "Definition", &k.definition)
                },
            ),
            CharterUpdate::Reporting(items) => rows(
                "Reports",
                items,
                |r| &r.id,
                |row, r| {
                    row.line("name", "Report", &r.name)?;
                    row.line("audience", "Audience", &r.audience)?;
                    row.line("frequency", "Frequency", &r.frequency)?;
                    row.line("owner", "Owner", &r.owner)
                },
            ),
            CharterUpdate::Communications(items) => rows(
                "Communications",
                items,
                |c| &c.id,
                |row, c| {
                    row.line("audience", "Audience", &c.audience)?;
                    row.line("channel", "Channel", &c.channel)?;
                    row.line("frequency", "Frequency", &c.frequency)?;
                    row.line("owner", "Owner", &c.owner)?;
                    row.day("start", "A communication's start", c.start)?;
                    row.paragraph("message", "Message", &c.message)
                },
            ),
            CharterUpdate::Improvement(i) => {
                s.line("reviewCadence", "Review cadence", &i.review_cadence)?;
                s.lines("feedbackSources", "Feedback sources", &i.feedback_sources)?;
                rows(
                    "Improvement register",
                    &i.register,
                    |r| &r.id,
                    |row, r| {
                        row.paragraph("description", "Improvement", &r.description)?;
                        row.line("source", "Source", &r.source)?;
                        row.line("owner", "Owner", &r.owner)
                    },
                )
            }
            CharterUpdate::Risks(items) => rows(
                "Risks",
                items,
                |r| &r.id,
                |row, r| {
                    row.paragraph("description", "Risk", &r.description)?;
                    row.paragraph("mitigation", "Mitigation", &r.mitigation)?;
                    row.line("owner", "Owner", &r.owner)
                },
            ),
            CharterUpdate::Approval(a) => {
                rows(
                    "Approvers",
                    &a.approvers,
                    |p| &p.id,
                    |row, p| {
                        row.line("name", "Approver", &p.name)?;
                        row.line("role", "Approver role", &p.role)
                    },
                )?;
                s.day("submitted", "The date sent for review", a.submitted)?;
                s.day("approved", "The approval date", a.approved)?;
                match (a.submitted, a.approved) {
                    (Some(submitted), Some(approved)) if approved < submitted => {
                        Err(ValidationError::ApprovedBeforeSubmitted {
                            submitted,
                            approved,
                        }
                        .at(s.place("approved")))
                    }
                    _ => Ok(()),
                }
            }
        }
    }
}

/// A saved version of the charter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CharterVersion {
    /// 1, 2, 3… in the order they were saved.
    pub number: u32,
    /// When it was saved.
    pub saved_at: chrono::DateTime<chrono::Utc>,
    /// Whether this version is the approved one.
    pub approved: bool,
    /// A note the author gave it.
    pub note: String,
    /// The whole charter as it was.
    pub charter: Charter,
}

/// A saved version as listed, without its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CharterVersionSummary {
    /// 1, 2, 3…
    pub number: u32,
    /// When it was saved.
    pub saved_at: chrono::DateTime<chrono::Utc>,
    /// Whether it is an approved version.
    pub approved: bool,
    /// The author's note.
    pub note: String,
}

impl RaciCell {
    /// The letters of the roles held, one way for every combination:
    /// "A/R", "C/I", "" for none.
    pub fn letters(&self) -> String {
        [
            (self.accountable, "A"),
            (self.responsible, "R"),
            (self.consulted, "C"),
            (self.informed, "I"),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, l)| *l)
        .collect::<Vec<_>>()
        .join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(role: &str, letters: &str) -> RaciCell {
        RaciCell {
            role_id: role.into(),
            responsible: letters.contains('R'),
            accountable: letters.contains('A'),
            consulted: letters.contains('C'),
            informed: letters.contains('I'),
        }
    }

    fn row(id: &str, activity: &str, cells: Vec<RaciCell>) -> RaciRow {
        RaciRow {
            id: id.into(),
            activity: activity.into(),
            cells,
        }
    }

    #[test]
    fn raci_needs_exactly_one_accountable_and_a_responsible() {
        let rows = vec![
            row(
                "ok",
                "Run the CAB",
                vec![cell("lead", "A"), cell("mgr", "R")],
            ),
            row("ar", "Own the catalogue", vec![cell("lead", "AR")]),
            row(
                "two",
                "Approve changes",
                vec![cell("lead", "A"), cell("cio", "A"), cell("mgr", "R")],
            ),
            row("none", "", vec![cell("mgr", "C")]),
        ];
        let issues = raci_issues(&rows);
        let ids: Vec<(&str, &[String])> = issues
            .iter()
            .map(|i| (i.row_id.as_str(), i.role_ids.as_slice()))
            .collect();
        assert_eq!(
            ids,
            [
                ("two", &["lead".to_owned(), "cio".to_owned()][..]),
                ("none", &[][..]),
                ("none", &[][..]),
            ]
        );
        assert!(issues[0]
            .message
            .contains("“Approve changes” has 2 Accountables"));
        assert!(issues[1]
            .message
            .starts_with("An unnamed row has no Accountable"));
        assert!(issues[2].message.contains("no Responsible"));
    }

    #[test]
    fn a_raci_with_issues_does_not_count_as_done_but_still_saves() {
        let mut charter = Charter::default();
        let bad = vec![row("r", "Approve", vec![cell("a", "A"), cell("b", "A")])];
        assert_eq!(charter.apply(CharterUpdate::Raci(bad)), Ok(()));
        assert!(charter.section_status(CharterSection::Raci).is_err());
        let good = vec![row("r", "Approve", vec![cell("a", "A"), cell("b", "R")])];
        assert_eq!(charter.apply(CharterUpdate::Raci(good)), Ok(()));
        assert_eq!(charter.section_status(CharterSection::Raci), Ok(()));
    }

    #[test]
    fn duplicate_row_ids_and_over_long_text_are_refused() {
        let mut charter = Charter::default();
        let risk = |id: &str| Risk {
            id: id.into(),
            description: "x".into(),
            likelihood: None,
            impact: None,
            mitigation: String::new(),
            owner: String::new(),
        };
        let err = charter
            .apply(CharterUpdate::Risks(vec![risk("a"), risk("a")]))
            .expect_err("duplicate id");
        assert!(err.to_string().contains("used twice"), "{err}");
        let mut long = risk("b");
        long.owner = "o".repeat(MAX_LINE + 1);
        assert!(charter.apply(CharterUpdate::Risks(vec![long])).is_err());
        assert!(charter.risks.is_empty(), "a refused update changes nothing");
    }

    #[test]
    fn approval_cannot_precede_submission_and_allocation_is_a_percentage() {
        let date = |d| NaiveDate::from_ymd_opt(2026, 4, d).expect("date");
        let approval = ApprovalSection {
            approvers: Vec::new(),
            status: ApprovalStatus::Approved,
            submitted: Some(date(10)),
            approved: Some(date(9)),
        };
        assert!(matches!(
            CharterUpdate::Approval(approval)
                .validate()
                .map_err(|e| e.cause().clone()),
            Err(ValidationError::ApprovedBeforeSubmitted { .. })
        ));
        let role = Role {
            id: "r".into(),
            name: "SMO lead".into(),
            purpose: String::new(),
            skills: String::new(),
            filled_by: String::new(),
            to_recruit: true,
            allocation: Some(120),
        };
        let err = CharterUpdate::Roles(vec![role])
            .validate()
            .expect_err("120%");
        assert!(err.to_string().contains("120% is not between 1% and 100%"));
    }

    #[test]
    fn vision_checklist_counts_text_and_ticks() {
        let mut charter = Charter::default();
        assert!(charter.vision_checklist().iter().all(|(ok, _)| !ok));
        charter.vision.vision = "One way of running services.".into();
        charter.vision.checks = vec![VisionCheck::NamesWhoIsServed];
        let done: Vec<bool> = charter
            .vision_checklist()
            .iter()
            .map(|(ok, _)| *ok)
            .collect();
        assert_eq!(done, [true, false, false, true, false]);
    }

    #[test]
    fn updates_serialise_as_section_and_content() {
        let update = CharterUpdate::Forms(FormsSection {
            forms: vec![SmoForm::ProcessOwners],
            notes: String::new(),
        });
        let json = serde_json::to_value(&update).expect("json");
        assert_eq!(json["section"], "forms");
        assert_eq!(json["content"]["forms"][0], "processOwners");
        assert_eq!(update.section(), Some(CharterSection::Forms));
    }
}
