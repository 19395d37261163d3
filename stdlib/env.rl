//! The process environment: command-line arguments.
