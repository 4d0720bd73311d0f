//! The UI's stylesheet repeats the phase colours for the roadmap's phase
//! cards, board tags and legend (CSS cannot import them from Rust). This test
//! holds the two declarations together and names any that drift.

use smo_chart::gantt::phase_colors;
use smo_core::roadmap::PhaseKind;

const STYLES: &str = include_str!("../../../ui/src/styles.css");

fn css_variable(name: &str) -> Option<String> {
    STYLES.lines().find_map(|line| {
        let rest = line.trim().strip_prefix(&format!("--{name}:"))?;
        Some(rest.trim().trim_end_matches(';').trim().to_owned())
    })
}

#[test]
fn the_stylesheet_uses_the_timelines_phase_colours() {
    let mut differ = Vec::new();
    for kind in PhaseKind::ALL {
        let name = format!("phase-{}", kind.label().to_lowercase().replace(' ', "-"));
        let (bar, _) = phase_colors(Some(kind));
        match css_variable(&name) {
            Some(value) if value == bar.hex() => {}
            Some(value) => differ.push(format!(
                "--{name} is {value}, the timeline draws {}",
                bar.hex()
            )),
            None => differ.push(format!("--{name} is missing from ui/src/styles.css")),
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
