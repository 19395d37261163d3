//! Default values.

pub trait Default: Sized {
    fn default() -> Self;
}

impl Default for bool {
    fn default() -> bool {
        false
    }
}

impl Default for char {
    fn default() -> char {
        '\0'
    }
}
