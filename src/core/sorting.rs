//! One copy of the sorting code for the whole app.
//!
//! The standard library's sorts are generic over the element type and the comparison, so every
//! call site compiles its own copy of the sorting algorithm: for the app's twenty-odd sorts, 17 KB
//! of the web bundle's gzip (BENCHMARKS.md, "Web bundle"). Here only a list of positions is
//! sorted, always with the same comparison type, so the algorithm exists once; each caller adds
//! only the small step that puts its items in that order. Both sorts are stable.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in the order they came.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        order
            .into_iter()
            .map(|position| slots[position].take().expect("each position comes once")),
    );
}

/// Sorts `items` by the key `key` gives each, keeping items with equal keys in the order they came.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `compare` puts them: the one place the algorithm is compiled.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let words = [
            "pear", "fig", "apple", "kiwi", "date", "plum", "lime", "", "yam",
        ];
        for len in 0..=words.len() {
            let mut ours: Vec<&str> = words[..len].to_vec();
            let mut standard = ours.clone();
            sort_by_key(&mut ours, |word| word.len());
            standard.sort_by_key(|word| word.len());
            assert_eq!(ours, standard, "the first {len} words by length");
        }
    }

    #[test]
    fn sorts_in_either_direction_by_a_comparison() {
        let mut numbers = vec![3, 1, 4, 1, 5, 9, 2, 6];
        sort_by(&mut numbers, |a, b| b.cmp(a));
        assert_eq!(numbers, [9, 6, 5, 4, 3, 2, 1, 1]);
    }
}
