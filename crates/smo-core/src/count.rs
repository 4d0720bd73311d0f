//! Counts of things held in memory, as the `u32` the IPC types carry.

/// `n` as a `u32`. A workshop holds at most thousands of anything (its file
/// is at most 50 MB), so more than four billion is a defect of this build:
/// it stops loudly rather than report a wrong, saturated number.
pub fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or_else(|_| panic!("a count of {n} does not fit in u32: a defect"))
}
