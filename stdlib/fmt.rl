//! Formatting traits.  The formatting machinery itself is built into the compiler
//! (`println!` & co. are checked by typeck and formatted by codegen's glue); these
//! traits name the capability in bounds (`T: Debug`, `T: Display`).

pub trait Display {}

pub trait Debug {}
