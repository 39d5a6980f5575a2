"""Turn database driver errors about the environment into messages a person can act on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DatabaseError, InterfaceError, OperationalError

from onestop_desktop.domain.errors import DatabaseProblem

# (substring of the driver's message, Vietnamese message, English message)
_KNOWN: tuple[tuple[str, str, str], ...] = (
    (
        "database or disk is full",
        "Ổ đĩa đã đầy: không ghi được dữ liệu. Giải phóng dung lượng rồi thử lại; "
        "dữ liệu chưa lưu không bị ghi dở.",
        "The disk is full: nothing was written. Free some space and try again.",
    ),
    (
        "readonly database",
        "Không ghi được vào cơ sở dữ liệu (chỉ đọc). Kiểm tra quyền ghi thư mục dữ liệu.",
        "The database is read-only. Check write permission on the data folder.",
    ),
    (
        "attempt to write a readonly",
        "Không ghi được vào cơ sở dữ liệu (chỉ đọc). Kiểm tra quyền ghi thư mục dữ liệu.",
        "The database is read-only. Check write permission on the data folder.",
    ),
    (
        "database is locked",
        "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Thử lại sau giây lát.",
        "The database is busy (another program is writing). Try again in a moment.",
    ),
    (
        "file is not a database",
        "Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu. Khôi phục từ bản sao lưu.",
        "The database file is corrupt or not a database. Restore it from a backup.",
    ),
    (
        "database disk image is malformed",
        "Tệp cơ sở dữ liệu bị hỏng. Khôi phục từ bản sao lưu (onestop-desktop restore).",
        "The database file is corrupt. Restore it from a backup (onestop-desktop restore).",
    ),
    (
        "unable to open database file",
        "Không mở được tệp cơ sở dữ liệu. Kiểm tra thư mục dữ liệu có tồn tại và ghi được.",
        "Cannot open the database file. Check that the data folder exists and is writable.",
    ),
    (
        "disk i/o error",
        "Lỗi đọc/ghi ổ đĩa. Kiểm tra ổ đĩa và dung lượng trống.",
        "Disk I/O error. Check the disk and its free space.",
    ),
    (
        "connection refused",
        "Không kết nối được máy chủ PostgreSQL. Kiểm tra địa chỉ, cổng và máy chủ đã chạy.",
        "Cannot connect to the PostgreSQL server. Check host, port and that it is running.",
    ),
    (
        "could not translate host name",
        "Không tìm thấy máy chủ PostgreSQL theo tên đã cấu hình.",
        "The PostgreSQL host name cannot be resolved.",
    ),
    (
        "password authentication failed",
        "Máy chủ PostgreSQL từ chối tên đăng nhập hoặc mật khẩu.",
        "PostgreSQL refused the user name or password.",
    ),
    (
        'fatal:  database "',
        "Cơ sở dữ liệu PostgreSQL đã cấu hình không tồn tại.",
        "The configured PostgreSQL database does not exist.",
    ),
    (
        "timeout expired",
        "Hết thời gian chờ kết nối máy chủ PostgreSQL.",
        "Timed out connecting to the PostgreSQL server.",
    ),
)


def problem_for(exc: BaseException) -> DatabaseProblem | None:
    text = str(getattr(exc, "orig", None) or exc).lower()
    for needle, vi, en in _KNOWN:
        if needle in text:
            return DatabaseProblem(vi, en)
    if isinstance(exc, (OperationalError, InterfaceError)) and "connect" in text:
        return DatabaseProblem(
            "Không kết nối được cơ sở dữ liệu. Kiểm tra cấu hình --database-url.",
            "Cannot connect to the database. Check --database-url.",
        )
    return None


@contextmanager
def translate_db_errors() -> Iterator[None]:
    try:
        yield
    except (OperationalError, DatabaseError, InterfaceError) as exc:
        problem = problem_for(exc)
        if problem is None:
            raise
        raise problem from exc
