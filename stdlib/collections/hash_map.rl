//! `HashMap<K, V>`: a hash table with open addressing ("SwissTable-lite").
//!
//! Memory: a power-of-two number of slots `cap`, a control byte per slot and an
//! array of `(K, V)` slots.  A control byte is EMPTY (0x80), DELETED (0xFE, a
//! tombstone left by `remove`) or, for a full slot, the top 7 bits of the key's hash
//! (`h2`, 0..=0x7F), so most probes reject a slot without comparing keys.
//!
//! Lookup starts at `hash & (cap - 1)` and probes linearly until the key is found or
//! an EMPTY byte is seen.  Insertion takes the first EMPTY or DELETED slot of the
//! probe sequence.  `growth_left` counts the EMPTY slots that may still be filled
//! while the load (full + tombstones) stays ≤ 7/8; at 0 the table is rebuilt at
//! twice the size (or the same size, if tombstones are most of the load), which
//! drops the tombstones.  So an EMPTY slot always exists, probes terminate, and
//! insert/get/remove are amortized O(1).  An empty map allocates nothing.
//!
//! Hashing is SipHash-1-3 (Rust's `DefaultHasher`) with fixed keys, so iteration
//! order is deterministic for a given program but unrelated to insertion order — as
//! in Rust, programs that print a map's contents must sort them first.

use crate::borrow::Borrow;
use crate::hash::{Hash, Hasher};
use crate::intrinsics;

const EMPTY: u8 = 0x80;
const DELETED: u8 = 0xFE;
const MIN_CAPACITY: usize = 8;

// ── SipHash-1-3 ──

/// Rust's `std::hash::DefaultHasher` algorithm (SipHash-1-3), with keys (0, 0).
pub struct DefaultHasher {
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
    tail: u64,
    ntail: usize,
    length: usize,
}

impl DefaultHasher {
    pub fn new() -> DefaultHasher {
        DefaultHasher {
            v0: 0x736f6d6570736575,
            v1: 0x646f72616e646f6d,
            v2: 0x6c7967656e657261,
            v3: 0x7465646279746573,
            tail: 0,
            ntail: 0,
            length: 0,
        }
    }

    fn round(&mut self) {
        self.v0 = self.v0.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(13);
        self.v1 ^= self.v0;
        self.v0 = self.v0.rotate_left(32);
        self.v2 = self.v2.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(16);
        self.v3 ^= self.v2;
        self.v0 = self.v0.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(21);
        self.v3 ^= self.v0;
        self.v2 = self.v2.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(17);
        self.v1 ^= self.v2;
        self.v2 = self.v2.rotate_left(32);
    }

    fn compress(&mut self, m: u64) {
        self.v3 ^= m;
        self.round();
        self.v0 ^= m;
    }
}

impl Hasher for DefaultHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.length += bytes.len();
        for b in bytes {
            self.tail |= (*b as u64) << (8 * self.ntail as u32);
            self.ntail += 1;
            if self.ntail == 8 {
                let m = self.tail;
                self.compress(m);
                self.tail = 0;
                self.ntail = 0;
            }
        }
    }

    fn write_u64(&mut self, i: u64) {
        if self.ntail == 0 {
            self.length += 8;
            self.compress(i);
        } else {
            let bytes = [i as u8, (i >> 8) as u8, (i >> 16) as u8, (i >> 24) as u8,
                         (i >> 32) as u8, (i >> 40) as u8, (i >> 48) as u8, (i >> 56) as u8];
            self.write(&bytes);
        }
    }

    fn finish(&self) -> u64 {
        let mut state = DefaultHasher {
            v0: self.v0, v1: self.v1, v2: self.v2, v3: self.v3, tail: 0, ntail: 0, length: 0,
        };
        let b = (((self.length as u64) & 0xFF) << 56) | self.tail;
        state.compress(b);
        state.v2 ^= 0xFF;
        state.round();
        state.round();
        state.round();
        state.v0 ^ state.v1 ^ state.v2 ^ state.v3
    }
}

fn make_hash<Q: Hash + ?Sized>(key: &Q) -> u64 {
    let mut state = DefaultHasher::new();
    key.hash(&mut state);
    state.finish()
}

fn h2(hash: u64) -> u8 {
    (hash >> 57) as u8
}

fn is_full(control: u8) -> bool {
    control & 0x80 == 0
}

// ── the table ──

pub struct HashMap<K, V> {
    ctrl: *mut u8,
    slots: *mut (K, V),
    cap: usize,
    len: usize,
    growth_left: usize,
}

impl<K, V> HashMap<K, V> {
    pub fn new() -> HashMap<K, V> {
        HashMap { ctrl: intrinsics::null_mut(), slots: intrinsics::null_mut(), cap: 0, len: 0, growth_left: 0 }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.cap - self.cap / 8
    }

    fn control(&self, i: usize) -> u8 {
        *intrinsics::ptr_offset(self.ctrl, i)
    }

    fn set_control(&mut self, i: usize, value: u8) {
        *intrinsics::ptr_offset(self.ctrl, i) = value;
    }

    fn slot<'a>(&self, i: usize) -> &'a (K, V) {
        &*intrinsics::ptr_offset(self.slots, i)
    }

    fn slot_mut<'a>(&mut self, i: usize) -> &'a mut (K, V) {
        &mut *intrinsics::ptr_offset(self.slots, i)
    }

    /// Allocate `cap` (a power of two) empty slots.
    fn allocate(cap: usize) -> HashMap<K, V> {
        let ctrl: *mut u8 = intrinsics::alloc(cap, 1);
        let mut i = 0;
        while i < cap {
            *intrinsics::ptr_offset(ctrl, i) = EMPTY;
            i += 1;
        }
        let slots: *mut (K, V) = intrinsics::alloc(cap * intrinsics::size_of::<(K, V)>(),
                                                   intrinsics::align_of::<(K, V)>());
        HashMap { ctrl: ctrl, slots: slots, cap: cap, len: 0, growth_left: cap - cap / 8 }
    }

    /// Free the arrays (the slots' values were moved out or dropped already).
    fn free_arrays(&mut self) {
        if self.cap != 0 {
            intrinsics::dealloc(self.ctrl, self.cap, 1);
            intrinsics::dealloc(self.slots, self.cap * intrinsics::size_of::<(K, V)>(),
                                intrinsics::align_of::<(K, V)>());
        }
    }

    /// The first EMPTY or DELETED slot on the probe sequence of `hash` (one exists).
    fn insertion_slot(&self, hash: u64) -> usize {
        let mask = self.cap - 1;
        let mut pos = (hash as usize) & mask;
        while is_full(self.control(pos)) {
            pos = (pos + 1) & mask;
        }
        pos
    }

    pub fn clear(&mut self) {
        let mut i = 0;
        while i < self.cap {
            if is_full(self.control(i)) {
                intrinsics::drop_in_place(intrinsics::ptr_offset(self.slots, i));
            }
            self.set_control(i, EMPTY);
            i += 1;
        }
        self.len = 0;
        self.growth_left = self.cap - self.cap / 8;
    }

    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter { ctrl: self.ctrl, slots: self.slots, cap: self.cap, index: 0, left: self.len, map: self }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut { ctrl: self.ctrl, slots: self.slots, cap: self.cap, index: 0, left: self.len, map: self }
    }

    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { iter: self.iter() }
    }

    pub fn values(&self) -> Values<'_, K, V> {
        Values { iter: self.iter() }
    }

    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut { iter: self.iter_mut() }
    }

    pub fn drain(&mut self) -> IntoIter<K, V> {
        let taken = HashMap { ctrl: self.ctrl, slots: self.slots, cap: self.cap, len: self.len,
                              growth_left: self.growth_left };
        self.ctrl = intrinsics::null_mut();
        self.slots = intrinsics::null_mut();
        self.cap = 0;
        self.len = 0;
        self.growth_left = 0;
        taken.into_iter()
    }
}

impl<K: Hash + Eq, V> HashMap<K, V> {
    pub fn with_capacity(capacity: usize) -> HashMap<K, V> {
        let mut map = HashMap::new();
        map.reserve(capacity);
        map
    }

    /// Make room for `additional` more entries without rebuilding.
    pub fn reserve(&mut self, additional: usize) {
        if additional > self.growth_left {
            let needed = self.len + additional;
            let mut cap = MIN_CAPACITY;
            while cap - cap / 8 < needed {
                cap *= 2;
            }
            self.rebuild(cap);
        }
    }

    /// Move every entry into a fresh table of `new_cap` slots (dropping tombstones).
    fn rebuild(&mut self, new_cap: usize) {
        let mut fresh: HashMap<K, V> = HashMap::allocate(new_cap);
        let mut i = 0;
        while i < self.cap {
            if is_full(self.control(i)) {
                let entry = intrinsics::ptr_read(intrinsics::ptr_offset(self.slots, i));
                let hash = make_hash(&entry.0);
                let pos = fresh.insertion_slot(hash);
                fresh.set_control(pos, h2(hash));
                intrinsics::ptr_write(intrinsics::ptr_offset(fresh.slots, pos), entry);
                fresh.growth_left -= 1;
                fresh.len += 1;
            }
            i += 1;
        }
        self.free_arrays();
        self.ctrl = fresh.ctrl;
        self.slots = fresh.slots;
        self.cap = fresh.cap;
        self.len = fresh.len;
        self.growth_left = fresh.growth_left;
        intrinsics::forget(fresh);
    }

    /// Room for one more insertion into an EMPTY slot.
    fn reserve_one(&mut self) {
        if self.growth_left == 0 {
            let new_cap = if self.cap == 0 {
                MIN_CAPACITY
            } else if self.len + 1 > self.cap / 2 - self.cap / 16 {
                self.cap * 2
            } else {
                self.cap  // mostly tombstones: rebuild in place
            };
            self.rebuild(new_cap);
        }
    }

    /// The slot holding `key`.
    fn find<Q: ?Sized>(&self, hash: u64, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
        Q: Eq,
    {
        if self.cap == 0 {
            return None;
        }
        let mask = self.cap - 1;
        let tag = h2(hash);
        let mut pos = (hash as usize) & mask;
        loop {
            let control = self.control(pos);
            if control == EMPTY {
                return None;
            }
            if control == tag && *self.slot(pos).0.borrow() == *key {
                return Some(pos);
            }
            pos = (pos + 1) & mask;
        }
    }

    /// Put a key known to be absent into the table; its slot.
    fn insert_new(&mut self, hash: u64, key: K, value: V) -> usize {
        self.reserve_one();
        let pos = self.insertion_slot(hash);
        if self.control(pos) == EMPTY {
            self.growth_left -= 1;
        }
        self.set_control(pos, h2(hash));
        intrinsics::ptr_write(intrinsics::ptr_offset(self.slots, pos), (key, value));
        self.len += 1;
        pos
    }

    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        let hash = make_hash(&key);
        match self.find(hash, &key) {
            Some(pos) => Some(crate::mem::replace(&mut self.slot_mut(pos).1, value)),
            None => {
                self.insert_new(hash, key, value);
                None
            }
        }
    }

    pub fn get<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        match self.find(make_hash(key), key) {
            Some(pos) => Some(&self.slot(pos).1),
            None => None,
        }
    }

    pub fn get_key_value<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        match self.find(make_hash(key), key) {
            Some(pos) => {
                let entry = self.slot(pos);
                Some((&entry.0, &entry.1))
            }
            None => None,
        }
    }

    pub fn get_mut<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        match self.find(make_hash(key), key) {
            Some(pos) => Some(&mut self.slot_mut(pos).1),
            None => None,
        }
    }

    pub fn contains_key<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(make_hash(key), key).is_some()
    }

    pub fn remove<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        match self.remove_entry(key) {
            Some((_, value)) => Some(value),
            None => None,
        }
    }

    pub fn remove_entry<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        match self.find(make_hash(key), key) {
            Some(pos) => {
                self.set_control(pos, DELETED);
                self.len -= 1;
                Some(intrinsics::ptr_read(intrinsics::ptr_offset(self.slots, pos)))
            }
            None => None,
        }
    }

    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let hash = make_hash(&key);
        match self.find(hash, &key) {
            Some(pos) => Entry::Occupied(OccupiedEntry { map: self, pos: pos, key: Some(key) }),
            None => Entry::Vacant(VacantEntry { map: self, hash: hash, key: key }),
        }
    }

    /// Insert every pair of `iter` (Rust's `Extend<(K, V)>`).
    pub fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }


    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut keep: F) {
        let mut i = 0;
        while i < self.cap {
            if is_full(self.control(i)) {
                let entry = self.slot_mut(i);
                if !keep(&entry.0, &mut entry.1) {
                    self.set_control(i, DELETED);
                    self.len -= 1;
                    intrinsics::drop_in_place(intrinsics::ptr_offset(self.slots, i));
                }
            }
            i += 1;
        }
    }
}

impl<K, V> Drop for HashMap<K, V> {
    fn drop(&mut self) {
        let mut i = 0;
        while i < self.cap {
            if is_full(self.control(i)) {
                intrinsics::drop_in_place(intrinsics::ptr_offset(self.slots, i));
            }
            i += 1;
        }
        self.free_arrays();
    }
}

impl<K: Hash + Eq + Clone, V: Clone> Clone for HashMap<K, V> {
    fn clone(&self) -> HashMap<K, V> {
        let mut map = HashMap::with_capacity(self.len);
        for (k, v) in self.iter() {
            map.insert(k.clone(), v.clone());
        }
        map
    }
}

impl<K, V> Default for HashMap<K, V> {
    fn default() -> HashMap<K, V> {
        HashMap::new()
    }
}

impl<K: Hash + Eq, V: PartialEq> PartialEq for HashMap<K, V> {
    fn eq(&self, other: &HashMap<K, V>) -> bool {
        if self.len != other.len {
            return false;
        }
        for (k, v) in self.iter() {
            match other.get(k) {
                Some(w) => {
                    if *v != *w {
                        return false;
                    }
                }
                None => return false,
            }
        }
        true
    }
}

impl<K: Hash + Eq, V: Eq> Eq for HashMap<K, V> {}

impl<'m, K: Hash + Eq + Borrow<Q>, Q: Hash + Eq + ?Sized, V> crate::ops::Index<&'m Q> for HashMap<K, V> {
    type Output = V;
    #[track_caller]
    fn index(&self, key: &'m Q) -> &V {
        match self.get(key) {
            Some(value) => value,
            None => intrinsics::panic_str("key not found in HashMap"),
        }
    }
}

impl<K: crate::fmt::Debug, V: crate::fmt::Debug> crate::fmt::Debug for HashMap<K, V> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        let mut map = f.debug_map();
        for (k, v) in self.iter() {
            map.entry(k, v);
        }
        map.finish()
    }
}

// ── entries ──

/// `map.entry(key)`: the slot of `key`, occupied or not.
pub enum Entry<'a, K, V> {
    Occupied(OccupiedEntry<'a, K, V>),
    Vacant(VacantEntry<'a, K, V>),
}

pub struct OccupiedEntry<'a, K, V> {
    map: &'a mut HashMap<K, V>,
    pos: usize,
    key: Option<K>,
}

pub struct VacantEntry<'a, K, V> {
    map: &'a mut HashMap<K, V>,
    hash: u64,
    key: K,
}

impl<'a, K: Hash + Eq, V> Entry<'a, K, V> {
    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(default),
        }
    }

    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(default()),
        }
    }

    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => {
                let value = default(&entry.key);
                entry.insert(value)
            }
        }
    }

    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(V::default()),
        }
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V> {
        match self {
            Entry::Occupied(mut entry) => {
                f(entry.get_mut());
                Entry::Occupied(entry)
            }
            Entry::Vacant(entry) => Entry::Vacant(entry),
        }
    }

    pub fn key(&self) -> &K {
        match self {
            Entry::Occupied(entry) => entry.key(),
            Entry::Vacant(entry) => &entry.key,
        }
    }
}

impl<'a, K: Hash + Eq, V> OccupiedEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.map.slot(self.pos).0
    }

    pub fn get(&self) -> &V {
        &self.map.slot(self.pos).1
    }

    pub fn get_mut(&mut self) -> &mut V {
        &mut self.map.slot_mut(self.pos).1
    }

    pub fn into_mut(self) -> &'a mut V {
        &mut self.map.slot_mut(self.pos).1
    }

    pub fn insert(&mut self, value: V) -> V {
        crate::mem::replace(&mut self.map.slot_mut(self.pos).1, value)
    }

    pub fn remove(self) -> V {
        self.map.set_control(self.pos, DELETED);
        self.map.len -= 1;
        let (_, value) = intrinsics::ptr_read(intrinsics::ptr_offset(self.map.slots, self.pos));
        value
    }
}

impl<'a, K: Hash + Eq, V> VacantEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }

    pub fn insert(self, value: V) -> &'a mut V {
        let pos = self.map.insert_new(self.hash, self.key, value);
        &mut self.map.slot_mut(pos).1
    }
}

// ── iterators ──

/// `map.iter()`: `(&K, &V)` in table order.
pub struct Iter<'a, K, V> {
    ctrl: *mut u8,
    slots: *mut (K, V),
    cap: usize,
    index: usize,
    left: usize,
    map: &'a HashMap<K, V>,
}

impl<'a, K, V> Iter<'a, K, V> {
    /// The next full slot at or after `index`.
    fn next_slot(&mut self) -> Option<usize> {
        while self.index < self.cap {
            let i = self.index;
            self.index += 1;
            if is_full(*intrinsics::ptr_offset(self.ctrl, i)) {
                self.left -= 1;
                return Some(i);
            }
        }
        None
    }
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        match self.next_slot() {
            Some(i) => {
                let entry: &'a (K, V) = &*intrinsics::ptr_offset(self.slots, i);
                Some((&entry.0, &entry.1))
            }
            None => None,
        }
    }
}

/// `map.iter_mut()`: `(&K, &mut V)` in table order.
pub struct IterMut<'a, K, V> {
    ctrl: *mut u8,
    slots: *mut (K, V),
    cap: usize,
    index: usize,
    left: usize,
    map: &'a mut HashMap<K, V>,
}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        while self.index < self.cap {
            let i = self.index;
            self.index += 1;
            if is_full(*intrinsics::ptr_offset(self.ctrl, i)) {
                self.left -= 1;
                let entry: &'a mut (K, V) = &mut *intrinsics::ptr_offset(self.slots, i);
                return Some((&entry.0, &mut entry.1));
            }
        }
        None
    }
}

pub struct Keys<'a, K, V> {
    iter: Iter<'a, K, V>,
}

impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;

    fn next(&mut self) -> Option<&'a K> {
        match self.iter.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

pub struct Values<'a, K, V> {
    iter: Iter<'a, K, V>,
}

impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;

    fn next(&mut self) -> Option<&'a V> {
        match self.iter.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
}

pub struct ValuesMut<'a, K, V> {
    iter: IterMut<'a, K, V>,
}

impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;

    fn next(&mut self) -> Option<&'a mut V> {
        match self.iter.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
}

/// `map.into_iter()`: moves the entries out; those not taken are dropped with it.
pub struct IntoIter<K, V> {
    map: HashMap<K, V>,
    index: usize,
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        while self.index < self.map.cap {
            let i = self.index;
            self.index += 1;
            if is_full(self.map.control(i)) {
                self.map.set_control(i, DELETED);
                self.map.len -= 1;
                return Some(intrinsics::ptr_read(intrinsics::ptr_offset(self.map.slots, i)));
            }
        }
        None
    }
}

impl<K, V> IntoIterator for HashMap<K, V> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;

    fn into_iter(self) -> IntoIter<K, V> {
        IntoIter { map: self, index: 0 }
    }
}

impl<'a, K, V> IntoIterator for &'a HashMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V> IntoIterator for &'a mut HashMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

impl<K: Hash + Eq, V> crate::iter::FromIterator<(K, V)> for HashMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> HashMap<K, V> {
        let mut map = HashMap::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}
