"""Operating-system errors in the clerk's words. Python's strerror is English ("Read-only file
system"), and a message to a clerk must be Chinese throughout."""

from __future__ import annotations

import errno

_TEXT = {
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EROFS: "磁盘或文件夹是只读的",
    errno.ENOSPC: "磁盘已满",
    errno.ENOENT: "文件或文件夹不存在",
    errno.EEXIST: "文件已存在",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOTDIR: "路径中有一部分不是文件夹",
    errno.EBUSY: "文件正被其他程序占用",
    errno.ETXTBSY: "文件正被其他程序占用",
    errno.ENAMETOOLONG: "文件名或路径太长",
    errno.EIO: "读写磁盘时出错（磁盘或U盘可能有故障）",
    errno.EINVAL: "文件名或参数不正确",
    errno.EMFILE: "打开的文件太多",
    errno.ELOOP: "快捷方式（符号链接）指向自身",
}
if hasattr(errno, "EDQUOT"):
    _TEXT[errno.EDQUOT] = "磁盘空间配额已用完"

# Windows reports sharing violations through winerror, not errno.
_WINERROR = {32: "文件正被其他程序占用（例如已在Excel中打开），请关闭后再试", 33: "文件的一部分被其他程序锁定",
             5: "没有权限", 112: "磁盘已满"}


def describe(exc: OSError) -> str:
    """A short Chinese description of an OSError, never English."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINERROR:
        return _WINERROR[winerror]
    if exc.errno in _TEXT:
        return _TEXT[exc.errno]
    if exc.errno is not None:
        return f"系统错误（代码 {exc.errno}）"
    # An OSError raised by our own code (or a library) with a message and no errno: its words.
    return str(exc) or "系统错误"
