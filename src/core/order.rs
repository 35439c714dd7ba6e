//! A stable sort for the few things the page puts in order (a card's years, the timeline's
//! events, the islands waiting to hydrate): an insertion sort, because `slice::sort_by_key`
//! brings its general algorithm into the wasm once per use, about 3 KB each (measured
//! 2026-12-04), for lists of 2 to 20 items.

/// Sorts `items` by `key`, keeping the order of equal keys.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn sorts_and_keeps_the_order_of_equals() {
        let mut v = [(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e'), (3, 'f')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(
            v,
            [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'c'), (3, 'a'), (3, 'f')]
        );
        let mut empty: [u8; 0] = [];
        sort_by_key(&mut empty, |x| *x);
        let mut many: Vec<i32> = (0..50).map(|i| (i * 37) % 50).collect();
        sort_by_key(&mut many, |x| *x);
        assert_eq!(many, (0..50).collect::<Vec<_>>());
    }
}
