//! Summaries of repeated timings: median, 99th percentile and slowest.

use std::time::{Duration, Instant};

/// The timings of one measurement, in milliseconds.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Timing {
    /// How many runs.
    pub runs: usize,
    /// The median run.
    pub median_ms: f64,
    /// The 99th percentile (nearest rank).
    pub p99_ms: f64,
    /// The slowest run.
    pub max_ms: f64,
}

impl Timing {
    /// Summarises `samples` (at least one).
    pub fn of(mut samples: Vec<Duration>) -> Timing {
        samples.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let n = samples.len();
        let rank = |q: f64| {
            // Nearest rank: the smallest sample with at least q of all at or below it.
            let r = (q * n as f64).ceil() as usize;
            samples[r.clamp(1, n.max(1)) - 1]
        };
        Timing {
            runs: n,
            median_ms: ms(samples[n / 2]),
            p99_ms: ms(rank(0.99)),
            max_ms: ms(samples[n - 1]),
        }
    }
}

/// Runs `work` `runs` times (at least once) and times each run; returns the
/// timings and the last result.
pub fn time<T, E>(runs: usize, mut work: impl FnMut() -> Result<T, E>) -> Result<(Timing, T), E> {
    let mut samples = Vec::with_capacity(runs.max(1));
    let mut last = None;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let out = work()?;
        samples.push(start.elapsed());
        last = Some(out);
    }
    let last = last.expect("at least one run");
    Ok((Timing::of(samples), last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_p99_and_max_by_nearest_rank() {
        let samples: Vec<Duration> = (1..=200).rev().map(Duration::from_millis).collect();
        let t = Timing::of(samples);
        assert_eq!(t.runs, 200);
        assert_eq!(t.median_ms, 101.0);
        assert_eq!(t.p99_ms, 198.0);
        assert_eq!(t.max_ms, 200.0);
    }

    #[test]
    fn one_sample_is_every_statistic() {
        let t = Timing::of(vec![Duration::from_millis(7)]);
        assert_eq!((t.median_ms, t.p99_ms, t.max_ms), (7.0, 7.0, 7.0));
    }

    #[test]
    fn time_runs_at_least_once_and_passes_errors_on() {
        let mut n = 0;
        let (t, last) = time(0, || -> Result<i32, ()> {
            n += 1;
            Ok(n)
        })
        .expect("runs");
        assert_eq!((t.runs, last), (1, 1));
        assert_eq!(time(3, || Err::<(), _>("no")).expect_err("fails"), "no");
    }
}
