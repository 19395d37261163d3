//! `Box<T>`: a pointer to one heap-allocated value that it owns.
//!
//! The box is a single (possibly fat) pointer: field 0 is what codegen dereferences
//! for `*b`, and `Box<T> → Box<dyn Trait>` unsizes that field.  Dropping a box drops
//! the value in place (through the vtable for `dyn Trait`) and frees the memory with
//! the size and alignment of the value it holds.

use crate::intrinsics;

pub struct Box<T: ?Sized> {
    ptr: *mut T,
}

impl<T> Box<T> {
    pub fn new(x: T) -> Box<T> {
        let ptr: *mut T = intrinsics::alloc(intrinsics::size_of::<T>(), intrinsics::align_of::<T>());
        intrinsics::ptr_write(ptr, x);
        Box { ptr: ptr }
    }
}

impl<T: ?Sized> Drop for Box<T> {
    fn drop(&mut self) {
        let size = intrinsics::size_of_val::<T>(&*self.ptr);
        let align = intrinsics::align_of_val::<T>(&*self.ptr);
        intrinsics::drop_in_place(self.ptr);
        intrinsics::dealloc(self.ptr, size, align);
    }
}

impl<T: ?Sized> Box<T> {
    /// The box owning the allocation `ptr` points to (how `Vec` and `String` hand their
    /// buffer over to a `Box<[T]>` / `Box<str>`).
    pub(crate) fn from_raw_in_std(ptr: *mut T) -> Box<T> {
        Box { ptr: ptr }
    }
}

impl<T> crate::convert::From<T> for Box<T> {
    fn from(value: T) -> Box<T> {
        Box::new(value)
    }
}

impl<'a> crate::convert::From<&'a str> for Box<str> {
    fn from(s: &'a str) -> Box<str> {
        crate::string::String::from(s).into_boxed_str()
    }
}

impl crate::convert::From<crate::string::String> for Box<str> {
    fn from(s: crate::string::String) -> Box<str> {
        s.into_boxed_str()
    }
}

impl<T> crate::convert::From<crate::vec::Vec<T>> for Box<[T]> {
    fn from(v: crate::vec::Vec<T>) -> Box<[T]> {
        v.into_boxed_slice()
    }
}

impl<'a, T: Clone> crate::convert::From<&'a [T]> for Box<[T]> {
    fn from(s: &'a [T]) -> Box<[T]> {
        s.to_vec().into_boxed_slice()
    }
}

impl<T: Clone> Clone for Box<[T]> {
    fn clone(&self) -> Box<[T]> {
        (**self).to_vec().into_boxed_slice()
    }
}

impl Clone for Box<str> {
    fn clone(&self) -> Box<str> {
        crate::string::String::from(&**self).into_boxed_str()
    }
}

/// Frees a box's memory without dropping its value (lang item "box_free"): drop
/// elaboration calls it on the pointer of a box whose value was moved out (`let v = *b;`),
/// after dropping whatever of the value is still initialized.
pub fn box_free<T>(ptr: *mut T) {
    intrinsics::dealloc(ptr, intrinsics::size_of::<T>(), intrinsics::align_of::<T>());
}

impl<T: Clone> Clone for Box<T> {
    fn clone(&self) -> Box<T> {
        Box::new((**self).clone())
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Box<T> {
    fn eq(&self, other: &Box<T>) -> bool {
        **self == **other
    }
}

impl<T: Default> Default for Box<T> {
    fn default() -> Box<T> {
        Box::new(T::default())
    }
}

impl<T: crate::fmt::Display + ?Sized> crate::fmt::Display for Box<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Display::fmt(&**self, f)
    }
}

impl<T: crate::fmt::Debug + ?Sized> crate::fmt::Debug for Box<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Debug::fmt(&**self, f)
    }
}

impl<T: crate::hash::Hash + ?Sized> crate::hash::Hash for Box<T> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized> crate::convert::AsRef<T> for Box<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> crate::convert::AsMut<T> for Box<T> {
    fn as_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T: ?Sized> crate::borrow::Borrow<T> for Box<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}
