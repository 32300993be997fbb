//! The generator's allocator: mimalloc for small blocks, the system allocator for large ones.
//!
//! A large catalog's run is millions of small allocations (syntax-tree nodes, strings), where
//! mimalloc is much faster than glibc's malloc (all-system ran 2.9 s against 2.0 s at 100,000
//! codes). But a few buffers grow, one doubling at a time, to hundreds of megabytes: serde_yaml's
//! list of YAML events, the syntax tree's 100,000-element lists (`Punctuated` cannot reserve) and
//! prettyplease's output. mimalloc reallocates such a block by copying it into fresh pages, which
//! the kernel must then fault in and zero; glibc serves large blocks with `mmap` and grows them
//! with `mremap`, which moves the pages instead of copying them. Sending blocks of 1 MiB and more
//! to the system allocator took 0.2 s off 2.2 s of in-process generation at 100,000 codes
//! (thresholds from 64 KiB to 8 MiB measured alike); BENCHMARKS.md has the runs.

// Every unsafe operation in a block of its own, with what it relies on.
#![deny(unsafe_op_in_unsafe_fn)]

use std::alloc::{GlobalAlloc, Layout, System};

use mimalloc::MiMalloc;

/// Blocks of at least this many bytes come from the system allocator.
const LARGE: usize = 1 << 20;

/// See the module's documentation.
pub struct Allocator;

fn is_large(size: usize) -> bool {
    size >= LARGE
}

// SAFETY: every block is freed or resized by the allocator that made it. `GlobalAlloc`'s contract
// hands `dealloc` and `realloc` the layout the block was allocated with, so its size tells which
// allocator that was; a block whose size crosses `LARGE` on `realloc` is moved to the other one
// (allocated there, copied, freed here) rather than resized in place. Each method passes its
// caller's guarantees (a valid layout, a block of this allocator with that layout) on unchanged.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if is_large(layout.size()) {
            unsafe { System.alloc(layout) }
        } else {
            unsafe { MiMalloc.alloc(layout) }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if is_large(layout.size()) {
            unsafe { System.alloc_zeroed(layout) }
        } else {
            unsafe { MiMalloc.alloc_zeroed(layout) }
        }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        if is_large(layout.size()) {
            unsafe { System.dealloc(block, layout) }
        } else {
            unsafe { MiMalloc.dealloc(block, layout) }
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        match (is_large(layout.size()), is_large(new_size)) {
            (true, true) => unsafe { System.realloc(block, layout, new_size) },
            (false, false) => unsafe { MiMalloc.realloc(block, layout, new_size) },
            _ => {
                // `realloc`'s caller guarantees that `new_size`, rounded up to the alignment,
                // does not overflow `isize`: the layout is valid.
                let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
                let moved = unsafe { self.alloc(new_layout) };
                if !moved.is_null() {
                    // Distinct blocks, each at least `min(old, new)` bytes long: the new one
                    // fresh, the old one still allocated until the `dealloc` after the copy.
                    unsafe {
                        std::ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                        self.dealloc(block, layout);
                    }
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The tests call `Allocator`'s methods directly: what they check does not depend on the test
    // binary's global allocator.

    fn pattern(len: usize) -> impl Iterator<Item = u8> {
        (0..len).map(|i| (i % 251) as u8)
    }

    #[test]
    fn blocks_keep_their_bytes_across_the_threshold_both_ways() {
        let sizes = [16, LARGE - 1, LARGE, 3 * LARGE, LARGE + 7, 100, 4 * LARGE, 8];
        let layout = Layout::from_size_align(sizes[0], 16).unwrap();
        unsafe {
            let mut block = Allocator.alloc(layout);
            assert!(!block.is_null());
            std::ptr::copy_nonoverlapping(pattern(sizes[0]).collect::<Vec<_>>().as_ptr(), block, sizes[0]);
            let mut size = sizes[0];
            for &new_size in &sizes[1..] {
                let old_layout = Layout::from_size_align(size, 16).unwrap();
                block = Allocator.realloc(block, old_layout, new_size);
                assert!(!block.is_null(), "realloc {size} -> {new_size}");
                assert_eq!(block as usize % 16, 0, "alignment kept");
                let kept = size.min(new_size);
                let bytes = std::slice::from_raw_parts(block, kept);
                assert!(
                    bytes.iter().copied().eq(pattern(kept)),
                    "bytes kept: {size} -> {new_size}"
                );
                // Fill the grown part, so the next step checks it too.
                for (offset, byte) in pattern(new_size).enumerate().skip(kept) {
                    block.add(offset).write(byte);
                }
                size = new_size;
            }
            Allocator.dealloc(block, Layout::from_size_align(size, 16).unwrap());
        }
    }

    #[test]
    fn zeroed_blocks_are_zero_on_both_sides() {
        for size in [64, 2 * LARGE] {
            let layout = Layout::from_size_align(size, 8).unwrap();
            unsafe {
                let block = Allocator.alloc_zeroed(layout);
                assert!(!block.is_null());
                assert!(std::slice::from_raw_parts(block, size)
                    .iter()
                    .all(|&byte| byte == 0));
                Allocator.dealloc(block, layout);
            }
        }
    }
}
