//! Explicit duplication of values.

pub trait Clone: Sized {
    fn clone(&self) -> Self;
}
