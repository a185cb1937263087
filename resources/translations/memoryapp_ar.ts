<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Browser</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Front and back</source>
        <translation>الجهة الأمامية والخلفية</translation>
    </message>
</context>
<context>
    <name>CollectionOpen</name>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>مفتوحة بالفعل</translation>
    </message>
    <message>
        <source>The collection “%1” is already open in another memoryapp window.</source>
        <translation>المجموعة «%1» مفتوحة بالفعل في نافذة أخرى من memoryapp.</translation>
    </message>
    <message>
        <source>Switch to that window to keep working, or close it and open the collection here. A collection opens in one window at a time so that no change is ever lost.</source>
        <translation>انتقل إلى تلك النافذة لمتابعة العمل، أو أغلقها وافتح المجموعة هنا. تُفتح المجموعة في نافذة واحدة في كل مرة حتى لا يضيع أي تغيير.</translation>
    </message>
    <message>
        <source>No collection there</source>
        <translation>لا توجد مجموعة هنا</translation>
    </message>
    <message>
        <source>There is no memoryapp collection in %1.</source>
        <translation>لا توجد مجموعة memoryapp في %1.</translation>
    </message>
    <message>
        <source>Choose the folder that holds the collection, or make a new one.</source>
        <translation>اختر المجلد الذي يحتوي على المجموعة، أو أنشئ مجموعة جديدة.</translation>
    </message>
    <message>
        <source>Made by a newer memoryapp</source>
        <translation>أُنشئت بإصدار أحدث من memoryapp</translation>
    </message>
    <message>
        <source>This collection was saved by a newer version of memoryapp.</source>
        <translation>حُفظت هذه المجموعة بإصدار أحدث من memoryapp.</translation>
    </message>
    <message>
        <source>Install the newer version to open it; this one will not change it.</source>
        <translation>ثبّت الإصدار الأحدث لفتحها؛ لن يغيّرها هذا الإصدار.</translation>
    </message>
    <message>
        <source>Cannot open the collection</source>
        <translation>تعذّر فتح المجموعة</translation>
    </message>
    <message>
        <source>The collection in %1 cannot be opened.</source>
        <translation>تعذّر فتح المجموعة الموجودة في %1.</translation>
    </message>
    <message>
        <source>Open a collection</source>
        <translation>فتح مجموعة</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new collection</source>
        <translation>اختر مجلدًا فارغًا للمجموعة الجديدة</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Title of the collection:</source>
        <translation>عنوان المجموعة:</translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation>تعذّر إنشاء المجموعة</translation>
    </message>
    <message>
        <source>A new collection needs an empty folder.</source>
        <translation>تحتاج المجموعة الجديدة إلى مجلد فارغ.</translation>
    </message>
</context>
<context>
    <name>CoreCommand</name>
    <message numerus="yes">
        <source>Edit %n item(s)</source>
        <translation><numerusform>تحرير %n عنصر</numerusform><numerusform>تحرير عنصر واحد</numerusform><numerusform>تحرير عنصرين</numerusform><numerusform>تحرير %n عناصر</numerusform><numerusform>تحرير %n عنصرًا</numerusform><numerusform>تحرير %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n item(s)</source>
        <translation><numerusform>وسم %n عنصر</numerusform><numerusform>وسم عنصر واحد</numerusform><numerusform>وسم عنصرين</numerusform><numerusform>وسم %n عناصر</numerusform><numerusform>وسم %n عنصرًا</numerusform><numerusform>وسم %n عنصر</numerusform></translation>
    </message>
    <message>
        <source>Tag a face</source>
        <translation>وسم وجه</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>تحرير شخص</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>تحرير مكان</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to the trash</source>
        <translation><numerusform>نقل %n عنصر إلى المهملات</numerusform><numerusform>نقل عنصر واحد إلى المهملات</numerusform><numerusform>نقل عنصرين إلى المهملات</numerusform><numerusform>نقل %n عناصر إلى المهملات</numerusform><numerusform>نقل %n عنصرًا إلى المهملات</numerusform><numerusform>نقل %n عنصر إلى المهملات</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s) from the trash</source>
        <translation><numerusform>استعادة %n عنصر من المهملات</numerusform><numerusform>استعادة عنصر واحد من المهملات</numerusform><numerusform>استعادة عنصرين من المهملات</numerusform><numerusform>استعادة %n عناصر من المهملات</numerusform><numerusform>استعادة %n عنصرًا من المهملات</numerusform><numerusform>استعادة %n عنصر من المهملات</numerusform></translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>إفراغ المهملات</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>بطاقة بريدية</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>جريدة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>In copyright</source>
        <translation>محمي بحقوق النشر</translation>
    </message>
    <message>
        <source>Copyright not evaluated</source>
        <translation>حقوق النشر غير مُقيَّمة</translation>
    </message>
    <message>
        <source>Copyright undetermined</source>
        <translation>حقوق النشر غير محددة</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>ملك عام</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>في حيازة</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>الألبوم</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Archive reference</source>
        <translation>المرجع الأرشيفي</translation>
    </message>
    <message>
        <source>How it reached us</source>
        <translation>كيف وصل إلينا</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>Rights notes</source>
        <translation>ملاحظات الحقوق</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Double-click to open it large</source>
        <translation>انقر نقرًا مزدوجًا لفتحه بحجم كبير</translation>
    </message>
    <message>
        <source>Open large (Enter)</source>
        <translation>فتح بحجم كبير (Enter)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>إضافة شخص…</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>الأ&amp;شخاص</translation>
    </message>
    <message>
        <source>Add a place…</source>
        <translation>إضافة مكان…</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>الأ&amp;ماكن</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>إضافة وسم…</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>الو&amp;سوم</translation>
    </message>
    <message>
        <source>Private: never exported or shared</source>
        <translation>خاص: لا يُصدَّر ولا يُشارَك أبدًا</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>From the file (read only)</source>
        <translation>من الملف (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>تسجيل</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select a photo or a document to see and edit what is known about it.</source>
        <translation>اختر صورة أو وثيقة لعرض ما هو معروف عنها وتحريره.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n items…</source>
        <translation><numerusform>جارٍ قراءة %n عنصر…</numerusform><numerusform>جارٍ قراءة عنصر واحد…</numerusform><numerusform>جارٍ قراءة عنصرين…</numerusform><numerusform>جارٍ قراءة %n عناصر…</numerusform><numerusform>جارٍ قراءة %n عنصرًا…</numerusform><numerusform>جارٍ قراءة %n عنصر…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation><numerusform>حُدِّد %n عنصر</numerusform><numerusform>حُدِّد عنصر واحد</numerusform><numerusform>حُدِّد عنصران</numerusform><numerusform>حُدِّدت %n عناصر</numerusform><numerusform>حُدِّد %n عنصرًا</numerusform><numerusform>حُدِّد %n عنصر</numerusform></translation>
    </message>
    <message>
        <source>A change here applies to all of them (one step to undo).</source>
        <translation>أي تغيير هنا يسري عليها جميعًا (خطوة تراجع واحدة).</translation>
    </message>
    <message>
        <source>Several dates</source>
        <translation>تواريخ متعددة</translation>
    </message>
    <message>
        <source>e.g. c. 1955, summer 1962, 1950s</source>
        <translation>مثل: c. 1955 أو summer 1962 أو 1950s</translation>
    </message>
    <message>
        <source>Several kinds</source>
        <translation>أنواع متعددة</translation>
    </message>
    <message>
        <source>Several statements</source>
        <translation>بيانات متعددة</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Several values: type to replace them all</source>
        <translation>قيم متعددة: اكتب لاستبدالها جميعًا</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message numerus="yes">
        <source>Set date of %n item(s)</source>
        <translation><numerusform>تعيين تاريخ %n عنصر</numerusform><numerusform>تعيين تاريخ عنصر واحد</numerusform><numerusform>تعيين تاريخ عنصرين</numerusform><numerusform>تعيين تاريخ %n عناصر</numerusform><numerusform>تعيين تاريخ %n عنصرًا</numerusform><numerusform>تعيين تاريخ %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set type of %n item(s)</source>
        <translation><numerusform>تعيين نوع %n عنصر</numerusform><numerusform>تعيين نوع عنصر واحد</numerusform><numerusform>تعيين نوع عنصرين</numerusform><numerusform>تعيين نوع %n عناصر</numerusform><numerusform>تعيين نوع %n عنصرًا</numerusform><numerusform>تعيين نوع %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set rights of %n item(s)</source>
        <translation><numerusform>تعيين حقوق %n عنصر</numerusform><numerusform>تعيين حقوق عنصر واحد</numerusform><numerusform>تعيين حقوق عنصرين</numerusform><numerusform>تعيين حقوق %n عناصر</numerusform><numerusform>تعيين حقوق %n عنصرًا</numerusform><numerusform>تعيين حقوق %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set title of %n item(s)</source>
        <translation><numerusform>تعيين عنوان %n عنصر</numerusform><numerusform>تعيين عنوان عنصر واحد</numerusform><numerusform>تعيين عنوان عنصرين</numerusform><numerusform>تعيين عنوان %n عناصر</numerusform><numerusform>تعيين عنوان %n عنصرًا</numerusform><numerusform>تعيين عنوان %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set description of %n item(s)</source>
        <translation><numerusform>تعيين وصف %n عنصر</numerusform><numerusform>تعيين وصف عنصر واحد</numerusform><numerusform>تعيين وصف عنصرين</numerusform><numerusform>تعيين وصف %n عناصر</numerusform><numerusform>تعيين وصف %n عنصرًا</numerusform><numerusform>تعيين وصف %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set notes of %n item(s)</source>
        <translation><numerusform>تعيين ملاحظات %n عنصر</numerusform><numerusform>تعيين ملاحظات عنصر واحد</numerusform><numerusform>تعيين ملاحظات عنصرين</numerusform><numerusform>تعيين ملاحظات %n عناصر</numerusform><numerusform>تعيين ملاحظات %n عنصرًا</numerusform><numerusform>تعيين ملاحظات %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set holder of %n item(s)</source>
        <translation><numerusform>تعيين حائز %n عنصر</numerusform><numerusform>تعيين حائز عنصر واحد</numerusform><numerusform>تعيين حائز عنصرين</numerusform><numerusform>تعيين حائز %n عناصر</numerusform><numerusform>تعيين حائز %n عنصرًا</numerusform><numerusform>تعيين حائز %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set album of %n item(s)</source>
        <translation><numerusform>تعيين ألبوم %n عنصر</numerusform><numerusform>تعيين ألبوم عنصر واحد</numerusform><numerusform>تعيين ألبوم عنصرين</numerusform><numerusform>تعيين ألبوم %n عناصر</numerusform><numerusform>تعيين ألبوم %n عنصرًا</numerusform><numerusform>تعيين ألبوم %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set box of %n item(s)</source>
        <translation><numerusform>تعيين صندوق %n عنصر</numerusform><numerusform>تعيين صندوق عنصر واحد</numerusform><numerusform>تعيين صندوق عنصرين</numerusform><numerusform>تعيين صندوق %n عناصر</numerusform><numerusform>تعيين صندوق %n عنصرًا</numerusform><numerusform>تعيين صندوق %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set page of %n item(s)</source>
        <translation><numerusform>تعيين صفحة %n عنصر</numerusform><numerusform>تعيين صفحة عنصر واحد</numerusform><numerusform>تعيين صفحة عنصرين</numerusform><numerusform>تعيين صفحة %n عناصر</numerusform><numerusform>تعيين صفحة %n عنصرًا</numerusform><numerusform>تعيين صفحة %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set archive reference of %n item(s)</source>
        <translation><numerusform>تعيين المرجع الأرشيفي لـ%n عنصر</numerusform><numerusform>تعيين المرجع الأرشيفي لعنصر واحد</numerusform><numerusform>تعيين المرجع الأرشيفي لعنصرين</numerusform><numerusform>تعيين المرجع الأرشيفي لـ%n عناصر</numerusform><numerusform>تعيين المرجع الأرشيفي لـ%n عنصرًا</numerusform><numerusform>تعيين المرجع الأرشيفي لـ%n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set provenance of %n item(s)</source>
        <translation><numerusform>تعيين مصدر %n عنصر</numerusform><numerusform>تعيين مصدر عنصر واحد</numerusform><numerusform>تعيين مصدر عنصرين</numerusform><numerusform>تعيين مصدر %n عناصر</numerusform><numerusform>تعيين مصدر %n عنصرًا</numerusform><numerusform>تعيين مصدر %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %1 to %n item(s)</source>
        <translation><numerusform>إضافة %1 إلى %n عنصر</numerusform><numerusform>إضافة %1 إلى عنصر واحد</numerusform><numerusform>إضافة %1 إلى عنصرين</numerusform><numerusform>إضافة %1 إلى %n عناصر</numerusform><numerusform>إضافة %1 إلى %n عنصرًا</numerusform><numerusform>إضافة %1 إلى %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n item(s)</source>
        <translation><numerusform>إزالة %1 من %n عنصر</numerusform><numerusform>إزالة %1 من عنصر واحد</numerusform><numerusform>إزالة %1 من عنصرين</numerusform><numerusform>إزالة %1 من %n عناصر</numerusform><numerusform>إزالة %1 من %n عنصرًا</numerusform><numerusform>إزالة %1 من %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add place %1 to %n item(s)</source>
        <translation><numerusform>إضافة المكان %1 إلى %n عنصر</numerusform><numerusform>إضافة المكان %1 إلى عنصر واحد</numerusform><numerusform>إضافة المكان %1 إلى عنصرين</numerusform><numerusform>إضافة المكان %1 إلى %n عناصر</numerusform><numerusform>إضافة المكان %1 إلى %n عنصرًا</numerusform><numerusform>إضافة المكان %1 إلى %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove place %1 from %n item(s)</source>
        <translation><numerusform>إزالة المكان %1 من %n عنصر</numerusform><numerusform>إزالة المكان %1 من عنصر واحد</numerusform><numerusform>إزالة المكان %1 من عنصرين</numerusform><numerusform>إزالة المكان %1 من %n عناصر</numerusform><numerusform>إزالة المكان %1 من %n عنصرًا</numerusform><numerusform>إزالة المكان %1 من %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add tag '%1' to %n item(s)</source>
        <translation><numerusform>إضافة الوسم '%1' إلى %n عنصر</numerusform><numerusform>إضافة الوسم '%1' إلى عنصر واحد</numerusform><numerusform>إضافة الوسم '%1' إلى عنصرين</numerusform><numerusform>إضافة الوسم '%1' إلى %n عناصر</numerusform><numerusform>إضافة الوسم '%1' إلى %n عنصرًا</numerusform><numerusform>إضافة الوسم '%1' إلى %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove tag '%1' from %n item(s)</source>
        <translation><numerusform>إزالة الوسم '%1' من %n عنصر</numerusform><numerusform>إزالة الوسم '%1' من عنصر واحد</numerusform><numerusform>إزالة الوسم '%1' من عنصرين</numerusform><numerusform>إزالة الوسم '%1' من %n عناصر</numerusform><numerusform>إزالة الوسم '%1' من %n عنصرًا</numerusform><numerusform>إزالة الوسم '%1' من %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) private</source>
        <translation><numerusform>جعل %n عنصر خاصًا</numerusform><numerusform>جعل عنصر واحد خاصًا</numerusform><numerusform>جعل عنصرين خاصَّين</numerusform><numerusform>جعل %n عناصر خاصة</numerusform><numerusform>جعل %n عنصرًا خاصًا</numerusform><numerusform>جعل %n عنصر خاصًا</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) not private</source>
        <translation><numerusform>جعل %n عنصر غير خاص</numerusform><numerusform>جعل عنصر واحد غير خاص</numerusform><numerusform>جعل عنصرين غير خاصَّين</numerusform><numerusform>جعل %n عناصر غير خاصة</numerusform><numerusform>جعل %n عنصرًا غير خاص</numerusform><numerusform>جعل %n عنصر غير خاص</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n item(s)</source>
        <translation><numerusform>تحرير %n عنصر</numerusform><numerusform>تحرير عنصر واحد</numerusform><numerusform>تحرير عنصرين</numerusform><numerusform>تحرير %n عناصر</numerusform><numerusform>تحرير %n عنصرًا</numerusform><numerusform>تحرير %n عنصر</numerusform></translation>
    </message>
    <message>
        <source>Add a custody event</source>
        <translation>إضافة انتقال للحيازة</translation>
    </message>
    <message>
        <source>No box or album yet: add one with “memoryapp container add”.</source>
        <translation>لا يوجد صندوق أو ألبوم بعد: أضف واحدًا باستخدام «memoryapp container add».</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation><numerusform>نقل %n عنصر</numerusform><numerusform>نقل عنصر واحد</numerusform><numerusform>نقل عنصرين</numerusform><numerusform>نقل %n عناصر</numerusform><numerusform>نقل %n عنصرًا</numerusform><numerusform>نقل %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) not named yet</source>
        <translation><numerusform>%n وجه لم يُسمَّ بعد</numerusform><numerusform>وجه واحد لم يُسمَّ بعد</numerusform><numerusform>وجهان لم يُسمَّيا بعد</numerusform><numerusform>%n وجوه لم تُسمَّ بعد</numerusform><numerusform>%n وجهًا لم يُسمَّ بعد</numerusform><numerusform>%n وجه لم يُسمَّ بعد</numerusform></translation>
    </message>
    <message>
        <source>Transcribe text</source>
        <translation>تفريغ النص</translation>
    </message>
    <message>
        <source>Use text for search</source>
        <translation>استخدام النص في البحث</translation>
    </message>
    <message>
        <source>Add identification evidence…</source>
        <translation>إضافة دليل على الهوية…</translation>
    </message>
    <message>
        <source>Identify %1</source>
        <translation>تحديد هوية %1</translation>
    </message>
</context>
<context>
    <name>EmbeddedView</name>
    <message>
        <source>Picture damaged</source>
        <translation>الصورة تالفة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>تاريخ الالتقاط</translation>
    </message>
    <message>
        <source>Digitized</source>
        <translation>تاريخ الرقمنة</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Keyword paths</source>
        <translation>مسارات الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>People named</source>
        <translation>الأشخاص المذكورون</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>المنشئ</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>صانع الكاميرا</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>طراز الكاميرا</translation>
    </message>
    <message>
        <source>Sidecar file</source>
        <translation>الملف المرافق</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>البكسلات</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>التخزين</translation>
    </message>
    <message>
        <source>linked where it lies</source>
        <translation>مرتبط في مكانه</translation>
    </message>
    <message>
        <source>copied into the collection</source>
        <translation>منسوخ داخل المجموعة</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Face regions</source>
        <translation>مناطق الوجوه</translation>
    </message>
    <message>
        <source>Nothing was embedded in this file.</source>
        <translation>لم يُضمَّن أي شيء في هذا الملف.</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Include private items and people</source>
        <translation>تضمين العناصر والأشخاص الخاصين</translation>
    </message>
    <message>
        <source>Include living people's details</source>
        <translation>تضمين تفاصيل الأشخاص الأحياء</translation>
    </message>
    <message>
        <source>(private or living people included, as asked)</source>
        <translation>(مع تضمين الأشخاص الخاصين أو الأحياء، كما طُلب)</translation>
    </message>
    <message numerus="yes">
        <source>(%n thing(s) withheld or replaced for privacy)</source>
        <translation><numerusform>(حُجب أو استُبدل %n شيء للخصوصية)</numerusform><numerusform>(حُجب أو استُبدل شيء واحد للخصوصية)</numerusform><numerusform>(حُجب أو استُبدل شيئان للخصوصية)</numerusform><numerusform>(حُجبت أو استُبدلت %n أشياء للخصوصية)</numerusform><numerusform>(حُجب أو استُبدل %n شيئًا للخصوصية)</numerusform><numerusform>(حُجب أو استُبدل %n شيء للخصوصية)</numerusform></translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Archive log (CSV)</source>
        <translation>سجل الأرشيف (CSV)</translation>
    </message>
    <message>
        <source>Archive log (Excel)</source>
        <translation>سجل الأرشيف (Excel)</translation>
    </message>
    <message>
        <source>Cue sheet (CSV)</source>
        <translation>ورقة الإشارات (CSV)</translation>
    </message>
    <message>
        <source>OpenTimelineIO timeline</source>
        <translation>خط زمني OpenTimelineIO</translation>
    </message>
    <message>
        <source>EDL (CMX 3600)</source>
        <translation>EDL (CMX 3600)</translation>
    </message>
    <message>
        <source>Final Cut Pro XML</source>
        <translation>Final Cut Pro XML</translation>
    </message>
    <message>
        <source>Scene binder (HTML)</source>
        <translation>ملف المشاهد (HTML)</translation>
    </message>
    <message>
        <source>%1 (*%2)</source>
        <translation>%1 (*%2)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <source>Exporting %1N{HORIZONTAL ELLIPSIS}</source>
        <translation>جارٍ تصدير %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>صُدِّر إلى %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n عنصر</numerusform><numerusform>عنصر واحد</numerusform><numerusform>عنصران</numerusform><numerusform>%n عناصر</numerusform><numerusform>%n عنصرًا</numerusform><numerusform>%n عنصر</numerusform></translation>
    </message>
    <message>
        <source>Exporting %1: %2</source>
        <translation>تصدير %1: %2</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Also write JPEG copies with the XMP inside</source>
        <translation>كتابة نسخ JPEG أيضًا مع XMP بداخلها</translation>
    </message>
    <message>
        <source>The web address the folder will be served from.</source>
        <translation>عنوان الويب الذي سيُقدَّم منه المجلد.</translation>
    </message>
    <message>
        <source>Served from:</source>
        <translation>يُقدَّم من:</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>التصدير بصيغة:</translation>
    </message>
    <message>
        <source>Privacy: what may leave the collection</source>
        <translation>الخصوصية: ما يجوز أن يخرج من المجموعة</translation>
    </message>
    <message>
        <source>Include &amp;private items and people</source>
        <translation>تضمين العناصر والأشخاص ال&amp;خاصين</translation>
    </message>
    <message>
        <source>Include &amp;living people's details</source>
        <translation>تضمين تفاصيل الأشخاص الأ&amp;حياء</translation>
    </message>
    <message>
        <source>Otherwise a living person is</source>
        <translation>وإلا يظهر الشخص الحي بصفته</translation>
    </message>
    <message>
        <source>Keep &amp;exact GPS positions</source>
        <translation>الإبقاء على مواقع GPS ال&amp;دقيقة</translation>
    </message>
    <message>
        <source>Otherwise positions are rounded to about 1 km. Places marked not to be</source>
        <translation>وإلا تُقرَّب المواقع إلى نحو 1 كم. أما الأماكن المعلَّمة بعدم</translation>
    </message>
    <message>
        <source>pinpointed are always withheld.</source>
        <translation>تحديد موقعها بدقة فتُحجب دائمًا.</translation>
    </message>
    <message>
        <source>Privacy summary</source>
        <translation>ملخص الخصوصية</translation>
    </message>
    <message>
        <source>Working out what will be withheld…</source>
        <translation>جارٍ تحديد ما سيُحجب…</translation>
    </message>
    <message>
        <source>Details (the report saved with the export)</source>
        <translation>التفاصيل (التقرير المحفوظ مع التصدير)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>In the folder:</source>
        <translation>في المجلد:</translation>
    </message>
    <message>
        <source>New folder name:</source>
        <translation>اسم المجلد الجديد:</translation>
    </message>
    <message>
        <source>Privacy report (also saved in the export):</source>
        <translation>تقرير الخصوصية (يُحفظ أيضًا في التصدير):</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>اختر مكان حفظ التصدير</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>%1 - %2 export</source>
        <translation>%1 - تصدير %2</translation>
    </message>
    <message>
        <source>Private and living people's details will be exported.</source>
        <translation>ستُصدَّر تفاصيل الأشخاص الخاصين والأحياء.</translation>
    </message>
    <message>
        <source>The privacy summary could not be made: %1</source>
        <translation>تعذّر إعداد ملخص الخصوصية: %1</translation>
    </message>
    <message>
        <source>Give the export folder a name.</source>
        <translation>أعطِ مجلد التصدير اسمًا.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n item(s) to %1…</source>
        <translation><numerusform>جارٍ تصدير %n عنصر إلى %1…</numerusform><numerusform>جارٍ تصدير عنصر واحد إلى %1…</numerusform><numerusform>جارٍ تصدير عنصرين إلى %1…</numerusform><numerusform>جارٍ تصدير %n عناصر إلى %1…</numerusform><numerusform>جارٍ تصدير %n عنصرًا إلى %1…</numerusform><numerusform>جارٍ تصدير %n عنصر إلى %1…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) as %1.</source>
        <translation><numerusform>صُدِّر %n عنصر بصيغة %1.</numerusform><numerusform>صُدِّر عنصر واحد بصيغة %1.</numerusform><numerusform>صُدِّر عنصران بصيغة %1.</numerusform><numerusform>صُدِّرت %n عناصر بصيغة %1.</numerusform><numerusform>صُدِّر %n عنصرًا بصيغة %1.</numerusform><numerusform>صُدِّر %n عنصر بصيغة %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the log.</source>
        <translation><numerusform>%n تحذير: راجع السجل.</numerusform><numerusform>تحذير واحد: راجع السجل.</numerusform><numerusform>تحذيران: راجع السجل.</numerusform><numerusform>%n تحذيرات: راجع السجل.</numerusform><numerusform>%n تحذيرًا: راجع السجل.</numerusform><numerusform>%n تحذير: راجع السجل.</numerusform></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n private item(s)</source>
        <translation><numerusform>%n عنصر خاص</numerusform><numerusform>عنصر خاص واحد</numerusform><numerusform>عنصران خاصان</numerusform><numerusform>%n عناصر خاصة</numerusform><numerusform>%n عنصرًا خاصًا</numerusform><numerusform>%n عنصر خاص</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n private person(s)</source>
        <translation><numerusform>%n شخص خاص</numerusform><numerusform>شخص خاص واحد</numerusform><numerusform>شخصان خاصان</numerusform><numerusform>%n أشخاص خاصين</numerusform><numerusform>%n شخصًا خاصًا</numerusform><numerusform>%n شخص خاص</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n private person tag(s)</source>
        <translation><numerusform>%n وسم خاص لشخص</numerusform><numerusform>وسم خاص واحد لشخص</numerusform><numerusform>وسمان خاصان لأشخاص</numerusform><numerusform>%n وسوم خاصة لأشخاص</numerusform><numerusform>%n وسمًا خاصًا لأشخاص</numerusform><numerusform>%n وسم خاص لأشخاص</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n living person's name(s) replaced</source>
        <translation><numerusform>استُبدل %n اسم لأشخاص أحياء</numerusform><numerusform>استُبدل اسم واحد لشخص حي</numerusform><numerusform>استُبدل اسمان لأشخاص أحياء</numerusform><numerusform>استُبدلت %n أسماء لأشخاص أحياء</numerusform><numerusform>استُبدل %n اسمًا لأشخاص أحياء</numerusform><numerusform>استُبدل %n اسم لأشخاص أحياء</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n living person(s) left out</source>
        <translation><numerusform>استُبعد %n شخص حي</numerusform><numerusform>استُبعد شخص حي واحد</numerusform><numerusform>استُبعد شخصان حيان</numerusform><numerusform>استُبعد %n أشخاص أحياء</numerusform><numerusform>استُبعد %n شخصًا حيًا</numerusform><numerusform>استُبعد %n شخص حي</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n living person's detail(s)</source>
        <translation><numerusform>%n معلومة عن أشخاص أحياء</numerusform><numerusform>معلومة واحدة عن شخص حي</numerusform><numerusform>معلومتان عن أشخاص أحياء</numerusform><numerusform>%n معلومات عن أشخاص أحياء</numerusform><numerusform>%n معلومةً عن أشخاص أحياء</numerusform><numerusform>%n معلومة عن أشخاص أحياء</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) showing living people</source>
        <translation><numerusform>%n صورة تُظهر أشخاصًا أحياء</numerusform><numerusform>صورة واحدة تُظهر أشخاصًا أحياء</numerusform><numerusform>صورتان تُظهران أشخاصًا أحياء</numerusform><numerusform>%n صور تُظهر أشخاصًا أحياء</numerusform><numerusform>%n صورةً تُظهر أشخاصًا أحياء</numerusform><numerusform>%n صورة تُظهر أشخاصًا أحياء</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n exact position(s) rounded</source>
        <translation><numerusform>قُرِّب %n موقع دقيق</numerusform><numerusform>قُرِّب موقع دقيق واحد</numerusform><numerusform>قُرِّب موقعان دقيقان</numerusform><numerusform>قُرِّبت %n مواقع دقيقة</numerusform><numerusform>قُرِّب %n موقعًا دقيقًا</numerusform><numerusform>قُرِّب %n موقع دقيق</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n exact position(s)</source>
        <translation><numerusform>%n موقع دقيق</numerusform><numerusform>موقع دقيق واحد</numerusform><numerusform>موقعان دقيقان</numerusform><numerusform>%n مواقع دقيقة</numerusform><numerusform>%n موقعًا دقيقًا</numerusform><numerusform>%n موقع دقيق</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) of places not to pinpoint</source>
        <translation><numerusform>%n موقع لأماكن لا يُحدَّد موقعها بدقة</numerusform><numerusform>موقع واحد لمكان لا يُحدَّد موقعه بدقة</numerusform><numerusform>موقعان لأماكن لا يُحدَّد موقعها بدقة</numerusform><numerusform>%n مواقع لأماكن لا يُحدَّد موقعها بدقة</numerusform><numerusform>%n موقعًا لأماكن لا يُحدَّد موقعها بدقة</numerusform><numerusform>%n موقع لأماكن لا يُحدَّد موقعها بدقة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n face region(s) of living people</source>
        <translation><numerusform>%n منطقة وجه لأشخاص أحياء</numerusform><numerusform>منطقة وجه واحدة لشخص حي</numerusform><numerusform>منطقتا وجه لأشخاص أحياء</numerusform><numerusform>%n مناطق وجوه لأشخاص أحياء</numerusform><numerusform>%n منطقةَ وجه لأشخاص أحياء</numerusform><numerusform>%n منطقة وجه لأشخاص أحياء</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of withheld names in texts</source>
        <translation><numerusform>%n إشارة إلى أسماء محجوبة في النصوص</numerusform><numerusform>إشارة واحدة إلى اسم محجوب في النصوص</numerusform><numerusform>إشارتان إلى أسماء محجوبة في النصوص</numerusform><numerusform>%n إشارات إلى أسماء محجوبة في النصوص</numerusform><numerusform>%n إشارةً إلى أسماء محجوبة في النصوص</numerusform><numerusform>%n إشارة إلى أسماء محجوبة في النصوص</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the metadata embedded in %n file(s)</source>
        <translation><numerusform>البيانات الوصفية المضمَّنة في %n ملف</numerusform><numerusform>البيانات الوصفية المضمَّنة في ملف واحد</numerusform><numerusform>البيانات الوصفية المضمَّنة في ملفين</numerusform><numerusform>البيانات الوصفية المضمَّنة في %n ملفات</numerusform><numerusform>البيانات الوصفية المضمَّنة في %n ملفًا</numerusform><numerusform>البيانات الوصفية المضمَّنة في %n ملف</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n original file path(s)</source>
        <translation><numerusform>%n مسار ملف أصلي</numerusform><numerusform>مسار ملف أصلي واحد</numerusform><numerusform>مساران لملفات أصلية</numerusform><numerusform>%n مسارات لملفات أصلية</numerusform><numerusform>%n مسارًا لملفات أصلية</numerusform><numerusform>%n مسار لملفات أصلية</numerusform></translation>
    </message>
</context>
<context>
    <name>FaceEditor</name>
    <message>
        <source>(unknown person)</source>
        <translation>(شخص غير معروف)</translation>
    </message>
    <message>
        <source>Another person…</source>
        <translation>شخص آخر…</translation>
    </message>
    <message>
        <source>Remove the rectangle</source>
        <translation>إزالة المستطيل</translation>
    </message>
    <message>
        <source>Remove the person from this item</source>
        <translation>إزالة الشخص من هذا العنصر</translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation>من هذا؟</translation>
    </message>
    <message>
        <source>Tag a face</source>
        <translation>وسم وجه</translation>
    </message>
    <message>
        <source>Move a face rectangle</source>
        <translation>تحريك مستطيل وجه</translation>
    </message>
    <message>
        <source>Remove a face rectangle</source>
        <translation>إزالة مستطيل وجه</translation>
    </message>
    <message>
        <source>Remove %1 from the item</source>
        <translation>إزالة %1 من العنصر</translation>
    </message>
    <message>
        <source>Who is this really?</source>
        <translation>من هذا في الحقيقة؟</translation>
    </message>
    <message>
        <source>Give a face to another person</source>
        <translation>نسب الوجه إلى شخص آخر</translation>
    </message>
    <message>
        <source>Open the person…</source>
        <translation>فتح الشخص…</translation>
    </message>
</context>
<context>
    <name>FailuresDialog</name>
    <message>
        <source>Import failures (this session)</source>
        <translation>إخفاقات الاستيراد (هذه الجلسة)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>تعذّر استيراد %n ملف:</numerusform><numerusform>تعذّر استيراد ملف واحد:</numerusform><numerusform>تعذّر استيراد ملفين:</numerusform><numerusform>تعذّر استيراد %n ملفات:</numerusform><numerusform>تعذّر استيراد %n ملفًا:</numerusform><numerusform>تعذّر استيراد %n ملف:</numerusform></translation>
    </message>
</context>
<context>
    <name>FailuresTable</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>سبب عدم استيراده</translation>
    </message>
</context>
<context>
    <name>Films</name>
    <message numerus="yes">
        <source>%n on screen</source>
        <translation><numerusform>%n على الشاشة</numerusform><numerusform>واحد على الشاشة</numerusform><numerusform>اثنان على الشاشة</numerusform><numerusform>%n على الشاشة</numerusform><numerusform>%n على الشاشة</numerusform><numerusform>%n على الشاشة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation><numerusform>%n إضافي</numerusform><numerusform>واحد آخر</numerusform><numerusform>اثنان آخران</numerusform><numerusform>%n أخرى</numerusform><numerusform>%n أخرى</numerusform><numerusform>%n أخرى</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n uncleared</source>
        <translation><numerusform>%n بلا تصريح</numerusform><numerusform>واحد بلا تصريح</numerusform><numerusform>اثنان بلا تصريح</numerusform><numerusform>%n بلا تصريح</numerusform><numerusform>%n بلا تصريح</numerusform><numerusform>%n بلا تصريح</numerusform></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>قيد البحث</translation>
    </message>
    <message>
        <source>In edit</source>
        <translation>قيد المونتاج</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>على الشاشة</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>مرشح</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>بديل</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>للبحث</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>لم يُطلب</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>مُصرَّح</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>ملك عام</translation>
    </message>
    <message>
        <source>Fair use</source>
        <translation>استخدام عادل</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>تعليق صوتي</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
</context>
<context>
    <name>FilmsPanel</name>
    <message>
        <source>Find material</source>
        <translation>البحث عن مواد</translation>
    </message>
    <message>
        <source>Items that fit the scene's people, places and period</source>
        <translation>عناصر تناسب أشخاص المشهد وأماكنه وفترته</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>الفيلم</translation>
    </message>
    <message>
        <source>Press “Find material” to see what fits.</source>
        <translation>اضغط «البحث عن مواد» لرؤية ما يناسب.</translation>
    </message>
    <message>
        <source>Role of items linked from here or dropped on a scene</source>
        <translation>دور العناصر المربوطة من هنا أو المُفلتة على مشهد</translation>
    </message>
    <message>
        <source>Link to scene</source>
        <translation>ربط بالمشهد</translation>
    </message>
    <message>
        <source>as</source>
        <translation>بصفة</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Looking through the collection…</source>
        <translation>جارٍ البحث في المجموعة…</translation>
    </message>
    <message>
        <source>Already linked to this scene.</source>
        <translation>مربوط بهذا المشهد بالفعل.</translation>
    </message>
    <message>
        <source>Remove from scene</source>
        <translation>إزالة من المشهد</translation>
    </message>
    <message>
        <source>No film yet</source>
        <translation>لا يوجد فيلم بعد</translation>
    </message>
    <message>
        <source>Create a film and its scenes with “memoryapp film add”.</source>
        <translation>أنشئ فيلمًا ومشاهده باستخدام «memoryapp film add».</translation>
    </message>
    <message>
        <source>Items that fit this scene: %1</source>
        <translation>العناصر التي تناسب هذا المشهد: %1</translation>
    </message>
    <message>
        <source>Nothing else in the collection fits this scene.</source>
        <translation>لا شيء آخر في المجموعة يناسب هذا المشهد.</translation>
    </message>
    <message>
        <source>Scene %1: %2</source>
        <translation>المشهد %1: %2</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>المشهد %1</translation>
    </message>
    <message>
        <source>Edit clearance</source>
        <translation>تحرير التصريح</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>e.g. c. 1955, summer 1962, 1950s</source>
        <translation>مثل: c. 1955 أو summer 1962 أو 1950s</translation>
    </message>
    <message>
        <source>Keep as words</source>
        <translation>الإبقاء ككلمات</translation>
    </message>
    <message>
        <source>Keep these words as an undated note (they will not sort or filter by date)</source>
        <translation>الإبقاء على هذه الكلمات كملاحظة بلا تاريخ (لن تُرتَّب أو تُصفّى حسب التاريخ)</translation>
    </message>
    <message>
        <source>Not a date I can read: %1</source>
        <translation>ليس تاريخًا يمكنني قراءته: %1</translation>
    </message>
    <message>
        <source>Kept as words, undated</source>
        <translation>محفوظ ككلمات، بلا تاريخ</translation>
    </message>
    <message>
        <source>%1 (EDTF %2)</source>
        <translation>%1 ⁦(EDTF %2)⁩</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>الملف فارغ (0 بايت).</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>الملف مبتور: لم يُنسخ بالكامل.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read.</source>
        <translation>الملف تالف ولا يمكن قراءته.</translation>
    </message>
    <message>
        <source>This kind of file is not supported.</source>
        <translation>هذا النوع من الملفات غير مدعوم.</translation>
    </message>
    <message>
        <source>The picture claims to be far too large to open safely.</source>
        <translation>تدّعي الصورة حجمًا أكبر من أن تُفتح بأمان.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>الملف كبير جدًا.</translation>
    </message>
    <message>
        <source>The information embedded in the file is damaged.</source>
        <translation>المعلومات المضمَّنة في الملف تالفة.</translation>
    </message>
    <message>
        <source>The file cannot be read (permissions or a disk error).</source>
        <translation>تعذّرت قراءة الملف (الأذونات أو خطأ في القرص).</translation>
    </message>
    <message>
        <source>The file disappeared during the import.</source>
        <translation>اختفى الملف أثناء الاستيراد.</translation>
    </message>
    <message>
        <source>Reading the file took too long.</source>
        <translation>استغرقت قراءة الملف وقتًا طويلًا جدًا.</translation>
    </message>
    <message>
        <source>The file name cannot be used.</source>
        <translation>لا يمكن استخدام اسم الملف.</translation>
    </message>
    <message>
        <source>A link points back to itself.</source>
        <translation>رابط يشير إلى نفسه.</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>هذا ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>القرص ممتلئ.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>لم يُستورد: أُلغي الاستيراد.</translation>
    </message>
    <message>
        <source>Unknown problem.</source>
        <translation>مشكلة غير معروفة.</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 من %2 ملفات</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 ملفات</translation>
    </message>
    <message>
        <source>%1 files a second</source>
        <translation>%1 ملفات في الثانية</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>بقي نحو %1 ث</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>بقي نحو %1 د</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import photos and documents</source>
        <translation>استيراد الصور والوثائق</translation>
    </message>
    <message>
        <source>Files and folders to import:</source>
        <translation>الملفات والمجلدات المراد استيرادها:</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>إضافة &amp;ملفات…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>إضافة م&amp;جلد…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Copy into the collection (recommended)</source>
        <translation>ال&amp;نسخ إلى المجموعة (مستحسن)</translation>
    </message>
    <message>
        <source>The originals stay untouched; the collection keeps its own copy.</source>
        <translation>تبقى الأصول كما هي؛ وتحتفظ المجموعة بنسختها الخاصة.</translation>
    </message>
    <message>
        <source>&amp;Link: leave the files where they are</source>
        <translation>ال&amp;ربط: ترك الملفات في أماكنها</translation>
    </message>
    <message>
        <source>Nothing is copied; the collection needs the files to stay where they are.</source>
        <translation>لا يُنسخ شيء؛ وتحتاج المجموعة إلى بقاء الملفات في أماكنها.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>اختر ملفات لاستيرادها</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>اختر مجلدًا لاستيراده</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 و%n غيره</numerusform><numerusform>%1 وواحد آخر</numerusform><numerusform>%1 واثنان آخران</numerusform><numerusform>%1 و%n أخرى</numerusform><numerusform>%1 و%n أخرى</numerusform><numerusform>%1 و%n أخرى</numerusform></translation>
    </message>
    <message>
        <source>Linking %1 where they are</source>
        <translation>جارٍ ربط %1 في أماكنها</translation>
    </message>
    <message>
        <source>Copying %1 into the collection</source>
        <translation>جارٍ نسخ %1 إلى المجموعة</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>جارٍ البحث عن الملفات…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>سيتوقف بعد الملف الحالي…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported.</source>
        <translation><numerusform>استُورد %n عنصر.</numerusform><numerusform>استُورد عنصر واحد.</numerusform><numerusform>استُورد عنصران.</numerusform><numerusform>استُوردت %n عناصر.</numerusform><numerusform>استُورد %n عنصرًا.</numerusform><numerusform>استُورد %n عنصر.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the collection.</source>
        <translation><numerusform>كان %n ملف موجودًا في المجموعة من قبل.</numerusform><numerusform>كان ملف واحد موجودًا في المجموعة من قبل.</numerusform><numerusform>كان ملفان موجودَين في المجموعة من قبل.</numerusform><numerusform>كانت %n ملفات موجودة في المجموعة من قبل.</numerusform><numerusform>كان %n ملفًا موجودًا في المجموعة من قبل.</numerusform><numerusform>كان %n ملف موجودًا في المجموعة من قبل.</numerusform></translation>
    </message>
    <message>
        <source>The import was cancelled; what was imported stays.</source>
        <translation>أُلغي الاستيراد؛ ويبقى ما استُورد.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>تعذّر استيراد %n ملف:</numerusform><numerusform>تعذّر استيراد ملف واحد:</numerusform><numerusform>تعذّر استيراد ملفين:</numerusform><numerusform>تعذّر استيراد %n ملفات:</numerusform><numerusform>تعذّر استيراد %n ملفًا:</numerusform><numerusform>تعذّر استيراد %n ملف:</numerusform></translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>توقف الاستيراد: %1</translation>
    </message>
    <message>
        <source>Counting the files…</source>
        <translation>جارٍ عدّ الملفات…</translation>
    </message>
    <message>
        <source>Counting the files… %1 so far</source>
        <translation>جارٍ عدّ الملفات… %1 حتى الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) found</source>
        <translation><numerusform>عُثر على %n ملف</numerusform><numerusform>عُثر على ملف واحد</numerusform><numerusform>عُثر على ملفين</numerusform><numerusform>عُثر على %n ملفات</numerusform><numerusform>عُثر على %n ملفًا</numerusform><numerusform>عُثر على %n ملف</numerusform></translation>
    </message>
</context>
<context>
    <name>LinkEditor</name>
    <message>
        <source>Clearance</source>
        <translation>التصريح</translation>
    </message>
    <message>
        <source>Select an item in the strip to edit its clearance.</source>
        <translation>اختر عنصرًا في الشريط لتحرير تصريحه.</translation>
    </message>
    <message>
        <source>Who owns the rights</source>
        <translation>من يملك الحقوق</translation>
    </message>
    <message>
        <source>Credit line, as it will read on screen</source>
        <translation>سطر الإسناد كما سيظهر على الشاشة</translation>
    </message>
    <message>
        <source>Notes for the clearance team</source>
        <translation>ملاحظات لفريق التصاريح</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>صاحب الحقوق</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Remove from scene</source>
        <translation>إزالة من المشهد</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>This collection can only be read: %1.</source>
        <translation>هذه المجموعة للقراءة فقط: %1.</translation>
    </message>
    <message>
        <source>Films — memoryapp</source>
        <translation>الأفلام — memoryapp</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported</source>
        <translation><numerusform>استُورد %n عنصر</numerusform><numerusform>استُورد عنصر واحد</numerusform><numerusform>استُورد عنصران</numerusform><numerusform>استُوردت %n عناصر</numerusform><numerusform>استُورد %n عنصرًا</numerusform><numerusform>استُورد %n عنصر</numerusform></translation>
    </message>
    <message>
        <source>No recent collections</source>
        <translation>لا توجد مجموعات حديثة</translation>
    </message>
    <message>
        <source>%1 — memoryapp</source>
        <translation>%1 — memoryapp</translation>
    </message>
    <message>
        <source>Preparing the collection…</source>
        <translation>جارٍ تجهيز المجموعة…</translation>
    </message>
    <message>
        <source>This collection is empty.

Drag photos, scans or whole folders here, or choose File → Import (Ctrl+I).</source>
        <translation>هذه المجموعة فارغة.

اسحب إلى هنا صورًا أو مسحًا ضوئيًا أو مجلدات كاملة، أو اختر ملف ← استيراد (Ctrl+I).</translation>
    </message>
    <message>
        <source>Nothing matches this search.

Try fewer words, or press Escape to see everything.</source>
        <translation>لا شيء يطابق هذا البحث.

جرّب كلمات أقل، أو اضغط Escape لعرض كل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation><numerusform>%Ln عنصر</numerusform><numerusform>عنصر واحد</numerusform><numerusform>عنصران</numerusform><numerusform>%Ln عناصر</numerusform><numerusform>%Ln عنصرًا</numerusform><numerusform>%Ln عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation><numerusform>%1 من %Ln عنصر</numerusform><numerusform>%1 من عنصر واحد</numerusform><numerusform>%1 من عنصرين</numerusform><numerusform>%1 من %Ln عناصر</numerusform><numerusform>%1 من %Ln عنصرًا</numerusform><numerusform>%1 من %Ln عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation><numerusform>%Ln محدد</numerusform><numerusform>واحد محدد</numerusform><numerusform>اثنان محددان</numerusform><numerusform>%Ln محددة</numerusform><numerusform>%Ln محددًا</numerusform><numerusform>%Ln محدد</numerusform></translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>جارٍ تجهيز البحث…</translation>
    </message>
    <message>
        <source>The collection could not be prepared for browsing:
%1</source>
        <translation>تعذّر تجهيز المجموعة للتصفح:
%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation>يجري استيراد الآن</translation>
    </message>
    <message>
        <source>Stop the import and close? What was imported so far stays.</source>
        <translation>إيقاف الاستيراد والإغلاق؟ يبقى ما استُورد حتى الآن.</translation>
    </message>
    <message>
        <source>Places are not available yet.</source>
        <translation>الأماكن غير متاحة بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation><numerusform>%n عنصر محدد</numerusform><numerusform>عنصر محدد واحد</numerusform><numerusform>عنصران محددان</numerusform><numerusform>%n عناصر محددة</numerusform><numerusform>%n عنصرًا محددًا</numerusform><numerusform>%n عنصر محدد</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found by the search</source>
        <translation><numerusform>%n عنصر وجده البحث</numerusform><numerusform>عنصر واحد وجده البحث</numerusform><numerusform>عنصران وجدهما البحث</numerusform><numerusform>%n عناصر وجدها البحث</numerusform><numerusform>%n عنصرًا وجدها البحث</numerusform><numerusform>%n عنصر وجدها البحث</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>all %n item(s)</source>
        <translation><numerusform>كل العناصر (%n)</numerusform><numerusform>العنصر الوحيد</numerusform><numerusform>العنصرين كليهما</numerusform><numerusform>العناصر الـ%n كلها</numerusform><numerusform>العناصر الـ%n كلها</numerusform><numerusform>العناصر الـ%n كلها</numerusform></translation>
    </message>
    <message>
        <source>Search tips</source>
        <translation>نصائح البحث</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type words from titles, descriptions and notes, or names of people and places, in any script. Spelling variants meet: &lt;i&gt;Tinghir&lt;/i&gt; also finds &lt;i&gt;Tinerhir&lt;/i&gt;.&lt;/p&gt;&lt;table cellspacing='6'&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;person:Yakout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;photos of someone&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;place:Tinghir&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a place and every place inside it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;date:1950..1959&lt;/code&gt; or &lt;code&gt;1955&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a period&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tag:Events&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a tag and the tags under it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:undated&lt;/code&gt;, &lt;code&gt;is:untagged&lt;/code&gt;&lt;/td&gt;&lt;td&gt;what still needs work&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-is:private&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a minus sign leaves things out&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;wedding OR henna&lt;/code&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Click an entry in the sidebar to show it; Ctrl+click narrows the current search.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اكتب كلمات من العناوين والأوصاف والملاحظات، أو أسماء أشخاص وأماكن، بأي خط. تلتقي أشكال الكتابة المختلفة: &lt;i&gt;Tinghir&lt;/i&gt; يجد أيضًا &lt;i&gt;Tinerhir&lt;/i&gt;.&lt;/p&gt;&lt;table cellspacing='6'&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;person:Yakout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;صور شخص ما&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;place:Tinghir&lt;/code&gt;&lt;/td&gt;&lt;td&gt;مكان وكل مكان داخله&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;date:1950..1959&lt;/code&gt; أو &lt;code&gt;1955&lt;/code&gt;&lt;/td&gt;&lt;td&gt;فترة زمنية&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tag:Events&lt;/code&gt;&lt;/td&gt;&lt;td&gt;وسم والوسوم التي تحته&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:undated&lt;/code&gt;، &lt;code&gt;is:untagged&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ما لا يزال يحتاج إلى عمل&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-is:private&lt;/code&gt;&lt;/td&gt;&lt;td&gt;علامة الناقص تستبعد&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;wedding OR henna&lt;/code&gt;&lt;/td&gt;&lt;td&gt;إحدى الكلمتين&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;انقر على مدخل في الشريط الجانبي لعرضه؛ وCtrl+نقرة تضيّق البحث الحالي.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About memoryapp</source>
        <translation>حول memoryapp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;memoryapp %1&lt;/h3&gt;&lt;p&gt;A desktop archivist for family photos, letters and papers: who is on them, where and when, as well as anyone remembers.&lt;/p&gt;&lt;p&gt;Originals are never changed. Everything stays in the collection folder.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;memoryapp %1&lt;/h3&gt;&lt;p&gt;أرشيفي مكتبي لصور العائلة ورسائلها وأوراقها: من يظهر فيها، وأين ومتى، بقدر ما يتذكر أي أحد.&lt;/p&gt;&lt;p&gt;لا تُغيَّر الأصول أبدًا. يبقى كل شيء في مجلد المجموعة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>المهملات فارغة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) in the trash</source>
        <translation><numerusform>%Ln عنصر في المهملات</numerusform><numerusform>عنصر واحد في المهملات</numerusform><numerusform>عنصران في المهملات</numerusform><numerusform>%Ln عناصر في المهملات</numerusform><numerusform>%Ln عنصرًا في المهملات</numerusform><numerusform>%Ln عنصر في المهملات</numerusform></translation>
    </message>
    <message>
        <source>Attach the back of a print</source>
        <translation>إرفاق الجهة الخلفية لصورة مطبوعة</translation>
    </message>
    <message>
        <source>Select two items: a print's front and its back.</source>
        <translation>حدّد عنصرين: الجهة الأمامية لصورة مطبوعة وجهتها الخلفية.</translation>
    </message>
    <message>
        <source>Attach the back</source>
        <translation>إرفاق الجهة الخلفية</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;Films…</source>
        <translation>الأ&amp;فلام…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation>مجموعة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open collection…</source>
        <translation>&amp;فتح مجموعة…</translation>
    </message>
    <message>
        <source>&amp;Recent collections</source>
        <translation>المجموعات ال&amp;حديثة</translation>
    </message>
    <message>
        <source>&amp;Import photos and documents…</source>
        <translation>ا&amp;ستيراد الصور والوثائق…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>إل&amp;غاء التحديد</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Open large (Enter)</source>
        <translation>&amp;فتح بحجم كبير (Enter)</translation>
    </message>
    <message>
        <source>&amp;Larger thumbnails</source>
        <translation>مصغّرات أ&amp;كبر</translation>
    </message>
    <message>
        <source>&amp;Smaller thumbnails</source>
        <translation>مصغّرات أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>ال&amp;خط الزمني</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>الشريط ال&amp;جانبي</translation>
    </message>
    <message>
        <source>&amp;Details panel</source>
        <translation>لوحة ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>Go to the &amp;grid</source>
        <translation>الانتقال إلى ال&amp;شبكة</translation>
    </message>
    <message>
        <source>Go to the si&amp;debar</source>
        <translation>الانتقال إلى الشريط ال&amp;جانبي</translation>
    </message>
    <message>
        <source>Go to the d&amp;etails</source>
        <translation>الانتقال إلى ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>ال&amp;فهرس</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>الأ&amp;شخاص…</translation>
    </message>
    <message>
        <source>P&amp;laces…</source>
        <translation>الأ&amp;ماكن…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation>نصائح ال&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;About memoryapp</source>
        <translation>&amp;حول memoryapp</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>ترا&amp;جع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <source>Attach the &amp;back of a print…</source>
        <translation>إرفاق الجهة ال&amp;خلفية لصورة مطبوعة…</translation>
    </message>
    <message>
        <source>Fa&amp;ces…</source>
        <translation>ال&amp;وجوه…</translation>
    </message>
    <message>
        <source>Fin&amp;d faces</source>
        <translation>ال&amp;بحث عن الوجوه</translation>
    </message>
    <message>
        <source>Read &amp;text (OCR)</source>
        <translation>قراءة ال&amp;نص (OCR)</translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <source>Add a spelling</source>
        <translation>إضافة شكل كتابة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>جعله أساسيًا</translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>الخط</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Primary name</source>
        <translation>الاسم الأساسي</translation>
    </message>
</context>
<context>
    <name>PeopleManager</name>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Find a person by any spelling</source>
        <translation>ابحث عن شخص بأي شكل كتابة</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>New person %1</source>
        <translation>شخص جديد %1</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>دمج شخصين</translation>
    </message>
    <message>
        <source>%1 and %2 are the same person?</source>
        <translation>هل %1 و%2 الشخص نفسه؟</translation>
    </message>
    <message>
        <source>Every photo, document and relation of one moves to the other, whose names become other spellings. You can undo this.</source>
        <translation>تنتقل كل صور أحدهما ووثائقه وعلاقاته إلى الآخر، وتصبح أسماؤه أشكال كتابة أخرى. يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>الإبقاء على %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>دمج %1 في %2</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>الولادة</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>الوفاة</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>Private: never shown in exports or shared copies</source>
        <translation>خاص: لا يظهر أبدًا في التصدير أو النسخ المشتركة</translation>
    </message>
</context>
<context>
    <name>PersonChoices</name>
    <message>
        <source>New person: %1</source>
        <translation>شخص جديد: %1</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Unknown (decided by dates)</source>
        <translation>غير معروف (تحدده التواريخ)</translation>
    </message>
    <message>
        <source>Living</source>
        <translation>على قيد الحياة</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <source>child</source>
        <translation>ابن/ابنة</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>زوج/زوجة</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>أخ/أخت</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Private: never shown in exports or shared copies</source>
        <translation>خاص: لا يظهر أبدًا في التصدير أو النسخ المشتركة</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>الولادة</translation>
    </message>
    <message>
        <source>Born in</source>
        <translation>مكان الولادة</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>الوفاة</translation>
    </message>
    <message>
        <source>Died in</source>
        <translation>مكان الوفاة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A person needs at least one name.</source>
        <translation>يحتاج الشخص إلى اسم واحد على الأقل.</translation>
    </message>
    <message>
        <source>birth</source>
        <translation>الولادة</translation>
    </message>
    <message>
        <source>death</source>
        <translation>الوفاة</translation>
    </message>
    <message>
        <source>The %1 date cannot be read.</source>
        <translation>تعذّرت قراءة تاريخ %1.</translation>
    </message>
    <message>
        <source>Never suggest this person for a face</source>
        <translation>عدم اقتراح هذا الشخص لأي وجه أبدًا</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Who is this?</source>
        <translation>من هذا؟</translation>
    </message>
    <message>
        <source>Type any spelling of the name:</source>
        <translation>اكتب الاسم بأي شكل كتابة:</translation>
    </message>
    <message>
        <source>Name in any script</source>
        <translation>الاسم بأي خط</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <source>region</source>
        <translation>جهة</translation>
    </message>
    <message>
        <source>province</source>
        <translation>إقليم</translation>
    </message>
    <message>
        <source>city</source>
        <translation>مدينة</translation>
    </message>
    <message>
        <source>town</source>
        <translation>بلدة</translation>
    </message>
    <message>
        <source>village</source>
        <translation>قرية</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>حي</translation>
    </message>
    <message>
        <source>mellah (Jewish quarter)</source>
        <translation>ملاح (الحي اليهودي)</translation>
    </message>
    <message>
        <source>ksar (fortified village)</source>
        <translation>قصر (قرية محصّنة)</translation>
    </message>
    <message>
        <source>douar (hamlet)</source>
        <translation>دوار (تجمّع سكني صغير)</translation>
    </message>
    <message>
        <source>kasbah</source>
        <translation>قصبة</translation>
    </message>
    <message>
        <source>zaouia</source>
        <translation>زاوية</translation>
    </message>
    <message>
        <source>synagogue</source>
        <translation>كنيس</translation>
    </message>
    <message>
        <source>cemetery</source>
        <translation>مقبرة</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>وادٍ</translation>
    </message>
    <message>
        <source>oasis</source>
        <translation>واحة</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ميناء</translation>
    </message>
    <message>
        <source>building</source>
        <translation>مبنى</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>latitude, e.g. 31.5167</source>
        <translation>خط العرض، مثل 31.5167</translation>
    </message>
    <message>
        <source>longitude, e.g. -5.5333</source>
        <translation>خط الطول، مثل ‎-5.5333</translation>
    </message>
    <message>
        <source>Do not pinpoint: show only the town or region on maps and in exports</source>
        <translation>عدم تحديد الموقع بدقة: إظهار البلدة أو الجهة فقط في الخرائط والتصدير</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>A place needs at least one name.</source>
        <translation>يحتاج المكان إلى اسم واحد على الأقل.</translation>
    </message>
    <message>
        <source>Coordinates are decimal degrees, e.g. 31.5167 and -5.5333.</source>
        <translation>الإحداثيات بالدرجات العشرية، مثل 31.5167 و‎-5.5333.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>أدخل خط العرض وخط الطول معًا، أو لا تدخل أيًّا منهما.</translation>
    </message>
    <message>
        <source>Latitude is -90 to 90 and longitude -180 to 180.</source>
        <translation>خط العرض من ‎-90 إلى 90، وخط الطول من ‎-180 إلى 180.</translation>
    </message>
</context>
<context>
    <name>PlaceTreeModel</name>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>With sub-places</source>
        <translation>مع الأماكن الفرعية</translation>
    </message>
</context>
<context>
    <name>PlacesManager</name>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>مكان جديد</translation>
    </message>
    <message>
        <source>New place inside</source>
        <translation>مكان جديد داخله</translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation>نقل إلى المستوى الأعلى</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>%1 cannot go inside one of its own sub-places.</source>
        <translation>لا يمكن وضع %1 داخل أحد أماكنه الفرعية.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>A place cannot be inside itself.</source>
        <translation>لا يمكن أن يكون المكان داخل نفسه.</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>نقل %1 إلى داخل %2</translation>
    </message>
    <message>
        <source>Move %1 to the top level</source>
        <translation>نقل %1 إلى المستوى الأعلى</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Your login name</source>
        <translation>اسم الدخول الخاص بك</translation>
    </message>
    <message>
        <source>Who the collection's history says made your changes</source>
        <translation>من ينسب إليه سجل المجموعة تغييراتك</translation>
    </message>
    <message>
        <source>Your &amp;name in the history</source>
        <translation>ا&amp;سمك في السجل</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>&amp;Language of the interface</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>A new language is used the next time memoryapp starts.</source>
        <translation>تُستخدم اللغة الجديدة عند تشغيل memoryapp في المرة القادمة.</translation>
    </message>
    <message>
        <source>Restart memoryapp to use the new language.</source>
        <translation>أعد تشغيل memoryapp لاستخدام اللغة الجديدة.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>&amp;Slideshow: each picture for</source>
        <translation>&amp;عرض الشرائح: كل صورة لمدة</translation>
    </message>
    <message>
        <source>&amp;Detect faces after each import</source>
        <translation>ا&amp;كتشاف الوجوه بعد كل استيراد</translation>
    </message>
    <message>
        <source>Find faces on new pictures in the background and suggest who they are</source>
        <translation>البحث عن الوجوه في الصور الجديدة في الخلفية واقتراح أصحابها</translation>
    </message>
    <message>
        <source>&amp;Read the text of documents after each import</source>
        <translation>&amp;قراءة نص المستندات بعد كل استيراد</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search names, places, tags, words or years (Ctrl+F)</source>
        <translation>ابحث عن أسماء أو أماكن أو وسوم أو كلمات أو سنوات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Examples:
  Miriam wedding
  person:Yakout place:Tinghir
  date:1950..1959   or   1955
  tag:Events -is:private
  is:undated   is:untagged   has:faces</source>
        <translation>أمثلة:
  Miriam wedding
  person:Yakout place:Tinghir
  date:1950..1959   أو   1955
  tag:Events -is:private
  is:undated   is:untagged   has:faces</translation>
    </message>
    <message>
        <source>Cannot read this search at character %1: %2</source>
        <translation>تعذّرت قراءة هذا البحث عند الحرف %1: %2</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Damaged pictures</source>
        <translation>صور تالفة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click to show these; Ctrl+click to narrow the current search</source>
        <translation>انقر لعرضها؛ وCtrl+نقرة لتضييق البحث الحالي</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>كل العناصر</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>No one tagged</source>
        <translation>بلا أشخاص موسومين</translation>
    </message>
    <message>
        <source>Possible copies</source>
        <translation>نسخ محتملة</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>خاص</translation>
    </message>
    <message>
        <source>Import failures (this session)</source>
        <translation>إخفاقات الاستيراد (هذه الجلسة)</translation>
    </message>
    <message>
        <source>Files that could not be imported, and why</source>
        <translation>الملفات التي تعذّر استيرادها، وسبب ذلك</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Decades</source>
        <translation>العقود</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>عقد %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Films and scenes</source>
        <translation>الأفلام والمشاهد</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>المهملات</translation>
    </message>
    <message>
        <source>Items moved to the trash: restore them, or empty the trash</source>
        <translation>عناصر نُقلت إلى المهملات: استعدها أو أفرغ المهملات</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>%1s</source>
        <comment>a decade, e.g. 1950s</comment>
        <translation>عقد %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation><numerusform>%1: %Ln عنصر</numerusform><numerusform>%1: عنصر واحد</numerusform><numerusform>%1: عنصران</numerusform><numerusform>%1: %Ln عناصر</numerusform><numerusform>%1: %Ln عنصرًا</numerusform><numerusform>%1: %Ln عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more may be from then (uncertain dates)</source>
        <translation><numerusform>قد يعود %Ln عنصر آخر إلى تلك الفترة (تواريخ غير مؤكدة)</numerusform><numerusform>قد يعود عنصر آخر إلى تلك الفترة (تاريخ غير مؤكد)</numerusform><numerusform>قد يعود عنصران آخران إلى تلك الفترة (تواريخ غير مؤكدة)</numerusform><numerusform>قد تعود %Ln عناصر أخرى إلى تلك الفترة (تواريخ غير مؤكدة)</numerusform><numerusform>قد يعود %Ln عنصرًا آخر إلى تلك الفترة (تواريخ غير مؤكدة)</numerusform><numerusform>قد يعود %Ln عنصر آخر إلى تلك الفترة (تواريخ غير مؤكدة)</numerusform></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>حسب السنة</translation>
    </message>
    <message>
        <source>By decade</source>
        <translation>حسب العقد</translation>
    </message>
    <message>
        <source>No dated items</source>
        <translation>لا توجد عناصر مؤرخة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated</source>
        <translation><numerusform>%Ln بلا تاريخ</numerusform><numerusform>واحد بلا تاريخ</numerusform><numerusform>اثنان بلا تاريخ</numerusform><numerusform>%Ln بلا تاريخ</numerusform><numerusform>%Ln بلا تاريخ</numerusform><numerusform>%Ln بلا تاريخ</numerusform></translation>
    </message>
</context>
<context>
    <name>TokenListEdit</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 من %3)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>و%n غيره</numerusform><numerusform>وواحد آخر</numerusform><numerusform>واثنان آخران</numerusform><numerusform>و%n أخرى</numerusform><numerusform>و%n أخرى</numerusform><numerusform>و%n أخرى</numerusform></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Films</source>
        <translation>الأفلام</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Open large</source>
        <translation>فتح بحجم كبير</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Tag a face</source>
        <translation>وسم وجه</translation>
    </message>
    <message>
        <source>Draw a rectangle around a face (or hold Ctrl while dragging)</source>
        <translation>ارسم مستطيلًا حول وجه (أو اضغط Ctrl مع السحب)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>This item has no file.</source>
        <translation>لا ملف لهذا العنصر.</translation>
    </message>
    <message>
        <source>Cannot show this picture: %1</source>
        <translation>تعذّر عرض هذه الصورة: %1</translation>
    </message>
    <message>
        <source>This item was deleted.</source>
        <translation>حُذف هذا العنصر.</translation>
    </message>
    <message>
        <source>%1 — Viewer</source>
        <translation>%1 — العارض</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>العنصر %1 من %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>التكبير %1%</translation>
    </message>
    <message>
        <source>Showing the preview: the original cannot be read (%1)</source>
        <translation>تُعرض المعاينة: تعذّرت قراءة الأصل (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>قلب</translation>
    </message>
    <message>
        <source>Show the front</source>
        <translation>عرض الجهة الأمامية</translation>
    </message>
    <message>
        <source>Show the back</source>
        <translation>عرض الجهة الخلفية</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>عرض الشرائح</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>الأخير</translation>
    </message>
    <message>
        <source>Show the next item every few seconds (Space)</source>
        <translation>عرض العنصر التالي كل بضع ثوانٍ (Space)</translation>
    </message>
    <message>
        <source>Fill the screen (F11); Esc leaves</source>
        <translation>ملء الشاشة (F11)؛ Esc للخروج</translation>
    </message>
    <message>
        <source>Slideshow: Space stops it</source>
        <translation>عرض الشرائح: Space يوقفه</translation>
    </message>
    <message>
        <source>Maybe %1 (%2%)</source>
        <translation>ربما %1 (%2%)</translation>
    </message>
    <message>
        <source>A face not named yet</source>
        <translation>وجه لم يُسمَّ بعد</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Something went wrong: %1. What you were doing may not have finished; the collection keeps every change whole or not at all.</source>
        <translation>حدث خطأ ما: %1. ربما لم يكتمل ما كنت تفعله؛ تحفظ المجموعة كل تغيير كاملًا أو لا تحفظه إطلاقًا.</translation>
    </message>
    <message>
        <source>The details are also in the log: %1</source>
        <translation>التفاصيل موجودة أيضًا في السجل: %1</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>TrashBar</name>
    <message>
        <source>Items in the trash are hidden from searches and exports; their files are kept until the trash is emptied.</source>
        <translation>العناصر في المهملات مخفية عن البحث والتصدير؛ وتُحفظ ملفاتها حتى تُفرَغ المهملات.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>إفراغ المهملات…</translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message>
        <source>Move to trash</source>
        <translation>نقل إلى المهملات</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>إفراغ المهملات…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>إفراغ المهملات</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good?</source>
        <translation><numerusform>حذف %n عنصر من المهملات نهائيًا؟</numerusform><numerusform>حذف العنصر الموجود في المهملات نهائيًا؟</numerusform><numerusform>حذف العنصرين الموجودين في المهملات نهائيًا؟</numerusform><numerusform>حذف العناصر الـ%n الموجودة في المهملات نهائيًا؟</numerusform><numerusform>حذف العناصر الـ%n الموجودة في المهملات نهائيًا؟</numerusform><numerusform>حذف العناصر الـ%n الموجودة في المهملات نهائيًا؟</numerusform></translation>
    </message>
    <message>
        <source>Their files, thumbnails and embedded metadata are removed from the collection (unless another item uses them). Undo brings back their descriptions, not their files.</source>
        <translation>تُزال ملفاتها ومصغّراتها وبياناتها الوصفية المضمَّنة من المجموعة (ما لم يستخدمها عنصر آخر). يعيد التراجع أوصافها، لا ملفاتها.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>إفراغ المهملات</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s)</source>
        <translation><numerusform>استعادة %n عنصر</numerusform><numerusform>استعادة عنصر واحد</numerusform><numerusform>استعادة عنصرين</numerusform><numerusform>استعادة %n عناصر</numerusform><numerusform>استعادة %n عنصرًا</numerusform><numerusform>استعادة %n عنصر</numerusform></translation>
    </message>
    <message>
        <source>Restore all</source>
        <translation>استعادة الكل</translation>
    </message>
</context>
<context>
    <name>RecordDeleter</name>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message numerus="yes">
        <source>on %n item(s)</source>
        <translation><numerusform>في %n عنصر</numerusform><numerusform>في عنصر واحد</numerusform><numerusform>في عنصرين</numerusform><numerusform>في %n عناصر</numerusform><numerusform>في %n عنصرًا</numerusform><numerusform>في %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n in the trash)</source>
        <translation><numerusform>(%n في المهملات)</numerusform><numerusform>(واحد في المهملات)</numerusform><numerusform>(اثنان في المهملات)</numerusform><numerusform>(%n في المهملات)</numerusform><numerusform>(%n في المهملات)</numerusform><numerusform>(%n في المهملات)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in the relations of %n person(s)</source>
        <translation><numerusform>في علاقات %n شخص</numerusform><numerusform>في علاقات شخص واحد</numerusform><numerusform>في علاقات شخصين</numerusform><numerusform>في علاقات %n أشخاص</numerusform><numerusform>في علاقات %n شخصًا</numerusform><numerusform>في علاقات %n شخص</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>as the birth or death place of %n person(s)</source>
        <translation><numerusform>كمكان ولادة أو وفاة %n شخص</numerusform><numerusform>كمكان ولادة أو وفاة شخص واحد</numerusform><numerusform>كمكان ولادة أو وفاة شخصين</numerusform><numerusform>كمكان ولادة أو وفاة %n أشخاص</numerusform><numerusform>كمكان ولادة أو وفاة %n شخصًا</numerusform><numerusform>كمكان ولادة أو وفاة %n شخص</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n scene(s)</source>
        <translation><numerusform>في %n مشهد</numerusform><numerusform>في مشهد واحد</numerusform><numerusform>في مشهدين</numerusform><numerusform>في %n مشاهد</numerusform><numerusform>في %n مشهدًا</numerusform><numerusform>في %n مشهد</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>as the framing of %n scene link(s)</source>
        <translation><numerusform>كتأطير لـ%n رابط مشهد</numerusform><numerusform>كتأطير لرابط مشهد واحد</numerusform><numerusform>كتأطير لرابطَي مشهد</numerusform><numerusform>كتأطير لـ%n روابط مشاهد</numerusform><numerusform>كتأطير لـ%n رابطًا لمشاهد</numerusform><numerusform>كتأطير لـ%n رابط مشهد</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 is still used %2. Choose who takes over every use; then %1 is deleted. You can undo this.</source>
        <translation>لا يزال %1 مستخدمًا %2. اختر من يتولى كل استخدام؛ ثم يُحذف %1. يمكنك التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign and delete</source>
        <translation>إعادة الإسناد والحذف</translation>
    </message>
    <message>
        <source>Choose who takes over…</source>
        <translation>اختر من يتولى…</translation>
    </message>
</context>
<context>
    <name>FilmDeleteButton</name>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete scene…</source>
        <translation>حذف المشهد…</translation>
    </message>
    <message>
        <source>Delete film…</source>
        <translation>حذف الفيلم…</translation>
    </message>
    <message numerus="yes">
        <source>Delete scene %1 and its %n link(s)?</source>
        <translation><numerusform>حذف المشهد %1 و%n رابط له؟</numerusform><numerusform>حذف المشهد %1 ورابطه الوحيد؟</numerusform><numerusform>حذف المشهد %1 ورابطَيه؟</numerusform><numerusform>حذف المشهد %1 وروابطه الـ%n؟</numerusform><numerusform>حذف المشهد %1 وروابطه الـ%n؟</numerusform><numerusform>حذف المشهد %1 وروابطه الـ%n؟</numerusform></translation>
    </message>
    <message>
        <source>Deleted scene %1</source>
        <translation>حُذف المشهد %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the film %1 with its %n scene(s)?</source>
        <translation><numerusform>حذف الفيلم %1 مع %n مشهد له؟</numerusform><numerusform>حذف الفيلم %1 مع مشهده الوحيد؟</numerusform><numerusform>حذف الفيلم %1 مع مشهدَيه؟</numerusform><numerusform>حذف الفيلم %1 مع مشاهده الـ%n؟</numerusform><numerusform>حذف الفيلم %1 مع مشاهده الـ%n؟</numerusform><numerusform>حذف الفيلم %1 مع مشاهده الـ%n؟</numerusform></translation>
    </message>
    <message>
        <source>Deleted the film %1</source>
        <translation>حُذف الفيلم %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The items stay in the collection.</source>
        <translation>تبقى العناصر في المجموعة.</translation>
    </message>
</context>
<context>
    <name>RatingActions</name>
    <message numerus="yes">
        <source>Give %n item(s) a rating of %1</source>
        <translation><numerusform>منح %n عنصر تقييم %1</numerusform><numerusform>منح عنصر واحد تقييم %1</numerusform><numerusform>منح عنصرين تقييم %1</numerusform><numerusform>منح %n عناصر تقييم %1</numerusform><numerusform>منح %n عنصرًا تقييم %1</numerusform><numerusform>منح %n عنصر تقييم %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear the rating of %n item(s)</source>
        <translation><numerusform>مسح تقييم %n عنصر</numerusform><numerusform>مسح تقييم عنصر واحد</numerusform><numerusform>مسح تقييم عنصرين</numerusform><numerusform>مسح تقييم %n عناصر</numerusform><numerusform>مسح تقييم %n عنصرًا</numerusform><numerusform>مسح تقييم %n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear the colour label of %n item(s)</source>
        <translation><numerusform>مسح التسمية اللونية لـ%n عنصر</numerusform><numerusform>مسح التسمية اللونية لعنصر واحد</numerusform><numerusform>مسح التسمية اللونية لعنصرين</numerusform><numerusform>مسح التسمية اللونية لـ%n عناصر</numerusform><numerusform>مسح التسمية اللونية لـ%n عنصرًا</numerusform><numerusform>مسح التسمية اللونية لـ%n عنصر</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Label %n item(s) %1</source>
        <translation><numerusform>تسمية %n عنصر باللون %1</numerusform><numerusform>تسمية عنصر واحد باللون %1</numerusform><numerusform>تسمية عنصرين باللون %1</numerusform><numerusform>تسمية %n عناصر باللون %1</numerusform><numerusform>تسمية %n عنصرًا باللون %1</numerusform><numerusform>تسمية %n عنصر باللون %1</numerusform></translation>
    </message>
    <message>
        <source>red</source>
        <translation>الأحمر</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>الأصفر</translation>
    </message>
    <message>
        <source>green</source>
        <translation>الأخضر</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>الأزرق</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>بلا تقييم</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation><numerusform>%1: %n عنصر</numerusform><numerusform>%1: عنصر واحد</numerusform><numerusform>%1: عنصران</numerusform><numerusform>%1: %n عناصر</numerusform><numerusform>%1: %n عنصرًا</numerusform><numerusform>%1: %n عنصر</numerusform></translation>
    </message>
    <message>
        <source>Also %1 (not pinpointed)</source>
        <translation>وأيضًا %1 (دون تحديد الموقع بدقة)</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>تكبير (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>تصغير (-)</translation>
    </message>
    <message>
        <source>Show every place of the result</source>
        <translation>إظهار كل أماكن النتيجة</translation>
    </message>
    <message>
        <source>Places without coordinates</source>
        <translation>أماكن بلا إحداثيات</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>وضع على الخريطة</translation>
    </message>
    <message>
        <source>Country outlines: Natural Earth (public domain)</source>
        <translation>حدود البلدان: Natural Earth (ملك عام)</translation>
    </message>
    <message>
        <source>Click the map where %1 is (Esc to cancel).</source>
        <translation>انقر على الخريطة حيث يقع %1 (Esc للإلغاء).</translation>
    </message>
    <message>
        <source>Place %1 on the map</source>
        <translation>وضع %1 على الخريطة</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>ال&amp;خريطة</translation>
    </message>
</context>
<context>
    <name>AssertionDialog</name>
    <message>
        <source>Identification of %1</source>
        <translation>تحديد هوية %1</translation>
    </message>
    <message>
        <source>Who says so</source>
        <translation>مَن يقول ذلك</translation>
    </message>
    <message>
        <source>How</source>
        <translation>كيف</translation>
    </message>
    <message>
        <source>RECORDING_ID@00:03:12, an item ID, family.ged, or words</source>
        <translation>RECORDING_ID@00:03:12 أو ID عنصر أو family.ged أو كلمات</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>DetailsEvidence</name>
    <message>
        <source>eyewitness</source>
        <translation>شاهد عيان</translation>
    </message>
    <message>
        <source>inscription</source>
        <translation>كتابة على الأصل</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>إفادة</translation>
    </message>
    <message>
        <source>document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>family tree</source>
        <translation>شجرة العائلة</translation>
    </message>
    <message>
        <source>accepted suggestion</source>
        <translation>اقتراح مقبول</translation>
    </message>
    <message>
        <source>file metadata</source>
        <translation>البيانات الوصفية للملف</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>probable</source>
        <translation>مرجَّح</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>محتمل</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>منخفضة جدًا</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>high</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>عالية جدًا</translation>
    </message>
    <message>
        <source>%1: the photo is dated before their birth (%2).</source>
        <translation>%1: تاريخ الصورة سابق للولادة (%2).</translation>
    </message>
    <message>
        <source>%1: the photo is dated after their death (%2).</source>
        <translation>%1: تاريخ الصورة لاحق للوفاة (%2).</translation>
    </message>
    <message>
        <source>%1: the photo's date fits their life only just.</source>
        <translation>%1: تاريخ الصورة يقع بالكاد ضمن سنوات الحياة.</translation>
    </message>
    <message>
        <source>%1: an unlikely age for what the photo is tagged as.</source>
        <translation>%1: عمر غير مرجَّح بالنظر إلى وسوم الصورة.</translation>
    </message>
    <message>
        <source>%1 is tagged twice on a photo that is not a collage.</source>
        <translation>%1 موسوم مرتين في صورة ليست كولاجًا.</translation>
    </message>
    <message>
        <source>%1: who is shown on this face is disputed.</source>
        <translation>%1: هوية صاحب هذا الوجه متنازع عليها.</translation>
    </message>
    <message>
        <source>Certainty: %1 (%2)</source>
        <translation>درجة اليقين: %1 (%2)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>%1 (%2): confidence %3, %4</source>
        <translation>%1 (%2): الثقة %3، %4</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
</context>
<context>
    <name>PrintBox</name>
    <message>
        <source>The print</source>
        <translation>الصورة المطبوعة</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>اللقطات</translation>
    </message>
    <message>
        <source>Inscriptions</source>
        <translation>الكتابات</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>القطعة</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>موضع الحفظ</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>الحائزون</translation>
    </message>
    <message>
        <source>Add a custody event…</source>
        <translation>إضافة انتقال للحيازة…</translation>
    </message>
    <message>
        <source>Move to a container…</source>
        <translation>نقل إلى مكان حفظ…</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>لا ملف</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>لم يُسجَّل شيء</translation>
    </message>
    <message>
        <source>Not described</source>
        <translation>غير موصوف</translation>
    </message>
    <message>
        <source>No transfer recorded</source>
        <translation>لم يُسجَّل أي انتقال</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>الجهة الأمامية</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>الجهة الخلفية</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>تفصيل</translation>
    </message>
    <message>
        <source>Enlargement</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Album page</source>
        <translation>صفحة ألبوم</translation>
    </message>
    <message>
        <source>Other view</source>
        <translation>لقطة أخرى</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>هبة</translation>
    </message>
    <message>
        <source>inheritance</source>
        <translation>إرث</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>إعارة</translation>
    </message>
    <message>
        <source>return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>scanned and returned</source>
        <translation>مُسح ضوئيًا وأُعيد</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>شراء</translation>
    </message>
    <message>
        <source>found</source>
        <translation>عُثر عليه</translation>
    </message>
    <message>
        <source>gelatin silver</source>
        <translation>جيلاتين الفضة</translation>
    </message>
    <message>
        <source>albumen</source>
        <translation>ألبومين</translation>
    </message>
    <message>
        <source>chromogenic (colour)</source>
        <translation>كروموجيني (ملوّن)</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>فوري</translation>
    </message>
    <message>
        <source>digital print</source>
        <translation>طباعة رقمية</translation>
    </message>
    <message>
        <source>cyanotype</source>
        <translation>سيانوتايب</translation>
    </message>
    <message>
        <source>tintype</source>
        <translation>تينتايب</translation>
    </message>
    <message>
        <source>other process</source>
        <translation>طريقة أخرى</translation>
    </message>
    <message>
        <source>%1 (normally %2)</source>
        <translation>%1 (عادةً %2)</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>لم يُحدَّد موضعه</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 ← %4</translation>
    </message>
    <message>
        <source>Make the back its own item</source>
        <translation>جعل الجهة الخلفية عنصرًا مستقلًا</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Add a custody event</source>
        <translation>إضافة انتقال للحيازة</translation>
    </message>
    <message>
        <source>e.g. c. 1962</source>
        <translation>مثل: c. 1962</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to a container</source>
        <translation>نقل إلى مكان حفظ</translation>
    </message>
    <message>
        <source>Where in it, e.g. slot 2</source>
        <translation>الموضع داخله، مثل: الخانة 2</translation>
    </message>
    <message>
        <source>This is where it belongs (normal location)</source>
        <translation>هذا مكانه المعتاد</translation>
    </message>
</context>
<context>
    <name>AttachBackDialog</name>
    <message>
        <source>Attach the back of a print</source>
        <translation>إرفاق الجهة الخلفية لصورة مطبوعة</translation>
    </message>
    <message>
        <source>Which one is the back? It becomes a view of the other.</source>
        <translation>أيهما الجهة الخلفية؟ ستصبح لقطة من الآخر.</translation>
    </message>
</context>
<context>
    <name>GridMenu</name>
    <message>
        <source>Copy ID</source>
        <translation>نسخ المعرّف (ID)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Add to scene…</source>
        <translation>إضافة إلى مشهد…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>التسمية اللونية</translation>
    </message>
    <message>
        <source>There is no scene yet: make one in Catalogue → Films.</source>
        <translation>لا يوجد مشهد بعد: أنشئ واحدًا من الفهرس ← الأفلام.</translation>
    </message>
    <message>
        <source>Add to scene</source>
        <translation>إضافة إلى مشهد</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to the scene:</source>
        <translation><numerusform>إضافة %n عنصر إلى المشهد:</numerusform><numerusform>إضافة عنصر واحد إلى المشهد:</numerusform><numerusform>إضافة عنصرين إلى المشهد:</numerusform><numerusform>إضافة %n عناصر إلى المشهد:</numerusform><numerusform>إضافة %n عنصرًا إلى المشهد:</numerusform><numerusform>إضافة %n عنصر إلى المشهد:</numerusform></translation>
    </message>
    <message>
        <source>Already linked to this scene.</source>
        <translation>مربوط بهذا المشهد بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to a scene</source>
        <translation><numerusform>إضافة %n عنصر إلى مشهد</numerusform><numerusform>إضافة عنصر واحد إلى مشهد</numerusform><numerusform>إضافة عنصرين إلى مشهد</numerusform><numerusform>إضافة %n عناصر إلى مشهد</numerusform><numerusform>إضافة %n عنصرًا إلى مشهد</numerusform><numerusform>إضافة %n عنصر إلى مشهد</numerusform></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Show these</source>
        <translation>عرض هذه</translation>
    </message>
    <message>
        <source>Narrow the search to these</source>
        <translation>تضييق البحث إلى هذه</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>نسخ الاسم</translation>
    </message>
    <message>
        <source>Edit the person…</source>
        <translation>تحرير الشخص…</translation>
    </message>
    <message>
        <source>Edit the place…</source>
        <translation>تحرير المكان…</translation>
    </message>
    <message>
        <source>Open the film…</source>
        <translation>فتح الفيلم…</translation>
    </message>
    <message>
        <source>Open the scene…</source>
        <translation>فتح المشهد…</translation>
    </message>
</context>
<context>
    <name>FaceDetection</name>
    <message>
        <source>Faces %v/%m</source>
        <translation>الوجوه %v/%m</translation>
    </message>
    <message>
        <source>Stop finding faces</source>
        <translation>إيقاف البحث عن الوجوه</translation>
    </message>
</context>
<context>
    <name>FacesWindow</name>
    <message>
        <source>Faces</source>
        <translation>الوجوه</translation>
    </message>
    <message>
        <source>Who is it?</source>
        <translation>من هذا؟</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;تسمية</translation>
    </message>
    <message>
        <source>&amp;Accept suggestions</source>
        <translation>&amp;قبول الاقتراحات</translation>
    </message>
    <message>
        <source>Not a &amp;face</source>
        <translation>ليس &amp;وجهًا</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>ت&amp;جاهل</translation>
    </message>
    <message>
        <source>Name each face as its first suggestion (Enter)</source>
        <translation>تسمية كل وجه حسب اقتراحه الأول (Enter)</translation>
    </message>
    <message>
        <source>The detector was wrong (Delete)</source>
        <translation>أخطأ الكاشف (Delete)</translation>
    </message>
    <message>
        <source>Leave these faces unnamed for good (I)</source>
        <translation>ترك هذه الوجوه بلا اسم نهائيًا (I)</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) not named yet</source>
        <translation><numerusform>%n وجه لم يُسمَّ بعد</numerusform><numerusform>وجه واحد لم يُسمَّ بعد</numerusform><numerusform>وجهان لم يُسمَّيا بعد</numerusform><numerusform>%n وجوه لم تُسمَّ بعد</numerusform><numerusform>%n وجهًا لم يُسمَّ بعد</numerusform><numerusform>%n وجه لم يُسمَّ بعد</numerusform></translation>
    </message>
    <message>
        <source>No faces waiting for a name. Turn on face detection in Preferences.</source>
        <translation>لا وجوه تنتظر اسمًا. فعّل اكتشاف الوجوه في التفضيلات.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation><numerusform>%n وجه</numerusform><numerusform>وجه واحد</numerusform><numerusform>وجهان</numerusform><numerusform>%n وجوه</numerusform><numerusform>%n وجهًا</numerusform><numerusform>%n وجه</numerusform></translation>
    </message>
    <message>
        <source>maybe %1</source>
        <translation>ربما %1</translation>
    </message>
    <message>
        <source>%1 px, found on item %2</source>
        <translation>%1 بكسل، عُثر عليه في العنصر %2</translation>
    </message>
    <message>
        <source>Type or pick the person's name first.</source>
        <translation>اكتب اسم الشخص أو اختره أولًا.</translation>
    </message>
</context>
<context>
    <name>PageTextBox</name>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>No text yet: read it with Catalogue ▸ Read text (OCR), or type it here.</source>
        <translation>لا نص بعد: اقرأه من الفهرس ◂ قراءة النص (OCR)، أو اكتبه هنا.</translation>
    </message>
    <message>
        <source>Use for search</source>
        <translation>استخدامه في البحث</translation>
    </message>
    <message>
        <source>Let search find this machine reading although its confidence is low</source>
        <translation>السماح للبحث بإيجاد هذه القراءة الآلية رغم انخفاض الثقة بها</translation>
    </message>
    <message>
        <source>Unreliable: machine reading of handwriting; type a transcription instead.</source>
        <translation>غير موثوق: قراءة آلية لخط اليد؛ اكتب تفريغًا للنص بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>Typed by %1</source>
        <translation>كتبه %1</translation>
    </message>
    <message>
        <source>Read by %1, %2% confidence</source>
        <translation>قرأه %1، بثقة %2%</translation>
    </message>
</context>
<context>
    <name>OcrActions</name>
    <message>
        <source>Read text (OCR)</source>
        <translation>قراءة النص (OCR)</translation>
    </message>
    <message numerus="yes">
        <source>Reading the text of %n item(s)…</source>
        <translation><numerusform>جارٍ قراءة نص %n عنصر…</numerusform><numerusform>جارٍ قراءة نص عنصر واحد…</numerusform><numerusform>جارٍ قراءة نص عنصرين…</numerusform><numerusform>جارٍ قراءة نص %n عناصر…</numerusform><numerusform>جارٍ قراءة نص %n عنصرًا…</numerusform><numerusform>جارٍ قراءة نص %n عنصر…</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stopping after the current page…</source>
        <translation>سيتوقف بعد الصفحة الحالية…</translation>
    </message>
    <message>
        <source>%1 of %2 pages read</source>
        <translation>الصفحات المقروءة: %1 من %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>TestimonyBox</name>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Playing recordings needs Qt Multimedia (the PySide6-Addons package).</source>
        <translation>يتطلب تشغيل التسجيلات Qt Multimedia (حزمة PySide6-Addons).</translation>
    </message>
    <message numerus="yes">
        <source>Recording, %n segment(s)</source>
        <translation><numerusform>تسجيل، %n مقطع</numerusform><numerusform>تسجيل، %n مقطع</numerusform><numerusform>تسجيل، %n مقطعان</numerusform><numerusform>تسجيل، %n مقاطع</numerusform><numerusform>تسجيل، %n مقطعًا</numerusform><numerusform>تسجيل، %n مقطع</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mentioned in %n recording(s)</source>
        <translation><numerusform>مذكور في %n تسجيل</numerusform><numerusform>مذكور في %n تسجيل</numerusform><numerusform>مذكور في %n تسجيلين</numerusform><numerusform>مذكور في %n تسجيلات</numerusform><numerusform>مذكور في %n تسجيلًا</numerusform><numerusform>مذكور في %n تسجيل</numerusform></translation>
    </message>
    <message>
        <source>Add segment…</source>
        <translation>إضافة مقطع…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Add segment</source>
        <translation>إضافة مقطع</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>تعديل المقطع</translation>
    </message>
    <message>
        <source>From, to</source>
        <translation>من، إلى</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>language codes: fr, he, ar</source>
        <translation>رموز اللغات: fr, he, ar</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Transcript (%1)</source>
        <translation>النص المكتوب (%1)</translation>
    </message>
    <message>
        <source>item IDs, separated by spaces</source>
        <translation>معرّفات العناصر، مفصولة بمسافات</translation>
    </message>
    <message>
        <source>About the items</source>
        <translation>يتحدث عن العناصر</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>research</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>film</source>
        <translation>فيلم</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Private (kept out of exports)</source>
        <translation>خاص (لا يُدرج في التصدير)</translation>
    </message>
    <message>
        <source>The end (%1) must come after the start (%2).</source>
        <translation>يجب أن تأتي النهاية (%1) بعد البداية (%2).</translation>
    </message>
    <message>
        <source>No item has the ID %1.</source>
        <translation>لا يوجد عنصر بالمعرّف %1.</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Add segment %1 to %2</source>
        <translation>إضافة المقطع %1 إلى %2</translation>
    </message>
    <message>
        <source>Edit segment %1 of %2</source>
        <translation>تعديل المقطع %1 من %2</translation>
    </message>
    <message>
        <source>Delete segment %1 from %2</source>
        <translation>حذف المقطع %1 من %2</translation>
    </message>
</context>
<context>
    <name>BackDrop</name>
    <message>
        <source>This collection is read-only.</source>
        <translation>هذه المجموعة للقراءة فقط.</translation>
    </message>
    <message>
        <source>Drop one item at a time: a print has one back.</source>
        <translation>أفلِت عنصرًا واحدًا في كل مرة: للصورة المطبوعة جهة خلفية واحدة.</translation>
    </message>
    <message>
        <source>An item cannot be the back of itself.</source>
        <translation>لا يمكن أن يكون العنصر الجهة الخلفية لنفسه.</translation>
    </message>
    <message>
        <source>That item is no longer in the collection.</source>
        <translation>لم يعد هذا العنصر في المجموعة.</translation>
    </message>
    <message>
        <source>This print has a back already: make that back its own item first.</source>
        <translation>لهذه الصورة المطبوعة جهة خلفية بالفعل: اجعل تلك الجهة عنصرًا مستقلًا أولًا.</translation>
    </message>
    <message>
        <source>The dropped item has no file to be a back.</source>
        <translation>ليس للعنصر المُفلَت ملف يصلح جهةً خلفية.</translation>
    </message>
    <message>
        <source>Items in the trash cannot be joined.</source>
        <translation>لا يمكن ضم عناصر موجودة في المهملات.</translation>
    </message>
    <message>
        <source>Attach the back of a print</source>
        <translation>إرفاق الجهة الخلفية لصورة مطبوعة</translation>
    </message>
    <message>
        <source>Attach “%1” as the back of “%2”?</source>
        <translation>إرفاق «%1» جهةً خلفية لـ«%2»؟</translation>
    </message>
    <message>
        <source>Its own item goes to the trash; Undo takes it back.</source>
        <translation>ينتقل عنصره الخاص إلى المهملات؛ والتراجع يعيده.</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <source>Search and filters are available once the collection is indexed.</source>
        <translation>سيتاح البحث والمرشّحات بعد فهرسة المجموعة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Indexing for search… %1 of %2</source>
        <translation>جارٍ الفهرسة للبحث… %1 من %2</translation>
    </message>
</context>
</TS>
