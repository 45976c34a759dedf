<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="42" />
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="53" />
        <source>filter: coder, code, theme…</source>
        <translation>фильтр: кодировщик, код, тема…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="57" />
        <source>Export &amp;CSV…</source>
        <translation>Экспорт &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="57" />
        <source>Export &amp;Word appendix…</source>
        <translation>Экспорт приложения &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="61" />
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="73" />
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="96" />
        <source>Word documents</source>
        <translation>Документы Word</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="96" />
        <source>CSV files</source>
        <translation>Файлы CSV</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="97" />
        <source>Export audit log</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="103" />
        <source>Audit log not exported</source>
        <translation>Журнал аудита не экспортирован</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="17" />
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="17" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="18" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="18" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="21" />
        <source>edit</source>
        <extracomment>the actions the app records (``record_action``); others are shown as stored</extracomment>
        <translation>правка</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="22" />
        <source>undo</source>
        <translation>отмена</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="23" />
        <source>model run</source>
        <translation>расчёт модели</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="24" />
        <source>pseudonymise</source>
        <translation>псевдонимизация</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="25" />
        <source>pseudonymise (undo)</source>
        <translation>псевдонимизация (отмена)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="26" />
        <source>pseudonymise (redo)</source>
        <translation>псевдонимизация (повтор)</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="30" />
        <location filename="../../ui/models/codebook_model.py" line="38" />
        <source>Code</source>
        <extracomment>the whole words, as the header's tooltip (a translation may need the short forms even shorter)</extracomment>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="31" />
        <source>Key</source>
        <translation>Кл.</translation>
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="32" />
        <source>Seg.</source>
        <translation>Фр.</translation>
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="33" />
        <source>Docs</source>
        <translation>Док.</translation>
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="34" />
        <source>Cases</source>
        <translation>Сл.</translation>
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="39" />
        <source>Quick key</source>
        <translation>Быстрая клавиша</translation>
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="40" />
        <source>Coded segments</source>
        <translation>Закодированные фрагменты</translation>
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="41" />
        <source>Documents with this code</source>
        <translation>Документы с этим кодом</translation>
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="42" />
        <source>Cases with this code</source>
        <translation>Случаи с этим кодом</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/codebook_model.py" line="168" />
        <source>%n segment(s)</source>
        <extracomment>what a count cell shows until the first counts arrive (they are counted off the UI thread)</extracomment>
        <translation><numerusform>%n фрагмент</numerusform><numerusform>%n фрагмента</numerusform><numerusform>%n фрагментов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/codebook_model.py" line="169" />
        <source>%n document(s)</source>
        <translation><numerusform>%n документ</numerusform><numerusform>%n документа</numerusform><numerusform>%n документов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/codebook_model.py" line="170" />
        <source>%n case(s)</source>
        <translation><numerusform>%n случай</numerusform><numerusform>%n случая</numerusform><numerusform>%n случаев</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/codebook_model.py" line="172" />
        <source>%n segment(s) including sub-codes</source>
        <translation><numerusform>%n фрагмент с учётом подкодов</numerusform><numerusform>%n фрагмента с учётом подкодов</numerusform><numerusform>%n фрагментов с учётом подкодов</numerusform></translation>
    </message>
</context>
<context>
    <name>EncryptCopyDialog</name>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="33" />
        <location filename="../../ui/privacy/encrypt_dialog.py" line="63" />
        <source>Save encrypted copy</source>
        <translation>Сохранить зашифрованную копию</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="37" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="43" />
        <source>The copy can be opened only with this password; there is no way to recover it. The project you work in stays as it is.</source>
        <translation>Копию можно открыть только с этим паролем; восстановить его невозможно. Проект, с которым вы работаете, не меняется.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="53" />
        <source>Encrypted copy:</source>
        <translation>Зашифрованная копия:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="54" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="55" />
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="59" />
        <source>This project lives in PostgreSQL: encryption at rest is the database server's job.</source>
        <translation>Этот проект хранится в PostgreSQL: шифрование хранимых данных — задача сервера базы данных.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="64" />
        <source>Encrypted QualCode copy</source>
        <translation>Зашифрованная копия QualCode</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="70" />
        <source>Give a password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="73" />
        <source>The two passwords differ; nothing was written.</source>
        <translation>Пароли не совпадают; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/privacy/findings_model.py" line="23" />
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/findings_model.py" line="23" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/findings_model.py" line="24" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/findings_model.py" line="24" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/findings_model.py" line="25" />
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/findings_model.py" line="25" />
        <source>Replacement</source>
        <translation>Замена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/findings_model.py" line="131" />
        <source>%n document(s)</source>
        <translation><numerusform>%n документ</numerusform><numerusform>%n документа</numerusform><numerusform>%n документов</numerusform></translation>
    </message>
</context>
<context>
    <name>IdentifierKind</name>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="12" />
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="13" />
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="14" />
        <source>staff</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="15" />
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="16" />
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="17" />
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="18" />
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="19" />
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="20" />
        <source>id number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="21" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
</context>
<context>
    <name>IdentifierSource</name>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="24" />
        <source>roster</source>
        <translation>список</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="25" />
        <source>pattern</source>
        <translation>шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="26" />
        <source>ner</source>
        <translation>NER</translation>
    </message>
</context>
<context>
    <name>JointDisplayDock</name>
    <message>
        <location filename="../../ui/joint/install.py" line="29" />
        <source>Joint displays</source>
        <translation>Совместные представления</translation>
    </message>
    <message>
        <location filename="../../ui/joint/install.py" line="36" />
        <source>&amp;Joint displays</source>
        <translation>&amp;Совместные представления</translation>
    </message>
</context>
<context>
    <name>JointDisplayModel</name>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="42" />
        <source>(none)</source>
        <extracomment>English source texts; :func:`meta_label` gives them in the reader's language</extracomment>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="43" />
        <source>Confirm</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="44" />
        <source>Expand</source>
        <translation>Расширение</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="45" />
        <source>Discord</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="154" />
        <source>Domain</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="155" />
        <source>Quantitative result</source>
        <translation>Количественный результат</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="156" />
        <source>Theme (cases)</source>
        <translation>Тема (случаи)</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="157" />
        <source>Exemplar quote</source>
        <translation>Показательная цитата</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="158" />
        <location filename="../../ui/joint/joint_display_model.py" line="212" />
        <source>Meta-inference</source>
        <translation>Метавывод</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="180" />
        <source>{term} in “{analysis}” (n = {n})</source>
        <translation>{term} в «{analysis}» (n = {n})</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="186" />
        <source>Double-click to read the quote in its transcript.</source>
        <translation>Двойной щелчок — прочитать цитату в транскрипте.</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="211" />
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/joint/joint_display_model.py" line="233" />
        <source>%n survey respondent(s)</source>
        <translation><numerusform>%n респондент опроса</numerusform><numerusform>%n респондента опроса</numerusform><numerusform>%n респондентов опроса</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/joint/joint_display_model.py" line="234" />
        <source>%n interviewed case(s) with a survey row; {respondents} in this group.</source>
        <translation><numerusform>%n случай с интервью и строкой опроса; в этой группе {respondents}.</numerusform><numerusform>%n случая с интервью и строкой опроса; в этой группе {respondents}.</numerusform><numerusform>%n случаев с интервью и строкой опроса; в этой группе {respondents}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="253" />
        <source>(double-click to read it in its transcript)</source>
        <translation>(двойной щелчок — прочитать в транскрипте)</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="272" />
        <source>present</source>
        <translation>есть</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="273" />
        <source>segments</source>
        <translation>фрагменты</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="274" />
        <source>% of words</source>
        <translation>% слов</translation>
    </message>
</context>
<context>
    <name>JointDisplayView</name>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="74" />
        <source>&amp;New display…</source>
        <translation>&amp;Новое представление…</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="76" />
        <source>Add &amp;theme…</source>
        <translation>Добавить &amp;тему…</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="78" />
        <source>Export to &amp;Word…</source>
        <translation>Экспорт в &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="82" />
        <source>&amp;Display:</source>
        <translation>&amp;Представление:</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="108" />
        <source>Why: how the two strands confirm, expand or disagree</source>
        <translation>Почему: как два направления подтверждают, расширяют друг друга или расходятся</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="111" />
        <source>&amp;Meta-inference:</source>
        <translation>&amp;Метавывод:</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="114" />
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="142" />
        <source>side by side</source>
        <translation>бок о бок</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="142" />
        <source>statistics by themes</source>
        <translation>статистика по темам</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="150" />
        <source>No joint displays yet: New display, or Add to joint display in the regression panel.</source>
        <translation>Совместных представлений пока нет: «Новое представление» или «В совместное представление» на панели регрессии.</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="187" />
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="201" />
        <source>Could not compute this display (see details).</source>
        <translation>Не удалось вычислить это представление (см. подробности).</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="204" />
        <source>Could not compute the joint display</source>
        <translation>Не удалось вычислить совместное представление</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="289" />
        <source>Could not do this: {step}</source>
        <translation>Не удалось выполнить: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="302" />
        <source>Read in the transcript</source>
        <translation>Читать в транскрипте</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="303" />
        <source>Keep this quote</source>
        <translation>Оставить эту цитату</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="303" />
        <source>Keep these quotes</source>
        <translation>Оставить эти цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="305" />
        <source>Choose quotes automatically</source>
        <translation>Выбирать цитаты автоматически</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="308" />
        <source>Delete row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="328" />
        <source>Add theme</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="328" />
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="342" />
        <source>New joint display “{name}”</source>
        <translation>Новое совместное представление «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="361" />
        <source>Export joint displays</source>
        <translation>Экспорт совместных представлений</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="362" />
        <source>Word documents</source>
        <translation>Документы Word</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="371" />
        <source>Could not export the joint displays</source>
        <translation>Не удалось экспортировать совместные представления</translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="372" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>KwicModel</name>
    <message>
        <location filename="../../ui/models/kwic_model.py" line="15" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/models/kwic_model.py" line="15" />
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../ui/models/kwic_model.py" line="16" />
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../../ui/models/kwic_model.py" line="16" />
        <source>After</source>
        <translation>После</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <location filename="../../ui/models/type_names.py" line="21" />
        <source>presence</source>
        <translation>наличие</translation>
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="22" />
        <source>count</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="23" />
        <source>coverage</source>
        <translation>охват</translation>
    </message>
</context>
<context>
    <name>MemoListModel</name>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="16" />
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="17" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="18" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="19" />
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="20" />
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="32" />
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="38" />
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="72" />
        <source>Created {created} · last edited {edited}</source>
        <translation>Создано {created} · изменено {edited}</translation>
    </message>
</context>
<context>
    <name>ModelFamily</name>
    <message>
        <location filename="../../ui/analysis/panel_text.py" line="18" />
        <source>Linear regression (OLS)</source>
        <extracomment>The family labels of :data:`MODEL_FAMILIES`, marked for translation (same English text).</extracomment>
        <translation>Линейная регрессия (МНК)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/panel_text.py" line="19" />
        <source>Logistic regression</source>
        <translation>Логистическая регрессия</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/panel_text.py" line="20" />
        <source>Proportional-odds logit</source>
        <translation>Порядковый логит (пропорциональные шансы)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/panel_text.py" line="21" />
        <source>Poisson regression</source>
        <translation>Регрессия Пуассона</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/panel_text.py" line="22" />
        <source>Negative binomial (NB2)</source>
        <translation>Отрицательная биномиальная (NB2)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/panel_text.py" line="23" />
        <source>Count: Poisson or NB2 by LR test</source>
        <translation>Счётная: Пуассон или NB2 по LR-тесту</translation>
    </message>
</context>
<context>
    <name>NewDisplayDialog</name>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="21" />
        <source>Side by side</source>
        <extracomment>English source texts (translated when shown, context "NewDisplayDialog")</extracomment>
        <translation>Бок о бок</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="22" />
        <source>Statistics by themes</source>
        <translation>Статистика по темам</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="23" />
        <source>One column per level</source>
        <translation>Столбец на каждый уровень</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="24" />
        <source>Split at the median</source>
        <translation>Разделить по медиане</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="25" />
        <source>Split at a threshold</source>
        <translation>Разделить по порогу</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="45" />
        <source>New joint display</source>
        <translation>Новое совместное представление</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="49" />
        <source>e.g. Themes by legal aid</source>
        <translation>например, Темы по юридической помощи</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="62" />
        <source>Add a row for every theme</source>
        <translation>Добавить строку для каждой темы</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="69" />
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="70" />
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="71" />
        <source>&amp;Groups from:</source>
        <translation>&amp;Группы по:</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="72" />
        <source>&amp;Rule:</source>
        <translation>П&amp;равило:</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="73" />
        <source>&amp;Threshold:</source>
        <translation>П&amp;орог:</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="99" />
        <source>Import a survey first: statistics by themes splits its cases by a survey variable.</source>
        <translation>Сначала импортируйте опрос: статистика по темам делит случаи по переменной опроса.</translation>
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="114" />
        <source>There is already a joint display named “{name}”.</source>
        <translation>Совместное представление «{name}» уже есть.</translation>
    </message>
</context>
<context>
    <name>PlotsPane</name>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="31" />
        <source>Forest</source>
        <translation>Форест</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="32" />
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="33" />
        <source>Q–Q</source>
        <translation>Q–Q</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="34" />
        <source>Residuals</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="35" />
        <source>Cook's D</source>
        <translation>D Кука</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="39" />
        <source>Forest plot: each predictor's estimate with its 95% CI</source>
        <extracomment>what each tab shows, in full: the tab's tooltip (the tab itself has a short title)</extracomment>
        <translation>Форест-график: оценка каждого предиктора с 95% ДИ</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="40" />
        <source>ROC curve (logistic models)</source>
        <translation>ROC-кривая (логистические модели)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="41" />
        <source>Q–Q plot of the residuals (linear models)</source>
        <translation>Q–Q-график остатков (линейные модели)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="42" />
        <source>Residuals vs fitted values (linear models)</source>
        <translation>Остатки и предсказанные значения (линейные модели)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="43" />
        <source>Cook's distance per participant (linear models)</source>
        <translation>Расстояние Кука для каждого участника (линейные модели)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="120" />
        <source>Run a model to see its coefficients.</source>
        <translation>Оцените модель, чтобы увидеть её коэффициенты.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="132" />
        <source>{estimate} (95% CI), log scale</source>
        <translation>{estimate} (95% ДИ), логарифмическая шкала</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="132" />
        <source>{estimate} (95% CI)</source>
        <translation>{estimate} (95% ДИ)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="141" />
        <source>ROC curve: logistic models only.</source>
        <translation>ROC-кривая: только для логистических моделей.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="146" />
        <source>1 − specificity</source>
        <translation>1 − специфичность</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="147" />
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="155" />
        <source>Q–Q plot: linear models only.</source>
        <translation>Q–Q-график: только для линейных моделей.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="161" />
        <source>Theoretical quantile</source>
        <translation>Теоретический квантиль</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="162" />
        <source>Standardised residual</source>
        <translation>Стандартизованный остаток</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="167" />
        <source>Residuals vs fitted: linear models only.</source>
        <translation>Остатки и предсказанные значения: только для линейных моделей.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="172" />
        <source>Fitted value</source>
        <translation>Предсказанное значение</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="173" />
        <source>Residual</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="179" />
        <source>Cook's distance: linear models only.</source>
        <translation>Расстояние Кука: только для линейных моделей.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="191" />
        <source>Participant (click to open the transcript)</source>
        <translation>Участник (щелчок открывает транскрипт)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="192" />
        <source>Cook's distance</source>
        <translation>Расстояние Кука</translation>
    </message>
</context>
<context>
    <name>PredictorsList</name>
    <message>
        <location filename="../../ui/analysis/predictors_list.py" line="34" />
        <source>Drag variables here, or select them on the left and press Add.</source>
        <translation>Перетащите переменные сюда или выберите их слева и нажмите «Добавить».</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/predictors_list.py" line="109" />
        <source>Model 1</source>
        <translation>Модель 1</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/predictors_list.py" line="109" />
        <source>Model {number} adds</source>
        <translation>Модель {number} добавляет</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <location filename="../../ui/privacy/install.py" line="46" />
        <source>&amp;Pseudonymise transcripts…</source>
        <translation>&amp;Псевдонимизировать транскрипты…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/install.py" line="64" />
        <source>Audit &amp;log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/install.py" line="67" />
        <source>Save &amp;encrypted copy…</source>
        <translation>Сохранить за&amp;шифрованную копию…</translation>
    </message>
</context>
<context>
    <name>PrivacyReviewDialog</name>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="84" />
        <source>Pseudonymise transcripts</source>
        <translation>Псевдонимизация транскриптов</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="93" />
        <source>&amp;Find identifiers</source>
        <translation>&amp;Найти идентификаторы</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="95" />
        <source>&amp;Roster…</source>
        <translation>&amp;Список имён…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="98" />
        <source>optional: installed spaCy NER pipeline, e.g. en_core_web_sm</source>
        <translation>необязательно: установленный NER-конвейер spaCy, например ru_core_news_sm</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="99" />
        <source>Keep the mapping (original → replacement), encrypted with a password</source>
        <translation>Сохранить соответствие (оригинал → замена), зашифрованное паролем</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="102" />
        <source>password for the mapping</source>
        <translation>пароль для соответствия</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="105" />
        <source>Pseudonymised exports only: refuse every export while identifiers are not reviewed</source>
        <translation>Только псевдонимизированный экспорт: запрещать любой экспорт, пока идентификаторы не проверены</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="110" />
        <source>Press Find identifiers: the roster, e-mails, phone numbers, dates of birth, addresses and ID numbers are looked for in every document. Nothing leaves this computer.</source>
        <translation>Нажмите «Найти идентификаторы»: имена из списка, адреса эл. почты, телефоны, даты рождения, адреса и номера документов ищутся во всех документах. Данные не покидают этот компьютер.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="114" />
        <source>&amp;Apply to all documents</source>
        <translation>&amp;Применить ко всем документам</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="117" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="125" />
        <source>This project is open read-only: identifiers can be found, not replaced.</source>
        <translation>Проект открыт только для чтения: идентификаторы можно найти, но не заменить.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="160" />
        <source>Looking for identifiers in every document…</source>
        <translation>Поиск идентификаторов во всех документах…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="165" />
        <source>Looking for identifiers: document {number} of {total}…</source>
        <translation>Поиск идентификаторов: документ {number} из {total}…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="177" />
        <source>No identifiers were looked for.</source>
        <translation>Поиск идентификаторов не выполнялся.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="178" />
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="179" />
        <source>Could not look for identifiers</source>
        <translation>Не удалось выполнить поиск идентификаторов</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="196" />
        <source>No identifiers are left to review.</source>
        <translation>Идентификаторов для проверки не осталось.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/review_dialog.py" line="198" />
        <source>{accepted} of %n identifier(s) in {entities} will be replaced. Codings, memos and turns keep pointing at the same words; Ctrl+Z undoes.</source>
        <translation><numerusform>Будет заменено {accepted} из %n идентификатора ({entities}). Кодирование, заметки и реплики по-прежнему указывают на те же слова; Ctrl+Z отменяет.</numerusform><numerusform>Будет заменено {accepted} из %n идентификаторов ({entities}). Кодирование, заметки и реплики по-прежнему указывают на те же слова; Ctrl+Z отменяет.</numerusform><numerusform>Будет заменено {accepted} из %n идентификаторов ({entities}). Кодирование, заметки и реплики по-прежнему указывают на те же слова; Ctrl+Z отменяет.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/review_dialog.py" line="200" />
        <source>%n entity(ies)</source>
        <translation><numerusform>%n объект</numerusform><numerusform>%n объекта</numerusform><numerusform>%n объектов</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="208" />
        <source>No password</source>
        <translation>Нет пароля</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="208" />
        <source>Give a password to keep the mapping, or untick it.</source>
        <translation>Введите пароль, чтобы сохранить соответствие, или снимите флажок.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="216" />
        <source>Nothing was replaced</source>
        <translation>Ничего не заменено</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="222" />
        <source>Done: {step}. Edit ▸ Undo takes it back.</source>
        <translation>Готово: {step}. Правка ▸ Отменить возвращает всё назад.</translation>
    </message>
</context>
<context>
    <name>RegressionDock</name>
    <message>
        <location filename="../../ui/analysis/install.py" line="76" />
        <source>Regression</source>
        <translation>Регрессия</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="89" />
        <source>&amp;Regression panel</source>
        <translation>Панель &amp;регрессии</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="93" />
        <source>&amp;Run model</source>
        <translation>Р&amp;ассчитать модель</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="144" />
        <source>No transcript of {case} in this project.</source>
        <translation>В проекте нет транскрипта {case}.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="147" />
        <source>Opened the transcript of {case}.</source>
        <translation>Открыт транскрипт {case}.</translation>
    </message>
</context>
<context>
    <name>RegressionPanel</name>
    <message numerus="yes">
        <location filename="../../ui/analysis/panel_text.py" line="39" />
        <source>%n transcript(s) have no case ({names}): their segments count for nobody in this table.</source>
        <translation><numerusform>%n транскрипт без случая ({names}): его фрагменты в этой таблице ни к кому не относятся.</numerusform><numerusform>%n транскрипта без случая ({names}): их фрагменты в этой таблице ни к кому не относятся.</numerusform><numerusform>%n транскриптов без случая ({names}): их фрагменты в этой таблице ни к кому не относятся.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="78" />
        <source>Filter variables</source>
        <translation>Фильтр переменных</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="89" />
        <source>Variables</source>
        <translation>Переменные</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="116" />
        <source>Add ▸</source>
        <translation>Добавить ▸</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="117" />
        <source>Add the variables selected on the left as predictors</source>
        <translation>Добавить выбранные слева переменные как предикторы</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="119" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="121" />
        <source>Nested: add block</source>
        <translation>Вложенные: новый блок</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="122" />
        <source>Predictors added after this enter in the next model (ΔR², F change)</source>
        <translation>Предикторы, добавленные после этого, входят в следующую модель (ΔR², изменение F)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="125" />
        <source>HC3 (OLS)</source>
        <translation>HC3 (МНК)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="126" />
        <source>Heteroskedasticity-consistent standard errors (HC3) for linear models</source>
        <translation>Стандартные ошибки, устойчивые к гетероскедастичности (HC3), для линейных моделей</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="127" />
        <source>MI m={m}</source>
        <translation>МИ m={m}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="128" />
        <source>Multiple imputation by chained equations, pooled by Rubin's rules (slower)</source>
        <translation>Множественная импутация цепными уравнениями, объединение по правилам Рубина (медленнее)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="129" />
        <source>std. beta</source>
        <translation>станд. β</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="130" />
        <source>Show the standardised coefficients (β) of a linear model</source>
        <translation>Показать стандартизованные коэффициенты (β) линейной модели</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="132" />
        <source>Run</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="133" />
        <source>Fit the model (Ctrl+Return)</source>
        <translation>Оценить модель (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="144" />
        <source>Outcome:</source>
        <translation>Зависимая переменная:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="145" />
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="179" />
        <source>Predictors:</source>
        <translation>Предикторы:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="261" />
        <source>The case table could not be built: {error}</source>
        <translation>Не удалось построить таблицу случаев: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="273" />
        <source>(choose an outcome)</source>
        <translation>(выберите зависимую переменную)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="336" />
        <source>proposed for a {type} outcome</source>
        <translation>предложено для типа «{type}»</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="338" />
        <source>no model for a {type} outcome</source>
        <translation>нет модели для типа «{type}»</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="368" />
        <source>Reference: {variable} =</source>
        <translation>Опорный уровень: {variable} =</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="434" />
        <source>The model could not be fitted: {error}</source>
        <translation>Не удалось оценить модель: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="452" />
        <source>Double-click to see this theme's coded segments</source>
        <translation>Двойной щелчок — закодированные фрагменты этой темы</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="453" />
        <source>Double-click to see this code's coded segments</source>
        <translation>Двойной щелчок — закодированные фрагменты этого кода</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="467" />
        <source>Building the case table…</source>
        <translation>Построение таблицы случаев…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="472" />
        <source>No survey table is linked: only quantitized themes and codes can be analysed. Import a survey (File › Import survey) to link participants' answers.</source>
        <translation>Таблица опроса не связана: анализировать можно только квантифицированные темы и коды. Импортируйте опрос (Файл › Импорт опроса), чтобы связать ответы участников.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/regression_panel.py" line="478" />
        <source>n = {used} cases used of %n in the case table</source>
        <translation><numerusform>использовано случаев: n = {used} из %n в таблице случаев</numerusform><numerusform>использовано случаев: n = {used} из %n в таблице случаев</numerusform><numerusform>использовано случаев: n = {used} из %n в таблице случаев</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/regression_panel.py" line="480" />
        <source>%n interviewed case(s) linked to {table}</source>
        <translation><numerusform>%n случай с интервью связан с {table}</numerusform><numerusform>%n случая с интервью связаны с {table}</numerusform><numerusform>%n случаев с интервью связаны с {table}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/regression_panel.py" line="483" />
        <source>%n without a survey row ({cases})</source>
        <translation><numerusform>%n без строки опроса ({cases})</numerusform><numerusform>%n без строки опроса ({cases})</numerusform><numerusform>%n без строки опроса ({cases})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/regression_panel.py" line="485" />
        <source>%n survey row(s) without an interview (theme values missing)</source>
        <translation><numerusform>%n строка опроса без интервью (значений тем нет)</numerusform><numerusform>%n строки опроса без интервью (значений тем нет)</numerusform><numerusform>%n строк опроса без интервью (значений тем нет)</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="57" />
        <source>Save analysis…</source>
        <translation>Сохранить анализ…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="58" />
        <source>Keep this model in the project; it re-runs on the current coding</source>
        <translation>Сохранить модель в проекте; она пересчитывается по текущему кодированию</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="60" />
        <source>Add to joint display…</source>
        <translation>В совместное представление…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="61" />
        <source>Put the selected term beside its theme in a side-by-side joint display</source>
        <translation>Поместить выбранный параметр рядом с его темой в совместное представление «бок о бок»</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="63" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="64" />
        <source>Copy the table as tab-separated text and HTML (paste into Excel or Word)</source>
        <translation>Копировать таблицу как текст с табуляцией и HTML (для вставки в Excel или Word)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="66" />
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="67" />
        <source>Save the table as a Word document</source>
        <translation>Сохранить таблицу как документ Word</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="96" />
        <source>Save analysis</source>
        <translation>Сохранить анализ</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="96" />
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="104" />
        <source>The analysis was not saved</source>
        <translation>Анализ не сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="121" />
        <location filename="../../ui/analysis/result_actions.py" line="125" />
        <source>Add to joint display</source>
        <translation>Добавить в совместное представление</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="122" />
        <source>There is no side-by-side joint display yet: create one first.</source>
        <translation>Совместного представления «бок о бок» пока нет: сначала создайте его.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="126" />
        <source>Add {term} to:</source>
        <translation>Добавить {term} в:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="139" />
        <source>The row was not added</source>
        <translation>Строка не добавлена</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="163" />
        <source>Save table as Word</source>
        <translation>Сохранить таблицу в Word</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="164" />
        <source>Word documents</source>
        <translation>Документы Word</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="460" />
        <location filename="../../ui/analysis/result_table.py" line="68" />
        <location filename="../../ui/analysis/result_table.py" line="82" />
        <source>Note.</source>
        <translation>Примечание.</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="38" />
        <source>Incidence rate ratio</source>
        <extracomment>quant's long names of the reported effect (``ModelFamily.effect_name``), for the forest plot's axis</extracomment>
        <translation>Отношение частот событий</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="39" />
        <source>Odds ratio</source>
        <translation>Отношение шансов</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="40" />
        <source>Coefficient (b)</source>
        <translation>Коэффициент (b)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="41" />
        <source>Coefficient</source>
        <translation>Коэффициент</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="113" />
        <location filename="../../ui/analysis/result_table.py" line="125" />
        <source>Term</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="113" />
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="113" />
        <source>SE</source>
        <translation>Ст. ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="113" />
        <location filename="../../ui/analysis/result_table.py" line="125" />
        <source>95% CI</source>
        <translation>95% ДИ</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="113" />
        <location filename="../../ui/analysis/result_table.py" line="125" />
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="125" />
        <source>IRR</source>
        <translation>ОЧС</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="125" />
        <source>OR</source>
        <translation>ОШ</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="126" />
        <source>OR per SD</source>
        <translation>ОШ на 1 СО</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="141" />
        <source>negative binomial</source>
        <translation>отрицательная биномиальная</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="142" />
        <source>Poisson</source>
        <translation>Пуассон</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="143" />
        <source>Poisson or negative binomial (by imputation)</source>
        <translation>Пуассон или отрицательная биномиальная (по импутациям)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="147" />
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="157" />
        <source>adj. R² = {value}</source>
        <translation>скорр. R² = {value}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="163" />
        <source>max VIF = {value}</source>
        <translation>макс. VIF = {value}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="180" />
        <source>count model</source>
        <translation>модель счётных данных</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="184" />
        <source>LR test of alpha = 0: p {p}</source>
        <translation>LR-тест alpha = 0: p {p}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="195" />
        <source>Model {number} R² = {value}</source>
        <translation>Модель {number}: R² = {value}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="208" />
        <source>Model {later} vs Model {earlier}</source>
        <translation>Модель {later} против модели {earlier}</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="228" />
        <source>Thresholds (log-odds scale):</source>
        <translation>Пороги (шкала логарифма шансов):</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="42" />
        <source>Roster of names</source>
        <translation>Список имён</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="44" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="44" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="44" />
        <source>Replacement</source>
        <translation>Замена</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="47" />
        <source>&amp;Add name</source>
        <translation>&amp;Добавить имя</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="47" />
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="47" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="59" />
        <source>Participants, staff, places and organisations to find in every transcript. A replacement such as P07 or [Shelter A] is used everywhere for that name.</source>
        <translation>Участники, сотрудники, места и организации, которые нужно найти во всех транскриптах. Замена, например P07 или [Приют A], используется для этого имени везде.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="103" />
        <source>Import roster</source>
        <translation>Импорт списка имён</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="103" />
        <source>CSV files</source>
        <translation>Файлы CSV</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="108" />
        <source>Roster not imported</source>
        <translation>Список имён не импортирован</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="15" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="16" />
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="17" />
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="18" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="19" />
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="20" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <location filename="../../ui/analysis/install.py" line="57" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="57" />
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="57" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="57" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/install.py" line="66" />
        <source>%n coded segment(s)</source>
        <translation><numerusform>%n закодированный фрагмент</numerusform><numerusform>%n закодированных фрагмента</numerusform><numerusform>%n закодированных фрагментов</numerusform></translation>
    </message>
</context>
<context>
    <name>SpeakerPlanModel</name>
    <message>
        <location filename="../../ui/models/speaker_plan_model.py" line="21" />
        <source>Detected</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <location filename="../../ui/models/speaker_plan_model.py" line="22" />
        <source>Turns</source>
        <translation>Реплики</translation>
    </message>
    <message>
        <location filename="../../ui/models/speaker_plan_model.py" line="23" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/models/speaker_plan_model.py" line="24" />
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../../ui/models/speaker_plan_model.py" line="25" />
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../ui/models/speaker_plan_model.py" line="94" />
        <source>The participant whose turns these are; empty = counts for no case.</source>
        <translation>Участник, которому принадлежат эти реплики; пусто — не относятся ни к какому случаю.</translation>
    </message>
</context>
<context>
    <name>SurveyVariablesModel</name>
    <message>
        <location filename="../../ui/models/survey_variables_model.py" line="24" />
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <location filename="../../ui/models/survey_variables_model.py" line="25" />
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../ui/models/survey_variables_model.py" line="26" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/models/survey_variables_model.py" line="27" />
        <source>Levels (lowest first)</source>
        <translation>Уровни (от низшего)</translation>
    </message>
    <message>
        <location filename="../../ui/models/survey_variables_model.py" line="83" />
        <source>For ordinal variables the order matters: type the levels lowest first, separated by &lt;.</source>
        <translation>Для порядковых переменных важен порядок: введите уровни от низшего к высшему через &lt;.</translation>
    </message>
    <message>
        <location filename="../../ui/models/survey_variables_model.py" line="86" />
        <source>Inferred from the data; choose another type if it is wrong.</source>
        <translation>Определено по данным; выберите другой тип, если он неверен.</translation>
    </message>
</context>
<context>
    <name>TranscriptPreviewModel</name>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="20" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="21" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="22" />
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="23" />
        <source>Turns</source>
        <translation>Реплики</translation>
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="24" />
        <source>Speakers</source>
        <translation>Говорящие</translation>
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="25" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="42" />
        <source>Error: {error}</source>
        <translation>Ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="47" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="48" />
        <source>OK (no speaker labels found)</source>
        <translation>ОК (метки говорящих не найдены)</translation>
    </message>
</context>
<context>
    <name>VariableType</name>
    <message>
        <location filename="../../ui/models/type_names.py" line="12" />
        <source>continuous</source>
        <translation>непрерывная</translation>
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="13" />
        <source>binary</source>
        <translation>бинарная</translation>
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="14" />
        <source>ordinal</source>
        <translation>порядковая</translation>
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="15" />
        <source>count</source>
        <translation>счётная</translation>
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="16" />
        <source>categorical</source>
        <translation>категориальная</translation>
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="17" />
        <source>text</source>
        <translation>текстовая</translation>
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="18" />
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
</context>
<context>
    <name>VariablesModel</name>
    <message>
        <location filename="../../ui/analysis/variables_model.py" line="86" />
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/variables_model.py" line="86" />
        <source>Type / measure</source>
        <translation>Тип / мера</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/variables_model.py" line="98" />
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/variables_model.py" line="104" />
        <source>Themes (quantitized)</source>
        <translation>Темы (в числах)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/variables_model.py" line="104" />
        <source>Codes (quantitized)</source>
        <translation>Коды (в числах)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/variables_model.py" line="191" />
        <source>{type} · column {column}</source>
        <translation>{type} · столбец {column}</translation>
    </message>
</context>
</TS>