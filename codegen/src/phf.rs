//! Builds the perfect hash behind `from_code`: every code lands in a slot of its own, so a lookup
//! is one hash, two table loads and one string comparison, whatever the catalog's size.
//!
//! The scheme is "hash and displace" with one pilot per bucket (as in PTHash/PtrHash): keys are
//! split into buckets by their hash, and for each bucket, largest first, a pilot is searched that
//! sends all its keys to free slots. Deterministic: the same codes always give the same tables.

use cloud_errors_runtime::__private::code_hash as hash;

/// The tables a lookup needs (see `cloud_errors::__private::PerfectHash`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PerfectHash {
    pub seed: u64,
    pub pilots: Vec<u16>,
    /// The key index in each slot, [`EMPTY_SLOT`] for none.
    pub slots: Vec<u32>,
}

/// The runtime's mark of a slot without a key.
pub const EMPTY_SLOT: u32 = cloud_errors_runtime::__private::PerfectHash::EMPTY_SLOT;

/// Seeds of the combined hash tried before the chained one ([`hash::CHAINED`]): where the
/// combined hash can separate a catalog's keys, the first seed almost always places them all, so
/// more attempts would only delay the fallback.
const COMBINED_ATTEMPTS: u64 = 16;

/// Average keys per bucket: more means fewer pilots to store but longer searches.
const KEYS_PER_BUCKET: usize = 4;

/// The seed of the generator's `attempt`-th try: the cheaper combined hash first, the chained one
/// for keys it cannot separate.
fn seed(attempt: u64) -> u64 {
    match attempt.wrapping_mul(0x9e37_79b9_7f4a_7c15) {
        seed if attempt < COMBINED_ATTEMPTS => seed & !hash::CHAINED,
        seed => seed | hash::CHAINED,
    }
}

impl PerfectHash {
    /// Finds parameters for `keys`, which must be distinct.
    ///
    /// # Panics
    /// If two keys are equal (validation rejects duplicate codes before this runs).
    pub fn build<S: AsRef<[u8]>>(keys: &[S]) -> PerfectHash {
        let buckets = keys.len().div_ceil(KEYS_PER_BUCKET).max(1);
        // A load factor of about 0.9 keeps the search for the last buckets short.
        let slots = (keys.len() + keys.len() / 9).max(1);
        for attempt in 0..1000u64 {
            if let Some(found) = Self::try_seed(keys, seed(attempt), buckets, slots) {
                return found;
            }
        }
        panic!("no perfect hash found: are two codes equal?");
    }

    fn try_seed<S: AsRef<[u8]>>(keys: &[S], seed: u64, buckets: usize, slots: usize) -> Option<PerfectHash> {
        let hashes: Vec<u64> = keys.iter().map(|key| hash::hash(seed, key.as_ref())).collect();
        let mut members: Vec<Vec<u32>> = vec![Vec::new(); buckets];
        for (index, &h) in hashes.iter().enumerate() {
            members[hash::bucket(h, buckets)].push(index as u32);
        }
        let mut order: Vec<usize> = (0..buckets).collect();
        order.sort_by_key(|&bucket| (std::cmp::Reverse(members[bucket].len()), bucket));

        let mut pilots = vec![0u16; buckets];
        let mut table = vec![EMPTY_SLOT; slots];
        let mut taken: Vec<usize> = Vec::with_capacity(KEYS_PER_BUCKET * 4);
        for bucket in order {
            let keys_in_bucket = &members[bucket];
            if keys_in_bucket.is_empty() {
                break;
            }
            let pilot = (0..=u16::MAX).find(|&pilot| {
                taken.clear();
                keys_in_bucket.iter().all(|&key| {
                    let slot = hash::slot(hashes[key as usize], pilot, slots);
                    let free = table[slot] == EMPTY_SLOT && !taken.contains(&slot);
                    taken.push(slot);
                    free
                })
            })?;
            pilots[bucket] = pilot;
            for &key in keys_in_bucket {
                table[hash::slot(hashes[key as usize], pilot, slots)] = key;
            }
        }
        Some(PerfectHash {
            seed,
            pilots,
            slots: table,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl PerfectHash {
        /// The key index `key` would be at, if it is one of the keys (the runtime's lookup).
        fn lookup(&self, key: &[u8]) -> Option<u32> {
            let h = hash::hash(self.seed, key);
            let pilot = self.pilots[hash::bucket(h, self.pilots.len())];
            let found = self.slots[hash::slot(h, pilot, self.slots.len())];
            (found != EMPTY_SLOT).then_some(found)
        }
    }

    fn check(keys: &[String]) {
        let phf = PerfectHash::build(keys);
        for (index, key) in keys.iter().enumerate() {
            assert_eq!(phf.lookup(key.as_bytes()), Some(index as u32), "{key}");
        }
    }

    #[test]
    fn places_every_key() {
        check(&["a".to_owned()]);
        check(&(0..30).map(|i| format!("Family.Code{i}")).collect::<Vec<_>>());
        check(
            &(0..5000)
                .map(|i| format!("InvalidParameterValue.SomeLongPrefix{i}"))
                .collect::<Vec<_>>(),
        );
    }

    #[test]
    fn handles_no_keys() {
        let phf = PerfectHash::build::<&str>(&[]);
        assert_eq!(phf.lookup(b"anything"), None);
    }

    fn hashes<const N: usize>(seed: u64, keys: &[String; N]) -> [u64; N] {
        keys.each_ref().map(|key| hash::hash(seed, key.as_bytes()))
    }

    #[test]
    fn falls_back_to_the_chained_hash_for_keys_the_combined_one_cannot_separate() {
        // 48 bytes each: the first block and the middle one of one key are the bitwise complement
        // of the other's ('<' is 0x3c, 'V' 0x56; 'é' is 0xc3 0xa9), the last block is shared.
        let tail = "Tail.SharedBlock";
        let keys = [
            format!("{}{tail}", "<V".repeat(16)),
            format!("{}{tail}", "é".repeat(16)),
        ];
        for seed in [seed(0), 2 << 58, seed(1)] {
            let [a, b] = hashes(seed, &keys);
            assert_eq!(a, b);
        }
        let phf = PerfectHash::build(&keys);
        assert_eq!(phf.seed & hash::CHAINED, hash::CHAINED);
        check(&keys);
    }

    #[test]
    fn blocks_swapped_are_told_apart_by_a_seed_that_turns_them() {
        let (first, middle, tail) = ("FirstBlock.AAAAA", "MiddleBlock.BBBB", "Tail.SharedBlock");
        let keys = [format!("{first}{middle}{tail}"), format!("{middle}{first}{tail}")];
        // Seed 0 does not turn them: they cancel out, and the generator moves on.
        let [a, b] = hashes(seed(0), &keys);
        assert_eq!(a, b);
        for seed in [1 << 58, 2 << 58, seed(1)] {
            let [a, b] = hashes(seed, &keys);
            assert_ne!(a, b);
        }
        let phf = PerfectHash::build(&keys);
        assert_eq!(phf.seed & hash::CHAINED, 0);
        assert_ne!(phf.seed, seed(0));
        check(&keys);
    }

    #[test]
    fn codes_of_real_shapes_take_the_combined_hash() {
        let keys: Vec<String> = (0..2000)
            .map(|i| format!("InvalidParameterValue.Instance{i}TypeNotFoundInZone{}", i % 7))
            .collect();
        assert_eq!(PerfectHash::build(&keys).seed & hash::CHAINED, 0);
        check(&keys);
    }

    #[test]
    fn is_deterministic() {
        let keys: Vec<String> = (0..100).map(|i| format!("k{i}")).collect();
        assert_eq!(PerfectHash::build(&keys), PerfectHash::build(&keys));
    }
}
