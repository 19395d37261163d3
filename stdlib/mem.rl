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
