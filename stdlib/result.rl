//! Results of fallible operations.

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

impl<T, E> Result<T, E> {
    pub fn is_ok(&self) -> bool {
        match self {
            Ok(_) => true,
            Err(_) => false,
        }
    }

    pub fn is_err(&self) -> bool {
        !self.is_ok()
    }

    pub fn ok(self) -> Option<T> {
        match self {
            Ok(value) => Some(value),
            Err(_) => None,
        }
    }

    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => None,
            Err(e) => Some(e),
        }
    }

    #[track_caller]
    pub fn unwrap(self) -> T
    where
        E: crate::fmt::Debug,
    {
        match self {
            Ok(value) => value,
            Err(e) => panic!("called `Result::unwrap()` on an `Err` value: {:?}", e),
        }
    }

    #[track_caller]
    pub fn expect(self, msg: &str) -> T
    where
        E: crate::fmt::Debug,
    {
        match self {
            Ok(value) => value,
            Err(e) => panic!("{}: {:?}", msg, e),
        }
    }

    #[track_caller]
    pub fn unwrap_err(self) -> E
    where
        T: crate::fmt::Debug,
    {
        match self {
            Ok(value) => panic!("called `Result::unwrap_err()` on an `Ok` value: {:?}", value),
            Err(e) => e,
        }
    }

    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Ok(value) => value,
            Err(_) => default,
        }
    }

    pub fn as_ref(&self) -> Result<&T, &E> {
        match self {
            Ok(value) => Ok(value),
            Err(e) => Err(e),
        }
    }
}
