"""Seccomp-bpf filters that leave a process able to compute and nothing else.

`install()` (Linux x86_64 / aarch64) lets through only the system calls a running Python
function needs: reading and writing file descriptors that are already open, memory
management, signals and timers, futexes, clocks, exiting. Every other call (open, socket,
connect, execve, fork/clone, kill, unlink, ...) fails with EPERM, so code run after
`install()` cannot open a file, start a process or reach the network, whatever it does.
The filter cannot be removed and is inherited by threads; `no_new_privs` is set first
(required for an unprivileged filter).

`install("runtime")` (x86_64 only) is for a language runtime that is started after the filter
(node, for JavaScript documents): it allows what the runtime needs to start (reading files,
threads, its event loop, execve of the runtime itself) but files open read-only (open with
write/create/truncate/append flags fails), clone only makes threads (no new processes; clone3
answers ENOSYS so libc falls back to clone), and sockets, fork, file removal/renaming,
permission changes, ptrace, mounts, kill and the other dangerous calls fail with EPERM. A
program under it can read and compute but cannot write a file, start a process or reach
the network.

`contamination.execute` installs one of them in its sandbox process before it runs any
function a training document defines. This module is also the text of the sandbox's prelude: it uses
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


_LD, _JEQ, _JGT, _JSET, _RET = 0x20, 0x15, 0x25, 0x45, 0x06     # BPF_LD|W|ABS, BPF_JMP|JEQ/JGT/JSET|K, BPF_RET|K


def _filter(machine: str) -> bytes:
    """The BPF program: check the architecture, allow the listed calls, EPERM for the rest."""
    prog = [(_LD, 4, None, None),                                 # seccomp_data.arch
            (_JEQ, _AUDIT_ARCH[machine], "nr", None), (_RET, _RET_KILL, None, None),
            "nr:", (_LD, 0, None, None)]                          # seccomp_data.nr
    prog += [(_JEQ, nr, "allow", None) for nr in sorted(set(_ALLOWED[machine].values()))]
    prog += [(_RET, _RET_EPERM, None, None), "allow:", (_RET, _RET_ALLOW, None, None)]
    return _assemble(prog)


# x86_64 calls a started runtime may not make (everything else is allowed, see `_runtime_filter`)
_DENIED_X86_64 = (41, 42, 43, 49, 50, 53, 288, 57, 58, 322, 62, 200, 101, 310, 311, 76, 77, 82, 83, 84, 85, 86, 87,
                  88, 90, 91, 92, 93, 94, 132, 133, 155, 161, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173,
                  175, 176, 179, 188, 189, 190, 197, 198, 199, 235, 246, 248, 249, 250, 258, 259, 260, 261, 263, 264,
                  265, 266, 268, 272, 280, 285, 298, 300, 303, 304, 308, 313, 316, 320, 321, 323, 326, 424, 425,
                  426, 427, 428, 429, 430, 431, 432, 433, 437, 438, 439, 440, 444, 445, 446)
_OPEN_WRITE = 0o1 | 0o2 | 0o100 | 0o1000 | 0o2000      # O_WRONLY O_RDWR O_CREAT O_TRUNC O_APPEND
_CLONE_THREAD = 0x10000
_RET_ENOSYS = 0x00050000 | 38


def _assemble(prog: list) -> bytes:
    """BPF from (code, k, jump-if-true label, jump-if-false label) rows and "label:" strings."""
    rows, labels = [], {}
    for row in prog:
        if isinstance(row, str):
            labels[row.rstrip(":")] = len(rows)
        else:
            rows.append(row)
    out = []
    for n, (code, k, jt, jf) in enumerate(rows):
        off = [labels[j] - n - 1 if j is not None else 0 for j in (jt, jf)]
        assert all(0 <= o < 256 for o in off)
        out.append(struct.pack("=HBBI", code, off[0], off[1], k))
    return b"".join(out)


def _runtime_filter() -> bytes:
    ld, jeq, jgt, jset, ret = _LD, _JEQ, _JGT, _JSET, _RET
    arg = lambda n: 16 + 8 * n      # noqa: E731  low 32 bits of seccomp_data.args[n] (little-endian)
    prog = [(ld, 4, None, None), (jeq, _AUDIT_ARCH["x86_64"], "nr", "kill"), "nr:",
            (ld, 0, None, None),
            (jgt, 0x3FFFFFFF, "eperm", None),               # x32 ABI numbers
            (jeq, 2, "open", None), (jeq, 257, "openat", None), (jeq, 56, "clone", None),
            (jeq, 435, "enosys", None)]
    prog += [(jeq, nr, "eperm", None) for nr in _DENIED_X86_64]
    prog += [(ret, _RET_ALLOW, None, None),
             "open:", (ld, arg(1), None, None), (jset, _OPEN_WRITE, "eperm", "allow"),
             "openat:", (ld, arg(2), None, None), (jset, _OPEN_WRITE, "eperm", "allow"),
             "clone:", (ld, arg(0), None, None), (jset, _CLONE_THREAD, "allow", "eperm"),
             "eperm:", (ret, _RET_EPERM, None, None), "allow:", (ret, _RET_ALLOW, None, None),
             "enosys:", (ret, _RET_ENOSYS, None, None), "kill:", (ret, _RET_KILL, None, None)]
    return _assemble(prog)


def install(profile: str = "compute") -> bool:
    """Confine this process (see module docstring); False if that is not possible here."""
    machine = platform.machine()
    if machine not in _ALLOWED or (profile == "runtime" and machine != "x86_64"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    code = _filter(machine) if profile == "compute" else _runtime_filter()

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_char_p)]

    prog = SockFprog(len(code) // 8, code)
    pr_set_no_new_privs, pr_set_seccomp, seccomp_mode_filter = 38, 22, 2
    if libc.prctl(pr_set_no_new_privs, 1, 0, 0, 0) != 0:
        return False
    return libc.prctl(pr_set_seccomp, seccomp_mode_filter, ctypes.byref(prog), 0, 0) == 0
