<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CaseDelegate</name>
    <message>
        <location filename="../../ui/dialogs/case_delegate.py" line="28" />
        <source>no case</source>
        <translation>нет случая</translation>
    </message>
</context>
<context>
    <name>CodeEditorPane</name>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="41" />
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="42" />
        <source>Include when</source>
        <translation>Применять, когда</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="43" />
        <source>Exclude when</source>
        <translation>Не применять, когда</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="44" />
        <source>What this code means, in a sentence or two</source>
        <translation>Что означает этот код — в одном-двух предложениях</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="45" />
        <source>Apply it when…</source>
        <translation>Применяйте, когда…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="46" />
        <source>Do not apply it when…</source>
        <translation>Не применяйте, когда…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="48" />
        <source>name</source>
        <extracomment>the code's fields as named in its history</extracomment>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="48" />
        <source>parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="49" />
        <source>colour</source>
        <translation>цвет</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="50" />
        <source>definition</source>
        <translation>определение</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="51" />
        <source>inclusion</source>
        <translation>включение</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="52" />
        <source>exclusion</source>
        <translation>исключение</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="53" />
        <source>example</source>
        <translation>пример</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="54" />
        <source>atypical example</source>
        <translation>нетипичный пример</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="55" />
        <source>quick key</source>
        <translation>быстрая клавиша</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="56" />
        <source>origin</source>
        <translation>происхождение</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="57" />
        <source>deductive</source>
        <translation>дедуктивный</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="57" />
        <source>inductive</source>
        <translation>индуктивный</translation>
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
        <translation>Выберите код в кодовой книге, чтобы увидеть и изменить его определение.</translation>
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
        <translation>Типичный пример</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="113" />
        <source>Atypical example</source>
        <translation>Нетипичный пример</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="128" />
        <source>Origin:</source>
        <translation>Происхождение:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="131" />
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="179" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="189" />
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="220" />
        <location filename="../../ui/codebook/code_editor_pane.py" line="226" />
        <source>Could not save the code</source>
        <translation>Не удалось сохранить код</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="243" />
        <source>Could not set the example</source>
        <translation>Не удалось задать пример</translation>
    </message>
</context>
<context>
    <name>CoderIdentity</name>
    <message>
        <location filename="../../ui/team/coder_identity.py" line="22" />
        <source>Who is coding?</source>
        <translation>Кто кодирует?</translation>
    </message>
    <message>
        <location filename="../../ui/team/coder_identity.py" line="23" />
        <source>Your name as a coder (shown beside your codings and in agreement tables; asked once on this computer):</source>
        <translation>Ваше имя как кодировщика (показывается рядом с вашими кодами и в таблицах согласованности; спрашивается один раз на этом компьютере):</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../ui/coding_actions.py" line="36" />
        <source>&amp;Code selection with current code</source>
        <translation>&amp;Закодировать выделение текущим кодом</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="38" />
        <source>&amp;New code…</source>
        <translation>&amp;Новый код…</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="39" />
        <source>&amp;In-vivo code</source>
        <translation>Код &amp;in vivo</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="40" />
        <source>&amp;Memo on segment…</source>
        <translation>&amp;Заметка к фрагменту…</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="42" />
        <source>&amp;Remove coding</source>
        <translation>&amp;Снять код</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="44" />
        <source>Set segment &amp;boundaries to selection</source>
        <translation>&amp;Границы фрагмента по выделению</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="46" />
        <source>&amp;Underline codings instead of shading</source>
        <translation>&amp;Подчёркивать коды вместо заливки</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="60" />
        <source>the code</source>
        <translation>код</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="62" />
        <source>Coded with {name} (Ctrl+Z undoes)</source>
        <translation>Закодировано: {name} (Ctrl+Z отменяет)</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="84" />
        <source>Quick keys 1–9: right-click a code › Quick key</source>
        <translation>Быстрые клавиши 1–9: правый щелчок по коду › Быстрая клавиша</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="16" />
        <source>accepted A</source>
        <translation>принят A</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="16" />
        <source>accepted B</source>
        <translation>принят B</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="17" />
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="17" />
        <source>memo</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="35" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="35" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="35" />
        <source>Coder A</source>
        <translation>Кодировщик A</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="36" />
        <source>Coder B</source>
        <translation>Кодировщик B</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="36" />
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="47" />
        <source>(not coded)</source>
        <translation>(не закодировано)</translation>
    </message>
</context>
<context>
    <name>DisagreementPanel</name>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="49" />
        <source>percent agreement</source>
        <translation>процент согласия</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="49" />
        <source>Cohen's kappa</source>
        <translation>каппа Коэна</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="50" />
        <source>Krippendorff's alpha</source>
        <translation>альфа Криппендорфа</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="51" />
        <source>sentence</source>
        <translation>предложение</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="51" />
        <source>paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="52" />
        <source>turn</source>
        <translation>реплика</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="52" />
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="53" />
        <source>character</source>
        <translation>символ</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="53" />
        <source>segment</source>
        <translation>фрагмент</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="81" />
        <source>Memo on this disagreement (what the team concluded)</source>
        <translation>Заметка к расхождению (к чему пришла команда)</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="82" />
        <source>Accept A</source>
        <translation>Принять A</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="82" />
        <source>Accept B</source>
        <translation>Принять B</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="83" />
        <source>Merge both</source>
        <translation>Объединить оба</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="83" />
        <source>Write memo</source>
        <translation>Записать заметку</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="84" />
        <source>Agreement to Word…</source>
        <translation>Согласованность в Word…</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="84" />
        <source>Agreement to CSV…</source>
        <translation>Согласованность в CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="100" />
        <source>(reference)</source>
        <translation>(эталон)</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="104" />
        <source>Coder A</source>
        <translation>Кодировщик A</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="104" />
        <source>Coder B</source>
        <translation>Кодировщик B</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="104" />
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="144" />
        <source>Choose two different coders to compare.</source>
        <translation>Выберите двух разных кодировщиков для сравнения.</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="161" />
        <source>95% CI</source>
        <translation>95% ДИ</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="166" />
        <source>all codes</source>
        <translation>всем кодам</translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="166" />
        <source>the code</source>
        <translation>код</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/disagreement_view.py" line="167" />
        <source>%n {unit} unit(s) disagree, {decided} decided. Agreement over {over}: {stats}</source>
        <translation><numerusform>Расходится %n единица ({unit}), решено {decided}. Согласованность по {over}: {stats}</numerusform><numerusform>Расходятся %n единицы ({unit}), решено {decided}. Согласованность по {over}: {stats}</numerusform><numerusform>Расходятся %n единиц ({unit}), решено {decided}. Согласованность по {over}: {stats}</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="207" />
        <source>Export agreement</source>
        <translation>Экспорт согласованности</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="20" />
        <source>QualCode — what happened</source>
        <translation>QualCode — что произошло</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="22" />
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="24" />
        <source>{what}. Nothing was changed.</source>
        <translation>{what}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="25" />
        <source>This looks like a bug in QualCode; the details below help to report it.</source>
        <translation>Похоже на ошибку в QualCode; подробности ниже помогут о ней сообщить.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/help_ui.py" line="71" />
        <source>QualCode user guide</source>
        <translation>Руководство пользователя QualCode</translation>
    </message>
</context>
<context>
    <name>HelpUi</name>
    <message>
        <location filename="../../ui/help_ui.py" line="24" />
        <source>Coding</source>
        <translation>Кодирование</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="24" />
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="25" />
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="88" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="91" />
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="127" />
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="134" />
        <source>Create a new project file</source>
        <translation>Создать новый файл проекта</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="135" />
        <source>Open an existing .qcproj project</source>
        <translation>Открыть существующий проект .qcproj</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="137" />
        <source>Import interviews and focus groups (txt, docx, odt, pdf, srt, vtt…)</source>
        <translation>Импортировать интервью и фокус-группы (txt, docx, odt, pdf, srt, vtt…)</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="138" />
        <source>Import a survey (csv, xlsx, sav, dta) and link it to the cases</source>
        <translation>Импортировать опрос (csv, xlsx, sav, dta) и связать его со случаями</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="139" />
        <source>Undo the last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="140" />
        <source>Redo what was undone</source>
        <translation>Повторить отменённое</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="141" />
        <source>Open the user guide: import → code → themes → link → model → Word</source>
        <translation>Открыть руководство: импорт → коды → темы → связи → модель → Word</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="157" />
        <source>&amp;Layouts</source>
        <translation>&amp;Раскладки окон</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="163" />
        <source>&amp;Reset layout</source>
        <translation>&amp;Сбросить раскладку</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/import_actions.py" line="28" />
        <source>Import &amp;transcripts…</source>
        <translation>Импорт &amp;транскриптов…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="31" />
        <source>Import &amp;survey…</source>
        <translation>Импорт &amp;опроса…</translation>
    </message>
</context>
<context>
    <name>ImportJobs</name>
    <message>
        <location filename="../../ui/import_jobs.py" line="45" />
        <source>Reading the files was cancelled.</source>
        <translation>Чтение файлов отменено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>QualCode projects</source>
        <translation>Проекты QualCode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>&amp;New project…</source>
        <extracomment>everything the open project's window shows is filled in (see :meth:`is_complete`) asks "open a cleaned copy?" for a refused project (replaced in tests) plain or encrypted, for a new project; an encrypted project's password (replaced in tests) the language the widgets were built in (qualcode.ui.i18n.switch rebuilds the window)</extracomment>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>Open &amp;server…</source>
        <translation>Открыть на &amp;сервере…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>&amp;Merge copies…</source>
        <translation>&amp;Объединить копии…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>&amp;Close project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <location filename="../../ui/main_window.py" line="330" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <location filename="../../ui/main_window.py" line="332" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>&amp;Code</source>
        <translation>&amp;Кодирование</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>&amp;Themes</source>
        <translation>&amp;Темы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>&amp;Analyse</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>&amp;About QualCode</source>
        <translation>&amp;О программе QualCode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>Could not create {location}</source>
        <translation>Не удалось создать {location}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <location filename="../../ui/main_window.py" line="196" />
        <location filename="../../ui/main_window.py" line="211" />
        <source>Could not open {location}</source>
        <translation>Не удалось открыть {location}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>That password does not open it (nothing was changed).</source>
        <translation>Этот пароль не подходит (ничего не изменено).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>Could not write a cleaned copy of {location}</source>
        <translation>Не удалось записать очищенную копию {location}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="232" />
        <source>Opened a cleaned copy: %n foreign object(s) left out</source>
        <translation><numerusform>Открыта очищенная копия: пропущен %n посторонний объект</numerusform><numerusform>Открыта очищенная копия: пропущено %n посторонних объекта</numerusform><numerusform>Открыта очищенная копия: пропущено %n посторонних объектов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="234" />
        <source>, %n row(s) the schema refused</source>
        <translation><numerusform>, %n строку схема не приняла</numerusform><numerusform>, %n строки схема не приняла</numerusform><numerusform>, %n строк схема не приняла</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <source>; {name} is unchanged.</source>
        <translation>; {name} не изменён.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251" />
        <source>Could not open the demo project</source>
        <translation>Не удалось открыть демонстрационный проект</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>{name} (read-only: browse, search and export only) — QualCode</source>
        <translation>{name} (только чтение: просмотр, поиск и экспорт) — QualCode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>{name} — QualCode</source>
        <translation>{name} — QualCode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329" />
        <source>&amp;Undo {step}</source>
        <translation>&amp;Отменить: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331" />
        <source>&amp;Redo {step}</source>
        <translation>&amp;Повторить: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>No project open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396" />
        <source>Could not create the folder {folder}</source>
        <translation>Не удалось создать папку {folder}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="420" />
        <source>%Ln document(s)</source>
        <translation><numerusform>%Ln документ</numerusform><numerusform>%Ln документа</numerusform><numerusform>%Ln документов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="421" />
        <source>%Ln code(s)</source>
        <translation><numerusform>%Ln код</numerusform><numerusform>%Ln кода</numerusform><numerusform>%Ln кодов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="422" />
        <source>%Ln segment(s)</source>
        <translation><numerusform>%Ln фрагмент</numerusform><numerusform>%Ln фрагмента</numerusform><numerusform>%Ln фрагментов</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425" />
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430" />
        <source>About QualCode</source>
        <translation>О программе QualCode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431" />
        <source>QualCode {version}
Mixed-methods qualitative analysis.</source>
        <translation>QualCode {version}
Качественный анализ данных смешанными методами.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458" />
        <source>Output language saved in the project.</source>
        <translation>Язык экспорта сохранён в проекте.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470" />
        <source>This project was not opened: it contains database code QualCode did not create.</source>
        <translation>Проект не открыт: в нём есть код базы данных, созданный не QualCode.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471" />
        <source>Open a cleaned copy instead? It is written to
{copy}
and holds the project's data without that code; the original stays as it is.</source>
        <translation>Открыть вместо него очищенную копию? Она будет записана в
{copy}
и содержит данные проекта без этого кода; оригинал останется как есть.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475" />
        <source>Open a cleaned copy</source>
        <translation>Открыть очищенную копию</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="40" />
        <source>Merge two copies of a project</source>
        <translation>Объединить две копии проекта</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="45" />
        <source>Copy A</source>
        <translation>Копия A</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="45" />
        <source>Copy B</source>
        <translation>Копия B</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="46" />
        <source>Merged project</source>
        <translation>Объединённый проект</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="49" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="54" />
        <source>Find conflicts</source>
        <translation>Найти конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="58" />
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="58" />
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="60" />
        <source>The copies are only read; the merge writes a new project file.</source>
        <translation>Копии только читаются; объединение записывается в новый файл проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="63" />
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="71" />
        <source>Choose a project</source>
        <translation>Выберите проект</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="72" />
        <source>QualCode projects</source>
        <translation>Проекты QualCode</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/merge_dialog.py" line="95" />
        <source>%n conflict(s); choose what to keep, then Merge.</source>
        <translation><numerusform>%n конфликт; выберите, что оставить, затем нажмите «Объединить».</numerusform><numerusform>%n конфликта; выберите, что оставить, затем нажмите «Объединить».</numerusform><numerusform>%n конфликтов; выберите, что оставить, затем нажмите «Объединить».</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="96" />
        <source>Warning: {warning}</source>
        <translation>Предупреждение: {warning}</translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="117" />
        <source>Wrote {file}. {counts}.</source>
        <translation>Записано: {file}. {counts}.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/password_dialogs.py" line="35" />
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="36" />
        <source>Encrypt this project (password)</source>
        <translation>Зашифровать проект (пароль)</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="44" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="45" />
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="49" />
        <source>Without the password nobody (you included) can open an encrypted project.</source>
        <translation>Без пароля никто (и вы тоже) не сможет открыть зашифрованный проект.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="66" />
        <source>Type a password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="68" />
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>OpenServerDialog</name>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="44" />
        <source>Open shared project on a server</source>
        <translation>Открыть общий проект на сервере</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="52" />
        <source>optional: the project's schema on the server</source>
        <translation>необязательно: схема проекта на сервере</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="56" />
        <source>leave empty if already in the keyring</source>
        <translation>оставьте пустым, если он уже в хранилище ключей</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="57" />
        <source>Create a new shared project there</source>
        <translation>Создать там новый общий проект</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="58" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="58" />
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="59" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="59" />
        <source>Project schema</source>
        <translation>Схема проекта</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="60" />
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="60" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="63" />
        <source>A password is kept in your system's keyring, never in a file.</source>
        <translation>Пароль хранится в системном хранилище ключей, никогда — в файле.</translation>
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="91" />
        <source>Could not keep the password</source>
        <translation>Не удалось сохранить пароль</translation>
    </message>
</context>
<context>
    <name>PasswordDialogs</name>
    <message>
        <location filename="../../ui/password_dialogs.py" line="89" />
        <source>{location} is encrypted. Its password:</source>
        <translation>{location} зашифрован. Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="92" />
        <source>Encrypted project</source>
        <translation>Зашифрованный проект</translation>
    </message>
</context>
<context>
    <name>PhaseNavigatorPane</name>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="44" />
        <source>PHASES</source>
        <translation>ЭТАПЫ</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="107" />
        <source>complete</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="107" />
        <source>started</source>
        <translation>начат</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="108" />
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="123" />
        <source>(current)</source>
        <translation>(текущий)</translation>
    </message>
</context>
<context>
    <name>PhaseTexts</name>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="21" />
        <source>Familiarising yourself with the data</source>
        <translation>Знакомство с данными</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="22" />
        <source>Generating initial codes</source>
        <translation>Создание первичных кодов</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="23" />
        <source>Searching for themes</source>
        <translation>Поиск тем</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="24" />
        <source>Reviewing themes</source>
        <translation>Проверка тем</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="25" />
        <source>Defining and naming themes</source>
        <translation>Определение и наименование тем</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="26" />
        <source>Producing the report</source>
        <translation>Написание отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="30" />
        <source>Read and re-read every transcript before coding; note first ideas in a document memo and keep a reflexive journal of your own position.</source>
        <translation>Прочитайте и перечитайте каждый транскрипт до кодирования; записывайте первые идеи в заметку к документу и ведите рефлексивный журнал о своей позиции.</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="32" />
        <source>Code the whole data set systematically, giving each interesting feature equal attention. Write a definition for each code; a deductive codebook can be imported and extended.</source>
        <translation>Систематически кодируйте весь массив данных, уделяя равное внимание каждой интересной особенности. Напишите определение каждого кода; дедуктивную кодовую книгу можно импортировать и дополнить.</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="34" />
        <source>Sort codes into candidate themes: drag codes onto a theme, nest sub-themes, and draw the relations on the thematic map. Keep a 'miscellaneous' theme for codes that fit nowhere yet.</source>
        <translation>Распределите коды по предварительным темам: перетаскивайте коды на тему, вкладывайте подтемы и рисуйте связи на тематической карте. Заведите тему «разное» для кодов, которые пока никуда не подходят.</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="37" />
        <source>Check each theme against its coded extracts, then against the whole data set: does it form a coherent pattern? Thin themes may merge or go; overlapping themes may be one theme.</source>
        <translation>Сверьте каждую тему с её закодированными фрагментами, затем со всем массивом данных: складывается ли связный паттерн? Слабые темы можно объединить или убрать; пересекающиеся темы могут быть одной темой.</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="39" />
        <source>Write what each theme is about and what it is not, in a sentence or two, and a narrative of the story it tells. Give each a concise, telling name.</source>
        <translation>Напишите в одном-двух предложениях, о чём каждая тема и о чём она не говорит, и нарратив истории, которую она рассказывает. Дайте каждой краткое, выразительное название.</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="41" />
        <source>Tell the story of the data across themes with vivid extracts, linked to your research question. Export the thematic report and the codebook to Word and edit them there.</source>
        <translation>Расскажите историю данных через темы с яркими цитатами, связав её с исследовательским вопросом. Экспортируйте тематический отчёт и кодовую книгу в Word и доработайте их там.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="47" />
        <source>{k} of %n document(s) read</source>
        <extracomment>English done-line pattern -&gt; the translated template for the plural number "n"; other groups are formatted in</extracomment>
        <translation><numerusform>прочитано {k} из %n документа</numerusform><numerusform>прочитано {k} из %n документов</numerusform><numerusform>прочитано {k} из %n документов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="48" />
        <source>{k} of %n document(s) with a memo</source>
        <translation><numerusform>заметки к {k} из %n документа</numerusform><numerusform>заметки к {k} из %n документов</numerusform><numerusform>заметки к {k} из %n документов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="49" />
        <source>%n reflexive journal entry(-ies)</source>
        <translation><numerusform>%n запись в рефлексивном журнале</numerusform><numerusform>%n записи в рефлексивном журнале</numerusform><numerusform>%n записей в рефлексивном журнале</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="50" />
        <source>%n code(s) (none yet)</source>
        <translation><numerusform>%n код (пока нет)</numerusform><numerusform>%n кода (пока нет)</numerusform><numerusform>%n кодов (пока нет)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="51" />
        <source>%n code(s) ({origins})</source>
        <translation><numerusform>%n код ({origins})</numerusform><numerusform>%n кода ({origins})</numerusform><numerusform>%n кодов ({origins})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="52" />
        <source>%n coded segment(s)</source>
        <translation><numerusform>%n закодированный фрагмент</numerusform><numerusform>%n закодированных фрагмента</numerusform><numerusform>%n закодированных фрагментов</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="53" />
        <source>{share} of the text coded</source>
        <translation>закодировано {share} текста</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="54" />
        <source>%n theme(s) ({k} candidate)</source>
        <translation><numerusform>%n тема ({k} предварительных)</numerusform><numerusform>%n темы ({k} предварительных)</numerusform><numerusform>%n тем ({k} предварительных)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="55" />
        <source>{k} of %n code(s) placed in a theme</source>
        <translation><numerusform>{k} из %n кода помещены в темы</numerusform><numerusform>{k} из %n кодов помещены в темы</numerusform><numerusform>{k} из %n кодов помещены в темы</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="56" />
        <source>{k} of %n theme(s) reviewed</source>
        <translation><numerusform>проверено {k} из %n темы</numerusform><numerusform>проверено {k} из %n тем</numerusform><numerusform>проверено {k} из %n тем</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="57" />
        <source>%n thin (fewer than 20 % of cases)</source>
        <translation><numerusform>%n слабая (менее 20 % случаев)</numerusform><numerusform>%n слабые (менее 20 % случаев)</numerusform><numerusform>%n слабых (менее 20 % случаев)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="58" />
        <source>%n overlapping another theme</source>
        <translation><numerusform>%n пересекается с другой темой</numerusform><numerusform>%n пересекаются с другими темами</numerusform><numerusform>%n пересекаются с другими темами</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="59" />
        <source>{k} of %n theme(s) defined</source>
        <translation><numerusform>определено {k} из %n темы</numerusform><numerusform>определено {k} из %n тем</numerusform><numerusform>определено {k} из %n тем</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="60" />
        <source>%n with a definition and a narrative</source>
        <translation><numerusform>%n с определением и нарративом</numerusform><numerusform>%n с определением и нарративом</numerusform><numerusform>%n с определением и нарративом</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="61" />
        <source>thematic report exported {date}</source>
        <translation>тематический отчёт экспортирован {date}</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="62" />
        <source>thematic report not exported yet</source>
        <translation>тематический отчёт ещё не экспортирован</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="63" />
        <source>codebook exported {date}</source>
        <translation>кодовая книга экспортирована {date}</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="64" />
        <source>codebook not exported yet</source>
        <translation>кодовая книга ещё не экспортирована</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="67" />
        <source>deductive</source>
        <translation>дедуктивный</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="67" />
        <source>inductive</source>
        <translation>индуктивный</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="68" />
        <source>in vivo</source>
        <translation>in vivo</translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="69" />
        <source>imported</source>
        <translation>импортированный</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="38" />
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="43" />
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="47" />
        <source>The window is rebuilt in the new language; the open project, document, selection and undo history are kept.</source>
        <translation>Окно будет перестроено на новом языке; открытый проект, документ, выделение и история отмены сохранятся.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="51" />
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="63" />
        <source>Project output</source>
        <translation>Экспорт проекта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="71" />
        <source>The language's convention</source>
        <translation>Как принято в языке</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="72" />
        <source>Comma (0,21)</source>
        <translation>Запятая (0,21)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="73" />
        <source>Point (0.21)</source>
        <translation>Точка (0.21)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="79" />
        <source>Open a project to choose the language of its Word and table output.</source>
        <translation>Откройте проект, чтобы выбрать язык его документов Word и таблиц.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="81" />
        <source>Fixed labels of Word and table exports (table headings, "Note.", captions, APA terms) are written in this language. Saved in the project; Edit › Undo takes it back.</source>
        <translation>Постоянные надписи в экспорте Word и таблиц (заголовки таблиц, «Примечание.», подписи, термины APA) пишутся на этом языке. Сохраняется в проекте; Правка › Отменить возвращает прежний.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="87" />
        <source>Output &amp;language:</source>
        <translation>&amp;Язык экспорта:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="88" />
        <source>&amp;Decimal mark:</source>
        <translation>&amp;Десятичный разделитель:</translation>
    </message>
</context>
<context>
    <name>RefiActions</name>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="23" />
        <source>REFI-QDA project or codebook</source>
        <translation>Проект или кодовая книга REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="28" />
        <source>REFI-QDA project</source>
        <translation>Проект REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="29" />
        <source>REFI-QDA codebook</source>
        <translation>Кодовая книга REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="36" />
        <source>Import REFI-QDA (.qdpx, .qdc)…</source>
        <translation>Импорт REFI-QDA (.qdpx, .qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="38" />
        <source>Export REFI-QDA (.qdpx, .qdc)…</source>
        <translation>Экспорт REFI-QDA (.qdpx, .qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="49" />
        <source>Import REFI-QDA</source>
        <translation>Импорт REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="56" />
        <source>Export REFI-QDA</source>
        <translation>Экспорт REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="71" />
        <source>Could not import {file}</source>
        <translation>Не удалось импортировать {file}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="78" />
        <source>REFI-QDA import</source>
        <translation>Импорт REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="78" />
        <source>Imported in one step. Edit › Undo removes it again.</source>
        <translation>Импортировано одним шагом. Правка › Отменить удалит импорт.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="89" />
        <source>Could not export {file}</source>
        <translation>Не удалось экспортировать {file}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="92" />
        <source>REFI-QDA export</source>
        <translation>Экспорт REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="92" />
        <source>Wrote {path}.</source>
        <translation>Записано: {path}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help_ui.py" line="49" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="53" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="53" />
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="38" />
        <source>Surveys</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="39" />
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="68" />
        <source>{keys} and %n more</source>
        <translation><numerusform>{keys} и ещё %n</numerusform><numerusform>{keys} и ещё %n</numerusform><numerusform>{keys} и ещё %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="75" />
        <source>{matched} of %n row(s) match a case.</source>
        <translation><numerusform>Со случаем совпадает {matched} из %n строки.</numerusform><numerusform>Со случаем совпадают {matched} из %n строк.</numerusform><numerusform>Со случаем совпадают {matched} из %n строк.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="80" />
        <source>%n row(s) will become new cases: {keys}.</source>
        <translation><numerusform>%n строка станет новым случаем: {keys}.</numerusform><numerusform>%n строки станут новыми случаями: {keys}.</numerusform><numerusform>%n строк станут новыми случаями: {keys}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="82" />
        <source>%n row(s) have no case: {keys}.</source>
        <translation><numerusform>У %n строки нет случая: {keys}.</numerusform><numerusform>У %n строк нет случая: {keys}.</numerusform><numerusform>У %n строк нет случая: {keys}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="85" />
        <source>Rows without an ID (cannot be linked): {rows}.</source>
        <translation>Строки без ID (связать нельзя): {rows}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="88" />
        <source>%n case(s) have no survey row: {keys}.</source>
        <translation><numerusform>У %n случая нет строки опроса: {keys}.</numerusform><numerusform>У %n случаев нет строки опроса: {keys}.</numerusform><numerusform>У %n случаев нет строки опроса: {keys}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="95" />
        <source>ignore case</source>
        <translation>не учитывать регистр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="95" />
        <source>Ignore case</source>
        <translation>Не учитывать регистр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="96" />
        <source>trim spaces</source>
        <translation>убрать пробелы по краям</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="96" />
        <source>Trim spaces</source>
        <translation>Убрать пробелы по краям</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="99" />
        <source> and </source>
        <translation> и </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="100" />
        <source>%n ID(s) would match a case if you {verbs} (e.g. {left} ~ {right}) — tick {boxes}.</source>
        <translation><numerusform>%n ID совпадёт со случаем, если {verbs} (напр. {left} ~ {right}) — отметьте {boxes}.</numerusform><numerusform>%n ID совпадут со случаями, если {verbs} (напр. {left} ~ {right}) — отметьте {boxes}.</numerusform><numerusform>%n ID совпадут со случаями, если {verbs} (напр. {left} ~ {right}) — отметьте {boxes}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="115" />
        <source>Import survey</source>
        <translation>Импорт опроса</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="128" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="130" />
        <source>No file chosen (.csv, .xlsx, SPSS .sav, Stata .dta).</source>
        <translation>Файл не выбран (.csv, .xlsx, SPSS .sav, Stata .dta).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="134" />
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="149" />
        <source>First rows (row numbers as in the file)</source>
        <translation>Первые строки (номера строк как в файле)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="161" />
        <source>Variables — double-click a type or levels to correct them</source>
        <translation>Переменные — дважды щёлкните тип или уровни, чтобы исправить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="164" />
        <source>Open answers → one document per respondent</source>
        <translation>Открытые ответы → по документу на респондента</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="170" />
        <source>Link rows to cases</source>
        <translation>Связать строки со случаями</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="174" />
        <source>ID column:</source>
        <translation>Столбец ID:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="176" />
        <source>&amp;Trim spaces</source>
        <translation>&amp;Убрать пробелы по краям</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="177" />
        <source>Ignore &amp;case</source>
        <translation>Не учитывать &amp;регистр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="178" />
        <source>C&amp;reate cases for rows without one</source>
        <translation>&amp;Создать случаи для строк без случая</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="198" />
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="205" />
        <source>Choose a survey</source>
        <translation>Выберите опрос</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="286" />
        <source>{reason} Choose another ID column or fix the file; nothing can be imported.</source>
        <translation>{reason} Выберите другой столбец ID или исправьте файл; импортировать нельзя.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="296" />
        <source>%n transcript(s) have no case ({names}): no survey row can reach them.</source>
        <translation><numerusform>У %n транскрипта нет случая ({names}): ни одна строка опроса с ним не свяжется.</numerusform><numerusform>У %n транскриптов нет случая ({names}): ни одна строка опроса с ними не свяжется.</numerusform><numerusform>У %n транскриптов нет случая ({names}): ни одна строка опроса с ними не свяжется.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="316" />
        <source>Nothing was imported. {reason}</source>
        <translation>Ничего не импортировано. {reason}</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../ui/team/install.py" line="30" />
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="34" />
        <source>&amp;Disagreements and agreement…</source>
        <translation>&amp;Расхождения и согласованность…</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="36" />
        <source>&amp;Blind coding (hide other coders' codings)</source>
        <translation>&amp;Слепое кодирование (скрыть коды других кодировщиков)</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="40" />
        <source>&amp;Show codings of</source>
        <translation>&amp;Показывать коды</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="41" />
        <source>&amp;Reference coder</source>
        <translation>&amp;Эталонный кодировщик</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="52" />
        <source>All coders</source>
        <translation>Все кодировщики</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="60" />
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="118" />
        <source>Disagreements</source>
        <translation>Расхождения</translation>
    </message>
</context>
<context>
    <name>TranscriptImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="50" />
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="51" />
        <source>Focus groups</source>
        <translation>Фокус-группы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="52" />
        <source>Field notes</source>
        <translation>Полевые заметки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="58" />
        <source>Transcripts</source>
        <translation>Транскрипты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="59" />
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="76" />
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="348" />
        <source>Import transcripts</source>
        <translation>Импорт транскриптов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="91" />
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="93" />
        <source>&amp;Remove file</source>
        <translation>&amp;Убрать файл</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="94" />
        <source>Leave the selected file out of this import</source>
        <translation>Не импортировать выбранный файл</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="100" />
        <source>Case from &amp;file name (P07.docx → case P07)</source>
        <translation>Случай по &amp;имени файла (P07.docx → случай P07)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="104" />
        <source>These files are:</source>
        <translation>Эти файлы —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="124" />
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="244" />
        <source>Select a file to see its speakers.</source>
        <translation>Выберите файл, чтобы увидеть его говорящих.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="126" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="130" />
        <source>Document's case:</source>
        <translation>Случай документа:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="141" />
        <source>Double-click a name or case to change it. Tick the interviewer: their turns count for no case. In a focus group, give every participant their own case.</source>
        <translation>Дважды щёлкните имя или случай, чтобы изменить. Отметьте интервьюера: его реплики не относятся ни к одному случаю. В фокус-группе дайте каждому участнику свой случай.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="153" />
        <source>&amp;Skip files that cannot be read and import the others</source>
        <translation>&amp;Пропустить нечитаемые файлы и импортировать остальные</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="162" />
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="307" />
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="169" />
        <source>Choose transcripts</source>
        <translation>Выберите транскрипты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="177" />
        <source>Reading %n file(s)…</source>
        <translation><numerusform>Чтение %n файла…</numerusform><numerusform>Чтение %n файлов…</numerusform><numerusform>Чтение %n файлов…</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="201" />
        <source>The files could not be read: {reason}</source>
        <translation>Файлы не удалось прочитать: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="246" />
        <source>{file} cannot be imported: {reason}</source>
        <translation>{file} нельзя импортировать: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="249" />
        <source>{file}: no speaker labels found; the whole text is one document.</source>
        <translation>{file}: метки говорящих не найдены; весь текст станет одним документом.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="253" />
        <source>Speakers in {file} ({n})</source>
        <translation>Говорящие в {file} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="296" />
        <source>They will be skipped.</source>
        <translation>Они будут пропущены.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="297" />
        <source>Import is off until you remove them or tick “Skip files that cannot be read”.</source>
        <translation>Импорт недоступен, пока вы не уберёте их или не отметите «Пропустить нечитаемые файлы».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="298" />
        <source>%n file(s) cannot be read ({names}); see the red rows.</source>
        <translation><numerusform>%n файл не читается ({names}); см. красные строки.</numerusform><numerusform>%n файла не читаются ({names}); см. красные строки.</numerusform><numerusform>%n файлов не читаются ({names}); см. красные строки.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="307" />
        <source>&amp;Import %n file(s)</source>
        <translation><numerusform>&amp;Импортировать %n файл</numerusform><numerusform>&amp;Импортировать %n файла</numerusform><numerusform>&amp;Импортировать %n файлов</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="324" />
        <source>Participants without a case</source>
        <translation>Участники без случая</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="325" />
        <source>%n file(s) would import participants linked to no case ({shown}). Their coded segments would count for nobody in the case table, the regression and the joint displays.</source>
        <translation><numerusform>%n файл импортирует участников, не связанных ни с одним случаем ({shown}). Их закодированные фрагменты не будут учтены ни в таблице случаев, ни в регрессии, ни в совместных представлениях.</numerusform><numerusform>%n файла импортируют участников, не связанных ни с одним случаем ({shown}). Их закодированные фрагменты не будут учтены ни в таблице случаев, ни в регрессии, ни в совместных представлениях.</numerusform><numerusform>%n файлов импортируют участников, не связанных ни с одним случаем ({shown}). Их закодированные фрагменты не будут учтены ни в таблице случаев, ни в регрессии, ни в совместных представлениях.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="328" />
        <source>Go back and give them a case, or tick them as interviewer.</source>
        <translation>Вернитесь и назначьте им случай или отметьте их как интервьюеров.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="329" />
        <source>Go &amp;back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="330" />
        <source>Import &amp;anyway</source>
        <translation>Всё равно &amp;импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="340" />
        <source>Not imported yet: give every participant a case (or tick the interviewer).</source>
        <translation>Пока не импортировано: назначьте каждому участнику случай (или отметьте интервьюера).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="347" />
        <source>Importing transcripts…</source>
        <translation>Импорт транскриптов…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="347" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="378" />
        <source>Imported %n transcript(s). Edit › Undo removes them again.</source>
        <translation><numerusform>Импортирован %n транскрипт. Правка › Отменить удалит его.</numerusform><numerusform>Импортировано %n транскрипта. Правка › Отменить удалит их.</numerusform><numerusform>Импортировано %n транскриптов. Правка › Отменить удалит их.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="385" />
        <source>Nothing was imported. {reason}</source>
        <translation>Ничего не импортировано. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="391" />
        <source>Import cancelled: nothing was imported, the project is unchanged.</source>
        <translation>Импорт отменён: ничего не импортировано, проект не изменён.</translation>
    </message>
</context>
<context>
    <name>UndoLabel</name>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="22" />
        <source>Code with {code}</source>
        <extracomment>(pattern over the English name, translatable template with the pattern's named groups)</extracomment>
        <translation>Кодирование: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="23" />
        <source>Code</source>
        <translation>Кодирование</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="24" />
        <source>Remove coding</source>
        <translation>Снятие кода</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="26" />
        <source>In-vivo code “{code}”</source>
        <translation>Код in vivo «{code}»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="27" />
        <source>In-vivo code</source>
        <translation>Код in vivo</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="28" />
        <source>Change segment boundaries</source>
        <translation>Изменение границ фрагмента</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="29" />
        <source>Memo on segment</source>
        <translation>Заметка к фрагменту</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="30" />
        <source>Clear segment memo</source>
        <translation>Удаление заметки фрагмента</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="31" />
        <source>Add code {code}</source>
        <translation>Добавление кода {code}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="32" />
        <source>Delete code {code}</source>
        <translation>Удаление кода {code}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="33" />
        <source>Merge {source} into {target}</source>
        <translation>Слияние {source} с {target}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="34" />
        <source>Rename {old} to {new}</source>
        <translation>Переименование {old} в {new}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="35" />
        <source>Rename {name}</source>
        <translation>Переименование {name}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="36" />
        <source>Recolour {name}</source>
        <translation>Смена цвета {name}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="37" />
        <source>Move {name} to the top level</source>
        <translation>Перемещение {name} на верхний уровень</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="38" />
        <source>Move {name} under {parent}</source>
        <translation>Перемещение {name} в {parent}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="39" />
        <source>Quick key {key} for {name}</source>
        <translation>Быстрая клавиша {key} для {name}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="40" />
        <source>Remove quick key</source>
        <translation>Удаление быстрой клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="41" />
        <source>Free key</source>
        <translation>Освобождение клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="42" />
        <source>Assign key</source>
        <translation>Назначение клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="44" />
        <source>Edit the {field} of {name}</source>
        <translation>Правка: {field} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="45" />
        <source>Set the origin of {name}</source>
        <translation>Происхождение кода {name}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="47" />
        <source>Import codebook {file}</source>
        <translation>Импорт кодовой книги {file}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="48" />
        <source>Choose the {kind} example</source>
        <translation>Выбор примера ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="49" />
        <source>Clear the {kind} example</source>
        <translation>Удаление примера ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="50" />
        <source>New theme {name}</source>
        <translation>Новая тема {name}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="51" />
        <source>Delete theme {name}</source>
        <translation>Удаление темы {name}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="52" />
        <source>Define {name}</source>
        <translation>Определение темы {name}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="53" />
        <source>Add {codes} to {theme}</source>
        <translation>Добавление {codes} в {theme}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="54" />
        <source>Take {code} off {theme}</source>
        <translation>Удаление {code} из {theme}</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="55" />
        <source>Place on map</source>
        <translation>Размещение на карте</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="56" />
        <source>Move on map</source>
        <translation>Перемещение на карте</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="57" />
        <source>Remove from map</source>
        <translation>Удаление с карты</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="58" />
        <source>Draw link</source>
        <translation>Рисование связи</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="59" />
        <source>Label link</source>
        <translation>Подпись связи</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="60" />
        <source>Delete link</source>
        <translation>Удаление связи</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="61" />
        <source>Auto-layout the map</source>
        <translation>Авторазмещение карты</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="62" />
        <source>New journal entry</source>
        <translation>Новая запись журнала</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="63" />
        <source>New memo</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="64" />
        <source>Edit memo</source>
        <translation>Правка заметки</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="65" />
        <source>Delete memo</source>
        <translation>Удаление заметки</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="66" />
        <source>Set meta-inference</source>
        <translation>Метавывод</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="67" />
        <source>Choose quotes</source>
        <translation>Выбор цитат</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="68" />
        <source>Automatic quotes</source>
        <translation>Автоматические цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="69" />
        <source>Delete joint-display row</source>
        <translation>Удаление строки совместного представления</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="70" />
        <source>Add to joint display</source>
        <translation>Добавление в совместное представление</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="71" />
        <source>Add theme to joint display</source>
        <translation>Добавление темы в совместное представление</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="72" />
        <source>New joint display “{name}”</source>
        <translation>Новое совместное представление «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="73" />
        <source>Delete joint display</source>
        <translation>Удаление совместного представления</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="74" />
        <source>Save analysis “{name}”</source>
        <translation>Сохранение анализа «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="76" />
        <source>Set output language</source>
        <translation>Выбор языка экспорта</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="77" />
        <source>Set the language of {name}</source>
        <translation>Изменение языка документа «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="78" />
        <source>Move {name}</source>
        <translation>Перемещение {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="103" />
        <source>Import %n transcript(s)</source>
        <translation><numerusform>Импорт %n транскрипта</numerusform><numerusform>Импорт %n транскриптов</numerusform><numerusform>Импорт %n транскриптов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="105" />
        <source>Pseudonymise %n identifier(s)</source>
        <translation><numerusform>Псевдонимизация %n идентификатора</numerusform><numerusform>Псевдонимизация %n идентификаторов</numerusform><numerusform>Псевдонимизация %n идентификаторов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="107" />
        <source>Remove %n coding(s)</source>
        <translation><numerusform>Снятие %n кода</numerusform><numerusform>Снятие %n кодов</numerusform><numerusform>Снятие %n кодов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="109" />
        <source>Code %n hit(s) with {code}</source>
        <translation><numerusform>Кодирование %n совпадения: {code}</numerusform><numerusform>Кодирование %n совпадений: {code}</numerusform><numerusform>Кодирование %n совпадений: {code}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="110" />
        <source>Code %n hit(s)</source>
        <translation><numerusform>Кодирование %n совпадения</numerusform><numerusform>Кодирование %n совпадений</numerusform><numerusform>Кодирование %n совпадений</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="113" />
        <source>definition</source>
        <translation>определение</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="113" />
        <source>inclusion criteria</source>
        <translation>критерии включения</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="114" />
        <source>exclusion criteria</source>
        <translation>критерии исключения</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="115" />
        <source>typical</source>
        <translation>типичный</translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="115" />
        <source>atypical</source>
        <translation>нетипичный</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../ui/welcome_view.py" line="51" />
        <source>&lt;h1&gt;QualCode&lt;/h1&gt;&lt;p&gt;Code transcripts, build themes, link them to survey data.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;QualCode&lt;/h1&gt;&lt;p&gt;Кодируйте транскрипты, выстраивайте темы, связывайте их с данными опросов.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="66" />
        <source>&lt;b&gt;New project&lt;/b&gt;</source>
        <translation>&lt;b&gt;Новый проект&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="68" />
        <source>e.g. Dilnoza</source>
        <translation>например, Дилноза</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="69" />
        <source>Your name as it appears on your coding and in reports. Asked once; change it here any time.</source>
        <translation>Ваше имя в кодировании и отчётах. Спрашивается один раз; изменить его можно здесь в любое время.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="72" />
        <source>My study</source>
        <translation>Моё исследование</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="74" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="79" />
        <source>&amp;Create project</source>
        <translation>&amp;Создать проект</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="85" />
        <source>Your &amp;name (coder):</source>
        <translation>Ваше &amp;имя (кодировщик):</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="86" />
        <source>Project &amp;name:</source>
        <translation>&amp;Название проекта:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="87" />
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="97" />
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="100" />
        <source>Open the &amp;demo project (synthetic data)</source>
        <translation>Открыть &amp;демонстрационный проект (синтетические данные)</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="101" />
        <source>A study shaped like 'Beyond rescue': 54 transcripts, 150 survey records, codes, themes, analyses and joint displays. All data are invented.</source>
        <translation>Исследование по образцу «Beyond rescue»: 54 транскрипта, 150 анкет опроса, коды, темы, анализы и совместные представления. Все данные вымышлены.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="108" />
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Недавние проекты&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="147" />
        <source>Give the project a name without / \ : * ? " &lt; &gt; | (got {name}).</source>
        <translation>Дайте проекту название без / \ : * ? " &lt; &gt; | (сейчас {name}).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="151" />
        <source>Choose the folder the project goes in.</source>
        <translation>Выберите папку для проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="155" />
        <source>{location} exists already; choose another name or open it.</source>
        <translation>{location} уже существует; выберите другое название или откройте его.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="165" />
        <source>Type your name first: it marks your coding (asked once).</source>
        <translation>Сначала введите своё имя: им помечается ваше кодирование (спрашивается один раз).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="177" />
        <source>Folder for the project</source>
        <translation>Папка для проекта</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../ui/workbench.py" line="38" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="39" />
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="43" />
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
</context>
</TS>