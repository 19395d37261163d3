//! `HashSet<T>`: a `HashMap<T, ()>`.

use crate::borrow::Borrow;
use crate::collections::hash_map::{self, HashMap};
use crate::hash::Hash;

pub struct HashSet<T> {
    map: HashMap<T, ()>,
}

impl<T> HashSet<T> {
    pub fn new() -> HashSet<T> {
        HashSet { map: HashMap::new() }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.len() == 0
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { keys: self.map.keys() }
    }

    pub fn clear(&mut self) {
        self.map.clear()
    }
}

impl<T: Hash + Eq> HashSet<T> {
    pub fn with_capacity(capacity: usize) -> HashSet<T> {
        HashSet { map: HashMap::with_capacity(capacity) }
    }

    /// Adds a value; false if it was already present (the set keeps the old one).
    pub fn insert(&mut self, value: T) -> bool {
        if self.map.contains_key(&value) {
            false
        } else {
            self.map.insert(value, ());
            true
        }
    }

    pub fn contains<Q: Hash + Eq + ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.contains_key(value)
    }

    pub fn get<Q: Hash + Eq + ?Sized>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
    {
        match self.map.get_key_value(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn remove<Q: Hash + Eq + ?Sized>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.remove(value).is_some()
    }

    pub fn take<Q: Hash + Eq + ?Sized>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
    {
        match self.map.remove_entry(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    /// Insert every item of `iter` (Rust's `Extend<T>`).
    pub fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.insert(x);
        }
    }


    pub fn is_subset(&self, other: &HashSet<T>) -> bool {
        for x in self.iter() {
            if !other.contains(x) {
                return false;
            }
        }
        true
    }

    pub fn is_superset(&self, other: &HashSet<T>) -> bool {
        other.is_subset(self)
    }

    /// The values in `self` and not in `other`.
    pub fn difference<'a>(&'a self, other: &'a HashSet<T>) -> Difference<'a, T> {
        Difference { iter: self.iter(), other: other }
    }

    /// The values in both sets.
    pub fn intersection<'a>(&'a self, other: &'a HashSet<T>) -> Intersection<'a, T> {
        Intersection { iter: self.iter(), other: other }
    }

    /// The values of `self`, then those of `other` not in `self`.
    pub fn union<'a>(&'a self, other: &'a HashSet<T>) -> Union<'a, T> {
        Union { first: self.iter(), second: other.difference(self) }
    }
}

impl<T: Hash + Eq + Clone> Clone for HashSet<T> {
    fn clone(&self) -> HashSet<T> {
        HashSet { map: self.map.clone() }
    }
}

impl<T> Default for HashSet<T> {
    fn default() -> HashSet<T> {
        HashSet::new()
    }
}

impl<T: Hash + Eq> PartialEq for HashSet<T> {
    fn eq(&self, other: &HashSet<T>) -> bool {
        self.len() == other.len() && self.is_subset(other)
    }
}

impl<T: Hash + Eq> Eq for HashSet<T> {}

impl<T: crate::fmt::Debug> crate::fmt::Debug for HashSet<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        let mut set = f.debug_set();
        for x in self.iter() {
            set.entry(x);
        }
        set.finish()
    }
}

pub struct Iter<'a, T> {
    keys: hash_map::Keys<'a, T, ()>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        self.keys.next()
    }
}

pub struct IntoIter<T> {
    iter: hash_map::IntoIter<T, ()>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

impl<T> IntoIterator for HashSet<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { iter: self.map.into_iter() }
    }
}

impl<'a, T> IntoIterator for &'a HashSet<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

pub struct Difference<'a, T> {
    iter: Iter<'a, T>,
    other: &'a HashSet<T>,
}

impl<'a, T: Hash + Eq> Iterator for Difference<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        loop {
            match self.iter.next() {
                Some(x) => {
                    if !self.other.contains(x) {
                        return Some(x);
                    }
                }
                None => return None,
            }
        }
    }
}

pub struct Intersection<'a, T> {
    iter: Iter<'a, T>,
    other: &'a HashSet<T>,
}

impl<'a, T: Hash + Eq> Iterator for Intersection<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        loop {
            match self.iter.next() {
                Some(x) => {
                    if self.other.contains(x) {
                        return Some(x);
                    }
                }
                None => return None,
            }
        }
    }
}

pub struct Union<'a, T> {
    first: Iter<'a, T>,
    second: Difference<'a, T>,
}

impl<'a, T: Hash + Eq> Iterator for Union<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        match self.first.next() {
            Some(x) => Some(x),
            None => self.second.next(),
        }
    }
}

impl<T: Hash + Eq> crate::iter::FromIterator<T> for HashSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> HashSet<T> {
        let mut set = HashSet::new();
        for x in iter {
            set.insert(x);
        }
        set
    }
}
