<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="21" />
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="22" />
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="23" />
        <source>excused</source>
        <translation>غياب بعذر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="24" />
        <source>absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="82" />
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="82" />
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="82" />
        <source>Pre-test</source>
        <translation>الاختبار القبلي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="83" />
        <source>Post-test</source>
        <translation>الاختبار البعدي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="124" />
        <source>no session</source>
        <translation>لا توجد حصة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="125" />
        <source>no mark</source>
        <translation>بلا علامة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="167" />
        <source>A score is a number from 0 to 100.</source>
        <translation>العلامة عدد من 0 إلى 100.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="74" />
        <source>One sheet per day</source>
        <translation>ورقة لكل يوم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="75" />
        <source>Whole course on one grid</source>
        <translation>الدورة كاملة في شبكة واحدة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="76" />
        <source>Blank sheet for walk-ins</source>
        <translation>ورقة فارغة للحاضرين غير المسجلين</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="94" />
        <source>%1 — %2 to %3, %4 participant(s) in the room, status: %5</source>
        <translation>%1 — من %2 إلى %3، عدد الحاضرين في القاعة: %4، الحالة: %5</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="128" />
        <source>Choose a half-day first: click a cell of its column.</source>
        <translation>اختر نصف اليوم أولا: انقر خانة في عموده.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="167" />
        <location filename="../../ui/attendance_page.ui" line="11" />
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="19" />
        <source>&amp;Course:</source>
        <translation>ال&amp;دورة:</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="25" />
        <source>Course code, e.g. INV-101/2026-03</source>
        <translation>رمز الدورة، مثل INV-101/2026-03</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="42" />
        <source>All &amp;present for this half-day</source>
        <translation>الجميع &amp;حاضرون في نصف اليوم هذا</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="47" />
        <source>C&amp;lose the course…</source>
        <translation>إ&amp;غلاق الدورة…</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="57" />
        <source>&amp;Sign-in sheets</source>
        <translation>أوراق ال&amp;توقيع</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="62" />
        <source>&amp;Roster</source>
        <translation>&amp;قائمة المشاركين</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="67" />
        <source>&amp;Name cards</source>
        <translation>&amp;بطاقات الأسماء</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="82" />
        <source>Keys: P or 1 present · L or 2 late · E or 3 excused · A or 4 absent · Delete clears; arrows move. Scores: F2 or double-click.</source>
        <translation>المفاتيح: P أو 1 حاضر · L أو 2 متأخر · E أو 3 غياب بعذر · A أو 4 غائب · Delete للمسح؛ الأسهم للتنقل. العلامات: F2 أو نقر مزدوج.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../registry_app/gui/widgets/background_task.py" line="53" />
        <source>Cancel</source>
        <translation>إلغاء الأمر</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="10" />
        <source>Serial</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="11" />
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="12" />
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="13" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="14" />
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="15" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="16" />
        <source>Reprints</source>
        <translation>إعادات الطبع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="17" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="20" />
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="21" />
        <source>Valid</source>
        <translation>سارية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="22" />
        <source>Revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="23" />
        <source>Superseded</source>
        <translation>مستبدلة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="32" />
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="100" />
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="35" />
        <source>Search: serial, name (any script) or course code…</source>
        <translation>بحث: الرقم أو الاسم (بأي كتابة) أو رمز الدورة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="56" />
        <source>&amp;Graduation…</source>
        <translation>&amp;التخرج…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="57" />
        <source>&amp;Reprint</source>
        <translation>إعادة ال&amp;طبع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="58" />
        <source>&amp;Correct and reissue…</source>
        <translation>ت&amp;صحيح وإعادة الإصدار…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="59" />
        <source>Re&amp;voke…</source>
        <translation>إ&amp;لغاء…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="60" />
        <source>V&amp;erify…</source>
        <translation>ت&amp;حقق…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="61" />
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="62" />
        <source>Revocation &amp;list…</source>
        <translation>&amp;قائمة الإلغاءات…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="63" />
        <source>&amp;Template…</source>
        <translation>&amp;النموذج…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="103" />
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="103" />
        <source>Passphrase of the signing key:</source>
        <translation>عبارة مرور مفتاح التوقيع:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="146" />
        <source>Correct and reissue</source>
        <translation>تصحيح وإعادة الإصدار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="147" />
        <source>What is corrected (correct the participant first)?</source>
        <translation>ما الذي يُصحَّح (صحّح بيانات المشارك أولا)؟</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="168" />
        <source>Revoke</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="169" />
        <source>Why is %1 revoked?</source>
        <translation>لماذا تُلغى الشهادة %1؟</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="189" />
        <source>Export the register</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="190" />
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>جدول (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="209" />
        <source>Revocation list to publish</source>
        <translation>قائمة الإلغاءات للنشر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="210" />
        <source>Text (*.txt)</source>
        <translation>نص (*.txt)</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="19" />
        <source>Close course %1</source>
        <translation>إغلاق الدورة %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="23" />
        <source>Each participant in the room is completed or not by the programme's rule. Select a row and choose Override to decide otherwise, with a reason.</source>
        <translation>يُحكم على كل مشارك حاضر بالإتمام أو عدمه وفق قاعدة البرنامج. اختر سطرا ثم «استثناء» لتقرر خلاف ذلك مع ذكر السبب.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="27" />
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="27" />
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="27" />
        <source>Post-test</source>
        <translation>الاختبار البعدي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="28" />
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="28" />
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="34" />
        <source>&amp;Override…</source>
        <translation>&amp;استثناء…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="35" />
        <source>&amp;Close the course</source>
        <translation>&amp;إغلاق الدورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="60" />
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="87" />
        <source>completed</source>
        <translation>أتم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="60" />
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="87" />
        <source>not completed</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="85" />
        <source>Override</source>
        <translation>استثناء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="86" />
        <source>Why is %1 %2 against the rule?</source>
        <translation>لماذا %1 %2 خلافا للقاعدة؟</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/demo_progress.py" line="29" />
        <source>Demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/demo_progress.py" line="30" />
        <source>Creating the demo register…</source>
        <translation>جارٍ إنشاء السجل التجريبي…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/first_run_dialog.py" line="19" />
        <source>Register file: %1</source>
        <translation>ملف السجل: %1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="9" />
        <source>A new register</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="15" />
        <source>This is the first time Training Registry opens on this computer. It will keep the register in a file in your user data folder. How do you want to start?</source>
        <translation>هذه أول مرة يُفتح فيها البرنامج على هذا الحاسوب. سيحفظ السجل في ملف داخل مجلد بياناتك. كيف تريد أن تبدأ؟</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="22" />
        <source>Start with &amp;demo data (a fictitious programme office, to try the program)</source>
        <translation>البدء ببيانات &amp;تجريبية (مكتب برنامج وهمي لتجربة البرنامج)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="28" />
        <source>Start &amp;empty (to keep a real register)</source>
        <translation>البدء بسجل &amp;فارغ (لمسك سجل حقيقي)</translation>
    </message>
</context>
<context>
    <name>GraduationDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="23" />
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="53" />
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="78" />
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="84" />
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="90" />
        <source>Graduation</source>
        <translation>التخرج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="26" />
        <source>Course code, e.g. INV-101/2026-03</source>
        <translation>رمز الدورة، مثل INV-101/2026-03</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="29" />
        <source>Also put the single PDFs in one .zip</source>
        <translation>ضع أيضا ملفات PDF الفردية في ملف .zip</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="31" />
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="31" />
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="31" />
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="35" />
        <source>&amp;Course</source>
        <translation>ال&amp;دورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="36" />
        <source>&amp;Passphrase of the signing key</source>
        <translation>&amp;عبارة مرور مفتاح التوقيع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="39" />
        <source>&amp;Issue the certificates…</source>
        <translation>إ&amp;صدار الشهادات…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="59" />
        <source>completion</source>
        <translation>إتمام</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="59" />
        <source>participation</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="61" />
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="71" />
        <source>Where to put the PDFs</source>
        <translation>أين تُحفظ ملفات PDF</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="78" />
        <source>Issuing the certificates…</source>
        <translation>جارٍ إصدار الشهادات…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="91" />
        <source>%1 certificate(s) issued, in %2</source>
        <translation>صدرت %1 شهادة في %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="40" />
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="41" />
        <location filename="../../registry_app/gui/main_window.py" line="42" />
        <source>Organisations</source>
        <translation>الهيئات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="43" />
        <source>The list and form of the nominating agencies come here: search, filters by country and type, and archiving. Meanwhile, the agencies in the register by type:</source>
        <translation>ستأتي هنا قائمة الهيئات المرشِّحة واستمارتها: البحث والتصفية حسب البلد والنوع والأرشفة. في الأثناء، الهيئات المسجلة حسب النوع:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="45" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="46" />
        <location filename="../../registry_app/gui/main_window.py" line="47" />
        <source>Programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="48" />
        <source>The accredited programmes, their titles in three languages, hours and completion rules will be edited here. The programmes in the register and their courses:</source>
        <translation>ستُحرَّر هنا البرامج المعتمدة وعناوينها باللغات الثلاث وساعاتها وقواعد إتمامها. البرامج المسجلة ودوراتها:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="50" />
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="51" />
        <location filename="../../registry_app/gui/main_window.py" line="52" />
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="53" />
        <source>Courses, their schedule, trainers and nominations will be managed here. The courses in the register by status:</source>
        <translation>ستُدار هنا الدورات وجداولها ومدربوها والترشيحات. الدورات المسجلة حسب الحالة:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="55" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="56" />
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="57" />
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="58" />
        <location filename="../../registry_app/gui/main_window.py" line="59" />
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="60" />
        <source>Figures for donors (participants by country, agency, sex and thematic area) come here. The register holds:</source>
        <translation>ستأتي هنا الأرقام الموجهة للمانحين (المشاركون حسب البلد والهيئة والجنس والمجال الموضوعي). يضم السجل:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="62" />
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="63" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="73" />
        <source>User: %1</source>
        <translation>المستخدم: %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="86" />
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9" />
        <source>Training Registry</source>
        <translation>Training Registry</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23" />
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="35" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="39" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="43" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="52" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56" />
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60" />
        <source>&amp;About Training Registry</source>
        <translation>&amp;حول Training Registry</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="21" />
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="22" />
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="23" />
        <source>Given names</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="24" />
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="25" />
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="26" />
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="27" />
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="28" />
        <source>Rank / position</source>
        <translation>الرتبة / الوظيفة</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="17" />
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="17" />
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="19" />
        <source>Northern Africa</source>
        <translation>شمال أفريقيا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="20" />
        <source>Western Africa</source>
        <translation>غرب أفريقيا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="21" />
        <source>Middle Africa</source>
        <translation>وسط أفريقيا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="22" />
        <source>Eastern Africa</source>
        <translation>شرق أفريقيا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="23" />
        <source>Southern Africa</source>
        <translation>الجنوب الأفريقي</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="24" />
        <source>Americas</source>
        <translation>الأمريكتان</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="25" />
        <source>Asia</source>
        <translation>آسيا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="26" />
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="27" />
        <source>Oceania</source>
        <translation>أوقيانوسيا</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="30" />
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="31" />
        <source>Gendarmerie</source>
        <translation>الدرك</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="32" />
        <source>Prosecution and judiciary</source>
        <translation>النيابة العامة والقضاء</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="33" />
        <source>Prison administration</source>
        <translation>إدارة السجون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="34" />
        <source>Border, customs, immigration</source>
        <translation>الحدود والجمارك والهجرة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="35" />
        <source>Intelligence</source>
        <translation>الاستخبارات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="36" />
        <source>Ministry</source>
        <translation>وزارة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="37" />
        <source>Military</source>
        <translation>القوات المسلحة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="38" />
        <source>International organisation</source>
        <translation>منظمة دولية</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="39" />
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="60" />
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="63" />
        <source>All nationalities</source>
        <translation>كل الجنسيات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="66" />
        <source>All organisations</source>
        <translation>كل الهيئات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="69" />
        <source>Women and men</source>
        <translation>نساء ورجال</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="106" />
        <source>No participant matches.</source>
        <translation>لا يوجد مشارك مطابق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="106" />
        <source>The register has no participant yet.</source>
        <translation>لا يضم السجل أي مشارك بعد.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="108" />
        <source>1 participant matches.</source>
        <translation>مشارك واحد مطابق.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="108" />
        <source>1 participant in the register.</source>
        <translation>مشارك واحد في السجل.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="110" />
        <source>No name matches exactly; %1 participant(s) with names that sound alike.</source>
        <translation>لا يوجد اسم مطابق تماما؛ %1 مشارك بأسماء متقاربة.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="112" />
        <source>%1 participants match.</source>
        <translation>عدد المشاركين المطابقين: %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="114" />
        <source>%1 participants in the register.</source>
        <translation>عدد المشاركين في السجل: %1</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="11" />
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="20" />
        <source>Search: name in Latin or Arabic script, reference, e-mail, ID document…</source>
        <translation>بحث: الاسم بالحروف اللاتينية أو العربية، المرجع، البريد الإلكتروني، وثيقة الهوية…</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="23" />
        <source>Search participants</source>
        <translation>البحث عن المشاركين</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="28" />
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="34" />
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="40" />
        <source>Type of organisation</source>
        <translation>نوع الهيئة</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="46" />
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="30" />
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="31" />
        <source>&amp;Save as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="43" />
        <source>Save the PDF</source>
        <translation>حفظ ملف PDF</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="50" />
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="50" />
        <source>The file could not be written: %1</source>
        <translation>تعذرت كتابة الملف: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="25" />
        <location filename="../../registry_app/gui/pages/settings_page.py" line="121" />
        <location filename="../../registry_app/gui/pages/settings_page.py" line="128" />
        <location filename="../../registry_app/gui/pages/settings_page.py" line="150" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="31" />
        <source>the --db option</source>
        <translation>الخيار --db</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="32" />
        <source>the REGISTRY_DB environment variable</source>
        <translation>متغير البيئة REGISTRY_DB</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="33" />
        <source>the settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="34" />
        <source>the default file of this user</source>
        <translation>الملف الافتراضي لهذا المستخدم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="39" />
        <source>Register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="40" />
        <source>Chosen by</source>
        <translation>اختير عبر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="41" />
        <source>Schema version</source>
        <translation>إصدار المخطط</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="42" />
        <source>Settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="43" />
        <source>Centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="44" />
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="56" />
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="63" />
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="66" />
        <source>Serial prefix</source>
        <translation>بادئة الأرقام</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="67" />
        <source>Serial pattern</source>
        <translation>نمط الأرقام</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="68" />
        <source>File names</source>
        <translation>أسماء الملفات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="69" />
        <source>Signed by (name)</source>
        <translation>الموقّع (الاسم)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="69" />
        <source>Signed by (title)</source>
        <translation>الموقّع (الصفة)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="73" />
        <source>Fields: {prefix} {year} {seq:05d} {check} in serials; {serial} {family} {given} {course} in file names.</source>
        <translation>الحقول: {prefix} {year} {seq:05d} {check} في الأرقام؛ {serial} {family} {given} {course} في أسماء الملفات.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="75" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="80" />
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="82" />
        <source>Create a new signing key…</source>
        <translation>إنشاء مفتاح توقيع جديد…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="83" />
        <source>Export the trust file…</source>
        <translation>تصدير ملف الثقة…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="101" />
        <source>None yet: create one before the first graduation.</source>
        <translation>لا يوجد بعد: أنشئ مفتاحا قبل أول تخرج.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="113" />
        <location filename="../../registry_app/gui/pages/settings_page.py" line="118" />
        <source>New signing key</source>
        <translation>مفتاح توقيع جديد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="114" />
        <source>Passphrase (8 characters at least):</source>
        <translation>عبارة المرور (8 أحرف على الأقل):</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="118" />
        <source>The same again:</source>
        <translation>العبارة نفسها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="121" />
        <source>The two passphrases differ; no key was made.</source>
        <translation>العبارتان مختلفتان؛ لم يُنشأ أي مفتاح.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="137" />
        <source>Trust file to publish</source>
        <translation>ملف الثقة للنشر</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="152" />
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="158" />
        <source>The new language applies the next time the program starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل البرنامج في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/summary_page.py" line="26" />
        <source>In the register</source>
        <translation>في السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/summary_page.py" line="26" />
        <source>Count</source>
        <translation>العدد</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="30" />
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="173" />
        <source>Certificate template</source>
        <translation>نموذج الشهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="46" />
        <source>the programme's hours</source>
        <translation>ساعات البرنامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="60" />
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="61" />
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="62" />
        <source>Completion wording</source>
        <translation>صيغة الإتمام</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="63" />
        <source>Participation wording</source>
        <translation>صيغة المشاركة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="64" />
        <source>Accreditation statement</source>
        <translation>بيان الاعتماد</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="65" />
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="68" />
        <source>Signatory %1: name</source>
        <translation>الموقّع %1: الاسم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="69" />
        <source>title</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="70" />
        <source>Signature…</source>
        <translation>التوقيع…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="75" />
        <source>Signatories</source>
        <translation>الموقّعون</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="77" />
        <source>Background…</source>
        <translation>الخلفية…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="77" />
        <source>Add a logo…</source>
        <translation>إضافة شعار…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="78" />
        <source>No pictures</source>
        <translation>بلا صور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="82" />
        <source>Pictures</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="132" />
        <source>A picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="132" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="18" />
        <source>Verify a certificate</source>
        <translation>التحقق من شهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="21" />
        <source>Paste the text read from the QR code (it starts with TR1:)</source>
        <translation>الصق النص المقروء من رمز QR (يبدأ بـ TR1:)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="23" />
        <source>or type the serial, e.g. RBT-2026-00017-K</source>
        <translation>أو اكتب الرقم، مثل RBT-2026-00017-K</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="24" />
        <source>Read a &amp;picture or PDF…</source>
        <translation>قراءة &amp;صورة أو ملف PDF…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="25" />
        <source>&amp;Verify</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="30" />
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="31" />
        <source>Serial</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="45" />
        <source>A scan of the certificate</source>
        <translation>نسخة ممسوحة من الشهادة</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="46" />
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>صور وملفات PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="68" />
        <source>&lt;b&gt;No certificate has this serial in the register.&lt;/b&gt;</source>
        <translation>&lt;b&gt;لا توجد في السجل شهادة بهذا الرقم.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="70" />
        <source>&lt;b style='color:#1B6E2A'&gt;Signature valid&lt;/b&gt; — key %1</source>
        <translation>&lt;b style='color:#1B6E2A'&gt;التوقيع صحيح&lt;/b&gt; — المفتاح %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="72" />
        <source>&lt;b style='color:#A01818'&gt;Signature not valid&lt;/b&gt;: %1</source>
        <translation>&lt;b style='color:#A01818'&gt;التوقيع غير صحيح&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="79" />
        <source>Register: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>السجل: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../registry_app/gui/app.py" line="65" />
        <source>The register cannot be opened</source>
        <translation>تعذر فتح السجل</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/app.py" line="90" />
        <source>Demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
</context>
</TS>