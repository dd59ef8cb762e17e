<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="29"/>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="30"/>
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="31"/>
        <source>excused</source>
        <translation>غياب بعذر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="32"/>
        <source>absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="90"/>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="91"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="92"/>
        <source>Pre-test</source>
        <translation>الاختبار القبلي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="93"/>
        <source>Post-test</source>
        <translation>الاختبار البعدي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="134"/>
        <source>no session</source>
        <translation>لا توجد حصة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="135"/>
        <source>no mark</source>
        <translation>بلا علامة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="177"/>
        <source>A score is a number from 0 to 100.</source>
        <translation>العلامة عدد من 0 إلى 100.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="77"/>
        <source>One sheet per day</source>
        <translation>ورقة لكل يوم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="78"/>
        <source>Whole course on one grid</source>
        <translation>الدورة كاملة في شبكة واحدة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="79"/>
        <source>Blank sheet for walk-ins</source>
        <translation>ورقة فارغة للحاضرين غير المسجلين</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="118"/>
        <source>%1 — %2 to %3, %4 participant(s) in the room, status: %5</source>
        <translation>%1 — من %2 إلى %3، عدد الحاضرين في القاعة: %4، الحالة: %5</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="159"/>
        <source>Choose a half-day first: click a cell of its column.</source>
        <translation>اختر نصف اليوم أولا: انقر خانة في عموده.</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="11"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="19"/>
        <source>&amp;Course:</source>
        <translation>ال&amp;دورة:</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="25"/>
        <source>Code or title of the course</source>
        <translation>رمز الدورة أو عنوانها</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="42"/>
        <source>All &amp;present for this half-day</source>
        <translation>الجميع &amp;حاضرون في نصف اليوم هذا</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="47"/>
        <source>C&amp;lose the course…</source>
        <translation>إ&amp;غلاق الدورة…</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="57"/>
        <source>&amp;Sign-in sheets</source>
        <translation>أوراق ال&amp;توقيع</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="62"/>
        <source>&amp;Roster</source>
        <translation>&amp;قائمة المشاركين</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="67"/>
        <source>&amp;Name cards</source>
        <translation>ب&amp;طاقات الأسماء</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="90"/>
        <source>Keys: P or 1 present · L or 2 late · E or 3 excused · A or 4 absent · Delete clears; arrows move. Scores: F2 or double-click.</source>
        <translation>المفاتيح: P أو 1 حاضر · L أو 2 متأخر · E أو 3 غياب بعذر · A أو 4 غائب · Delete للمسح؛ الأسهم للتنقل. العلامات: F2 أو نقر مزدوج.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="53"/>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="61"/>
        <source>record id</source>
        <translation>رقم السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="63"/>
        <source>&amp;Between</source>
        <translation>بي&amp;ن</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="70"/>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="72"/>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="110"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="74"/>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="110"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="77"/>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="110"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="49"/>
        <source>Not verified yet.</source>
        <translation>لم يُتحقق منه بعد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="95"/>
        <source>&amp;Verify…</source>
        <translation>&amp;تحقق…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="96"/>
        <source>&amp;Checkpoint now…</source>
        <translation>نقطة &amp;تحقق الآن…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="97"/>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="98"/>
        <source>Checkpoints &amp;file…</source>
        <translation>&amp;ملف نقاط التحقق…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="100"/>
        <source>Where every checkpoint is also written: a file kept away from the register (a USB stick, another server&apos;s share). Administrators.</source>
        <translation>حيث تُكتب كل نقطة تحقق أيضًا: ملف يُحفظ بعيدًا عن السجل (مفتاح USB، أو مجلد مشترك على خادم آخر). للمسؤولين.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="110"/>
        <source>#</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="110"/>
        <source>When (UTC)</source>
        <translation>متى (UTC)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="111"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="111"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="152"/>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="172"/>
        <source>(any)</source>
        <translation>(الكل)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="209"/>
        <source>%1 event(s); the newest %2 shown.</source>
        <translation>%1 حدث؛ يُعرض أحدث %2.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="215"/>
        <source>Last signed checkpoint (note it down): %1</source>
        <translation>آخر نقطة تحقق موقّعة (دوّنها): %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="216"/>
        <source>No signed checkpoint yet: make one, and keep its file away from the register.</source>
        <translation>لا توجد نقطة تحقق موقّعة بعد: أنشئ واحدة واحفظ ملفها بعيدًا عن السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="217"/>
        <source>Checkpoints are also written to %1.</source>
        <translation>تُكتب نقاط التحقق أيضًا في %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="221"/>
        <source>%1 UTC, %2 events, the last #%3, hash %4</source>
        <translation>%1 UTC، %2 حدثًا، آخرها رقم %3، البصمة %4</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="227"/>
        <source>The checkpoints file kept elsewhere (or Cancel to use the register&apos;s own)</source>
        <translation>ملف نقاط التحقق المحفوظ في مكان آخر (أو إلغاء لاستخدام ما في السجل)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="230"/>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="267"/>
        <source>Checkpoints (*.jsonl);;All files (*)</source>
        <translation>نقاط التحقق (*.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="245"/>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="246"/>
        <source>Passphrase of the signing key:</source>
        <translation>عبارة مرور مفتاح التوقيع:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="256"/>
        <source>Checkpoint signed and written to %1; keep a copy of that file elsewhere.</source>
        <translation>وُقّعت نقطة التحقق وكُتبت في %1؛ احفظ نسخة من هذا الملف في مكان آخر.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="265"/>
        <source>Where to keep the checkpoints</source>
        <translation>أين تُحفظ نقاط التحقق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="281"/>
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="282"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../registry_app/gui/widgets/background_task.py" line="61"/>
        <source>Cancel</source>
        <translation>إلغاء الأمر</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="51"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="61"/>
        <source>Latest backup</source>
        <translation>آخر نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="65"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="113"/>
        <source>Back up now</source>
        <translation>انسخ احتياطيًا الآن</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="66"/>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="75"/>
        <source>A backup is made when the window closes (once a day) and before every update of the register; the last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>تُنشأ نسخة احتياطية عند إغلاق النافذة (مرة في اليوم) وقبل كل تحديث للسجل؛ وتُحفظ نسخ آخر 7 أيام و4 أسابيع و12 شهرًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="99"/>
        <source>None yet.</source>
        <translation>لا توجد بعد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="102"/>
        <source>%1, %2 MB (%3 kept in %4)</source>
        <translation>%1، %2 م.ب (%3 محفوظة في %4)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="118"/>
        <source>Backed up and checked: %1</source>
        <translation>نُسخ احتياطيًا وتم التحقق: %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="122"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="123"/>
        <source>Backups (*.sqlite3 *.dump);;All files (*)</source>
        <translation>النسخ الاحتياطية (*.sqlite3 *.dump);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="130"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="137"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="144"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="147"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="135"/>
        <source>Replace the register by the backup %1? The register as it is now is kept aside and backed up first.</source>
        <translation>هل تريد استبدال السجل بالنسخة الاحتياطية %1؟ يُحتفظ بالسجل بحالته الحالية جانبًا ويُنسخ احتياطيًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="148"/>
        <source>The register is restored. The register as it was is kept as %1.</source>
        <translation>تمت استعادة السجل. يُحتفظ بالسجل كما كان باسم %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="161"/>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="165"/>
        <source>Full check every</source>
        <translation>فحص كامل كل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="168"/>
        <source>Last full check</source>
        <translation>آخر فحص كامل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="175"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="223"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="233"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="237"/>
        <source>Full check</source>
        <translation>الفحص الكامل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="184"/>
        <source>Not yet run on this computer.</source>
        <translation>لم يُجرَ بعد على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="186"/>
        <source>%1: the register and its newest backup are sound.</source>
        <translation>%1: السجل وأحدث نسخة احتياطية منه سليمان.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="189"/>
        <source>%1: problems found.</source>
        <translation>%1: وُجدت مشكلات.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="234"/>
        <source>The full check found the register damaged (%1). Stop working in it, restore the latest good backup (Settings, Restore…) and ask for help.</source>
        <translation>وجد الفحص الكامل أن السجل تالف (%1). توقّف عن العمل فيه، واستعد آخر نسخة احتياطية سليمة (الإعدادات، استعادة…) واطلب المساعدة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="238"/>
        <source>The newest backup, %1, is damaged (%2). Make a new backup now (Settings, Back up now) and check the disk that holds the backups.</source>
        <translation>أحدث نسخة احتياطية، %1، تالفة (%2). أنشئ نسخة احتياطية جديدة الآن (الإعدادات، انسخ احتياطيًا الآن) وافحص القرص الذي يحفظ النسخ الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="140"/>
        <source>Your centre</source>
        <translation>مركزك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="141"/>
        <source>Every document prints the centre&apos;s name, city and logo, and the certificates its signatory. Set them now; an administrator can change them later in Settings.</source>
        <translation>تطبع كل وثيقة اسم المركز ومدينته وشعاره، وتطبع الشهادات اسم الموقِّع. حدّدها الآن؛ ويمكن لمدير النظام تغييرها لاحقاً في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="148"/>
        <source>Later</source>
        <translation>لاحقاً</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="42"/>
        <source>Name in English</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="42"/>
        <source>Name in French</source>
        <translation>الاسم بالفرنسية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="43"/>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="43"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="44"/>
        <source>Signed by (name)</source>
        <translation>التوقيع باسم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="44"/>
        <source>Signed by (title)</source>
        <translation>صفة الموقِّع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="63"/>
        <source>Choose a logo…</source>
        <translation>اختيار شعار…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="64"/>
        <source>No logo</source>
        <translation>بدون شعار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="45"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="83"/>
        <source>Only an administrator changes the centre&apos;s settings.</source>
        <translation>لا يغيّر إعدادات المركز إلا مدير النظام.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="102"/>
        <source>No logo: certificates print the logos of their template only.</source>
        <translation>لا شعار: لا تطبع الشهادات إلا شعارات نموذجها.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="106"/>
        <source>The centre&apos;s logo</source>
        <translation>شعار المركز</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="107"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="131"/>
        <source>Saved: the documents print these from now on.</source>
        <translation>حُفظ: تطبعها الوثائق من الآن فصاعداً.</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="11"/>
        <source>Serial</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="12"/>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="13"/>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="14"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="15"/>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="16"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="17"/>
        <source>Reprints</source>
        <translation>إعادات الطبع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="18"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="33"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="34"/>
        <source>Valid</source>
        <translation>سارية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="35"/>
        <source>Revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="36"/>
        <source>Superseded</source>
        <translation>مستبدلة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="48"/>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="130"/>
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="51"/>
        <source>Search: serial, name (any script) or course code…</source>
        <translation>بحث: الرقم أو الاسم (بأي كتابة) أو رمز الدورة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="75"/>
        <source>&amp;Graduation…</source>
        <translation>&amp;التخرج…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="76"/>
        <source>&amp;Reprint</source>
        <translation>إعادة ال&amp;طبع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="77"/>
        <source>&amp;Correct and reissue…</source>
        <translation>ت&amp;صحيح وإعادة الإصدار…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="78"/>
        <source>Re&amp;voke…</source>
        <translation>إ&amp;لغاء…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="79"/>
        <source>V&amp;erify…</source>
        <translation>ت&amp;حقق…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="80"/>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="81"/>
        <source>Revocation &amp;list…</source>
        <translation>&amp;قائمة الإلغاءات…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="82"/>
        <source>&amp;Template…</source>
        <translation>&amp;النموذج…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="133"/>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="133"/>
        <source>Passphrase of the signing key:</source>
        <translation>عبارة مرور مفتاح التوقيع:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="175"/>
        <source>Correct and reissue</source>
        <translation>تصحيح وإعادة الإصدار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="176"/>
        <source>What is corrected (correct the participant first)?</source>
        <translation>ما الذي يُصحَّح (صحّح بيانات المشارك أولا)؟</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="197"/>
        <source>Revoke</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="198"/>
        <source>Why is %1 revoked?</source>
        <translation>لماذا تُلغى الشهادة %1؟</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="218"/>
        <source>Export the register</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="219"/>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>جدول (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="237"/>
        <source>Revocation list to publish</source>
        <translation>قائمة الإلغاءات للنشر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="238"/>
        <source>Text (*.txt)</source>
        <translation>نص (*.txt)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="114"/>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="115"/>
        <source>Your new password must have at least 10 characters.</source>
        <translation>يجب أن تتكون كلمة المرور الجديدة من 10 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="117"/>
        <source>&amp;Current password</source>
        <translation>كلمة المرور ال&amp;حالية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="118"/>
        <source>&amp;New password</source>
        <translation>كلمة المرور الج&amp;ديدة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="119"/>
        <source>The new password &amp;again</source>
        <translation>كلمة المرور الجديدة &amp;مرة أخرى</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="29"/>
        <source>Close course %1</source>
        <translation>إغلاق الدورة %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="33"/>
        <source>Each participant in the room is completed or not by the programme&apos;s rule. Select a row and choose Override to decide otherwise, with a reason.</source>
        <translation>يُحكم على كل مشارك حاضر بالإتمام أو عدمه وفق قاعدة البرنامج. اختر سطرا ثم «استثناء» لتقرر خلاف ذلك مع ذكر السبب.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="37"/>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="37"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="37"/>
        <source>Post-test</source>
        <translation>الاختبار البعدي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="38"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="38"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="45"/>
        <source>&amp;Override…</source>
        <translation>&amp;استثناء…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="46"/>
        <source>&amp;Close the course</source>
        <translation>&amp;إغلاق الدورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="69"/>
        <source>%1 participant(s) have no post-test score (%2) and the programme has a pass mark: closed now, they are not completed. Enter the scores on the Attendance page first.</source>
        <translation>ليس لدى %1 مشارك(ين) درجة في الاختبار البعدي (%2) وللبرنامج درجة نجاح: إذا أُغلقت الدورة الآن فلن يُعتبروا مكمِّلين. أدخل الدرجات أولاً في صفحة الحضور.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="75"/>
        <source>Close without these scores all the same</source>
        <translation>الإغلاق رغم ذلك دون هذه الدرجات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="95"/>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="123"/>
        <source>completed</source>
        <translation>أتم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="95"/>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="123"/>
        <source>not completed</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="121"/>
        <source>Override</source>
        <translation>استثناء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="122"/>
        <source>Why is %1 %2 against the rule?</source>
        <translation>لماذا %1 %2 خلافا للقاعدة؟</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="52"/>
        <source>Which column holds what?</source>
        <translation>أي عمود يحتوي على ماذا؟</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="60"/>
        <source>The headings of this file name no column the register knows, or miss some. Say on which row the headings are and choose, under each column, what it holds. The choice is remembered for the organisation that sent the file.</source>
        <translation>عناوين هذا الملف لا تسمي أي عمود يعرفه السجل، أو ينقصها بعضها. حدد سطر العناوين واختر تحت كل عمود ما يحتويه. يُحفظ الاختيار للمؤسسة التي أرسلت الملف.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="65"/>
        <source>Not found: %1.</source>
        <translation>غير موجود: %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="70"/>
        <source>Sheet:</source>
        <translation>الورقة:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="71"/>
        <source>Headings on row:</source>
        <translation>العناوين في السطر:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="109"/>
        <source>Holds</source>
        <translation>يحتوي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="113"/>
        <source>(not read)</source>
        <translation>(لا يُقرأ)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="24"/>
        <source>Changed by someone else</source>
        <translation>عدّله شخص آخر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="27"/>
        <source>Someone else saved this record while you were editing it. Nothing has been overwritten. Where your form and the saved record differ:</source>
        <translation>حفظ شخص آخر هذا السجل أثناء تعديلك له. لم يُستبدل شيء. مواضع الاختلاف بين نموذجك والسجل المحفوظ:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="32"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="32"/>
        <source>In your form</source>
        <translation>في نموذجك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="32"/>
        <source>Saved now</source>
        <translation>المحفوظ الآن</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="40"/>
        <source>Reload the saved record (your changes are dropped)</source>
        <translation>إعادة تحميل السجل المحفوظ (تُلغى تعديلاتك)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="41"/>
        <source>Keep my values and save them over it</source>
        <translation>الإبقاء على قيمي وحفظها فوقه</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="82"/>
        <source>Choose the programme.</source>
        <translation>اختر البرنامج.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="115"/>
        <source>New course</source>
        <translation>دورة جديدة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="192"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="192"/>
        <source>Taught</source>
        <translation>يُدرَّس</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="192"/>
        <source>Morning</source>
        <translation>الصباح</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="193"/>
        <source>Afternoon</source>
        <translation>بعد الظهر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="193"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="207"/>
        <source>recorded</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="258"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>CourseForm</name>
    <message>
        <location filename="../../ui/course_form.ui" line="28"/>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="36"/>
        <source>&amp;Code</source>
        <translation>ال&amp;رمز</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="49"/>
        <source>INV-101/2026-09</source>
        <translation>INV-101/2026-09</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="56"/>
        <source>&amp;Programme</source>
        <translation>الب&amp;رنامج</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="69"/>
        <source>&amp;Starts on</source>
        <translation>تب&amp;دأ في</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="89"/>
        <source>&amp;Ends on</source>
        <translation>&amp;تنتهي في</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="109"/>
        <source>&amp;Venue</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="126"/>
        <source>C&amp;ity</source>
        <translation>ال&amp;مدينة</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="143"/>
        <source>C&amp;ountry</source>
        <translation>الب&amp;لد</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="156"/>
        <source>&amp;Mode</source>
        <translation>ال&amp;نمط</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="169"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="182"/>
        <source>Ca&amp;pacity</source>
        <translation>ال&amp;سعة</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="202"/>
        <source>S&amp;tatus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="215"/>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="241"/>
        <source>Sche&amp;dule</source>
        <translation>الج&amp;دول</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="247"/>
        <source>Untick a day, or a morning or afternoon, that is not taught. Days follow the course dates.</source>
        <translation>ألغِ تحديد يوم أو صباح أو مساء لا تدريس فيه. الأيام تتبع تواريخ الدورة.</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="268"/>
        <source>T&amp;rainers</source>
        <translation>ال&amp;مدربون</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="274"/>
        <source>Tick the trainers of this course and choose the lead trainer.</source>
        <translation>حدد مدربي هذه الدورة واختر المدرب الرئيسي.</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="289"/>
        <source>Lead &amp;trainer</source>
        <translation>المدرب ال&amp;رئيسي</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="305"/>
        <source>&amp;Nominations and enrolment</source>
        <translation>ال&amp;ترشيحات والتسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="352"/>
        <source>Con&amp;firm</source>
        <translation>&amp;تأكيد</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="359"/>
        <source>&amp;Wait-list</source>
        <translation>&amp;قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="366"/>
        <source>&amp;Decline</source>
        <translation>&amp;اعتذار</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="373"/>
        <source>Wit&amp;hdraw</source>
        <translation>&amp;سحب</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="380"/>
        <source>No-sho&amp;w</source>
        <translation>&amp;لم يحضر</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="387"/>
        <source>Nominate a&amp;gain</source>
        <translation>ترشيح مج&amp;ددًا</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="394"/>
        <source>&amp;Promote from the waiting list</source>
        <translation>&amp;ترقية من قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="407"/>
        <source>Nominate</source>
        <translation>ترشيح</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="417"/>
        <source>Find a participant: name, reference, ID document…</source>
        <translation>ابحث عن مشارك: الاسم، المرجع، وثيقة الهوية…</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="431"/>
        <source>&amp;Nominate the selected</source>
        <translation>&amp;ترشيح المحددين</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="438"/>
        <source>Or everyone of an organisation:</source>
        <translation>أو جميع أفراد جهة:</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="458"/>
        <source>Nominate the whole organisation</source>
        <translation>ترشيح الجهة بأكملها</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="465"/>
        <source>Or from a member state&apos;s spreadsheet (drop it on this form):</source>
        <translation>أو من جدول بيانات دولة عضو (أسقطه على هذه الاستمارة):</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="475"/>
        <source>&amp;Import nominations…</source>
        <translation>ا&amp;ستيراد الترشيحات…</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="482"/>
        <source>Nomination &amp;workbook to send…</source>
        <translation>مصنف ال&amp;ترشيحات للإرسال…</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="489"/>
        <source>Export the nominations (.xlsx, .csv)…</source>
        <translation>تصدير الترشيحات (‎.xlsx، ‎.csv)…</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="496"/>
        <source>Export the attendance grid (.xlsx, .csv)…</source>
        <translation>تصدير جدول الحضور (‎.xlsx، ‎.csv)…</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="535"/>
        <source>F&amp;unding</source>
        <translation>التم&amp;ويل</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="541"/>
        <source>The donors who pay for this course, each with the grant reference the course is charged to. Reports for a donor count the courses listed under its name.</source>
        <translation>الجهات المانحة التي تموّل هذه الدورة، ولكلّ منها مرجع المنحة التي تُحمَّل عليها الدورة. تحتسب تقارير الجهة المانحة الدوراتِ المدرجة باسمها.</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="585"/>
        <source>&amp;Add a donor</source>
        <translation>إ&amp;ضافة جهة مانحة</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="592"/>
        <source>Re&amp;move the donor</source>
        <translation>&amp;حذف الجهة المانحة</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="621"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="628"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>DailyCheckpoint</name>
    <message>
        <location filename="../../registry_app/gui/widgets/daily_checkpoint.py" line="61"/>
        <location filename="../../registry_app/gui/widgets/daily_checkpoint.py" line="71"/>
        <source>Audit checkpoint</source>
        <translation>نقطة تحقق التدقيق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/daily_checkpoint.py" line="66"/>
        <source>The daily checkpoint of the audit trail is due: its head is signed with the centre&apos;s key and written to %1.

Passphrase of the signing key (Cancel to skip):</source>
        <translation>حان موعد نقطة التحقق اليومية لسجل التدقيق: يُوقَّع رأسه بمفتاح المركز ويُكتب في %1.

عبارة مرور مفتاح التوقيع (إلغاء للتخطي):</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/daily_checkpoint.py" line="70"/>
        <source>Before closing: %1</source>
        <translation>قبل الإغلاق: %1</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/demo_progress.py" line="29"/>
        <source>Demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/demo_progress.py" line="30"/>
        <source>Creating the demo register…</source>
        <translation>جارٍ إنشاء السجل التجريبي…</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="26"/>
        <source>same ID document number</source>
        <translation>رقم وثيقة الهوية نفسه</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="27"/>
        <source>name that sounds the same, same date of birth and nationality</source>
        <translation>اسم مماثل في النطق، وتاريخ الميلاد والجنسية نفسهما</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="36"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="37"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="38"/>
        <source>Name in another script</source>
        <translation>الاسم بخط آخر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="39"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="40"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="41"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="76"/>
        <source>Already in the register?</source>
        <translation>موجود بالفعل في السجل؟</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="78"/>
        <source>This person may already be in the register. Open the existing record rather than create a second one, unless it is someone else.</source>
        <translation>قد يكون هذا الشخص موجودًا بالفعل في السجل. افتح السجل الموجود بدل إنشاء سجل ثانٍ، ما لم يكن شخصًا آخر.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="83"/>
        <source>Open the existing record</source>
        <translation>فتح السجل الموجود</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="84"/>
        <source>Save a new person anyway</source>
        <translation>حفظ شخص جديد رغم ذلك</translation>
    </message>
</context>
<context>
    <name>EnrolmentModel</name>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="19"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="20"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="21"/>
        <source>Name in another script</source>
        <translation>الاسم بخط آخر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="22"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="23"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="24"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="25"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="26"/>
        <source>Nominated on</source>
        <translation>تاريخ الترشيح</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="107"/>
        <source>Select one or more participants in the list first.</source>
        <translation>حدد أولًا مشاركًا أو أكثر في القائمة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="116"/>
        <source>changed by someone else meanwhile; the list is reloaded, try again.</source>
        <translation>عدّله شخص آخر في الأثناء؛ أُعيد تحميل القائمة، حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="123"/>
        <source>%1 enrolment(s) now %2.</source>
        <translation>%1 تسجيل أصبح الآن: %2.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="134"/>
        <source>%1 participant(s) confirmed from the waiting list.</source>
        <translation>تم تأكيد %1 مشارك من قائمة الانتظار.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="135"/>
        <source>No seat is free, or nobody is waiting.</source>
        <translation>لا يوجد مقعد شاغر أو لا أحد في الانتظار.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="158"/>
        <source>Find and select the participants to nominate first.</source>
        <translation>ابحث أولًا عن المشاركين المراد ترشيحهم وحددهم.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="168"/>
        <source>This organisation has no participant in the register.</source>
        <translation>ليس لهذه الجهة أي مشارك في السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="180"/>
        <source>%1 participant(s) nominated.</source>
        <translation>تم ترشيح %1 مشارك.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="182"/>
        <source>Already on this course: %1.</source>
        <translation>مسجلون بالفعل في هذه الدورة: %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="184"/>
        <source>Archived, not nominated: %1.</source>
        <translation>مؤرشفون، لم يُرشحوا: %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="200"/>
        <source>Seats taken: %1 of %2.</source>
        <translation>المقاعد المشغولة: %1 من %2.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="204"/>
        <source>no organisation</source>
        <translation>بلا جهة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="206"/>
        <source>Nominated, confirmed or waiting</source>
        <translation>المرشحون والمؤكدون والمنتظرون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="206"/>
        <source>By country</source>
        <translation>حسب البلد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="207"/>
        <source>By organisation</source>
        <translation>حسب الجهة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="208"/>
        <source>Women %1 · Men %2</source>
        <translation>النساء %1 · الرجال %2</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../registry_app/gui/errors.py" line="47"/>
        <source>The details were written to %1.</source>
        <translation>كُتبت التفاصيل في %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/errors.py" line="49"/>
        <source>The details could not be written to the log.</source>
        <translation>تعذّرت كتابة التفاصيل في السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/errors.py" line="50"/>
        <source>Something went wrong; this is a fault of the program, not of what you did. Nothing was half-saved.</source>
        <translation>حدث خطأ؛ هذا خلل في البرنامج وليس فيما فعلته. لم يُحفظ أي شيء بشكل ناقص.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/errors.py" line="52"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/errors.py" line="54"/>
        <source>Copy the details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/errors.py" line="77"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="26"/>
        <source>Title</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="27"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="28"/>
        <source>Given names</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="29"/>
        <source>Full name in Arabic script</source>
        <translation>الاسم الكامل بالعربية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="30"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="31"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="32"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="33"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="34"/>
        <source>Agency type</source>
        <translation>نوع المؤسسة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="35"/>
        <source>Acronym of the organisation</source>
        <translation>اختصار المؤسسة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="36"/>
        <source>Rank / position</source>
        <translation>الرتبة / الوظيفة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="37"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="38"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="39"/>
        <source>ID document type</source>
        <translation>نوع وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="40"/>
        <source>ID document number</source>
        <translation>رقم وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="41"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/first_run_dialog.py" line="36"/>
        <source>Register file: %1</source>
        <translation>ملف السجل: %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/first_run_dialog.py" line="38"/>
        <source>The register %1 has no user yet: nobody can open it before its first administrator is made.</source>
        <translation>لا يضم السجل %1 أي مستخدم بعد: لا يمكن لأحد فتحه قبل إنشاء أول مسؤول له.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="9"/>
        <source>A new register</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="15"/>
        <source>This is the first time Training Registry opens on this computer. It will keep the register in a file in your user data folder. How do you want to start?</source>
        <translation>هذه أول مرة يُفتح فيها البرنامج على هذا الحاسوب. سيحفظ السجل في ملف داخل مجلد بياناتك. كيف تريد أن تبدأ؟</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="22"/>
        <source>Start with &amp;demo data (a fictitious programme office, to try the program)</source>
        <translation>البدء ببيانات &amp;تجريبية (مكتب برنامج وهمي لتجربة البرنامج)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="28"/>
        <source>Start &amp;empty (to keep a real register)</source>
        <translation>البدء بسجل &amp;فارغ (لمسك سجل حقيقي)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="40"/>
        <source>The first administrator: you</source>
        <translation>المسؤول الأول: أنت</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="44"/>
        <source>You add the other users and choose what each may do. Choose a password of at least 10 characters and keep it safe: nobody can read the register without signing in.</source>
        <translation>أنت من يضيف المستخدمين الآخرين ويحدد ما يحق لكل منهم. اختر كلمة مرور من 10 أحرف على الأقل واحفظها في مكان آمن: لا يمكن لأحد قراءة السجل دون تسجيل الدخول.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="50"/>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="59"/>
        <source>&amp;Full name</source>
        <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="68"/>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="79"/>
        <source>The password &amp;again</source>
        <translation>كلمة المرور &amp;مرة أخرى</translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message>
        <location filename="../../registry_app/gui/editors/course_funding.py" line="66"/>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_funding.py" line="66"/>
        <source>Grant reference</source>
        <translation>مرجع المنحة</translation>
    </message>
</context>
<context>
    <name>GraduationDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="44"/>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="143"/>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="172"/>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="177"/>
        <source>Graduation</source>
        <translation>التخرج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="48"/>
        <source>Code or title of the course</source>
        <translation>رمز الدورة أو عنوانها</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="53"/>
        <source>Also put the single PDFs in one .zip</source>
        <translation>ضع أيضا ملفات PDF الفردية في ملف .zip</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="55"/>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="55"/>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="56"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="56"/>
        <source>Already holds</source>
        <translation>يحمل بالفعل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="63"/>
        <source>&amp;Course</source>
        <translation>ال&amp;دورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="64"/>
        <source>&amp;Passphrase of the signing key</source>
        <translation>&amp;عبارة مرور مفتاح التوقيع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="67"/>
        <source>&amp;Issue the certificates…</source>
        <translation>إ&amp;صدار الشهادات…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="68"/>
        <source>Print the &amp;originals again…</source>
        <translation>طباعة الأ&amp;صول مرة أخرى…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="71"/>
        <source>The course&apos;s valid certificates written again into a folder, the very files first printed (not duplicates)</source>
        <translation>تُكتب شهادات الدورة الصالحة مرة أخرى في مجلد، وهي الملفات نفسها التي طُبعت أول مرة (لا نسخ مكررة)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="102"/>
        <source>completion</source>
        <translation>إتمام</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="102"/>
        <source>participation</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="104"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="119"/>
        <source>Close the course on the Attendance page before issuing its certificates.</source>
        <translation>أغلق الدورة في صفحة الحضور قبل إصدار شهاداتها.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="121"/>
        <source>%1 certificate(s) to issue.</source>
        <translation>%1 شهادة (شهادات) للإصدار.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="123"/>
        <source>Nobody is left to issue: everyone eligible already holds a certificate. A revoked certificate is replaced by a correction in the certificate register, with its reason.</source>
        <translation>لم يبق أحد تُصدر له شهادة: كل المستحقين يحملون شهادة بالفعل. تُستبدل الشهادة الملغاة بتصحيح في سجل الشهادات مع ذكر السبب.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="126"/>
        <source>%1 participant(s) already hold one and are left out.</source>
        <translation>%1 مشارك(ين) يحملون شهادة بالفعل ولن تُصدر لهم أخرى.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="135"/>
        <source>Where to put the PDFs</source>
        <translation>أين تُحفظ ملفات PDF</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="143"/>
        <source>Issuing the certificates…</source>
        <translation>جارٍ إصدار الشهادات…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="151"/>
        <source>Where to put the originals</source>
        <translation>أين تُحفظ الأصول</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="160"/>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="162"/>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="167"/>
        <source>Print the originals again</source>
        <translation>طباعة الأصول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="160"/>
        <source>Printing the originals again…</source>
        <translation>جارٍ طباعة الأصول مرة أخرى…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="164"/>
        <source>%1 original(s) printed again, as first issued, in %2</source>
        <translation>طُبع %1 أصل مرة أخرى، كما صدر أول مرة، في %2</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="166"/>
        <source>The course has no valid certificate to print.</source>
        <translation>ليس للدورة أي شهادة صالحة للطباعة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="178"/>
        <source>%1 certificate(s) issued, in %2</source>
        <translation>صدرت %1 شهادة في %2</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/help_dialog.py" line="20"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/help_dialog.py" line="27"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/help_dialog.py" line="32"/>
        <source>&amp;Contents</source>
        <translation>&amp;المحتويات</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="20"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="20"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="22"/>
        <source>F</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="22"/>
        <source>M</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="23"/>
        <source>AM</source>
        <translation>صباحاً</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="23"/>
        <source>PM</source>
        <translation>مساءً</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="25"/>
        <source>Northern Africa</source>
        <translation>شمال أفريقيا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="26"/>
        <source>Western Africa</source>
        <translation>غرب أفريقيا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="27"/>
        <source>Middle Africa</source>
        <translation>وسط أفريقيا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="28"/>
        <source>Eastern Africa</source>
        <translation>شرق أفريقيا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="29"/>
        <source>Southern Africa</source>
        <translation>الجنوب الأفريقي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="30"/>
        <source>Americas</source>
        <translation>الأمريكتان</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="31"/>
        <source>Asia</source>
        <translation>آسيا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="32"/>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="33"/>
        <source>Oceania</source>
        <translation>أوقيانوسيا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="36"/>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="37"/>
        <source>Gendarmerie</source>
        <translation>الدرك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="38"/>
        <source>Prosecution and judiciary</source>
        <translation>النيابة العامة والقضاء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="39"/>
        <source>Prison administration</source>
        <translation>إدارة السجون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="40"/>
        <source>Border, customs, immigration</source>
        <translation>الحدود والجمارك والهجرة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="41"/>
        <source>Intelligence</source>
        <translation>الاستخبارات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="42"/>
        <source>Ministry</source>
        <translation>وزارة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="43"/>
        <source>Military</source>
        <translation>القوات المسلحة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="44"/>
        <source>International organisation</source>
        <translation>منظمة دولية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="45"/>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="48"/>
        <source>Planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="49"/>
        <source>Open for nominations</source>
        <translation>مفتوحة للترشيحات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="50"/>
        <source>Running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="51"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="52"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="55"/>
        <source>Nominated</source>
        <translation>مرشَّح</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="56"/>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="57"/>
        <source>Wait-listed</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="58"/>
        <source>Declined</source>
        <translation>اعتذر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="59"/>
        <source>Withdrawn</source>
        <translation>انسحب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="60"/>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="61"/>
        <source>Completed</source>
        <translation>أتمّ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="62"/>
        <source>Not completed</source>
        <translation>لم يُتمّ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="65"/>
        <source>In person</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="66"/>
        <source>Online</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="67"/>
        <source>Blended</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="70"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="71"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="72"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="73"/>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="76"/>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="77"/>
        <source>National identity card</source>
        <translation>بطاقة التعريف الوطنية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="78"/>
        <source>Service card</source>
        <translation>بطاقة مهنية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="79"/>
        <source>Other document</source>
        <translation>وثيقة أخرى</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="82"/>
        <source>Left out of the count</source>
        <translation>لا تدخل في الحساب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="83"/>
        <source>Counted as attended</source>
        <translation>تُحتسب حضورًا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="84"/>
        <source>Counted as absent</source>
        <translation>تُحتسب غيابًا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="127"/>
        <source>valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="128"/>
        <source>revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="129"/>
        <source>superseded</source>
        <translation>مستبدَلة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="134"/>
        <source>Account activated</source>
        <translation>تفعيل حساب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="135"/>
        <source>User added</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="136"/>
        <source>Archived</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="137"/>
        <source>Audit checkpoint signed</source>
        <translation>توقيع نقطة مراجعة لسجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="138"/>
        <source>Password changed</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="139"/>
        <source>Role changed</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="140"/>
        <source>Course closed</source>
        <translation>إغلاق الدورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="141"/>
        <source>Created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="142"/>
        <source>Server login created</source>
        <translation>إنشاء حساب دخول على الخادم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="143"/>
        <source>First administrator created</source>
        <translation>إنشاء أول مسؤول</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="144"/>
        <source>Signing key created</source>
        <translation>إنشاء مفتاح التوقيع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="145"/>
        <source>Account deactivated</source>
        <translation>تعطيل حساب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="146"/>
        <source>Demo data created</source>
        <translation>إنشاء بيانات تجريبية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="147"/>
        <source>Exported</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="148"/>
        <source>Audit trail exported</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="149"/>
        <source>Nominations imported</source>
        <translation>استيراد الترشيحات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="150"/>
        <source>Certificate issued</source>
        <translation>إصدار شهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="151"/>
        <source>Account locked</source>
        <translation>قفل الحساب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="152"/>
        <source>Attendance marked</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="153"/>
        <source>Duplicates merged</source>
        <translation>دمج سجلات مكررة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="154"/>
        <source>Enrolment status changed</source>
        <translation>تغيير حالة التسجيل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="155"/>
        <source>Nomination recorded</source>
        <translation>تسجيل ترشيح</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="156"/>
        <source>Outcome recorded</source>
        <translation>تسجيل النتيجة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="157"/>
        <source>Printed</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="158"/>
        <source>Originals printed again</source>
        <translation>إعادة طباعة الأصول</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="159"/>
        <source>Taken off the waiting list</source>
        <translation>نقل من قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="160"/>
        <source>Revocation list published</source>
        <translation>نشر قائمة الإلغاء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="161"/>
        <source>Duplicate printed</source>
        <translation>طباعة نسخة مطابقة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="162"/>
        <source>Password reset</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="163"/>
        <source>Restored</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="164"/>
        <source>Certificate revoked</source>
        <translation>إلغاء شهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="165"/>
        <source>Scores entered</source>
        <translation>إدخال الدرجات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="166"/>
        <source>Signed in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="167"/>
        <source>Sign-in failed</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="168"/>
        <source>Certificate superseded</source>
        <translation>استبدال شهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="169"/>
        <source>Certificate template changed</source>
        <translation>تغيير نموذج الشهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="170"/>
        <source>Changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="171"/>
        <source>Audit trail verified</source>
        <translation>التحقق من سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="172"/>
        <source>Certificate verified</source>
        <translation>التحقق من شهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="175"/>
        <source>attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="176"/>
        <source>audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="177"/>
        <source>certificate</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="178"/>
        <source>certificate register</source>
        <translation>سجل الشهادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="179"/>
        <source>course</source>
        <translation>دورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="180"/>
        <source>enrolment</source>
        <translation>تسجيل في دورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="181"/>
        <source>nominations</source>
        <translation>الترشيحات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="182"/>
        <source>organisation</source>
        <translation>هيئة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="183"/>
        <source>participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="184"/>
        <source>list of participants</source>
        <translation>قائمة المشاركين</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="185"/>
        <source>programme</source>
        <translation>برنامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="186"/>
        <source>register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="187"/>
        <source>report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="188"/>
        <source>seal</source>
        <translation>الختم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="189"/>
        <source>setting</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="190"/>
        <source>trainer</source>
        <translation>مدرب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="191"/>
        <source>user</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="194"/>
        <source>completion</source>
        <translation>إتمام</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="195"/>
        <source>participation</source>
        <translation>مشاركة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="84"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="85"/>
        <source>Organisations</source>
        <translation>الهيئات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="86"/>
        <source>Programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="87"/>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="88"/>
        <source>Trainers</source>
        <translation>المدربون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="89"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="90"/>
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="91"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="92"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="98"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="101"/>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="176"/>
        <source>Open another register…</source>
        <translation>فتح سجل آخر…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/language_change.py" line="41"/>
        <location filename="../../registry_app/gui/main_window.py" line="245"/>
        <source>User: %1</source>
        <translation>المستخدم: %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/language_change.py" line="43"/>
        <location filename="../../registry_app/gui/main_window.py" line="256"/>
        <source>Change my &amp;password…</source>
        <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="297"/>
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="353"/>
        <source>The daily backup failed</source>
        <translation>فشل النسخ الاحتياطي اليومي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>Training Registry</source>
        <translation>Training Registry</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="35"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="40"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="54"/>
        <source>&amp;New record…</source>
        <translation>سجل ج&amp;ديد…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <source>A new record in the list shown: participant, organisation, programme, course or trainer</source>
        <translation>سجل جديد في القائمة المعروضة: مشارك أو جهة أو برنامج أو دورة أو مدرب</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="63"/>
        <source>&amp;Find…</source>
        <translation>ب&amp;حث…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="64"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="68"/>
        <source>The guide&apos;s page on the section shown</source>
        <translation>صفحة الدليل الخاصة بالقسم المعروض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="72"/>
        <source>&amp;About Training Registry</source>
        <translation>&amp;حول Training Registry</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="112"/>
        <source>Merge a duplicate</source>
        <translation>دمج سجل مكرر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="116"/>
        <source>Choose the other record of %1. Its courses, attendance and certificates move to this record; it is then archived. The merge is written in the audit trail.</source>
        <translation>اختر السجل الآخر لـ %1. تنتقل دوراته وحضوره وشهاداته إلى هذا السجل ثم يُؤرشف. يُسجَّل الدمج في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="122"/>
        <source>Or type the other record&apos;s reference, e.g. P-000123</source>
        <translation>أو اكتب مرجع السجل الآخر، مثلًا P-000123</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="125"/>
        <source>Merge into this record</source>
        <translation>الدمج في هذا السجل</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="71"/>
        <source>&amp;New password</source>
        <translation>كلمة المرور الج&amp;ديدة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="72"/>
        <source>The new password &amp;again</source>
        <translation>كلمة المرور الجديدة &amp;مرة أخرى</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="46"/>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="47"/>
        <source>The person signs in with this user name and password, and may change the password afterwards.</source>
        <translation>يسجّل الشخص الدخول بهذا الاسم وكلمة المرور هذه، ويمكنه تغييرها لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="49"/>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="50"/>
        <source>&amp;Full name</source>
        <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="55"/>
        <source>&amp;Role</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="56"/>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="57"/>
        <source>The password &amp;again</source>
        <translation>كلمة المرور &amp;مرة أخرى</translation>
    </message>
</context>
<context>
    <name>NominationFiles</name>
    <message>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="52"/>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="59"/>
        <source>Import nominations</source>
        <translation>استيراد الترشيحات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="53"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>جداول البيانات (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="60"/>
        <source>Save the course first, then import its nominations.</source>
        <translation>احفظ الدورة أولاً ثم استورد ترشيحاتها.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="77"/>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="85"/>
        <source>Nomination workbook</source>
        <translation>مصنف الترشيحات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="78"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>المصنفات (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>NominationsImportDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="51"/>
        <source>Import nominations into %1</source>
        <translation>استيراد الترشيحات إلى %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="56"/>
        <source>(not said)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="60"/>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="63"/>
        <source>Row</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="60"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="61"/>
        <source>Match</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="63"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="63"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="63"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="64"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="80"/>
        <source>&amp;Fix the value…</source>
        <translation>ت&amp;صحيح القيمة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="81"/>
        <source>&amp;Pick the match…</source>
        <translation>ا&amp;ختيار المطابقة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="82"/>
        <source>&amp;Skip the row / take it back</source>
        <translation>ت&amp;خطي السطر / استعادته</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="83"/>
        <source>&amp;Map the columns…</source>
        <translation>رب&amp;ط الأعمدة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="89"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="95"/>
        <source>Sent by:</source>
        <translation>أرسله:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="122"/>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="139"/>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="307"/>
        <source>Import nominations</source>
        <translation>استيراد الترشيحات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="122"/>
        <source>Reading %1…</source>
        <translation>قراءة %1…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="161"/>
        <source>%1 (sheet %2): %3 rows — %4 new participants, %5 in the register, %6 already on the course, %7 with problems, %8 skipped.</source>
        <translation>%1 (الورقة %2): %3 سطراً — %4 مشاركين جدد، %5 في السجل، %6 مسجلين في الدورة، %7 بها مشاكل، %8 متخطاة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="177"/>
        <source>&amp;Import %1 rows</source>
        <translation>ا&amp;ستيراد %1 سطراً</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="180"/>
        <source>problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="180"/>
        <source>skipped</source>
        <translation>متخطى</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="180"/>
        <source>already on the course</source>
        <translation>مسجل في الدورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="181"/>
        <source>in the register</source>
        <translation>في السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="181"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="215"/>
        <source>%1 candidates</source>
        <translation>%1 مرشحين</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="260"/>
        <source>Fix the value</source>
        <translation>تصحيح القيمة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="281"/>
        <source>A new participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="283"/>
        <source>Who is this?</source>
        <translation>من هذا؟</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="283"/>
        <source>This row is:</source>
        <translation>هذا السطر هو:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="307"/>
        <source>Writing the nominations…</source>
        <translation>تسجيل الترشيحات…</translation>
    </message>
</context>
<context>
    <name>OpenFailure</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/open_failure_dialog.py" line="26"/>
        <source>The register cannot be opened</source>
        <translation>تعذر فتح السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/open_failure_dialog.py" line="28"/>
        <source>Nothing was created or changed. Choose another register, or quit.</source>
        <translation>لم يُنشأ أو يُغيَّر شيء. اختر سجلًا آخر أو اخرج.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/open_failure_dialog.py" line="30"/>
        <source>Choose another register…</source>
        <translation>اختيار سجل آخر…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/open_failure_dialog.py" line="34"/>
        <source>Restore the latest good backup (%1)</source>
        <translation>استعادة آخر نسخة احتياطية سليمة (%1)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/open_failure_dialog.py" line="39"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="40"/>
        <source>Choose the type of organisation.</source>
        <translation>اختر نوع الجهة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="41"/>
        <source>Choose the country.</source>
        <translation>اختر البلد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="53"/>
        <source>New organisation</source>
        <translation>جهة جديدة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="58"/>
        <source>%1 participant(s) of this organisation in the register.</source>
        <translation>%1 مشارك من هذه الجهة في السجل.</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/organisation_form.ui" line="42"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="59"/>
        <source>&amp;Acronym</source>
        <translation>الا&amp;ختصار</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="76"/>
        <source>&amp;Type</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="89"/>
        <source>&amp;Country</source>
        <translation>الب&amp;لد</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="130"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="137"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="144"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="58"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="68"/>
        <source>Choose F or M.</source>
        <translation>اختر أنثى أو ذكر.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="70"/>
        <source>Choose the nationality.</source>
        <translation>اختر الجنسية.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="97"/>
        <source>New participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="146"/>
        <source>This is the record already in the register; what you typed was not saved.</source>
        <translation>هذا هو السجل الموجود في السجل؛ لم يُحفظ ما كتبته.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="158"/>
        <source>Save or undo your changes before merging.</source>
        <translation>احفظ تعديلاتك أو تراجع عنها قبل الدمج.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="174"/>
        <source>%1 was merged into this record and archived.</source>
        <translation>تم دمج %1 في هذا السجل وأرشفته.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="189"/>
        <source>This file is not a picture that can be read.</source>
        <translation>هذا الملف ليس صورة يمكن قراءتها.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="194"/>
        <source>Choose a photo</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="195"/>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="220"/>
        <source>No photo</source>
        <translation>لا صورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="230"/>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="230"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="230"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="230"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="231"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="231"/>
        <source>Pre-test</source>
        <translation>الاختبار القبلي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="231"/>
        <source>Post-test</source>
        <translation>الاختبار البعدي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="231"/>
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="251"/>
        <source>Not nominated to any course yet.</source>
        <translation>لم يُرشَّح لأي دورة بعد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="253"/>
        <source>Nominated to %1 course(s); completed %2; %3 certificate(s).</source>
        <translation>رُشِّح لـ %1 دورة؛ أتمّ %2؛ %3 شهادة.</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../ui/participant_form.ui" line="41"/>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="49"/>
        <source>&amp;Title</source>
        <translation>ال&amp;لقب</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="62"/>
        <source>Mr, Ms, Dr, Judge…</source>
        <translation>السيد، السيدة، الدكتور، القاضي…</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="69"/>
        <source>&amp;Given names</source>
        <translation>الاسم ال&amp;شخصي</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="86"/>
        <source>&amp;Family name</source>
        <translation>اسم ال&amp;عائلة</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="103"/>
        <source>Name in &amp;another script</source>
        <translation>الاسم ب&amp;خط آخر</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="123"/>
        <source>&amp;Sex</source>
        <translation>الج&amp;نس</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="136"/>
        <source>Date of &amp;birth</source>
        <translation>تاريخ ال&amp;ميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="156"/>
        <source>&amp;Nationality</source>
        <translation>الج&amp;نسية</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="169"/>
        <source>&amp;Organisation</source>
        <translation>الج&amp;هة</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="182"/>
        <source>&amp;Rank or position</source>
        <translation>ال&amp;رتبة أو المنصب</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="199"/>
        <source>&amp;E-mail</source>
        <translation>البريد الإل&amp;كتروني</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="212"/>
        <source>name@agency.gov</source>
        <translation>name@agency.gov</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="219"/>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="232"/>
        <source>+212 537 00 00 00</source>
        <translation>+212 537 00 00 00</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="239"/>
        <source>Preferred &amp;language</source>
        <translation>ال&amp;لغة المفضلة</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="252"/>
        <source>ID &amp;document</source>
        <translation>&amp;وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="265"/>
        <source>ID document n&amp;umber</source>
        <translation>ر&amp;قم الوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="282"/>
        <source>No&amp;tes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="327"/>
        <source>No photo</source>
        <translation>لا صورة</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="334"/>
        <source>C&amp;hoose photo…</source>
        <translation>&amp;اختيار صورة…</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="341"/>
        <source>Remove photo</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="368"/>
        <source>Courses and certificates</source>
        <translation>الدورات والشهادات</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="409"/>
        <source>&amp;Merge a duplicate…</source>
        <translation>&amp;دمج سجل مكرر…</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="423"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="430"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="437"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="30"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="31"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="32"/>
        <source>Given names</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="33"/>
        <source>Name in another script</source>
        <translation>الاسم بخط آخر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="34"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="35"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="36"/>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="37"/>
        <source>Rank / position</source>
        <translation>الرتبة / الوظيفة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="57"/>
        <source>Sounds like what you typed, or written otherwise: not an exact match.</source>
        <translation>يُنطق مثل ما كتبته أو يُكتب بطريقة أخرى: ليس تطابقًا تامًّا.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="27"/>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="27"/>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="49"/>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="51"/>
        <source>All nationalities</source>
        <translation>كل الجنسيات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="54"/>
        <source>All organisations</source>
        <translation>كل الهيئات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="56"/>
        <source>Women and men</source>
        <translation>نساء ورجال</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="135"/>
        <source>No participant matches.</source>
        <translation>لا يوجد مشارك مطابق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="135"/>
        <source>The register has no participant yet.</source>
        <translation>لا يضم السجل أي مشارك بعد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="138"/>
        <source>%1 participant(s) match; below them, %2 whose names are written otherwise or sound alike, marked ≈.</source>
        <translation>%1 مشارك(ين) مطابق(ين)؛ وتحتهم %2 تُكتب أسماؤهم بطريقة أخرى أو تُنطق بشكل مشابه، مع العلامة ≈.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="142"/>
        <source>%1 participants match; names written otherwise or sounding alike follow them, marked ≈, at the end of the list.</source>
        <translation>%1 مشاركًا مطابقًا؛ وتليهم في آخر القائمة الأسماء المكتوبة بطريقة أخرى أو المتشابهة في النطق، مع العلامة ≈.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="145"/>
        <source>1 participant matches.</source>
        <translation>مشارك واحد مطابق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="145"/>
        <source>1 participant in the register.</source>
        <translation>مشارك واحد في السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="147"/>
        <source>No name matches exactly; %1 participant(s) with names that sound alike.</source>
        <translation>لا يوجد اسم مطابق تماما؛ %1 مشارك بأسماء متقاربة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="149"/>
        <source>%1 participants match.</source>
        <translation>عدد المشاركين المطابقين: %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="151"/>
        <source>%1 participants in the register.</source>
        <translation>عدد المشاركين في السجل: %1</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="11"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="20"/>
        <source>Search: name in Latin or Arabic script, reference, e-mail, ID document…</source>
        <translation>بحث: الاسم بالحروف اللاتينية أو العربية، المرجع، البريد الإلكتروني، وثيقة الهوية…</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="23"/>
        <source>Search participants</source>
        <translation>البحث عن المشاركين</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="34"/>
        <source>E&amp;xport the list…</source>
        <translation>ت&amp;صدير القائمة…</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="35"/>
        <source>The participants as listed (search, filters, order) to an .xlsx or .csv file</source>
        <translation>المشاركون كما هم معروضون (البحث والمرشحات والترتيب) في ملف ‎.xlsx أو ‎.csv</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="44"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="50"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="56"/>
        <source>Type of organisation</source>
        <translation>نوع الهيئة</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="62"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="67"/>
        <source>Include the archived</source>
        <translation>تضمين المؤرشفين</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="29"/>
        <source>&amp;New participant…</source>
        <translation>مشارك ج&amp;ديد…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="30"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="31"/>
        <source>&amp;Save as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="43"/>
        <source>Save the PDF</source>
        <translation>حفظ ملف PDF</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="50"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="50"/>
        <source>The file could not be written: %1</source>
        <translation>تعذرت كتابة الملف: %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="116"/>
        <source>No test</source>
        <translation>بدون اختبار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="120"/>
        <source>Choose the thematic area.</source>
        <translation>اختر المجال الموضوعي.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="143"/>
        <source>New programme</source>
        <translation>برنامج جديد</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <location filename="../../ui/programme_form.ui" line="42"/>
        <source>&amp;Code</source>
        <translation>ال&amp;رمز</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="55"/>
        <source>INV-101</source>
        <translation>INV-101</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="62"/>
        <source>Title in &amp;English</source>
        <translation>العنوان بالإنج&amp;ليزية</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="79"/>
        <source>Title in &amp;French</source>
        <translation>العنوان بال&amp;فرنسية</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="96"/>
        <source>Title in &amp;Arabic</source>
        <translation>العنوان بال&amp;عربية</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="116"/>
        <source>T&amp;hematic area</source>
        <translation>المجال ال&amp;موضوعي</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="129"/>
        <source>Nominal &amp;hours</source>
        <translation>ال&amp;ساعات المقررة</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="149"/>
        <source>&amp;Minimum attendance</source>
        <translation>الحد الأدنى لل&amp;حضور</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="165"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="172"/>
        <source>&amp;Pass mark (post-test)</source>
        <translation>علامة ال&amp;نجاح (الاختبار البعدي)</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="192"/>
        <source>E&amp;xcused absences</source>
        <translation>الغياب ب&amp;عذر</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="205"/>
        <source>Accreditation &amp;body</source>
        <translation>&amp;هيئة الاعتماد</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="222"/>
        <source>Accreditation &amp;reference</source>
        <translation>&amp;مرجع الاعتماد</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="257"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="264"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="271"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="203"/>
        <source>Archived: this record is kept for its history but left out of lists and choices.</source>
        <translation>مؤرشف: يُحتفظ بهذا السجل لتاريخه لكنه لا يظهر في القوائم والخيارات.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="207"/>
        <source>Bring back</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="207"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="222"/>
        <source>Correct the fields marked in red, then save again.</source>
        <translation>صحّح الحقول المعلَّمة بالأحمر ثم احفظ مجددًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="241"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="265"/>
        <source>Reloaded: the form shows the record as it is now saved.</source>
        <translation>أُعيد التحميل: يعرض النموذج السجل كما هو محفوظ الآن.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="271"/>
        <source>Not saved: someone else changed this record. Reload it before saving.</source>
        <translation>لم يُحفظ: عدّل شخص آخر هذا السجل. أعد تحميله قبل الحفظ.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="294"/>
        <source>Save or undo your changes before archiving.</source>
        <translation>احفظ تعديلاتك أو تراجع عنها قبل الأرشفة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="303"/>
        <source>Archived.</source>
        <translation>تمت الأرشفة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="303"/>
        <source>Brought back from the archive.</source>
        <translation>تم الاسترجاع من الأرشيف.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="311"/>
        <source>This form has changes that are not saved. Save them?</source>
        <translation>في هذا النموذج تعديلات غير محفوظة. هل تريد حفظها؟</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../ui/record_list_page.ui" line="32"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/record_list_page.ui" line="53"/>
        <source>Include the archived</source>
        <translation>تضمين المؤرشفين</translation>
    </message>
    <message>
        <location filename="../../ui/record_list_page.ui" line="42"/>
        <source>&amp;New…</source>
        <translation>ج&amp;ديد…</translation>
    </message>
</context>
<context>
    <name>RegisterChooser</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="32"/>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="108"/>
        <source>Choose a register</source>
        <translation>اختيار سجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="36"/>
        <source>A register file on this computer (SQLite)</source>
        <translation>ملف سجل على هذا الحاسوب (SQLite)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="37"/>
        <source>A register on a PostgreSQL server</source>
        <translation>سجل على خادم PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="48"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="49"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="59"/>
        <source>register.sqlite3</source>
        <translation>register.sqlite3</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="62"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="65"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="79"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="79"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="80"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="80"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="81"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="109"/>
        <source>Registers (*.sqlite3 *.db);;All files (*)</source>
        <translation>السجلات (*.sqlite3 *.db);;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>RegisterPages</name>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="28"/>
        <source>Organisations</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="29"/>
        <source>Search: name or acronym, in any script…</source>
        <translation>بحث: الاسم أو الاختصار، بأي كتابة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="31"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="31"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="32"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="32"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="33"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="38"/>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="40"/>
        <source>All types</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="45"/>
        <source>1 organisation in the register.</source>
        <translation>جهة واحدة في السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="46"/>
        <source>%1 organisations in the register.</source>
        <translation>%1 جهة في السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="47"/>
        <source>The register has no organisation yet.</source>
        <translation>لا يضم السجل أي جهة بعد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="48"/>
        <source>1 organisation matches.</source>
        <translation>جهة واحدة مطابقة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="49"/>
        <source>%1 organisations match.</source>
        <translation>%1 جهة مطابقة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="50"/>
        <source>No organisation matches.</source>
        <translation>لا توجد جهة مطابقة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="51"/>
        <source>&amp;New organisation…</source>
        <translation>جهة ج&amp;ديدة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="57"/>
        <source>Programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="58"/>
        <source>Search: code or title in English, French or Arabic…</source>
        <translation>بحث: الرمز أو العنوان بالإنجليزية أو الفرنسية أو العربية…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="60"/>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="84"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="60"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="61"/>
        <source>Thematic area</source>
        <translation>المجال الموضوعي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="61"/>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="62"/>
        <source>Minimum attendance</source>
        <translation>الحد الأدنى للحضور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="62"/>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="81"/>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="122"/>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="66"/>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="99"/>
        <source>All thematic areas</source>
        <translation>جميع المجالات الموضوعية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="69"/>
        <source>1 programme in the register.</source>
        <translation>برنامج واحد في السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="70"/>
        <source>%1 programmes in the register.</source>
        <translation>%1 برنامج في السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="71"/>
        <source>The register has no programme yet.</source>
        <translation>لا يضم السجل أي برنامج بعد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="72"/>
        <source>1 programme matches.</source>
        <translation>برنامج واحد مطابق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="73"/>
        <source>%1 programmes match.</source>
        <translation>%1 برنامج مطابق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="74"/>
        <source>No programme matches.</source>
        <translation>لا يوجد برنامج مطابق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="75"/>
        <source>&amp;New programme…</source>
        <translation>برنامج ج&amp;ديد…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="82"/>
        <source>Search: course code, programme, venue or city…</source>
        <translation>بحث: رمز الدورة، البرنامج، المكان أو المدينة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="84"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="85"/>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="85"/>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="86"/>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="86"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="87"/>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="87"/>
        <source>Seats taken</source>
        <translation>المقاعد المشغولة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="94"/>
        <source>All years</source>
        <translation>جميع السنوات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="96"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="103"/>
        <source>1 course in the register.</source>
        <translation>دورة واحدة في السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="104"/>
        <source>%1 courses in the register.</source>
        <translation>%1 دورة في السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="105"/>
        <source>The register has no course yet.</source>
        <translation>لا يضم السجل أي دورة بعد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="106"/>
        <source>1 course matches.</source>
        <translation>دورة واحدة مطابقة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="107"/>
        <source>%1 courses match.</source>
        <translation>%1 دورة مطابقة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="108"/>
        <source>No course matches.</source>
        <translation>لا توجد دورة مطابقة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="109"/>
        <source>&amp;New course…</source>
        <translation>دورة ج&amp;ديدة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="116"/>
        <source>Trainers</source>
        <translation>المدربون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="117"/>
        <source>Search: name, affiliation, expertise, e-mail…</source>
        <translation>بحث: الاسم، الانتماء، الخبرة، البريد…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="119"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="119"/>
        <source>Given names</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="120"/>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="120"/>
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="121"/>
        <source>Expertise</source>
        <translation>الخبرة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="121"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="125"/>
        <source>Women and men</source>
        <translation>نساء ورجال</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="128"/>
        <source>1 trainer in the register.</source>
        <translation>مدرب واحد في السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="129"/>
        <source>%1 trainers in the register.</source>
        <translation>%1 مدرب في السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="130"/>
        <source>The register has no trainer yet.</source>
        <translation>لا يضم السجل أي مدرب بعد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="131"/>
        <source>1 trainer matches.</source>
        <translation>مدرب واحد مطابق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="132"/>
        <source>%1 trainers match.</source>
        <translation>%1 مدرب مطابق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="133"/>
        <source>No trainer matches.</source>
        <translation>لا يوجد مدرب مطابق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="134"/>
        <source>&amp;New trainer…</source>
        <translation>مدرب ج&amp;ديد…</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="45"/>
        <source>Officials trained by region</source>
        <translation>المسؤولون المدرَّبون حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="45"/>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="94"/>
        <source>Officials trained</source>
        <translation>المسؤولون المدرَّبون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="47"/>
        <source>Women and men by thematic area</source>
        <translation>النساء والرجال حسب المجال المواضيعي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="48"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="48"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="49"/>
        <source>Officials trained by quarter</source>
        <translation>المسؤولون المدرَّبون حسب الربع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="50"/>
        <source>Training places by agency type</source>
        <translation>مقاعد التدريب حسب نوع الجهة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="51"/>
        <source>Training places</source>
        <translation>مقاعد التدريب</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../../registry_app/gui/pages/reports_settings.py" line="18"/>
        <location filename="../../registry_app/gui/pages/reports_settings.py" line="56"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_settings.py" line="27"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_settings.py" line="33"/>
        <source>Hide counts of fewer people than</source>
        <translation>إخفاء الأعداد التي تقل عن</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_settings.py" line="43"/>
        <source>In reports that leave the building (PDF, workbook, CSV) a smaller count is shown as &quot;&lt; N&quot;; 0 hides nothing.</source>
        <translation>في التقارير التي تخرج من المؤسسة (PDF، مصنف، CSV) يظهر العدد الأصغر بالشكل &quot;&lt; N&quot;؛ والصفر لا يخفي شيئاً.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_settings.py" line="46"/>
        <source>Saved: counts under %1 are hidden.</source>
        <translation>تم الحفظ: تُخفى الأعداد التي تقل عن %1.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="55"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="257"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="260"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="356"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="359"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="386"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="390"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="71"/>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="108"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="110"/>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="112"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="114"/>
        <source>Any donor</source>
        <translation>كل الجهات المانحة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="116"/>
        <source>Any thematic area</source>
        <translation>كل المجالات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="118"/>
        <source>Any programme</source>
        <translation>كل البرامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="120"/>
        <source>Any region</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="122"/>
        <source>Any country</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="124"/>
        <source>Any agency type</source>
        <translation>كل أنواع الجهات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="129"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="47"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="129"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="47"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="126"/>
        <source>Women and men</source>
        <translation>النساء والرجال</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="140"/>
        <source>Results pack (PDF)…</source>
        <translation>ملف النتائج (PDF)…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="140"/>
        <source>Workbook…</source>
        <translation>مصنف…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="141"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="167"/>
        <source>This year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="167"/>
        <source>Last year</source>
        <translation>السنة الماضية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="169"/>
        <source>Quarter %1 of %2</source>
        <translation>الربع %1 من %2</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="171"/>
        <source>Since %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="172"/>
        <source>Dates chosen</source>
        <translation>تواريخ مختارة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="247"/>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="193"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="267"/>
        <source>Click a bar or a row to list the participants behind it.</source>
        <translation>انقر على عمود أو سطر لعرض المشاركين الذين يحتسبهم.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="270"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="46"/>
        <source>Officials trained</source>
        <translation>المسؤولون المدرَّبون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="270"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="48"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="56"/>
        <source>Training places</source>
        <translation>مقاعد التدريب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="271"/>
        <source>Share of women</source>
        <translation>نسبة النساء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="271"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="50"/>
        <source>Person-days</source>
        <translation>أيام التدريب للأشخاص</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="272"/>
        <source>Completion rate</source>
        <translation>معدل الإتمام</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="273"/>
        <source>Participation rate</source>
        <translation>معدل المشاركة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="274"/>
        <source>Pre-/post-test mean</source>
        <translation>متوسط الاختبار القبلي / البعدي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="274"/>
        <source>Improved their score</source>
        <translation>حسّنوا نتيجتهم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="275"/>
        <source>Certificates issued</source>
        <translation>الشهادات الصادرة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="276"/>
        <source>Courses delivered</source>
        <translation>الدورات المنفذة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="19"/>
        <source>By region</source>
        <translation>حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="20"/>
        <source>By country</source>
        <translation>حسب البلد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="21"/>
        <source>By agency type</source>
        <translation>حسب نوع الجهة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="22"/>
        <source>By thematic area</source>
        <translation>حسب المجال المواضيعي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="23"/>
        <source>By programme</source>
        <translation>حسب البرنامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="24"/>
        <source>By course</source>
        <translation>حسب الدورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="25"/>
        <source>By year</source>
        <translation>حسب السنة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="26"/>
        <source>By quarter</source>
        <translation>حسب الربع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="27"/>
        <source>Courses by venue</source>
        <translation>الدورات حسب المكان</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="28"/>
        <source>Courses by mode</source>
        <translation>الدورات حسب النمط</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="29"/>
        <source>Courses by language</source>
        <translation>الدورات حسب اللغة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="45"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="54"/>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="49"/>
        <source>Completed</source>
        <translation>أتمّوا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="55"/>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="34"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="34"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="35"/>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="35"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="36"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="37"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="38"/>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="38"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="362"/>
        <source>%1: %2 places, %3 people</source>
        <translation>%1: %2 مقعداً، %3 شخصاً</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="375"/>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="386"/>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="56"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="237"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="244"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="293"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="62"/>
        <source>the --db option</source>
        <translation>الخيار --db</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="62"/>
        <source>the REGISTRY_DB environment variable</source>
        <translation>متغير البيئة REGISTRY_DB</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="63"/>
        <source>the settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="63"/>
        <source>the default file of this user</source>
        <translation>الملف الافتراضي لهذا المستخدم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="68"/>
        <source>Register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="69"/>
        <source>Chosen by</source>
        <translation>اختير عبر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="70"/>
        <source>Schema version</source>
        <translation>إصدار المخطط</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="71"/>
        <source>Settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="84"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="122"/>
        <source>min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="126"/>
        <source>Lock the window after, unused</source>
        <translation>قفل النافذة غير المستخدمة بعد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="146"/>
        <source>The centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="151"/>
        <source>Save the centre</source>
        <translation>حفظ بيانات المركز</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="159"/>
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="162"/>
        <source>Serial prefix</source>
        <translation>بادئة الأرقام</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="163"/>
        <source>Serial pattern</source>
        <translation>نمط الأرقام</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="164"/>
        <source>File names</source>
        <translation>أسماء الملفات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="165"/>
        <source>Verification address</source>
        <translation>عنوان التحقق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="172"/>
        <source>Fields: {prefix} {year} {seq:05d} {check} in serials; {serial} {family} {given} {course} in file names.</source>
        <translation>الحقول: {prefix} {year} {seq:05d} {check} في الأرقام؛ {serial} {family} {given} {course} في أسماء الملفات.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="176"/>
        <source>Verification address: where the verifier page is published. Certificates issued from now on carry it in their QR code, so that a phone&apos;s camera opens the page; leave it empty for the seal alone.</source>
        <translation>عنوان التحقق: حيث تُنشر صفحة التحقق. تحمله الشهادات الصادرة من الآن فصاعداً في رمز QR الخاص بها، لكي تفتح كاميرا الهاتف الصفحة؛ اتركه فارغاً للاكتفاء بالختم.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="181"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="186"/>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="193"/>
        <source>Create a new signing key…</source>
        <translation>إنشاء مفتاح توقيع جديد…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="194"/>
        <source>Export the trust file…</source>
        <translation>تصدير ملف الثقة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="195"/>
        <source>Publish the verifier page…</source>
        <translation>نشر صفحة التحقق…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="197"/>
        <source>A folder to copy to the verification address: the page that checks certificates in any browser, the trust file, the programmes and the signed list of revoked certificates.</source>
        <translation>مجلد يُنسخ إلى عنوان التحقق: الصفحة التي تتحقق من الشهادات في أي متصفح، وملف الثقة، والبرامج، والقائمة الموقّعة للشهادات الملغاة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="217"/>
        <source>None yet: create one before the first graduation.</source>
        <translation>لا يوجد بعد: أنشئ مفتاحا قبل أول تخرج.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="229"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="234"/>
        <source>New signing key</source>
        <translation>مفتاح توقيع جديد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="230"/>
        <source>Passphrase (8 characters at least):</source>
        <translation>عبارة المرور (8 أحرف على الأقل):</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="234"/>
        <source>The same again:</source>
        <translation>العبارة نفسها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="237"/>
        <source>The two passphrases differ; no key was made.</source>
        <translation>العبارتان مختلفتان؛ لم يُنشأ أي مفتاح.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="253"/>
        <source>Trust file to publish</source>
        <translation>ملف الثقة للنشر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="267"/>
        <source>Folder of the verifier page</source>
        <translation>مجلد صفحة التحقق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="271"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="280"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="284"/>
        <source>Publish the verifier page</source>
        <translation>نشر صفحة التحقق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="272"/>
        <source>Passphrase of the signing key:</source>
        <translation>عبارة مرور مفتاح التوقيع:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="282"/>
        <source>The verifier page is in {folder}: copy the folder to the verification address.</source>
        <translation>صفحة التحقق في {folder}: انسخ المجلد إلى عنوان التحقق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="111"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="295"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="90"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="90"/>
        <source>Sign in to the register %1.</source>
        <translation>سجّل الدخول إلى السجل %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="92"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="93"/>
        <source>The window locked itself while nobody used it. Type your password to go on, or Cancel to close the program. Register: %1.</source>
        <translation>أُقفلت النافذة تلقائيًا لعدم استخدامها. اكتب كلمة المرور للمتابعة، أو إلغاء لإغلاق البرنامج. السجل: %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="96"/>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="97"/>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="99"/>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="99"/>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/summary_page.py" line="26"/>
        <source>In the register</source>
        <translation>في السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/summary_page.py" line="26"/>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="37"/>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="196"/>
        <source>Certificate template</source>
        <translation>نموذج الشهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="53"/>
        <source>the programme&apos;s hours</source>
        <translation>ساعات البرنامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="69"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="70"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="71"/>
        <source>Completion wording</source>
        <translation>صيغة الإتمام</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="72"/>
        <source>Participation wording</source>
        <translation>صيغة المشاركة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="73"/>
        <source>Accreditation statement</source>
        <translation>بيان الاعتماد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="74"/>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="77"/>
        <source>Signatory %1: name</source>
        <translation>الموقّع %1: الاسم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="78"/>
        <source>Signature…</source>
        <translation>التوقيع…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="85"/>
        <source>Signatories</source>
        <translation>الموقّعون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="87"/>
        <source>Background…</source>
        <translation>الخلفية…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="87"/>
        <source>Add a logo…</source>
        <translation>إضافة شعار…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="88"/>
        <source>No pictures</source>
        <translation>بلا صور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="92"/>
        <source>Pictures</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="112"/>
        <source>title in English</source>
        <translation>الصفة بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="112"/>
        <source>title in French</source>
        <translation>الصفة بالفرنسية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="112"/>
        <source>title in Arabic</source>
        <translation>الصفة بالعربية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="162"/>
        <source>A picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="162"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TrainerEditor</name>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="80"/>
        <source>Choose F or M.</source>
        <translation>اختر أنثى أو ذكر.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="96"/>
        <source>New trainer</source>
        <translation>مدرب جديد</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <location filename="../../ui/trainer_form.ui" line="42"/>
        <source>&amp;Title</source>
        <translation>ال&amp;لقب</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="59"/>
        <source>&amp;Given names</source>
        <translation>الاسم ال&amp;شخصي</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="76"/>
        <source>&amp;Family name</source>
        <translation>اسم ال&amp;عائلة</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="93"/>
        <source>Name in &amp;Arabic script</source>
        <translation>الاسم بال&amp;حروف العربية</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="113"/>
        <source>&amp;Sex</source>
        <translation>الج&amp;نس</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="126"/>
        <source>A&amp;ffiliation</source>
        <translation>ال&amp;انتماء</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="143"/>
        <source>E&amp;xpertise</source>
        <translation>ال&amp;خبرة</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="160"/>
        <source>&amp;E-mail</source>
        <translation>البريد الإل&amp;كتروني</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="177"/>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="212"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="219"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="226"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="37"/>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="38"/>
        <source>Registrar</source>
        <translation>أمين السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="39"/>
        <source>Registry clerk</source>
        <translation>موظف السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="40"/>
        <source>Trainer</source>
        <translation>مدرّب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="41"/>
        <source>Viewer</source>
        <translation>مطّلع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="86"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="89"/>
        <source>Who may use the register, and as what. The register always keeps one active administrator; a deactivated person can no longer sign in.</source>
        <translation>من يحق له استخدام السجل وبأي صفة. يبقى في السجل دائمًا مسؤول نشط؛ ولا يستطيع الشخص المعطّل تسجيل الدخول.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="93"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="93"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="94"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="94"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="95"/>
        <location filename="../../registry_app/gui/pages/users_page.py" line="238"/>
        <location filename="../../registry_app/gui/pages/users_page.py" line="243"/>
        <source>Server login</source>
        <translation>حساب الخادم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="106"/>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="106"/>
        <source>Change &amp;role…</source>
        <translation>تغيير ال&amp;دور…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="107"/>
        <source>Reset &amp;password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="182"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="108"/>
        <source>Server &amp;login…</source>
        <translation>حساب ال&amp;خادم…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="158"/>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="158"/>
        <source>deactivated</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="160"/>
        <source>locked until %1 UTC</source>
        <translation>مقفل حتى %1 UTC</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="181"/>
        <source>&amp;Reactivate</source>
        <translation>إعادة ال&amp;تفعيل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="210"/>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="210"/>
        <source>Role of %1:</source>
        <translation>دور %1:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="227"/>
        <source>Reset the password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="228"/>
        <source>A new password for %1; give it to them, and they change it after signing in. It also lifts a lock.</source>
        <translation>كلمة مرور جديدة لـ %1؛ سلّمها له ليغيّرها بعد تسجيل الدخول. وهي ترفع القفل أيضًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="239"/>
        <source>%1 gets a PostgreSQL login of their own, in the group of their role: the server then refuses them what their role may not do, even outside this program.</source>
        <translation>يحصل %1 على حساب PostgreSQL خاص به ضمن مجموعة دوره: يرفض الخادم عندئذ ما لا يسمح به دوره، حتى خارج هذا البرنامج.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="243"/>
        <source>%1 signs in to the server as %2.</source>
        <translation>يسجّل %1 الدخول إلى الخادم باسم %2.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="52"/>
        <source>This field must be filled in.</source>
        <translation>يجب ملء هذا الحقل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="53"/>
        <source>This is not an e-mail address (it should look like name@agency.gov).</source>
        <translation>هذا ليس عنوان بريد إلكتروني (يجب أن يكون مثل name@agency.gov).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="54"/>
        <source>A phone number has 6 to 20 digits, with an optional + in front (e.g. +212 537 00 00 00).</source>
        <translation>يتكون رقم الهاتف من 6 إلى 20 رقمًا، مع علامة + اختيارية في البداية (مثلًا +212 537 00 00 00).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="55"/>
        <source>The date of birth is in the future.</source>
        <translation>تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="56"/>
        <source>The date of birth makes this person younger than 16.</source>
        <translation>تاريخ الميلاد هذا يجعل الشخص أصغر من 16 سنة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="57"/>
        <source>The date of birth makes this person older than 100.</source>
        <translation>تاريخ الميلاد هذا يجعل الشخص أكبر من 100 سنة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="58"/>
        <source>The course cannot end before it starts.</source>
        <translation>لا يمكن أن تنتهي الدورة قبل أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="59"/>
        <source>A course lasts at most 366 days.</source>
        <translation>لا تتجاوز مدة الدورة 366 يومًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="60"/>
        <source>Give a whole number from 0 to 100.</source>
        <translation>أدخل عددًا صحيحًا من 0 إلى 100.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="61"/>
        <source>Give a whole number greater than 0.</source>
        <translation>أدخل عددًا صحيحًا أكبر من 0.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="62"/>
        <source>This country already has an organisation of this name.</source>
        <translation>يوجد في هذا البلد جهة بهذا الاسم.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="63"/>
        <source>Another programme already has this code.</source>
        <translation>يحمل برنامج آخر هذا الرمز.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="64"/>
        <source>Another course already has this code.</source>
        <translation>تحمل دورة أخرى هذا الرمز.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="65"/>
        <source>Name the donor of the grant {grant}.</source>
        <translation>اذكر الجهة المانحة للمنحة {grant}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="66"/>
        <source>{donor} is listed twice: a donor has one row, with the grant this course is charged to.</source>
        <translation>{donor} مدرجة مرتين: لكل جهة مانحة سطر واحد، مع المنحة التي تُحمَّل عليها هذه الدورة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="68"/>
        <source>A photo must be a JPEG or PNG picture.</source>
        <translation>يجب أن تكون الصورة بصيغة JPEG أو PNG.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="69"/>
        <source>The photo is larger than 1 MB; choose a smaller picture.</source>
        <translation>حجم الصورة أكبر من 1 ميغابايت؛ اختر صورة أصغر.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="70"/>
        <source>No font of the printed documents can draw some of these letters: this name could not be printed.</source>
        <translation>لا يوجد في خطوط المستندات المطبوعة ما يرسم بعض هذه الحروف: لا يمكن طباعة هذا الاسم.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="72"/>
        <source>No font of the printed documents can draw {characters}: certificates and lists could not show this name.</source>
        <translation>لا يوجد في خطوط المستندات المطبوعة ما يرسم {characters}: لن تُظهر الشهادات والقوائم هذا الاسم.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="74"/>
        <source>“{text}” cannot be printed: no font of the documents has {characters}.</source>
        <translation>لا يمكن طباعة «{text}»: لا يحتوي أي خط من خطوط المستندات على {characters}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="75"/>
        <source>Choose the type of organisation.</source>
        <translation>اختر نوع الجهة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="76"/>
        <source>Choose the country of the organisation.</source>
        <translation>اختر بلد الجهة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="77"/>
        <source>Choose the thematic area of the programme.</source>
        <translation>اختر المجال الموضوعي للبرنامج.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="78"/>
        <source>Choose how excused absences count.</source>
        <translation>اختر كيف يُحتسب الغياب بعذر.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="79"/>
        <source>Choose the programme this course delivers.</source>
        <translation>اختر البرنامج الذي تقدمه هذه الدورة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="80"/>
        <source>Choose the country of the venue.</source>
        <translation>اختر بلد المكان.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="81"/>
        <source>A record cannot be merged with itself.</source>
        <translation>لا يمكن دمج سجل مع نفسه.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="82"/>
        <source>The course is cancelled: its enrolments can no longer change.</source>
        <translation>الدورة ملغاة: لم يعد بالإمكان تغيير تسجيلاتها.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="84"/>
        <source>A certificate has at most three logos.</source>
        <translation>تحمل الشهادة ثلاثة شعارات على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="85"/>
        <source>A certificate has one to three signatories.</source>
        <translation>للشهادة من موقِّع واحد إلى ثلاثة موقِّعين.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="86"/>
        <source>A certificate is in one language, or two side by side.</source>
        <translation>تكون الشهادة بلغة واحدة أو بلغتين متجاورتين.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="87"/>
        <source>A correction needs a reason.</source>
        <translation>يحتاج التصحيح إلى سبب.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="88"/>
        <source>A participant can be marked {status} only once the course is running or closed.</source>
        <translation>لا يمكن وسم المشارك بـ«{status}» إلا بعد أن تكون الدورة جارية أو مغلقة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="42"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="89"/>
        <source>A register held in memory cannot be backed up.</source>
        <translation>لا يمكن نسخ سجل محفوظ في الذاكرة احتياطياً.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="90"/>
        <source>A revocation needs a reason.</source>
        <translation>يحتاج الإلغاء إلى سبب.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="91"/>
        <source>A serial pattern must end with the {check} field.</source>
        <translation>يجب أن ينتهي نمط الرقم التسلسلي بالحقل {check}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="92"/>
        <source>A serial pattern needs a {seq} field, the running number.</source>
        <translation>يحتاج نمط الرقم التسلسلي إلى الحقل {seq}، أي الرقم الجاري.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="93"/>
        <source>A {role} may not {action}.</source>
        <translation>لا يسمح دور «{role}» بـ: {action}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="94"/>
        <source>An enrolment that is {current} cannot become {new} (only confirmed participants are assessed at closing). It can become: {moves}.</source>
        <translation>لا يمكن لتسجيل في حالة «{current}» أن يصبح «{new}» (لا يُقيَّم عند الإغلاق إلا المشاركون المؤكَّدون). يمكن أن يصبح: {moves}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="95"/>
        <source>An enrolment that is {current} cannot become {new}. It can become: {moves}.</source>
        <translation>لا يمكن لتسجيل في حالة «{current}» أن يصبح «{new}». يمكن أن يصبح: {moves}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="96"/>
        <source>An override needs a reason (enrolment {enrolment}).</source>
        <translation>يحتاج الاستثناء إلى سبب (التسجيل {enrolment}).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="97"/>
        <source>Both records are enrolled on {courses}: withdraw or decline one of the two enrolments there first, or correct it, then merge.</source>
        <translation>السجلان مسجلان كلاهما في {courses}: اسحب أحد التسجيلين أو ارفضه أو صحّحه أولاً، ثم ادمج.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="98"/>
        <source>Certificate {serial} is already {status}.</source>
        <translation>الشهادة {serial} في حالة «{status}» بالفعل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="99"/>
        <source>Certificate {serial} is {status}: {reason}</source>
        <translation>الشهادة {serial} في حالة «{status}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="100"/>
        <source>Course {code} has days 1 to {last}, not day {day}.</source>
        <translation>للدورة {code} الأيام من 1 إلى {last}، وليس فيها اليوم {day}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="101"/>
        <source>Course {code} is cancelled.</source>
        <translation>الدورة {code} ملغاة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="102"/>
        <source>Course {code} is {status}: close it before issuing certificates.</source>
        <translation>الدورة {code} في حالة «{status}»: أغلقها قبل إصدار الشهادات.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="103"/>
        <source>Course {code} is {status}: only a course that has run can be closed.</source>
        <translation>الدورة {code} في حالة «{status}»: لا تُغلق إلا دورة انعقدت.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="104"/>
        <source>Course {code} runs until {end}: close it after its last session.</source>
        <translation>تستمر الدورة {code} حتى {end}: أغلقها بعد آخر جلسة لها.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="105"/>
        <source>Each signatory needs a name and a title.</source>
        <translation>يحتاج كل موقِّع إلى اسم وصفة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="106"/>
        <source>No QR code could be read on {file}: scan it again, straight and sharp.</source>
        <translation>تعذّرت قراءة أي رمز QR في {file}: امسحه ضوئياً من جديد مستقيماً وواضحاً.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="107"/>
        <source>No certificate has the serial {serial}.</source>
        <translation>لا توجد شهادة تحمل الرقم {serial}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="108"/>
        <source>No course has the code {code}. Course codes look like INV-101/2026-03.</source>
        <translation>لا توجد دورة بالرمز {code}. تبدو رموز الدورات هكذا: INV-101/2026-03.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="43"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="109"/>
        <source>No register is open.</source>
        <translation>لا يوجد سجل مفتوح.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="110"/>
        <source>Publishing the verifier signs the revocation list: the key&apos;s passphrase is needed.</source>
        <translation>نشر أداة التحقق يوقّع قائمة الإلغاء: يلزم إدخال عبارة مرور المفتاح.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="111"/>
        <source>Serial sequence numbers start at 1.</source>
        <translation>تبدأ الأرقام التسلسلية من 1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="112"/>
        <source>That half-day is not part of course {code}.</source>
        <translation>نصف اليوم هذا ليس جزءاً من الدورة {code}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="44"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="113"/>
        <source>The backup {path} cannot be written: {problem}.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية {path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="114"/>
        <source>The centre has no signing key yet: create one (registry-app keys create).</source>
        <translation>ليس لدى المركز مفتاح توقيع بعد: أنشئ واحداً (registry-app keys create).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="115"/>
        <source>The centre has no signing key yet: create one before publishing the verifier.</source>
        <translation>ليس لدى المركز مفتاح توقيع بعد: أنشئ واحداً قبل نشر أداة التحقق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="116"/>
        <source>The certificate {file} does not verify.</source>
        <translation>لا يجتاز الشهادة {file} التحقق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="117"/>
        <source>The course is closed: only the completion decision can still be corrected.</source>
        <translation>الدورة مغلقة: لا يمكن تصحيح إلا قرار الإكمال.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="118"/>
        <source>The course is full ({seats} seats): the participant stays on the waiting list until a seat is freed.</source>
        <translation>الدورة ممتلئة ({seats} مقعداً): يبقى المشارك في قائمة الانتظار حتى يشغر مقعد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="119"/>
        <source>The course is full ({seats} seats): the participant was put on the waiting list instead.</source>
        <translation>الدورة ممتلئة ({seats} مقعداً): وُضع المشارك في قائمة الانتظار بدلاً من ذلك.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="120"/>
        <source>The course is {status}: its nominations can no longer change.</source>
        <translation>الدورة في حالة «{status}»: لم يعد بالإمكان تغيير ترشيحاتها.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="121"/>
        <source>The demo needs at least one participant.</source>
        <translation>يحتاج العرض التجريبي إلى مشارك واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="122"/>
        <source>The enrolment is already {status}.</source>
        <translation>التسجيل في حالة «{status}» بالفعل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="123"/>
        <source>The file name pattern is not usable: {problem}</source>
        <translation>نمط اسم الملف غير صالح للاستعمال: {problem}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="124"/>
        <source>The file name pattern must hold {serial}, so that two files never clash.</source>
        <translation>يجب أن يتضمن نمط اسم الملف {serial} كي لا يتعارض ملفان أبداً.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="8"/>
        <source>{path} is a folder, not a register file.</source>
        <translation>{path} مجلد وليس ملف سجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="9"/>
        <source>{path} is not a file.</source>
        <translation>{path} ليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="10"/>
        <source>The file {path} is empty: it is not a register.</source>
        <translation>الملف {path} فارغ: إنه ليس سجلًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="11"/>
        <source>The folder {folder} does not exist: check the register&apos;s path, or create the folder first.</source>
        <translation>المجلد {folder} غير موجود: تحقق من مسار السجل أو أنشئ المجلد أولًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="12"/>
        <source>The folder {folder} cannot be created: {problem}.</source>
        <translation>لا يمكن إنشاء المجلد {folder}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="13"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ليس مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="14"/>
        <source>The folder {folder} is read-only: a new register cannot be created there.</source>
        <translation>المجلد {folder} للقراءة فقط: لا يمكن إنشاء سجل جديد فيه.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="15"/>
        <source>The file {path} cannot be read: {problem}.</source>
        <translation>لا يمكن قراءة الملف {path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="16"/>
        <source>The file {path} is a PDF document, not a register.</source>
        <translation>الملف {path} مستند PDF وليس سجلًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="17"/>
        <source>The file {path} is a spreadsheet or a ZIP archive, not a register.</source>
        <translation>الملف {path} جدول بيانات أو أرشيف ZIP وليس سجلًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="18"/>
        <source>The file {path} is not a register: it is not a SQLite database.</source>
        <translation>الملف {path} ليس سجلًا: إنه ليس قاعدة بيانات SQLite.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="19"/>
        <source>The file {path} is a text file, not a register.</source>
        <translation>الملف {path} ملف نصي وليس سجلًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="20"/>
        <source>The register {path} is damaged: {problem}.</source>
        <translation>السجل {path} تالف: {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="21"/>
        <source>The register {path} is on a read-only disk or in a read-only folder: it cannot be opened for writing.</source>
        <translation>السجل {path} على قرص أو في مجلد للقراءة فقط: لا يمكن فتحه للكتابة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="22"/>
        <source>The register {path} cannot be read: {problem}.</source>
        <translation>لا يمكن قراءة السجل {path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="23"/>
        <source>The file {path} is another program&apos;s database, not a register of this program.</source>
        <translation>الملف {path} قاعدة بيانات لبرنامج آخر وليس سجلًا لهذا البرنامج.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="24"/>
        <source>The register {path} was written by a newer version of this program (schema {version}; this one knows {latest}): install the newer version to open it.</source>
        <translation>كُتب السجل {path} بإصدار أحدث من هذا البرنامج (المخطط {version}؛ وهذا الإصدار يعرف {latest}): ثبّت الإصدار الأحدث لفتحه.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="25"/>
        <source>The backup {path} is damaged: {problem}.</source>
        <translation>النسخة الاحتياطية {path} تالفة: {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="26"/>
        <source>The server {server} has no database named {database}.</source>
        <translation>لا توجد على الخادم {server} قاعدة بيانات باسم {database}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="27"/>
        <source>The server {server} refused the user name or password for {user}.</source>
        <translation>رفض الخادم {server} اسم المستخدم أو كلمة المرور لـ {user}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="28"/>
        <source>The server {server} has no user named {user}.</source>
        <translation>لا يوجد على الخادم {server} مستخدم باسم {user}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="29"/>
        <source>The server name {host} is unknown: check its spelling and the network.</source>
        <translation>اسم الخادم {host} غير معروف: تحقق من كتابته ومن الشبكة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="30"/>
        <source>No PostgreSQL server answers at {server}: it is stopped, or the address or port is wrong.</source>
        <translation>لا يجيب أي خادم PostgreSQL على {server}: إما أنه متوقف أو أن العنوان أو المنفذ خاطئ.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="31"/>
        <source>The server {server} does not answer (timed out).</source>
        <translation>الخادم {server} لا يجيب (انتهت المهلة).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="32"/>
        <source>The server {server} does not let {user} open the database {database}.</source>
        <translation>لا يسمح الخادم {server} للمستخدم {user} بفتح قاعدة البيانات {database}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="33"/>
        <source>The server {server} cannot be reached: {problem}</source>
        <translation>تعذّر الوصول إلى الخادم {server}: {problem}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="240"/>
        <source>The port in the PostgreSQL address must be a number from 1 to 65535.</source>
        <translation>يجب أن يكون المنفذ في عنوان PostgreSQL رقمًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="241"/>
        <source>A PostgreSQL URL must name the database: postgresql://host/database.</source>
        <translation>يجب أن يسمّي عنوان PostgreSQL قاعدة البيانات: postgresql://host/database.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="34"/>
        <source>This database holds tables that are not a register of this program; open another one.</source>
        <translation>تحتوي قاعدة البيانات هذه على جداول ليست سجلًا لهذا البرنامج؛ افتح قاعدة أخرى.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="35"/>
        <source>The backup file {path} exists already.</source>
        <translation>ملف النسخة الاحتياطية {path} موجود بالفعل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="36"/>
        <source>The copy of the register fails its integrity check ({problem}): the register itself is damaged.</source>
        <translation>فشلت نسخة السجل في فحص السلامة ({problem}): السجل نفسه تالف.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="37"/>
        <source>The register {path} is open in another window or program: close it there first.</source>
        <translation>السجل {path} مفتوح في نافذة أو برنامج آخر: أغلقه هناك أولًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="38"/>
        <source>The PostgreSQL tool {tool} is not installed on this computer: install the PostgreSQL client programs.</source>
        <translation>أداة PostgreSQL ‏{tool} غير مثبتة على هذا الحاسوب: ثبّت برامج عميل PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="39"/>
        <source>{what} failed: {problem}</source>
        <translation>فشل {what}: {problem}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="40"/>
        <source>The file {path} is a PostgreSQL backup, but not of a register.</source>
        <translation>الملف {path} نسخة احتياطية من PostgreSQL لكنها ليست لسجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="41"/>
        <source>{count} other connections are open on the register {database}: ask everyone to close the program, then restore again.</source>
        <translation>توجد {count} اتصالات أخرى مفتوحة على السجل {database}: اطلب من الجميع إغلاق البرنامج ثم أعد الاستعادة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="46"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="125"/>
        <source>The file {path} is a backup of a PostgreSQL register; this register is a SQLite file.</source>
        <translation>الملف {path} نسخة احتياطية لسجل PostgreSQL؛ وهذا السجل ملف SQLite.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="47"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="126"/>
        <source>The file {path} is a backup of a SQLite register; this register is on a PostgreSQL server.</source>
        <translation>الملف {path} نسخة احتياطية لسجل SQLite؛ وهذا السجل على خادم PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="48"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="127"/>
        <source>The file {path} is not a PostgreSQL backup (pg_dump&apos;s custom format).</source>
        <translation>الملف {path} ليس نسخة احتياطية لـ PostgreSQL (الصيغة المخصصة لـ pg_dump).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="49"/>
        <source>The register {path} is damaged ({problem}) and there is no good backup of it beside it: ask for help before anything else is done with the file.</source>
        <translation>السجل {path} تالف ({problem}) ولا توجد بجانبه نسخة احتياطية سليمة: اطلب المساعدة قبل القيام بأي شيء آخر بالملف.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="50"/>
        <source>The register {path} is damaged ({problem}). The latest good backup was made on {made}: restore it (registry-app restore &quot;{file}&quot;).</source>
        <translation>السجل {path} تالف ({problem}). أُنشئت آخر نسخة احتياطية سليمة في {made}: استعدها (registry-app restore &quot;{file}&quot;).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="51"/>
        <source>The disk holding the register is full: nothing was saved. Free some space, then try again.</source>
        <translation>القرص الذي يحمل السجل ممتلئ: لم يُحفظ شيء. حرّر بعض المساحة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="52"/>
        <source>Another clerk&apos;s change got in the way and nothing was saved: try again.</source>
        <translation>تعارض تعديل موظف آخر ولم يُحفظ شيء: أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="53"/>
        <source>Another clerk changed the same records meanwhile and nothing was saved: reload, then try again.</source>
        <translation>عدّل موظف آخر السجلات نفسها في هذه الأثناء ولم يُحفظ شيء: أعد التحميل ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="54"/>
        <source>The photo cannot be read: the file is damaged, or not a JPEG or PNG picture.</source>
        <translation>تعذرت قراءة الصورة: الملف تالف أو ليس صورة JPEG أو PNG.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="55"/>
        <source>The photo has too many pixels: choose a picture of at most 25 megapixels.</source>
        <translation>الصورة تحتوي على عدد كبير جدًا من البكسلات: اختر صورة لا تتجاوز 25 ميغابكسل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="56"/>
        <source>This text is longer than this field holds.</source>
        <translation>هذا النص أطول مما يتسع له هذا الحقل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="57"/>
        <source>The register cannot be opened: {problem}.</source>
        <translation>لا يمكن فتح السجل: {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="128"/>
        <source>The hours on a certificate are between 1 and 2,000.</source>
        <translation>عدد الساعات على الشهادة بين 1 و2000.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="129"/>
        <source>The participant is {status} for {code}: only participants in the room (confirmed) have attendance marks.</source>
        <translation>المشارك في حالة «{status}» في {code}: لا تُسجَّل علامات الحضور إلا للمشاركين الحاضرين في القاعة (المؤكَّدين).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="130"/>
        <source>The revocation list does not verify with the centre&apos;s keys: {problem}</source>
        <translation>لا تجتاز قائمة الإلغاء التحقق بمفاتيح المركز: {problem}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="131"/>
        <source>The serial pattern is not usable: {problem}</source>
        <translation>نمط الرقم التسلسلي غير صالح للاستعمال: {problem}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="132"/>
        <source>The serial prefix is letters and digits only, e.g. RBT.</source>
        <translation>بادئة الرقم التسلسلي أحرف وأرقام فقط، مثل RBT.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="133"/>
        <source>The settings file {path} cannot be read: {problem}</source>
        <translation>تعذّرت قراءة ملف الإعدادات {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="134"/>
        <source>The settings file {path} does not hold a JSON object.</source>
        <translation>لا يحتوي ملف الإعدادات {path} على كائن JSON.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="135"/>
        <source>The {test} score must be between 0 and 100, not {score}.</source>
        <translation>يجب أن تكون درجة {test} بين 0 و100، لا {score}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="45"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="136"/>
        <source>There is no backup file {path}.</source>
        <translation>لا يوجد ملف نسخ احتياطي {path}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="137"/>
        <source>This register already holds data; demo data goes only into an empty register.</source>
        <translation>يحتوي هذا السجل على بيانات بالفعل؛ لا تُضاف بيانات العرض التجريبي إلا إلى سجل فارغ.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="138"/>
        <source>Unknown field(s) in the serial pattern: {fields}.</source>
        <translation>حقل (حقول) غير معروفة في نمط الرقم التسلسلي: {fields}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="139"/>
        <source>a no-show</source>
        <translation>غائب دون إشعار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="140"/>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="141"/>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="142"/>
        <source>declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="143"/>
        <source>nominated</source>
        <translation>مرشَّح</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="144"/>
        <source>not completed</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="145"/>
        <source>on the waiting list</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="146"/>
        <source>post-test</source>
        <translation>الاختبار البعدي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="147"/>
        <source>pre-test</source>
        <translation>الاختبار القبلي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="148"/>
        <source>withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="149"/>
        <source>{count} certificate(s) issued instead of {wanted}.</source>
        <translation>صدرت {count} شهادة (شهادات) بدلاً من {wanted}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="150"/>
        <source>{count} participant(s) have no post-test score ({names}): enter the scores on the Attendance page before closing.</source>
        <translation>ليس لدى {count} مشارك(ين) درجة في الاختبار البعدي ({names}): أدخل الدرجات في صفحة الحضور قبل الإغلاق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="151"/>
        <source>{day} has not come yet: attendance is marked on the day or after.</source>
        <translation>لم يحن يوم {day} بعد: يُسجَّل الحضور في اليوم نفسه أو بعده.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="152"/>
        <source>{day} {slot} is not a session of {code}.</source>
        <translation>{day} ({slot}) ليس جلسة من جلسات {code}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="153"/>
        <source>{out} already holds other files: choose an empty folder or an earlier publication of the verifier.</source>
        <translation>يحتوي {out} على ملفات أخرى بالفعل: اختر مجلداً فارغاً أو نشرة سابقة لأداة التحقق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="154"/>
        <source>{out} is a file, not a folder.</source>
        <translation>{out} ملف وليس مجلداً.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="155"/>
        <source>{path} is not a trust file of a centre ({problem}).</source>
        <translation>{path} ليس ملف ثقة لمركز ({problem}).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="156"/>
        <source>{text} holds a character other than 0-9 and A-Z.</source>
        <translation>يحتوي {text} على حرف غير 0-9 وA-Z.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="157"/>
        <source>AM</source>
        <translation>صباحاً</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="158"/>
        <source>PM</source>
        <translation>مساءً</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="159"/>
        <source>admin</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="172"/>
        <source>A quarter is 1, 2, 3 or 4, not {which}.</source>
        <translation>الربع هو 1 أو 2 أو 3 أو 4، وليس {which}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="173"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>تنتهي الفترة ({end}) قبل أن تبدأ ({start}).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="174"/>
        <source>The threshold of small numbers is between 0 and 100, not {value}.</source>
        <translation>عتبة الأعداد الصغيرة بين 0 و100، وليست {value}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="175"/>
        <source>A report is written as .pdf, .xlsx or .csv, not {name}.</source>
        <translation>يُكتب التقرير بصيغة ‎.pdf أو ‎.xlsx أو ‎.csv، وليس {name}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="176"/>
        <source>No row of {file} is left to import.</source>
        <translation>لم يبق أي صف من {file} للاستيراد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="177"/>
        <source>Pick one of the participants offered for this row.</source>
        <translation>اختر أحد المشاركين المقترحين لهذا الصف.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="178"/>
        <source>Reports are written in en, fr or ar, not {language}.</source>
        <translation>تُكتب التقارير بـ en أو fr أو ar، وليس {language}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="179"/>
        <source>The course {code} is {status}: its nominations can no longer change.</source>
        <translation>الدورة {code} في حالة «{status}»: لم يعد بالإمكان تغيير ترشيحاتها.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="180"/>
        <source>The participants matched on rows {rows} were archived or merged meanwhile: check the file again.</source>
        <translation>أُرشف المشاركون المطابَقون في الصفوف {rows} أو دُمجوا في الأثناء: افحص الملف من جديد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="181"/>
        <source>The verification address cannot hold &apos;#&apos; or &apos;?&apos;: the certificate&apos;s seal follows it.</source>
        <translation>لا يمكن أن يحتوي عنوان التحقق على ‎&apos;#&apos;‎ أو ‎&apos;?&apos;‎: يليه ختم الشهادة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="182"/>
        <source>The verification address has {length} characters; at most {most} keep the QR code small enough to read.</source>
        <translation>يتكون عنوان التحقق من {length} حرفاً؛ ولا يبقى رمز QR صغيراً بما يكفي للقراءة إلا مع {most} حرفاً على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="183"/>
        <source>The verification address is a web address such as https://verify.example.org/ .</source>
        <translation>عنوان التحقق عنوان ويب مثل https://verify.example.org/ .</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="184"/>
        <source>{count} problems are left in {file}: fix the values, pick the matches or skip the rows; nothing was imported.</source>
        <translation>بقيت {count} مشكلة في {file}: صحّح القيم أو اختر المطابقات أو تخطَّ الصفوف؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="186"/>
        <source>attended {rate} % &lt; {minimum} %: no certificate</source>
        <translation>حضر {rate} % &lt; {minimum} %: لا شهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="187"/>
        <source>completed the programme</source>
        <translation>أكمل البرنامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="188"/>
        <source>did not complete; attended {rate} % &gt;= {minimum} %</source>
        <translation>لم يُكمل؛ حضر {rate} % &gt;= {minimum} %</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="189"/>
        <source>no half-day of attendance counts (none scheduled or all excused)</source>
        <translation>لا يُحتسب أي نصف يوم من الحضور (لم يُبرمج أي منها أو كلها بعذر)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="190"/>
        <source>no post-test score (pass mark {mark})</source>
        <translation>لا درجة في الاختبار البعدي (درجة النجاح {mark})</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="191"/>
        <source>post-test {score} {sign} {mark}</source>
        <translation>الاختبار البعدي {score} {sign} {mark}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="192"/>
        <source>{attendance}; {test}</source>
        <translation>{attendance}؛ {test}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="193"/>
        <source>{attended} of {counted} half-days = {rate} % {sign} {minimum} %</source>
        <translation>{attended} من {counted} أنصاف أيام = {rate} % {sign} {minimum} %</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="237"/>
        <source>The full check runs every 1 to {most} days, not every {days}.</source>
        <translation>يجري الفحص الكامل كل يوم واحد إلى {most} يومًا، لا كل {days}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="238"/>
        <source>Give the server&apos;s name or address.</source>
        <translation>أدخل اسم الخادم أو عنوانه.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="239"/>
        <source>Choose the register&apos;s file.</source>
        <translation>اختر ملف السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="243"/>
        <source>Reading the workbook…</source>
        <translation>قراءة المصنف…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="244"/>
        <source>Checking every row…</source>
        <translation>التحقق من كل سطر…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="245"/>
        <source>Looking for each person in the register…</source>
        <translation>البحث عن كل شخص في السجل…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="246"/>
        <source>Ready.</source>
        <translation>جاهز.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="247"/>
        <source>Adding the new participants…</source>
        <translation>إضافة المشاركين الجدد…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="248"/>
        <source>Nominating them to the course…</source>
        <translation>تسجيل ترشيحاتهم في الدورة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="249"/>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="250"/>
        <source>Programmes and trainers…</source>
        <translation>البرامج والمدربون…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="251"/>
        <source>Organisations…</source>
        <translation>الهيئات…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="252"/>
        <source>Participants…</source>
        <translation>المشاركون…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="253"/>
        <source>Courses, enrolments and attendance…</source>
        <translation>الدورات والتسجيلات والحضور…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="254"/>
        <source>Enrolments…</source>
        <translation>التسجيلات…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="255"/>
        <source>Attendance marks…</source>
        <translation>علامات الحضور…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="256"/>
        <source>Finishing…</source>
        <translation>إنهاء…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="42"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="194"/>
        <source>A checkpoint is made on demand, at closing or daily, not {reason!r}.</source>
        <translation>تُنشأ نقطة التحقق عند الطلب أو عند الإغلاق أو يومياً، وليس {reason!r}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="43"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="195"/>
        <source>Line {line} of {path} is not an audit checkpoint.</source>
        <translation>السطر {line} من {path} ليس نقطة تحقق من سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="197"/>
        <source>This workbook was made for the course {theirs}, not for {ours}: import it into {theirs}, or ask the sender to use the workbook of {ours}.</source>
        <translation>أُعد هذا المصنف للدورة {theirs} وليس للدورة {ours}: استورده إلى {theirs} أو اطلب من المرسل استعمال مصنف {ours}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="198"/>
        <source>{count} participants of the register may be this person ({references}): pick one, or mark the row as a new participant.</source>
        <translation>قد يكون {count} من مشاركي السجل هذا الشخص ({references}): اختر واحداً أو اعتبر السطر مشاركاً جديداً.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="199"/>
        <source>This is {reference}, whose record is archived: pick another participant or mark the row as new.</source>
        <translation>هذا {reference} وسجله مؤرشف: اختر مشاركاً آخر أو اعتبر السطر جديداً.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="200"/>
        <source>The same ID document number is on row {row}: the same person twice?</source>
        <translation>رقم وثيقة الهوية نفسه موجود في السطر {row}: هل هو الشخص نفسه مرتين؟</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="201"/>
        <source>{reference} is already on this course: the row is left as it is.</source>
        <translation>{reference} مسجل في هذه الدورة: يُترك السطر كما هو.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="202"/>
        <source>Matched to {reference} by name, date of birth and nationality, whose ID document number is {theirs}.</source>
        <translation>طوبق مع {reference} بالاسم وتاريخ الميلاد والجنسية، ورقم وثيقة هويته {theirs}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="203"/>
        <source>This column&apos;s heading names nothing the register keeps: it was not read (map it by hand if it should be).</source>
        <translation>عنوان هذا العمود لا يسمي شيئاً يحفظه السجل: لم يُقرأ (اربطه يدوياً إن لزم).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="204"/>
        <source>The file {file} is larger than 50 MB: no nomination list is that long.</source>
        <translation>الملف {file} أكبر من 50 ميغابايت: لا توجد قائمة ترشيحات بهذا الطول.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="205"/>
        <source>The file {file} cannot be opened: {reason}.</source>
        <translation>لا يمكن فتح الملف {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="206"/>
        <source>The workbook {file} has no sheet named {sheet}.</source>
        <translation>المصنف {file} لا يحتوي على ورقة باسم {sheet}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="207"/>
        <source>No row of {file} looks like column headings (family name, given names, sex...): map its columns by hand.</source>
        <translation>لا يشبه أي سطر من {file} عناوين أعمدة (اسم العائلة، الاسم الشخصي، الجنس...): اربط أعمدته يدوياً.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="208"/>
        <source>No column of {file} holds {fields}: map the columns by hand.</source>
        <translation>لا يحتوي أي عمود من {file} على {fields}: اربط الأعمدة يدوياً.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="209"/>
        <source>The file {file} is neither a spreadsheet nor a text (CSV) file.</source>
        <translation>الملف {file} ليس جدول بيانات ولا ملفاً نصياً (CSV).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="210"/>
        <source>The file {file} is not in UTF-8, UTF-16 or Windows-1252: line {line} has bytes that none of them reads. Save it again as &apos;CSV UTF-8&apos; or as a workbook.</source>
        <translation>الملف {file} ليس بترميز UTF-8 أو UTF-16 أو Windows-1252: السطر {line} فيه بايتات لا يقرؤها أي منها. احفظه من جديد بصيغة &apos;CSV UTF-8&apos; أو كمصنف.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="211"/>
        <source>The file {file} contains macros; they were not run, only the cells were read.</source>
        <translation>الملف {file} يحتوي على وحدات ماكرو؛ لم تُشغَّل، وقُرئت الخلايا فقط.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="212"/>
        <source>This line is separated by another character than the rest of the file ({separator}): save the file again from one program.</source>
        <translation>هذا السطر مفصول بحرف غير الذي في بقية الملف ({separator}): احفظ الملف من جديد من برنامج واحد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="213"/>
        <source>The file {file} is empty.</source>
        <translation>الملف {file} فارغ.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="214"/>
        <source>The file {file} is not a workbook, although its name says so: it may be damaged or cut short. Ask for it again.</source>
        <translation>الملف {file} ليس مصنفاً رغم أن اسمه يدل على ذلك: قد يكون تالفاً أو مقطوعاً. اطلبه من جديد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="215"/>
        <source>The file {file} is a zip archive, not a workbook.</source>
        <translation>الملف {file} أرشيف zip وليس مصنفاً.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="216"/>
        <source>The workbook {file} has no sheet with anything in it.</source>
        <translation>المصنف {file} لا يحتوي على أي ورقة بها بيانات.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="217"/>
        <source>The file {file} has more than {limit} filled rows: send the nominations of one course only.</source>
        <translation>الملف {file} يحتوي على أكثر من {limit} سطر مملوء: أرسل ترشيحات دورة واحدة فقط.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="218"/>
        <source>The file {file} is protected by a password. Open it, remove the password (File &gt; Info &gt; Protect workbook) and send it again.</source>
        <translation>الملف {file} محمي بكلمة مرور. افتحه وأزل كلمة المرور (ملف &gt; معلومات &gt; حماية المصنف) ثم أرسله من جديد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="219"/>
        <source>The file {file} is damaged or cut short (it is not a complete workbook). Ask for it again.</source>
        <translation>الملف {file} تالف أو مقطوع (ليس مصنفاً كاملاً). اطلبه من جديد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="220"/>
        <source>The file {file} cannot be read as a workbook ({detail}). It may be damaged: open it and save it again, or ask for it again.</source>
        <translation>لا يمكن قراءة الملف {file} كمصنف ({detail}). قد يكون تالفاً: افتحه واحفظه من جديد أو اطلبه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="221"/>
        <source>The file {file} cannot be read as CSV ({detail}).</source>
        <translation>لا يمكن قراءة الملف {file} بصيغة CSV ({detail}).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="222"/>
        <source>The file {file} is protected by a password. Open it, remove the password and send it again.</source>
        <translation>الملف {file} محمي بكلمة مرور. افتحه وأزل كلمة المرور ثم أرسله من جديد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="223"/>
        <source>The sheet {sheet} of {file} has more than {limit} filled rows: send the nominations of one course only.</source>
        <translation>الورقة {sheet} من {file} تحتوي على أكثر من {limit} سطر مملوء: أرسل ترشيحات دورة واحدة فقط.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="224"/>
        <source>{name} is not yet in the register: give its agency type so that it can be added.</source>
        <translation>{name} ليست في السجل بعد: حدد نوع المؤسسة لتُضاف.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="225"/>
        <source>This cell has {length} characters; no field of the register takes more than {limit}.</source>
        <translation>تحتوي هذه الخلية على {length} حرفاً؛ لا يقبل أي حقل في السجل أكثر من {limit}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="226"/>
        <source>This is not a date: write it as 21/03/1985.</source>
        <translation>هذا ليس تاريخاً: اكتبه هكذا 21/03/1985.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="227"/>
        <source>This date does not exist.</source>
        <translation>هذا التاريخ غير موجود.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="228"/>
        <source>Sex must be F or M (Female, Male, Femme, Homme, أنثى, ذكر).</source>
        <translation>يجب أن يكون الجنس F أو M (أنثى، ذكر، Female، Male، Femme، Homme).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="229"/>
        <source>This country is not in the register&apos;s list: choose it from the drop-down list.</source>
        <translation>هذا البلد ليس في قائمة السجل: اختره من القائمة المنسدلة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="230"/>
        <source>This agency type is not one of the list: choose it from the drop-down list.</source>
        <translation>نوع المؤسسة هذا ليس من القائمة: اختره من القائمة المنسدلة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="231"/>
        <source>This ID document type is not one of the list (passport, national identity card, service card, other).</source>
        <translation>نوع وثيقة الهوية هذا ليس من القائمة (جواز سفر، بطاقة تعريف وطنية، بطاقة مهنية، أخرى).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="232"/>
        <source>This cell holds {kind} where text was expected.</source>
        <translation>تحتوي هذه الخلية على {kind} بدل نص.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="233"/>
        <source>This cell&apos;s formula gives an error ({error}): type the value itself.</source>
        <translation>صيغة هذه الخلية تعطي خطأ ({error}): اكتب القيمة نفسها.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="234"/>
        <source>A logo must be a PNG or JPEG picture.</source>
        <translation>يجب أن يكون الشعار صورة PNG أو JPEG.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="235"/>
        <source>Give the centre&apos;s name in English; it is printed on every document.</source>
        <translation>أدخل اسم المركز بالإنجليزية؛ فهو يُطبع على كل وثيقة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="236"/>
        <source>The logo is larger than 1 MB; choose a smaller picture.</source>
        <translation>حجم الشعار أكبر من 1 ميغابايت؛ اختر صورة أصغر.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="160"/>
        <source>cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="12"/>
        <source>Another graduation of {course} issued {count} of these certificates while this one was being prepared ({serials}); this one issued nothing.</source>
        <translation>أصدرت عملية تخرّج أخرى للدورة {course} عدد {count} من هذه الشهادات أثناء إعداد هذه العملية ({serials})؛ لم تُصدر هذه العملية شيئاً.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="14"/>
        <source>Certificate {serial} can no longer be printed as it was issued: the course, its template or the centre&apos;s settings changed since. Print a duplicate, or correct and reissue it. Nothing was printed.</source>
        <translation>لم يعد من الممكن طباعة الشهادة {serial} كما صدرت: تغيّرت الدورة أو نموذجها أو إعدادات المركز منذ ذلك الحين. اطبع نسخة طبق الأصل، أو صحّحها وأعد إصدارها. لم يُطبع شيء.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="16"/>
        <source>Certificate {serial} was already replaced: {reason}</source>
        <translation>سبق استبدال الشهادة {serial}: {reason}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="18"/>
        <source>Other certificates were being issued at the same moment; nothing was issued for this course. Issue them again.</source>
        <translation>كانت شهادات أخرى تُصدر في اللحظة نفسها؛ لم يصدر شيء لهذه الدورة. أعد إصدارها.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="20"/>
        <source>Other certificates were being issued at the same moment; {serial} was not corrected. Try again.</source>
        <translation>كانت شهادات أخرى تُصدر في اللحظة نفسها؛ لم تُصحَّح الشهادة {serial}. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="22"/>
        <source>The certificates cannot be written into {folder}: {problem}. Nothing was issued.</source>
        <translation>لا يمكن كتابة الشهادات في {folder}: {problem}. لم يصدر شيء.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="24"/>
        <source>The certificates were issued, but their files could not all be written into {folder}: {problem}. Print the originals again into a folder that can be written.</source>
        <translation>صدرت الشهادات، لكن تعذّرت كتابة ملفاتها كلها في {folder}: {problem}. اطبع الأصول مرة أخرى في مجلد تمكن الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="26"/>
        <source>The trust file {path} cannot be read: {problem}.</source>
        <translation>لا يمكن قراءة ملف الثقة {path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="28"/>
        <source>{name} cannot be read: {problem}.</source>
        <translation>لا يمكن قراءة {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="30"/>
        <source>{name} is a picture far too large to be a photo or scan of a certificate.</source>
        <translation>{name} صورة أكبر بكثير من أن تكون صورة أو نسخة ممسوحة لشهادة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="32"/>
        <source>{name} is damaged or cut short: it cannot be read as a PDF.</source>
        <translation>الملف {name} تالف أو مبتور: لا يمكن قراءته كملف PDF.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="34"/>
        <source>{name} is damaged or cut short: it cannot be read as a picture.</source>
        <translation>الملف {name} تالف أو مبتور: لا يمكن قراءته كصورة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="36"/>
        <source>{name} is damaged: a page of it cannot be drawn.</source>
        <translation>الملف {name} تالف: لا يمكن عرض إحدى صفحاته.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="38"/>
        <source>{name} is far too large to be a revocation list.</source>
        <translation>الملف {name} أكبر بكثير من أن يكون قائمة إلغاء.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="40"/>
        <source>{name} is neither a picture (PNG, JPEG...) nor a PDF.</source>
        <translation>الملف {name} ليس صورة (PNG أو JPEG…) ولا ملف PDF.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="42"/>
        <source>{name} is not a revocation list of a centre.</source>
        <translation>الملف {name} ليس قائمة إلغاء صادرة عن مركز.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="44"/>
        <source>This is not a revocation list of a centre (it does not start with {prefix}).</source>
        <translation>هذه ليست قائمة إلغاء صادرة عن مركز (لا تبدأ بـ {prefix}).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="46"/>
        <source>The revocation list is damaged: it was cut short or altered.</source>
        <translation>قائمة الإلغاء تالفة: بُترت أو عُدّلت.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="48"/>
        <source>The revocation list&apos;s signature does not verify with the trust file: it was altered, or comes from another centre.</source>
        <translation>توقيع قائمة الإلغاء لا يتحقق بملف الثقة: لقد عُدّلت، أو صدرت عن مركز آخر.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="50"/>
        <source>The revocation list is signed but its contents cannot be read.</source>
        <translation>قائمة الإلغاء موقّعة لكن لا يمكن قراءة محتواها.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="161"/>
        <source>clerk</source>
        <translation>موظف السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="162"/>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="163"/>
        <source>open</source>
        <translation>مفتوحة للترشيحات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="164"/>
        <source>planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="165"/>
        <source>registrar</source>
        <translation>أمين السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="166"/>
        <source>revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="167"/>
        <source>running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="168"/>
        <source>superseded</source>
        <translation>مستبدَلة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="169"/>
        <source>trainer</source>
        <translation>مدرّب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="170"/>
        <source>valid</source>
        <translation>سارية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="171"/>
        <source>viewer</source>
        <translation>مطّلع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="7"/>
        <source>The user name or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="8"/>
        <source>This account is locked after {attempts} wrong passwords in a row; try again after {until} (UTC) or ask an administrator to reset the password.</source>
        <translation>هذا الحساب مقفل بعد {attempts} كلمات مرور خاطئة متتالية؛ حاول مجددًا بعد {until} (UTC) أو اطلب من المسؤول إعادة تعيين كلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="9"/>
        <source>This account is deactivated: ask an administrator.</source>
        <translation>هذا الحساب معطّل: راجع المسؤول.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="10"/>
        <source>The register already has users: an administrator adds the others from the Users page.</source>
        <translation>في السجل مستخدمون بالفعل: يضيف المسؤول الآخرين من صفحة المستخدمين.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="11"/>
        <source>A password must have at least {length} characters.</source>
        <translation>يجب أن تتكون كلمة المرور من {length} أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="12"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="13"/>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="14"/>
        <source>Only the person signed in changes their own password.</source>
        <translation>لا يغيّر كلمة المرور إلا صاحبها المسجَّل دخوله.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="15"/>
        <source>A user name is 2 to 60 letters, digits, dots, dashes or underscores, not {name!r}.</source>
        <translation>يتكون اسم المستخدم من 2 إلى 60 حرفًا أو رقمًا أو نقطة أو شرطة أو شرطة سفلية، وليس {name!r}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="16"/>
        <source>The user name {name} is taken.</source>
        <translation>اسم المستخدم {name} مستخدم بالفعل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="17"/>
        <source>Give the person&apos;s name as it should appear in the audit trail.</source>
        <translation>أدخل اسم الشخص كما يجب أن يظهر في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="18"/>
        <source>No user has the id {user_id}.</source>
        <translation>لا يوجد مستخدم بالمعرّف {user_id}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="19"/>
        <source>The register must keep at least one active administrator.</source>
        <translation>يجب أن يبقى في السجل مسؤول نشط واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="20"/>
        <source>You cannot deactivate your own account.</source>
        <translation>لا يمكنك تعطيل حسابك.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="21"/>
        <source>This user was changed by someone else meanwhile; reload the list.</source>
        <translation>عدّل شخص آخر هذا المستخدم في الأثناء؛ أعد تحميل القائمة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="22"/>
        <source>Nobody is signed in: sign in first.</source>
        <translation>لم يسجّل أحد الدخول: سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="23"/>
        <source>Your role ({role}) may not read the register.</source>
        <translation>لا يسمح دورك ({role}) بالاطلاع على السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="24"/>
        <source>Your role ({role}) may not change the register.</source>
        <translation>لا يسمح دورك ({role}) بتعديل السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="25"/>
        <source>Your role ({role}) may not record attendance or scores.</source>
        <translation>لا يسمح دورك ({role}) بتسجيل الحضور أو الدرجات.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="26"/>
        <source>Your role ({role}) may not print the register&apos;s documents.</source>
        <translation>لا يسمح دورك ({role}) بطباعة وثائق السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="27"/>
        <source>Your role ({role}) may not export from the register.</source>
        <translation>لا يسمح دورك ({role}) بالتصدير من السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="28"/>
        <source>Your role ({role}) may not issue, correct or revoke certificates.</source>
        <translation>لا يسمح دورك ({role}) بإصدار الشهادات أو تصحيحها أو إلغائها.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="29"/>
        <source>Your role ({role}) may not read the audit trail.</source>
        <translation>لا يسمح دورك ({role}) بالاطلاع على سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="30"/>
        <source>Your role ({role}) may not administer the register.</source>
        <translation>لا يسمح دورك ({role}) بإدارة السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="31"/>
        <source>The audit trail is intact: {events} events, each chained to the one before; checked against {checkpoints} signed checkpoint(s), the last covering the events up to #{last}.</source>
        <translation>سجل التدقيق سليم: {events} حدثًا، كل منها مرتبط بما قبله؛ تم التحقق منه مقابل {checkpoints} نقطة تحقق موقّعة، آخرها يغطي الأحداث حتى رقم {last}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="32"/>
        <source>The trail holds {total} events, fewer than the {signed} signed at {when} UTC: events were deleted, the newest among them (#{last} is gone).</source>
        <translation>يضم السجل {total} حدثًا، أقل من {signed} الموقّعة في {when} UTC: حُذفت أحداث، من بينها الأحدث (اختفى الحدث رقم {last}).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="33"/>
        <source>Event #{last}, the last one signed at {when} UTC, is gone.</source>
        <translation>اختفى الحدث رقم {last}، آخر حدث موقّع في {when} UTC.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="34"/>
        <source>The trail holds {count} events up to #{last}, where the checkpoint of {when} UTC signed {signed}: events were deleted or added before it.</source>
        <translation>يضم السجل {count} حدثًا حتى الرقم {last}، بينما وقّعت نقطة التحقق في {when} UTC على {signed}: حُذفت أحداث أو أضيفت قبله.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="35"/>
        <source>Event #{last} does not have the hash signed at {when} UTC: events up to it were changed, deleted or replaced, and the chain made again.</source>
        <translation>لا يحمل الحدث رقم {last} البصمة الموقّعة في {when} UTC: عُدّلت أحداث حتى هذا الحدث أو حُذفت أو استُبدلت، وأعيد بناء السلسلة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="36"/>
        <source>The audit trail is intact: {events} events, each chained to the one before; no signed checkpoint yet.</source>
        <translation>سجل التدقيق سليم: {events} حدثًا، كل منها مرتبط بما قبله؛ لا توجد نقطة تحقق موقّعة بعد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="37"/>
        <source>Event #{event} does not chain to the event before it: it was edited, moved, or events before it were deleted.</source>
        <translation>الحدث رقم {event} غير مرتبط بالحدث السابق له: عُدّل أو نُقل، أو حُذفت أحداث قبله.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="38"/>
        <source>The checkpoint of {when} UTC in the file is missing from the register.</source>
        <translation>نقطة التحقق المؤرخة {when} UTC الموجودة في الملف مفقودة من السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="39"/>
        <source>The checkpoint of {when} UTC is not genuine: it was not signed with the centre&apos;s key.</source>
        <translation>نقطة التحقق المؤرخة {when} UTC غير أصلية: لم توقَّع بمفتاح المركز.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="40"/>
        <source>The audit trail has been tampered with: {count} problem(s). It breaks at event #{event}.</source>
        <translation>تم العبث بسجل التدقيق: {count} مشكلة. تنقطع السلسلة عند الحدث رقم {event}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="41"/>
        <source>The audit trail has been tampered with: {count} problem(s).</source>
        <translation>تم العبث بسجل التدقيق: {count} مشكلة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="44"/>
        <source>The checkpoints file must be a file named by its full path, not {path}.</source>
        <translation>يجب أن يكون ملف نقاط التحقق ملفًا مسمًّى بمساره الكامل، لا {path}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="45"/>
        <source>The window locks after 1 to {longest} minutes unused.</source>
        <translation>تُقفل النافذة بعد 1 إلى {longest} دقيقة دون استخدام.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="46"/>
        <source>Group roles and logins are for a register on a PostgreSQL server.</source>
        <translation>أدوار المجموعات والحسابات خاصة بسجل على خادم PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="37"/>
        <source>Verify a certificate</source>
        <translation>التحقق من شهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="42"/>
        <source>Paste the text read from the QR code (it starts with TR3:, TR2: or TR1:, or with the verification address)</source>
        <translation>الصق النص المقروء من رمز QR (يبدأ بـ TR3: أو TR2: أو TR1:، أو بعنوان التحقق)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="44"/>
        <source>or type the serial, e.g. RBT-2026-00017-K</source>
        <translation>أو اكتب الرقم، مثل RBT-2026-00017-K</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="45"/>
        <source>Read a &amp;picture or PDF…</source>
        <translation>قراءة &amp;صورة أو ملف PDF…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="46"/>
        <source>Revocation &amp;list…</source>
        <translation>&amp;قائمة الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="47"/>
        <source>A centre&apos;s signed list of revoked certificates, to check certificates this register did not issue</source>
        <translation>قائمة موقّعة بالشهادات الملغاة لمركز ما، للتحقق من شهادات لم يصدرها هذا السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="49"/>
        <source>&amp;Verify</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="55"/>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="56"/>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="148"/>
        <source>Serial</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="72"/>
        <source>A scan of the certificate</source>
        <translation>نسخة ممسوحة من الشهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="73"/>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>صور وملفات PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="85"/>
        <source>The centre&apos;s revocation list</source>
        <translation>قائمة الإلغاء الخاصة بالمركز</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="86"/>
        <source>Revocation lists (*.txt)</source>
        <translation>قوائم الإلغاء (*.txt)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="94"/>
        <source>Revocation list of %1</source>
        <translation>قائمة الإلغاء بتاريخ %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="108"/>
        <source>Not valid: no certificate has this serial in the register.</source>
        <translation>غير صالحة: لا توجد في السجل شهادة بهذا الرقم.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="110"/>
        <source>in the register</source>
        <translation>في السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="111"/>
        <source>in the revocation list of %1</source>
        <translation>في قائمة الإلغاء بتاريخ %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="112"/>
        <source>Valid: the signature is good and the certificate is not revoked (checked %1).</source>
        <translation>صالحة: التوقيع سليم والشهادة غير ملغاة (تم التحقق %1).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="115"/>
        <source>Signature valid, revocation not checked: this register did not issue the certificate. Load the issuing centre&apos;s revocation list to know whether it was withdrawn.</source>
        <translation>التوقيع صالح، ولم يُتحقق من الإلغاء: لم يصدر هذا السجل الشهادة. حمّل قائمة الإلغاء الخاصة بالمركز المُصدِر لمعرفة ما إذا كانت قد سُحبت.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="119"/>
        <source>revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="119"/>
        <source>superseded</source>
        <translation>مستبدلة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="120"/>
        <source>Not valid: the signature is good but the certificate was %1: %2</source>
        <translation>غير صالحة: التوقيع سليم لكن الشهادة %1: %2</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="122"/>
        <source>Not valid: %1</source>
        <translation>غير صالحة: %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="126"/>
        <source>there is no text to verify.</source>
        <translation>لا يوجد نص للتحقق منه.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="127"/>
        <source>this is not the seal of a certificate.</source>
        <translation>هذا ليس ختم شهادة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="128"/>
        <source>the seal is damaged (cut short or altered).</source>
        <translation>الختم تالف (مبتور أو معدّل).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="129"/>
        <source>the signature matches none of the centre&apos;s keys: the certificate was altered or forged, or sealed by another centre.</source>
        <translation>التوقيع لا يطابق أي مفتاح من مفاتيح المركز: عُدّلت الشهادة أو زُوّرت، أو ختمها مركز آخر.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="131"/>
        <source>the seal names a key the centre does not list.</source>
        <translation>يشير الختم إلى مفتاح لا يدرجه المركز.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="132"/>
        <source>the signature does not match what the certificate says: it was altered or forged.</source>
        <translation>التوقيع لا يطابق ما تتضمنه الشهادة: عُدّلت أو زُوّرت.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="133"/>
        <source>the key that sealed it was not valid on the issue date.</source>
        <translation>لم يكن المفتاح الذي ختمها سارياً في تاريخ الإصدار.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="134"/>
        <source>the seal cannot be verified.</source>
        <translation>لا يمكن التحقق من الختم.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="140"/>
        <source>This revocation list was due to be replaced on %1: ask the centre for its latest.</source>
        <translation>كان ينبغي استبدال قائمة الإلغاء هذه في %1: اطلب من المركز أحدث قائمة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="147"/>
        <source>Completion</source>
        <translation>إتمام</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="147"/>
        <source>Participation</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="149"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="150"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="151"/>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="152"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="153"/>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="153"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="154"/>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../registry_app/gui/app.py" line="226"/>
        <location filename="../../registry_app/gui/app.py" line="233"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/app.py" line="226"/>
        <source>Nobody can sign in to a damaged register. Your name, for the audit trail:</source>
        <translation>لا يمكن لأحد تسجيل الدخول إلى سجل تالف. اسمك، لسجل التدقيق:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/app.py" line="253"/>
        <source>Demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
</context>
</TS>
