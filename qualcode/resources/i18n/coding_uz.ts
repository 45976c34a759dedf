<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz" sourcelanguage="en">
<context>
    <name>CodebookPane</name>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="36" />
        <source>Code colour</source>
        <translation>Kod rangi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="41" />
        <location filename="../../ui/panes/codebook_pane.py" line="287" />
        <source>Merge into…</source>
        <translation>Birlashtirish…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="42" />
        <source>Merge into code:</source>
        <translation>Qaysi kod bilan birlashtirish:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="47" />
        <source>Name:</source>
        <translation>Nomi:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="79" />
        <source>Filter codes</source>
        <translation>Kodlarni filtrlash</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="205" />
        <source>New sub-code</source>
        <translation>Yangi quyi kod</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="205" />
        <source>New code</source>
        <translation>Yangi kod</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="209" />
        <source>Could not add the code</source>
        <translation>Kodni qoʻshib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="214" />
        <source>Could not rename the code</source>
        <translation>Kodni qayta nomlab boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="222" />
        <source>Could not recolour the code</source>
        <translation>Kod rangini oʻzgartirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="229" />
        <source>Could not move the code</source>
        <translation>Kodni koʻchirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="241" />
        <source>Could not merge the codes</source>
        <translation>Kodlarni birlashtirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="246" />
        <source>Could not delete the code</source>
        <translation>Kodni oʻchirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="257" />
        <location filename="../../ui/panes/codebook_pane.py" line="260" />
        <source>Could not assign the key</source>
        <translation>Tugmani biriktirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="268" />
        <source>Could not code the dropped text</source>
        <translation>Tashlangan matnni kodlab boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="279" />
        <source>New code…</source>
        <translation>Yangi kod…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="282" />
        <source>Code the selection with this code</source>
        <translation>Belgilangan matnni shu kod bilan kodlash</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="284" />
        <source>New sub-code…</source>
        <translation>Yangi quyi kod…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="285" />
        <source>Rename</source>
        <translation>Qayta nomlash</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="286" />
        <source>Recolour…</source>
        <translation>Rangni oʻzgartirish…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="288" />
        <source>Quick key</source>
        <translation>Tezkor tugma</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="291" />
        <source>None</source>
        <comment>no quick key</comment>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="293" />
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="36" />
        <source>Memo on segment</source>
        <translation>Parchaga qayd</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="37" />
        <source>Memo:</source>
        <translation>Qayd:</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="99" />
        <source>Could not code the selection</source>
        <extracomment>emitted after a coding made here is shown (benchmarks time up to this point) replaced in tests; returns the new memo text or None when cancelled coders whose codings the viewer shows (None: all); blind mode shows only one's own</extracomment>
        <translation>Belgilangan matnni kodlab boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="119" />
        <source>Could not create the code</source>
        <translation>Kodni yaratib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="132" />
        <source>Could not make an in-vivo code</source>
        <translation>In vivo kodni yaratib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="145" />
        <source>Could not remove the coding</source>
        <translation>Kodni olib tashlab boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="157" />
        <source>Could not change the boundaries</source>
        <translation>Chegaralarni oʻzgartirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="170" />
        <source>Could not save the memo</source>
        <translation>Qaydni saqlab boʻlmadi</translation>
    </message>
</context>
<context>
    <name>DocumentListPane</name>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="36" />
        <source>Interviews</source>
        <translation>Intervyular</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="37" />
        <source>Focus groups</source>
        <translation>Fokus-guruhlar</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="38" />
        <source>Field notes</source>
        <translation>Dala qaydlari</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="39" />
        <source>Open survey answers</source>
        <translation>Soʻrovnoma ochiq javoblari</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="41" />
        <source>Coded or not</source>
        <translation>Hammasi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="42" />
        <source>Coded</source>
        <translation>Kodlangan</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="43" />
        <source>Not coded yet</source>
        <translation>Hali kodlanmagan</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="47" />
        <source>Russian</source>
        <extracomment>the document languages offered in the menu (code -&gt; name); another code a document has is shown as is</extracomment>
        <translation>Rus tili</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="48" />
        <source>Uzbek</source>
        <translation>Oʻzbek tili</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="49" />
        <source>English</source>
        <translation>Ingliz tili</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="72" />
        <source>Filter documents…</source>
        <translation>Hujjatlarni filtrlash…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="142" />
        <source>With 'Not coded yet': documents this coder has not coded</source>
        <translation>«Hali kodlanmagan» bilan: bu kodlovchi kodlamagan hujjatlar</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="200" />
        <source>Document &amp;language</source>
        <translation>Hujjat &amp;tili</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="221" />
        <source>Could not change the document's language</source>
        <translation>Hujjat tilini oʻzgartirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="87" />
        <source>No documents yet.
Import transcripts (Ctrl+Shift+I) or open the demo.</source>
        <translation>Hozircha hujjatlar yoʻq.
Transkriptlarni import qiling (Ctrl+Shift+I) yoki namunaviy loyihani oching.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="122" />
        <source>All kinds</source>
        <translation>Barcha turlar</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="125" />
        <source>All cases</source>
        <translation>Barcha holatlar</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="128" />
        <source>Any coder</source>
        <translation>Istalgan kodlovchi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/document_list_pane.py" line="172" />
        <source>%Ln coded segment(s)</source>
        <translation><numerusform>%Ln kodlangan parcha</numerusform><numerusform>%Ln kodlangan parcha</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="173" />
        <source>Language: {language}</source>
        <translation>Til: {language}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/document_list_pane.py" line="181" />
        <source>{shown} of %n document(s)</source>
        <translation><numerusform>{shown} / %n hujjat</numerusform><numerusform>{shown} / %n hujjat</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentViewerPane</name>
    <message>
        <location filename="../../ui/panes/document_viewer_pane.py" line="20" />
        <source>Choose a document on the left to read and code it.</source>
        <translation>Oʻqish va kodlash uchun chap tomondan hujjatni tanlang.</translation>
    </message>
</context>
<context>
    <name>MatrixPane</name>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="33" />
        <source>Code × code (overlapping segments)</source>
        <translation>Kod × kod (kesishgan parchalar)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="34" />
        <source>Code × code (same speaker turn)</source>
        <translation>Kod × kod (bitta replika)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="35" />
        <source>Code × case (segments)</source>
        <translation>Kod × holat (parchalar)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="38" />
        <source>Each cell counts pairs of overlapping segments; the grey diagonal is each code's segments.</source>
        <translation>Har bir katak kesishgan parchalar juftlarini sanaydi; kulrang diagonal — har bir kodning parchalari.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="40" />
        <source>Each cell counts speaker turns holding both codes; the grey diagonal is turns with the code.</source>
        <translation>Har bir katak ikkala kod ham bor replikalarni sanaydi; kulrang diagonal — shu kodli replikalar.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="42" />
        <source>Each cell counts a code's segments attributed to a case (focus-group speakers map to cases).</source>
        <translation>Har bir katak holatga tegishli kod parchalarini sanaydi (fokus-guruh soʻzlovchilari holatlarga moslanadi).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="69" />
        <source>Compute</source>
        <translation>Hisoblash</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="70" />
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="75" />
        <source>Choose a matrix and press Compute.</source>
        <translation>Matritsani tanlang va «Hisoblash» tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="82" />
        <source>Click a cell to see the segments behind it.</source>
        <translation>Katakdagi parchalarni koʻrish uchun uni bosing.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="119" />
        <source>The codings changed: press Compute to update the matrix.</source>
        <translation>Kodlash oʻzgardi: matritsani yangilash uchun «Hisoblash» tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="131" />
        <source>Computing…</source>
        <translation>Hisoblanmoqda…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="154" />
        <source>Could not compute the matrix: {error}</source>
        <translation>Matritsani hisoblab boʻlmadi: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="157" />
        <source>Cancelled.</source>
        <translation>Bekor qilindi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/matrix_pane.py" line="188" />
        <source>{cell}: %Ln segment(s) (double-click one to read it in the text)</source>
        <translation><numerusform>{cell}: %Ln parcha (matnda oʻqish uchun ustiga ikki marta bosing)</numerusform><numerusform>{cell}: %Ln parcha (matnda oʻqish uchun ustiga ikki marta bosing)</numerusform></translation>
    </message>
</context>
<context>
    <name>MemosPane</name>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="39" />
        <source>Memos and journal</source>
        <extracomment>(title, journal flag, target) of the list filter</extracomment>
        <translation>Qaydlar va kundalik</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="40" />
        <source>Reflexive journal</source>
        <translation>Refleksiv kundalik</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="41" />
        <source>Project memos</source>
        <translation>Loyiha qaydlari</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="42" />
        <source>Document memos</source>
        <translation>Hujjat qaydlari</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="43" />
        <source>Code memos</source>
        <translation>Kod qaydlari</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="60" />
        <source>Show the memos and journal entries of one coder</source>
        <extracomment>whose memos to show: everyone's, or one coder's (a team reads each other's thinking)</extracomment>
        <translation>Bitta kodlovchining qaydlari va kundalik yozuvlarini koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="62" />
        <source>Search memos…</source>
        <translation>Qaydlarni qidirish…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="68" />
        <source>New journal entry</source>
        <translation>Yangi kundalik yozuvi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="69" />
        <source>New project memo</source>
        <translation>Yangi loyiha qaydi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="70" />
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="72" />
        <source>Title</source>
        <translation>Sarlavha</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="74" />
        <source>Write here. Memos keep your analytic thinking; the journal your reflexivity.</source>
        <translation>Shu yerga yozing. Qaydlar tahliliy fikrlaringizni, kundalik esa refleksiyangizni saqlaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="77" />
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="139" />
        <source>All coders</source>
        <translation>Barcha kodlovchilar</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="209" />
        <source>Your memo was not saved (your text is on the clipboard)</source>
        <translation>Qaydingiz saqlanmadi (matningiz almashish buferida)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="248" />
        <source>Journal entry</source>
        <translation>Kundalik yozuvi</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="248" />
        <source>Memo</source>
        <translation>Qayd</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="249" />
        <source>{kind} · created {created} · edited {edited}</source>
        <translation>{kind} · yaratilgan: {created} · tahrirlangan: {edited}</translation>
    </message>
</context>
<context>
    <name>RetrievalTabs</name>
    <message>
        <location filename="../../ui/panes/retrieval_tabs.py" line="31" />
        <source>Segments</source>
        <translation>Parchalar</translation>
    </message>
    <message>
        <location filename="../../ui/panes/retrieval_tabs.py" line="32" />
        <source>Search</source>
        <translation>Qidiruv</translation>
    </message>
    <message>
        <location filename="../../ui/panes/retrieval_tabs.py" line="33" />
        <source>Memos &amp;&amp; journal</source>
        <translation>Qaydlar va kundalik</translation>
    </message>
    <message>
        <location filename="../../ui/panes/retrieval_tabs.py" line="34" />
        <source>Matrices</source>
        <translation>Matritsalar</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="38" />
        <source>Plain text</source>
        <translation>Oddiy matn</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="39" />
        <source>Whole word</source>
        <translation>Butun soʻz</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="40" />
        <source>Any word form (lemma)</source>
        <translation>Soʻzning istalgan shakli (lemma)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="41" />
        <source>Regular expression</source>
        <translation>Muntazam ifoda</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="58" />
        <source>Search all documents…</source>
        <translation>Barcha hujjatlardan qidirish…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="63" />
        <source>By meaning</source>
        <translation>Maʼno boʻyicha</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="113" />
        <source>Passages that say the same thing in other words (a local model; nothing leaves this computer)</source>
        <translation>Xuddi shu narsa boshqa soʻzlar bilan aytilgan parchalar (mahalliy model; hech narsa bu kompyuterdan chiqmaydi)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="67" />
        <source>Match case</source>
        <extracomment>the meaning search run in the worker (see qualcode/ui/assistant/backend.py)</extracomment>
        <translation>Registrni hisobga olish</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="68" />
        <source>Search</source>
        <translation>Qidirish</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="69" />
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="74" />
        <source>Code all hits with…</source>
        <translation>Barcha topilmalarni kodlash…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="131" />
        <source>Searching…</source>
        <translation>Qidirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="144" />
        <source>Type what the passages should say, e.g. felt nobody believed me.</source>
        <translation>Parchalar nima haqida ekanini yozing, masalan: hech kim menga ishonmagandek tuyuldi.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="148" />
        <source>Updating the meaning index, then searching…</source>
        <translation>Maʼno indeksi yangilanmoqda, soʻng qidiriladi…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="186" />
        <source> (first {limit}; narrow the search)</source>
        <translation> (dastlabki {limit} ta; qidiruvni toraytiring)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="188" />
        <source>%Ln hit(s)</source>
        <translation><numerusform>%Ln topilma</numerusform><numerusform>%Ln topilma</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="188" />
        <source>in %Ln document(s)</source>
        <translation><numerusform>%Ln hujjatda</numerusform><numerusform>%Ln hujjatda</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="189" />
        <source>No hits.</source>
        <translation>Topilmalar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="196" />
        <source>The search failed: {error}</source>
        <translation>Qidiruv amalga oshmadi: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="203" />
        <source>Search cancelled.</source>
        <translation>Qidiruv bekor qilindi.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="211" />
        <source>Add a code to the codebook first.</source>
        <translation>Avval kodlar kitobiga kod qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="213" />
        <source>Code all hits</source>
        <translation>Barcha topilmalarni kodlash</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="214" />
        <source>Code %Ln hit(s) with:</source>
        <translation><numerusform>%Ln topilmani qaysi kod bilan kodlash:</numerusform><numerusform>%Ln topilmani qaysi kod bilan kodlash:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="233" />
        <source>Coded %Ln hit(s) with {code}</source>
        <translation><numerusform>%Ln topilma «{code}» kodi bilan kodlandi</numerusform><numerusform>%Ln topilma «{code}» kodi bilan kodlandi</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="234" />
        <source>; %Ln already coded.</source>
        <translation><numerusform>; %Ln tasi allaqachon kodlangan edi.</numerusform><numerusform>; %Ln tasi allaqachon kodlangan edi.</numerusform></translation>
    </message>
</context>
<context>
    <name>SegmentsPane</name>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="35" />
        <source>Interviews</source>
        <translation>Intervyular</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="36" />
        <source>Focus groups</source>
        <translation>Fokus-guruhlar</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="37" />
        <source>Field notes</source>
        <translation>Dala qaydlari</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="38" />
        <source>Open survey answers</source>
        <translation>Soʻrovnoma ochiq javoblari</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="73" />
        <source>Include sub-codes</source>
        <translation>Quyi kodlar bilan</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="76" />
        <source>Only segments of cases with this attribute value</source>
        <translation>Faqat shu atribut qiymatiga ega holatlarning parchalari</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="77" />
        <location filename="../../ui/panes/segments_pane.py" line="195" />
        <source>Choose a code to see its coded segments.</source>
        <translation>Kodlangan parchalarini koʻrish uchun kodni tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="88" />
        <source>Select a segment to read it in context.</source>
        <translation>Kontekstda oʻqish uchun parchani tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="90" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="122" />
        <source>— choose a code —</source>
        <translation>— kodni tanlang —</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="125" />
        <source>All coders</source>
        <translation>Barcha kodlovchilar</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="128" />
        <source>All documents</source>
        <translation>Barcha hujjatlar</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="131" />
        <source>Any case</source>
        <translation>Istalgan holat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/segments_pane.py" line="202" />
        <source>{title} · %Ln segment(s)</source>
        <translation><numerusform>{title} · %Ln parcha</numerusform><numerusform>{title} · %Ln parcha</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/segments_pane.py" line="203" />
        <source>in %Ln document(s)</source>
        <translation><numerusform>%Ln hujjatda</numerusform><numerusform>%Ln hujjatda</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/segments_pane.py" line="204" />
        <source>and %Ln case(s)</source>
        <translation><numerusform>va %Ln holatda</numerusform><numerusform>va %Ln holatda</numerusform></translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="23" />
        <source>Code with…</source>
        <translation>Kodlash…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="34" />
        <source>In-vivo</source>
        <translation>In vivo kod</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="35" />
        <source>Make the selected words a new code and code them (Ctrl+I)</source>
        <translation>Belgilangan soʻzlardan yangi kod yasash va ularni kodlash (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="38" />
        <source>Memo</source>
        <translation>Qayd</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="39" />
        <source>Write a memo on this segment (Ctrl+M)</source>
        <translation>Shu parchaga qayd yozish (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../ui/viewer/viewer_view.py" line="298" />
        <source>memo: {text}</source>
        <extracomment>Drag payload: ``"&lt;document id&gt;:&lt;start&gt;:&lt;end&gt;"`` in code points.</extracomment>
        <translation>qayd: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/viewer_view.py" line="316" />
        <source>Select “{code}” segment</source>
        <translation>«{code}» parchasini belgilash</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/viewer_view.py" line="317" />
        <source>Memo on “{code}” segment…</source>
        <translation>«{code}» parchasiga qayd…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/viewer_view.py" line="319" />
        <source>Remove coding “{code}”</source>
        <translation>«{code}» kodini olib tashlash</translation>
    </message>
</context>
<context>
    <name>ThematicMapPanel</name>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="56" />
        <source>Auto-layout</source>
        <translation>Avto-joylashtirish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="57" />
        <source>Place every theme on a circle with its codes around it (undoable)</source>
        <translation>Mavzularni aylana boʻylab, kodlarini esa ularning atrofiga joylashtirish (bekor qilsa boʻladi)</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="59" />
        <source>Draw link</source>
        <translation>Bogʻlanish chizish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="61" />
        <source>Drag from one box to another to draw an arrow (or hold Shift while dragging)</source>
        <translation>Strelka chizish uchun bir blokdan boshqasiga torting (yoki Shift tugmasini bosib turib torting)</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="63" />
        <source>Fit</source>
        <translation>Sigʻdirish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="65" />
        <source>Export…</source>
        <translation>Eksport qilish…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="67" />
        <source>Drop codes or theme cards here · double-click an arrow to label it · Del removes</source>
        <translation>Kodlar va mavzu kartochkalarini shu yerga tashlang · strelkani nomlash: ikki marta bosing · Del — oʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="87" />
        <source>Could not lay out the map</source>
        <translation>Xaritani joylashtirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="93" />
        <source>Export thematic map</source>
        <translation>Mavzular xaritasini eksport qilish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="94" />
        <source>PNG picture</source>
        <translation>PNG rasm</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="94" />
        <source>SVG drawing</source>
        <translation>SVG chizma</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="102" />
        <source>Could not export the map to {path}</source>
        <translation>Xaritani eksport qilib boʻlmadi: {path}</translation>
    </message>
</context>
<context>
    <name>ThematicMapView</name>
    <message>
        <location filename="../../ui/themes/map_items.py" line="58" />
        <source>Theme: {name}</source>
        <translation>Mavzu: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/themes/map_items.py" line="59" />
        <source>Code: {name}</source>
        <translation>Kod: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/themes/map_items.py" line="135" />
        <source>Double-click to label this link</source>
        <translation>Bogʻlanishni nomlash uchun ikki marta bosing</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="56" />
        <source>Label the link</source>
        <translation>Bogʻlanish nomi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="57" />
        <source>Label (e.g. 'leads to', 'contrasts with'):</source>
        <translation>Nomi (masalan, «olib keladi», «zid keladi»):</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="168" />
        <source>Could not move the node</source>
        <translation>Tugunni koʻchirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="180" />
        <source>Could not place it on the map</source>
        <translation>Xaritaga joylashtirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="191" />
        <source>Could not draw the link</source>
        <translation>Bogʻlanishni chizib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="200" />
        <source>Could not label the link</source>
        <translation>Bogʻlanishni nomlab boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="215" />
        <source>Could not delete the link</source>
        <translation>Bogʻlanishni oʻchirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="217" />
        <source>Could not remove the node</source>
        <translation>Tugunni olib tashlab boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="349" />
        <source>Thematic map</source>
        <translation>Mavzular xaritasi</translation>
    </message>
</context>
<context>
    <name>ThemeCard</name>
    <message>
        <location filename="../../ui/themes/theme_card.py" line="142" />
        <source>Drop codes here</source>
        <translation>Kodlarni shu yerga tashlang</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_card.py" line="158" />
        <source>{covered}/%n case(s)</source>
        <translation><numerusform>{covered}/%n holat</numerusform><numerusform>{covered}/%n holat</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_card.py" line="159" />
        <source>%n segment(s)</source>
        <translation><numerusform>%n parcha</numerusform><numerusform>%n parcha</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_card.py" line="168" />
        <source>thin</source>
        <translation>kam maʼlumot</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_card.py" line="170" />
        <source>overlaps {theme} ({percent} %)</source>
        <translation>«{theme}» bilan kesishadi ({percent} %)</translation>
    </message>
</context>
<context>
    <name>ThemeColumn</name>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="20" />
        <source>Candidate</source>
        <extracomment>the board's column headers (plural in Russian: "Предварительные" themes)</extracomment>
        <translation>Taxminiy</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="21" />
        <source>Reviewed</source>
        <translation>Koʻrib chiqilgan</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="22" />
        <source>Defined</source>
        <translation>Aniqlangan</translation>
    </message>
</context>
<context>
    <name>ThemeDefinitionDialog</name>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="28" />
        <source>Define and name — {theme}</source>
        <translation>Taʼriflash va nomlash — {theme}</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="33" />
        <source>In a sentence or two: what this theme is about, and what it is not.</source>
        <translation>Bir-ikki gapda: bu mavzu nima haqida va nima haqida emas.</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="36" />
        <source>The story this theme tells about the data, and how it relates to the other themes and your research question.</source>
        <translation>Bu mavzu maʼlumotlar haqida nimani hikoya qiladi, boshqa mavzular va tadqiqot savolingiz bilan qanday bogʻlanadi.</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="42" />
        <source>A good name is concise and telling; it can use a participant's own words.</source>
        <translation>Yaxshi nom qisqa va ifodali boʻladi; unda ishtirokchining oʻz soʻzlarini ishlatish mumkin.</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="49" />
        <source>&amp;Name:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="51" />
        <source>&amp;Definition:</source>
        <translation>&amp;Taʼrif:</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="52" />
        <source>N&amp;arrative:</source>
        <translation>&amp;Hikoya:</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="53" />
        <source>&amp;Status:</source>
        <translation>&amp;Maqomi:</translation>
    </message>
</context>
<context>
    <name>ThemeReviewModel</name>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="19" />
        <source>Case / extract</source>
        <translation>Holat / iqtibos</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="19" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="20" />
        <source>Document</source>
        <translation>Hujjat</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="20" />
        <source>Speaker</source>
        <translation>Soʻzlovchi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="82" />
        <source>(no case)</source>
        <translation>(holatsiz)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_review_model.py" line="83" />
        <source>%n segment(s)</source>
        <translation><numerusform>%n parcha</numerusform><numerusform>%n parcha</numerusform></translation>
    </message>
</context>
<context>
    <name>ThemeReviewView</name>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="46" />
        <source>Mark as reviewed</source>
        <translation>Koʻrib chiqilgan deb belgilash</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="48" />
        <source>Define and name…</source>
        <translation>Taʼriflash va nomlash…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="59" />
        <source>Theme:</source>
        <translation>Mavzu:</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="126" />
        <source>No themes yet. Create one on the board and drag codes onto it.</source>
        <translation>Hozircha mavzular yoʻq. Taxtada mavzu yarating va unga kodlarni torting.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_review_view.py" line="139" />
        <source>%n segment(s)</source>
        <translation><numerusform>%n parcha</numerusform><numerusform>%n parcha</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_review_view.py" line="140" />
        <source>in %n document(s)</source>
        <translation><numerusform>%n hujjatda</numerusform><numerusform>%n hujjatda</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_review_view.py" line="141" />
        <source>{covered}/%n case(s)</source>
        <translation><numerusform>{covered}/%n holat</numerusform><numerusform>{covered}/%n holat</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="146" />
        <source>thin</source>
        <translation>kam maʼlumot</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="147" />
        <source>found in fewer than 20 % of cases: merge it into another theme, or check whether it matters anyway.</source>
        <translation>holatlarning 20 % idan kamida uchraydi: uni boshqa mavzu bilan birlashtiring yoki baribir muhimligini tekshiring.</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="153" />
        <source>overlaps {theme}</source>
        <translation>«{theme}» bilan kesishadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="154" />
        <source>{percent} % of its segments co-occur with {theme}: are they one theme?</source>
        <translation>Parchalarining {percent} % i «{theme}» bilan birga uchraydi: ular bitta mavzu emasmi?</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="159" />
        <source>Definition:</source>
        <translation>Taʼrif:</translation>
    </message>
</context>
<context>
    <name>ThemeStatus</name>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="12" />
        <source>Candidate</source>
        <translation>Taxminiy</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="13" />
        <source>Reviewed</source>
        <translation>Koʻrib chiqilgan</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="14" />
        <source>Defined</source>
        <translation>Aniqlangan</translation>
    </message>
</context>
<context>
    <name>ThemesBoard</name>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="53" />
        <source>Theme name:</source>
        <translation>Mavzu nomi:</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="148" />
        <source>New theme…</source>
        <translation>Yangi mavzu…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="151" />
        <source>Drag codes from the codebook onto a theme; drag a theme to another column or onto a theme to make it a sub-theme. Double-click to define and name it.</source>
        <translation>Kodlarni kodlar kitobidan mavzuga torting; mavzuni boshqa ustunga yoki quyi mavzu qilish uchun boshqa mavzu ustiga torting. Taʼriflash va nomlash uchun ikki marta bosing.</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="226" />
        <source>New sub-theme</source>
        <translation>Yangi quyi mavzu</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="226" />
        <source>New theme</source>
        <translation>Yangi mavzu</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="230" />
        <source>Could not create the theme</source>
        <translation>Mavzuni yaratib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="239" />
        <source>Could not add the codes to the theme</source>
        <translation>Kodlarni mavzuga qoʻshib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="246" />
        <source>Could not take the code off the theme</source>
        <translation>Kodni mavzudan olib tashlab boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="255" />
        <location filename="../../ui/themes/themes_board.py" line="264" />
        <source>Could not move the theme</source>
        <translation>Mavzuni koʻchirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="269" />
        <source>Rename theme</source>
        <translation>Mavzuni qayta nomlash</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="273" />
        <source>Could not rename the theme</source>
        <translation>Mavzuni qayta nomlab boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="277" />
        <source>Could not delete the theme</source>
        <translation>Mavzuni oʻchirib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="289" />
        <source>New theme from codes</source>
        <translation>Kodlardan yangi mavzu</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="301" />
        <source>Define and name…</source>
        <translation>Taʼriflash va nomlash…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="302" />
        <source>Review segments…</source>
        <translation>Parchalarni koʻrib chiqish…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="303" />
        <source>Rename…</source>
        <translation>Qayta nomlash…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="304" />
        <source>New sub-theme…</source>
        <translation>Yangi quyi mavzu…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="305" />
        <source>Move to</source>
        <translation>Koʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="309" />
        <source>Sub-theme of</source>
        <translation>Quyi mavzu qilish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="310" />
        <source>(top level)</source>
        <translation>(yuqori daraja)</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="316" />
        <source>Take code off</source>
        <translation>Kodni olib tashlash</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="321" />
        <source>Delete theme</source>
        <translation>Mavzuni oʻchirish</translation>
    </message>
</context>
<context>
    <name>ThemesTab</name>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="115" />
        <source>Board</source>
        <translation>Taxta</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="116" />
        <source>Thematic map</source>
        <translation>Mavzular xaritasi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="117" />
        <source>Review</source>
        <translation>Koʻrib chiqish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="141" />
        <source>Could not save the theme</source>
        <translation>Mavzuni saqlab boʻlmadi</translation>
    </message>
</context>
<context>
    <name>ThemesUi</name>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="38" />
        <source>Word documents</source>
        <translation>Word hujjatlari</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="42" />
        <source>Codebooks</source>
        <translation>Kodlar kitoblari</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="43" />
        <source>Word table</source>
        <translation>Word jadvali</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="71" />
        <source>Document</source>
        <translation>Hujjat</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="72" />
        <source>Themes</source>
        <translation>Mavzular</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="78" />
        <source>Phases</source>
        <translation>Bosqichlar</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="80" />
        <source>Code definition</source>
        <translation>Kod taʼrifi</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="103" />
        <source>&amp;New theme…</source>
        <translation>&amp;Yangi mavzu…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="104" />
        <source>Show theme &amp;board</source>
        <translation>Mavzular &amp;taxtasini koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="106" />
        <source>Show thematic &amp;map</source>
        <translation>Mavzular &amp;xaritasini koʻrsatish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="108" />
        <source>&amp;Review theme…</source>
        <translation>Mavzuni &amp;koʻrib chiqish…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="109" />
        <source>Export thematic map (PNG/SVG)…</source>
        <translation>Mavzular xaritasini eksport qilish (PNG/SVG)…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="111" />
        <source>Export &amp;codebook to Word…</source>
        <translation>Kodlar kitobini &amp;Wordga eksport qilish…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="113" />
        <source>Export thematic &amp;report to Word…</source>
        <translation>Mavzuli &amp;hisobotni Wordga eksport qilish…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="115" />
        <source>&amp;Import codebook (CSV, XLSX, Word)…</source>
        <translation>Kodlar kitobini &amp;import qilish (CSV, XLSX, Word)…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="117" />
        <source>Import the &amp;seed-study codebook</source>
        <translation>&amp;Asosiy tadqiqot kodlar kitobini import qilish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="179" />
        <source>Export codebook to Word</source>
        <translation>Kodlar kitobini Wordga eksport qilish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="186" />
        <source>Could not write the codebook to {path}</source>
        <translation>Kodlar kitobini yozib boʻlmadi: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="189" />
        <source>Export thematic report to Word</source>
        <translation>Mavzuli hisobotni Wordga eksport qilish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="201" />
        <source>Could not write the report to {path}</source>
        <translation>Hisobotni yozib boʻlmadi: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="215" />
        <source>Wrote {path}</source>
        <translation>Yozildi: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="224" />
        <source>Import codebook</source>
        <translation>Kodlar kitobini import qilish</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="232" />
        <source>Could not import the codebook {name}</source>
        <translation>Kodlar kitobini import qilib boʻlmadi: {name}</translation>
    </message>
</context>
</TS>