//! Time and size of each PDF on the sample workshop and on the large one
//! (34 practices, 30 participants who all vote, 200 initiatives, 60 KPIs).
//!
//! `cargo bench -p smo-pdf` (release build). `SMO_BENCH_ITERATIONS` sets how
//! many runs each measurement takes (default 15); the median and the slowest
//! are printed. This is a measurement, not a test: nothing here fails on time.

use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use smo_core::sample::{large::enlarge, sample_workshop};
use smo_core::Workshop;
use smo_pdf::{Export, ExportOptions, Paper};
use smo_store::Store;

fn main() {
    let iterations: usize = std::env::var("SMO_BENCH_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(15);
    let mut store = Store::open_in_memory(Box::new(Utc::now)).expect("in-memory store");
    let sample = store.create_sample(&sample_workshop()).expect("sample");
    let mut large = sample.clone();
    enlarge(&mut large);
    let options = ExportOptions {
        paper: Paper::A4,
        at: Utc
            .with_ymd_and_hms(2026, 1, 31, 10, 0, 0)
            .single()
            .expect("time"),
    };
    println!("| workshop | document | pages | size | median | max |");
    println!("|---|---|---:|---:|---:|---:|");
    for (name, workshop) in [("sample", &sample), ("large", &large)] {
        for kind in Export::ALL {
            report(name, workshop, kind, &options, iterations);
        }
    }
}

fn report(name: &str, workshop: &Workshop, kind: Export, options: &ExportOptions, n: usize) {
    let mut times: Vec<Duration> = Vec::with_capacity(n);
    let mut last = None;
    for _ in 0..n {
        let start = Instant::now();
        let pdf = kind.build(workshop, options).expect("pdf");
        times.push(start.elapsed());
        last = Some(pdf);
    }
    times.sort();
    let pdf = last.expect("at least one run");
    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
    println!(
        "| {name} | {} | {} | {} KB | {} | {} |",
        kind.title(),
        pdf.pages,
        pdf.bytes.len() / 1024,
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
    );
}
