# signal.set_wakeup_fd: a caught signal writes its number to the descriptor.
import signal, socket, os
a, b = socket.socketpair()
a.setblocking(False); b.setblocking(False)
try:
    s = socket.socket(); signal.set_wakeup_fd(s.fileno())
except ValueError as e:
    print(e)
print(signal.set_wakeup_fd(b.fileno()))
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
print(got, list(a.recv(10)) == [signal.SIGUSR1])
print(signal.set_wakeup_fd(-1) == b.fileno())
