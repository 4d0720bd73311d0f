//! The sample workshop's vision, charter and roadmap: what Harbourline's room
//! drafted on day two.

use chrono::NaiveDate;

use crate::brief::{Brief, Briefs, Classification, DocumentControl, DocumentStatus};
use crate::charter::{
    ApprovalSection, ApprovalStatus, Approver, AuthorityLevel, AuthoritySection, Charter,
    Communication, DecisionRight, FormsSection, GovernanceBody, Improvement, ImprovementSection,
    ImprovementStatus, Kpi, Objective, PurposeSection, RaciCell, RaciRow, Rating, Report, Risk,
    Role, ScopeSection, SmoForm, Stakeholder, VisionCheck, VisionMission,
};
use crate::roadmap::{Effort, Initiative, InitiativeStatus, Phase, PhaseKind, Roadmap};
use crate::Level;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("sample dates are valid")
}

fn s(text: &str) -> String {
    text.to_owned()
}

fn list(items: &[&str]) -> Vec<String> {
    items.iter().map(|i| (*i).to_owned()).collect()
}

fn raci(id: &str, activity: &str, cells: &[(&str, &str)]) -> RaciRow {
    RaciRow {
        id: s(id),
        activity: s(activity),
        cells: cells
            .iter()
            .map(|(role, letters)| RaciCell {
                role_id: s(role),
                responsible: letters.contains('R'),
                accountable: letters.contains('A'),
                consulted: letters.contains('C'),
                informed: letters.contains('I'),
            })
            .collect(),
    }
}

/// name, definition, baseline, target, frequency, owner, data source, objective.
type KpiRow<'a> = [&'a str; 8];

fn kpi(
    id: &str,
    [name, definition, baseline, target, frequency, owner, source, objective]: KpiRow<'_>,
) -> Kpi {
    Kpi {
        id: s(id),
        name: s(name),
        definition: s(definition),
        baseline: s(baseline),
        target: s(target),
        frequency: s(frequency),
        owner: s(owner),
        data_source: s(source),
        objective_id: Some(s(objective)),
    }
}

/// The sample charter.
pub fn sample_charter() -> Charter {
    Charter {
        vision: VisionMission {
            vision: s("Every Harbourline depot, shipper and colleague gets IT services that are run one way, measured honestly and improved every quarter."),
            mission: s("The Service Management Office owns how IT services are designed, changed, supported and reported across all 14 depots and the customer portal. It gives depot operations, finance and IT one accountable point for service quality, so that outages like January's are prevented, led well when they happen, and learned from."),
            goals: s("Board goals for 2026–27: no booking outage longer than one hour; depot onboarding in two weeks; IT costs per shipment visible by service."),
            checks: vec![VisionCheck::AlignedWithGoals, VisionCheck::NamesWhoIsServed, VisionCheck::SaysWhyItExists],
        },
        purpose: PurposeSection {
            purpose: s("Create one accountable owner of service management for Harbourline, with the authority to set common processes and tools, and to report service performance to the board."),
            background: s("IT support grew depot by depot: three service desks, two ticketing tools and no shared change calendar. A portal release in January stopped bookings for six hours; the board asked for one owner of service management. The workshop of 9–10 March 2026 assessed 16 practices and agreed the priorities below."),
        },
        scope: ScopeSection {
            included: list(&[
                "All IT services used by the 14 depots, head office and the customer portal",
                "Incident, request, change, release, problem and service level management",
                "The service management toolset and the CMDB",
                "The service desks (to be merged into one)",
            ]),
            excluded: list(&[
                "Warehouse automation owned by the equipment vendors",
                "Application development methods (owned by Applications)",
                "Information security policy (owned by the CISO; the SMO is consulted)",
            ]),
        },
        forms: FormsSection {
            forms: vec![SmoForm::ProcessOwners, SmoForm::CatalogueAndServiceLevels, SmoForm::ToolOwner, SmoForm::ServiceDesk],
            notes: s("Start as the home of the process owners and the single service desk; take on the catalogue and service levels once the desk is merged. Policy and training stays with HR and the CISO for now."),
        },
        objectives: vec![
            Objective {
                id: s("obj-change"),
                title: s("Control every production change"),
                specific: s("All changes to depot systems and the portal go through one change process with a shared calendar."),
                measurable: s("95% of production changes recorded and assessed before implementation."),
                achievable: s("The change manager is in post; the tool already has a change module."),
                relevant: s("Prevents repeats of the January outage."),
                due: Some(date(2027, 6, 30)),
                practices: list(&["change-enablement", "release-management"]),
            },
            Objective {
                id: s("obj-desk"),
                title: s("One service desk for every depot"),
                specific: s("Merge the three desks into one, with one number, one portal and one tool."),
                measurable: s("One desk live; first-contact resolution at least 65%."),
                achievable: s("Staff and budget exist today across the three desks."),
                relevant: s("Depot staff stop phoning IT operations directly."),
                due: Some(date(2026, 12, 31)),
                practices: list(&["service-desk", "service-request-management"]),
            },
            Objective {
                id: s("obj-report"),
                title: s("Report service performance against agreed levels"),
                specific: s("A monthly service report to the board with agreed KPIs per service, measured against the service levels agreed with depots and shippers."),
                measurable: s("Report delivered by the fifth working day for six months in a row."),
                achievable: s("Finance partners on the data; the tool exports what is needed."),
                relevant: s("The board asked for facts, not anecdotes."),
                due: Some(date(2027, 12, 31)),
                practices: list(&["measurement-and-reporting", "service-level-management"]),
            },
            Objective {
                id: s("obj-catalogue"),
                title: s("Publish the service catalogue"),
                specific: s("A catalogue of business services with owners, hours and support levels."),
                measurable: s("Catalogue covers 100% of services used by depots and shippers."),
                achievable: s("Draft list exists from the workshop."),
                relevant: s("Depots know what IT provides and how to ask."),
                due: Some(date(2027, 3, 31)),
                practices: list(&["service-catalogue-management"]),
            },
        ],
        stakeholders: vec![
            Stakeholder { id: s("st-board"), name: s("Executive board"), role: s("Sponsor body"), interest: s("Fewer outages; costs per service"), influence: Some(Rating::High) },
            Stakeholder { id: s("st-depots"), name: s("Depot managers (14)"), role: s("Service consumers"), interest: s("Fast fixes on the scanners and booking screens"), influence: Some(Rating::High) },
            Stakeholder { id: s("st-shippers"), name: s("Shipper key accounts"), role: s("Portal customers"), interest: s("Portal availability and notice of changes"), influence: Some(Rating::Medium) },
            Stakeholder { id: s("st-vendors"), name: s("Network and cloud suppliers"), role: s("Suppliers"), interest: s("Clear escalation and change windows"), influence: Some(Rating::Low) },
        ],
        roles: vec![
            Role { id: s("role-head"), name: s("Head of the SMO"), purpose: s("Leads the SMO, chairs the service review, reports to the CIO."), skills: s("Service management leadership; stakeholder management; ITIL 4 Strategic Leader or equivalent."), filled_by: String::new(), to_recruit: true, allocation: Some(100) },
            Role { id: s("role-change"), name: s("Change and release manager"), purpose: s("Owns change enablement and release management."), skills: s("Risk assessment; release planning; facilitation."), filled_by: s("Jonas Weber"), to_recruit: false, allocation: Some(80) },
            Role { id: s("role-desk"), name: s("Service desk manager"), purpose: s("Runs the merged desk; owns incident and request management."), skills: s("Team leadership; knowledge management; customer service."), filled_by: s("Chloé Dubois"), to_recruit: false, allocation: Some(100) },
            Role { id: s("role-level"), name: s("Service level manager"), purpose: s("Owns the catalogue, service levels and the monthly report."), skills: s("Negotiation; reporting; business analysis."), filled_by: String::new(), to_recruit: true, allocation: Some(60) },
            Role { id: s("role-tools"), name: s("Tools and CMDB owner"), purpose: s("Owns the service management tool and the CMDB."), skills: s("Tool administration; data quality; integration."), filled_by: s("Ravi Menon (interim)"), to_recruit: false, allocation: Some(30) },
        ],
        raci: vec![
            raci("raci-change", "Authorise normal changes", &[("role-change", "A"), ("role-head", "I"), ("role-tools", "R"), ("role-desk", "C")]),
            raci("raci-major", "Lead a major incident", &[("role-desk", "AR"), ("role-change", "C"), ("role-head", "I")]),
            raci("raci-report", "Produce the monthly service report", &[("role-level", "AR"), ("role-head", "C"), ("role-tools", "R")]),
            raci("raci-catalogue", "Maintain the service catalogue", &[("role-level", "A"), ("role-desk", "R"), ("role-tools", "C")]),
            raci("raci-process", "Approve a new or changed process", &[("role-head", "A"), ("role-change", "R"), ("role-desk", "R"), ("role-level", "C")]),
        ],
        authority: AuthoritySection {
            areas_of_influence: list(&[
                "IT operations and the three service desks",
                "Applications' release planning",
                "Supplier escalations for IT services",
            ]),
            level: Some(AuthorityLevel::Directive),
            statement: s("The SMO sets the service management processes and the toolset for all of IT. Teams follow them; exceptions are agreed with the head of the SMO and reported to the IT leadership team."),
            decision_rights: vec![
                DecisionRight { id: s("dr-process"), decision: s("Adopt or change a service management process"), right: s("Decides") },
                DecisionRight { id: s("dr-tool"), decision: s("Configure the service management tool"), right: s("Decides") },
                DecisionRight { id: s("dr-budget"), decision: s("Fund tooling beyond the current licence"), right: s("Recommends to the CIO") },
                DecisionRight { id: s("dr-sla"), decision: s("Agree service levels with depots"), right: s("Negotiates; the CIO signs") },
            ],
        },
        governance: vec![
            GovernanceBody { id: s("gov-review"), name: s("Service review board"), chair: s("Head of the SMO"), members: s("IT operations, Applications, depot operations, finance"), cadence: s("Monthly"), decides: s("Service priorities, improvement funding within budget, SLA changes to propose") },
            GovernanceBody { id: s("gov-cab"), name: s("Change advisory board"), chair: s("Change and release manager"), members: s("Platform, applications and depot representatives"), cadence: s("Weekly, and ad hoc for emergencies"), decides: s("Authorisation of normal changes; the change calendar") },
        ],
        kpis: vec![
            kpi("kpi-change", ["Changes assessed before implementation", "Production changes with an approved record before implementation ÷ all production changes", "About 40% (estimate)", "95%", "Monthly", "Change and release manager", "Change records, deployment logs", "obj-change"]),
            kpi("kpi-failed", ["Change failure rate", "Changes causing an incident within 7 days ÷ all changes", "Unknown", "Below 10%", "Monthly", "Change and release manager", "Incident and change records", "obj-change"]),
            kpi("kpi-fcr", ["First-contact resolution", "Contacts resolved at first contact ÷ all contacts", "48% (head office desk)", "65%", "Monthly", "Service desk manager", "Service desk tool", "obj-desk"]),
            kpi("kpi-onboard", ["Laptop and access for new starters", "Working days from request to everything delivered", "8 days", "2 days", "Monthly", "Service desk manager", "Request records", "obj-desk"]),
            kpi("kpi-report", ["Report on time", "Monthly service report delivered by the fifth working day", "No report", "6 months in a row", "Monthly", "Service level manager", "Report log", "obj-report"]),
            kpi("kpi-avail", ["Portal availability", "Minutes the booking portal is usable ÷ minutes in the month", "99.1% (January)", "99.5%", "Monthly", "Service level manager", "Synthetic monitoring", "obj-report"]),
        ],
        reporting: vec![
            Report { id: s("rep-board"), name: s("Monthly service report"), audience: s("Executive board"), frequency: s("Monthly"), owner: s("Service level manager") },
            Report { id: s("rep-depot"), name: s("Depot service summary"), audience: s("Depot managers"), frequency: s("Monthly"), owner: s("Service desk manager") },
            Report { id: s("rep-change"), name: s("Change calendar and results"), audience: s("IT teams, key shippers"), frequency: s("Weekly"), owner: s("Change and release manager") },
        ],
        communications: vec![
            Communication { id: s("com-launch"), audience: s("All staff"), message: s("Why the SMO exists and what changes for you"), channel: s("CIO town hall and intranet"), frequency: s("Once, at launch"), owner: s("Margit Okafor"), start: Some(date(2026, 4, 15)) },
            Communication { id: s("com-depots"), audience: s("Depot managers"), message: s("Progress on the single desk; what to expect next month"), channel: s("Depot managers' call"), frequency: s("Monthly"), owner: s("Head of the SMO"), start: Some(date(2026, 5, 6)) },
            Communication { id: s("com-shippers"), audience: s("Shipper key accounts"), message: s("Planned portal changes and maintenance windows"), channel: s("Portal banner and account managers"), frequency: s("Before each release"), owner: s("Change and release manager"), start: Some(date(2026, 5, 1)) },
            Communication { id: s("com-it"), audience: s("IT teams"), message: s("New processes, tool changes, results"), channel: s("Team meetings, SMO page"), frequency: s("Fortnightly"), owner: s("Head of the SMO"), start: Some(date(2026, 4, 20)) },
        ],
        improvement: ImprovementSection {
            review_cadence: s("Quarterly practice review; monthly register review at the service review board"),
            feedback_sources: list(&["Post-incident reviews", "Depot managers' call", "Service desk satisfaction survey", "KPI trends", "Audit findings"]),
            register: vec![
                Improvement { id: s("imp-1"), description: s("Route depot scanner alerts to the desk instead of the shared mailbox"), source: s("Workshop"), owner: s("Ravi Menon"), status: ImprovementStatus::Approved },
                Improvement { id: s("imp-2"), description: s("Publish the top 20 knowledge articles to depots"), source: s("Service desk"), owner: s("Chloé Dubois"), status: ImprovementStatus::InProgress },
                Improvement { id: s("imp-3"), description: s("Freeze portal releases during depot peak hours (06:00–10:00)"), source: s("January outage review"), owner: s("Jonas Weber"), status: ImprovementStatus::Done },
            ],
        },
        risks: vec![
            Risk { id: s("risk-head"), description: s("The head of the SMO is not recruited before the foundation phase"), likelihood: Some(Rating::Medium), impact: Some(Rating::High), mitigation: s("Interim lead from IT operations; recruitment started in March"), owner: s("Margit Okafor") },
            Risk { id: s("risk-budget"), description: s("No tooling budget before July delays the merged desk"), likelihood: Some(Rating::High), impact: Some(Rating::Medium), mitigation: s("Use the existing licence; plan the tool change for the new financial year"), owner: s("Samuel Osei") },
            Risk { id: s("risk-adoption"), description: s("Depots keep phoning IT operations directly"), likelihood: Some(Rating::High), impact: Some(Rating::Medium), mitigation: s("Depot champions; calls to operations redirected to the desk"), owner: s("Aiko Tanaka") },
            Risk { id: s("risk-bypass"), description: s("Urgent portal fixes bypass change enablement"), likelihood: Some(Rating::Medium), impact: Some(Rating::High), mitigation: s("Emergency change route with after-the-fact review within 24 hours"), owner: s("Jonas Weber") },
        ],
        approval: ApprovalSection {
            approvers: vec![
                Approver { id: s("ap-cio"), name: s("Margit Okafor"), role: s("Chief Information Officer"), approved: false },
                Approver { id: s("ap-ops"), name: s("Aiko Tanaka"), role: s("Depot Operations Manager"), approved: true },
            ],
            status: ApprovalStatus::InReview,
            submitted: Some(date(2026, 3, 20)),
            approved: None,
        },
    }
}

/// What one sample initiative is: id, title, description, practices, owner,
/// dates, phase, effort, dependencies, milestone, level it raises practices to.
struct Plan<'a> {
    id: &'a str,
    title: &'a str,
    description: &'a str,
    practices: &'a [&'a str],
    owner: &'a str,
    dates: (NaiveDate, NaiveDate),
    phase: PhaseKind,
    effort: Effort,
    deps: &'a [&'a str],
    milestone: bool,
    raises_to: i64,
}

impl Plan<'_> {
    fn initiative(&self) -> Initiative {
        Initiative {
            id: s(self.id),
            title: s(self.title),
            description: s(self.description),
            practices: list(self.practices),
            owner: s(self.owner),
            start: Some(self.dates.0),
            end: Some(self.dates.1),
            phase: Some(self.phase),
            effort: Some(self.effort),
            status: InitiativeStatus::Planned,
            dependencies: list(self.deps),
            milestone: self.milestone,
            raises_to: Level::try_from(self.raises_to).ok(),
        }
    }
}

/// The sample roadmap.
pub fn sample_roadmap() -> Roadmap {
    use Effort::{Large, Medium, Small};
    use PhaseKind::{Expansion, Foundation, Optimisation, QuickWins};
    let plans = [
        Plan { id: "ini-calendar", title: "Shared change calendar and weekly CAB for all systems", description: "One calendar for depot, portal and head-office changes; the CAB covers all of them.", practices: &["change-enablement"], owner: "Jonas Weber", dates: (date(2026, 4, 1), date(2026, 5, 31)), phase: QuickWins, effort: Small, deps: &[], milestone: false, raises_to: 2 },
        Plan { id: "ini-release", title: "Release windows and release notes for the portal", description: "No releases in depot peak hours; notes reach the desks before go-live.", practices: &["release-management"], owner: "Jonas Weber", dates: (date(2026, 4, 15), date(2026, 6, 30)), phase: QuickWins, effort: Small, deps: &[], milestone: false, raises_to: 2 },
        Plan { id: "ini-report", title: "First monthly service report", description: "Five KPIs, one page, agreed with finance.", practices: &["measurement-and-reporting"], owner: "Samuel Osei", dates: (date(2026, 5, 1), date(2026, 6, 30)), phase: QuickWins, effort: Small, deps: &[], milestone: true, raises_to: 2 },
        Plan { id: "ini-change", title: "Risk-based change enablement", description: "Standard, normal and emergency changes; a risk model; post-implementation reviews; portal releases planned through the change calendar.", practices: &["change-enablement", "release-management"], owner: "Jonas Weber", dates: (date(2026, 7, 1), date(2026, 10, 31)), phase: Foundation, effort: Medium, deps: &["ini-calendar"], milestone: true, raises_to: 3 },
        Plan { id: "ini-desk", title: "Merge the three service desks", description: "One number, one portal, one tool, a shared knowledge base; depot champions.", practices: &["service-desk", "incident-management", "service-request-management", "knowledge-management"], owner: "Chloé Dubois", dates: (date(2026, 7, 1), date(2026, 12, 18)), phase: Foundation, effort: Large, deps: &[], milestone: true, raises_to: 3 },
        Plan { id: "ini-major", title: "Major incident procedure", description: "Who declares, who leads, how depots and shippers hear about it.", practices: &["incident-management"], owner: "Chloé Dubois", dates: (date(2026, 7, 15), date(2026, 9, 30)), phase: Foundation, effort: Small, deps: &[], milestone: false, raises_to: 3 },
        Plan { id: "ini-catalogue", title: "Service catalogue and service levels", description: "A catalogue of business services; SLAs for the portal and depot systems.", practices: &["service-catalogue-management", "service-level-management"], owner: "Service level manager (to recruit)", dates: (date(2026, 10, 1), date(2026, 12, 18)), phase: Foundation, effort: Medium, deps: &["ini-report"], milestone: true, raises_to: 3 },
        Plan { id: "ini-cmdb", title: "Populate the CMDB for depot services", description: "Discovery for servers and the booking API; relationships to services.", practices: &["service-configuration-management", "it-asset-management"], owner: "Ravi Menon", dates: (date(2027, 1, 1), date(2027, 6, 30)), phase: Expansion, effort: Large, deps: &["ini-catalogue"], milestone: false, raises_to: 3 },
        Plan { id: "ini-problem", title: "Problem management and known errors", description: "A weekly problem review; a known error database linked to the desk's knowledge base.", practices: &["problem-management"], owner: "Ravi Menon", dates: (date(2027, 1, 15), date(2027, 5, 31)), phase: Expansion, effort: Medium, deps: &["ini-desk"], milestone: false, raises_to: 3 },
        Plan { id: "ini-monitor", title: "Service monitoring and alert routing", description: "End-to-end portal monitoring; alerts to the desk, not a mailbox.", practices: &["monitoring-and-event-management"], owner: "Eleni Papadopoulou", dates: (date(2027, 2, 1), date(2027, 6, 30)), phase: Expansion, effort: Medium, deps: &["ini-desk"], milestone: false, raises_to: 4 },
        Plan { id: "ini-ci", title: "Improvement register and quarterly practice reviews", description: "Run the register at the service review board; measure realised benefits.", practices: &["continual-improvement"], owner: "Head of the SMO", dates: (date(2027, 7, 1), date(2027, 12, 31)), phase: Optimisation, effort: Small, deps: &["ini-report"], milestone: true, raises_to: 3 },
        Plan { id: "ini-continuity", title: "Portal recovery test and agreed recovery times", description: "A business impact analysis, recovery objectives, a full recovery test.", practices: &["service-continuity-management"], owner: "Eleni Papadopoulou", dates: (date(2027, 7, 1), date(2027, 11, 30)), phase: Optimisation, effort: Medium, deps: &["ini-cmdb"], milestone: false, raises_to: 3 },
        Plan { id: "ini-change-4", title: "Automate standard changes and measure change failure", description: "Pre-approved standard changes in the pipeline; change failure rate in the monthly report.", practices: &["change-enablement"], owner: "Jonas Weber", dates: (date(2027, 1, 15), date(2027, 6, 30)), phase: Expansion, effort: Medium, deps: &["ini-change"], milestone: true, raises_to: 4 },
        Plan { id: "ini-levels-4", title: "Service reviews with depots against the SLAs", description: "Quarterly reviews per depot region; measurement and reporting steered by the SLAs.", practices: &["measurement-and-reporting", "service-level-management", "incident-management", "monitoring-and-event-management"], owner: "Service level manager (to recruit)", dates: (date(2027, 7, 1), date(2027, 12, 15)), phase: Optimisation, effort: Medium, deps: &["ini-catalogue", "ini-desk"], milestone: false, raises_to: 4 },
    ];
    // Where the plan stood at the sponsor's review in late November 2026.
    let done = [
        "ini-calendar",
        "ini-release",
        "ini-report",
        "ini-major",
        "ini-change",
    ];
    let started = ["ini-desk", "ini-catalogue"];
    let mut initiatives: Vec<Initiative> = plans.iter().map(Plan::initiative).collect();
    for i in &mut initiatives {
        if done.contains(&i.id.as_str()) {
            i.status = InitiativeStatus::Done;
        } else if started.contains(&i.id.as_str()) {
            i.status = InitiativeStatus::InProgress;
        }
    }
    Roadmap {
        phases: vec![
            Phase {
                kind: QuickWins,
                start: Some(date(2026, 4, 1)),
                end: Some(date(2026, 6, 30)),
            },
            Phase {
                kind: Foundation,
                start: Some(date(2026, 7, 1)),
                end: Some(date(2026, 12, 31)),
            },
            Phase {
                kind: Expansion,
                start: Some(date(2027, 1, 1)),
                end: Some(date(2027, 6, 30)),
            },
            Phase {
                kind: Optimisation,
                start: Some(date(2027, 7, 1)),
                end: Some(date(2027, 12, 31)),
            },
        ],
        initiatives,
    }
}

/// The charter as the room left it on the evening of day two, before the
/// sponsor's review: no risks yet, a vaguer purpose, one KPI fewer.
pub fn first_draft() -> Charter {
    let mut draft = sample_charter();
    draft.purpose.purpose = s("Give Harbourline one owner of service management.");
    draft.risks.clear();
    draft.kpis.retain(|k| k.id != "kpi-failed");
    draft.approval.status = ApprovalStatus::Draft;
    draft.approval.submitted = None;
    draft.approval.approvers.truncate(1);
    if let Some(a) = draft.approval.approvers.first_mut() {
        a.approved = false;
    }
    draft
}

/// What each sample document says to Harbourline's executives.
pub fn sample_briefs() -> Briefs {
    let control = |version: &str, day: NaiveDate, status: DocumentStatus| DocumentControl {
        version: s(version),
        date: Some(day),
        author: s("Tomás Lindqvist"),
        reviewers: list(&[
            "Margit Okafor, Chief Information Officer",
            "Ravi Menon, Head of IT Operations",
        ]),
        status,
        classification: Classification::ConfidentialClient,
    };
    Briefs {
        assessment: Brief {
            key_messages: list(&[
                "Service management at Harbourline is at level 1 to 2 of 5 in most practices: work gets done, but each depot and team does it its own way.",
                "Change enablement and service level management matter most: uncontrolled changes caused January's six-hour booking outage, and nothing underpins the availability promised to shippers.",
                "Supplier management is already where it needs to be; the other fifteen practices need to rise by one to three levels.",
            ]),
            decisions: list(&[
                "Confirm the targets and priorities agreed in the workshop as the SMO's baseline.",
                "Agree that change enablement, the single service desk and service levels come first.",
            ]),
            next_steps: list(&[
                "Re-assess the practices scored with low confidence (continual improvement, problem management, service continuity) with evidence by the end of April.",
                "Use these findings for the SMO charter and roadmap.",
            ]),
            assumptions: Vec::new(),
            control: control("1.0", date(2026, 3, 20), DocumentStatus::Final),
        },
        charter: Brief {
            key_messages: list(&[
                "One Service Management Office, reporting to the CIO, owns how IT services are run across all 14 depots and the customer portal.",
                "It starts as the home of the process owners and the single service desk, with directive authority over service management processes and tools.",
                "It is measured against four objectives: controlled changes, one service desk, service performance reported against agreed levels, and a published catalogue.",
            ]),
            decisions: list(&[
                "Approve the charter and the SMO's directive authority.",
                "Approve recruiting the head of the SMO and a service level manager (60%).",
            ]),
            next_steps: list(&[
                "Margit Okafor to approve the charter.",
                "CIO town hall to launch the SMO to all staff.",
            ]),
            assumptions: list(&[
                "No new tooling budget before the financial year starting in July: the existing licence is used until then.",
                "Ravi Menon leads the SMO in the interim until the head of the SMO is recruited.",
                "Depot operations and finance keep a seat on the service review board.",
            ]),
            control: control("0.9", date(2026, 3, 20), DocumentStatus::Draft),
        },
        roadmap: Brief {
            key_messages: list(&[
                "Fourteen initiatives in four phases, from April 2026 to December 2027, take every practice to its agreed target.",
                "The quick wins are done: a shared change calendar, release windows and the first monthly service report.",
                "The single service desk and the service catalogue are under way and due before the end of 2026.",
            ]),
            decisions: list(&[
                "Approve the expansion phase (January to June 2027) and its budget in the next financial year.",
                "Confirm Ravi Menon as owner of the CMDB and problem management work.",
            ]),
            next_steps: list(&[
                "Chloé Dubois: go live with the merged service desk by 18 December 2026.",
                "Ravi Menon: start populating the CMDB on 1 January 2027.",
            ]),
            assumptions: list(&[
                "The service level manager is in post before the service reviews with depots begin in July 2027.",
            ]),
            control: control("1.1", date(2026, 11, 27), DocumentStatus::Final),
        },
        // Nothing written yet: the report leads with what the app drafts
        // from the follow-up on the day it is exported.
        steering: Brief {
            control: control("Q4 2026", date(2026, 11, 27), DocumentStatus::Draft),
            ..Brief::default()
        },
    }
}
