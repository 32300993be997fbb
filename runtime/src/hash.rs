//! The string hash behind every generated `from_code` lookup.
//!
//! The generator (`cloud-errors-codegen`, through `__private::hash`) picks perfect-hash parameters
//! with this function and generated lookups use the very same one, so the two can never disagree.
//! It must stay dependency-free and free of `unsafe`.

/// Odd 64-bit constants (digits of π and e) that spread bits in the folded multiply.
const K0: u64 = 0x243f_6a88_85a3_08d3;
const K1: u64 = 0x1319_8a2e_0370_7344;
const K2: u64 = 0xa409_3822_299f_31d0;
const K3: u64 = 0xb7e1_5162_8aed_2a6b;

/// Multiplies in 128 bits and folds the halves together: one cheap step that mixes every input bit
/// into every output bit.
#[inline(always)]
pub const fn fold(a: u64, b: u64) -> u64 {
    let full = (a as u128).wrapping_mul(b as u128);
    (full as u64) ^ ((full >> 64) as u64)
}

/// Maps `x` onto `0..n` by the high bits of a multiply (Lemire's fast range), without a division.
#[inline(always)]
pub const fn reduce(x: u64, n: usize) -> usize {
    (((x as u128) * (n as u128)) >> 64) as usize
}

#[inline(always)]
fn read_u64(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

#[inline(always)]
fn read_u32(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(word) as u64
}

/// Seeds with this bit set hash every 16-byte block of a long key through a folded multiply of
/// its own ("chained"); seeds without it take one multiply for the key's first 16 bytes and the
/// blocks between, which are first combined into them by rotation and exclusive or ("combined").
/// The generator tries combined seeds first and falls back to chained ones when none of them
/// places every key, as for keys the combination cannot tell apart under any seed (two keys whose
/// words are each other's bitwise complement, for one, combine alike whatever the rotation). The
/// table's seed is a constant where it is looked up, so the choice costs a lookup nothing.
pub const CHAINED: u64 = 1;

/// Hashes `bytes` with `seed`. Keys up to 16 bytes take one folded multiply, longer ones two (or,
/// with a [`CHAINED`] seed, one per 16 bytes); words are read overlapping so that no
/// byte-by-byte tail loop is needed, and the last fold is the output (a second fold of it slowed
/// lookups and bought nothing the generator needs: it retries another seed if one spreads the
/// codes badly).
///
/// Always inlined: as a call, it kept lookups above `FxHashMap::get` (codegen/DECISIONS.md).
#[inline(always)]
pub fn hash(seed: u64, bytes: &[u8]) -> u64 {
    let len = bytes.len();
    let mut state = seed ^ K0 ^ (len as u64).wrapping_mul(K3);
    let (a, b) = if len > 16 {
        if seed & CHAINED == 0 {
            // Block k is turned by k times the seed's turn. The generator's first seed has turn 0:
            // no rotation at all, the cheapest lookup, under which blocks swapped or repeated
            // cancel out; for keys like that, its next seeds turn the blocks apart.
            let turn = (seed >> 58) as u32;
            let (mut first, mut second) = (read_u64(bytes, 0), read_u64(bytes, 8));
            let (mut at, mut by) = (16, turn);
            while at + 16 < len {
                first ^= read_u64(bytes, at).rotate_left(by);
                second ^= read_u64(bytes, at + 8).rotate_left(by);
                by = by.wrapping_add(turn);
                at += 16;
            }
            state = step(state, first, second);
        } else {
            let mut at = 0;
            while at + 16 < len {
                state = step(state, read_u64(bytes, at), read_u64(bytes, at + 8));
                at += 16;
            }
        }
        (read_u64(bytes, len - 16), read_u64(bytes, len - 8))
    } else if len >= 8 {
        (read_u64(bytes, 0), read_u64(bytes, len - 8))
    } else if len >= 4 {
        (read_u32(bytes, 0), read_u32(bytes, len - 4))
    } else if len > 0 {
        let spread = ((bytes[0] as u64) << 16) | ((bytes[len / 2] as u64) << 8) | bytes[len - 1] as u64;
        (spread, 0)
    } else {
        (0, 0)
    };
    step(state, a, b)
}

/// Mixes one 16-byte block, as two words, into the state: every block enters the hash this way.
#[inline(always)]
fn step(state: u64, a: u64, b: u64) -> u64 {
    fold(a ^ K1 ^ state, b ^ K2)
}

/// Which bucket a key's hash falls in (high half of the hash).
#[inline(always)]
pub const fn bucket(hash: u64, buckets: usize) -> usize {
    reduce(hash, buckets)
}

/// Which slot a key goes to, given its bucket's pilot: one multiply by an odd constant carries
/// every bit of `hash ^ pilot` into the high bits that pick the slot, so keys sharing a bucket
/// (and so the high bits of `hash`) still scatter over every slot, and each pilot scatters them
/// differently. One multiply after the pilot's load, where a fold of the pilot's own product
/// took three in a row.
#[inline(always)]
pub const fn slot(hash: u64, pilot: u16, slots: usize) -> usize {
    reduce((hash ^ pilot as u64).wrapping_mul(K3), slots)
}
