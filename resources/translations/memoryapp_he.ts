<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he_IL">
<context>
    <name>Browser</name>
    <message>
        <source>Untitled</source>
        <translation>ללא כותרת</translation>
    </message>
    <message>
        <source>Front and back</source>
        <translation>חזית וגב</translation>
    </message>
</context>
<context>
    <name>CollectionOpen</name>
    <message>
        <source>Opening %1…</source>
        <translation>פותח את %1…</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>כבר פתוח</translation>
    </message>
    <message>
        <source>The collection “%1” is already open in another memoryapp window.</source>
        <translation>האוסף „%1” כבר פתוח בחלון אחר של memoryapp.</translation>
    </message>
    <message>
        <source>Switch to that window to keep working, or close it and open the collection here. A collection opens in one window at a time so that no change is ever lost.</source>
        <translation>עברו לחלון ההוא כדי להמשיך לעבוד, או סגרו אותו ופתחו כאן את האוסף. אוסף נפתח בחלון אחד בכל פעם, כדי ששום שינוי לא יאבד.</translation>
    </message>
    <message>
        <source>No collection there</source>
        <translation>אין כאן אוסף</translation>
    </message>
    <message>
        <source>There is no memoryapp collection in %1.</source>
        <translation>אין אוסף memoryapp בתיקייה %1.</translation>
    </message>
    <message>
        <source>Choose the folder that holds the collection, or make a new one.</source>
        <translation>בחרו את התיקייה שמכילה את האוסף, או צרו אוסף חדש.</translation>
    </message>
    <message>
        <source>Made by a newer memoryapp</source>
        <translation>נוצר בגרסה חדשה יותר של memoryapp</translation>
    </message>
    <message>
        <source>This collection was saved by a newer version of memoryapp.</source>
        <translation>האוסף הזה נשמר בגרסה חדשה יותר של memoryapp.</translation>
    </message>
    <message>
        <source>Install the newer version to open it; this one will not change it.</source>
        <translation>התקינו את הגרסה החדשה כדי לפתוח אותו; הגרסה הזו לא תשנה אותו.</translation>
    </message>
    <message>
        <source>Cannot open the collection</source>
        <translation>לא ניתן לפתוח את האוסף</translation>
    </message>
    <message>
        <source>The collection in %1 cannot be opened.</source>
        <translation>לא ניתן לפתוח את האוסף שבתיקייה %1.</translation>
    </message>
    <message>
        <source>Open a collection</source>
        <translation>פתיחת אוסף</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new collection</source>
        <translation>בחרו תיקייה ריקה לאוסף החדש</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>אוסף חדש</translation>
    </message>
    <message>
        <source>Title of the collection:</source>
        <translation>שם האוסף:</translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation>לא ניתן ליצור את האוסף</translation>
    </message>
    <message>
        <source>A new collection needs an empty folder.</source>
        <translation>אוסף חדש צריך תיקייה ריקה.</translation>
    </message>
</context>
<context>
    <name>CoreCommand</name>
    <message numerus="yes">
        <source>Edit %n item(s)</source>
        <translation><numerusform>עריכת פריט אחד</numerusform><numerusform>עריכת %n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n item(s)</source>
        <translation><numerusform>תיוג פריט אחד</numerusform><numerusform>תיוג %n פריטים</numerusform></translation>
    </message>
    <message>
        <source>Tag a face</source>
        <translation>תיוג פנים</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>עריכת אדם</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>עריכת מקום</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to the trash</source>
        <translation><numerusform>העברת פריט אחד לאשפה</numerusform><numerusform>העברת %n פריטים לאשפה</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s) from the trash</source>
        <translation><numerusform>שחזור פריט אחד מהאשפה</numerusform><numerusform>שחזור %n פריטים מהאשפה</numerusform></translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>ריקון האשפה</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Photo</source>
        <translation>תצלום</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>מכתב</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>גלויה</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>דרכון</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>תעודה</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>עיתון</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>לא צוין</translation>
    </message>
    <message>
        <source>In copyright</source>
        <translation>מוגן בזכויות יוצרים</translation>
    </message>
    <message>
        <source>Copyright not evaluated</source>
        <translation>זכויות היוצרים לא נבדקו</translation>
    </message>
    <message>
        <source>Copyright undetermined</source>
        <translation>זכויות היוצרים לא נקבעו</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>נחלת הכלל</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>מוחזק בידי</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>אלבום</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>קופסה</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>עמוד</translation>
    </message>
    <message>
        <source>Archive reference</source>
        <translation>סימול ארכיוני</translation>
    </message>
    <message>
        <source>How it reached us</source>
        <translation>איך הגיע אלינו</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>קרדיט</translation>
    </message>
    <message>
        <source>Rights notes</source>
        <translation>הערות על הזכויות</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>הסכמה</translation>
    </message>
    <message>
        <source>Double-click to open it large</source>
        <translation>לחיצה כפולה לפתיחה בגדול</translation>
    </message>
    <message>
        <source>Open large (Enter)</source>
        <translation>פתיחה בגדול (Enter)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;כותרת</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;תאריך</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;סוג</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>&amp;תיאור</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>הוספת אדם…</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;אנשים</translation>
    </message>
    <message>
        <source>Add a place…</source>
        <translation>הוספת מקום…</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;מקומות</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>הוספת תגית…</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>ת&amp;גיות</translation>
    </message>
    <message>
        <source>Private: never exported or shared</source>
        <translation>פרטי: לעולם לא מיוצא ולא משותף</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>זכויות</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>הצהרה</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>From the file (read only)</source>
        <translation>מתוך הקובץ (קריאה בלבד)</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>הקלטה</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select a photo or a document to see and edit what is known about it.</source>
        <translation>בחרו תצלום או מסמך כדי לראות ולערוך את מה שידוע עליו.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n items…</source>
        <translation><numerusform>קורא פריט אחד…</numerusform><numerusform>קורא %n פריטים…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation><numerusform>פריט אחד נבחר</numerusform><numerusform>%n פריטים נבחרו</numerusform></translation>
    </message>
    <message>
        <source>A change here applies to all of them (one step to undo).</source>
        <translation>שינוי כאן חל על כולם (צעד ביטול אחד).</translation>
    </message>
    <message>
        <source>Several dates</source>
        <translation>כמה תאריכים</translation>
    </message>
    <message>
        <source>e.g. c. 1955, summer 1962, 1950s</source>
        <translation>למשל c. 1955, summer 1962, 1950s</translation>
    </message>
    <message>
        <source>Several kinds</source>
        <translation>כמה סוגים</translation>
    </message>
    <message>
        <source>Several statements</source>
        <translation>כמה הצהרות</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>ללא כותרת</translation>
    </message>
    <message>
        <source>Several values: type to replace them all</source>
        <translation>כמה ערכים: הקלידו כדי להחליף את כולם</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>אין תמונה</translation>
    </message>
    <message numerus="yes">
        <source>Set date of %n item(s)</source>
        <translation><numerusform>קביעת תאריך לפריט אחד</numerusform><numerusform>קביעת תאריך ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set type of %n item(s)</source>
        <translation><numerusform>קביעת סוג לפריט אחד</numerusform><numerusform>קביעת סוג ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set rights of %n item(s)</source>
        <translation><numerusform>קביעת זכויות לפריט אחד</numerusform><numerusform>קביעת זכויות ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set title of %n item(s)</source>
        <translation><numerusform>קביעת כותרת לפריט אחד</numerusform><numerusform>קביעת כותרת ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set description of %n item(s)</source>
        <translation><numerusform>קביעת תיאור לפריט אחד</numerusform><numerusform>קביעת תיאור ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set notes of %n item(s)</source>
        <translation><numerusform>קביעת הערות לפריט אחד</numerusform><numerusform>קביעת הערות ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set holder of %n item(s)</source>
        <translation><numerusform>קביעת מחזיק לפריט אחד</numerusform><numerusform>קביעת מחזיק ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set album of %n item(s)</source>
        <translation><numerusform>קביעת אלבום לפריט אחד</numerusform><numerusform>קביעת אלבום ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set box of %n item(s)</source>
        <translation><numerusform>קביעת קופסה לפריט אחד</numerusform><numerusform>קביעת קופסה ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set page of %n item(s)</source>
        <translation><numerusform>קביעת עמוד לפריט אחד</numerusform><numerusform>קביעת עמוד ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set archive reference of %n item(s)</source>
        <translation><numerusform>קביעת סימול ארכיוני לפריט אחד</numerusform><numerusform>קביעת סימול ארכיוני ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set provenance of %n item(s)</source>
        <translation><numerusform>קביעת מקור לפריט אחד</numerusform><numerusform>קביעת מקור ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %1 to %n item(s)</source>
        <translation><numerusform>הוספת %1 לפריט אחד</numerusform><numerusform>הוספת %1 ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n item(s)</source>
        <translation><numerusform>הסרת %1 מפריט אחד</numerusform><numerusform>הסרת %1 מ־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add place %1 to %n item(s)</source>
        <translation><numerusform>הוספת המקום %1 לפריט אחד</numerusform><numerusform>הוספת המקום %1 ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove place %1 from %n item(s)</source>
        <translation><numerusform>הסרת המקום %1 מפריט אחד</numerusform><numerusform>הסרת המקום %1 מ־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add tag '%1' to %n item(s)</source>
        <translation><numerusform>הוספת התגית '%1' לפריט אחד</numerusform><numerusform>הוספת התגית '%1' ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove tag '%1' from %n item(s)</source>
        <translation><numerusform>הסרת התגית '%1' מפריט אחד</numerusform><numerusform>הסרת התגית '%1' מ־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) private</source>
        <translation><numerusform>סימון פריט אחד כפרטי</numerusform><numerusform>סימון %n פריטים כפרטיים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) not private</source>
        <translation><numerusform>סימון פריט אחד כלא פרטי</numerusform><numerusform>סימון %n פריטים כלא פרטיים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n item(s)</source>
        <translation><numerusform>עריכת פריט אחד</numerusform><numerusform>עריכת %n פריטים</numerusform></translation>
    </message>
    <message>
        <source>Add a custody event</source>
        <translation>הוספת העברת החזקה</translation>
    </message>
    <message>
        <source>No box or album yet: add one with “memoryapp container add”.</source>
        <translation>עדיין אין קופסה או אלבום: הוסיפו אחד בעזרת „memoryapp container add”.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation><numerusform>העברת פריט אחד</numerusform><numerusform>העברת %n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) not named yet</source>
        <translation><numerusform>פנים ללא שם: %n</numerusform><numerusform>%n פנים עדיין ללא שם</numerusform></translation>
    </message>
    <message>
        <source>Transcribe text</source>
        <translation>הקלדת הטקסט</translation>
    </message>
    <message>
        <source>Use text for search</source>
        <translation>שימוש בטקסט לחיפוש</translation>
    </message>
    <message>
        <source>Add identification evidence…</source>
        <translation>הוספת ראיה לזיהוי…</translation>
    </message>
    <message>
        <source>Identify %1</source>
        <translation>זיהוי %1</translation>
    </message>
</context>
<context>
    <name>EmbeddedView</name>
    <message>
        <source>Picture damaged</source>
        <translation>התמונה פגומה</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>צולם</translation>
    </message>
    <message>
        <source>Digitized</source>
        <translation>נסרק</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>מילות מפתח</translation>
    </message>
    <message>
        <source>Keyword paths</source>
        <translation>נתיבי מילות מפתח</translation>
    </message>
    <message>
        <source>People named</source>
        <translation>אנשים שצוינו</translation>
    </message>
    <message>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ארץ</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>יוצר</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>זכויות</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>יצרן המצלמה</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>דגם המצלמה</translation>
    </message>
    <message>
        <source>Sidecar file</source>
        <translation>קובץ נלווה</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>שם הקובץ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>פיקסלים</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>עמודים</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>אחסון</translation>
    </message>
    <message>
        <source>linked where it lies</source>
        <translation>מקושר במקומו</translation>
    </message>
    <message>
        <source>copied into the collection</source>
        <translation>הועתק לתוך האוסף</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Face regions</source>
        <translation>אזורי פנים</translation>
    </message>
    <message>
        <source>Nothing was embedded in this file.</source>
        <translation>לא הוטמע דבר בקובץ הזה.</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Include private items and people</source>
        <translation>לכלול פריטים ואנשים פרטיים</translation>
    </message>
    <message>
        <source>Include living people's details</source>
        <translation>לכלול פרטים של אנשים חיים</translation>
    </message>
    <message>
        <source>(private or living people included, as asked)</source>
        <translation>(כולל אנשים פרטיים או חיים, כמבוקש)</translation>
    </message>
    <message numerus="yes">
        <source>(%n thing(s) withheld or replaced for privacy)</source>
        <translation><numerusform>(פריט מידע אחד הושמט או הוחלף לשמירת הפרטיות)</numerusform><numerusform>(%n פריטי מידע הושמטו או הוחלפו לשמירת הפרטיות)</numerusform></translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Archive log (CSV)</source>
        <translation>יומן ארכיון (CSV)</translation>
    </message>
    <message>
        <source>Archive log (Excel)</source>
        <translation>יומן ארכיון (Excel)</translation>
    </message>
    <message>
        <source>Cue sheet (CSV)</source>
        <translation>גיליון סימונים (CSV)</translation>
    </message>
    <message>
        <source>OpenTimelineIO timeline</source>
        <translation>ציר זמן OpenTimelineIO</translation>
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
        <translation>תיק סצנות (HTML)</translation>
    </message>
    <message>
        <source>%1 (*%2)</source>
        <translation>%1 (*%2)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>ייצוא %1</translation>
    </message>
    <message>
        <source>Exporting %1N{HORIZONTAL ELLIPSIS}</source>
        <translation>מייצא %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>יוצא אל %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;ייצוא</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>פריט אחד</numerusform><numerusform>%n פריטים</numerusform></translation>
    </message>
    <message>
        <source>Exporting %1: %2</source>
        <translation>ייצוא %1: %2</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>ייצוא %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>Also write JPEG copies with the XMP inside</source>
        <translation>לכתוב גם עותקי JPEG עם XMP בתוכם</translation>
    </message>
    <message>
        <source>The web address the folder will be served from.</source>
        <translation>כתובת האינטרנט שממנה התיקייה תוגש.</translation>
    </message>
    <message>
        <source>Served from:</source>
        <translation>מוגש מ־:</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>ייצוא בתור:</translation>
    </message>
    <message>
        <source>Privacy: what may leave the collection</source>
        <translation>פרטיות: מה מותר לצאת מהאוסף</translation>
    </message>
    <message>
        <source>Include &amp;private items and people</source>
        <translation>לכלול פריטים ואנשים &amp;פרטיים</translation>
    </message>
    <message>
        <source>Include &amp;living people's details</source>
        <translation>לכלול פרטים של אנשים &amp;חיים</translation>
    </message>
    <message>
        <source>Otherwise a living person is</source>
        <translation>אחרת אדם חי מוצג כך:</translation>
    </message>
    <message>
        <source>Keep &amp;exact GPS positions</source>
        <translation>לשמור מיקומי GPS &amp;מדויקים</translation>
    </message>
    <message>
        <source>Otherwise positions are rounded to about 1 km. Places marked not to be</source>
        <translation>אחרת המיקומים מעוגלים לכקילומטר אחד. מקומות שסומנו שאין</translation>
    </message>
    <message>
        <source>pinpointed are always withheld.</source>
        <translation>לציין את מיקומם המדויק מושמטים תמיד.</translation>
    </message>
    <message>
        <source>Privacy summary</source>
        <translation>סיכום פרטיות</translation>
    </message>
    <message>
        <source>Working out what will be withheld…</source>
        <translation>מחשב מה יושמט…</translation>
    </message>
    <message>
        <source>Details (the report saved with the export)</source>
        <translation>פרטים (הדוח שנשמר עם הייצוא)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>יעד</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;בחירה…</translation>
    </message>
    <message>
        <source>In the folder:</source>
        <translation>בתיקייה:</translation>
    </message>
    <message>
        <source>New folder name:</source>
        <translation>שם התיקייה החדשה:</translation>
    </message>
    <message>
        <source>Privacy report (also saved in the export):</source>
        <translation>דוח פרטיות (נשמר גם בייצוא):</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;פתיחת התיקייה</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>בחרו היכן לשמור את הייצוא</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>אוסף</translation>
    </message>
    <message>
        <source>%1 - %2 export</source>
        <translation>%1 - ייצוא %2</translation>
    </message>
    <message>
        <source>Private and living people's details will be exported.</source>
        <translation>פרטים של אנשים פרטיים וחיים ייוצאו.</translation>
    </message>
    <message>
        <source>The privacy summary could not be made: %1</source>
        <translation>לא ניתן היה להכין את סיכום הפרטיות: %1</translation>
    </message>
    <message>
        <source>Give the export folder a name.</source>
        <translation>תנו שם לתיקיית הייצוא.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n item(s) to %1…</source>
        <translation><numerusform>מייצא פריט אחד אל %1…</numerusform><numerusform>מייצא %n פריטים אל %1…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>מבטל…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) as %1.</source>
        <translation><numerusform>פריט אחד יוצא בתור %1.</numerusform><numerusform>%n פריטים יוצאו בתור %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the log.</source>
        <translation><numerusform>אזהרה אחת: ראו ביומן.</numerusform><numerusform>%n אזהרות: ראו ביומן.</numerusform></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>הייצוא בוטל; שום דבר לא נכתב.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>הייצוא נכשל: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n private item(s)</source>
        <translation><numerusform>פריט פרטי אחד</numerusform><numerusform>%n פריטים פרטיים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n private person(s)</source>
        <translation><numerusform>אדם פרטי אחד</numerusform><numerusform>%n אנשים פרטיים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n private person tag(s)</source>
        <translation><numerusform>תיוג פרטי אחד של אדם</numerusform><numerusform>%n תיוגים פרטיים של אנשים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n living person's name(s) replaced</source>
        <translation><numerusform>שם אחד של אדם חי הוחלף</numerusform><numerusform>%n שמות של אנשים חיים הוחלפו</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n living person(s) left out</source>
        <translation><numerusform>אדם חי אחד הושמט</numerusform><numerusform>%n אנשים חיים הושמטו</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n living person's detail(s)</source>
        <translation><numerusform>פרט אחד של אדם חי</numerusform><numerusform>%n פרטים של אנשים חיים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) showing living people</source>
        <translation><numerusform>תצלום אחד שבו נראים אנשים חיים</numerusform><numerusform>%n תצלומים שבהם נראים אנשים חיים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n exact position(s) rounded</source>
        <translation><numerusform>מיקום מדויק אחד עוגל</numerusform><numerusform>%n מיקומים מדויקים עוגלו</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n exact position(s)</source>
        <translation><numerusform>מיקום מדויק אחד</numerusform><numerusform>%n מיקומים מדויקים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) of places not to pinpoint</source>
        <translation><numerusform>מיקום אחד של מקום שאין לציין במדויק</numerusform><numerusform>%n מיקומים של מקומות שאין לציין במדויק</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n face region(s) of living people</source>
        <translation><numerusform>אזור פנים אחד של אנשים חיים</numerusform><numerusform>%n אזורי פנים של אנשים חיים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of withheld names in texts</source>
        <translation><numerusform>אזכור אחד של שם מושמט בטקסטים</numerusform><numerusform>%n אזכורים של שמות מושמטים בטקסטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the metadata embedded in %n file(s)</source>
        <translation><numerusform>המטא־נתונים המוטמעים בקובץ אחד</numerusform><numerusform>המטא־נתונים המוטמעים ב־%n קבצים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n original file path(s)</source>
        <translation><numerusform>נתיב קובץ מקורי אחד</numerusform><numerusform>%n נתיבי קבצים מקוריים</numerusform></translation>
    </message>
</context>
<context>
    <name>FaceEditor</name>
    <message>
        <source>(unknown person)</source>
        <translation>(אדם לא ידוע)</translation>
    </message>
    <message>
        <source>Another person…</source>
        <translation>אדם אחר…</translation>
    </message>
    <message>
        <source>Remove the rectangle</source>
        <translation>הסרת המלבן</translation>
    </message>
    <message>
        <source>Remove the person from this item</source>
        <translation>הסרת האדם מהפריט הזה</translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation>מי זה?</translation>
    </message>
    <message>
        <source>Tag a face</source>
        <translation>תיוג פנים</translation>
    </message>
    <message>
        <source>Move a face rectangle</source>
        <translation>הזזת מלבן פנים</translation>
    </message>
    <message>
        <source>Remove a face rectangle</source>
        <translation>הסרת מלבן פנים</translation>
    </message>
    <message>
        <source>Remove %1 from the item</source>
        <translation>הסרת %1 מהפריט</translation>
    </message>
    <message>
        <source>Who is this really?</source>
        <translation>מי זה באמת?</translation>
    </message>
    <message>
        <source>Give a face to another person</source>
        <translation>שיוך הפנים לאדם אחר</translation>
    </message>
    <message>
        <source>Open the person…</source>
        <translation>פתיחת האדם…</translation>
    </message>
</context>
<context>
    <name>FailuresDialog</name>
    <message>
        <source>Import failures (this session)</source>
        <translation>כשלי ייבוא (בהפעלה הזו)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>לא ניתן היה לייבא קובץ אחד:</numerusform><numerusform>לא ניתן היה לייבא %n קבצים:</numerusform></translation>
    </message>
</context>
<context>
    <name>FailuresTable</name>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>מדוע לא יובא</translation>
    </message>
</context>
<context>
    <name>Films</name>
    <message numerus="yes">
        <source>%n on screen</source>
        <translation><numerusform>אחד על המסך</numerusform><numerusform>%n על המסך</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation><numerusform>עוד אחד</numerusform><numerusform>עוד %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n uncleared</source>
        <translation><numerusform>אחד ללא אישור זכויות</numerusform><numerusform>%n ללא אישור זכויות</numerusform></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>מתוכננת</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>במחקר</translation>
    </message>
    <message>
        <source>In edit</source>
        <translation>בעריכה</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>נעולה</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>הוסרה</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>על המסך</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>מועמד</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>חלופה</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>לתחקיר</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>לא התבקש</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>התבקש</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>אושר</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>נחלת הכלל</translation>
    </message>
    <message>
        <source>Fair use</source>
        <translation>שימוש הוגן</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>קול מספר</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>ראיון</translation>
    </message>
</context>
<context>
    <name>FilmsPanel</name>
    <message>
        <source>Find material</source>
        <translation>חיפוש חומרים</translation>
    </message>
    <message>
        <source>Items that fit the scene's people, places and period</source>
        <translation>פריטים שמתאימים לאנשים, למקומות ולתקופה של הסצנה</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>סרט</translation>
    </message>
    <message>
        <source>Press “Find material” to see what fits.</source>
        <translation>לחצו על „חיפוש חומרים” כדי לראות מה מתאים.</translation>
    </message>
    <message>
        <source>Role of items linked from here or dropped on a scene</source>
        <translation>תפקיד הפריטים שמקושרים מכאן או נגררים אל סצנה</translation>
    </message>
    <message>
        <source>Link to scene</source>
        <translation>קישור לסצנה</translation>
    </message>
    <message>
        <source>as</source>
        <translation>בתור</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>חומרים</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>ללא כותרת</translation>
    </message>
    <message>
        <source>Looking through the collection…</source>
        <translation>מחפש באוסף…</translation>
    </message>
    <message>
        <source>Already linked to this scene.</source>
        <translation>כבר מקושר לסצנה הזו.</translation>
    </message>
    <message>
        <source>Remove from scene</source>
        <translation>הסרה מהסצנה</translation>
    </message>
    <message>
        <source>No film yet</source>
        <translation>עדיין אין סרט</translation>
    </message>
    <message>
        <source>Create a film and its scenes with “memoryapp film add”.</source>
        <translation>צרו סרט וסצנות בעזרת „memoryapp film add”.</translation>
    </message>
    <message>
        <source>Items that fit this scene: %1</source>
        <translation>פריטים שמתאימים לסצנה: %1</translation>
    </message>
    <message>
        <source>Nothing else in the collection fits this scene.</source>
        <translation>שום דבר נוסף באוסף לא מתאים לסצנה הזו.</translation>
    </message>
    <message>
        <source>Scene %1: %2</source>
        <translation>סצנה %1: %2</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>סצנה %1</translation>
    </message>
    <message>
        <source>Edit clearance</source>
        <translation>עריכת אישור הזכויות</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>e.g. c. 1955, summer 1962, 1950s</source>
        <translation>למשל c. 1955, summer 1962, 1950s</translation>
    </message>
    <message>
        <source>Keep as words</source>
        <translation>לשמור כמילים</translation>
    </message>
    <message>
        <source>Keep these words as an undated note (they will not sort or filter by date)</source>
        <translation>לשמור את המילים האלה כהערה ללא תאריך (הן לא ימוינו ולא יסוננו לפי תאריך)</translation>
    </message>
    <message>
        <source>Not a date I can read: %1</source>
        <translation>זה לא תאריך שאני יודע לקרוא: %1</translation>
    </message>
    <message>
        <source>Kept as words, undated</source>
        <translation>נשמר כמילים, ללא תאריך</translation>
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
        <translation>הקובץ ריק (0 בתים).</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>הקובץ קטוע: הוא לא הועתק במלואו.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read.</source>
        <translation>הקובץ פגום ולא ניתן לקרוא אותו.</translation>
    </message>
    <message>
        <source>This kind of file is not supported.</source>
        <translation>סוג הקובץ הזה אינו נתמך.</translation>
    </message>
    <message>
        <source>The picture claims to be far too large to open safely.</source>
        <translation>התמונה מצהירה על גודל גדול מכדי לפתוח אותה בבטחה.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>הקובץ גדול מדי.</translation>
    </message>
    <message>
        <source>The information embedded in the file is damaged.</source>
        <translation>המידע המוטמע בקובץ פגום.</translation>
    </message>
    <message>
        <source>The file cannot be read (permissions or a disk error).</source>
        <translation>לא ניתן לקרוא את הקובץ (הרשאות או שגיאת דיסק).</translation>
    </message>
    <message>
        <source>The file disappeared during the import.</source>
        <translation>הקובץ נעלם במהלך הייבוא.</translation>
    </message>
    <message>
        <source>Reading the file took too long.</source>
        <translation>קריאת הקובץ ארכה זמן רב מדי.</translation>
    </message>
    <message>
        <source>The file name cannot be used.</source>
        <translation>לא ניתן להשתמש בשם הקובץ.</translation>
    </message>
    <message>
        <source>A link points back to itself.</source>
        <translation>קישור מצביע על עצמו.</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>זה אינו קובץ רגיל.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>הדיסק מלא.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>לא יובא: הייבוא בוטל.</translation>
    </message>
    <message>
        <source>Unknown problem.</source>
        <translation>בעיה לא ידועה.</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 מתוך %2 קבצים</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 קבצים</translation>
    </message>
    <message>
        <source>%1 files a second</source>
        <translation>%1 קבצים בשנייה</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>נותרו כ־%1 שניות</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>נותרו כ־%1 דקות</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import photos and documents</source>
        <translation>ייבוא תצלומים ומסמכים</translation>
    </message>
    <message>
        <source>Files and folders to import:</source>
        <translation>קבצים ותיקיות לייבוא:</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>הוספת &amp;קבצים…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>הוספת &amp;תיקייה…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ה&amp;סרה</translation>
    </message>
    <message>
        <source>&amp;Copy into the collection (recommended)</source>
        <translation>ה&amp;עתקה לתוך האוסף (מומלץ)</translation>
    </message>
    <message>
        <source>The originals stay untouched; the collection keeps its own copy.</source>
        <translation>המקור נשאר ללא שינוי; האוסף שומר עותק משלו.</translation>
    </message>
    <message>
        <source>&amp;Link: leave the files where they are</source>
        <translation>&amp;קישור: להשאיר את הקבצים במקומם</translation>
    </message>
    <message>
        <source>Nothing is copied; the collection needs the files to stay where they are.</source>
        <translation>שום דבר לא מועתק; האוסף זקוק לכך שהקבצים יישארו במקומם.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;ייבוא</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>בחרו קבצים לייבוא</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>בחרו תיקייה לייבוא</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 ועוד אחד</numerusform><numerusform>%1 ועוד %n</numerusform></translation>
    </message>
    <message>
        <source>Linking %1 where they are</source>
        <translation>מקשר את %1 במקומם</translation>
    </message>
    <message>
        <source>Copying %1 into the collection</source>
        <translation>מעתיק את %1 לתוך האוסף</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>מחפש קבצים…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>עוצר אחרי הקובץ הנוכחי…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>מתוך %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported.</source>
        <translation><numerusform>פריט אחד יובא.</numerusform><numerusform>%n פריטים יובאו.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the collection.</source>
        <translation><numerusform>קובץ אחד כבר היה באוסף.</numerusform><numerusform>%n קבצים כבר היו באוסף.</numerusform></translation>
    </message>
    <message>
        <source>The import was cancelled; what was imported stays.</source>
        <translation>הייבוא בוטל; מה שיובא נשאר.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>לא ניתן היה לייבא קובץ אחד:</numerusform><numerusform>לא ניתן היה לייבא %n קבצים:</numerusform></translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>הייבוא נעצר: %1</translation>
    </message>
    <message>
        <source>Counting the files…</source>
        <translation>סופר את הקבצים…</translation>
    </message>
    <message>
        <source>Counting the files… %1 so far</source>
        <translation>סופר את הקבצים… %1 עד כה</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) found</source>
        <translation><numerusform>נמצא קובץ אחד</numerusform><numerusform>נמצאו %n קבצים</numerusform></translation>
    </message>
</context>
<context>
    <name>LinkEditor</name>
    <message>
        <source>Clearance</source>
        <translation>אישור זכויות</translation>
    </message>
    <message>
        <source>Select an item in the strip to edit its clearance.</source>
        <translation>בחרו פריט ברצועה כדי לערוך את אישור הזכויות שלו.</translation>
    </message>
    <message>
        <source>Who owns the rights</source>
        <translation>למי שייכות הזכויות</translation>
    </message>
    <message>
        <source>Credit line, as it will read on screen</source>
        <translation>שורת קרדיט, כפי שתופיע על המסך</translation>
    </message>
    <message>
        <source>Notes for the clearance team</source>
        <translation>הערות לצוות אישור הזכויות</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>בעל הזכויות</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>קרדיט</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>החלה</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Remove from scene</source>
        <translation>הסרה מהסצנה</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation>קריאה בלבד</translation>
    </message>
    <message>
        <source>This collection can only be read: %1.</source>
        <translation>את האוסף הזה אפשר רק לקרוא: %1.</translation>
    </message>
    <message>
        <source>Films — memoryapp</source>
        <translation>סרטים — memoryapp</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported</source>
        <translation><numerusform>פריט אחד יובא</numerusform><numerusform>%n פריטים יובאו</numerusform></translation>
    </message>
    <message>
        <source>No recent collections</source>
        <translation>אין אוספים אחרונים</translation>
    </message>
    <message>
        <source>%1 — memoryapp</source>
        <translation>%1 — memoryapp</translation>
    </message>
    <message>
        <source>Preparing the collection…</source>
        <translation>מכין את האוסף…</translation>
    </message>
    <message>
        <source>This collection is empty.

Drag photos, scans or whole folders here, or choose File → Import (Ctrl+I).</source>
        <translation>האוסף הזה ריק.

גררו לכאן תצלומים, סריקות או תיקיות שלמות, או בחרו קובץ ← ייבוא (Ctrl+I).</translation>
    </message>
    <message>
        <source>Nothing matches this search.

Try fewer words, or press Escape to see everything.</source>
        <translation>שום דבר לא תואם את החיפוש.

נסו פחות מילים, או הקישו Escape כדי לראות הכול.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation><numerusform>פריט אחד</numerusform><numerusform>%Ln פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation><numerusform>%1 מתוך פריט אחד</numerusform><numerusform>%1 מתוך %Ln פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation><numerusform>אחד נבחר</numerusform><numerusform>%Ln נבחרו</numerusform></translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>מכין את החיפוש…</translation>
    </message>
    <message>
        <source>The collection could not be prepared for browsing:
%1</source>
        <translation>לא ניתן היה להכין את האוסף לעיון:
%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation>ייבוא מתבצע</translation>
    </message>
    <message>
        <source>Stop the import and close? What was imported so far stays.</source>
        <translation>לעצור את הייבוא ולסגור? מה שיובא עד כה יישאר.</translation>
    </message>
    <message>
        <source>Places are not available yet.</source>
        <translation>המקומות עדיין אינם זמינים.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation><numerusform>פריט נבחר אחד</numerusform><numerusform>%n פריטים נבחרים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found by the search</source>
        <translation><numerusform>פריט אחד שנמצא בחיפוש</numerusform><numerusform>%n פריטים שנמצאו בחיפוש</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>all %n item(s)</source>
        <translation><numerusform>הפריט היחיד</numerusform><numerusform>כל %n הפריטים</numerusform></translation>
    </message>
    <message>
        <source>Search tips</source>
        <translation>עצות לחיפוש</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type words from titles, descriptions and notes, or names of people and places, in any script. Spelling variants meet: &lt;i&gt;Tinghir&lt;/i&gt; also finds &lt;i&gt;Tinerhir&lt;/i&gt;.&lt;/p&gt;&lt;table cellspacing='6'&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;person:Yakout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;photos of someone&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;place:Tinghir&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a place and every place inside it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;date:1950..1959&lt;/code&gt; or &lt;code&gt;1955&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a period&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tag:Events&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a tag and the tags under it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:undated&lt;/code&gt;, &lt;code&gt;is:untagged&lt;/code&gt;&lt;/td&gt;&lt;td&gt;what still needs work&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-is:private&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a minus sign leaves things out&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;wedding OR henna&lt;/code&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Click an entry in the sidebar to show it; Ctrl+click narrows the current search.&lt;/p&gt;</source>
        <translation>&lt;p&gt;הקלידו מילים מכותרות, מתיאורים ומהערות, או שמות של אנשים ומקומות, בכל כתב. גם כתיבים שונים נמצאים: &lt;i&gt;Tinghir&lt;/i&gt; מוצא גם את &lt;i&gt;Tinerhir&lt;/i&gt;.&lt;/p&gt;&lt;table cellspacing='6'&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;person:Yakout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;תצלומים של אדם&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;place:Tinghir&lt;/code&gt;&lt;/td&gt;&lt;td&gt;מקום וכל המקומות שבתוכו&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;date:1950..1959&lt;/code&gt; או &lt;code&gt;1955&lt;/code&gt;&lt;/td&gt;&lt;td&gt;תקופה&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tag:Events&lt;/code&gt;&lt;/td&gt;&lt;td&gt;תגית והתגיות שתחתיה&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:undated&lt;/code&gt;, &lt;code&gt;is:untagged&lt;/code&gt;&lt;/td&gt;&lt;td&gt;מה שעוד דורש עבודה&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-is:private&lt;/code&gt;&lt;/td&gt;&lt;td&gt;סימן מינוס משמיט&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;wedding OR henna&lt;/code&gt;&lt;/td&gt;&lt;td&gt;אחת משתי המילים&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;לחיצה על רשומה בסרגל הצד מציגה אותה; Ctrl+לחיצה מצמצמת את החיפוש הנוכחי.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About memoryapp</source>
        <translation>אודות memoryapp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;memoryapp %1&lt;/h3&gt;&lt;p&gt;A desktop archivist for family photos, letters and papers: who is on them, where and when, as well as anyone remembers.&lt;/p&gt;&lt;p&gt;Originals are never changed. Everything stays in the collection folder.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;memoryapp %1&lt;/h3&gt;&lt;p&gt;ארכיונאי שולחני לתצלומים, למכתבים ולמסמכים של המשפחה: מי מופיע בהם, איפה ומתי, כפי שמישהו זוכר.&lt;/p&gt;&lt;p&gt;המקורות לעולם אינם משתנים. הכול נשאר בתיקיית האוסף.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>האשפה ריקה.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) in the trash</source>
        <translation><numerusform>פריט אחד באשפה</numerusform><numerusform>%Ln פריטים באשפה</numerusform></translation>
    </message>
    <message>
        <source>Attach the back of a print</source>
        <translation>צירוף גב להדפס</translation>
    </message>
    <message>
        <source>Select two items: a print's front and its back.</source>
        <translation>בחרו שני פריטים: החזית של הדפס והגב שלו.</translation>
    </message>
    <message>
        <source>Attach the back</source>
        <translation>צירוף הגב</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;Films…</source>
        <translation>&amp;סרטים…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation>אוסף &amp;חדש…</translation>
    </message>
    <message>
        <source>&amp;Open collection…</source>
        <translation>&amp;פתיחת אוסף…</translation>
    </message>
    <message>
        <source>&amp;Recent collections</source>
        <translation>אוספים &amp;אחרונים</translation>
    </message>
    <message>
        <source>&amp;Import photos and documents…</source>
        <translation>&amp;ייבוא תצלומים ומסמכים…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>יי&amp;צוא…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>בחירת ה&amp;כול</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;ביטול הבחירה</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;חיפוש…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;העדפות…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Open large (Enter)</source>
        <translation>&amp;פתיחה בגדול (Enter)</translation>
    </message>
    <message>
        <source>&amp;Larger thumbnails</source>
        <translation>תמונות ממוזערות &amp;גדולות יותר</translation>
    </message>
    <message>
        <source>&amp;Smaller thumbnails</source>
        <translation>תמונות ממוזערות &amp;קטנות יותר</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;ציר זמן</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;סרגל צד</translation>
    </message>
    <message>
        <source>&amp;Details panel</source>
        <translation>לוח &amp;פרטים</translation>
    </message>
    <message>
        <source>Go to the &amp;grid</source>
        <translation>מעבר ל&amp;רשת</translation>
    </message>
    <message>
        <source>Go to the si&amp;debar</source>
        <translation>מעבר ל&amp;סרגל הצד</translation>
    </message>
    <message>
        <source>Go to the d&amp;etails</source>
        <translation>מעבר ל&amp;פרטים</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;קטלוג</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;אנשים…</translation>
    </message>
    <message>
        <source>P&amp;laces…</source>
        <translation>&amp;מקומות…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation>&amp;עצות לחיפוש</translation>
    </message>
    <message>
        <source>&amp;About memoryapp</source>
        <translation>&amp;אודות memoryapp</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;חזרה</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;ביטול %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;חזרה על %1</translation>
    </message>
    <message>
        <source>Attach the &amp;back of a print…</source>
        <translation>צירוף &amp;גב להדפס…</translation>
    </message>
    <message>
        <source>Fa&amp;ces…</source>
        <translation>&amp;פנים…</translation>
    </message>
    <message>
        <source>Fin&amp;d faces</source>
        <translation>א&amp;יתור פנים</translation>
    </message>
    <message>
        <source>Read &amp;text (OCR)</source>
        <translation>קריאת &amp;טקסט (OCR)</translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <source>Add a spelling</source>
        <translation>הוספת כתיב</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>הפיכה לראשי</translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>כתב</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Primary name</source>
        <translation>שם ראשי</translation>
    </message>
</context>
<context>
    <name>PeopleManager</name>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Find a person by any spelling</source>
        <translation>חיפוש אדם בכל כתיב</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>אדם חדש</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>מיזוג…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>שמירת השינויים</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>ביטול השינויים</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>עריכת %1</translation>
    </message>
    <message>
        <source>New person %1</source>
        <translation>אדם חדש %1</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>מיזוג שני אנשים</translation>
    </message>
    <message>
        <source>%1 and %2 are the same person?</source>
        <translation>%1 ו־%2 הם אותו אדם?</translation>
    </message>
    <message>
        <source>Every photo, document and relation of one moves to the other, whose names become other spellings. You can undo this.</source>
        <translation>כל התצלומים, המסמכים והקשרים של האחד עוברים לשני, ושמותיו הופכים לכתיבים נוספים. אפשר לבטל זאת.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>לשמור את %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>מיזוג %1 לתוך %2</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>עריכה</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>שמות אחרים</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>נולד/ה</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>נפטר/ה</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>פריטים</translation>
    </message>
    <message>
        <source>Private: never shown in exports or shared copies</source>
        <translation>פרטי: לעולם לא מוצג בייצוא או בעותקים משותפים</translation>
    </message>
</context>
<context>
    <name>PersonChoices</name>
    <message>
        <source>New person: %1</source>
        <translation>אדם חדש: %1</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Unknown (decided by dates)</source>
        <translation>לא ידוע (נקבע לפי התאריכים)</translation>
    </message>
    <message>
        <source>Living</source>
        <translation>בחיים</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>נפטר/ה</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>הורה</translation>
    </message>
    <message>
        <source>child</source>
        <translation>ילד/ה</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>בן/בת זוג</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>אח/אחות</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>female</source>
        <translation>נקבה</translation>
    </message>
    <message>
        <source>male</source>
        <translation>זכר</translation>
    </message>
    <message>
        <source>Private: never shown in exports or shared copies</source>
        <translation>פרטי: לעולם לא מוצג בייצוא או בעותקים משותפים</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>שמות</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>מגדר</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>נולד/ה</translation>
    </message>
    <message>
        <source>Born in</source>
        <translation>מקום לידה</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>נפטר/ה</translation>
    </message>
    <message>
        <source>Died in</source>
        <translation>מקום פטירה</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>קשרים</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A person needs at least one name.</source>
        <translation>לאדם צריך להיות לפחות שם אחד.</translation>
    </message>
    <message>
        <source>birth</source>
        <translation>הלידה</translation>
    </message>
    <message>
        <source>death</source>
        <translation>הפטירה</translation>
    </message>
    <message>
        <source>The %1 date cannot be read.</source>
        <translation>לא ניתן לקרוא את תאריך %1.</translation>
    </message>
    <message>
        <source>Never suggest this person for a face</source>
        <translation>לעולם לא להציע את האדם הזה לפנים</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Who is this?</source>
        <translation>מי זה?</translation>
    </message>
    <message>
        <source>Type any spelling of the name:</source>
        <translation>הקלידו כתיב כלשהו של השם:</translation>
    </message>
    <message>
        <source>Name in any script</source>
        <translation>שם בכל כתב</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>country</source>
        <translation>ארץ</translation>
    </message>
    <message>
        <source>region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>province</source>
        <translation>מחוז</translation>
    </message>
    <message>
        <source>city</source>
        <translation>עיר</translation>
    </message>
    <message>
        <source>town</source>
        <translation>עיירה</translation>
    </message>
    <message>
        <source>village</source>
        <translation>כפר</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>רובע</translation>
    </message>
    <message>
        <source>mellah (Jewish quarter)</source>
        <translation>מלאח (הרובע היהודי)</translation>
    </message>
    <message>
        <source>ksar (fortified village)</source>
        <translation>קסר (כפר מבוצר)</translation>
    </message>
    <message>
        <source>douar (hamlet)</source>
        <translation>דואר (כפרון)</translation>
    </message>
    <message>
        <source>kasbah</source>
        <translation>קסבה</translation>
    </message>
    <message>
        <source>zaouia</source>
        <translation>זאוויה</translation>
    </message>
    <message>
        <source>synagogue</source>
        <translation>בית כנסת</translation>
    </message>
    <message>
        <source>cemetery</source>
        <translation>בית עלמין</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>עמק</translation>
    </message>
    <message>
        <source>oasis</source>
        <translation>נווה מדבר</translation>
    </message>
    <message>
        <source>port</source>
        <translation>נמל</translation>
    </message>
    <message>
        <source>building</source>
        <translation>בניין</translation>
    </message>
    <message>
        <source>other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <source>latitude, e.g. 31.5167</source>
        <translation>קו רוחב, למשל 31.5167</translation>
    </message>
    <message>
        <source>longitude, e.g. -5.5333</source>
        <translation>קו אורך, למשל ‎-5.5333</translation>
    </message>
    <message>
        <source>Do not pinpoint: show only the town or region on maps and in exports</source>
        <translation>לא לציין מיקום מדויק: להציג רק את העיר או האזור במפות ובייצוא</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>שמות</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>קואורדינטות</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>A place needs at least one name.</source>
        <translation>למקום צריך להיות לפחות שם אחד.</translation>
    </message>
    <message>
        <source>Coordinates are decimal degrees, e.g. 31.5167 and -5.5333.</source>
        <translation>קואורדינטות הן מעלות עשרוניות, למשל 31.5167 ו־‎-5.5333.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>ציינו גם קו רוחב וגם קו אורך, או אף אחד מהם.</translation>
    </message>
    <message>
        <source>Latitude is -90 to 90 and longitude -180 to 180.</source>
        <translation>קו רוחב הוא בין ‎-90 ל־90, וקו אורך בין ‎-180 ל־180.</translation>
    </message>
</context>
<context>
    <name>PlaceTreeModel</name>
    <message>
        <source>Place</source>
        <translation>מקום</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>פריטים</translation>
    </message>
    <message>
        <source>With sub-places</source>
        <translation>כולל תת־מקומות</translation>
    </message>
</context>
<context>
    <name>PlacesManager</name>
    <message>
        <source>Places</source>
        <translation>מקומות</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>מקום חדש</translation>
    </message>
    <message>
        <source>New place inside</source>
        <translation>מקום חדש בתוכו</translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation>העברה לרמה העליונה</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>שמירת השינויים</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>ביטול השינויים</translation>
    </message>
    <message>
        <source>%1 cannot go inside one of its own sub-places.</source>
        <translation>%1 אינו יכול להיכנס לתוך אחד מתת־המקומות שלו.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>עריכת %1</translation>
    </message>
    <message>
        <source>A place cannot be inside itself.</source>
        <translation>מקום אינו יכול להיות בתוך עצמו.</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>העברת %1 לתוך %2</translation>
    </message>
    <message>
        <source>Move %1 to the top level</source>
        <translation>העברת %1 לרמה העליונה</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Your login name</source>
        <translation>שם המשתמש שלך</translation>
    </message>
    <message>
        <source>Who the collection's history says made your changes</source>
        <translation>מי שלפי היסטוריית האוסף ביצע את השינויים שלך</translation>
    </message>
    <message>
        <source>Your &amp;name in the history</source>
        <translation>ה&amp;שם שלך בהיסטוריה</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>העדפות</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>כמו במערכת</translation>
    </message>
    <message>
        <source>&amp;Language of the interface</source>
        <translation>&amp;שפת הממשק</translation>
    </message>
    <message>
        <source>A new language is used the next time memoryapp starts.</source>
        <translation>שפה חדשה תופעל בפעם הבאה ש־memoryapp יופעל.</translation>
    </message>
    <message>
        <source>Restart memoryapp to use the new language.</source>
        <translation>הפעילו מחדש את memoryapp כדי להשתמש בשפה החדשה.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> שנ׳</translation>
    </message>
    <message>
        <source>&amp;Slideshow: each picture for</source>
        <translation>&amp;מצגת: כל תמונה למשך</translation>
    </message>
    <message>
        <source>&amp;Detect faces after each import</source>
        <translation>&amp;איתור פנים אחרי כל ייבוא</translation>
    </message>
    <message>
        <source>Find faces on new pictures in the background and suggest who they are</source>
        <translation>איתור פנים בתמונות חדשות ברקע והצעה למי הן שייכות</translation>
    </message>
    <message>
        <source>&amp;Read the text of documents after each import</source>
        <translation>&amp;קריאת הטקסט של מסמכים לאחר כל ייבוא</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search names, places, tags, words or years (Ctrl+F)</source>
        <translation>חיפוש שמות, מקומות, תגיות, מילים או שנים (Ctrl+F)</translation>
    </message>
    <message>
        <source>Examples:
  Miriam wedding
  person:Yakout place:Tinghir
  date:1950..1959   or   1955
  tag:Events -is:private
  is:undated   is:untagged   has:faces</source>
        <translation>דוגמאות:
  Miriam wedding
  person:Yakout place:Tinghir
  date:1950..1959   או   1955
  tag:Events -is:private
  is:undated   is:untagged   has:faces</translation>
    </message>
    <message>
        <source>Cannot read this search at character %1: %2</source>
        <translation>לא ניתן לקרוא את החיפוש בתו %1: %2</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Damaged pictures</source>
        <translation>תמונות פגומות</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click to show these; Ctrl+click to narrow the current search</source>
        <translation>לחיצה מציגה אותם; Ctrl+לחיצה מצמצמת את החיפוש הנוכחי</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>אוסף</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>כל הפריטים</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>No one tagged</source>
        <translation>אף אחד לא תויג</translation>
    </message>
    <message>
        <source>Possible copies</source>
        <translation>עותקים אפשריים</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>פרטי</translation>
    </message>
    <message>
        <source>Import failures (this session)</source>
        <translation>כשלי ייבוא (בהפעלה הזו)</translation>
    </message>
    <message>
        <source>Files that could not be imported, and why</source>
        <translation>קבצים שלא ניתן היה לייבא, ומדוע</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>מקומות</translation>
    </message>
    <message>
        <source>Decades</source>
        <translation>עשורים</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>שנות ה־%1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>Films and scenes</source>
        <translation>סרטים וסצנות</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>אשפה</translation>
    </message>
    <message>
        <source>Items moved to the trash: restore them, or empty the trash</source>
        <translation>פריטים שהועברו לאשפה: שחזרו אותם, או רוקנו את האשפה</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>%1s</source>
        <comment>a decade, e.g. 1950s</comment>
        <translation>שנות ה־%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation><numerusform>%1: פריט אחד</numerusform><numerusform>%1: %Ln פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more may be from then (uncertain dates)</source>
        <translation><numerusform>עוד אחד אולי מאותה תקופה (תאריכים לא ודאיים)</numerusform><numerusform>עוד %Ln אולי מאותה תקופה (תאריכים לא ודאיים)</numerusform></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>אוטומטי</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>לפי שנה</translation>
    </message>
    <message>
        <source>By decade</source>
        <translation>לפי עשור</translation>
    </message>
    <message>
        <source>No dated items</source>
        <translation>אין פריטים עם תאריך</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated</source>
        <translation><numerusform>אחד ללא תאריך</numerusform><numerusform>%Ln ללא תאריך</numerusform></translation>
    </message>
</context>
<context>
    <name>TokenListEdit</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 מתוך %3)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>הסרת %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>ועוד אחד</numerusform><numerusform>ועוד %n</numerusform></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Films</source>
        <translation>סרטים</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>מקומות</translation>
    </message>
    <message>
        <source>Open large</source>
        <translation>פתיחה בגדול</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>סרגל הכלים הראשי</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>Previous</source>
        <translation>הקודם</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>הבא</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>העמוד הקודם</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>העמוד הבא</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>הגדלה</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>הקטנה</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>התאמה</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Tag a face</source>
        <translation>תיוג פנים</translation>
    </message>
    <message>
        <source>Draw a rectangle around a face (or hold Ctrl while dragging)</source>
        <translation>ציירו מלבן סביב פנים (או החזיקו Ctrl בזמן הגרירה)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <source>This item has no file.</source>
        <translation>לפריט הזה אין קובץ.</translation>
    </message>
    <message>
        <source>Cannot show this picture: %1</source>
        <translation>לא ניתן להציג את התמונה: %1</translation>
    </message>
    <message>
        <source>This item was deleted.</source>
        <translation>הפריט הזה נמחק.</translation>
    </message>
    <message>
        <source>%1 — Viewer</source>
        <translation>%1 — מציג</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>פריט %1 מתוך %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>עמוד %1 מתוך %2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>תקריב %1%</translation>
    </message>
    <message>
        <source>Showing the preview: the original cannot be read (%1)</source>
        <translation>מוצגת התצוגה המקדימה: לא ניתן לקרוא את המקור (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>היפוך</translation>
    </message>
    <message>
        <source>Show the front</source>
        <translation>הצגת החזית</translation>
    </message>
    <message>
        <source>Show the back</source>
        <translation>הצגת הגב</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>מצגת</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>מסך מלא</translation>
    </message>
    <message>
        <source>First</source>
        <translation>הראשון</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>האחרון</translation>
    </message>
    <message>
        <source>Show the next item every few seconds (Space)</source>
        <translation>מעבר לפריט הבא כל כמה שניות (Space)</translation>
    </message>
    <message>
        <source>Fill the screen (F11); Esc leaves</source>
        <translation>מילוי המסך (F11); Esc ליציאה</translation>
    </message>
    <message>
        <source>Slideshow: Space stops it</source>
        <translation>מצגת: Space עוצר אותה</translation>
    </message>
    <message>
        <source>Maybe %1 (%2%)</source>
        <translation>אולי %1 (%2%)</translation>
    </message>
    <message>
        <source>A face not named yet</source>
        <translation>פנים שעדיין אין להן שם</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>משהו השתבש</translation>
    </message>
    <message>
        <source>Something went wrong: %1. What you were doing may not have finished; the collection keeps every change whole or not at all.</source>
        <translation>משהו השתבש: %1. ייתכן שמה שעשיתם לא הושלם; האוסף שומר כל שינוי בשלמותו או לא בכלל.</translation>
    </message>
    <message>
        <source>The details are also in the log: %1</source>
        <translation>הפרטים נמצאים גם ביומן: %1</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>ה&amp;עתקת הפרטים</translation>
    </message>
</context>
<context>
    <name>TrashBar</name>
    <message>
        <source>Items in the trash are hidden from searches and exports; their files are kept until the trash is emptied.</source>
        <translation>פריטים באשפה מוסתרים מחיפושים ומייצוא; הקבצים שלהם נשמרים עד לריקון האשפה.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>ריקון האשפה…</translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message>
        <source>Move to trash</source>
        <translation>העברה לאשפה</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>ריקון האשפה…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>ריקון האשפה</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good?</source>
        <translation><numerusform>למחוק לצמיתות את הפריט שבאשפה?</numerusform><numerusform>למחוק לצמיתות את %n הפריטים שבאשפה?</numerusform></translation>
    </message>
    <message>
        <source>Their files, thumbnails and embedded metadata are removed from the collection (unless another item uses them). Undo brings back their descriptions, not their files.</source>
        <translation>הקבצים, התמונות הממוזערות והמטא־נתונים המוטמעים שלהם יוסרו מהאוסף (אלא אם פריט אחר משתמש בהם). ביטול מחזיר את התיאורים שלהם, לא את הקבצים.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>ריקון האשפה</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s)</source>
        <translation><numerusform>שחזור פריט אחד</numerusform><numerusform>שחזור %n פריטים</numerusform></translation>
    </message>
    <message>
        <source>Restore all</source>
        <translation>שחזור הכול</translation>
    </message>
</context>
<context>
    <name>RecordDeleter</name>
    <message>
        <source>Delete %1</source>
        <translation>מחיקת %1</translation>
    </message>
    <message numerus="yes">
        <source>on %n item(s)</source>
        <translation><numerusform>בפריט אחד</numerusform><numerusform>ב־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n in the trash)</source>
        <translation><numerusform>(אחד באשפה)</numerusform><numerusform>(%n באשפה)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in the relations of %n person(s)</source>
        <translation><numerusform>בקשרים של אדם אחד</numerusform><numerusform>בקשרים של %n אנשים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>as the birth or death place of %n person(s)</source>
        <translation><numerusform>כמקום הלידה או הפטירה של אדם אחד</numerusform><numerusform>כמקום הלידה או הפטירה של %n אנשים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n scene(s)</source>
        <translation><numerusform>בסצנה אחת</numerusform><numerusform>ב־%n סצנות</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>as the framing of %n scene link(s)</source>
        <translation><numerusform>כמסגור של קישור סצנה אחד</numerusform><numerusform>כמסגור של %n קישורי סצנות</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is still used %2. Choose who takes over every use; then %1 is deleted. You can undo this.</source>
        <translation>%1 עדיין בשימוש %2. בחרו מי יקבל את כל השימושים; אחר כך %1 יימחק. אפשר לבטל זאת.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign and delete</source>
        <translation>העברה ומחיקה</translation>
    </message>
    <message>
        <source>Choose who takes over…</source>
        <translation>בחרו מי יקבל…</translation>
    </message>
</context>
<context>
    <name>FilmDeleteButton</name>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Delete scene…</source>
        <translation>מחיקת סצנה…</translation>
    </message>
    <message>
        <source>Delete film…</source>
        <translation>מחיקת סרט…</translation>
    </message>
    <message numerus="yes">
        <source>Delete scene %1 and its %n link(s)?</source>
        <translation><numerusform>למחוק את סצנה %1 ואת הקישור שלה?</numerusform><numerusform>למחוק את סצנה %1 ואת %n הקישורים שלה?</numerusform></translation>
    </message>
    <message>
        <source>Deleted scene %1</source>
        <translation>סצנה %1 נמחקה</translation>
    </message>
    <message numerus="yes">
        <source>Delete the film %1 with its %n scene(s)?</source>
        <translation><numerusform>למחוק את הסרט %1 עם הסצנה שלו?</numerusform><numerusform>למחוק את הסרט %1 עם %n הסצנות שלו?</numerusform></translation>
    </message>
    <message>
        <source>Deleted the film %1</source>
        <translation>הסרט %1 נמחק</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>The items stay in the collection.</source>
        <translation>הפריטים נשארים באוסף.</translation>
    </message>
</context>
<context>
    <name>RatingActions</name>
    <message numerus="yes">
        <source>Give %n item(s) a rating of %1</source>
        <translation><numerusform>מתן דירוג %1 לפריט אחד</numerusform><numerusform>מתן דירוג %1 ל־%n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear the rating of %n item(s)</source>
        <translation><numerusform>ניקוי הדירוג של פריט אחד</numerusform><numerusform>ניקוי הדירוג של %n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear the colour label of %n item(s)</source>
        <translation><numerusform>ניקוי תווית הצבע של פריט אחד</numerusform><numerusform>ניקוי תווית הצבע של %n פריטים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Label %n item(s) %1</source>
        <translation><numerusform>סימון פריט אחד בתווית %1</numerusform><numerusform>סימון %n פריטים בתווית %1</numerusform></translation>
    </message>
    <message>
        <source>red</source>
        <translation>אדומה</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>צהובה</translation>
    </message>
    <message>
        <source>green</source>
        <translation>ירוקה</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>כחולה</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>ללא דירוג</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation><numerusform>%1: פריט אחד</numerusform><numerusform>%1: %n פריטים</numerusform></translation>
    </message>
    <message>
        <source>Also %1 (not pinpointed)</source>
        <translation>גם %1 (ללא מיקום מדויק)</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>הגדלה (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>הקטנה (-)</translation>
    </message>
    <message>
        <source>Show every place of the result</source>
        <translation>הצגת כל המקומות שבתוצאה</translation>
    </message>
    <message>
        <source>Places without coordinates</source>
        <translation>מקומות ללא קואורדינטות</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>מיקום על המפה</translation>
    </message>
    <message>
        <source>Country outlines: Natural Earth (public domain)</source>
        <translation>קווי מתאר של המדינות: Natural Earth (נחלת הכלל)</translation>
    </message>
    <message>
        <source>Click the map where %1 is (Esc to cancel).</source>
        <translation>לחצו על המפה במקום שבו נמצא %1 (Esc לביטול).</translation>
    </message>
    <message>
        <source>Place %1 on the map</source>
        <translation>מיקום %1 על המפה</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>מפה</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;מפה</translation>
    </message>
</context>
<context>
    <name>AssertionDialog</name>
    <message>
        <source>Identification of %1</source>
        <translation>זיהוי של %1</translation>
    </message>
    <message>
        <source>Who says so</source>
        <translation>מי טוען זאת</translation>
    </message>
    <message>
        <source>How</source>
        <translation>איך</translation>
    </message>
    <message>
        <source>RECORDING_ID@00:03:12, an item ID, family.ged, or words</source>
        <translation>RECORDING_ID@00:03:12, ID של פריט, family.ged או מילים</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>ביטחון</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
</context>
<context>
    <name>DetailsEvidence</name>
    <message>
        <source>eyewitness</source>
        <translation>עד ראייה</translation>
    </message>
    <message>
        <source>inscription</source>
        <translation>כיתוב</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>עדות</translation>
    </message>
    <message>
        <source>document</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <source>family tree</source>
        <translation>עץ משפחה</translation>
    </message>
    <message>
        <source>accepted suggestion</source>
        <translation>הצעה שהתקבלה</translation>
    </message>
    <message>
        <source>file metadata</source>
        <translation>מטא־נתוני הקובץ</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>מוצע</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>מאושר</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>שנוי במחלוקת</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>ודאי</translation>
    </message>
    <message>
        <source>probable</source>
        <translation>סביר</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>אפשרי</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>נמוך מאוד</translation>
    </message>
    <message>
        <source>low</source>
        <translation>נמוך</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>רגיל</translation>
    </message>
    <message>
        <source>high</source>
        <translation>גבוה</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>גבוה מאוד</translation>
    </message>
    <message>
        <source>%1: the photo is dated before their birth (%2).</source>
        <translation>%1: התצלום מתוארך לפני הלידה (%2).</translation>
    </message>
    <message>
        <source>%1: the photo is dated after their death (%2).</source>
        <translation>%1: התצלום מתוארך אחרי הפטירה (%2).</translation>
    </message>
    <message>
        <source>%1: the photo's date fits their life only just.</source>
        <translation>%1: תאריך התצלום בקושי נכנס בטווח החיים.</translation>
    </message>
    <message>
        <source>%1: an unlikely age for what the photo is tagged as.</source>
        <translation>%1: גיל לא סביר לפי התגיות של התצלום.</translation>
    </message>
    <message>
        <source>%1 is tagged twice on a photo that is not a collage.</source>
        <translation>%1 מתויג/ת פעמיים בתצלום שאינו קולאז׳.</translation>
    </message>
    <message>
        <source>%1: who is shown on this face is disputed.</source>
        <translation>%1: זהות האדם בפנים האלה שנויה במחלוקת.</translation>
    </message>
    <message>
        <source>Certainty: %1 (%2)</source>
        <translation>ודאות: %1 (%2)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>מישהו</translation>
    </message>
    <message>
        <source>%1 (%2): confidence %3, %4</source>
        <translation>%1 (%2): ביטחון %3, %4</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>מקור: %1</translation>
    </message>
</context>
<context>
    <name>PrintBox</name>
    <message>
        <source>The print</source>
        <translation>ההדפס</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>תצוגות</translation>
    </message>
    <message>
        <source>Inscriptions</source>
        <translation>כיתובים</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>החפץ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>מקום אחסון</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>מחזיקים</translation>
    </message>
    <message>
        <source>Add a custody event…</source>
        <translation>הוספת העברת החזקה…</translation>
    </message>
    <message>
        <source>Move to a container…</source>
        <translation>העברה למקום אחסון…</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>אין קובץ</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>לא נרשמו</translation>
    </message>
    <message>
        <source>Not described</source>
        <translation>לא תואר</translation>
    </message>
    <message>
        <source>No transfer recorded</source>
        <translation>לא נרשמה העברה</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>חזית</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>גב</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>עמוד</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>פרט</translation>
    </message>
    <message>
        <source>Enlargement</source>
        <translation>הגדלה</translation>
    </message>
    <message>
        <source>Album page</source>
        <translation>עמוד אלבום</translation>
    </message>
    <message>
        <source>Other view</source>
        <translation>תצוגה אחרת</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>מתנה</translation>
    </message>
    <message>
        <source>inheritance</source>
        <translation>ירושה</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>השאלה</translation>
    </message>
    <message>
        <source>return</source>
        <translation>החזרה</translation>
    </message>
    <message>
        <source>scanned and returned</source>
        <translation>נסרק והוחזר</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>רכישה</translation>
    </message>
    <message>
        <source>found</source>
        <translation>נמצא</translation>
    </message>
    <message>
        <source>gelatin silver</source>
        <translation>כסף־ג׳לטין</translation>
    </message>
    <message>
        <source>albumen</source>
        <translation>אלבומין</translation>
    </message>
    <message>
        <source>chromogenic (colour)</source>
        <translation>כרומוגני (צבע)</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>מיידי</translation>
    </message>
    <message>
        <source>digital print</source>
        <translation>הדפס דיגיטלי</translation>
    </message>
    <message>
        <source>cyanotype</source>
        <translation>ציאנוטיפ</translation>
    </message>
    <message>
        <source>tintype</source>
        <translation>טינטייפ</translation>
    </message>
    <message>
        <source>other process</source>
        <translation>תהליך אחר</translation>
    </message>
    <message>
        <source>%1 (normally %2)</source>
        <translation>%1 (בדרך כלל %2)</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>ללא מקום אחסון</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 ← %4</translation>
    </message>
    <message>
        <source>Make the back its own item</source>
        <translation>הפיכת הגב לפריט נפרד</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Add a custody event</source>
        <translation>הוספת העברת החזקה</translation>
    </message>
    <message>
        <source>e.g. c. 1962</source>
        <translation>למשל c. 1962</translation>
    </message>
    <message>
        <source>From</source>
        <translation>מאת</translation>
    </message>
    <message>
        <source>To</source>
        <translation>אל</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to a container</source>
        <translation>העברה למקום אחסון</translation>
    </message>
    <message>
        <source>Where in it, e.g. slot 2</source>
        <translation>היכן בתוכו, למשל תא 2</translation>
    </message>
    <message>
        <source>This is where it belongs (normal location)</source>
        <translation>זה מקומו הקבוע (המיקום הרגיל)</translation>
    </message>
</context>
<context>
    <name>AttachBackDialog</name>
    <message>
        <source>Attach the back of a print</source>
        <translation>צירוף גב להדפס</translation>
    </message>
    <message>
        <source>Which one is the back? It becomes a view of the other.</source>
        <translation>איזה מהם הוא הגב? הוא יהפוך לתצוגה של השני.</translation>
    </message>
</context>
<context>
    <name>GridMenu</name>
    <message>
        <source>Copy ID</source>
        <translation>העתקת ה־ID</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Add to scene…</source>
        <translation>הוספה לסצנה…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>הצגה בתיקייה</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>דירוג</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>תווית צבע</translation>
    </message>
    <message>
        <source>There is no scene yet: make one in Catalogue → Films.</source>
        <translation>עדיין אין סצנה: צרו אחת בקטלוג ← סרטים.</translation>
    </message>
    <message>
        <source>Add to scene</source>
        <translation>הוספה לסצנה</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to the scene:</source>
        <translation><numerusform>הוספת פריט אחד לסצנה:</numerusform><numerusform>הוספת %n פריטים לסצנה:</numerusform></translation>
    </message>
    <message>
        <source>Already linked to this scene.</source>
        <translation>כבר מקושר לסצנה הזו.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to a scene</source>
        <translation><numerusform>הוספת פריט אחד לסצנה</numerusform><numerusform>הוספת %n פריטים לסצנה</numerusform></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Show these</source>
        <translation>הצגת אלה</translation>
    </message>
    <message>
        <source>Narrow the search to these</source>
        <translation>צמצום החיפוש לאלה</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>העתקת השם</translation>
    </message>
    <message>
        <source>Edit the person…</source>
        <translation>עריכת האדם…</translation>
    </message>
    <message>
        <source>Edit the place…</source>
        <translation>עריכת המקום…</translation>
    </message>
    <message>
        <source>Open the film…</source>
        <translation>פתיחת הסרט…</translation>
    </message>
    <message>
        <source>Open the scene…</source>
        <translation>פתיחת הסצנה…</translation>
    </message>
</context>
<context>
    <name>FaceDetection</name>
    <message>
        <source>Faces %v/%m</source>
        <translation>פנים %v/%m</translation>
    </message>
    <message>
        <source>Stop finding faces</source>
        <translation>עצירת איתור הפנים</translation>
    </message>
</context>
<context>
    <name>FacesWindow</name>
    <message>
        <source>Faces</source>
        <translation>פנים</translation>
    </message>
    <message>
        <source>Who is it?</source>
        <translation>מי זה?</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>מתן &amp;שם</translation>
    </message>
    <message>
        <source>&amp;Accept suggestions</source>
        <translation>&amp;קבלת ההצעות</translation>
    </message>
    <message>
        <source>Not a &amp;face</source>
        <translation>&amp;לא פנים</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;התעלמות</translation>
    </message>
    <message>
        <source>Name each face as its first suggestion (Enter)</source>
        <translation>מתן שם לכל פנים לפי ההצעה הראשונה (Enter)</translation>
    </message>
    <message>
        <source>The detector was wrong (Delete)</source>
        <translation>הגלאי טעה (Delete)</translation>
    </message>
    <message>
        <source>Leave these faces unnamed for good (I)</source>
        <translation>השארת הפנים האלה ללא שם לצמיתות (I)</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) not named yet</source>
        <translation><numerusform>פנים ללא שם: %n</numerusform><numerusform>%n פנים עדיין ללא שם</numerusform></translation>
    </message>
    <message>
        <source>No faces waiting for a name. Turn on face detection in Preferences.</source>
        <translation>אין פנים שממתינות לשם. הפעילו איתור פנים בהעדפות.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation><numerusform>פנים: %n</numerusform><numerusform>%n פנים</numerusform></translation>
    </message>
    <message>
        <source>maybe %1</source>
        <translation>אולי %1</translation>
    </message>
    <message>
        <source>%1 px, found on item %2</source>
        <translation>%1 פיקסלים, אותרו בפריט %2</translation>
    </message>
    <message>
        <source>Type or pick the person's name first.</source>
        <translation>הקלידו או בחרו קודם את שם האדם.</translation>
    </message>
</context>
<context>
    <name>PageTextBox</name>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>No text yet: read it with Catalogue ▸ Read text (OCR), or type it here.</source>
        <translation>עדיין אין טקסט: קראו אותו בעזרת קטלוג ◂ קריאת טקסט (OCR), או הקלידו אותו כאן.</translation>
    </message>
    <message>
        <source>Use for search</source>
        <translation>שימוש בחיפוש</translation>
    </message>
    <message>
        <source>Let search find this machine reading although its confidence is low</source>
        <translation>לאפשר לחיפוש למצוא את הקריאה הממוחשבת הזו למרות רמת הביטחון הנמוכה שלה</translation>
    </message>
    <message>
        <source>Unreliable: machine reading of handwriting; type a transcription instead.</source>
        <translation>לא אמין: קריאה ממוחשבת של כתב יד; עדיף להקליד את הטקסט.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>מישהו</translation>
    </message>
    <message>
        <source>Typed by %1</source>
        <translation>הוקלד בידי %1</translation>
    </message>
    <message>
        <source>Read by %1, %2% confidence</source>
        <translation>נקרא בידי %1, ביטחון %2%</translation>
    </message>
</context>
<context>
    <name>OcrActions</name>
    <message>
        <source>Read text (OCR)</source>
        <translation>קריאת טקסט (OCR)</translation>
    </message>
    <message numerus="yes">
        <source>Reading the text of %n item(s)…</source>
        <translation><numerusform>קורא את הטקסט של פריט אחד…</numerusform><numerusform>קורא את הטקסט של %n פריטים…</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Stopping after the current page…</source>
        <translation>עוצר אחרי העמוד הנוכחי…</translation>
    </message>
    <message>
        <source>%1 of %2 pages read</source>
        <translation>נקראו %1 מתוך %2 עמודים</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>TestimonyBox</name>
    <message>
        <source>Play</source>
        <translation>ניגון</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>השהיה</translation>
    </message>
    <message>
        <source>Playing recordings needs Qt Multimedia (the PySide6-Addons package).</source>
        <translation>ניגון הקלטות דורש את Qt Multimedia (החבילה PySide6-Addons).</translation>
    </message>
    <message numerus="yes">
        <source>Recording, %n segment(s)</source>
        <translation><numerusform>הקלטה, %n קטע</numerusform><numerusform>הקלטה, %n קטעים</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mentioned in %n recording(s)</source>
        <translation><numerusform>מוזכר ב־%n הקלטה</numerusform><numerusform>מוזכר ב־%n הקלטות</numerusform></translation>
    </message>
    <message>
        <source>Add segment…</source>
        <translation>הוספת קטע…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Add segment</source>
        <translation>הוספת קטע</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>עריכת קטע</translation>
    </message>
    <message>
        <source>From, to</source>
        <translation>מ־, עד</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>דוברים</translation>
    </message>
    <message>
        <source>language codes: fr, he, ar</source>
        <translation>קודי שפה: fr, he, ar</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>שפות</translation>
    </message>
    <message>
        <source>Transcript (%1)</source>
        <translation>תמלול (%1)</translation>
    </message>
    <message>
        <source>item IDs, separated by spaces</source>
        <translation>מזהי פריטים, מופרדים ברווחים</translation>
    </message>
    <message>
        <source>About the items</source>
        <translation>מדבר על הפריטים</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>אף אחד</translation>
    </message>
    <message>
        <source>family</source>
        <translation>משפחה</translation>
    </message>
    <message>
        <source>research</source>
        <translation>מחקר</translation>
    </message>
    <message>
        <source>film</source>
        <translation>סרט</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>הסכמה</translation>
    </message>
    <message>
        <source>Private (kept out of exports)</source>
        <translation>פרטי (לא ייכלל בייצוא)</translation>
    </message>
    <message>
        <source>The end (%1) must come after the start (%2).</source>
        <translation>הסיום (%1) חייב לבוא אחרי ההתחלה (%2).</translation>
    </message>
    <message>
        <source>No item has the ID %1.</source>
        <translation>אין פריט עם המזהה %1.</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Add segment %1 to %2</source>
        <translation>הוספת הקטע %1 אל %2</translation>
    </message>
    <message>
        <source>Edit segment %1 of %2</source>
        <translation>עריכת הקטע %1 של %2</translation>
    </message>
    <message>
        <source>Delete segment %1 from %2</source>
        <translation>מחיקת הקטע %1 מתוך %2</translation>
    </message>
</context>
<context>
    <name>BackDrop</name>
    <message>
        <source>This collection is read-only.</source>
        <translation>האוסף הזה הוא לקריאה בלבד.</translation>
    </message>
    <message>
        <source>Drop one item at a time: a print has one back.</source>
        <translation>יש לשחרר פריט אחד בכל פעם: להדפס יש גב אחד.</translation>
    </message>
    <message>
        <source>An item cannot be the back of itself.</source>
        <translation>פריט אינו יכול להיות הגב של עצמו.</translation>
    </message>
    <message>
        <source>That item is no longer in the collection.</source>
        <translation>הפריט הזה כבר אינו באוסף.</translation>
    </message>
    <message>
        <source>This print has a back already: make that back its own item first.</source>
        <translation>להדפס הזה כבר יש גב: קודם יש להפוך את הגב הזה לפריט נפרד.</translation>
    </message>
    <message>
        <source>The dropped item has no file to be a back.</source>
        <translation>לפריט ששוחרר אין קובץ שיכול לשמש גב.</translation>
    </message>
    <message>
        <source>Items in the trash cannot be joined.</source>
        <translation>אי אפשר לחבר פריטים שנמצאים באשפה.</translation>
    </message>
    <message>
        <source>Attach the back of a print</source>
        <translation>צירוף גב להדפס</translation>
    </message>
    <message>
        <source>Attach “%1” as the back of “%2”?</source>
        <translation>לצרף את ”%1“ כגב של ”%2“?</translation>
    </message>
    <message>
        <source>Its own item goes to the trash; Undo takes it back.</source>
        <translation>הפריט שלו יועבר לאשפה; ביטול יחזיר אותו.</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <source>Search and filters are available once the collection is indexed.</source>
        <translation>החיפוש והמסננים יהיו זמינים לאחר שהאוסף יאונדקס.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Indexing for search… %1 of %2</source>
        <translation>מאנדקס לחיפוש… %1 מתוך %2</translation>
    </message>
</context>
</TS>
