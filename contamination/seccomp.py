"""A seccomp-bpf filter that leaves a process able to compute and nothing else.

`install()` (Linux x86_64 / aarch64) lets through only the system calls a running Python
function needs: reading and writing file descriptors that are already open, memory
management, signals and timers, futexes, clocks, exiting. Every other call (open, socket,
connect, execve, fork/clone, kill, unlink, ...) fails with EPERM, so code run after
`install()` cannot open a file, start a process or reach the network, whatever it does.
The filter cannot be removed and is inherited by threads; `no_new_privs` is set first
(required for an unprivileged filter).

`contamination.execute` installs it in its sandbox process before it runs any function a
training document defines. This module is also the text of the sandbox's prelude: it uses
only ctypes, platform and struct, and `install` returns False (the caller must then run
nothing) where the kernel or the architecture is not supported.
"""
import ctypes
import platform
import struct

# syscall numbers allowed after install(), per architecture
_ALLOWED = {
    "x86_64": dict(read=0, write=1, close=3, fstat=5, lseek=8, mmap=9, mprotect=10, munmap=11, brk=12,
                   rt_sigaction=13, rt_sigprocmask=14, rt_sigreturn=15, pread64=17, readv=19, writev=20,
                   sched_yield=24, mremap=25, madvise=28, getitimer=36, alarm=37, setitimer=38, getpid=39,
                   exit=60, sigaltstack=131, gettid=186, futex=202, clock_gettime=228, clock_getres=229,
                   exit_group=231, getrandom=318, rseq=334),
    "aarch64": dict(read=63, write=64, close=57, fstat=80, lseek=62, mmap=222, mprotect=226, munmap=215, brk=214,
                    rt_sigaction=134, rt_sigprocmask=135, rt_sigreturn=139, pread64=67, readv=65, writev=66,
                    sched_yield=124, mremap=216, madvise=233, getitimer=102, setitimer=103, getpid=172,
                    exit=93, sigaltstack=132, gettid=178, futex=98, clock_gettime=113, clock_getres=114,
                    exit_group=94, getrandom=278, rseq=293),
}
_AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
_RET_ALLOW = 0x7FFF0000
_RET_KILL = 0x80000000          # SECCOMP_RET_KILL_PROCESS: a foreign architecture
_RET_EPERM = 0x00050000 | 1     # SECCOMP_RET_ERRNO | EPERM


def _filter(machine: str) -> bytes:
    """The BPF program: check the architecture, allow the listed calls, EPERM for the rest."""
    def ins(code, jt, jf, k):
        return struct.pack("=HBBI", code, jt, jf, k)

    ld_w_abs, jeq_k, ret_k = 0x20, 0x15, 0x06
    allowed = sorted(set(_ALLOWED[machine].values()))
    prog = [ins(ld_w_abs, 0, 0, 4),                            # seccomp_data.arch
            ins(jeq_k, 1, 0, _AUDIT_ARCH[machine]),
            ins(ret_k, 0, 0, _RET_KILL),
            ins(ld_w_abs, 0, 0, 0)]                            # seccomp_data.nr
    for n, nr in enumerate(allowed):
        prog.append(ins(jeq_k, len(allowed) - n, 0, nr))      # match: jump to the ALLOW at the end
    prog += [ins(ret_k, 0, 0, _RET_EPERM), ins(ret_k, 0, 0, _RET_ALLOW)]
    return b"".join(prog)


def install() -> bool:
    """Confine this process (see module docstring); False if that is not possible here."""
    machine = platform.machine()
    if machine not in _ALLOWED:
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    code = _filter(machine)

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_char_p)]

    prog = SockFprog(len(code) // 8, code)
    pr_set_no_new_privs, pr_set_seccomp, seccomp_mode_filter = 38, 22, 2
    if libc.prctl(pr_set_no_new_privs, 1, 0, 0, 0) != 0:
        return False
    return libc.prctl(pr_set_seccomp, seccomp_mode_filter, ctypes.byref(prog), 0, 0) == 0
