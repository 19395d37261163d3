//! Memory utilities.

pub fn swap<T>(x: &mut T, y: &mut T) {
    crate::intrinsics::swap(x, y)
}

pub fn replace<T>(dest: &mut T, src: T) -> T {
    crate::intrinsics::replace(dest, src)
}

pub fn take<T: Default>(dest: &mut T) -> T {
    crate::intrinsics::replace(dest, T::default())
}

pub fn size_of<T>() -> usize {
    crate::intrinsics::size_of::<T>()
}

pub fn align_of<T>() -> usize {
    crate::intrinsics::align_of::<T>()
}

/// Dispose of a value: it is moved into this function and dropped at its end.
pub fn drop<T>(_x: T) {}

/// Take ownership of a value without dropping it.
pub fn forget<T>(t: T) {
    crate::intrinsics::forget(t)
}

/// Size in bytes of the value behind a reference.
pub fn size_of_val<T: ?Sized>(val: &T) -> usize {
    crate::intrinsics::size_of_val(val)
}
