<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AdminTab</name>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="65"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="66"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="67"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="69"/>
        <source>Hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="70"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="70"/>
        <source>Đã khóa</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="73"/>
        <source>Đăng nhập gần nhất</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="81"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="82"/>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="83"/>
        <source>Đối tượng</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="84"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="85"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="89"/>
        <source>Thêm người dùng…</source>
        <translation>Add a user…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="92"/>
        <source>Người dùng</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="109"/>
        <source>Ngôn ngữ giao diện:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="115"/>
        <source>Máy in mặc định của máy tính</source>
        <translation>This computer&apos;s default printer</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="120"/>
        <source>{0} (không tìm thấy)</source>
        <translation>{0} (not found)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="125"/>
        <source>Máy in phiếu (máy này):</source>
        <translation>Form printer (this PC):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="136"/>
        <source>Các ký tự máy quét được cài để gửi trước mã (để trống nếu không cài). Mã QR giấy tiếp nhận được nhận ra cả khi không có tiền tố.</source>
        <translation>Characters the scanner is set to send before the code (leave empty if none). Receipt QR codes are recognised without a prefix too.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="147"/>
        <source>Máy quét gõ mỗi ký tự cách nhau vài mili giây; người gõ phím chậm hơn nhiều. Tăng giá trị nếu máy quét chậm không được nhận ra.</source>
        <translation>A scanner types its characters a few milliseconds apart; people type much more slowly. Raise the value if a slow scanner is not recognised.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="155"/>
        <source>Máy quét mã (máy này) — tiền tố:</source>
        <translation>Code scanner (this PC) — prefix:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="157"/>
        <source>khoảng cách tối đa giữa hai ký tự:</source>
        <translation>longest gap between two characters:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="161"/>
        <source>Nhật ký thay đổi gần đây</source>
        <translation>Recent changes (audit log)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="174"/>
        <source>Người dùng và nhật ký</source>
        <translation>Users and log</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="175"/>
        <source>Lịch làm việc</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="176"/>
        <source>Quầy và dịch vụ</source>
        <translation>Counters and services</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="178"/>
        <source>Nhật ký kiểm tra</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="180"/>
        <source>Bảo mật</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="182"/>
        <source>Sao lưu và khôi phục</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="184"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="215"/>
        <source>Đã lưu cho máy này; áp dụng khi mở lại phần mềm.</source>
        <translation>Saved for this PC; applies when the app is reopened.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="226"/>
        <source>Đã lưu cho máy này.</source>
        <translation>Saved for this PC.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/admin_tab.py" line="232"/>
        <source>Đã lưu; áp dụng khi mở lại phần mềm.</source>
        <translation>Saved; takes effect when the app is restarted.</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="22"/>
        <source>Quầy: chưa chọn</source>
        <translation>Counter: not chosen</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="24"/>
        <source>Đồng bộ: …</source>
        <translation>Sync: …</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="40"/>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="55"/>
        <source>Đồng bộ: {0} ngày bị từ chối: {1}</source>
        <translation>Sync: {0} day(s) refused: {1}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="60"/>
        <source>{0} ngày chờ gửi</source>
        <translation>{0} day(s) waiting to send</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="68"/>
        <source>Đồng bộ: đã gửi hết</source>
        <translation>Sync: all sent</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="70"/>
        <source>Đồng bộ: không có ngày chờ gửi</source>
        <translation>Sync: no day waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="62"/>
        <source>Đồng bộ: {0} ngày chờ gửi</source>
        <translation>Sync: {0} day(s) waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/status_bar.py" line="64"/>
        <source>lỗi gần nhất: {0}</source>
        <translation>last error: {0}</translation>
    </message>
</context>
<context>
    <name>AuditPageWidget</name>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="65"/>
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="68"/>
        <source>Kiểm tra tính toàn vẹn</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="74"/>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="75"/>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="76"/>
        <source>Người thực hiện:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="77"/>
        <source>Đối tượng:</source>
        <translation>Object:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="78"/>
        <source>Thao tác:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="88"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="89"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="90"/>
        <source>Người thực hiện</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="91"/>
        <source>Đối tượng</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="92"/>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="93"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="94"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="111"/>
        <source>Chọn một dòng để xem giá trị trước và sau.</source>
        <translation>Select a row to see the values before and after.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="134"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="180"/>
        <source>Hiển thị {0} dòng mới nhất; thu hẹp bộ lọc để xem các dòng cũ hơn.</source>
        <translation>Showing the newest {0} entries; narrow the filter to see older ones.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="184"/>
        <source>{0} dòng.</source>
        <translation>{0} entries.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="193"/>
        <source>Trước: {0}</source>
        <translation>Before: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="194"/>
        <source>Sau: {0}</source>
        <translation>After: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="197"/>
        <source>Lý do: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/audit_page.py" line="204"/>
        <source>Đang kiểm tra chuỗi nhật ký…</source>
        <translation>Checking the audit chain…</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="51"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="52"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="53"/>
        <source>Lúc ghi</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="54"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="67"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="70"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="73"/>
        <source>Khôi phục từ tệp khác…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="75"/>
        <source>Hủy khôi phục đang chờ</source>
        <translation>Cancel the waiting restore</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="101"/>
        <source>Hằng ngày</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="103"/>
        <source>Bản thay thế khi khôi phục</source>
        <translation>Replaced by a restore</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="104"/>
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="115"/>
        <source>Thư mục sao lưu: {0}</source>
        <translation>Backup folder: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="124"/>
        <source>Đang chờ khôi phục {0}: hãy đóng tất cả cửa sổ phần mềm rồi mở lại để khôi phục. Cơ sở dữ liệu hiện tại sẽ được giữ một bản sao.</source>
        <translation>Restore of {0} waiting: close every window of the app and open it again to restore. A copy of the current database will be kept.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="148"/>
        <source>Đã sao lưu và kiểm tra toàn vẹn: {0}</source>
        <translation>Backed up and integrity-checked: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="162"/>
        <source>Chọn một bản sao lưu trong danh sách.</source>
        <translation>Select a backup in the list.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="168"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="168"/>
        <source>Cơ sở dữ liệu SQLite (*.sqlite *.bak)</source>
        <translation>SQLite databases (*.sqlite *.bak)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="180"/>
        <source>Khôi phục bản sao lưu</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="182"/>
        <source>Khôi phục {0}? Mọi thay đổi sau thời điểm sao lưu sẽ không còn trong cơ sở dữ liệu (cơ sở dữ liệu hiện tại được giữ một bản sao). Việc khôi phục diễn ra khi mở lại phần mềm.</source>
        <translation>Restore {0}? Every change made after the backup will no longer be in the database (a copy of the current database is kept). The restore happens when the app is opened again.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="197"/>
        <source>Đã kiểm tra bản sao lưu. Đóng phần mềm và mở lại để khôi phục {0}.</source>
        <translation>The backup is valid. Close the app and open it again to restore {0}.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/backup_page.py" line="210"/>
        <source>Đã hủy khôi phục đang chờ.</source>
        <translation>The waiting restore was cancelled.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="78"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="79"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="80"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="81"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="97"/>
        <source>Rút ngày đã chọn…</source>
        <translation>Withdraw the selected day…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="103"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="120"/>
        <source>Nghỉ (ngày nghỉ thêm)</source>
        <translation>Day off (extra)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="121"/>
        <source>Làm bù (ngày làm việc thêm)</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="125"/>
        <source>VD: Nghỉ bù Quốc khánh</source>
        <translation>e.g. Day off in lieu of National Day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="127"/>
        <source>Thêm ngày</source>
        <translation>Add the day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="131"/>
        <source>Thêm ngày nghỉ hoặc ngày làm bù</source>
        <translation>Add a day off or a make-up working day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="133"/>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="135"/>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="137"/>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="145"/>
        <source>Ca làm việc trong ngày</source>
        <translation>Shifts of a working day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="148"/>
        <source>Ca {0}</source>
        <translation>Shift {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="157"/>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="159"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="164"/>
        <source>Lưu ca làm việc</source>
        <translation>Save the shifts</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="170"/>
        <source>Thời hạn tính theo giờ làm việc trong các ca này; hồ sơ nhận ngoài giờ được tính từ đầu ca làm việc tiếp theo.</source>
        <translation>Processing time counts the working hours of these shifts; a dossier received outside them counts from the start of the next shift.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="200"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="201"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="202"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="203"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="204"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="205"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="206"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="211"/>
        <source>Nghỉ</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="211"/>
        <source>Làm bù</source>
        <translation>Make-up day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="215"/>
        <source>Lễ, Tết</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="216"/>
        <source>Quản trị nhập</source>
        <translation>Entered by admin</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="221"/>
        <source>{0} (thay bằng ngày quản trị nhập)</source>
        <translation>{0} (replaced by the admin&apos;s entry)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="234"/>
        <source>{0} ngày lễ, Tết; {1} ngày quản trị nhập</source>
        <translation>{0} public holidays; {1} entered by the admin</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="264"/>
        <source>Đã thêm {0}: {1}.</source>
        <translation>Added {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="298"/>
        <source>Rút ngày khỏi lịch làm việc</source>
        <translation>Withdraw a day from the working calendar</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="300"/>
        <source>Ngày {0} ({1}) sẽ không còn được tính khi hẹn ngày trả kết quả. Lý do:</source>
        <translation>{0} ({1}) will no longer count when due dates are set. Reason:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="315"/>
        <source>Đã rút ngày {0}.</source>
        <translation>Withdrew {0}.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/calendar_page.py" line="358"/>
        <source>Đã lưu ca làm việc: {0}.</source>
        <translation>Shifts saved: {0}.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="62"/>
        <source>Gõ vài chữ, có dấu hoặc không dấu: “khai sinh”, “chung thuc”…</source>
        <translation>Type a few letters, with or without diacritics: “khai sinh”, “chung thuc”…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="68"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="69"/>
        <source>Thủ tục</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="70"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="72"/>
        <source>Thời hạn</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="77"/>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="78"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="79"/>
        <source>Trả kết quả</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="99"/>
        <source>Tìm thủ tục:</source>
        <translation>Find a procedure:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="115"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="118"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="121"/>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="203"/>
        <source>Ngừng áp dụng…</source>
        <translation>Stop applying…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="124"/>
        <source>Hiện cả thủ tục đã ngừng áp dụng</source>
        <translation>Also show procedures no longer applied</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="126"/>
        <source>Nhập danh mục từ tệp…</source>
        <translation>Import catalogue from file…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="128"/>
        <source>Xuất danh mục…</source>
        <translation>Export catalogue…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="142"/>
        <source>{0} (ngừng áp dụng)</source>
        <translation>{0} (no longer applied)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="147"/>
        <source>Tại quầy</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="149"/>
        <source>Bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="163"/>
        <source>{0} thủ tục</source>
        <translation>{0} procedures</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="201"/>
        <source>Áp dụng lại</source>
        <translation>Apply again</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="235"/>
        <source>Đã lưu thủ tục “{0}”.</source>
        <translation>Saved the procedure “{0}”.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="250"/>
        <source>Ngừng áp dụng thủ tục</source>
        <translation>Stop applying a procedure</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="252"/>
        <source>Thủ tục “{0}” sẽ không còn hiện khi tiếp nhận hồ sơ (hồ sơ cũ vẫn giữ nguyên). Lý do (ví dụ: bãi bỏ theo quyết định số…):</source>
        <translation>The procedure “{0}” will no longer be offered at intake (dossiers already taken in keep it). Reason (e.g. repealed by decision no. …):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="273"/>
        <source>Đã áp dụng lại thủ tục “{0}”.</source>
        <translation>The procedure “{0}” applies again.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="275"/>
        <source>Đã ngừng áp dụng thủ tục “{0}”.</source>
        <translation>The procedure “{0}” no longer applies.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="283"/>
        <source>Chọn tệp danh mục</source>
        <translation>Choose a catalogue file</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="283"/>
        <source>Danh mục (*.csv *.xlsx)</source>
        <translation>Catalogue (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="299"/>
        <source>Đã nhập {0}: {1} thủ tục mới, {2} cập nhật, {3} dòng bị từ chối.</source>
        <translation>Imported {0}: {1} new procedures, {2} updated, {3} rows rejected.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="302"/>
        <source>Không dòng nào hợp lệ: danh mục không thay đổi.</source>
        <translation>No valid row: the catalogue is unchanged.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="305"/>
        <source>• Dòng {0}: {1}</source>
        <translation>• Row {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="310"/>
        <source>Nhập danh mục</source>
        <translation>Catalogue import</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="328"/>
        <source>Xuất danh mục</source>
        <translation>Export the catalogue</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="330"/>
        <source>Excel (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/catalogue_tab.py" line="340"/>
        <source>Đã xuất {0} thủ tục ra tệp {1}.</source>
        <translation>Exported {0} procedures to {1}.</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="47"/>
        <source>Số phiếu đã cấp</source>
        <translation>Tickets issued</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="48"/>
        <source>Số phiếu đã phục vụ</source>
        <translation>Tickets served</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="49"/>
        <source>Số phiếu vắng mặt</source>
        <translation>Tickets no-show</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="50"/>
        <source>Số phiếu còn chờ</source>
        <translation>Tickets still open</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="51"/>
        <source>Thời gian chờ trung bình (giây)</source>
        <translation>Average wait (seconds)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="54"/>
        <source>Thời gian chờ lâu nhất (giây)</source>
        <translation>Longest wait (seconds)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="55"/>
        <source>Thời gian phục vụ trung bình (giây)</source>
        <translation>Average service time (seconds)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="60"/>
        <source>Yêu cầu bổ sung</source>
        <translation>supplement requests</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="61"/>
        <source>Từ chối tiếp nhận</source>
        <translation>refusals</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="62"/>
        <source>Rút hồ sơ</source>
        <translation>withdrawals</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="63"/>
        <source>Dừng giải quyết</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="64"/>
        <source>Trả kết quả tại quầy</source>
        <translation>results returned at the counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="65"/>
        <source>Trả kết quả qua bưu chính</source>
        <translation>results returned by post</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="71"/>
        <source>Hồ sơ: {0}</source>
        <translation>Dossiers: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="76"/>
        <source>tiếp nhận trực tuyến</source>
        <translation>received online</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="77"/>
        <source>tiếp nhận trực tiếp và bưu chính</source>
        <translation>received in person and by post</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="80"/>
        <source>từ kỳ trước chuyển qua</source>
        <translation>carried over</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="81"/>
        <source>giải quyết trước hạn</source>
        <translation>resolved early</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="82"/>
        <source>giải quyết đúng hạn</source>
        <translation>resolved on time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="83"/>
        <source>giải quyết quá hạn</source>
        <translation>resolved late</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="84"/>
        <source>rút/dừng giải quyết</source>
        <translation>withdrawn/stopped</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="85"/>
        <source>đang giải quyết trong hạn</source>
        <translation>pending within time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="88"/>
        <source>đang giải quyết quá hạn</source>
        <translation>pending overdue</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="93"/>
        <source>tổng số</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="97"/>
        <source>Hồ sơ ({0}): {1}</source>
        <translation>Dossiers ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="102"/>
        <source>tiền mặt</source>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="103"/>
        <source>chuyển khoản</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="104"/>
        <source>thẻ</source>
        <translation>card</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="107"/>
        <source>số lần</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="109"/>
        <source>số tiền (đồng)</source>
        <translation>amount (VND)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="111"/>
        <source>Phí, lệ phí {0}: {1}</source>
        <translation>Fees by {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="115"/>
        <source>Đánh giá mức {0}</source>
        <translation>Ratings of {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="135"/>
        <source>Chốt ngày {0}</source>
        <translation>Close the day {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="161"/>
        <source>Chốt ngày</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="164"/>
        <source>Mở lại để điều chỉnh…</source>
        <translation>Reopen to correct…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="189"/>
        <source>Ngày {0} đã chốt lần {1} lúc {2}{3}.</source>
        <translation>{0} was closed (revision {1}) at {2}{3}.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="195"/>
        <source>Số liệu của ngày được giữ nguyên như lúc chốt. Nếu cần điều chỉnh, mở lại ngày (ghi rõ lý do): số liệu được tính lại và chốt thành lần {0}; các lần chốt cũ vẫn được lưu.</source>
        <translation>The day&apos;s figures stay as they were when it was closed. To correct them, reopen the day (give a reason): the figures are computed again and closed as revision {0}; earlier revisions are kept.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="206"/>
        <source>Chốt số liệu ngày {0}? Sau khi chốt, số liệu được lưu cố định và gửi lên cấp trên.</source>
        <translation>Close the figures of {0}? Once closed, they are frozen and sent to the city.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="209"/>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="213"/>
        <source>Số thứ tự còn đang chờ: {0}</source>
        <translation>Tickets still waiting: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="214"/>
        <source>Số thứ tự đang ở quầy (chưa xong): {0}</source>
        <translation>Tickets at a counter (not finished): {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="217"/>
        <source>Quầy còn đang phục vụ: {0}</source>
        <translation>Counters still serving: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="224"/>
        <source>Chú ý: vẫn còn công dân đang chờ hoặc đang được phục vụ. Nếu chốt bây giờ, các số này được ghi là còn chờ khi chốt.</source>
        <translation>Note: citizens are still waiting or being served. If you close now, these tickets are recorded as still open at closing.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="242"/>
        <source>Mở lại ngày {0}</source>
        <translation>Reopen {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="244"/>
        <source>Lý do mở lại để điều chỉnh (ghi vào nhật ký và kèm theo lần chốt mới), ví dụ: nhập bổ sung hồ sơ tiếp nhận trong ngày.</source>
        <translation>Why the day is reopened for correction (kept in the audit log and with the new revision), e.g. dossiers received that day entered late.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="293"/>
        <source>Đã chốt ngày {0} — lần {1} lúc {2}.</source>
        <translation>{0} closed — revision {1} at {2}.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="298"/>
        <source>Số liệu đã được lưu cố định và xếp hàng chờ gửi lên cấp trên.</source>
        <translation>The figures are frozen and queued to be sent to the city.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="304"/>
        <source>Số liệu thay đổi so với lần {0}:</source>
        <translation>Figures changed since revision {0}:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="311"/>
        <source>Không có số liệu nào thay đổi so với lần {0}.</source>
        <translation>No figure changed since revision {0}.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/close_day_dialog.py" line="318"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CounterChoiceDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/counter_choice_dialog.py" line="39"/>
        <source>Chọn quầy cho máy này</source>
        <translation>Choose this PC&apos;s counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_choice_dialog.py" line="43"/>
        <source>Máy tính này là quầy nào? Lựa chọn được ghi nhớ cho máy này; đổi lại bằng nút “Đổi quầy…” trên bảng điều khiển quầy.</source>
        <translation>Which counter is this computer? The choice is remembered on this PC; change it with “Change counter…” on the counter panel.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_choice_dialog.py" line="55"/>
        <source>Quầy {0} — {1} (dịch vụ: {2})</source>
        <translation>Counter {0} — {1} (services: {2})</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_choice_dialog.py" line="59"/>
        <source>đang tạm dừng</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_choice_dialog.py" line="94"/>
        <source>Chọn một quầy trong danh sách.</source>
        <translation>Choose a counter in the list.</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/counter_dialog.py" line="50"/>
        <source>Thêm quầy</source>
        <translation>Add a counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_dialog.py" line="52"/>
        <source>Sửa quầy {0}</source>
        <translation>Edit counter {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_dialog.py" line="62"/>
        <source>Để trống: “Quầy &lt;số&gt;”</source>
        <translation>Empty: “Quầy &lt;number&gt;”</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_dialog.py" line="72"/>
        <source>(đã ngừng)</source>
        <translation>(stopped)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_dialog.py" line="81"/>
        <source>Đang hoạt động</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_dialog.py" line="85"/>
        <source>Số quầy:</source>
        <translation>Counter number:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_dialog.py" line="86"/>
        <source>Tên quầy:</source>
        <translation>Counter name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_dialog.py" line="87"/>
        <source>Phục vụ các dịch vụ:</source>
        <translation>Serves the services:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_dialog.py" line="91"/>
        <source>Quầy chỉ gọi số của các dịch vụ được đánh dấu. Không xóa quầy: bỏ chọn “Đang hoạt động” để ngừng dùng.</source>
        <translation>The counter calls tickets of the ticked services only. Counters are not deleted: untick “In use” to stop using one.</translation>
    </message>
</context>
<context>
    <name>CounterPanel</name>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="128"/>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="425"/>
        <source>Chưa chọn quầy</source>
        <translation>No counter chosen</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="135"/>
        <source>Đổi quầy…</source>
        <translation>Change counter…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="158"/>
        <source>Số đang phục vụ</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="169"/>
        <source>Gọi số tiếp theo (F5)</source>
        <translation>Call next (F5)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="170"/>
        <source>Gọi lại (F6)</source>
        <translation>Recall (F6)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="171"/>
        <source>Vắng mặt (F7)</source>
        <translation>No-show (F7)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="172"/>
        <source>Bắt đầu phục vụ (F8)</source>
        <translation>Start serving (F8)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="173"/>
        <source>Hoàn thành (F9)</source>
        <translation>Finish (F9)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="174"/>
        <source>Chuyển… (F10)</source>
        <translation>Transfer… (F10)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="175"/>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="439"/>
        <source>Tạm dừng (F12)</source>
        <translation>Pause (F12)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="207"/>
        <source>Số</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="208"/>
        <source>Dịch vụ</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="209"/>
        <source>Ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="210"/>
        <source>Lấy số lúc</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="211"/>
        <source>Đã chờ</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="252"/>
        <source>Máy này chưa được gán quầy.</source>
        <translation>This PC is not assigned to a counter.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="315"/>
        <source>Quầy {0} đã lưu cho máy này không còn hoạt động; hãy chọn quầy khác.</source>
        <translation>Counter {0}, saved for this PC, is no longer in use; choose another counter.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="324"/>
        <source>Chưa có quầy nào. Quản trị viên thêm quầy ở thẻ Quản trị → “Quầy và dịch vụ”.</source>
        <translation>No counter is set up yet. An administrator adds counters under Administration → “Counters and services”.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="357"/>
        <source>Máy này là quầy {0}.</source>
        <translation>This PC is counter {0}.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="363"/>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="364"/>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="442"/>
        <source>Quầy {0}</source>
        <translation>Counter {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="404"/>
        <source>Đánh giá hôm nay: {0} rất hài lòng · {1} hài lòng · {2} chưa hài lòng · {3} không hài lòng</source>
        <translation>Ratings today: {0} very satisfied · {1} satisfied · {2} not quite satisfied · {3} not satisfied</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="425"/>
        <source>Chưa gọi số nào</source>
        <translation>No ticket called</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="437"/>
        <source>Tạm dừng: {0}</source>
        <translation>Paused: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="439"/>
        <source>Tiếp tục (F12)</source>
        <translation>Resume (F12)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="444"/>
        <source>tạm dừng</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="501"/>
        <source>Đã chờ {0} phút trước khi được gọi</source>
        <translation>Waited {0} min before the call</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="505"/>
        <source>Đang phục vụ: {0} phút (từ {1:%H:%M})</source>
        <translation>Serving: {0} min (since {1:%H:%M})</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="509"/>
        <source>Đã gọi lúc {0:%H:%M}, chưa đến quầy</source>
        <translation>Called at {0:%H:%M}, not at the counter yet</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="257"/>
        <source>Chọn quầy…</source>
        <translation>Choose counter…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="451"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1}: &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1}: &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="456"/>
        <source>Đang chờ — </source>
        <translation>Waiting — </translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="458"/>
        <source>Đang chờ</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="493"/>
        <source>(chuyển đến quầy này)</source>
        <translation>(transferred to this counter)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="497"/>
        <source>{0} phút</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="511"/>
        <source>đã gọi lại {0} lần</source>
        <translation>recalled {0} time(s)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="539"/>
        <source>Máy này chưa được gán quầy: bấm “Chọn quầy…” trước.</source>
        <translation>This PC has no counter yet: press “Choose counter…” first.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="562"/>
        <source>Không còn số nào chờ ở quầy này.</source>
        <translation>Nobody is waiting for this counter.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="564"/>
        <source>Mời số {0} đến quầy {1}.</source>
        <translation>Ticket {0}, please come to counter {1}.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="584"/>
        <source>Đã gọi lại số {0} (lần {1}).</source>
        <translation>Recalled ticket {0} (time {1}).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="593"/>
        <source>Số {0}: vắng mặt.</source>
        <translation>Ticket {0}: no-show.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="602"/>
        <source>Bắt đầu phục vụ số {0}.</source>
        <translation>Serving ticket {0}.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="611"/>
        <source>Đã phục vụ xong số {0}.</source>
        <translation>Ticket {0} served.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="622"/>
        <source>Chưa có số để chuyển: gọi một số hoặc chọn một số trong danh sách chờ.</source>
        <translation>No ticket to transfer: call one or select one in the waiting list.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="657"/>
        <source>quầy {0}</source>
        <translation>counter {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="658"/>
        <source>Đã chuyển số {0} sang {1}.</source>
        <translation>Ticket {0} transferred to {1}.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="682"/>
        <source>Quầy tiếp tục nhận số.</source>
        <translation>The counter calls tickets again.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="685"/>
        <source>Tạm dừng quầy {0}</source>
        <translation>Pause counter {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="687"/>
        <source>Lý do tạm dừng (ví dụ: nghỉ trưa, họp, sự cố máy). Khi tạm dừng, quầy không gọi số mới; bấm F12 để tiếp tục.</source>
        <translation>Reason for the pause (e.g. lunch break, meeting, computer problem). A paused counter calls no new ticket; press F12 to resume.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_panel.py" line="703"/>
        <source>Quầy tạm dừng: {0}.</source>
        <translation>Counter paused: {0}.</translation>
    </message>
</context>
<context>
    <name>CounterReturnDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/counter_return_dialog.py" line="22"/>
        <source>Trả kết quả tại quầy</source>
        <translation>Return the result at the counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_return_dialog.py" line="24"/>
        <source>Người nộp hồ sơ (&amp;1)</source>
        <translation>The applicant (&amp;1)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_return_dialog.py" line="26"/>
        <source>Người được ủy quyền (&amp;2)</source>
        <translation>An authorised person (&amp;2)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_return_dialog.py" line="43"/>
        <source>Số CCCD/CMND/hộ chiếu trên giấy tờ xuất trình</source>
        <translation>Citizen ID / ID card / passport number on the paper shown</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_return_dialog.py" line="44"/>
        <source>Người nhận:</source>
        <translation>Collected by:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_return_dialog.py" line="45"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/counter_return_dialog.py" line="46"/>
        <source>Số giấy tờ tùy thân:</source>
        <translation>ID number:</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="181"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="185"/>
        <source>In tổng hợp cuối ngày</source>
        <translation>Print the end-of-day summary</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="188"/>
        <source>Xuất XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="191"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="464"/>
        <source>Chốt ngày…</source>
        <translation>Close the day…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="194"/>
        <source>Báo cáo định kỳ (Biểu 06)…</source>
        <translation>Periodic report (Biểu 06)…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="206"/>
        <source>Ngày:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="218"/>
        <source>Xem trước bản in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="230"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="270"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="401"/>
        <source>Đang chờ</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="231"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="402"/>
        <source>Chờ lâu nhất hiện tại</source>
        <translation>Longest current wait</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="232"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="277"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="286"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="448"/>
        <source>Đã phục vụ</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="233"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="278"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="287"/>
        <source>Vắng mặt</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="234"/>
        <source>Hồ sơ tiếp nhận</source>
        <translation>Dossiers received</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="235"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="403"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="236"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="410"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="248"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="249"/>
        <source>Lưu mục tiêu</source>
        <translation>Save target</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="258"/>
        <source>Mục tiêu thời gian chờ:</source>
        <translation>Wait target:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="269"/>
        <source>Dịch vụ</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="271"/>
        <source>Chờ lâu nhất</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="276"/>
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="279"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="455"/>
        <source>Chờ TB</source>
        <translation>Avg. wait</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="280"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="288"/>
        <source>Phục vụ TB</source>
        <translation>Avg. service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="285"/>
        <source>Cán bộ</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="291"/>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="405"/>
        <source>Đang chờ theo dịch vụ</source>
        <translation>Waiting per service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="295"/>
        <source>Theo quầy (phút:giây)</source>
        <translation>Per counter (min:sec)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="298"/>
        <source>Theo cán bộ (phút:giây)</source>
        <translation>Per clerk (min:sec)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="302"/>
        <source>Số phiếu theo giờ</source>
        <translation>Tickets per hour</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="305"/>
        <source>Thời gian chờ trung bình theo giờ (phút)</source>
        <translation>Average wait per hour (minutes)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="310"/>
        <source>Chưa có số thứ tự nào trong ngày.</source>
        <translation>No ticket yet this day.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="404"/>
        <source>Quá hạn hiện tại</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="407"/>
        <source>Còn chờ cuối ngày</source>
        <translation>Still open at day&apos;s end</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="408"/>
        <source>Chờ lâu nhất trong ngày</source>
        <translation>Longest wait of the day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="409"/>
        <source>Đến hạn trong ngày</source>
        <translation>Due that day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="411"/>
        <source>Theo dịch vụ (còn chờ, chờ lâu nhất)</source>
        <translation>Per service (still open, longest wait)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="414"/>
        <source>Đã cấp {0} số</source>
        <translation>{0} tickets issued</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="418"/>
        <source>Quá mục tiêu {0} phút!</source>
        <translation>Over the {0}-minute target!</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="420"/>
        <source>Mục tiêu: {0} phút</source>
        <translation>Target: {0} min</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="424"/>
        <source>Chờ TB {0} · phục vụ TB {1}</source>
        <translation>Avg. wait {0} · avg. service {1}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="433"/>
        <source>Đã trả kết quả: {0}</source>
        <translation>Results returned: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="447"/>
        <source>Đã cấp</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="464"/>
        <source>Đã chốt — mở lại…</source>
        <translation>Closed — reopen…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="470"/>
        <source>Trực tiếp và bưu chính</source>
        <translation>In person and by post</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="476"/>
        <source>Trực tiếp, cập nhật lúc {0}</source>
        <translation>Live, updated at {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="479"/>
        <source>Đã chốt lần {0} lúc {1}</source>
        <translation>Closed (revision {0}) at {1}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="484"/>
        <source>Chưa chốt: số liệu tính lúc {0}</source>
        <translation>Not closed: figures as of {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="493"/>
        <source>Đã lưu mục tiêu thời gian chờ: {0} phút.</source>
        <translation>Wait target saved: {0} minutes.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="534"/>
        <source>Đã gửi tổng hợp cuối ngày tới máy in. Tệp: {0}</source>
        <translation>The end-of-day summary was sent to the printer. File: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="537"/>
        <source>Chưa in được: {0} Tổng hợp đã lưu tại {1} — bấm “Xem trước bản in” để in.</source>
        <translation>Not printed: {0} The summary is saved at {1} — press “Print preview” to print it.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="558"/>
        <source>Xuất tổng hợp cuối ngày</source>
        <translation>Export the end-of-day summary</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="558"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="570"/>
        <source>Đã lưu tổng hợp cuối ngày (XLSX): {0}</source>
        <translation>End-of-day summary saved (XLSX): {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dashboard_tab.py" line="627"/>
        <source>Đã lưu báo cáo định kỳ (Biểu 06): {0}</source>
        <translation>Periodic report (Biểu 06) saved: {0}</translation>
    </message>
</context>
<context>
    <name>DisplayApp</name>
    <message>
        <location filename="../../onestop_desktop/ui/display_app.py" line="42"/>
        <source>Phường chưa được thiết lập. Hãy mở chương trình ở chế độ quầy để thiết lập, rồi khởi động lại bảng hiển thị.</source>
        <translation>The ward is not set up yet. Open the program in counter mode to set it up, then restart the display board.</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../../onestop_desktop/ui/display_window.py" line="174"/>
        <source>Bảng hiển thị số thứ tự</source>
        <translation>Queue display board</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/display_window.py" line="203"/>
        <source>BỘ PHẬN MỘT CỬA</source>
        <translation>ONE-STOP SERVICE DESK</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/display_window.py" line="205"/>
        <source>● mất kết nối</source>
        <translation>● connection lost</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/display_window.py" line="207"/>
        <source>Đã tắt tiếng (M)</source>
        <translation>Sound off (M)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/display_window.py" line="244"/>
        <source>CÁC QUẦY</source>
        <translation>COUNTERS</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/display_window.py" line="249"/>
        <source>Chưa có lượt gọi nào hôm nay</source>
        <translation>No calls yet today</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/display_window.py" line="261"/>
        <source>CÁC SỐ VỪA GỌI</source>
        <translation>RECENTLY CALLED</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/display_window.py" line="351"/>
        <source>Xin mời quý khách lấy số thứ tự</source>
        <translation>Please take a ticket</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/display_window.py" line="356"/>
        <source>Mời khách hàng số</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/display_window.py" line="358"/>
        <source>→ Quầy {0}</source>
        <translation>→ Counter {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/display_window.py" line="367"/>
        <location filename="../../onestop_desktop/ui/display_window.py" line="378"/>
        <source>Quầy {0}</source>
        <translation>Counter {0}</translation>
    </message>
</context>
<context>
    <name>DocumentChecklist</name>
    <message>
        <location filename="../../onestop_desktop/ui/document_checklist.py" line="28"/>
        <source>Giấy tờ (đánh dấu khi đã nộp)</source>
        <translation>Document (tick when handed in)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/document_checklist.py" line="29"/>
        <source>Loại, số lượng</source>
        <translation>Kind, count</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/document_checklist.py" line="30"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/document_checklist.py" line="54"/>
        <source> (nếu có)</source>
        <translation> (if any)</translation>
    </message>
</context>
<context>
    <name>DocumentsEditor</name>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="64"/>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="116"/>
        <source>Tên giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="64"/>
        <source>Loại bản</source>
        <translation>Copy kind</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="64"/>
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="64"/>
        <source>Bắt buộc</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="74"/>
        <source>Thêm giấy tờ</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="75"/>
        <source>Bỏ giấy tờ</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="76"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="77"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="103"/>
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="104"/>
        <source>Bản sao có chứng thực</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="105"/>
        <source>Bản chụp</source>
        <translation>Photocopy</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="106"/>
        <source>Xuất trình</source>
        <translation>Shown only</translation>
    </message>
</context>
<context>
    <name>DossierDetailView</name>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="55"/>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="56"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="57"/>
        <source>Quá hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="103"/>
        <source>QUÁ HẠN</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="121"/>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="122"/>
        <source>Người nộp:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="123"/>
        <source>Tiếp nhận:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="124"/>
        <source>Hẹn trả:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="125"/>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="126"/>
        <source>Phí, lệ phí:</source>
        <translation>Fees:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="142"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="143"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="144"/>
        <source>SL</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="145"/>
        <source>Đã nộp</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="145"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="147"/>
        <source>Trả lại</source>
        <translation>Give back</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="149"/>
        <source>Trả bản chính</source>
        <translation>Return the original</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="157"/>
        <source>Chuyển cho</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="158"/>
        <source>Lúc chuyển</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="159"/>
        <source>Người chuyển</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="160"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="161"/>
        <source>Nhận lại</source>
        <translation>Back at</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="162"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="168"/>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="169"/>
        <source>Hình thức</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="170"/>
        <source>Số biên lai</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="171"/>
        <source>Người thu</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="172"/>
        <source>Lúc thu</source>
        <translation>Collected at</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="178"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="179"/>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="181"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="183"/>
        <source>Sang</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="184"/>
        <source>Lý do / ghi chú</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="198"/>
        <source>Quét mã QR trên giấy tiếp nhận (ở bất kỳ ô nào trên màn hình này) hoặc gõ mã hồ sơ rồi nhấn Enter.</source>
        <translation>Scan the QR code on the receipt (wherever the focus is on this screen), or type the dossier code and press Enter.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="241"/>
        <source>{0} · {1} · nhận kết quả {2}</source>
        <translation>{0} · {1} · result to be collected {2}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="256"/>
        <source>Giấy tờ đã nộp ({0})</source>
        <translation>Documents handed in ({0})</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="258"/>
        <source> — {0} bản chính trả lại</source>
        <translation> — {0} originals to give back</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="260"/>
        <source>Chuyển xử lý ({0})</source>
        <translation>Hand-overs ({0})</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="261"/>
        <source>Phí đã thu ({0})</source>
        <translation>Fees collected ({0})</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="262"/>
        <source>Lịch sử ({0})</source>
        <translation>History ({0})</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="267"/>
        <source>số giấy tờ {0}</source>
        <translation>ID {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="269"/>
        <source>ĐT {0}</source>
        <translation>phone {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="272"/>
        <source>Người được ủy quyền: {0}</source>
        <translation>Authorised person: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="279"/>
        <source>qua bưu chính</source>
        <translation>by post</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="280"/>
        <source>tại Bộ phận Một cửa</source>
        <translation>at the one-stop counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="284"/>
        <source>— (chưa có: hồ sơ chờ bổ sung trước khi tiếp nhận)</source>
        <translation>— (none yet: the dossier awaits a supplement before it is received)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="287"/>
        <source>{0} — đã quá hạn</source>
        <translation>{0} — overdue</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="290"/>
        <source>hẹn ban đầu {0}</source>
        <translation>originally {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="292"/>
        <source>Tạm dừng tính thời gian từ {0} (chờ bổ sung)</source>
        <translation>Clock paused since {0} (awaiting a supplement)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="300"/>
        <source>Có kết quả lúc {0}</source>
        <translation>Result ready at {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="308"/>
        <source>Đã gửi qua bưu chính lúc {0}: {1}, số hiệu {2}, ngày gửi {3}</source>
        <translation>Sent by post at {0}: {1}, tracking number {2}, sent on {3}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="317"/>
        <source>người được ủy quyền {0}</source>
        <translation>authorised person {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="319"/>
        <source>người nộp {0}</source>
        <translation>the applicant {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="322"/>
        <source>Đã trả tại quầy lúc {0} cho {1} (số giấy tờ {2})</source>
        <translation>Returned at the counter at {0} to {1} (ID {2})</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="326"/>
        <source>Chưa có</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="329"/>
        <source>không ghi mức cố định</source>
        <translation>no fixed amount</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="330"/>
        <source>Theo danh mục: {0} · đã thu: {1}</source>
        <translation>Catalogue: {0} · paid: {1}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/dossier_detail_view.py" line="334"/>
        <source>còn phải thu {0}</source>
        <translation>{0} still due</translation>
    </message>
</context>
<context>
    <name>DueListView</name>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="54"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="55"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="56"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="57"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="58"/>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="59"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="61"/>
        <source>Tình trạng</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="62"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="62"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="64"/>
        <source>Đã gia hạn</source>
        <translation>Extended</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="64"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="86"/>
        <source>Mở hồ sơ</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="87"/>
        <source>Enter hoặc nhấp đúp vào dòng</source>
        <translation>Enter, or double-click the row</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="89"/>
        <source>Gia hạn (Mẫu 04)</source>
        <translation>Extend (form 04)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="91"/>
        <source>Lập văn bản xin lỗi và hẹn lại ngày trả (Ctrl+G)</source>
        <translation>Write the apology with a new due date (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="93"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/due_list_view.py" line="121"/>
        <source>{0} hồ sơ quá hạn, {1} hồ sơ đến hạn hôm nay</source>
        <translation>{0} dossiers overdue, {1} due today</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/extension_dialog.py" line="37"/>
        <source>Gia hạn giải quyết — Mẫu 04</source>
        <translation>Extend processing — form 04</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/extension_dialog.py" line="51"/>
        <source>Lý do chậm, in trên văn bản xin lỗi</source>
        <translation>Why it is late, printed on the apology</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/extension_dialog.py" line="52"/>
        <source>Hạn trả hiện tại:</source>
        <translation>Current due date:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/extension_dialog.py" line="53"/>
        <source>Hạn trả mới:</source>
        <translation>New due date:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/extension_dialog.py" line="54"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/fee_dialog.py" line="20"/>
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_dialog.py" line="21"/>
        <source>Chuyển khoản</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_dialog.py" line="22"/>
        <source>Thẻ</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_dialog.py" line="49"/>
        <source>Thu phí, lệ phí</source>
        <translation>Collect fees</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_dialog.py" line="56"/>
        <source>Số tiền tính theo số trang/bản sao hoặc miễn giảm</source>
        <translation>The amount depends on pages/copies or exemptions</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_dialog.py" line="58"/>
        <source>Mức thu theo danh mục thủ tục</source>
        <translation>The amount set in the procedure catalogue</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_dialog.py" line="66"/>
        <source>Số biên lai thu</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_dialog.py" line="69"/>
        <source>Số tiền (đồng):</source>
        <translation>Amount (VND):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_dialog.py" line="70"/>
        <source>Hình thức:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_dialog.py" line="71"/>
        <source>Số biên lai:</source>
        <translation>Receipt no.:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/fee_dialog.py" line="77"/>
        <source>Số tiền chỉ gồm chữ số, ví dụ 50.000.</source>
        <translation>The amount is digits only, e.g. 50.000.</translation>
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
    <name>HandoverDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/handover_dialog.py" line="27"/>
        <source>Chuyển hồ sơ để giải quyết</source>
        <translation>Hand the dossier over for processing</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/handover_dialog.py" line="37"/>
        <source>Ví dụ: Công chức Tư pháp - Hộ tịch</source>
        <translation>E.g. Justice and civil status officer</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/handover_dialog.py" line="41"/>
        <source>Chuyển cho:</source>
        <translation>Hand to:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/handover_dialog.py" line="42"/>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="76"/>
        <source>Người được ủy quyền / người đại diện (nếu có)</source>
        <translation>Authorised person / representative (if any)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="92"/>
        <source>Tại Bộ phận Một cửa</source>
        <translation>At the one-stop counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="94"/>
        <source>Qua dịch vụ bưu chính công ích</source>
        <translation>By public postal service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="99"/>
        <source>Đã nộp đủ (Ctrl+D)</source>
        <translation>All handed in (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="110"/>
        <source>Bắt buộc khi từ chối; khi yêu cầu bổ sung có thể để trống</source>
        <translation>Required to refuse; may be left empty for a supplement request</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="113"/>
        <source>In song ngữ Việt – Anh (người nước ngoài)</source>
        <translation>Print in Vietnamese and English (foreign applicants)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="117"/>
        <source>Tiếp nhận — in Mẫu 01 (Ctrl+Enter)</source>
        <translation>Accept — print Form 01 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="121"/>
        <source>Yêu cầu bổ sung — Mẫu 02 (Ctrl+B)</source>
        <translation>Request supplement — Form 02 (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="123"/>
        <source>Từ chối — Mẫu 03 (Ctrl+Shift+X)</source>
        <translation>Refuse — Form 03 (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="125"/>
        <source>Hồ sơ mới (Ctrl+N)</source>
        <translation>New dossier (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="139"/>
        <source>In lại (bản sao)</source>
        <translation>Reprint (copy)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="141"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="143"/>
        <source>Hồ sơ khác, cùng người nộp (Ctrl+L)</source>
        <translation>Another dossier, same applicant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="169"/>
        <source>1. Thủ tục hành chính</source>
        <translation>1. Administrative procedure</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="174"/>
        <source>2. Người nộp hồ sơ</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="177"/>
        <source>3. Hình thức nộp và nhận kết quả</source>
        <translation>3. How it is submitted and returned</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="179"/>
        <source>Hình thức nộp:</source>
        <translation>Submitted:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="180"/>
        <source>Nhận kết quả:</source>
        <translation>Result returned:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="192"/>
        <source>4. Thành phần hồ sơ (Space: đánh dấu đã nộp)</source>
        <translation>4. Documents (Space: mark as handed in)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="198"/>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="199"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="277"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1}&lt;br&gt;Thời hạn: {2} · Lệ phí: {3}&lt;br&gt;Hẹn trả nếu nhận ngay bây giờ: &lt;b&gt;{4}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1}&lt;br&gt;Time limit: {2} · Fee: {3}&lt;br&gt;Due if received now: &lt;b&gt;{4}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="323"/>
        <source>Chưa chọn thủ tục.</source>
        <translation>No procedure chosen.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="348"/>
        <source>Đã tiếp nhận hồ sơ {0}</source>
        <translation>Dossier {0} received</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="349"/>
        <source>Đã lập phiếu yêu cầu bổ sung cho hồ sơ {0}</source>
        <translation>Supplement request made for dossier {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="350"/>
        <source>Đã lập phiếu từ chối cho hồ sơ {0}</source>
        <translation>Refusal made for dossier {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="355"/>
        <source>Hẹn trả kết quả: {0}</source>
        <translation>Result due: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="371"/>
        <source>Đã gửi phiếu tới máy in. Tệp: {0}</source>
        <translation>Sent to the printer. File: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/intake_tab.py" line="372"/>
        <source>Chưa in được: {0} Phiếu đã lưu tại {1} — bấm “Xem trước” để in.</source>
        <translation>Not printed: {0} The form is saved at {1} — press “Preview” to print.</translation>
    </message>
</context>
<context>
    <name>KioskApp</name>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_app.py" line="34"/>
        <source>Phường chưa được thiết lập. Hãy mở chương trình ở chế độ quầy để thiết lập, rồi khởi động lại máy lấy số.</source>
        <translation>The ward is not set up yet. Open the program in counter mode to set it up, then restart the kiosk.</translation>
    </message>
</context>
<context>
    <name>KioskUnlockDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_unlock_dialog.py" line="51"/>
        <location filename="../../onestop_desktop/ui/kiosk_unlock_dialog.py" line="74"/>
        <source>Thoát chế độ máy lấy số</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_unlock_dialog.py" line="56"/>
        <source>Chỉ quản trị viên mới thoát được chế độ máy lấy số. Nhập tên đăng nhập và mật khẩu của quản trị viên.</source>
        <translation>Only an administrator can leave kiosk mode. Enter an administrator&apos;s user name and password.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_unlock_dialog.py" line="67"/>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_unlock_dialog.py" line="68"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_unlock_dialog.py" line="96"/>
        <source>Nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter the user name and password.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_unlock_dialog.py" line="121"/>
        <source>Tài khoản này không phải quản trị viên; chỉ quản trị viên mới thoát được chế độ máy lấy số.</source>
        <translation>This account is not an administrator&apos;s; only an administrator can leave kiosk mode.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="408"/>
        <source>Máy lấy số thứ tự</source>
        <translation>Ticket kiosk</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="409"/>
        <source>BỘ PHẬN MỘT CỬA</source>
        <translation>ONE-STOP COUNTER</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="412"/>
        <source>Mời chọn dịch vụ</source>
        <translation>Please choose a service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="413"/>
        <source>Chạm vào dịch vụ bạn cần để lấy số thứ tự</source>
        <translation>Touch the service you need to take a number</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="416"/>
        <source>Người cao tuổi, người khuyết tật, phụ nữ mang thai… được ưu tiên: chọn ở bước tiếp theo.</source>
        <translation>Elderly people, people with a disability, pregnant women… are served first: choose it in the next step.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="421"/>
        <source>Đang kết nối…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="423"/>
        <source>Hiện chưa có dịch vụ nào để lấy số. Vui lòng hỏi cán bộ tại quầy.</source>
        <translation>No service is open for tickets right now. Please ask at a counter.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="425"/>
        <source>Bạn có thuộc đối tượng ưu tiên không?</source>
        <translation>Are you entitled to priority?</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="427"/>
        <source>Nếu không, chọn “Không ưu tiên”. Cán bộ có thể đề nghị xuất trình giấy tờ.</source>
        <translation>If not, choose “No priority”. Staff may ask to see a document.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="429"/>
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="430"/>
        <source>Đang in số thứ tự…</source>
        <translation>Printing your number…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="431"/>
        <source>Số thứ tự của bạn</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="432"/>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="441"/>
        <source>Đang chờ: {0} người</source>
        <translation>Waiting: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="446"/>
        <source>Dịch vụ: {0} — {1}</source>
        <translation>Service: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="555"/>
        <source>Không ưu tiên</source>
        <translation>No priority</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="631"/>
        <source>Ưu tiên: {0}</source>
        <translation>Priority: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="637"/>
        <source>Số người đang chờ trước bạn: {0}</source>
        <translation>People waiting ahead of you: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="641"/>
        <source>Đang in vé…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="651"/>
        <source>Không ghi được tệp vé để in.</source>
        <translation>The ticket file could not be written.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="660"/>
        <source>Mời bạn nhận vé ở khe máy in bên dưới.</source>
        <translation>Please take your ticket from the printer below.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="661"/>
        <source>Xin cảm ơn!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="664"/>
        <source>Vui lòng ghi nhớ số của bạn</source>
        <translation>Please remember your number</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="666"/>
        <source>Máy chưa in được vé ({0}). Số của bạn vẫn được gọi bình thường.</source>
        <translation>The ticket could not be printed ({0}). Your number will be called as usual.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="682"/>
        <source>Hệ thống đang gặp sự cố.</source>
        <translation>The system has a problem.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="686"/>
        <source>Chưa lấy được số thứ tự</source>
        <translation>No number could be issued</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/kiosk_window.py" line="688"/>
        <source>{0} Vui lòng thử lại hoặc hỏi cán bộ tại quầy.</source>
        <translation>{0} Please try again or ask at a counter.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="18"/>
        <source>Cán bộ tiếp nhận</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="19"/>
        <source>Lãnh đạo / tổ trưởng</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="20"/>
        <source>Quản trị hệ thống</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="28"/>
        <source>Trong ngày (nhận trước {0})</source>
        <translation>Same day (if received before {0})</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="31"/>
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="33"/>
        <source>{0} ngày làm việc</source>
        <translation>{0} working days</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="34"/>
        <source>{0} giờ làm việc</source>
        <translation>{0} working hours</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="35"/>
        <source>{0} ngày</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="44"/>
        <source>Miễn phí</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="50"/>
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="51"/>
        <source>Bản sao chứng thực</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="52"/>
        <source>Bản chụp</source>
        <translation>Photocopy</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="53"/>
        <source>Xuất trình</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="60"/>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="61"/>
        <source>Đang giải quyết</source>
        <translation>In processing</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="62"/>
        <source>Có kết quả, chờ trả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="63"/>
        <source>Đã trả kết quả</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="64"/>
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="65"/>
        <source>Từ chối tiếp nhận</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="66"/>
        <source>Đã rút hồ sơ</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="67"/>
        <source>Dừng giải quyết</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="74"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="75"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="76"/>
        <source>Bưu chính</source>
        <translation>Postal</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="77"/>
        <source>Lưu động</source>
        <translation>Mobile service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="92"/>
        <source>Người cao tuổi</source>
        <translation>Elderly person</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="93"/>
        <source>Người khuyết tật</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="94"/>
        <source>Phụ nữ mang thai</source>
        <translation>Pregnant woman</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="95"/>
        <source>Người có công với cách mạng</source>
        <translation>Person with meritorious service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/labels.py" line="96"/>
        <source>Người đi cùng trẻ nhỏ</source>
        <translation>Person with a small child</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../onestop_desktop/ui/idle_lock.py" line="58"/>
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/idle_lock.py" line="62"/>
        <source>Phần mềm đã khóa vì không sử dụng trong một thời gian. Nhập mật khẩu của {0} để tiếp tục; công việc đang làm dở vẫn được giữ nguyên.</source>
        <translation>The app locked itself after a while without use. Enter the password of {0} to continue; unfinished work is kept as it was.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/idle_lock.py" line="75"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/idle_lock.py" line="77"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/idle_lock.py" line="93"/>
        <source>Nhập mật khẩu.</source>
        <translation>Enter the password.</translation>
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
        <location filename="../../onestop_desktop/ui/main_window.py" line="24"/>
        <source>Bộ phận Một cửa — {0}</source>
        <translation>One-stop counter — {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="38"/>
        <source>Thủ tục</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="37"/>
        <source>Tra cứu</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="32"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier intake</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="34"/>
        <source>Trả kết quả</source>
        <translation>Return of results</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="40"/>
        <source>Giám sát</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/main_window.py" line="42"/>
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
    <name>PasswordDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/password_dialog.py" line="44"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/password_dialog.py" line="46"/>
        <source>Mật khẩu của {0} vừa được quản trị viên đặt lại. Hãy đặt mật khẩu mới (ít nhất 10 ký tự) trước khi làm việc.</source>
        <translation>The password of {0} was reset by the administrator. Choose a new password (at least 10 characters) before you start work.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/password_dialog.py" line="50"/>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/password_dialog.py" line="52"/>
        <source>Mật khẩu tạm thời cho {0}. Người dùng phải đổi mật khẩu ở lần đăng nhập sau; tài khoản đang bị khóa tạm thời sẽ được mở.</source>
        <translation>A temporary password for {0}. The user must change it at the next login; a temporarily locked account is unlocked.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/password_dialog.py" line="62"/>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/password_dialog.py" line="63"/>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/password_dialog.py" line="64"/>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Repeat the new password:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/password_dialog.py" line="82"/>
        <source>Hai lần nhập mật khẩu mới không khớp.</source>
        <translation>The two new passwords do not match.</translation>
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
    <name>PeriodReportDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/period_report_dialog.py" line="45"/>
        <source>Báo cáo định kỳ — Biểu 06</source>
        <translation>Periodic report — Biểu 06</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/period_report_dialog.py" line="47"/>
        <source>Tình hình, kết quả giải quyết thủ tục hành chính theo lĩnh vực, cho một tháng, một quý hoặc một năm. Kỳ đang diễn ra được tính đến thời điểm hiện tại.</source>
        <translation>Administrative procedures received and resolved, per field, for a month, a quarter or a year. A period still running is counted up to now.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/period_report_dialog.py" line="55"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/period_report_dialog.py" line="56"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/period_report_dialog.py" line="57"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/period_report_dialog.py" line="75"/>
        <source>Kỳ báo cáo:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/period_report_dialog.py" line="76"/>
        <source>Tháng / quý:</source>
        <translation>Month / quarter:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/period_report_dialog.py" line="77"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/period_report_dialog.py" line="78"/>
        <source>Định dạng:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/period_report_dialog.py" line="79"/>
        <source>Lưu vào tệp:</source>
        <translation>Save to file:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/period_report_dialog.py" line="71"/>
        <source>Lưu báo cáo định kỳ</source>
        <translation>Save the periodic report</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/period_report_dialog.py" line="110"/>
        <source>Chưa chọn nơi lưu tệp.</source>
        <translation>No file chosen to save to.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../onestop_desktop/ui/person_form.py" line="38"/>
        <source>CCCD (12 số)</source>
        <translation>Citizen ID CCCD (12 digits)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/person_form.py" line="39"/>
        <source>CMND (9 số)</source>
        <translation>Old ID CMND (9 digits)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/person_form.py" line="40"/>
        <source>Hộ chiếu</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/person_form.py" line="46"/>
        <source>dd/mm/yyyy (không bắt buộc)</source>
        <translation>dd/mm/yyyy (optional)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/person_form.py" line="53"/>
        <source>không bắt buộc</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/person_form.py" line="71"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/person_form.py" line="78"/>
        <source>Giấy tờ tùy thân:</source>
        <translation>Identity document:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/person_form.py" line="81"/>
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/person_form.py" line="82"/>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/person_form.py" line="83"/>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/person_form.py" line="84"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
</context>
<context>
    <name>PostalReturnDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/postal_return_dialog.py" line="25"/>
        <source>Trả kết quả qua bưu chính</source>
        <translation>Return the result by post</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/postal_return_dialog.py" line="29"/>
        <source>Số hiệu bưu gửi, ví dụ EB123456789VN</source>
        <translation>Tracking number, e.g. EB123456789VN</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/postal_return_dialog.py" line="38"/>
        <source>Số hiệu bưu gửi:</source>
        <translation>Tracking number:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/postal_return_dialog.py" line="39"/>
        <source>Ngày gửi:</source>
        <translation>Date sent:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/postal_return_dialog.py" line="40"/>
        <source>Đơn vị bưu chính:</source>
        <translation>Postal service:</translation>
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
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="247"/>
        <source>Sửa thủ tục</source>
        <translation>Edit procedure</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="247"/>
        <source>Thêm thủ tục</source>
        <translation>Add procedure</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="251"/>
        <source>VD: 1.001193 (để trống nếu chưa có)</source>
        <translation>e.g. 1.001193 (leave empty if none yet)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="257"/>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="265"/>
        <source>Không bắt buộc</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="269"/>
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="270"/>
        <source>ngày làm việc</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="271"/>
        <source>giờ làm việc</source>
        <translation>working hours</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="272"/>
        <source>ngày (kể cả ngày nghỉ)</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="275"/>
        <source>VD: 15:00</source>
        <translation>e.g. 15:00</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="279"/>
        <source>Để trống nếu chưa quy định; 0 là miễn phí</source>
        <translation>Empty if not set; 0 means free</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="282"/>
        <source>Tại Bộ phận Một cửa</source>
        <translation>At the one-stop counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="283"/>
        <source>Qua dịch vụ bưu chính công ích</source>
        <translation>By public postal service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="290"/>
        <source>Nhận hồ sơ sau</source>
        <translation>Received after</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="292"/>
        <source>thì tính từ ngày làm việc tiếp theo</source>
        <translation>counts from the next working day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="296"/>
        <source>Tiếng Anh:</source>
        <translation>English:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="304"/>
        <source>Mã thủ tục (quốc gia):</source>
        <translation>National code:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="305"/>
        <source>Tên thủ tục:</source>
        <translation>Procedure name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="306"/>
        <source>Tên tiếng Anh:</source>
        <translation>English name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="307"/>
        <source>Lĩnh vực:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="308"/>
        <source>Thời hạn giải quyết:</source>
        <translation>Processing time:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="309"/>
        <source>Lệ phí (đồng):</source>
        <translation>Fee (dong):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="310"/>
        <source>Ghi chú lệ phí:</source>
        <translation>Fee note:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="311"/>
        <source>Căn cứ pháp lý:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="312"/>
        <source>Trả kết quả:</source>
        <translation>Return of results:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="313"/>
        <source>Giấy tờ phải nộp / xuất trình</source>
        <translation>Documents to hand in / show</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_dialog.py" line="321"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <location filename="../../onestop_desktop/ui/procedure_picker.py" line="33"/>
        <source>Tìm thủ tục: gõ vài chữ, có dấu hoặc không (“khai sinh”, “chung thuc”)</source>
        <translation>Find a procedure: type a few letters, with or without diacritics (“khai sinh”, “chung thuc”)</translation>
    </message>
</context>
<context>
    <name>QueueServiceDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/queue_service_dialog.py" line="40"/>
        <source>Thêm dịch vụ</source>
        <translation>Add a service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_service_dialog.py" line="42"/>
        <source>Sửa dịch vụ {0}</source>
        <translation>Edit service {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_service_dialog.py" line="66"/>
        <source>Đang hoạt động (máy lấy số và các quầy dùng dịch vụ này)</source>
        <translation>In use (the kiosk and the counters offer this service)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_service_dialog.py" line="70"/>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_service_dialog.py" line="72"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_service_dialog.py" line="76"/>
        <source>Ký hiệu (1–2 chữ cái):</source>
        <translation>Prefix (1–2 letters):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_service_dialog.py" line="77"/>
        <source>Tên dịch vụ:</source>
        <translation>Service name:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_service_dialog.py" line="78"/>
        <source>Tên tiếng Anh (không bắt buộc):</source>
        <translation>English name (optional):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_service_dialog.py" line="79"/>
        <source>Dải số trong ngày:</source>
        <translation>Numbers of a day:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_service_dialog.py" line="83"/>
        <source>Số thứ tự bắt đầu lại mỗi ngày từ số đầu. Không xóa dịch vụ: bỏ chọn “Đang hoạt động” để ngừng dùng; lịch sử số vẫn được giữ.</source>
        <translation>Numbering restarts every day at the first number. Services are not deleted: untick “In use” to stop one; its ticket history is kept.</translation>
    </message>
</context>
<context>
    <name>QueueSettingsPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="72"/>
        <source>Ký hiệu</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="73"/>
        <source>Tên dịch vụ</source>
        <translation>Service name</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="74"/>
        <source>Tên tiếng Anh</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="75"/>
        <source>Dải số</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="77"/>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="88"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="78"/>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="210"/>
        <source>Đang hoạt động</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="78"/>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="207"/>
        <source>Đã ngừng</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="85"/>
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="86"/>
        <source>Tên quầy</source>
        <translation>Counter name</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="87"/>
        <source>Phục vụ</source>
        <translation>Serves</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="97"/>
        <source>Thêm dịch vụ…</source>
        <translation>Add a service…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="100"/>
        <source>Sửa dịch vụ…</source>
        <translation>Edit service…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="103"/>
        <source>Dịch vụ (hàng chờ) và ký hiệu số</source>
        <translation>Services (queues) and their prefixes</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="108"/>
        <source>Thêm quầy…</source>
        <translation>Add a counter…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="111"/>
        <source>Sửa quầy…</source>
        <translation>Edit counter…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="114"/>
        <source>Quầy và các dịch vụ quầy phục vụ</source>
        <translation>Counters and the services they serve</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="134"/>
        <source>Lưu quy tắc ưu tiên</source>
        <translation>Save the priority rules</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="142"/>
        <source>Gọi xen kẽ công bằng: sau mỗi N số thường, quầy gọi 1 số ưu tiên (nếu có người ưu tiên đang chờ). N = 0: người ưu tiên luôn được gọi trước.</source>
        <translation>Fair interleave: after every N normal tickets a counter calls 1 priority ticket (if one is waiting). N = 0: priority tickets always go first.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="149"/>
        <source>Số thường trước 1 số ưu tiên (N):</source>
        <translation>Normal tickets per priority ticket (N):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="150"/>
        <source>Đối tượng ưu tiên ở máy lấy số:</source>
        <translation>Priority categories at the kiosk:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="151"/>
        <source>Số lần gọi lại trước khi báo vắng:</source>
        <translation>Recalls before a no-show:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="152"/>
        <source>Quy tắc ưu tiên</source>
        <translation>Priority rules</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="209"/>
        <source>Tạm dừng: {0}</source>
        <translation>Paused: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="219"/>
        <source>Chọn một dịch vụ trong bảng để sửa.</source>
        <translation>Select a service in the table to edit it.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="234"/>
        <source>Đã lưu dịch vụ {0} · {1}.</source>
        <translation>Service {0} · {1} saved.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="246"/>
        <source>Chọn một quầy trong bảng để sửa.</source>
        <translation>Select a counter in the table to edit it.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="265"/>
        <source>Đã lưu quầy {0}.</source>
        <translation>Counter {0} saved.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/queue_settings_page.py" line="279"/>
        <source>Đã lưu; các quầy áp dụng ngay từ lần gọi sau.</source>
        <translation>Saved; counters apply the rules from their next call.</translation>
    </message>
</context>
<context>
    <name>RatingApp</name>
    <message>
        <location filename="../../onestop_desktop/ui/rating_app.py" line="38"/>
        <source>Phường chưa được thiết lập. Hãy mở chương trình ở chế độ quầy để thiết lập, rồi khởi động lại màn hình đánh giá.</source>
        <translation>The ward is not set up yet. Open the program in counter mode to set it up, then restart the rating panel.</translation>
    </message>
</context>
<context>
    <name>RatingWindow</name>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="391"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="392"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="393"/>
        <source>Chưa hài lòng</source>
        <translation>Not quite satisfied</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="394"/>
        <source>Không hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="398"/>
        <source>Đánh giá sự phục vụ</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="399"/>
        <source>BỘ PHẬN MỘT CỬA</source>
        <translation>ONE-STOP SERVICE DESK</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="402"/>
        <source>Ông/Bà có hài lòng với sự phục vụ?</source>
        <translation>Are you satisfied with our service?</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="406"/>
        <source>Đánh giá không ghi tên Ông/Bà. Chạm vào một nút.</source>
        <translation>Your rating is anonymous. Touch one button.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="407"/>
        <source>Cảm ơn Ông/Bà!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="408"/>
        <source>Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn.</source>
        <translation>Your opinion helps us serve you better.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="415"/>
        <source>Quầy {0}</source>
        <translation>Counter {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="419"/>
        <source>Chưa dùng được màn hình đánh giá</source>
        <translation>The rating panel cannot be used yet</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="422"/>
        <source>Máy này chưa được gán quầy</source>
        <translation>This PC is not assigned to a counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="425"/>
        <source>Trên máy này, mở chương trình ở chế độ quầy, đăng nhập và chọn quầy (nút “Đổi quầy…”); hoặc ghi số quầy vào tệp {0} trong thư mục dữ liệu, ví dụ {{&quot;counter&quot;: 2}}. Màn hình đánh giá tự nhận số quầy sau vài giây.</source>
        <translation>On this PC, open the program in counter mode, log in and choose the counter (the “Change counter…” button); or write the counter number into the file {0} in the data folder, e.g. {{&quot;counter&quot;: 2}}. The rating panel picks up the counter within a few seconds.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="434"/>
        <source>Xin mời đánh giá</source>
        <translation>Please rate our service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="436"/>
        <source>Hồ sơ {0}</source>
        <translation>Dossier {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="438"/>
        <source>Lượt phục vụ vừa xong</source>
        <translation>The service you just received</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="507"/>
        <source>Mất kết nối, đang thử lại…</source>
        <translation>Connection lost, trying again…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/rating_window.py" line="566"/>
        <source>Chưa ghi được đánh giá. Xin Ông/Bà chạm lại sau ít phút.</source>
        <translation>Your rating could not be recorded. Please touch again in a few minutes.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/register_dialog.py" line="41"/>
        <source>Sổ theo dõi hồ sơ — Mẫu 07</source>
        <translation>Dossier register — form 07</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/register_dialog.py" line="42"/>
        <source>Các hồ sơ tiếp nhận trong khoảng ngày (kể cả hai ngày đầu và cuối).</source>
        <translation>The dossiers received in the date range (both end days included).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/register_dialog.py" line="57"/>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/register_dialog.py" line="58"/>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/register_dialog.py" line="59"/>
        <source>Định dạng:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/register_dialog.py" line="60"/>
        <source>Lưu vào tệp:</source>
        <translation>Save to file:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/register_dialog.py" line="54"/>
        <source>Lưu sổ theo dõi hồ sơ</source>
        <translation>Save the dossier register</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/register_dialog.py" line="71"/>
        <source>Ngày cuối phải sau ngày đầu.</source>
        <translation>The last day must come after the first.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/register_dialog.py" line="75"/>
        <source>Chưa chọn nơi lưu tệp.</source>
        <translation>Choose where to save the file.</translation>
    </message>
</context>
<context>
    <name>ReportFileFields</name>
    <message>
        <location filename="../../onestop_desktop/ui/report_file_fields.py" line="32"/>
        <source>PDF (để in)</source>
        <translation>PDF (to print)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/report_file_fields.py" line="34"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/report_file_fields.py" line="50"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/report_file_fields.py" line="73"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/report_file_fields.py" line="73"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReturnTab</name>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="129"/>
        <source>Mã hồ sơ (000.00.06.H56-261120-0001) hoặc quét mã QR trên giấy tiếp nhận</source>
        <translation>Dossier code (000.00.06.H56-261120-0001) or scan the QR code on the receipt</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="131"/>
        <source>Ctrl+F; Enter để mở</source>
        <translation>Ctrl+F; Enter opens</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="134"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="135"/>
        <source>Mở hồ sơ theo mã đã gõ (Enter)</source>
        <translation>Open the dossier with the typed code (Enter)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="139"/>
        <source>Sổ theo dõi (Mẫu 07)…</source>
        <translation>Register (form 07)…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="142"/>
        <source>Xuất sổ theo dõi hồ sơ ra PDF hoặc Excel (Ctrl+Shift+S)</source>
        <translation>Export the dossier register as PDF or Excel (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="151"/>
        <source>Xem trước phiếu</source>
        <translation>Preview form</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="152"/>
        <source>Xem và in lại phiếu vừa lập</source>
        <translation>View and print again the form just made</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="183"/>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="184"/>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="723"/>
        <source>Đến hạn / quá hạn</source>
        <translation>Due / overdue</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="189"/>
        <source>Mã hồ sơ / quét mã:</source>
        <translation>Dossier code / scan:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="208"/>
        <source>Chuyển xử lý…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="210"/>
        <source>Chuyển hồ sơ cho cán bộ, bộ phận giải quyết</source>
        <translation>Hand the dossier to the processing officer or department</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="215"/>
        <source>Nhận kết quả…</source>
        <translation>Result back…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="217"/>
        <source>Kết quả đã về Bộ phận Một cửa: chốt trước hạn / đúng hạn / quá hạn</source>
        <translation>The result is back at the counter: fixes early / on time / late</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="222"/>
        <source>Trả tại quầy…</source>
        <translation>Return at the counter…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="224"/>
        <source>Trao kết quả cho người nộp hoặc người được ủy quyền</source>
        <translation>Hand the result to the applicant or an authorised person</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="229"/>
        <source>Trả qua bưu chính…</source>
        <translation>Return by post…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="231"/>
        <source>Gửi kết quả qua dịch vụ bưu chính công ích</source>
        <translation>Send the result by the public postal service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="236"/>
        <source>Thu phí, lệ phí…</source>
        <translation>Collect fees…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="238"/>
        <source>Ghi nhận số tiền, hình thức nộp và số biên lai</source>
        <translation>Record the amount, the payment method and the receipt number</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="243"/>
        <source>Yêu cầu bổ sung…</source>
        <translation>Request a supplement…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="245"/>
        <source>Lập Mẫu 02; tạm dừng tính thời gian giải quyết</source>
        <translation>Makes form 02; the processing clock pauses</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="250"/>
        <source>Đã bổ sung…</source>
        <translation>Supplement received…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="252"/>
        <source>Công dân đã nộp bổ sung; tiếp tục tính thời gian</source>
        <translation>The citizen brought what was asked; the clock resumes</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="257"/>
        <source>Gia hạn (Mẫu 04)…</source>
        <translation>Extend (form 04)…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="259"/>
        <source>Văn bản xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation>Apology with a new due date</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="264"/>
        <source>Rút hồ sơ…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="266"/>
        <source>Công dân xin rút hồ sơ</source>
        <translation>The citizen withdraws the dossier</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="271"/>
        <source>Dừng giải quyết (Mẫu 05)…</source>
        <translation>Stop processing (form 05)…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="273"/>
        <source>Thông báo dừng giải quyết hồ sơ, có lý do</source>
        <translation>Notice that processing stops, with the reason</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="278"/>
        <source>In phiếu kiểm soát (Mẫu 06)</source>
        <translation>Print the control slip (form 06)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="280"/>
        <source>Phiếu kiểm soát quá trình giải quyết hồ sơ</source>
        <translation>The dossier&apos;s processing control slip</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="284"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="296"/>
        <source>Không còn thao tác nào cho hồ sơ này.</source>
        <translation>Nothing more can be done with this dossier.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="506"/>
        <source>Đã chuyển hồ sơ cho {0}.</source>
        <translation>Dossier handed to {0}.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="516"/>
        <source>Nhận kết quả về Bộ phận Một cửa</source>
        <translation>Result back at the one-stop counter</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="517"/>
        <source>Ghi chú về kết quả (không bắt buộc):</source>
        <translation>Note about the result (optional):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="519"/>
        <source>Đã nhận kết quả; hồ sơ chờ trả cho công dân.</source>
        <translation>Result received; the dossier waits to be returned to the citizen.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="531"/>
        <source>Đã trả kết quả tại quầy.</source>
        <translation>Result returned at the counter.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="547"/>
        <source>Đã ghi nhận gửi kết quả qua bưu chính, số hiệu {0}.</source>
        <translation>Result recorded as sent by post, tracking number {0}.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="566"/>
        <source>Đã ghi nhận khoản thu.</source>
        <translation>Payment recorded.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="575"/>
        <source>Yêu cầu bổ sung hồ sơ — Mẫu 02</source>
        <translation>Request a supplement — form 02</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="576"/>
        <source>Giấy tờ cần bổ sung, hoàn thiện và lý do:</source>
        <translation>Documents to add or complete, and why:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="578"/>
        <source>Đã lập phiếu yêu cầu bổ sung; thời gian giải quyết tạm dừng.</source>
        <translation>Supplement request made; the processing clock is paused.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="583"/>
        <source>Công dân đã bổ sung hồ sơ</source>
        <translation>The citizen supplemented the dossier</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="584"/>
        <source>Ghi chú (không bắt buộc):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="586"/>
        <source>Đã nhận bổ sung; thời gian giải quyết tiếp tục.</source>
        <translation>Supplement received; the processing clock runs again.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="598"/>
        <source>Đã gia hạn; văn bản xin lỗi Mẫu 04 đã lập.</source>
        <translation>Extended; the apology (form 04) is made.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="615"/>
        <source>Hồ sơ này không gia hạn được ở trạng thái hiện tại.</source>
        <translation>This dossier cannot be extended in its current status.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="624"/>
        <source>Công dân rút hồ sơ</source>
        <translation>The citizen withdraws the dossier</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="625"/>
        <source>Lý do rút hồ sơ:</source>
        <translation>Reason for the withdrawal:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="627"/>
        <source>Đã ghi nhận công dân rút hồ sơ.</source>
        <translation>Withdrawal recorded.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="632"/>
        <source>Dừng giải quyết hồ sơ — Mẫu 05</source>
        <translation>Stop processing — form 05</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="633"/>
        <source>Lý do dừng giải quyết (in trên thông báo):</source>
        <translation>Reason for stopping (printed on the notice):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="635"/>
        <source>Đã dừng giải quyết; thông báo Mẫu 05 đã lập.</source>
        <translation>Processing stopped; the notice (form 05) is made.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="644"/>
        <source>Đã lập phiếu kiểm soát Mẫu 06.</source>
        <translation>Control slip (form 06) made.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="699"/>
        <source>Đã gửi phiếu tới máy in. Tệp: {0}</source>
        <translation>Sent to the printer. File: {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="701"/>
        <source>Chưa in được: {0} Phiếu đã lưu tại {1} — bấm “Xem trước phiếu” để in.</source>
        <translation>Not printed: {0} The form is saved at {1} — press “Preview form” to print it.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/return_tab.py" line="762"/>
        <source>Đã lưu sổ theo dõi hồ sơ ({0} hồ sơ): {1}</source>
        <translation>Dossier register saved ({0} dossiers): {1}</translation>
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
        <location filename="../../onestop_desktop/ui/search_tab.py" line="198"/>
        <source>{0} hồ sơ mới nhất — gõ thêm để thu hẹp</source>
        <translation>newest {0} dossiers — type more to narrow down</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/search_tab.py" line="200"/>
        <source>{0} hồ sơ</source>
        <translation>{0} dossier(s)</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="44"/>
        <source>không khóa</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="45"/>
        <source>không xóa</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="46"/>
        <source>không giữ</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="48"/>
        <source>Đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="50"/>
        <source>Khóa tài khoản sau số lần nhập sai:</source>
        <translation>Lock the account after failed attempts:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="51"/>
        <source>Thời gian khóa (phút):</source>
        <translation>Lockout duration (minutes):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="53"/>
        <source>Khóa màn hình khi không dùng (phút, 0 = không khóa):</source>
        <translation>Lock the screen when idle (minutes, 0 = never):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="60"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="65"/>
        <source>Sao lưu tự động (mỗi ngày một bản)</source>
        <translation>Automatic backups (one a day)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="67"/>
        <source>Thư mục sao lưu (để trống = mặc định):</source>
        <translation>Backup folder (empty = default):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="68"/>
        <source>Số bản hằng ngày giữ lại:</source>
        <translation>Daily backups kept:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="69"/>
        <source>Số bản hằng tháng giữ lại:</source>
        <translation>Monthly backups kept:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="71"/>
        <source>Dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP)</source>
        <translation>Personal data (Decree 13/2023/NĐ-CP)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="74"/>
        <source>Ẩn danh hồ sơ đã trả kết quả sau (năm, 0 = không):</source>
        <translation>Anonymise returned dossiers after (years, 0 = never):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="78"/>
        <source>Lưu thiết lập</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="107"/>
        <source>Thư mục sao lưu</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/security_page.py" line="120"/>
        <source>Đã lưu. Thời gian khóa màn hình áp dụng từ lần đăng nhập sau.</source>
        <translation>Saved. The idle lock time applies from the next login.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="55"/>
        <source>để trống = chứng chỉ hệ thống</source>
        <translation>empty = the system&apos;s certificates</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="56"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="61"/>
        <source>Tự động gửi số liệu các ngày đã chốt</source>
        <translation>Send the closed days&apos; figures automatically</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="64"/>
        <source>Máy chủ nhận số liệu của thành phố</source>
        <translation>The city&apos;s receiving server</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="66"/>
        <source>Địa chỉ (https://…):</source>
        <translation>Address (https://…):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="67"/>
        <source>Mã truy cập (token):</source>
        <translation>Access token:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="68"/>
        <source>Khóa bí mật (ký số liệu):</source>
        <translation>Secret key (signs the figures):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="69"/>
        <source>Tệp chứng chỉ CA (nếu có):</source>
        <translation>CA certificate file (if any):</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="71"/>
        <source>Lưu thiết lập</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="84"/>
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="85"/>
        <source>Lần chốt</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="86"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="87"/>
        <source>Số lần gửi</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="89"/>
        <source>Gửi lại lúc</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="92"/>
        <source>Đã gửi lúc</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="93"/>
        <source>Lỗi gần nhất</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="105"/>
        <source>Gửi ngay</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="109"/>
        <source>Gửi ngay mọi ngày chưa được nhận, kể cả ngày bị từ chối (sau khi sửa thiết lập).</source>
        <translation>Send every day not yet received now, refused ones included (after fixing the settings).</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="119"/>
        <source>Các ngày đã chốt gửi lên thành phố</source>
        <translation>Closed days sent to the city</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="132"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="134"/>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="135"/>
        <source>Chờ gửi</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="158"/>
        <source>{0} ngày bị từ chối</source>
        <translation>{0} day(s) refused</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="160"/>
        <source>{0} ngày chờ gửi</source>
        <translation>{0} day(s) waiting to send</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="162"/>
        <source>Không có ngày chờ gửi.</source>
        <translation>No day waiting to send.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="172"/>
        <source>Tệp chứng chỉ CA</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="174"/>
        <source>Chứng chỉ (*.pem *.crt *.cer);;Mọi tệp (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/sync_page.py" line="187"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../onestop_desktop/ui/transfer_dialog.py" line="41"/>
        <source>Chuyển số {0}</source>
        <translation>Transfer ticket {0}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/transfer_dialog.py" line="46"/>
        <source>Số {0} ({1}) sẽ quay lại hàng chờ ở nơi được chọn và giữ nguyên số thứ tự.</source>
        <translation>Ticket {0} ({1}) goes back to waiting where you choose, with the same number.</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/transfer_dialog.py" line="53"/>
        <source>Giữ dịch vụ hiện tại ({0} · {1})</source>
        <translation>Keep the current service ({0} · {1})</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/transfer_dialog.py" line="65"/>
        <source>Sang dịch vụ:</source>
        <translation>To service:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/transfer_dialog.py" line="66"/>
        <source>Sang quầy:</source>
        <translation>To counter:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/transfer_dialog.py" line="86"/>
        <source>Bất kỳ quầy nào phục vụ dịch vụ này</source>
        <translation>Any counter serving this service</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/transfer_dialog.py" line="90"/>
        <source>Quầy {0} — {1}</source>
        <translation>Counter {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/transfer_dialog.py" line="102"/>
        <source>Chọn dịch vụ khác hoặc một quầy cụ thể để chuyển tới.</source>
        <translation>Choose another service or a particular counter to transfer to.</translation>
    </message>
</context>
<context>
    <name>UnattendedApp</name>
    <message>
        <location filename="../../onestop_desktop/ui/unattended_app.py" line="130"/>
        <source>Đang kết nối…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/unattended_app.py" line="138"/>
        <source>Thử lại sau {0} giây.</source>
        <translation>Trying again in {0} seconds.</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <location filename="../../onestop_desktop/ui/user_actions.py" line="32"/>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/user_actions.py" line="35"/>
        <location filename="../../onestop_desktop/ui/user_actions.py" line="59"/>
        <source>Vô hiệu hóa tài khoản…</source>
        <translation>Disable account…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/user_actions.py" line="57"/>
        <source>Kích hoạt lại tài khoản…</source>
        <translation>Enable account again…</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/user_actions.py" line="85"/>
        <source>Kích hoạt lại tài khoản</source>
        <translation>Enable account again</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/user_actions.py" line="86"/>
        <source>Lý do kích hoạt lại tài khoản {0}:</source>
        <translation>Why is the account {0} enabled again:</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/user_actions.py" line="88"/>
        <source>Vô hiệu hóa tài khoản</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../../onestop_desktop/ui/user_actions.py" line="90"/>
        <source>Tài khoản {0} sẽ không đăng nhập được nữa; lịch sử công việc vẫn được giữ. Lý do:</source>
        <translation>The account {0} will no longer be able to log in; its work history is kept. Reason:</translation>
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
