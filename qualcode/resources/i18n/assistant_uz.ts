<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz">
<context>
    <name>AssistantIndex</name>
    <message numerus="yes">
        <location filename="../../ui/assistant/index_note.py" line="32" />
        <source>Meaning index ready: %n document(s).</source>
        <translation><numerusform>Maʼno indeksi tayyor: %n ta hujjat.</numerusform><numerusform>Maʼno indeksi tayyor: %n ta hujjat.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/index_note.py" line="37" />
        <source>The first search by meaning indexes the documents, which takes a moment.</source>
        <translation>Maʼno boʻyicha birinchi qidiruv avval hujjatlarni indekslaydi, bu biroz vaqt oladi.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/index_note.py" line="39" />
        <source>The first search indexes the documents, which takes a moment.</source>
        <translation>Birinchi qidiruv avval hujjatlarni indekslaydi, bu biroz vaqt oladi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/index_note.py" line="41" />
        <source>%n document(s) not indexed yet: the next search indexes them first.</source>
        <translation><numerusform>%n ta hujjat hali indekslanmagan: keyingi qidiruv avval ularni indekslaydi.</numerusform><numerusform>%n ta hujjat hali indekslanmagan: keyingi qidiruv avval ularni indekslaydi.</numerusform></translation>
    </message>
</context>
<context>
    <name>AssistantUi</name>
    <message>
        <location filename="../../ui/assistant/install.py" line="42" />
        <source>Find more like these</source>
        <translation>Shunga oʻxshashlarini topish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="43" />
        <source>Inductive prompts</source>
        <translation>Induktiv kodlar uchun ishoralar</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="47" />
        <source>Candidate themes</source>
        <translation>Nomzod mavzular</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="58" />
        <source>Find &amp;more like these</source>
        <translation>Shunga oʻxshashlarini &amp;topish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="59" />
        <source>Uncoded passages that resemble the current code's segments</source>
        <translation>Joriy kod parchalariga oʻxshash kodlanmagan parchalar</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="60" />
        <source>Search by &amp;meaning…</source>
        <translation>&amp;Maʼno boʻyicha qidirish…</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="61" />
        <source>Find passages that say the same thing in other words</source>
        <translation>Xuddi shu narsa boshqa soʻzlar bilan aytilgan parchalarni topish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="62" />
        <source>Prompts for &amp;inductive codes</source>
        <translation>&amp;Induktiv kodlar uchun ishoralar</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="63" />
        <source>Words distinctive of groups of cases, e.g. with and without legal aid</source>
        <translation>Holatlar guruhlariga xos soʻzlar, masalan, yuridik yordam olgan va olmaganlar</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="66" />
        <source>Propose &amp;candidate themes…</source>
        <translation>&amp;Nomzod mavzularni taklif qilish…</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="67" />
        <source>Group codes by the meaning of their segments (phase 3)</source>
        <translation>Kodlarni parchalarining maʼnosi boʻyicha guruhlash (3-bosqich)</translation>
    </message>
</context>
<context>
    <name>CandidateThemesView</name>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="55" />
        <source>Propose candidate themes</source>
        <extracomment>the worker function (tests swap in one with a stand-in embedder)</extracomment>
        <translation>Nomzod mavzularni taklif qilish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="57" />
        <source>Group the codes by what their coded segments mean (a local model; nothing leaves this computer)</source>
        <translation>Kodlarni kodlangan parchalarining maʼnosiga koʻra guruhlash (mahalliy model; hech narsa bu kompyuterdan chiqmaydi)</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="58" />
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="63" />
        <source>Proposals are prompts: read the quotes, then accept, rename or ignore.</source>
        <translation>Takliflar faqat ishora: iqtiboslarni oʻqing, soʻng qabul qiling, qayta nomlang yoki eʼtiborsiz qoldiring.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="67" />
        <source>Groupings of codes, most cohesive first</source>
        <translation>Kod guruhlari, eng uygʻunlari birinchi</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="69" />
        <source>The candidate theme's name; the suggestion comes from its typical words</source>
        <translation>Nomzod mavzu nomi; taklif uning odatiy soʻzlaridan olingan</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="76" />
        <source>Accept as candidate theme</source>
        <translation>Nomzod mavzu sifatida qabul qilish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="78" />
        <source>Create a candidate theme with these codes (or Enter in the name field; Ctrl+Z undoes)</source>
        <translation>Shu kodlar bilan nomzod mavzu yaratish (yoki nom maydonida Enter; Ctrl+Z bekor qiladi)</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="80" />
        <source>Ignore</source>
        <translation>Eʼtiborsiz qoldirish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="81" />
        <source>Hide this grouping; nothing is changed</source>
        <translation>Bu guruhni yashirish; hech narsa oʻzgarmaydi</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="98" />
        <source>Name:</source>
        <translation>Nomi:</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="99" />
        <source>Codes:</source>
        <translation>Kodlar:</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="107" />
        <source>Most typical quotes (closest to the grouping's centre):</source>
        <translation>Eng odatiy iqtiboslar (guruh markaziga eng yaqinlari):</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="128" />
        <source>Reading the coded segments…</source>
        <translation>Kodlangan parchalar oʻqilmoqda…</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="164" />
        <source>Could not propose candidate themes: %1</source>
        <translation>Nomzod mavzularni taklif qilib boʻlmadi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="170" />
        <source>Cancelled.</source>
        <translation>Bekor qilindi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/candidate_themes_view.py" line="177" />
        <source>%1
%n code(s) · cohesion %2</source>
        <translation><numerusform>%1
%n ta kod · uygʻunlik %2</numerusform><numerusform>%1
%n ta kod · uygʻunlik %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/candidate_themes_view.py" line="183" />
        <source>%n grouping(s) of %1 codes with segments (cut: %2; model: %3).</source>
        <translation><numerusform>Parchali %1 ta koddan %n ta guruh (kesim: %2; model: %3).</numerusform><numerusform>Parchali %1 ta koddan %n ta guruh (kesim: %2; model: %3).</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="187" />
        <source>No groupings: %1.</source>
        <translation>Guruhlar yoʻq: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="209" />
        <source>Already on: %1</source>
        <translation>Allaqachon mavzularda: %1</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="212" />
        <source>similarity</source>
        <translation>oʻxshashlik</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="212" />
        <source>Typical words</source>
        <translation>Odatiy soʻzlar</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="236" />
        <source>Give the candidate theme a name first.</source>
        <translation>Avval nomzod mavzuga nom bering.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="247" />
        <source>Could not create the candidate theme</source>
        <translation>Nomzod mavzuni yaratib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="250" />
        <source>Created the candidate theme %1 (Ctrl+Z undoes).</source>
        <translation>%1 nomzod mavzusi yaratildi (Ctrl+Z bekor qiladi).</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="256" />
        <source>Ignored; propose again to see every grouping.</source>
        <translation>Eʼtiborsiz qoldirildi; barcha guruhlarni koʻrish uchun qayta taklif qiling.</translation>
    </message>
</context>
<context>
    <name>FindMorePane</name>
    <message numerus="yes">
        <location filename="../../ui/assistant/backend.py" line="135" />
        <source>Accept suggestion for %1 in %n place(s)</source>
        <translation><numerusform>%1 uchun taklifni %n ta joyda qabul qilish</numerusform><numerusform>%1 uchun taklifni %n ta joyda qabul qilish</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/backend.py" line="137" />
        <source>Accept suggestion for %1</source>
        <translation>%1 uchun taklifni qabul qilish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="86" />
        <source>The code to find more passages for (follows the codebook selection)</source>
        <extracomment>accepted suggestions of the list shown, with their operations: undo puts them back the worker function (tests may swap it); receives (project, code_id, top=...)</extracomment>
        <translation>Qaysi kod uchun parchalar qidiriladi (kodlar kitobida tanlangan kodga ergashadi)</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="87" />
        <source>Find more like these</source>
        <translation>Shunga oʻxshashlarini topish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="89" />
        <source>Update the meaning index (only changed documents) and list uncoded passages that resemble this code's segments and definition. Runs on this computer only.</source>
        <translation>Maʼno indeksini yangilash (faqat oʻzgargan hujjatlar) va bu kodning parchalari hamda taʼrifiga oʻxshash kodlanmagan parchalarni koʻrsatish. Faqat shu kompyuterda ishlaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="91" />
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="239" />
        <source>Choose a code and press Find more like these.</source>
        <translation>Kodni tanlang va «Shunga oʻxshashlarini topish» tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="99" />
        <location filename="../../ui/assistant/find_more_pane.py" line="348" />
        <source>Score</source>
        <translation>Ball</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="99" />
        <source>Document</source>
        <translation>Hujjat</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="100" />
        <source>Copies</source>
        <translation>Nusxalar</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="99" />
        <source>Passage</source>
        <translation>Parcha</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="101" />
        <source>Other places where the passage is said word for word; it is listed once</source>
        <translation>Parcha soʻzma-soʻz aytilgan boshqa joylar; roʻyxatda u bir marta koʻrsatiladi</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="117" />
        <source>Select a suggestion to see why it was suggested.</source>
        <translation>Nima uchun taklif qilinganini koʻrish uchun taklifni tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="118" />
        <source>Accept</source>
        <translation>Qabul qilish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="119" />
        <source>Code this passage with the code (Enter). Ctrl+Z takes it back.</source>
        <translation>Bu parchani shu kod bilan kodlash (Enter). Ctrl+Z bekor qiladi.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="120" />
        <location filename="../../ui/assistant/find_more_pane.py" line="403" />
        <source>Accept in all places</source>
        <translation>Barcha joylarda qabul qilish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="122" />
        <source>Code this passage and its word-for-word copies with the code (Shift+Enter). One Ctrl+Z takes them all back.</source>
        <translation>Bu parchani va uning soʻzma-soʻz nusxalarini shu kod bilan kodlash (Shift+Enter). Bitta Ctrl+Z hammasini qaytaradi.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="124" />
        <source>Reject</source>
        <translation>Rad etish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="125" />
        <source>Not an instance of this code; the decision is recorded (R or Delete)</source>
        <translation>Bu kodga tegishli emas; qaror yozib qoʻyiladi (R yoki Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="126" />
        <source>Skip</source>
        <translation>Oʻtkazib yuborish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="127" />
        <source>Decide later; go to the next suggestion (S)</source>
        <translation>Keyinroq hal qilish; keyingi taklifga oʻtish (S)</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="136" />
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="170" />
        <source>Accept suggestion</source>
        <translation>Taklifni qabul qilish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="171" />
        <source>Accept suggestion in all places</source>
        <translation>Taklifni barcha joylarda qabul qilish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="173" />
        <source>Reject suggestion</source>
        <translation>Taklifni rad etish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="174" />
        <source>Skip suggestion</source>
        <translation>Taklifni oʻtkazib yuborish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="233" />
        <source>The meaning index was updated since this list was made: Find more again to include the changed documents.</source>
        <translation>Bu roʻyxat tuzilgandan keyin maʼno indeksi yangilandi: oʻzgargan hujjatlarni qamrab olish uchun «Shunga oʻxshashlarini topish»ni yana bosing.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="245" />
        <source>Add a code to the codebook first.</source>
        <translation>Avval kodlar kitobiga kod qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="249" />
        <source>Updating the meaning index…</source>
        <translation>Maʼno indeksi yangilanmoqda…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/find_more_pane.py" line="285" />
        <source>%n suggestion(s) for %1, best first. Enter accepts, R rejects, S skips.</source>
        <translation><numerusform>%1 uchun %n ta taklif, eng yaxshilari birinchi. Enter — qabul, R — rad etish, S — oʻtkazib yuborish.</numerusform><numerusform>%1 uchun %n ta taklif, eng yaxshilari birinchi. Enter — qabul, R — rad etish, S — oʻtkazib yuborish.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="288" />
        <source>No uncoded passages resemble %1.</source>
        <translation>%1 ga oʻxshash kodlanmagan parcha yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="295" />
        <source>Could not find suggestions: %1</source>
        <translation>Takliflarni topib boʻlmadi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="302" />
        <source>Cancelled; the index keeps what was done and continues next time.</source>
        <translation>Bekor qilindi; indeks bajarilganini saqlaydi va keyingi safar davom etadi.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="326" />
        <source>Said word for word also in:</source>
        <translation>Soʻzma-soʻz yana quyidagilarda aytilgan:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/find_more_pane.py" line="332" />
        <source>also in %n other place(s)</source>
        <translation><numerusform>yana %n ta boshqa joyda</numerusform><numerusform>yana %n ta boshqa joyda</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="348" />
        <source>Closest coded segment</source>
        <translation>Eng yaqin kodlangan parcha</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="349" />
        <source>Matched words</source>
        <translation>Mos kelgan soʻzlar</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="350" />
        <source>No shared words: suggested for its meaning alone.</source>
        <translation>Umumiy soʻzlar yoʻq: faqat maʼnosiga koʻra taklif qilingan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/find_more_pane.py" line="355" />
        <source>Said word for word in %n other place(s)</source>
        <translation><numerusform>Soʻzma-soʻz yana %n ta boshqa joyda aytilgan</numerusform><numerusform>Soʻzma-soʻz yana %n ta boshqa joyda aytilgan</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="358" />
        <source>Shift+Enter codes them all; click a place to see it.</source>
        <translation>Shift+Enter hammasini kodlaydi; koʻrish uchun joyni bosing.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="371" />
        <source>Ranked higher for the code's words</source>
        <translation>Kod soʻzlari tufayli yuqoriroq qoʻyildi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/find_more_pane.py" line="402" />
        <source>Accept in all %n places</source>
        <translation><numerusform>Barcha %n ta joyda qabul qilish</numerusform><numerusform>Barcha %n ta joyda qabul qilish</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="415" />
        <source>All suggestions decided. Find more to see the next ones.</source>
        <translation>Barcha takliflar hal qilindi. Keyingilarini topish uchun yana qidiring.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="439" />
        <source>Could not code the passage</source>
        <translation>Parchani kodlab boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="455" />
        <source>Undone: the passage is back in the list.</source>
        <translation>Bekor qilindi: parcha yana roʻyxatda.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="482" />
        <source>Could not record the decision</source>
        <translation>Qarorni yozib boʻlmadi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/find_more_pane.py" line="497" />
        <source>%1 (%n place(s))</source>
        <translation><numerusform>%1 (%n ta joy)</numerusform><numerusform>%1 (%n ta joy)</numerusform></translation>
    </message>
</context>
<context>
    <name>InductivePromptsPane</name>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="45" />
        <source>A case attribute or linked survey variable with 2 to 12 values</source>
        <translation>2 tadan 12 tagacha qiymatli holat atributi yoki bogʻlangan soʻrov oʻzgaruvchisi</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="46" />
        <source>Show distinctive words</source>
        <translation>Xos soʻzlarni koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="48" />
        <source>Words and phrases each group of cases uses more than the others (weighted log-odds), as prompts for inductive codes</source>
        <translation>Har bir holatlar guruhi boshqalarga qaraganda koʻproq ishlatadigan soʻz va iboralar (vaznli log-imkoniyatlar nisbati), induktiv kodlar uchun ishora sifatida</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="50" />
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="55" />
        <source>Prompts, not codes: read the passages before coding.</source>
        <translation>Bu kodlar emas, ishoralar: kodlashdan oldin parchalarni oʻqing.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="63" />
        <source>Split cases by:</source>
        <translation>Holatlarni boʻlish mezoni:</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="94" />
        <source>No case attribute splits the cases into groups yet.</source>
        <translation>Hozircha holatlarni guruhlarga boʻladigan atribut yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="140" />
        <source>Could not list the words: %1</source>
        <translation>Soʻzlar roʻyxatini olib boʻlmadi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="146" />
        <source>Cancelled.</source>
        <translation>Bekor qilindi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="153" />
        <source>%1 = %2 (%n case(s))</source>
        <translation><numerusform>%1 = %2 (%n ta holat)</numerusform><numerusform>%1 = %2 (%n ta holat)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="155" />
        <source>%1: words</source>
        <translation>%1: soʻzlar</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="155" />
        <source>%1: phrases</source>
        <translation>%1: iboralar</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="165" />
        <source>phrases are noun chunks</source>
        <translation>iboralar — ot birikmalari</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="166" />
        <source>phrases are adjacent content words (no spaCy parser installed, so no noun chunks)</source>
        <translation>iboralar — yonma-yon mazmunli soʻzlar (spaCy sintaktik tahlilchisi oʻrnatilmagan, shuning uchun ot birikmalari yoʻq)</translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="167" />
        <source>Most distinctive first, with (uses in this group : in the others); %1.</source>
        <translation>Eng xoslari birinchi, (shu guruhda ishlatilishi : boshqalarida) bilan; %1.</translation>
    </message>
</context>
</TS>