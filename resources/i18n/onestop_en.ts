<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AdminTab</name>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="44"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="45"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="46"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="48"/>
        <source>Hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="49"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="49"/>
        <source>Đã khóa</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="52"/>
        <source>Đăng nhập gần nhất</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="60"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="61"/>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="62"/>
        <source>Đối tượng</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="63"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="64"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="68"/>
        <source>Thêm người dùng…</source>
        <translation>Add a user…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="71"/>
        <source>Người dùng</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="83"/>
        <source>Ngôn ngữ giao diện:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="87"/>
        <source>Nhật ký thay đổi gần đây</source>
        <translation>Recent changes (audit log)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="121"/>
        <source>Đã lưu; áp dụng khi mở lại phần mềm.</source>
        <translation>Saved; takes effect when the app is restarted.</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="21"/>
        <source>Quầy: chưa chọn</source>
        <translation>Counter: not chosen</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="23"/>
        <source>Đồng bộ: …</source>
        <translation>Sync: …</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="31"/>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="40"/>
        <source>Đồng bộ: không có ngày chờ gửi</source>
        <translation>Sync: no day waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="42"/>
        <source>Đồng bộ: {0} ngày chờ gửi</source>
        <translation>Sync: {0} day(s) waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="44"/>
        <source>lỗi gần nhất: {0}</source>
        <translation>last error: {0}</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="39"/>
        <source>Gõ vài chữ, có dấu hoặc không dấu: “khai sinh”, “chung thuc”…</source>
        <translation>Type a few letters, with or without diacritics: “khai sinh”, “chung thuc”…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="45"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="46"/>
        <source>Thủ tục</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="47"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="49"/>
        <source>Thời hạn</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="54"/>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="55"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="70"/>
        <source>Tìm thủ tục:</source>
        <translation>Find a procedure:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="73"/>
        <source>Nhập danh mục từ tệp…</source>
        <translation>Import catalogue from file…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="91"/>
        <source>{0} thủ tục</source>
        <translation>{0} procedures</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="97"/>
        <source>Chọn tệp danh mục</source>
        <translation>Choose a catalogue file</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="97"/>
        <source>Danh mục (*.csv *.xlsx)</source>
        <translation>Catalogue (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="113"/>
        <source>Đã nhập {0}: {1} thủ tục mới, {2} cập nhật, {3} dòng bị từ chối.</source>
        <translation>Imported {0}: {1} new procedures, {2} updated, {3} rows rejected.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="119"/>
        <source>• Dòng {0}: {1}</source>
        <translation>• Row {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="122"/>
        <source>Nhập danh mục</source>
        <translation>Catalogue import</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/first_run_dialog.py" line="34"/>
        <source>Thiết lập lần đầu</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run_dialog.py" line="38"/>
        <source>Chào mừng! Nhập thông tin phường và tạo tài khoản quản trị đầu tiên. Phần mềm không có mật khẩu mặc định.</source>
        <translation>Welcome! Enter the ward&apos;s details and create the first administrator account. The software has no default password.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run_dialog.py" line="44"/>
        <source>Ví dụ: Phường Tây Hồ</source>
        <translation>For example: Phường Tây Hồ</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run_dialog.py" line="61"/>
        <source>Tên phường:</source>
        <translation>Ward name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run_dialog.py" line="62"/>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run_dialog.py" line="63"/>
        <source>Tên đăng nhập quản trị:</source>
        <translation>Administrator&apos;s user name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run_dialog.py" line="64"/>
        <source>Họ và tên quản trị:</source>
        <translation>Administrator&apos;s full name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run_dialog.py" line="65"/>
        <source>Mật khẩu (≥ 10 ký tự):</source>
        <translation>Password (≥ 10 characters):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run_dialog.py" line="66"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run_dialog.py" line="71"/>
        <source>Tạo</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/first_run_dialog.py" line="84"/>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="16"/>
        <source>Cán bộ tiếp nhận</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="17"/>
        <source>Lãnh đạo / tổ trưởng</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="18"/>
        <source>Quản trị hệ thống</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="26"/>
        <source>Trong ngày (nhận trước {0})</source>
        <translation>Same day (if received before {0})</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="29"/>
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="31"/>
        <source>{0} ngày làm việc</source>
        <translation>{0} working days</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="32"/>
        <source>{0} giờ làm việc</source>
        <translation>{0} working hours</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="33"/>
        <source>{0} ngày</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="42"/>
        <source>Miễn phí</source>
        <translation>Free</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/login_dialog.py" line="29"/>
        <source>Đăng nhập — Bộ phận Một cửa</source>
        <translation>Log in — One-stop counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/login_dialog.py" line="42"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/login_dialog.py" line="43"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/login_dialog.py" line="49"/>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/login_dialog.py" line="63"/>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/login_dialog.py" line="72"/>
        <source>Nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter your user name and password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="21"/>
        <source>Bộ phận Một cửa — {0}</source>
        <translation>One-stop counter — {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="25"/>
        <source>Thủ tục</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="27"/>
        <source>Tra cứu</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="29"/>
        <source>Giám sát</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="31"/>
        <source>Quản trị</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../onestop_desktop/ui/messages.py" line="27"/>
        <source>Đã xảy ra lỗi không mong muốn ({0}). Thao tác chưa được lưu. Hãy thử lại; nếu lỗi lặp lại, báo bộ phận CNTT (chi tiết trong tệp nhật ký).</source>
        <translation>An unexpected error occurred ({0}). Nothing was saved. Try again; if it happens again, tell IT (details are in the log file).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/messages.py" line="35"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../onestop_desktop/ui/overview_tab.py" line="24"/>
        <source>Số phiếu đã cấp hôm nay</source>
        <translation>Tickets issued today</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/overview_tab.py" line="25"/>
        <source>Đang chờ</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/overview_tab.py" line="26"/>
        <source>Đã phục vụ</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/overview_tab.py" line="27"/>
        <source>Vắng mặt</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/overview_tab.py" line="28"/>
        <source>Thủ tục trong danh mục</source>
        <translation>Procedures in the catalogue</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/overview_tab.py" line="29"/>
        <source>Tài khoản đang hoạt động</source>
        <translation>Active accounts</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/overview_tab.py" line="39"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <location filename="../../onestop_desktop/ui/pdf_printer.py" line="52"/>
        <source>Không tìm thấy tệp PDF cần in.</source>
        <translation>The PDF file to print was not found.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/pdf_printer.py" line="59"/>
        <source>Tệp PDF bị hỏng hoặc không đọc được.</source>
        <translation>The PDF file is damaged or cannot be read.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/pdf_printer.py" line="116"/>
        <source>Không tìm thấy máy in “{0}” trên máy tính này.</source>
        <translation>Printer “{0}” was not found on this computer.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/pdf_printer.py" line="125"/>
        <source>Máy tính này chưa có máy in mặc định.</source>
        <translation>This computer has no default printer.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/pdf_printer.py" line="146"/>
        <source>Tệp PDF không có trang nào.</source>
        <translation>The PDF file has no pages.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/pdf_printer.py" line="167"/>
        <source>Máy in không sẵn sàng: không bắt đầu in được (máy in tắt, hết giấy hoặc lỗi).</source>
        <translation>The printer is not ready: printing could not start (printer off, out of paper or in error).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/pdf_printer.py" line="180"/>
        <source>Máy in dừng giữa chừng, khi sang trang mới.</source>
        <translation>The printer stopped part-way, when starting a new page.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/pdf_printer.py" line="197"/>
        <source>Không dựng được trang để in (tệp PDF lỗi hoặc thiếu bộ nhớ).</source>
        <translation>The pages could not be prepared for printing (damaged PDF or not enough memory).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/pdf_printer.py" line="206"/>
        <source>Máy in báo lỗi khi nhận tài liệu.</source>
        <translation>The printer reported an error while receiving the document.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/print_preview_dialog.py" line="49"/>
        <source>Xem trước khi in — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_preview_dialog.py" line="63"/>
        <source>Trang {0}</source>
        <translation>Page {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_preview_dialog.py" line="73"/>
        <source>{0} trang · {1}</source>
        <translation>{0} page(s) · {1}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_preview_dialog.py" line="76"/>
        <source>&amp;In</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_preview_dialog.py" line="80"/>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/print_preview_dialog.py" line="106"/>
        <source>Chưa in được: {0}
Tệp PDF vẫn được lưu tại: {1}</source>
        <translation>Not printed: {0}
The PDF is still saved at: {1}</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="50"/>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="51"/>
        <source>Đang giải quyết</source>
        <translation>In processing</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="52"/>
        <source>Có kết quả, chờ trả</source>
        <translation>Result ready, to return</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="53"/>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="54"/>
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="55"/>
        <source>Từ chối tiếp nhận</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="56"/>
        <source>Đã rút hồ sơ</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="57"/>
        <source>Dừng giải quyết</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="89"/>
        <source>Mã hồ sơ, quét mã QR giấy tiếp nhận, họ tên (có dấu hoặc không), số CCCD/CMND/hộ chiếu hoặc số điện thoại</source>
        <translation>Dossier code, scanned receipt QR code, name (with or without diacritics), ID card/passport number or phone number</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="104"/>
        <source>Ngày nhận từ</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="117"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="124"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="125"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="126"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="127"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="128"/>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="129"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="153"/>
        <source>Tìm hồ sơ:</source>
        <translation>Find a dossier:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="158"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="161"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="196"/>
        <source>{0} hồ sơ mới nhất — gõ thêm để thu hẹp</source>
        <translation>newest {0} dossiers — type more to narrow down</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="198"/>
        <source>{0} hồ sơ</source>
        <translation>{0} dossier(s)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/user_dialog.py" line="32"/>
        <source>Thêm người dùng</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/user_dialog.py" line="46"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/user_dialog.py" line="47"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/user_dialog.py" line="48"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/user_dialog.py" line="49"/>
        <source>Mật khẩu ban đầu:</source>
        <translation>Initial password:</translation>
    </message>
</context>
</TS>
