//! Collection types: `HashMap` and `HashSet` (Rust's `std::collections`).

pub mod hash_map;
pub mod hash_set;

pub use self::hash_map::HashMap;
pub use self::hash_set::HashSet;
