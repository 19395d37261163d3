//! String slices `str`.

use crate::intrinsics;

impl str {
    pub fn len(&self) -> usize {
        intrinsics::str_len(self)
    }

    pub fn is_empty(&self) -> bool {
        intrinsics::str_len(self) == 0
    }
}

impl PartialEq for str {
    fn eq(&self, other: &str) -> bool {
        intrinsics::str_eq(self, other)
    }
}

impl Eq for str {}

impl PartialOrd for str {
    fn partial_cmp(&self, other: &str) -> Option<crate::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for str {
    fn cmp(&self, other: &str) -> crate::cmp::Ordering {
        let c = intrinsics::str_cmp(self, other);
        if c < 0 {
            crate::cmp::Ordering::Less
        } else if c == 0 {
            crate::cmp::Ordering::Equal
        } else {
            crate::cmp::Ordering::Greater
        }
    }
}
