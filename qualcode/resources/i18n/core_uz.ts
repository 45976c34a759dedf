<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ">
<context>
    <name>CaseDelegate</name>
    <message>
        <location filename="../../ui/dialogs/case_delegate.py" line="28" />
        <source>no case</source>
        <translation>holat yoʻq</translation>
    </message>
</context>
<context>
    <name>CodeEditorPane</name>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="41" />
        <source>Definition</source>
        <translation>Taʼrif</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="42" />
        <source>Include when</source>
        <translation>Qoʻllash holati</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="43" />
        <source>Exclude when</source>
        <translation>Qoʻllamaslik holati</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="44" />
        <source>What this code means, in a sentence or two</source>
        <translation>Bu kod nimani anglatadi — bir-ikki gapda</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="45" />
        <source>Apply it when…</source>
        <translation>Qoʻllang, agar…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="46" />
        <source>Do not apply it when…</source>
        <translation>Qoʻllamang, agar…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="48" />
        <source>name</source>
        <extracomment>the code's fields as named in its history</extracomment>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="48" />
        <source>parent</source>
        <translation>ota kod</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="49" />
        <source>colour</source>
        <translation>rang</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="50" />
        <source>definition</source>
        <translation>taʼrif</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="51" />
        <source>inclusion</source>
        <translation>kiritish</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="52" />
        <source>exclusion</source>
        <translation>chiqarish</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="53" />
        <source>example</source>
        <translation>misol</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="54" />
        <source>atypical example</source>
        <translation>noodatiy misol</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="55" />
        <source>quick key</source>
        <translation>tezkor tugma</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="56" />
        <source>origin</source>
        <translation>kelib chiqishi</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="57" />
        <source>deductive</source>
        <translation>deduktiv</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="57" />
        <source>inductive</source>
        <translation>induktiv</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="58" />
        <source>in vivo</source>
        <translation>in vivo</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="96" />
        <location filename="../../ui/codebook/code_editor_pane.py" line="202" />
        <source>Choose a code in the codebook to see and edit its definition.</source>
        <translation>Taʼrifini koʻrish va tahrirlash uchun kodlar kitobidan kodni tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="110" />
        <location filename="../../ui/codebook/code_editor_pane.py" line="122" />
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="113" />
        <source>Typical example</source>
        <translation>Odatiy misol</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="113" />
        <source>Atypical example</source>
        <translation>Noodatiy misol</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="128" />
        <source>Origin:</source>
        <translation>Kelib chiqishi:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="131" />
        <source>History:</source>
        <translation>Tarix:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="179" />
        <source>(none)</source>
        <translation>(yoʻq)</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="189" />
        <source>unknown</source>
        <translation>nomaʼlum</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="220" />
        <location filename="../../ui/codebook/code_editor_pane.py" line="226" />
        <source>Could not save the code</source>
        <translation>Kod saqlanmadi</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="243" />
        <source>Could not set the example</source>
        <translation>Misol belgilanmadi</translation>
    </message>
</context>
<context>
    <name>CoderIdentity</name>
    <message>
        <location filename="../../ui/team/coder_identity.py" line="22" />
        <source>Who is coding?</source>
        <translation>Kim kodlayapti?</translation>
    </message>
    <message>
        <location filename="../../ui/team/coder_identity.py" line="23" />
        <source>Your name as a coder (shown beside your codings and in agreement tables; asked once on this computer):</source>
        <translation>Kodlovchi sifatidagi ismingiz (kodlaringiz yonida va kelishuv jadvallarida koʻrsatiladi; bu kompyuterda bir marta soʻraladi):</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../ui/coding_actions.py" line="36" />
        <source>&amp;Code selection with current code</source>
        <translation>Belgilangan matnni joriy kod bilan &amp;kodlash</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="38" />
        <source>&amp;New code…</source>
        <translation>&amp;Yangi kod…</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="39" />
        <source>&amp;In-vivo code</source>
        <translation>&amp;In vivo kod</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="40" />
        <source>&amp;Memo on segment…</source>
        <translation>Parchaga &amp;qayd…</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="42" />
        <source>&amp;Remove coding</source>
        <translation>Kodni &amp;olib tashlash</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="44" />
        <source>Set segment &amp;boundaries to selection</source>
        <translation>Parcha &amp;chegaralarini belgilangan matnga moslash</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="46" />
        <source>&amp;Underline codings instead of shading</source>
        <translation>Kodlarni boʻyash oʻrniga &amp;tagiga chizish</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="60" />
        <source>the code</source>
        <translation>kod</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="62" />
        <source>Coded with {name} (Ctrl+Z undoes)</source>
        <translation>{name} bilan kodlandi (Ctrl+Z bekor qiladi)</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="84" />
        <source>Quick keys 1–9: right-click a code › Quick key</source>
        <translation>Tezkor tugmalar 1–9: kodni oʻng tugma bilan bosing › Tezkor tugma</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="16" />
        <source>accepted A</source>
        <translation>A qabul qilindi</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="16" />
        <source>accepted B</source>
        <translation>B qabul qilindi</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="17" />
        <source>merged</source>
        <translation>birlashtirildi</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="17" />
        <source>memo</source>
        <translation>qayd</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="35" />
        <source>Document</source>
        <translation>Hujjat</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="35" />
        <source>Text</source>
        <translation>Matn</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="35" />
        <source>Coder A</source>
        <translation>Kodlovchi A</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="36" />
        <source>Coder B</source>
        <translation>Kodlovchi B</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="36" />
        <source>Decision</source>
        <translation>Qaror</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="47" />
        <source>(not coded)</source>
        <translation>(kodlanmagan)</translation>
    </message>
</context>
<context>
    <name>DisagreementPanel</name>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="49" />
        <source>percent agreement</source>
        <translation>kelishuv foizi</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="49" />
        <source>Cohen's kappa</source>
        <translation>Koen kappasi</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="50" />
        <source>Krippendorff's alpha</source>
        <translation>Krippendorf alfasi</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="51" />
        <source>sentence</source>
        <translation>gap</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="51" />
        <source>paragraph</source>
        <translation>xatboshi</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="52" />
        <source>turn</source>
        <translation>replika</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="52" />
        <source>document</source>
        <translation>hujjat</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="53" />
        <source>character</source>
        <translation>belgi</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="53" />
        <source>segment</source>
        <translation>parcha</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="81" />
        <source>Memo on this disagreement (what the team concluded)</source>
        <translation>Bu kelishmovchilik haqida qayd (jamoa xulosasi)</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="82" />
        <source>Accept A</source>
        <translation>A ni qabul qilish</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="82" />
        <source>Accept B</source>
        <translation>B ni qabul qilish</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="83" />
        <source>Merge both</source>
        <translation>Ikkalasini birlashtirish</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="83" />
        <source>Write memo</source>
        <translation>Qayd yozish</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="84" />
        <source>Agreement to Word…</source>
        <translation>Kelishuvni Word ga…</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="84" />
        <source>Agreement to CSV…</source>
        <translation>Kelishuvni CSV ga…</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="100" />
        <source>(reference)</source>
        <translation>(namuna)</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="104" />
        <source>Coder A</source>
        <translation>Kodlovchi A</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="104" />
        <source>Coder B</source>
        <translation>Kodlovchi B</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="104" />
        <source>Unit</source>
        <translation>Birlik</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="144" />
        <source>Choose two different coders to compare.</source>
        <translation>Solishtirish uchun ikki xil kodlovchini tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="161" />
        <source>95% CI</source>
        <translation>95% IO</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="166" />
        <source>all codes</source>
        <translation>barcha kodlar</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="166" />
        <source>the code</source>
        <translation>kod</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/disagreement_view.py" line="167" />
        <source>%n {unit} unit(s) disagree, {decided} decided. Agreement over {over}: {stats}</source>
        <translation><numerusform>%n ta birlikda ({unit}) kelishmovchilik, {decided} tasi hal qilingan. {over} boʻyicha kelishuv: {stats}</numerusform><numerusform>%n ta birlikda ({unit}) kelishmovchilik, {decided} tasi hal qilingan. {over} boʻyicha kelishuv: {stats}</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="207" />
        <source>Export agreement</source>
        <translation>Kelishuvni eksport qilish</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="20" />
        <source>QualCode — what happened</source>
        <translation>QualCode — nima yuz berdi</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="22" />
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="24" />
        <source>{what}. Nothing was changed.</source>
        <translation>{what}. Hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="25" />
        <source>This looks like a bug in QualCode; the details below help to report it.</source>
        <translation>Bu QualCode dagi xatoga oʻxshaydi; quyidagi tafsilotlar u haqda xabar berishga yordam beradi.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/help_ui.py" line="71" />
        <source>QualCode user guide</source>
        <translation>QualCode foydalanuvchi qoʻllanmasi</translation>
    </message>
</context>
<context>
    <name>HelpUi</name>
    <message>
        <location filename="../../ui/help_ui.py" line="24" />
        <source>Coding</source>
        <translation>Kodlash</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="24" />
        <source>Themes</source>
        <translation>Mavzular</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="25" />
        <source>Analysis</source>
        <translation>Tahlil</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="88" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tezkor tugmalar</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="91" />
        <source>&amp;User guide</source>
        <translation>&amp;Foydalanuvchi qoʻllanmasi</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="127" />
        <source>Main toolbar</source>
        <translation>Asosiy asboblar paneli</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="134" />
        <source>Create a new project file</source>
        <translation>Yangi loyiha faylini yaratish</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="135" />
        <source>Open an existing .qcproj project</source>
        <translation>Mavjud .qcproj loyihasini ochish</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="137" />
        <source>Import interviews and focus groups (txt, docx, odt, pdf, srt, vtt…)</source>
        <translation>Intervyu va fokus-guruhlarni import qilish (txt, docx, odt, pdf, srt, vtt…)</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="138" />
        <source>Import a survey (csv, xlsx, sav, dta) and link it to the cases</source>
        <translation>Soʻrovnomani import qilish (csv, xlsx, sav, dta) va uni holatlarga bogʻlash</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="139" />
        <source>Undo the last change</source>
        <translation>Oxirgi oʻzgarishni bekor qilish</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="140" />
        <source>Redo what was undone</source>
        <translation>Bekor qilinganni qaytarish</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="141" />
        <source>Open the user guide: import → code → themes → link → model → Word</source>
        <translation>Qoʻllanmani ochish: import → kodlar → mavzular → bogʻlash → model → Word</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="157" />
        <source>&amp;Layouts</source>
        <translation>&amp;Oyna tartiblari</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="163" />
        <source>&amp;Reset layout</source>
        <translation>Tartibni &amp;tiklash</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/import_actions.py" line="28" />
        <source>Import &amp;transcripts…</source>
        <translation>&amp;Transkriptlarni import qilish…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="31" />
        <source>Import &amp;survey…</source>
        <translation>&amp;Soʻrovnomani import qilish…</translation>
    </message>
</context>
<context>
    <name>ImportJobs</name>
    <message>
        <location filename="../../ui/import_jobs.py" line="45" />
        <source>Reading the files was cancelled.</source>
        <translation>Fayllarni oʻqish bekor qilindi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>QualCode projects</source>
        <translation>QualCode loyihalari</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>&amp;New project…</source>
        <extracomment>everything the open project's window shows is filled in (see :meth:`is_complete`) asks "open a cleaned copy?" for a refused project (replaced in tests) plain or encrypted, for a new project; an encrypted project's password (replaced in tests) the language the widgets were built in (qualcode.ui.i18n.switch rebuilds the window)</extracomment>
        <translation>&amp;Yangi loyiha…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>&amp;Open project…</source>
        <translation>Loyihani &amp;ochish…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>Open &amp;server…</source>
        <translation>&amp;Serverdagi loyihani ochish…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>&amp;Merge copies…</source>
        <translation>Nusxalarni &amp;birlashtirish…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>&amp;Close project</source>
        <translation>Loyihani &amp;yopish</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <location filename="../../ui/main_window.py" line="330" />
        <source>&amp;Undo</source>
        <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <location filename="../../ui/main_window.py" line="332" />
        <source>&amp;Redo</source>
        <translation>&amp;Qaytarish</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Sozlamalar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>Open &amp;recent</source>
        <translation>&amp;Soʻnggi loyihalar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>&amp;Edit</source>
        <translation>&amp;Tahrirlash</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>&amp;Code</source>
        <translation>&amp;Kodlash</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>&amp;Themes</source>
        <translation>&amp;Mavzular</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>&amp;Analyse</source>
        <translation>&amp;Tahlil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>&amp;View</source>
        <translation>&amp;Koʻrinish</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>&amp;About QualCode</source>
        <translation>QualCode &amp;haqida</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>New project</source>
        <translation>Yangi loyiha</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Open project</source>
        <translation>Loyihani ochish</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>Could not create {location}</source>
        <translation>{location} yaratilmadi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <location filename="../../ui/main_window.py" line="196" />
        <location filename="../../ui/main_window.py" line="211" />
        <source>Could not open {location}</source>
        <translation>{location} ochilmadi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>That password does not open it (nothing was changed).</source>
        <translation>Bu parol toʻgʻri kelmadi (hech narsa oʻzgarmadi).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>Could not write a cleaned copy of {location}</source>
        <translation>{location} ning tozalangan nusxasi yozilmadi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="232" />
        <source>Opened a cleaned copy: %n foreign object(s) left out</source>
        <translation><numerusform>Tozalangan nusxa ochildi: %n ta begona obyekt chiqarib tashlandi</numerusform><numerusform>Tozalangan nusxa ochildi: %n ta begona obyekt chiqarib tashlandi</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="234" />
        <source>, %n row(s) the schema refused</source>
        <translation><numerusform>, sxema %n ta qatorni qabul qilmadi</numerusform><numerusform>, sxema %n ta qatorni qabul qilmadi</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <source>; {name} is unchanged.</source>
        <translation>; {name} oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251" />
        <source>Could not open the demo project</source>
        <translation>Namuna loyiha ochilmadi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>{name} (read-only: browse, search and export only) — QualCode</source>
        <translation>{name} (faqat oʻqish: koʻrish, qidirish va eksport) — QualCode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>{name} — QualCode</source>
        <translation>{name} — QualCode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329" />
        <source>&amp;Undo {step}</source>
        <translation>&amp;Bekor qilish: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331" />
        <source>&amp;Redo {step}</source>
        <translation>&amp;Qaytarish: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>No project open</source>
        <translation>Loyiha ochilmagan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396" />
        <source>Could not create the folder {folder}</source>
        <translation>{folder} jildi yaratilmadi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="420" />
        <source>%Ln document(s)</source>
        <translation><numerusform>%Ln ta hujjat</numerusform><numerusform>%Ln ta hujjat</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="421" />
        <source>%Ln code(s)</source>
        <translation><numerusform>%Ln ta kod</numerusform><numerusform>%Ln ta kod</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="422" />
        <source>%Ln segment(s)</source>
        <translation><numerusform>%Ln ta parcha</numerusform><numerusform>%Ln ta parcha</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425" />
        <source>All changes saved</source>
        <translation>Barcha oʻzgarishlar saqlandi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430" />
        <source>About QualCode</source>
        <translation>QualCode haqida</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431" />
        <source>QualCode {version}
Mixed-methods qualitative analysis.</source>
        <translation>QualCode {version}
Aralash usullar bilan sifat tahlili.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458" />
        <source>Output language saved in the project.</source>
        <translation>Eksport tili loyihada saqlandi.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470" />
        <source>This project was not opened: it contains database code QualCode did not create.</source>
        <translation>Loyiha ochilmadi: unda QualCode yaratmagan maʼlumotlar bazasi kodi bor.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471" />
        <source>Open a cleaned copy instead? It is written to
{copy}
and holds the project's data without that code; the original stays as it is.</source>
        <translation>Uning oʻrniga tozalangan nusxani ochasizmi? U quyidagi joyga yoziladi:
{copy}
unda loyiha maʼlumotlari shu kodsiz boʻladi; asl fayl oʻzgarmaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475" />
        <source>Open a cleaned copy</source>
        <translation>Tozalangan nusxani ochish</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="40" />
        <source>Merge two copies of a project</source>
        <translation>Loyihaning ikki nusxasini birlashtirish</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="45" />
        <source>Copy A</source>
        <translation>A nusxa</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="45" />
        <source>Copy B</source>
        <translation>B nusxa</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="46" />
        <source>Merged project</source>
        <translation>Birlashtirilgan loyiha</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="49" />
        <source>Browse…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="54" />
        <source>Find conflicts</source>
        <translation>Ziddiyatlarni topish</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="58" />
        <source>Conflict</source>
        <translation>Ziddiyat</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="58" />
        <source>Decision</source>
        <translation>Qaror</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="60" />
        <source>The copies are only read; the merge writes a new project file.</source>
        <translation>Nusxalar faqat oʻqiladi; birlashtirish yangi loyiha fayliga yoziladi.</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="63" />
        <source>Merge</source>
        <translation>Birlashtirish</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="71" />
        <source>Choose a project</source>
        <translation>Loyihani tanlang</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="72" />
        <source>QualCode projects</source>
        <translation>QualCode loyihalari</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/merge_dialog.py" line="95" />
        <source>%n conflict(s); choose what to keep, then Merge.</source>
        <translation><numerusform>%n ta ziddiyat; nimani qoldirishni tanlang, soʻng «Birlashtirish» ni bosing.</numerusform><numerusform>%n ta ziddiyat; nimani qoldirishni tanlang, soʻng «Birlashtirish» ni bosing.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="96" />
        <source>Warning: {warning}</source>
        <translation>Ogohlantirish: {warning}</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="117" />
        <source>Wrote {file}. {counts}.</source>
        <translation>Yozildi: {file}. {counts}.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/password_dialogs.py" line="35" />
        <source>New project</source>
        <translation>Yangi loyiha</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="36" />
        <source>Encrypt this project (password)</source>
        <translation>Loyihani shifrlash (parol)</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="44" />
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="45" />
        <source>Again</source>
        <translation>Yana bir bor</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="49" />
        <source>Without the password nobody (you included) can open an encrypted project.</source>
        <translation>Parolsiz hech kim (siz ham) shifrlangan loyihani ocha olmaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="66" />
        <source>Type a password.</source>
        <translation>Parolni kiriting.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="68" />
        <source>The two passwords differ.</source>
        <translation>Ikki parol bir xil emas.</translation>
    </message>
</context>
<context>
    <name>OpenServerDialog</name>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="44" />
        <source>Open shared project on a server</source>
        <translation>Serverdagi umumiy loyihani ochish</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="52" />
        <source>optional: the project's schema on the server</source>
        <translation>ixtiyoriy: serverdagi loyiha sxemasi</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="56" />
        <source>leave empty if already in the keyring</source>
        <translation>kalitlar omborida boʻlsa, boʻsh qoldiring</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="57" />
        <source>Create a new shared project there</source>
        <translation>U yerda yangi umumiy loyiha yaratish</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="58" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="58" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="59" />
        <source>Database</source>
        <translation>Maʼlumotlar bazasi</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="59" />
        <source>Project schema</source>
        <translation>Loyiha sxemasi</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="60" />
        <source>User</source>
        <translation>Foydalanuvchi</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="60" />
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="63" />
        <source>A password is kept in your system's keyring, never in a file.</source>
        <translation>Parol faylda emas, tizimning kalitlar omborida saqlanadi.</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="91" />
        <source>Could not keep the password</source>
        <translation>Parol saqlanmadi</translation>
    </message>
</context>
<context>
    <name>PasswordDialogs</name>
    <message>
        <location filename="../../ui/password_dialogs.py" line="89" />
        <source>{location} is encrypted. Its password:</source>
        <translation>{location} shifrlangan. Paroli:</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="92" />
        <source>Encrypted project</source>
        <translation>Shifrlangan loyiha</translation>
    </message>
</context>
<context>
    <name>PhaseNavigatorPane</name>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="44" />
        <source>PHASES</source>
        <translation>BOSQICHLAR</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="107" />
        <source>complete</source>
        <translation>yakunlangan</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="107" />
        <source>started</source>
        <translation>boshlangan</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="108" />
        <source>not started</source>
        <translation>boshlanmagan</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="123" />
        <source>(current)</source>
        <translation>(joriy)</translation>
    </message>
</context>
<context>
    <name>PhaseTexts</name>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="21" />
        <source>Familiarising yourself with the data</source>
        <translation>Maʼlumotlar bilan tanishish</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="22" />
        <source>Generating initial codes</source>
        <translation>Dastlabki kodlarni yaratish</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="23" />
        <source>Searching for themes</source>
        <translation>Mavzularni izlash</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="24" />
        <source>Reviewing themes</source>
        <translation>Mavzularni koʻrib chiqish</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="25" />
        <source>Defining and naming themes</source>
        <translation>Mavzularni aniqlash va nomlash</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="26" />
        <source>Producing the report</source>
        <translation>Hisobot yozish</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="30" />
        <source>Read and re-read every transcript before coding; note first ideas in a document memo and keep a reflexive journal of your own position.</source>
        <translation>Kodlashdan oldin har bir transkriptni oʻqing va qayta oʻqing; ilk gʻoyalarni hujjat qaydiga yozing va oʻz pozitsiyangiz haqida refleksiv kundalik yuriting.</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="32" />
        <source>Code the whole data set systematically, giving each interesting feature equal attention. Write a definition for each code; a deductive codebook can be imported and extended.</source>
        <translation>Butun maʼlumotlar toʻplamini tizimli kodlang, har bir qiziqarli xususiyatga teng eʼtibor bering. Har bir kod uchun taʼrif yozing; deduktiv kodlar kitobini import qilib, kengaytirish mumkin.</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="34" />
        <source>Sort codes into candidate themes: drag codes onto a theme, nest sub-themes, and draw the relations on the thematic map. Keep a 'miscellaneous' theme for codes that fit nowhere yet.</source>
        <translation>Kodlarni taxminiy mavzularga ajrating: kodlarni mavzuga sudrab olib boring, quyi mavzularni joylang va mavzular xaritasida aloqalarni chizing. Hali hech qayerga mos kelmagan kodlar uchun «turli» mavzusini qoldiring.</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="37" />
        <source>Check each theme against its coded extracts, then against the whole data set: does it form a coherent pattern? Thin themes may merge or go; overlapping themes may be one theme.</source>
        <translation>Har bir mavzuni uning kodlangan parchalari, soʻng butun maʼlumotlar toʻplami bilan solishtiring: u izchil naqsh hosil qiladimi? Zaif mavzularni birlashtirish yoki olib tashlash mumkin; bir-birini qoplaydigan mavzular bitta mavzu boʻlishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="39" />
        <source>Write what each theme is about and what it is not, in a sentence or two, and a narrative of the story it tells. Give each a concise, telling name.</source>
        <translation>Har bir mavzu nima haqida ekanini va nima haqida emasligini bir-ikki gapda hamda u hikoya qiladigan voqea bayonini yozing. Har biriga qisqa va ifodali nom bering.</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="41" />
        <source>Tell the story of the data across themes with vivid extracts, linked to your research question. Export the thematic report and the codebook to Word and edit them there.</source>
        <translation>Maʼlumotlar hikoyasini mavzular boʻylab yorqin iqtiboslar bilan, tadqiqot savolingizga bogʻlab bayon qiling. Mavzuviy hisobot va kodlar kitobini Word ga eksport qilib, u yerda tahrirlang.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="47" />
        <source>{k} of %n document(s) read</source>
        <extracomment>English done-line pattern -&gt; the translated template for the plural number "n"; other groups are formatted in</extracomment>
        <translation><numerusform>%n ta hujjatdan {k} tasi oʻqilgan</numerusform><numerusform>%n ta hujjatdan {k} tasi oʻqilgan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="48" />
        <source>{k} of %n document(s) with a memo</source>
        <translation><numerusform>%n ta hujjatdan {k} tasida qayd bor</numerusform><numerusform>%n ta hujjatdan {k} tasida qayd bor</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="49" />
        <source>%n reflexive journal entry(-ies)</source>
        <translation><numerusform>refleksiv kundalikda %n ta yozuv</numerusform><numerusform>refleksiv kundalikda %n ta yozuv</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="50" />
        <source>%n code(s) (none yet)</source>
        <translation><numerusform>%n ta kod (hali yoʻq)</numerusform><numerusform>%n ta kod (hali yoʻq)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="51" />
        <source>%n code(s) ({origins})</source>
        <translation><numerusform>%n ta kod ({origins})</numerusform><numerusform>%n ta kod ({origins})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="52" />
        <source>%n coded segment(s)</source>
        <translation><numerusform>%n ta kodlangan parcha</numerusform><numerusform>%n ta kodlangan parcha</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="53" />
        <source>{share} of the text coded</source>
        <translation>matnning {share} qismi kodlangan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="54" />
        <source>%n theme(s) ({k} candidate)</source>
        <translation><numerusform>%n ta mavzu ({k} tasi taxminiy)</numerusform><numerusform>%n ta mavzu ({k} tasi taxminiy)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="55" />
        <source>{k} of %n code(s) placed in a theme</source>
        <translation><numerusform>%n ta koddan {k} tasi mavzuga joylangan</numerusform><numerusform>%n ta koddan {k} tasi mavzuga joylangan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="56" />
        <source>{k} of %n theme(s) reviewed</source>
        <translation><numerusform>%n ta mavzudan {k} tasi koʻrib chiqilgan</numerusform><numerusform>%n ta mavzudan {k} tasi koʻrib chiqilgan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="57" />
        <source>%n thin (fewer than 20 % of cases)</source>
        <translation><numerusform>%n ta zaif (holatlarning 20 % dan kami)</numerusform><numerusform>%n ta zaif (holatlarning 20 % dan kami)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="58" />
        <source>%n overlapping another theme</source>
        <translation><numerusform>%n tasi boshqa mavzu bilan kesishadi</numerusform><numerusform>%n tasi boshqa mavzu bilan kesishadi</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="59" />
        <source>{k} of %n theme(s) defined</source>
        <translation><numerusform>%n ta mavzudan {k} tasi aniqlangan</numerusform><numerusform>%n ta mavzudan {k} tasi aniqlangan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="60" />
        <source>%n with a definition and a narrative</source>
        <translation><numerusform>%n tasida taʼrif va bayon bor</numerusform><numerusform>%n tasida taʼrif va bayon bor</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="61" />
        <source>thematic report exported {date}</source>
        <translation>mavzuviy hisobot {date} da eksport qilingan</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="62" />
        <source>thematic report not exported yet</source>
        <translation>mavzuviy hisobot hali eksport qilinmagan</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="63" />
        <source>codebook exported {date}</source>
        <translation>kodlar kitobi {date} da eksport qilingan</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="64" />
        <source>codebook not exported yet</source>
        <translation>kodlar kitobi hali eksport qilinmagan</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="67" />
        <source>deductive</source>
        <translation>deduktiv</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="67" />
        <source>inductive</source>
        <translation>induktiv</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="68" />
        <source>in vivo</source>
        <translation>in vivo</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="69" />
        <source>imported</source>
        <translation>import qilingan</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="38" />
        <source>Preferences</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="43" />
        <source>As the system ({language})</source>
        <translation>Tizimdagidek ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="47" />
        <source>The window is rebuilt in the new language; the open project, document, selection and undo history are kept.</source>
        <translation>Oyna yangi tilda qayta quriladi; ochiq loyiha, hujjat, belgilangan matn va bekor qilish tarixi saqlanadi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="51" />
        <source>Interface &amp;language:</source>
        <translation>Interfeys &amp;tili:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="63" />
        <source>Project output</source>
        <translation>Loyiha eksporti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="71" />
        <source>The language's convention</source>
        <translation>Til qoidasiga koʻra</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="72" />
        <source>Comma (0,21)</source>
        <translation>Vergul (0,21)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="73" />
        <source>Point (0.21)</source>
        <translation>Nuqta (0.21)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="79" />
        <source>Open a project to choose the language of its Word and table output.</source>
        <translation>Word hujjatlari va jadvallari tilini tanlash uchun loyihani oching.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="81" />
        <source>Fixed labels of Word and table exports (table headings, "Note.", captions, APA terms) are written in this language. Saved in the project; Edit › Undo takes it back.</source>
        <translation>Word va jadval eksportidagi doimiy yozuvlar (jadval sarlavhalari, «Izoh.», taglavhalar, APA atamalari) shu tilda yoziladi. Loyihada saqlanadi; Tahrirlash › Bekor qilish avvalgisini qaytaradi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="87" />
        <source>Output &amp;language:</source>
        <translation>Eksport &amp;tili:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="88" />
        <source>&amp;Decimal mark:</source>
        <translation>&amp;Oʻnlik ajratgich:</translation>
    </message>
</context>
<context>
    <name>RefiActions</name>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="23" />
        <source>REFI-QDA project or codebook</source>
        <translation>REFI-QDA loyihasi yoki kodlar kitobi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="28" />
        <source>REFI-QDA project</source>
        <translation>REFI-QDA loyihasi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="29" />
        <source>REFI-QDA codebook</source>
        <translation>REFI-QDA kodlar kitobi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="36" />
        <source>Import REFI-QDA (.qdpx, .qdc)…</source>
        <translation>REFI-QDA import qilish (.qdpx, .qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="38" />
        <source>Export REFI-QDA (.qdpx, .qdc)…</source>
        <translation>REFI-QDA eksport qilish (.qdpx, .qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="49" />
        <source>Import REFI-QDA</source>
        <translation>REFI-QDA import</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="56" />
        <source>Export REFI-QDA</source>
        <translation>REFI-QDA eksport</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="71" />
        <source>Could not import {file}</source>
        <translation>{file} import qilinmadi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="78" />
        <source>REFI-QDA import</source>
        <translation>REFI-QDA importi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="78" />
        <source>Imported in one step. Edit › Undo removes it again.</source>
        <translation>Bir qadamda import qilindi. Tahrirlash › Bekor qilish uni olib tashlaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="89" />
        <source>Could not export {file}</source>
        <translation>{file} eksport qilinmadi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="92" />
        <source>REFI-QDA export</source>
        <translation>REFI-QDA eksporti</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="92" />
        <source>Wrote {path}.</source>
        <translation>Yozildi: {path}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help_ui.py" line="49" />
        <source>Keyboard shortcuts</source>
        <translation>Tezkor tugmalar</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="53" />
        <source>Action</source>
        <translation>Amal</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="53" />
        <source>Keys</source>
        <translation>Tugmalar</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="38" />
        <source>Surveys</source>
        <translation>Soʻrovnomalar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="39" />
        <source>All files</source>
        <translation>Barcha fayllar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="68" />
        <source>{keys} and %n more</source>
        <translation><numerusform>{keys} va yana %n ta</numerusform><numerusform>{keys} va yana %n ta</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="75" />
        <source>{matched} of %n row(s) match a case.</source>
        <translation><numerusform>%n ta qatordan {matched} tasi holatga mos keladi.</numerusform><numerusform>%n ta qatordan {matched} tasi holatga mos keladi.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="80" />
        <source>%n row(s) will become new cases: {keys}.</source>
        <translation><numerusform>%n ta qator yangi holatga aylanadi: {keys}.</numerusform><numerusform>%n ta qator yangi holatga aylanadi: {keys}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="82" />
        <source>%n row(s) have no case: {keys}.</source>
        <translation><numerusform>%n ta qatorning holati yoʻq: {keys}.</numerusform><numerusform>%n ta qatorning holati yoʻq: {keys}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="85" />
        <source>Rows without an ID (cannot be linked): {rows}.</source>
        <translation>ID siz qatorlar (bogʻlab boʻlmaydi): {rows}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="88" />
        <source>%n case(s) have no survey row: {keys}.</source>
        <translation><numerusform>%n ta holatning soʻrovnoma qatori yoʻq: {keys}.</numerusform><numerusform>%n ta holatning soʻrovnoma qatori yoʻq: {keys}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="95" />
        <source>ignore case</source>
        <translation>registrni hisobga olmasangiz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="95" />
        <source>Ignore case</source>
        <translation>Harf registrini hisobga olmaslik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="96" />
        <source>trim spaces</source>
        <translation>chetdagi boʻshliqlarni olib tashlasangiz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="96" />
        <source>Trim spaces</source>
        <translation>Chetdagi boʻshliqlarni olib tashlash</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="99" />
        <source> and </source>
        <translation> va </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="100" />
        <source>%n ID(s) would match a case if you {verbs} (e.g. {left} ~ {right}) — tick {boxes}.</source>
        <translation><numerusform>Agar {verbs}, %n ta ID holatga mos keladi (masalan, {left} ~ {right}) — {boxes} ni belgilang.</numerusform><numerusform>Agar {verbs}, %n ta ID holatga mos keladi (masalan, {left} ~ {right}) — {boxes} ni belgilang.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="115" />
        <source>Import survey</source>
        <translation>Soʻrovnomani import qilish</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="128" />
        <source>&amp;Choose file…</source>
        <translation>Faylni &amp;tanlash…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="130" />
        <source>No file chosen (.csv, .xlsx, SPSS .sav, Stata .dta).</source>
        <translation>Fayl tanlanmagan (.csv, .xlsx, SPSS .sav, Stata .dta).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="134" />
        <source>Sheet:</source>
        <translation>Varaq:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="149" />
        <source>First rows (row numbers as in the file)</source>
        <translation>Birinchi qatorlar (qator raqamlari fayldagidek)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="161" />
        <source>Variables — double-click a type or levels to correct them</source>
        <translation>Oʻzgaruvchilar — tuzatish uchun tur yoki darajalarni ikki marta bosing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="164" />
        <source>Open answers → one document per respondent</source>
        <translation>Ochiq javoblar → har bir respondentga bitta hujjat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="170" />
        <source>Link rows to cases</source>
        <translation>Qatorlarni holatlarga bogʻlash</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="174" />
        <source>ID column:</source>
        <translation>ID ustuni:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="176" />
        <source>&amp;Trim spaces</source>
        <translation>Chetdagi &amp;boʻshliqlarni olib tashlash</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="177" />
        <source>Ignore &amp;case</source>
        <translation>Harf &amp;registrini hisobga olmaslik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="178" />
        <source>C&amp;reate cases for rows without one</source>
        <translation>Holatsiz qatorlar uchun holat &amp;yaratish</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="198" />
        <source>&amp;Import</source>
        <translation>&amp;Import qilish</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="205" />
        <source>Choose a survey</source>
        <translation>Soʻrovnomani tanlang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="286" />
        <source>{reason} Choose another ID column or fix the file; nothing can be imported.</source>
        <translation>{reason} Boshqa ID ustunini tanlang yoki faylni tuzating; import qilib boʻlmaydi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="296" />
        <source>%n transcript(s) have no case ({names}): no survey row can reach them.</source>
        <translation><numerusform>%n ta transkriptning holati yoʻq ({names}): soʻrovnomaning hech bir qatori ularga bogʻlanmaydi.</numerusform><numerusform>%n ta transkriptning holati yoʻq ({names}): soʻrovnomaning hech bir qatori ularga bogʻlanmaydi.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="316" />
        <source>Nothing was imported. {reason}</source>
        <translation>Hech narsa import qilinmadi. {reason}</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../ui/team/install.py" line="30" />
        <source>&amp;Team</source>
        <translation>&amp;Jamoa</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="34" />
        <source>&amp;Disagreements and agreement…</source>
        <translation>&amp;Kelishmovchiliklar va kelishuv…</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="36" />
        <source>&amp;Blind coding (hide other coders' codings)</source>
        <translation>&amp;Koʻr kodlash (boshqa kodlovchilarning kodlarini yashirish)</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="40" />
        <source>&amp;Show codings of</source>
        <translation>&amp;Kimning kodlari koʻrsatilsin</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="41" />
        <source>&amp;Reference coder</source>
        <translation>&amp;Namunaviy kodlovchi</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="52" />
        <source>All coders</source>
        <translation>Barcha kodlovchilar</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="60" />
        <source>None</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="118" />
        <source>Disagreements</source>
        <translation>Kelishmovchiliklar</translation>
    </message>
</context>
<context>
    <name>TranscriptImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="50" />
        <source>Interviews</source>
        <translation>Intervyular</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="51" />
        <source>Focus groups</source>
        <translation>Fokus-guruhlar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="52" />
        <source>Field notes</source>
        <translation>Dala qaydlari</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="58" />
        <source>Transcripts</source>
        <translation>Transkriptlar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="59" />
        <source>All files</source>
        <translation>Barcha fayllar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="76" />
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="348" />
        <source>Import transcripts</source>
        <translation>Transkriptlarni import qilish</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="91" />
        <source>&amp;Add files…</source>
        <translation>Fayl &amp;qoʻshish…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="93" />
        <source>&amp;Remove file</source>
        <translation>Faylni &amp;olib tashlash</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="94" />
        <source>Leave the selected file out of this import</source>
        <translation>Tanlangan faylni bu importga kiritmaslik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="100" />
        <source>Case from &amp;file name (P07.docx → case P07)</source>
        <translation>Holat &amp;fayl nomidan (P07.docx → P07 holati)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="104" />
        <source>These files are:</source>
        <translation>Bu fayllar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="124" />
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="244" />
        <source>Select a file to see its speakers.</source>
        <translation>Soʻzlovchilarini koʻrish uchun faylni tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="126" />
        <source>none</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="130" />
        <source>Document's case:</source>
        <translation>Hujjat holati:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="141" />
        <source>Double-click a name or case to change it. Tick the interviewer: their turns count for no case. In a focus group, give every participant their own case.</source>
        <translation>Oʻzgartirish uchun ism yoki holatni ikki marta bosing. Intervyuerni belgilang: uning replikalari hech qaysi holatga hisoblanmaydi. Fokus-guruhda har bir ishtirokchiga alohida holat bering.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="153" />
        <source>&amp;Skip files that cannot be read and import the others</source>
        <translation>Oʻqib boʻlmaydigan fayllarni &amp;tashlab, qolganlarini import qilish</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="162" />
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="307" />
        <source>&amp;Import</source>
        <translation>&amp;Import qilish</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="169" />
        <source>Choose transcripts</source>
        <translation>Transkriptlarni tanlang</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="177" />
        <source>Reading %n file(s)…</source>
        <translation><numerusform>%n ta fayl oʻqilmoqda…</numerusform><numerusform>%n ta fayl oʻqilmoqda…</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="201" />
        <source>The files could not be read: {reason}</source>
        <translation>Fayllarni oʻqib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="246" />
        <source>{file} cannot be imported: {reason}</source>
        <translation>{file} ni import qilib boʻlmaydi: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="249" />
        <source>{file}: no speaker labels found; the whole text is one document.</source>
        <translation>{file}: soʻzlovchi belgilari topilmadi; butun matn bitta hujjat boʻladi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="253" />
        <source>Speakers in {file} ({n})</source>
        <translation>{file} dagi soʻzlovchilar ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="296" />
        <source>They will be skipped.</source>
        <translation>Ular tashlab ketiladi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="297" />
        <source>Import is off until you remove them or tick “Skip files that cannot be read”.</source>
        <translation>Ularni olib tashlamaguningizcha yoki “Oʻqib boʻlmaydigan fayllarni tashlab…” belgilanmaguncha import oʻchiq.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="298" />
        <source>%n file(s) cannot be read ({names}); see the red rows.</source>
        <translation><numerusform>%n ta faylni oʻqib boʻlmaydi ({names}); qizil qatorlarga qarang.</numerusform><numerusform>%n ta faylni oʻqib boʻlmaydi ({names}); qizil qatorlarga qarang.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="307" />
        <source>&amp;Import %n file(s)</source>
        <translation><numerusform>%n ta faylni &amp;import qilish</numerusform><numerusform>%n ta faylni &amp;import qilish</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="324" />
        <source>Participants without a case</source>
        <translation>Holatsiz ishtirokchilar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="325" />
        <source>%n file(s) would import participants linked to no case ({shown}). Their coded segments would count for nobody in the case table, the regression and the joint displays.</source>
        <translation><numerusform>%n ta fayl hech qaysi holatga bogʻlanmagan ishtirokchilarni import qiladi ({shown}). Ularning kodlangan parchalari holatlar jadvalida, regressiyada va birlashgan taqdimotlarda hech kimga hisoblanmaydi.</numerusform><numerusform>%n ta fayl hech qaysi holatga bogʻlanmagan ishtirokchilarni import qiladi ({shown}). Ularning kodlangan parchalari holatlar jadvalida, regressiyada va birlashgan taqdimotlarda hech kimga hisoblanmaydi.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="328" />
        <source>Go back and give them a case, or tick them as interviewer.</source>
        <translation>Orqaga qayting va ularga holat bering yoki ularni intervyuer deb belgilang.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="329" />
        <source>Go &amp;back</source>
        <translation>&amp;Orqaga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="330" />
        <source>Import &amp;anyway</source>
        <translation>Baribir &amp;import qilish</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="340" />
        <source>Not imported yet: give every participant a case (or tick the interviewer).</source>
        <translation>Hali import qilinmadi: har bir ishtirokchiga holat bering (yoki intervyuerni belgilang).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="347" />
        <source>Importing transcripts…</source>
        <translation>Transkriptlar import qilinmoqda…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="347" />
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="378" />
        <source>Imported %n transcript(s). Edit › Undo removes them again.</source>
        <translation><numerusform>%n ta transkript import qilindi. Tahrirlash › Bekor qilish ularni yana olib tashlaydi.</numerusform><numerusform>%n ta transkript import qilindi. Tahrirlash › Bekor qilish ularni yana olib tashlaydi.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="385" />
        <source>Nothing was imported. {reason}</source>
        <translation>Hech narsa import qilinmadi. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="391" />
        <source>Import cancelled: nothing was imported, the project is unchanged.</source>
        <translation>Import bekor qilindi: hech narsa import qilinmadi, loyiha oʻzgarmadi.</translation>
    </message>
</context>
<context>
    <name>UndoLabel</name>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="22" />
        <source>Code with {code}</source>
        <extracomment>(pattern over the English name, translatable template with the pattern's named groups)</extracomment>
        <translation>{code} bilan kodlash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="23" />
        <source>Code</source>
        <translation>Kodlash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="24" />
        <source>Remove coding</source>
        <translation>Kodni olib tashlash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="26" />
        <source>In-vivo code “{code}”</source>
        <translation>In vivo kod “{code}”</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="27" />
        <source>In-vivo code</source>
        <translation>In vivo kod</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="28" />
        <source>Change segment boundaries</source>
        <translation>Parcha chegaralarini oʻzgartirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="29" />
        <source>Memo on segment</source>
        <translation>Parchaga qayd</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="30" />
        <source>Clear segment memo</source>
        <translation>Parcha qaydini tozalash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="31" />
        <source>Add code {code}</source>
        <translation>{code} kodini qoʻshish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="32" />
        <source>Delete code {code}</source>
        <translation>{code} kodini oʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="33" />
        <source>Merge {source} into {target}</source>
        <translation>{source} ni {target} ga birlashtirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="34" />
        <source>Rename {old} to {new}</source>
        <translation>{old} ni {new} deb qayta nomlash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="35" />
        <source>Rename {name}</source>
        <translation>{name} ni qayta nomlash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="36" />
        <source>Recolour {name}</source>
        <translation>{name} rangini oʻzgartirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="37" />
        <source>Move {name} to the top level</source>
        <translation>{name} ni yuqori darajaga koʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="38" />
        <source>Move {name} under {parent}</source>
        <translation>{name} ni {parent} ostiga koʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="39" />
        <source>Quick key {key} for {name}</source>
        <translation>{name} uchun {key} tezkor tugmasi</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="40" />
        <source>Remove quick key</source>
        <translation>Tezkor tugmani olib tashlash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="41" />
        <source>Free key</source>
        <translation>Tugmani boʻshatish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="42" />
        <source>Assign key</source>
        <translation>Tugmani biriktirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="44" />
        <source>Edit the {field} of {name}</source>
        <translation>{name}: {field} tahriri</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="45" />
        <source>Set the origin of {name}</source>
        <translation>{name} kelib chiqishini belgilash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="47" />
        <source>Import codebook {file}</source>
        <translation>{file} kodlar kitobini import qilish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="48" />
        <source>Choose the {kind} example</source>
        <translation>Misol tanlash ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="49" />
        <source>Clear the {kind} example</source>
        <translation>Misolni tozalash ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="50" />
        <source>New theme {name}</source>
        <translation>Yangi mavzu {name}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="51" />
        <source>Delete theme {name}</source>
        <translation>{name} mavzusini oʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="52" />
        <source>Define {name}</source>
        <translation>{name} mavzusini taʼriflash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="53" />
        <source>Add {codes} to {theme}</source>
        <translation>{codes} ni {theme} ga qoʻshish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="54" />
        <source>Take {code} off {theme}</source>
        <translation>{code} ni {theme} dan olib tashlash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="55" />
        <source>Place on map</source>
        <translation>Xaritaga joylash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="56" />
        <source>Move on map</source>
        <translation>Xaritada koʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="57" />
        <source>Remove from map</source>
        <translation>Xaritadan olib tashlash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="58" />
        <source>Draw link</source>
        <translation>Aloqa chizish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="59" />
        <source>Label link</source>
        <translation>Aloqaga nom berish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="60" />
        <source>Delete link</source>
        <translation>Aloqani oʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="61" />
        <source>Auto-layout the map</source>
        <translation>Xaritani avtomatik joylashtirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="62" />
        <source>New journal entry</source>
        <translation>Yangi kundalik yozuvi</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="63" />
        <source>New memo</source>
        <translation>Yangi qayd</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="64" />
        <source>Edit memo</source>
        <translation>Qaydni tahrirlash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="65" />
        <source>Delete memo</source>
        <translation>Qaydni oʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="66" />
        <source>Set meta-inference</source>
        <translation>Meta-xulosa belgilash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="67" />
        <source>Choose quotes</source>
        <translation>Iqtiboslarni tanlash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="68" />
        <source>Automatic quotes</source>
        <translation>Avtomatik iqtiboslar</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="69" />
        <source>Delete joint-display row</source>
        <translation>Birlashgan taqdimot qatorini oʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="70" />
        <source>Add to joint display</source>
        <translation>Birlashgan taqdimotga qoʻshish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="71" />
        <source>Add theme to joint display</source>
        <translation>Mavzuni birlashgan taqdimotga qoʻshish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="72" />
        <source>New joint display “{name}”</source>
        <translation>Yangi birlashgan taqdimot “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="73" />
        <source>Delete joint display</source>
        <translation>Birlashgan taqdimotni oʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="74" />
        <source>Save analysis “{name}”</source>
        <translation>“{name}” tahlilini saqlash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="76" />
        <source>Set output language</source>
        <translation>Eksport tilini belgilash</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="77" />
        <source>Set the language of {name}</source>
        <translation>«{name}» hujjati tilini oʻzgartirish</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="78" />
        <source>Move {name}</source>
        <translation>{name} ni koʻchirish</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="103" />
        <source>Import %n transcript(s)</source>
        <translation><numerusform>%n ta transkriptni import qilish</numerusform><numerusform>%n ta transkriptni import qilish</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="105" />
        <source>Pseudonymise %n identifier(s)</source>
        <translation><numerusform>%n ta identifikatorni psevdonimlash</numerusform><numerusform>%n ta identifikatorni psevdonimlash</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="107" />
        <source>Remove %n coding(s)</source>
        <translation><numerusform>%n ta kodni olib tashlash</numerusform><numerusform>%n ta kodni olib tashlash</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="109" />
        <source>Code %n hit(s) with {code}</source>
        <translation><numerusform>%n ta topilmani {code} bilan kodlash</numerusform><numerusform>%n ta topilmani {code} bilan kodlash</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="110" />
        <source>Code %n hit(s)</source>
        <translation><numerusform>%n ta topilmani kodlash</numerusform><numerusform>%n ta topilmani kodlash</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="113" />
        <source>definition</source>
        <translation>taʼrif</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="113" />
        <source>inclusion criteria</source>
        <translation>kiritish mezonlari</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="114" />
        <source>exclusion criteria</source>
        <translation>chiqarish mezonlari</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="115" />
        <source>typical</source>
        <translation>odatiy</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="115" />
        <source>atypical</source>
        <translation>noodatiy</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../ui/welcome_view.py" line="51" />
        <source>&lt;h1&gt;QualCode&lt;/h1&gt;&lt;p&gt;Code transcripts, build themes, link them to survey data.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;QualCode&lt;/h1&gt;&lt;p&gt;Transkriptlarni kodlang, mavzular tuzing, ularni soʻrovnoma maʼlumotlari bilan bogʻlang.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="66" />
        <source>&lt;b&gt;New project&lt;/b&gt;</source>
        <translation>&lt;b&gt;Yangi loyiha&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="68" />
        <source>e.g. Dilnoza</source>
        <translation>masalan, Dilnoza</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="69" />
        <source>Your name as it appears on your coding and in reports. Asked once; change it here any time.</source>
        <translation>Kodlashda va hisobotlarda koʻrinadigan ismingiz. Bir marta soʻraladi; uni shu yerda istalgan vaqtda oʻzgartirish mumkin.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="72" />
        <source>My study</source>
        <translation>Mening tadqiqotim</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="74" />
        <source>Browse…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="79" />
        <source>&amp;Create project</source>
        <translation>Loyiha &amp;yaratish</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="85" />
        <source>Your &amp;name (coder):</source>
        <translation>&amp;Ismingiz (kodlovchi):</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="86" />
        <source>Project &amp;name:</source>
        <translation>Loyiha &amp;nomi:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="87" />
        <source>&amp;Folder:</source>
        <translation>&amp;Jild:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="97" />
        <source>&amp;Open project…</source>
        <translation>Loyihani &amp;ochish…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="100" />
        <source>Open the &amp;demo project (synthetic data)</source>
        <translation>&amp;Namuna loyihani ochish (sunʼiy maʼlumotlar)</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="101" />
        <source>A study shaped like 'Beyond rescue': 54 transcripts, 150 survey records, codes, themes, analyses and joint displays. All data are invented.</source>
        <translation>«Beyond rescue» namunasidagi tadqiqot: 54 ta transkript, 150 ta soʻrovnoma yozuvi, kodlar, mavzular, tahlillar va birlashgan taqdimotlar. Barcha maʼlumotlar oʻylab topilgan.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="108" />
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Soʻnggi loyihalar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="147" />
        <source>Give the project a name without / \ : * ? " &lt; &gt; | (got {name}).</source>
        <translation>Loyihaga / \ : * ? " &lt; &gt; | belgilarisiz nom bering (hozir {name}).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="151" />
        <source>Choose the folder the project goes in.</source>
        <translation>Loyiha uchun jildni tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="155" />
        <source>{location} exists already; choose another name or open it.</source>
        <translation>{location} allaqachon mavjud; boshqa nom tanlang yoki uni oching.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="165" />
        <source>Type your name first: it marks your coding (asked once).</source>
        <translation>Avval ismingizni yozing: u kodlashingizni belgilaydi (bir marta soʻraladi).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="177" />
        <source>Folder for the project</source>
        <translation>Loyiha jildi</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../ui/workbench.py" line="38" />
        <source>Documents</source>
        <translation>Hujjatlar</translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="39" />
        <source>Codebook</source>
        <translation>Kodlar kitobi</translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="43" />
        <source>Analysis</source>
        <translation>Tahlil</translation>
    </message>
</context>
</TS>