//! Collection types: `HashMap` and `HashSet`.
