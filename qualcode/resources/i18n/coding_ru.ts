<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CodebookPane</name>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="36" />
        <source>Code colour</source>
        <translation>Цвет кода</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="41" />
        <location filename="../../ui/panes/codebook_pane.py" line="287" />
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="42" />
        <source>Merge into code:</source>
        <translation>Объединить с кодом:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="47" />
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="79" />
        <source>Filter codes</source>
        <translation>Фильтр кодов</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="205" />
        <source>New sub-code</source>
        <translation>Новый подкод</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="205" />
        <source>New code</source>
        <translation>Новый код</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="209" />
        <source>Could not add the code</source>
        <translation>Не удалось добавить код</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="214" />
        <source>Could not rename the code</source>
        <translation>Не удалось переименовать код</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="222" />
        <source>Could not recolour the code</source>
        <translation>Не удалось изменить цвет кода</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="229" />
        <source>Could not move the code</source>
        <translation>Не удалось переместить код</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="241" />
        <source>Could not merge the codes</source>
        <translation>Не удалось объединить коды</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="246" />
        <source>Could not delete the code</source>
        <translation>Не удалось удалить код</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="257" />
        <location filename="../../ui/panes/codebook_pane.py" line="260" />
        <source>Could not assign the key</source>
        <translation>Не удалось назначить клавишу</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="268" />
        <source>Could not code the dropped text</source>
        <translation>Не удалось закодировать перетащенный текст</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="279" />
        <source>New code…</source>
        <translation>Новый код…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="282" />
        <source>Code the selection with this code</source>
        <translation>Закодировать выделенное этим кодом</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="284" />
        <source>New sub-code…</source>
        <translation>Новый подкод…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="285" />
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="286" />
        <source>Recolour…</source>
        <translation>Изменить цвет…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="288" />
        <source>Quick key</source>
        <translation>Быстрая клавиша</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="291" />
        <source>None</source>
        <comment>no quick key</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="293" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="36" />
        <source>Memo on segment</source>
        <translation>Заметка к фрагменту</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="37" />
        <source>Memo:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="99" />
        <source>Could not code the selection</source>
        <extracomment>emitted after a coding made here is shown (benchmarks time up to this point) replaced in tests; returns the new memo text or None when cancelled coders whose codings the viewer shows (None: all); blind mode shows only one's own</extracomment>
        <translation>Не удалось закодировать выделенное</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="119" />
        <source>Could not create the code</source>
        <translation>Не удалось создать код</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="132" />
        <source>Could not make an in-vivo code</source>
        <translation>Не удалось создать код in vivo</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="145" />
        <source>Could not remove the coding</source>
        <translation>Не удалось снять код</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="157" />
        <source>Could not change the boundaries</source>
        <translation>Не удалось изменить границы</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="170" />
        <source>Could not save the memo</source>
        <translation>Не удалось сохранить заметку</translation>
    </message>
</context>
<context>
    <name>DocumentListPane</name>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="36" />
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="37" />
        <source>Focus groups</source>
        <translation>Фокус-группы</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="38" />
        <source>Field notes</source>
        <translation>Полевые заметки</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="39" />
        <source>Open survey answers</source>
        <translation>Открытые ответы опроса</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="41" />
        <source>Coded or not</source>
        <translation>С кодами и без</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="42" />
        <source>Coded</source>
        <translation>Закодированные</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="43" />
        <source>Not coded yet</source>
        <translation>Без кодов</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="47" />
        <source>Russian</source>
        <extracomment>the document languages offered in the menu (code -&gt; name); another code a document has is shown as is</extracomment>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="48" />
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="49" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="72" />
        <source>Filter documents…</source>
        <translation>Фильтр документов…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="142" />
        <source>With 'Not coded yet': documents this coder has not coded</source>
        <translation>С фильтром «Без кодов»: документы, которые этот кодировщик не кодировал</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="200" />
        <source>Document &amp;language</source>
        <translation>&amp;Язык документа</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="221" />
        <source>Could not change the document's language</source>
        <translation>Не удалось изменить язык документа</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="87" />
        <source>No documents yet.
Import transcripts (Ctrl+Shift+I) or open the demo.</source>
        <translation>Документов пока нет.
Импортируйте транскрипты (Ctrl+Shift+I) или откройте демо-проект.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="122" />
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="125" />
        <source>All cases</source>
        <translation>Все случаи</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="128" />
        <source>Any coder</source>
        <translation>Любой кодировщик</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/document_list_pane.py" line="172" />
        <source>%Ln coded segment(s)</source>
        <translation><numerusform>%Ln закодированный фрагмент</numerusform><numerusform>%Ln закодированных фрагмента</numerusform><numerusform>%Ln закодированных фрагментов</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="173" />
        <source>Language: {language}</source>
        <translation>Язык: {language}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/document_list_pane.py" line="181" />
        <source>{shown} of %n document(s)</source>
        <translation><numerusform>{shown} из %n документа</numerusform><numerusform>{shown} из %n документов</numerusform><numerusform>{shown} из %n документов</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentViewerPane</name>
    <message>
        <location filename="../../ui/panes/document_viewer_pane.py" line="20" />
        <source>Choose a document on the left to read and code it.</source>
        <translation>Выберите документ слева, чтобы читать и кодировать его.</translation>
    </message>
</context>
<context>
    <name>MatrixPane</name>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="33" />
        <source>Code × code (overlapping segments)</source>
        <translation>Код × код (пересекающиеся фрагменты)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="34" />
        <source>Code × code (same speaker turn)</source>
        <translation>Код × код (одна реплика)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="35" />
        <source>Code × case (segments)</source>
        <translation>Код × случай (фрагменты)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="38" />
        <source>Each cell counts pairs of overlapping segments; the grey diagonal is each code's segments.</source>
        <translation>Каждая ячейка — число пар пересекающихся фрагментов; серая диагональ — фрагменты каждого кода.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="40" />
        <source>Each cell counts speaker turns holding both codes; the grey diagonal is turns with the code.</source>
        <translation>Каждая ячейка — число реплик с обоими кодами; серая диагональ — реплики с этим кодом.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="42" />
        <source>Each cell counts a code's segments attributed to a case (focus-group speakers map to cases).</source>
        <translation>Каждая ячейка — число фрагментов кода, отнесённых к случаю (участники фокус-групп сопоставлены со случаями).</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="69" />
        <source>Compute</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="70" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="75" />
        <source>Choose a matrix and press Compute.</source>
        <translation>Выберите матрицу и нажмите «Рассчитать».</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="82" />
        <source>Click a cell to see the segments behind it.</source>
        <translation>Щёлкните ячейку, чтобы увидеть её фрагменты.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="119" />
        <source>The codings changed: press Compute to update the matrix.</source>
        <translation>Кодирование изменилось: нажмите «Рассчитать», чтобы обновить матрицу.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="131" />
        <source>Computing…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="154" />
        <source>Could not compute the matrix: {error}</source>
        <translation>Не удалось рассчитать матрицу: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="157" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/matrix_pane.py" line="188" />
        <source>{cell}: %Ln segment(s) (double-click one to read it in the text)</source>
        <translation><numerusform>{cell}: %Ln фрагмент (дважды щёлкните, чтобы прочитать его в тексте)</numerusform><numerusform>{cell}: %Ln фрагмента (дважды щёлкните фрагмент, чтобы прочитать его в тексте)</numerusform><numerusform>{cell}: %Ln фрагментов (дважды щёлкните фрагмент, чтобы прочитать его в тексте)</numerusform></translation>
    </message>
</context>
<context>
    <name>MemosPane</name>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="39" />
        <source>Memos and journal</source>
        <extracomment>(title, journal flag, target) of the list filter</extracomment>
        <translation>Заметки и дневник</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="40" />
        <source>Reflexive journal</source>
        <translation>Рефлексивный дневник</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="41" />
        <source>Project memos</source>
        <translation>Заметки к проекту</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="42" />
        <source>Document memos</source>
        <translation>Заметки к документам</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="43" />
        <source>Code memos</source>
        <translation>Заметки к кодам</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="60" />
        <source>Show the memos and journal entries of one coder</source>
        <extracomment>whose memos to show: everyone's, or one coder's (a team reads each other's thinking)</extracomment>
        <translation>Показать заметки и записи дневника одного кодировщика</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="62" />
        <source>Search memos…</source>
        <translation>Поиск заметок…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="68" />
        <source>New journal entry</source>
        <translation>Новая запись в дневнике</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="69" />
        <source>New project memo</source>
        <translation>Новая заметка к проекту</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="70" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="72" />
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="74" />
        <source>Write here. Memos keep your analytic thinking; the journal your reflexivity.</source>
        <translation>Пишите здесь. Заметки хранят ваше аналитическое мышление, дневник — вашу рефлексию.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="77" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="139" />
        <source>All coders</source>
        <translation>Все кодировщики</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="209" />
        <source>Your memo was not saved (your text is on the clipboard)</source>
        <translation>Заметка не сохранена (ваш текст в буфере обмена)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="248" />
        <source>Journal entry</source>
        <translation>Запись в дневнике</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="248" />
        <source>Memo</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="249" />
        <source>{kind} · created {created} · edited {edited}</source>
        <translation>{kind} · создано {created} · изменено {edited}</translation>
    </message>
</context>
<context>
    <name>RetrievalTabs</name>
    <message>
        <location filename="../../ui/panes/retrieval_tabs.py" line="31" />
        <source>Segments</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <location filename="../../ui/panes/retrieval_tabs.py" line="32" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/panes/retrieval_tabs.py" line="33" />
        <source>Memos &amp;&amp; journal</source>
        <translation>Заметки и дневник</translation>
    </message>
    <message>
        <location filename="../../ui/panes/retrieval_tabs.py" line="34" />
        <source>Matrices</source>
        <translation>Матрицы</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="38" />
        <source>Plain text</source>
        <translation>Простой текст</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="39" />
        <source>Whole word</source>
        <translation>Целое слово</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="40" />
        <source>Any word form (lemma)</source>
        <translation>Любая форма слова (лемма)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="41" />
        <source>Regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="58" />
        <source>Search all documents…</source>
        <translation>Поиск по всем документам…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="63" />
        <source>By meaning</source>
        <translation>По смыслу</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="113" />
        <source>Passages that say the same thing in other words (a local model; nothing leaves this computer)</source>
        <translation>Фрагменты, где то же самое сказано другими словами (локальная модель; ничего не покидает этот компьютер)</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="67" />
        <source>Match case</source>
        <extracomment>the meaning search run in the worker (see qualcode/ui/assistant/backend.py)</extracomment>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="68" />
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="69" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="74" />
        <source>Code all hits with…</source>
        <translation>Закодировать все совпадения…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="131" />
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="144" />
        <source>Type what the passages should say, e.g. felt nobody believed me.</source>
        <translation>Введите, о чём должны говорить фрагменты, например: чувствовала, что мне никто не верит.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="148" />
        <source>Updating the meaning index, then searching…</source>
        <translation>Обновление смыслового индекса, затем поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="186" />
        <source> (first {limit}; narrow the search)</source>
        <translation> (первые {limit}; уточните запрос)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="188" />
        <source>%Ln hit(s)</source>
        <translation><numerusform>%Ln совпадение</numerusform><numerusform>%Ln совпадения</numerusform><numerusform>%Ln совпадений</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="188" />
        <source>in %Ln document(s)</source>
        <translation><numerusform>в %Ln документе</numerusform><numerusform>в %Ln документах</numerusform><numerusform>в %Ln документах</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="189" />
        <source>No hits.</source>
        <translation>Совпадений нет.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="196" />
        <source>The search failed: {error}</source>
        <translation>Поиск не удался: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="203" />
        <source>Search cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="211" />
        <source>Add a code to the codebook first.</source>
        <translation>Сначала добавьте код в кодовую книгу.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="213" />
        <source>Code all hits</source>
        <translation>Закодировать все совпадения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="214" />
        <source>Code %Ln hit(s) with:</source>
        <translation><numerusform>Закодировать %Ln совпадение кодом:</numerusform><numerusform>Закодировать %Ln совпадения кодом:</numerusform><numerusform>Закодировать %Ln совпадений кодом:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="233" />
        <source>Coded %Ln hit(s) with {code}</source>
        <translation><numerusform>Закодировано %Ln совпадение кодом «{code}»</numerusform><numerusform>Закодировано %Ln совпадения кодом «{code}»</numerusform><numerusform>Закодировано %Ln совпадений кодом «{code}»</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="234" />
        <source>; %Ln already coded.</source>
        <translation><numerusform>; %Ln уже было закодировано.</numerusform><numerusform>; %Ln уже были закодированы.</numerusform><numerusform>; %Ln уже были закодированы.</numerusform></translation>
    </message>
</context>
<context>
    <name>SegmentsPane</name>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="35" />
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="36" />
        <source>Focus groups</source>
        <translation>Фокус-группы</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="37" />
        <source>Field notes</source>
        <translation>Полевые заметки</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="38" />
        <source>Open survey answers</source>
        <translation>Открытые ответы опроса</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="73" />
        <source>Include sub-codes</source>
        <translation>Включая подкоды</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="76" />
        <source>Only segments of cases with this attribute value</source>
        <translation>Только фрагменты случаев с этим значением атрибута</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="77" />
        <location filename="../../ui/panes/segments_pane.py" line="195" />
        <source>Choose a code to see its coded segments.</source>
        <translation>Выберите код, чтобы увидеть его фрагменты.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="88" />
        <source>Select a segment to read it in context.</source>
        <translation>Выберите фрагмент, чтобы прочитать его в контексте.</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="90" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="122" />
        <source>— choose a code —</source>
        <translation>— выберите код —</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="125" />
        <source>All coders</source>
        <translation>Все кодировщики</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="128" />
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="131" />
        <source>Any case</source>
        <translation>Любой случай</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/segments_pane.py" line="202" />
        <source>{title} · %Ln segment(s)</source>
        <translation><numerusform>{title} · %Ln фрагмент</numerusform><numerusform>{title} · %Ln фрагмента</numerusform><numerusform>{title} · %Ln фрагментов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/segments_pane.py" line="203" />
        <source>in %Ln document(s)</source>
        <translation><numerusform>в %Ln документе</numerusform><numerusform>в %Ln документах</numerusform><numerusform>в %Ln документах</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/segments_pane.py" line="204" />
        <source>and %Ln case(s)</source>
        <translation><numerusform>и %Ln случае</numerusform><numerusform>и %Ln случаях</numerusform><numerusform>и %Ln случаях</numerusform></translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="23" />
        <source>Code with…</source>
        <translation>Закодировать…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="34" />
        <source>In-vivo</source>
        <translation>Код in vivo</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="35" />
        <source>Make the selected words a new code and code them (Ctrl+I)</source>
        <translation>Сделать выделенные слова новым кодом и закодировать их (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="38" />
        <source>Memo</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="39" />
        <source>Write a memo on this segment (Ctrl+M)</source>
        <translation>Написать заметку к этому фрагменту (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../ui/viewer/viewer_view.py" line="298" />
        <source>memo: {text}</source>
        <extracomment>Drag payload: ``"&lt;document id&gt;:&lt;start&gt;:&lt;end&gt;"`` in code points.</extracomment>
        <translation>заметка: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/viewer_view.py" line="316" />
        <source>Select “{code}” segment</source>
        <translation>Выделить фрагмент «{code}»</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/viewer_view.py" line="317" />
        <source>Memo on “{code}” segment…</source>
        <translation>Заметка к фрагменту «{code}»…</translation>
    </message>
    <message>
        <location filename="../../ui/viewer/viewer_view.py" line="319" />
        <source>Remove coding “{code}”</source>
        <translation>Снять код «{code}»</translation>
    </message>
</context>
<context>
    <name>ThematicMapPanel</name>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="56" />
        <source>Auto-layout</source>
        <translation>Авторазмещение</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="57" />
        <source>Place every theme on a circle with its codes around it (undoable)</source>
        <translation>Разместить темы по кругу, а их коды — вокруг них (можно отменить)</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="59" />
        <source>Draw link</source>
        <translation>Нарисовать связь</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="61" />
        <source>Drag from one box to another to draw an arrow (or hold Shift while dragging)</source>
        <translation>Перетащите от одного блока к другому, чтобы нарисовать стрелку (или перетаскивайте с нажатой Shift)</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="63" />
        <source>Fit</source>
        <translation>Вместить</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="65" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="67" />
        <source>Drop codes or theme cards here · double-click an arrow to label it · Del removes</source>
        <translation>Перетащите сюда коды или карточки тем · двойной щелчок по стрелке — подпись · Del — удалить</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="87" />
        <source>Could not lay out the map</source>
        <translation>Не удалось разместить карту</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="93" />
        <source>Export thematic map</source>
        <translation>Экспорт тематической карты</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="94" />
        <source>PNG picture</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="94" />
        <source>SVG drawing</source>
        <translation>Рисунок SVG</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="102" />
        <source>Could not export the map to {path}</source>
        <translation>Не удалось экспортировать карту в {path}</translation>
    </message>
</context>
<context>
    <name>ThematicMapView</name>
    <message>
        <location filename="../../ui/themes/map_items.py" line="58" />
        <source>Theme: {name}</source>
        <translation>Тема: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/themes/map_items.py" line="59" />
        <source>Code: {name}</source>
        <translation>Код: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/themes/map_items.py" line="135" />
        <source>Double-click to label this link</source>
        <translation>Дважды щёлкните, чтобы подписать связь</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="56" />
        <source>Label the link</source>
        <translation>Подпись связи</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="57" />
        <source>Label (e.g. 'leads to', 'contrasts with'):</source>
        <translation>Подпись (например, «ведёт к», «противоречит»):</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="168" />
        <source>Could not move the node</source>
        <translation>Не удалось переместить узел</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="180" />
        <source>Could not place it on the map</source>
        <translation>Не удалось поместить на карту</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="191" />
        <source>Could not draw the link</source>
        <translation>Не удалось нарисовать связь</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="200" />
        <source>Could not label the link</source>
        <translation>Не удалось подписать связь</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="215" />
        <source>Could not delete the link</source>
        <translation>Не удалось удалить связь</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="217" />
        <source>Could not remove the node</source>
        <translation>Не удалось убрать узел</translation>
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="349" />
        <source>Thematic map</source>
        <translation>Тематическая карта</translation>
    </message>
</context>
<context>
    <name>ThemeCard</name>
    <message>
        <location filename="../../ui/themes/theme_card.py" line="142" />
        <source>Drop codes here</source>
        <translation>Перетащите сюда коды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_card.py" line="158" />
        <source>{covered}/%n case(s)</source>
        <translation><numerusform>{covered}/%n случая</numerusform><numerusform>{covered}/%n случаев</numerusform><numerusform>{covered}/%n случаев</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_card.py" line="159" />
        <source>%n segment(s)</source>
        <translation><numerusform>%n фрагмент</numerusform><numerusform>%n фрагмента</numerusform><numerusform>%n фрагментов</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_card.py" line="168" />
        <source>thin</source>
        <translation>мало данных</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_card.py" line="170" />
        <source>overlaps {theme} ({percent} %)</source>
        <translation>пересекается с «{theme}» ({percent} %)</translation>
    </message>
</context>
<context>
    <name>ThemeColumn</name>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="20" />
        <source>Candidate</source>
        <extracomment>the board's column headers (plural in Russian: "Предварительные" themes)</extracomment>
        <translation>Предварительные</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="21" />
        <source>Reviewed</source>
        <translation>Проверенные</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="22" />
        <source>Defined</source>
        <translation>Определённые</translation>
    </message>
</context>
<context>
    <name>ThemeDefinitionDialog</name>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="28" />
        <source>Define and name — {theme}</source>
        <translation>Определение и название — {theme}</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="33" />
        <source>In a sentence or two: what this theme is about, and what it is not.</source>
        <translation>В одном-двух предложениях: о чём эта тема и о чём она не говорит.</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="36" />
        <source>The story this theme tells about the data, and how it relates to the other themes and your research question.</source>
        <translation>Что эта тема рассказывает о данных и как она связана с другими темами и вашим исследовательским вопросом.</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="42" />
        <source>A good name is concise and telling; it can use a participant's own words.</source>
        <translation>Хорошее название краткое и выразительное; в нём можно использовать слова самого участника.</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="49" />
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="51" />
        <source>&amp;Definition:</source>
        <translation>&amp;Определение:</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="52" />
        <source>N&amp;arrative:</source>
        <translation>Н&amp;арратив:</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="53" />
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
</context>
<context>
    <name>ThemeReviewModel</name>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="19" />
        <source>Case / extract</source>
        <translation>Случай / цитата</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="19" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="20" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="20" />
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="82" />
        <source>(no case)</source>
        <translation>(без случая)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_review_model.py" line="83" />
        <source>%n segment(s)</source>
        <translation><numerusform>%n фрагмент</numerusform><numerusform>%n фрагмента</numerusform><numerusform>%n фрагментов</numerusform></translation>
    </message>
</context>
<context>
    <name>ThemeReviewView</name>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="46" />
        <source>Mark as reviewed</source>
        <translation>Отметить как проверенную</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="48" />
        <source>Define and name…</source>
        <translation>Определить и назвать…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="59" />
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="126" />
        <source>No themes yet. Create one on the board and drag codes onto it.</source>
        <translation>Тем пока нет. Создайте тему на доске и перетащите на неё коды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_review_view.py" line="139" />
        <source>%n segment(s)</source>
        <translation><numerusform>%n фрагмент</numerusform><numerusform>%n фрагмента</numerusform><numerusform>%n фрагментов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_review_view.py" line="140" />
        <source>in %n document(s)</source>
        <translation><numerusform>в %n документе</numerusform><numerusform>в %n документах</numerusform><numerusform>в %n документах</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_review_view.py" line="141" />
        <source>{covered}/%n case(s)</source>
        <translation><numerusform>{covered}/%n случая</numerusform><numerusform>{covered}/%n случаев</numerusform><numerusform>{covered}/%n случаев</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="146" />
        <source>thin</source>
        <translation>мало данных</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="147" />
        <source>found in fewer than 20 % of cases: merge it into another theme, or check whether it matters anyway.</source>
        <translation>встречается менее чем в 20 % случаев: объедините её с другой темой или проверьте, важна ли она всё же.</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="153" />
        <source>overlaps {theme}</source>
        <translation>пересекается с «{theme}»</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="154" />
        <source>{percent} % of its segments co-occur with {theme}: are they one theme?</source>
        <translation>{percent} % её фрагментов встречаются вместе с «{theme}»: может быть, это одна тема?</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="159" />
        <source>Definition:</source>
        <translation>Определение:</translation>
    </message>
</context>
<context>
    <name>ThemeStatus</name>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="12" />
        <source>Candidate</source>
        <translation>Предварительная</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="13" />
        <source>Reviewed</source>
        <translation>Проверенная</translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="14" />
        <source>Defined</source>
        <translation>Определённая</translation>
    </message>
</context>
<context>
    <name>ThemesBoard</name>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="53" />
        <source>Theme name:</source>
        <translation>Название темы:</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="148" />
        <source>New theme…</source>
        <translation>Новая тема…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="151" />
        <source>Drag codes from the codebook onto a theme; drag a theme to another column or onto a theme to make it a sub-theme. Double-click to define and name it.</source>
        <translation>Перетаскивайте коды из кодовой книги на тему; тему — в другой столбец или на другую тему, чтобы сделать её подтемой. Двойной щелчок — определить и назвать тему.</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="226" />
        <source>New sub-theme</source>
        <translation>Новая подтема</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="226" />
        <source>New theme</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="230" />
        <source>Could not create the theme</source>
        <translation>Не удалось создать тему</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="239" />
        <source>Could not add the codes to the theme</source>
        <translation>Не удалось добавить коды в тему</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="246" />
        <source>Could not take the code off the theme</source>
        <translation>Не удалось убрать код из темы</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="255" />
        <location filename="../../ui/themes/themes_board.py" line="264" />
        <source>Could not move the theme</source>
        <translation>Не удалось переместить тему</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="269" />
        <source>Rename theme</source>
        <translation>Переименовать тему</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="273" />
        <source>Could not rename the theme</source>
        <translation>Не удалось переименовать тему</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="277" />
        <source>Could not delete the theme</source>
        <translation>Не удалось удалить тему</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="289" />
        <source>New theme from codes</source>
        <translation>Новая тема из кодов</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="301" />
        <source>Define and name…</source>
        <translation>Определить и назвать…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="302" />
        <source>Review segments…</source>
        <translation>Просмотреть фрагменты…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="303" />
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="304" />
        <source>New sub-theme…</source>
        <translation>Новая подтема…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="305" />
        <source>Move to</source>
        <translation>Переместить в</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="309" />
        <source>Sub-theme of</source>
        <translation>Сделать подтемой</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="310" />
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="316" />
        <source>Take code off</source>
        <translation>Убрать код</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="321" />
        <source>Delete theme</source>
        <translation>Удалить тему</translation>
    </message>
</context>
<context>
    <name>ThemesTab</name>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="115" />
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="116" />
        <source>Thematic map</source>
        <translation>Тематическая карта</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="117" />
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="141" />
        <source>Could not save the theme</source>
        <translation>Не удалось сохранить тему</translation>
    </message>
</context>
<context>
    <name>ThemesUi</name>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="38" />
        <source>Word documents</source>
        <translation>Документы Word</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="42" />
        <source>Codebooks</source>
        <translation>Кодовые книги</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="43" />
        <source>Word table</source>
        <translation>Таблица Word</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="71" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="72" />
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="78" />
        <source>Phases</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="80" />
        <source>Code definition</source>
        <translation>Определение кода</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="103" />
        <source>&amp;New theme…</source>
        <translation>&amp;Новая тема…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="104" />
        <source>Show theme &amp;board</source>
        <translation>Показать &amp;доску тем</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="106" />
        <source>Show thematic &amp;map</source>
        <translation>Показать тематическую к&amp;арту</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="108" />
        <source>&amp;Review theme…</source>
        <translation>&amp;Проверить тему…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="109" />
        <source>Export thematic map (PNG/SVG)…</source>
        <translation>Экспорт тематической карты (PNG/SVG)…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="111" />
        <source>Export &amp;codebook to Word…</source>
        <translation>Экспорт &amp;кодовой книги в Word…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="113" />
        <source>Export thematic &amp;report to Word…</source>
        <translation>Экспорт тематического &amp;отчёта в Word…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="115" />
        <source>&amp;Import codebook (CSV, XLSX, Word)…</source>
        <translation>&amp;Импорт кодовой книги (CSV, XLSX, Word)…</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="117" />
        <source>Import the &amp;seed-study codebook</source>
        <translation>Импорт кодовой книги ис&amp;ходного исследования</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="179" />
        <source>Export codebook to Word</source>
        <translation>Экспорт кодовой книги в Word</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="186" />
        <source>Could not write the codebook to {path}</source>
        <translation>Не удалось записать кодовую книгу в {path}</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="189" />
        <source>Export thematic report to Word</source>
        <translation>Экспорт тематического отчёта в Word</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="201" />
        <source>Could not write the report to {path}</source>
        <translation>Не удалось записать отчёт в {path}</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="215" />
        <source>Wrote {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="224" />
        <source>Import codebook</source>
        <translation>Импорт кодовой книги</translation>
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="232" />
        <source>Could not import the codebook {name}</source>
        <translation>Не удалось импортировать кодовую книгу {name}</translation>
    </message>
</context>
</TS>