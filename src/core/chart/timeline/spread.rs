//! Moving a timeline's labels apart: each as near its event as the others allow.

/// Tops for blocks of `heights` wanting `ideal` tops, in order, none above `min`, none
/// overlapping (`gap` apart), each as near its ideal as the others allow: overlapping runs are
/// merged and centred on their members' ideals.
pub(super) fn spread(ideal: &[i32], heights: &[i32], min: i32, gap: i32) -> Vec<i32> {
    // Runs: (first index, last index, top).
    let mut runs: Vec<(usize, usize, i32)> = Vec::new();
    let offset =
        |first: usize, i: usize| -> i32 { heights[first..i].iter().map(|h| h + gap).sum() };
    for i in 0..ideal.len() {
        runs.push((i, i, ideal[i].max(min)));
        while runs.len() > 1 {
            let (a, b) = (runs[runs.len() - 2], runs[runs.len() - 1]);
            let a_bottom = a.2 + offset(a.0, a.1) + heights[a.1];
            if a_bottom + gap <= b.2 {
                break;
            }
            let (first, last) = (a.0, b.1);
            let n = (last - first + 1) as i32;
            let sum: i32 = (first..=last).map(|j| ideal[j] - offset(first, j)).sum();
            let top = (sum / n).max(min);
            runs.pop();
            runs.pop();
            runs.push((first, last, top));
        }
    }
    let mut tops = vec![0; ideal.len()];
    for (first, last, top) in runs {
        for (j, t) in tops.iter_mut().enumerate().take(last + 1).skip(first) {
            *t = top + offset(first, j);
        }
    }
    tops
}
