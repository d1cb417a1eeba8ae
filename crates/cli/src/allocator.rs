//! The global allocator: mimalloc, which serves the interpreter's many
//! small objects faster than the C library (as pymalloc does CPython's).
//!
//! Ordinary requests (alignment up to a word) go to plain `mi_malloc`.
//! Every mimalloc block is word-aligned (its size classes are whole words
//! and each page's first block is 16-aligned), so nothing is lost, while
//! mimalloc's aligned entry point, which the `mimalloc` crate uses for
//! every request, serves an 8-aligned 80-byte block (every Python object:
//! see `layout_tests` in the runtime's object.rs) from its 96-byte class.
//! This module owns the allocator's `unsafe`.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The alignment every mimalloc block has.
const WORD: usize = std::mem::size_of::<usize>();

pub struct MiMalloc;

// SAFETY: each method hands the request to the matching mimalloc entry
// point, which returns memory of at least `layout.size()` bytes aligned to
// `layout.align()` (plain entry points only when that alignment is a word
// or less, which every mimalloc block has), or null; freed and resized
// pointers all came from these same entry points.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl's comment.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl's comment.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (GlobalAlloc's contract).
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`; the new
        // block keeps its alignment.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MiMalloc;
    use std::alloc::{GlobalAlloc, Layout};

    #[test]
    fn blocks_are_aligned_writable_and_resizable() {
        for (size, align) in [(1, 1), (24, 8), (80, 8), (80, 16), (100, 64), (4096, 4096), (1 << 20, 8)] {
            let layout = Layout::from_size_align(size, align).expect("layout");
            // SAFETY: a non-zero-sized layout; the block is written within
            // its size, resized, read back and freed once.
            unsafe {
                let p = MiMalloc.alloc_zeroed(layout);
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0, "size {size} align {align}");
                assert_eq!(*p.add(size - 1), 0);
                *p.add(size - 1) = 7;
                let q = MiMalloc.realloc(p, layout, size * 2);
                assert_eq!(q as usize % align, 0);
                assert_eq!(*q.add(size - 1), 7);
                MiMalloc.dealloc(q, Layout::from_size_align(size * 2, align).expect("layout"));
            }
        }
    }
}
