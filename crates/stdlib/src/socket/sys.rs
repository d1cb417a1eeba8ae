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

/// A control message: (level, type, data).
pub type ControlMessage = (i32, i32, Vec<u8>);

/// What recvmsg gives: data, control messages, flags, the sender.
pub type Received = (Vec<u8>, Vec<ControlMessage>, i32, Option<socket2::SockAddr>);

/// CMSG_LEN and CMSG_SPACE of a payload of `n` bytes.
pub fn cmsg_sizes(n: usize) -> (usize, usize) {
    let n = n as libc::c_uint;
    // SAFETY: pure arithmetic macros of the C library.
    unsafe { (libc::CMSG_LEN(n) as usize, libc::CMSG_SPACE(n) as usize) }
}

/// sendmsg(2) of `buffers` with `controls` as ancillary data.
pub fn sendmsg(
    fd: RawFd,
    buffers: &[Vec<u8>],
    controls: &[ControlMessage],
    flags: i32,
    address: Option<&socket2::SockAddr>,
) -> std::io::Result<usize> {
    let mut iov: Vec<libc::iovec> =
        buffers.iter().map(|b| libc::iovec { iov_base: b.as_ptr() as *mut _, iov_len: b.len() }).collect();
    let space: usize = controls.iter().map(|(_, _, d)| cmsg_sizes(d.len()).1).sum();
    // u64 words: the buffer is aligned for cmsghdr.
    let mut control = vec![0u64; space.div_ceil(8)];
    // SAFETY: a zeroed msghdr is valid (null pointers, zero lengths).
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = iov.as_mut_ptr();
    msg.msg_iovlen = iov.len() as _;
    if let Some(addr) = address {
        // sendmsg only reads the address.
        msg.msg_name = addr.as_ptr() as *mut libc::c_void;
        msg.msg_namelen = addr.len();
    }
    if space > 0 {
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = space as _;
        // SAFETY: msg_control points at `space` writable, aligned bytes,
        // exactly the CMSG_SPACE of every message, so each header and its
        // data fit; CMSG_NXTHDR walks within that buffer.
        unsafe {
            let mut header = libc::CMSG_FIRSTHDR(&msg);
            for (level, kind, data) in controls {
                (*header).cmsg_level = *level;
                (*header).cmsg_type = *kind;
                (*header).cmsg_len = cmsg_sizes(data.len()).0 as _;
                std::ptr::copy_nonoverlapping(data.as_ptr(), libc::CMSG_DATA(header), data.len());
                header = libc::CMSG_NXTHDR(&msg, header);
            }
        }
    }
    // SAFETY: msg describes live buffers (iov into `buffers`, control).
    let n = unsafe { libc::sendmsg(fd, &msg, flags) };
    if n < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(n as usize)
}

/// recvmsg(2): the data, the control messages and the message flags.
pub fn recvmsg(fd: RawFd, bufsize: usize, ancbufsize: usize, flags: i32) -> std::io::Result<Received> {
    // SAFETY: a zeroed sockaddr_storage is a valid (empty) address.
    let mut name: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut data = vec![0u8; bufsize];
    let mut control = vec![0u64; ancbufsize.div_ceil(8)];
    let mut iov = libc::iovec { iov_base: data.as_mut_ptr().cast(), iov_len: bufsize };
    // SAFETY: a zeroed msghdr is valid (null pointers, zero lengths).
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_name = (&mut name as *mut libc::sockaddr_storage).cast();
    msg.msg_namelen = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    if ancbufsize > 0 {
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = ancbufsize as _;
    }
    // SAFETY: msg describes live, writable buffers of the given sizes.
    let n = unsafe { libc::recvmsg(fd, &mut msg, flags) };
    if n < 0 {
        return Err(std::io::Error::last_os_error());
    }
    data.truncate(n as usize);
    let mut controls = Vec::new();
    // SAFETY: the kernel filled msg_controllen bytes of the control buffer
    // with well-formed headers; CMSG_FIRSTHDR/NXTHDR stay within it and
    // each message's data is cmsg_len - CMSG_LEN(0) bytes after its header.
    unsafe {
        let mut header = libc::CMSG_FIRSTHDR(&msg);
        while !header.is_null() {
            let len = ((*header).cmsg_len as usize).saturating_sub(cmsg_sizes(0).0);
            let bytes = std::slice::from_raw_parts(libc::CMSG_DATA(header), len).to_vec();
            controls.push(((*header).cmsg_level, (*header).cmsg_type, bytes));
            header = libc::CMSG_NXTHDR(&msg, header);
        }
    }
    let address = (msg.msg_namelen > 0).then(|| {
        // SAFETY: the kernel wrote an address of msg_namelen bytes into
        // `name`, a sockaddr_storage, which SockAddr takes by value.
        unsafe { socket2::SockAddr::new(std::mem::transmute_copy(&name), msg.msg_namelen) }
    });
    Ok((data, controls, msg.msg_flags, address))
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

    #[test]
    fn a_descriptor_passes_over_a_unix_socket() {
        let (a, b) = std::os::unix::net::UnixStream::pair().expect("pair");
        use std::os::unix::io::AsRawFd;
        let (r, w) = std::io::pipe().expect("pipe");
        let fd = r.as_raw_fd().to_ne_bytes().to_vec();
        let sent = sendmsg(a.as_raw_fd(), &[b"x".to_vec()], &[(libc::SOL_SOCKET, libc::SCM_RIGHTS, fd)], 0, None);
        assert_eq!(sent.expect("sendmsg"), 1);
        let (data, controls, _, _) = recvmsg(b.as_raw_fd(), 8, cmsg_sizes(4).1, 0).expect("recvmsg");
        assert_eq!(data, b"x");
        assert_eq!(controls.len(), 1);
        let (level, kind, bytes) = &controls[0];
        assert_eq!((*level, *kind, bytes.len()), (libc::SOL_SOCKET, libc::SCM_RIGHTS, 4));
        let received = i32::from_ne_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        assert_ne!(received, r.as_raw_fd());
        use std::io::{Read, Write};
        (&w).write_all(b"ok").expect("write");
        // SAFETY: `received` is a new descriptor the kernel gave this
        // process; the File owns and closes it.
        let mut copy = unsafe { <std::fs::File as std::os::unix::io::FromRawFd>::from_raw_fd(received) };
        let mut buf = [0u8; 2];
        copy.read_exact(&mut buf).expect("read");
        assert_eq!(&buf, b"ok");
    }
}
