"""Dossier (hồ sơ) vocabulary: statuses, channels, identity documents, return methods.

The transitions between statuses (the lifecycle) live in ``domain.lifecycle``; this module only
names things, so every layer spells them the same.
"""

from __future__ import annotations

import enum


class DossierStatus(enum.StrEnum):
    RECEIVED = "received"  # đã tiếp nhận (Mẫu 01 printed)
    IN_PROCESSING = "in_processing"  # đã chuyển xử lý
    RESULT_READY = "result_ready"  # có kết quả, chờ trả
    RETURNED = "returned"  # đã trả kết quả
    AWAITING_SUPPLEMENT = "awaiting_supplement"  # chờ bổ sung (Mẫu 02), the clock is paused
    REFUSED = "refused"  # từ chối tiếp nhận (Mẫu 03)
    WITHDRAWN = "withdrawn"  # công dân rút hồ sơ
    STOPPED = "stopped"  # dừng giải quyết (Mẫu 05)


class Channel(enum.StrEnum):
    DIRECT = "direct"  # trực tiếp
    ONLINE = "online"  # trực tuyến (recorded, taken in elsewhere)
    POSTAL = "postal"  # qua bưu chính
    MOBILE = "mobile"  # lưu động


class IdType(enum.StrEnum):
    CCCD = "cccd"  # căn cước / căn cước công dân, 12 digits
    CMND = "cmnd"  # chứng minh nhân dân (old), 9 digits
    PASSPORT = "passport"  # hộ chiếu


class ReturnMethod(enum.StrEnum):
    COUNTER = "counter"  # tại Bộ phận Một cửa
    POST = "post"  # qua dịch vụ bưu chính công ích


STATUS_VI = {
    DossierStatus.RECEIVED: "Đã tiếp nhận",
    DossierStatus.IN_PROCESSING: "Đang giải quyết",
    DossierStatus.RESULT_READY: "Có kết quả, chờ trả",
    DossierStatus.RETURNED: "Đã trả kết quả",
    DossierStatus.AWAITING_SUPPLEMENT: "Chờ bổ sung",
    DossierStatus.REFUSED: "Từ chối tiếp nhận",
    DossierStatus.WITHDRAWN: "Đã rút hồ sơ",
    DossierStatus.STOPPED: "Dừng giải quyết",
}
CHANNEL_VI = {
    Channel.DIRECT: "Trực tiếp",
    Channel.ONLINE: "Trực tuyến",
    Channel.POSTAL: "Bưu chính",
    Channel.MOBILE: "Lưu động",
}
ID_TYPE_VI = {IdType.CCCD: "CCCD", IdType.CMND: "CMND", IdType.PASSPORT: "Hộ chiếu"}
