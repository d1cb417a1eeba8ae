//! Broadcasting: the shape operands stretch to, and the strides that
//! stretch them (0 along a stretched axis).

use crate::error::{shape_text, NumError, NumResult};

/// The broadcast shape of several shapes, or numpy's error naming them.
pub fn broadcast_shapes(shapes: &[&[usize]]) -> NumResult<Vec<usize>> {
    let ndim = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1usize; ndim];
    for shape in shapes {
        let pad = ndim - shape.len();
        for (i, &n) in shape.iter().enumerate() {
            let slot = &mut out[pad + i];
            if *slot == 1 {
                *slot = n;
            } else if n != 1 && n != *slot {
                let names: Vec<String> = shapes.iter().map(|s| shape_text(s)).collect();
                return Err(NumError::Value(format!(
                    "operands could not be broadcast together with shapes {} ",
                    names.join(" ")
                )));
            }
        }
    }
    Ok(out)
}

/// Strides that view an array of `shape`/`strides` as `to` (which must
/// be a broadcast of it), or None when it is not.
pub fn stretch(shape: &[usize], strides: &[isize], to: &[usize]) -> Option<Vec<isize>> {
    if shape.len() > to.len() {
        return None;
    }
    let pad = to.len() - shape.len();
    let mut out = vec![0isize; to.len()];
    for i in 0..shape.len() {
        if shape[i] == to[pad + i] {
            out[pad + i] = strides[i];
        } else if shape[i] != 1 {
            return None;
        }
    }
    Some(out)
}
