//! What can go wrong in an array operation; the interpreter turns each
//! kind into the Python exception numpy raises, with numpy's message.

#[derive(Clone, Debug, PartialEq)]
pub enum NumError {
    /// ValueError (bad shapes, sizes, values).
    Value(String),
    /// TypeError (unsupported dtypes for an operation).
    Type(String),
    /// IndexError.
    Index(String),
    /// numpy.AxisError: axis out of range for ndim.
    Axis { axis: i64, ndim: usize },
    /// A part of numpy that ferropy does not have yet.
    NotImplemented(String),
}

pub type NumResult<T> = Result<T, NumError>;

impl NumError {
    pub fn message(&self) -> String {
        match self {
            NumError::Value(m) | NumError::Type(m) | NumError::Index(m) | NumError::NotImplemented(m) => m.clone(),
            NumError::Axis { axis, ndim } => {
                format!("axis {axis} is out of bounds for array of dimension {ndim}")
            }
        }
    }
}

/// A shape as numpy writes it in messages: `(2,3)`, `(4,)`, `()`.
pub fn shape_text(shape: &[usize]) -> String {
    match shape {
        [one] => format!("({one},)"),
        _ => format!("({})", shape.iter().map(usize::to_string).collect::<Vec<_>>().join(",")),
    }
}

/// A shape as Python writes the tuple: `(2, 3)`, `(4,)`.
pub fn shape_repr(shape: &[usize]) -> String {
    match shape {
        [one] => format!("({one},)"),
        _ => format!("({})", shape.iter().map(usize::to_string).collect::<Vec<_>>().join(", ")),
    }
}

/// An axis counted from the end when negative, checked against `ndim`.
pub fn normalize_axis(axis: i64, ndim: usize) -> NumResult<usize> {
    let n = ndim as i64;
    if axis < -n || axis >= n {
        return Err(NumError::Axis { axis, ndim });
    }
    Ok(if axis < 0 { (axis + n) as usize } else { axis as usize })
}
