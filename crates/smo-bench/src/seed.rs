//! The benchmark database: the sample workshop, the largest workshop (the
//! sample grown to 34 practices × 30 voters, 200 initiatives and 60 KPIs) and
//! enough other workshops to make the requested total. Every tenth of the
//! others is a full copy of the sample; the rest are workshops just set up,
//! as a consultant's database collects them.

use chrono::{Days, NaiveDate};
use smo_core::portable::WorkshopFile;
use smo_core::sample::sample_workshop;
use smo_core::{NewWorkshop, WorkshopId};
use smo_fixtures::enlarge;
use smo_store::{DataDir, OnConflict, Store};

use crate::BenchError;

/// The title the largest workshop is given (the UI is driven to it by name).
pub const LARGEST_TITLE: &str = "Largest workshop (benchmark)";

/// What was written.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Seeded {
    /// The sample workshop.
    pub sample: WorkshopId,
    /// The largest workshop.
    pub largest: WorkshopId,
    /// Workshops in the database in all.
    pub workshops: usize,
}

const ORGANISATIONS: [&str; 6] = [
    "Harbourline Logistics",
    "Northgate Health",
    "Aster Municipal Services",
    "Kestrel Insurance",
    "Bluefen Energy",
    "Orchard University",
];

/// The largest workshop as a file, grown from the workshop `sample`.
pub fn largest_file(store: &Store, sample: WorkshopId) -> Result<WorkshopFile, BenchError> {
    let mut workshop = store.workshop(sample)?;
    enlarge(&mut workshop);
    let versions = store.workshop_file(sample)?.workshop.charter_versions;
    Ok(WorkshopFile::of(workshop, versions))
}

/// Writes the benchmark database into `dir`, which must not hold workshops yet,
/// and makes the day's backup so that launches measure an ordinary start.
pub fn seed(dir: &DataDir, workshops: usize) -> Result<Seeded, BenchError> {
    if workshops < 2 {
        return Err(BenchError::Usage(
            "the benchmark database needs at least 2 workshops (the sample and the largest)"
                .to_owned(),
        ));
    }
    let mut store = Store::open_in(dir)?;
    if !store.is_empty()? {
        return Err(BenchError::Usage(format!(
            "{} already holds workshops; seed an empty data directory",
            dir.root().display()
        )));
    }
    let sample = store.create_sample(&sample_workshop())?.id;
    let largest = store.import_workshop(&largest_file(&store, sample)?, OnConflict::Copy)?;
    let sample_copy = store.workshop_file(sample)?;
    let first_day = NaiveDate::from_ymd_opt(2024, 1, 8).unwrap_or_default();
    for n in 2..workshops {
        let organisation = ORGANISATIONS[n % ORGANISATIONS.len()];
        let title = format!("Service management workshop {n:04}");
        if n % 10 == 0 {
            let copy = store.import_workshop(&sample_copy, OnConflict::Copy)?;
            store.rename_workshop(copy.id, &title)?;
        } else {
            store.create_workshop(NewWorkshop {
                organisation: organisation.to_owned(),
                title,
                start_date: first_day
                    .checked_add_days(Days::new(n as u64))
                    .unwrap_or(first_day),
                facilitator: "Benchmark facilitator".to_owned(),
            })?;
        }
    }
    // Named last, so it is the most recently edited: the workshop in progress
    // heads the home list, as it would on a consultant's laptop.
    store.rename_workshop(largest.id, LARGEST_TITLE)?;
    store.daily_backup(dir)?;
    Ok(Seeded {
        sample,
        largest: largest.id,
        workshops,
    })
}
