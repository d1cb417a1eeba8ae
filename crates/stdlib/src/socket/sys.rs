//! The few raw system calls the socket module makes outside socket2:
//! borrowing a Python-owned descriptor as a `Socket`, raw socket
//! options, close and gai_strerror. Every
//! `unsafe` block of the socket module lives here.

use std::ffi::CStr;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::os::unix::io::{FromRawFd, RawFd};

use socket2::Socket;

/// Runs `f` with the descriptor `fd` seen as a socket2 `Socket`, without
/// taking ownership: the Python socket object owns and closes it.
pub fn with_fd<R>(fd: RawFd, f: impl FnOnce(&Socket) -> std::io::Result<R>) -> std::io::Result<R> {
    if fd < 0 {
        return Err(std::io::Error::from_raw_os_error(libc::EBADF));
    }
    // SAFETY: fd is non-negative; the Socket is wrapped in ManuallyDrop
    // so it never closes the descriptor, and it does not outlive `f`.
    let socket = ManuallyDrop::new(unsafe { Socket::from_raw_fd(fd) });
    f(&socket)
}

/// The first `len` bytes of a buffer a receive call filled.
pub fn received(buf: &[MaybeUninit<u8>], len: usize) -> Vec<u8> {
    let filled = &buf[..len.min(buf.len())];
    // SAFETY: the kernel wrote the first `len` bytes (recv's return value),
    // so they are initialised; MaybeUninit<u8> has u8's layout.
    unsafe { std::slice::from_raw_parts(filled.as_ptr().cast::<u8>(), filled.len()) }.to_vec()
}

/// setsockopt with a raw option value.
pub fn setsockopt(fd: RawFd, level: i32, name: i32, value: &[u8]) -> std::io::Result<()> {
    // SAFETY: the value pointer and its length describe a live slice.
    let rc = unsafe { libc::setsockopt(fd, level, name, value.as_ptr().cast(), value.len() as libc::socklen_t) };
    if rc < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// getsockopt into a buffer of `size` bytes; returns the bytes written.
pub fn getsockopt(fd: RawFd, level: i32, name: i32, size: usize) -> std::io::Result<Vec<u8>> {
    let mut buf = vec![0u8; size];
    let mut len = size as libc::socklen_t;
    // SAFETY: buf is `size` bytes and len tells the kernel so; it writes
    // back how many it used.
    let rc = unsafe { libc::getsockopt(fd, level, name, buf.as_mut_ptr().cast(), &mut len) };
    if rc < 0 {
        return Err(std::io::Error::last_os_error());
    }
    buf.truncate(len as usize);
    Ok(buf)
}

/// close() of a socket descriptor the Python object owned.
pub fn close(fd: RawFd) -> std::io::Result<()> {
    // SAFETY: close() on an integer; the Python object gives up the
    // descriptor whatever the result.
    if unsafe { libc::close(fd) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// The C library's text for a getaddrinfo error code.
pub fn gai_strerror(code: i32) -> String {
    // SAFETY: gai_strerror returns a pointer to a static NUL-terminated
    // message for any code.
    let p = unsafe { libc::gai_strerror(code) };
    if p.is_null() {
        return format!("Unknown error {code}");
    }
    // SAFETY: as above, a static C string.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_texts() {
        assert!(gai_strerror(libc::EAI_NONAME).contains("not known"));
    }

    #[test]
    fn borrowed_descriptor_stays_open() {
        let (a, _b) = Socket::pair(socket2::Domain::UNIX, socket2::Type::STREAM, None).unwrap();
        let fd = std::os::unix::io::AsRawFd::as_raw_fd(&a);
        with_fd(fd, |s| s.send(b"x")).unwrap();
        assert!(with_fd(fd, |s| s.send(b"y")).is_ok());
        let v = getsockopt(fd, libc::SOL_SOCKET, libc::SO_TYPE, 4).unwrap();
        assert_eq!(i32::from_ne_bytes(v[..4].try_into().unwrap()), libc::SOCK_STREAM);
        let buf = [MaybeUninit::new(7u8); 3];
        assert_eq!(received(&buf, 2), vec![7, 7]);
    }
}
